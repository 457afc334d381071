from h import *
F = 'g07_primorska_clani_grozda.html'
assert wd(2040,3,12)=='Monday' and wd(2040,4,19)=='Thursday'
T = """<!DOCTYPE html>
<html lang="sl"><head><meta charset="utf-8"><title>Člani in ekipa | Logistični grozd Primorske</title></head>
<body>
<div class="piskotki">Spletno mesto uporablja piškotke za boljšo uporabniško izkušnjo. <a href="/piskotki">Več o piškotkih</a> <button>Sprejmem</button> <button>Zavrnem</button></div>
<header><p class="logo">Logistični grozd Primorske · Gospodarsko interesno združenje</p>
<nav><a href="/">Domov</a> | <a href="/o-nas">O nas</a> | <a href="/clani">Člani</a> | <a href="/projekti">Projekti</a> | <a href="/dogodki">Dogodki</a> | <a href="/novice">Novice</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">English</a></nav></header>
<main>
<p class="drobtine">Domov / O nas / Člani in ekipa</p>
<h1>Člani in ekipa grozda</h1>
<p class="posodobljeno">Zadnja posodobitev: 20. 4. 2040</p>

<p>Logistični grozd Primorske (LGP) je bil ustanovljen leta 2030 v Kopru kot gospodarsko interesno združenje podjetij, ki delujejo v pristaniški logistiki, špediciji, železniškem in cestnem prevozu ter skladiščenju. Danes povezuje 43 članov iz Obalno-kraške in Goriške regije ter iz sosednje Furlanije - Julijske krajine.</p>

<h2>Upravni odbor</h2>
<p>Skupščina grozda, ki je zasedala 12. marca 2040 v Kopru, je izvolila upravni odbor za mandatno obdobje 2040–2044:</p>
<table>
<tr><th>Funkcija</th><th>Ime in priimek</th><th>Podjetje</th></tr>
<tr><td>predsednik</td><td>mag. Boštjan Kocjančič</td><td>Luka Koper, d. d.</td></tr>
<tr><td>podpredsednica</td><td>Tjaša Žerjal Grbec</td><td>Intereuropa, d. d.</td></tr>
<tr><td>član</td><td>Marko Černe</td><td>SŽ – Tovorni promet, d. o. o.</td></tr>
<tr><td>članica</td><td>dr. Nataša Vodopivec</td><td>Fakulteta za pomorstvo in promet Univerze v Ljubljani</td></tr>
<tr><td>član</td><td>Giorgio Sancin</td><td>Autotrasporti Sancin S.r.l., Trst</td></tr>
</table>
<p>Dosedanji predsednik Aleksander Pečar, ki je grozd vodil dva mandata (2032–2040), ostaja član nadzornega odbora. Skupščina se mu je zahvalila za vztrajnost pri pogajanjih o skupnem skladiščnem prostoru v zaledju pristanišča in za vzpostavitev rednega sodelovanja z italijanskimi partnerji. Novi predsednik je napovedal, da bo upravni odbor do poletja pripravil posodobljeno strategijo grozda.</p>

<h2>Pisarna grozda</h2>
<ul>
<li><strong>Mojca Bratina</strong>, direktorica grozda – strategija, odnosi s člani in z ministrstvi, mojca.bratina@lgp.example.si</li>
<li><strong>Jernej Furlan</strong>, vodja projektov – evropski projekti, Interreg Italija–Slovenija, jernej.furlan@lgp.example.si</li>
<li><strong>Eva Lozej Šuligoj</strong>, strokovna sodelavka za komunikacijo, eva.lozej@lgp.example.si</li>
</ul>
<p>S 1. aprilom 2040 se je ekipi pridružil <strong>Rok Jakomin</strong>, ki bo kot svetovalec za digitalizacijo pomagal članom pri uvajanju enotnega pristaniškega informacijskega sistema. Njegova prva naloga bo anketa med člani o stanju digitalnih orodij. Pred tem je šest let delal v podjetju Kontejnerski terminal Sermin, d. o. o.</p>

<h2>Člani grozda</h2>
<p>Med člani grozda so (izbor, abecedno):</p>
<ul>
<li>Adria Transport, d. o. o., Koper</li>
<li>Autotrasporti Sancin S.r.l., Trst</li>
<li>Fakulteta za pomorstvo in promet, Portorož</li>
<li>Fakulteta za turistične študije – Turistica, Univerza na Primorskem</li>
<li>Intereuropa, d. d.</li>
<li>Kmetijska zadruga Vipava, z. o. o.</li>
<li>Luka Koper, d. d.</li>
<li>Mestna občina Koper (pridruženi član)</li>
<li>Primorski tehnološki park, Nova Gorica</li>
<li>Regionalni razvojni center Koper (RRC Koper)</li>
<li>SŽ – Tovorni promet, d. o. o.</li>
<li>Zavod za zdravstveno varstvo Koper</li>
</ul>
<p>Celoten seznam 43 članov z opisom dejavnosti je na voljo v <a href="/clani/imenik">imeniku članov</a>.</p>

<h2>Novi člani v letu 2040</h2>
<p>Na zasedanju 12. marca je skupščina sprejela tri nove člane: podjetje Drevored Logistika, d. o. o., iz Sežane, Območno obrtno-podjetniško zbornico Koper in italijansko združenje ALPE ADRIA LOGISTICS CLUSTER iz Vidma. "Z vstopom sosedov iz Furlanije grozd postaja čezmejen tudi po članstvu, ne le po projektih," je ob tem dejal predsednik Kocjančič.</p>

<h2>Prihodnji dogodki</h2>
<p>Srečanje članov s predstavniki Ministrstva za infrastrukturo o drugem tiru bo v četrtek, 19. aprila 2040, ob 14. uri v Kopru. Letna konferenca grozda "Logistični dnevi Primorske" bo potekala od 2. do 3. oktobra 2040 v Portorožu; to bo že deseta izvedba konference. Prijave na konferenco so odprte do 15. septembra.</p>
<p>Zadnje tri izvedbe:</p>
<ul>
<li>Logistični dnevi Primorske 2037, Koper</li>
<li>Logistični dnevi Primorske 2038, Sežana</li>
<li>Logistični dnevi Primorske 2039, Nova Gorica</li>
</ul>

<p class="deli">Deli: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">E-pošta</a></p>
</main>
<footer><p>Logistični grozd Primorske, GIZ · Ferrarska ulica 00, 6000 Koper · info@lgp.example.si</p>
<p>© 2040 LGP · <a href="/zasebnost">Politika zasebnosti</a> · Sofinancira Republika Slovenija in Evropska unija</p></footer>
</body></html>
"""
write(F, T)
L="Logistični grozd Primorske"
assert wd(2040,10,2)=='Tuesday'
gold(F,
 [P("Boštjan Kocjančič","predsednik",L),
  P("Tjaša Žerjal Grbec","podpredsednica",L),
  P("Marko Černe","član",L),
  P("Nataša Vodopivec","članica",L),
  P("Giorgio Sancin","član",L),
  P("Aleksander Pečar","predsednik",L),
  P("Mojca Bratina","direktorica grozda",L),
  P("Jernej Furlan","vodja projektov",L),
  P("Eva Lozej Šuligoj","strokovna sodelavka za komunikacijo",L),
  P("Rok Jakomin","svetovalec za digitalizacijo",L)],
 [O(L,"LGP"), O("Luka Koper, d. d."), O("Intereuropa, d. d."), O("SŽ – Tovorni promet, d. o. o."),
  O("Fakulteta za pomorstvo in promet Univerze v Ljubljani"), O("Autotrasporti Sancin S.r.l."),
  O("Kontejnerski terminal Sermin, d. o. o."), O("Adria Transport, d. o. o."),
  O("Fakulteta za turistične študije – Turistica"), O("Univerza na Primorskem"), O("Kmetijska zadruga Vipava, z. o. o."),
  O("Mestna občina Koper"), O("Primorski tehnološki park"), O("Regionalni razvojni center Koper","RRC Koper"),
  O("Zavod za zdravstveno varstvo Koper"), O("Drevored Logistika, d. o. o."), O("Območno obrtno-podjetniško zbornico Koper"),
  O("ALPE ADRIA LOGISTICS CLUSTER"), O("Ministrstva za infrastrukturo")],
 [E("Skupščina grozda","2040-03-12",None,"Koper","Slovenia"),
  E("Srečanje članov s predstavniki Ministrstva za infrastrukturo","2040-04-19",None,"Koper","Slovenia"),
  E("Logistični dnevi Primorske","2040-10-02","2040-10-03","Portorož","Slovenia"),
  E("Logistični dnevi Primorske 2037","2037",None,"Koper","Slovenia"),
  E("Logistični dnevi Primorske 2038","2038",None,"Sežana","Slovenia"),
  E("Logistični dnevi Primorske 2039","2039",None,"Nova Gorica","Slovenia")],
 ["2040-04-20","2030","2040-03-12","2040/2044","2032/2040","2040-04-01","2040","2040-04-19","2040-10-02/2040-10-03",
  "2040-09-15"],
 [], pub=None)
