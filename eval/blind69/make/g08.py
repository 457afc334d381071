from h import *
F='braisle-mhara-dhun-na-ngall-bord-foireann.html'
def card(n, role, bio):
    return f'<div class="card"><h3>{n}</h3><p class="role">{role}</p><p>{bio}</p></div>'
board=[('Áine Ní Bhriain','Cathaoirleach','Stiúrthóir bainistíochta ar Éisc Chill Bheag Teo. i gCill Bheag. Ar an mbord ó 2030 agus ina cathaoirleach ó 2033.'),
('Seosamh Mac Giolla Bhríde','Leaschathaoirleach','Bainisteoir forbartha gnó le Údarás na Gaeltachta i nGaoth Dobhair. Tá taithí fhada aige ar thionscadail fiontraíochta sa Ghaeltacht.'),
('Dr. Caitríona Nic Fhionnlaoich','Comhalta boird','Léachtóir sinsearach san eolaíocht mhara ag Ollscoil Teicneolaíochta an Atlantaigh (ATU), campas Leitir Ceanainn.'),
('Dónall Ó Gallchóir','Cisteoir','Cuntasóir cairte; príomhoifigeach airgeadais ar Mara Atlantach Teo., comhlacht próiseála éisc i mBun Beag.'),
('Gráinne McLaughlin-Doherty','Comhalta boird','Oifigeach fiontraíochta le Comhairle Contae Dhún na nGall; freagrach as an Oifig Fiontair Áitiúil.'),
('Pádraig de Búrca','Comhalta boird','Comhairleoir le Bord Iascaigh Mhara (BIM) ar an dobharshaothrú agus ar fheamainn.'),
('Lars-Erik Fjelstad','Comhalta boird seachtrach','Iar-stiúrthóir ar Braisle Mhara Ålesund san Iorua; ar an mbord ó 2034 mar shaineolaí idirnáisiúnta.')]
team=[('Méabh Ní Dhochartaigh','Bainisteoir Braisle','Tá sí i gceannas ar an mbraisle ó Mhárta 2032. Roimhe sin bhí sí ag obair le Fiontraíocht Éireann i mBéal Feirste agus i mBruiséil.'),
('Cathal Ó Baoill','Oifigeach Tionscadail','Bainistíonn sé tionscadail Eorpacha na braisle, ina measc comhpháirtíocht an Atlantaigh le braislí in Asturias agus san Íoslainn.'),
('Siobhán Bonner','Oifigeach Cumarsáide','Freagrach as an suíomh gréasáin, an nuachtlitir agus na meáin shóisialta. Labhraíonn sí Gaeilge, Béarla agus Fraincis.'),
('Ruairí Mac Aodha','Oifigeach Ballraíochta (páirtaimseartha)','An chéad phointe teagmhála do bhaill nua agus do chomhlachtaí atá ag smaoineamh ar bhallraíocht.')]
T=f'''<!DOCTYPE html>
<html lang="ga"><head><meta charset="utf-8"><title>An Bord agus an Fhoireann | Braisle Mhara Dhún na nGall</title></head>
<body>
<div class="fianan">Úsáidimid fianáin chun an suíomh a fheabhsú. <a href="/fianain">Tuilleadh eolais</a> <button>Glac leo</button> <button>Diúltaigh</button></div>
<header><a href="/" class="logo">Braisle Mhara Dhún na nGall · Donegal Marine Cluster</a>
<nav><a href="/">Baile</a> | <a href="/fuinn">Fúinn</a> | <a href="/bord" class="active">An Bord agus an Fhoireann</a> | <a href="/baill">Baill</a> | <a href="/imeachtai">Imeachtaí</a> | <a href="/nuacht">Nuacht</a> | <a href="/teagmhail">Teagmháil</a> | <a href="/en">English</a></nav></header>
<main>
<p class="crumbs">Baile › Fúinn › An Bord agus an Fhoireann</p>
<h1>An Bord agus an Fhoireann</h1>
<p>Is cuideachta faoi theorainn ráthaíochta í Braisle Mhara Dhún na nGall a bunaíodh in 2028 chun comhlachtaí iascaireachta, dobharshaothraithe, feamainne agus teicneolaíochta mara i dTír Chonaill a thabhairt le chéile. Tá 63 ball againn inniu, ó Chill Bheag go hInis Eoghain. Tá bord deonach de sheachtar stiúrthóirí i gceannas ar an mbraisle, agus foireann bheag de cheathrar atá lonnaithe in Ionad Fiontair na Gaeltachta i nGaoth Dobhair.</p>

<h2>An Bord Stiúrtha</h2>
<p>Toghtar comhaltaí an bhoird ag an gCruinniú Ginearálta Bliantúil ar feadh tréimhse trí bliana. Tagann an bord le chéile sé huaire sa bhliain.</p>
<div class="grid">
{''.join(card(*b) for b in board)}
</div>

<h2>Coistí an bhoird</h2>
<p>Tá dhá choiste ag an mbord. Déanann an Coiste Iniúchta agus Riosca, faoi chathaoirleacht Dhónaill Uí Ghallchóir, maoirseacht ar chuntais agus ar rialachas na cuideachta. Ullmhaíonn an Coiste Straitéise plean straitéiseach na braisle don tréimhse 2035–2039; tá an dréacht le plé ag na baill ag an gCruinniú Ginearálta Bliantúil.</p>

<h2>An Fhoireann</h2>
<div class="grid">
{''.join(card(*t) for t in team)}
</div>

<h2>Buíochas</h2>
<p>Gabhaimid buíochas ó chroí le Proinsias Ó Dubhthaigh, a d’éirigh as an mbord i mí na Samhna 2034 tar éis deich mbliana mar stiúrthóir agus mar chéad chathaoirleach na braisle (2028–2033). Beidh sé fós páirteach inár gcoiste comhairleach.</p>

<h2>Imeachtaí atá le teacht</h2>
<ul>
<li>{wd(2035,5,10,'ga')} 10 Bealtaine 2035: Cruinniú Ginearálta Bliantúil agus toghchán don bhord, Óstán Ghaoth Dobhair, 18:30</li>
<li>{wd(2035,6,14,'ga')} 14 Meitheamh 2035: Lá Oscailte Feamainne, Bun Beag – cuairteanna ar fheirmeacha feamainne na mball</li>
<li>{wd(2035,9,20,'ga')} 20 – {wd(2035,9,21,'ga')} 21 Meán Fómhair 2035: Seastán na braisle ag Aonach Iascaigh Chill Bheag (Killybegs Fishing Exhibition)</li>
</ul>

<h2>Cuir ainm isteach don bhord</h2>
<p>Beidh dhá shuíochán ar an mbord le líonadh ag an gCruinniú Ginearálta Bliantúil in 2035. Is féidir le haon bhall ainmniúchán a sheoladh chuig an rúnaí cuideachta, Eithne Ní Ghallchóir, faoin {wd(2035,4,18,'ga')} 18 Aibreán 2035. Cuirimid fáilte ar leith roimh ainmniúcháin ó mhná agus ó dhaoine óga sa tionscal.</p>
</main>
<footer><p>Braisle Mhara Dhún na nGall CTR · Ionad Fiontair na Gaeltachta, Doire Beag, Gaoth Dobhair, Co. Dhún na nGall, F92 X000 · Uimhir chláraithe 000000</p>
<p>Le tacaíocht ó Údarás na Gaeltachta agus ó Fhiontraíocht Éireann. <a href="/priobhaideachas">Príobháideachas</a> · © 2035</p></footer>
</body></html>
'''
write(F,T)
C='Braisle Mhara Dhún na nGall'
gold(F,[P('Áine Ní Bhriain','Cathaoirleach',C),P('Seosamh Mac Giolla Bhríde','Leaschathaoirleach',C),P('Caitríona Nic Fhionnlaoich','Comhalta boird',C),
 P('Dónall Ó Gallchóir','Cisteoir',C),P('Gráinne McLaughlin-Doherty','Comhalta boird',C),P('Pádraig de Búrca','Comhalta boird',C),P('Lars-Erik Fjelstad','Comhalta boird seachtrach',C),
 P('Méabh Ní Dhochartaigh','Bainisteoir Braisle',C),P('Cathal Ó Baoill','Oifigeach Tionscadail',C),P('Siobhán Bonner','Oifigeach Cumarsáide',C),
 P('Ruairí Mac Aodha','Oifigeach Ballraíochta',C),P('Proinsias Ó Dubhthaigh','chéad chathaoirleach',C),P('Eithne Ní Ghallchóir','rúnaí cuideachta',C)],
 [O(C),O('Éisc Chill Bheag Teo.'),O('Údarás na Gaeltachta'),O('Ollscoil Teicneolaíochta an Atlantaigh','ATU'),O('Mara Atlantach Teo.'),O('Comhairle Contae Dhún na nGall'),
  O('Oifig Fiontair Áitiúil'),O('Bord Iascaigh Mhara','BIM'),O('Braisle Mhara Ålesund'),O('Fiontraíocht Éireann')],
 [E('Cruinniú Ginearálta Bliantúil','2035-05-10','2035-05-10','Gaoth Dobhair','Ireland'),E('Lá Oscailte Feamainne','2035-06-14','2035-06-14','Bun Beag','Ireland'),
  E('Aonach Iascaigh Chill Bheag','2035-09-20','2035-09-21','Chill Bheag','Ireland')],
 ['2030','2033','2034','2032-03','2028','2034-11','2028/2033','2035-05-10','2035-06-14','2035-09-20/2035-09-21','2035','2035-04-18','2035/2039'])
