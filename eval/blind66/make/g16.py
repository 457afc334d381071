from h import *
F='zveza-slovenskih-grozdov-clani.html'
M=[('Slovenski avtomobilski grozd – ACS','ACS','GIZ','Ljubljana','avtomobilska industrija','mag. Tanja Mohorič Kranjc','direktorica','2031'),
('Orodjarski grozd Slovenije – TCS','TCS','GIZ','Celje','orodjarstvo in preoblikovanje','Bojan Žnidaršič','direktor','2031'),
('Pomurski agroživilski grozd','PAG','zavod','Murska Sobota','pridelava in predelava hrane','dr. Simona Kuhar Horvat','direktorica','2031'),
('Lesarski grozd Kočevsko-Ribniške','LGKR','GIZ','Ribnica','les in pohištvo','Andrej Lovšin','vodja grozda','2032'),
('Energetski grozd Posavje','EGP','d.o.o.','Krško','energetika in vodik','Marko Zupan-Jerele','direktor','2032'),
('Grozd zdravstvenih tehnologij Slovenije','GZTS','zavod','Maribor','medicinske naprave in digitalno zdravje','prof. dr. Nina Vidmar Šuster','predsednica','2033'),
('Pomorski in logistični grozd Koper','PLGK','GIZ','Koper','pristanišče, logistika, modro gospodarstvo','Luka Fonda','direktor','2033'),
('Grozd pametnih zgradb in gradbeništva','GPZG','GIZ','Ljubljana','trajnostna gradnja','Petra Kos-Bizjak','direktorica','2034'),
('Grozd kreativnih industrij Slovenije','GKIS','so.p.','Nova Gorica','oblikovanje, film, igre','Jure Kocjančič','vodja','2035'),
('Alpski turistični grozd Gorenjske','ATGG','zavod','Kranjska Gora','turizem in šport','Maja Robič','direktorica','2035')]
rows='\n'.join(f'<tr><td>{m[0]}</td><td>{m[2]}</td><td>{m[3]}</td><td>{m[4]}</td><td>{m[5]}, {m[6]}</td><td>{m[7]}</td></tr>' for m in M)
T=f'''<!DOCTYPE html>
<html lang="sl"><head><meta charset="utf-8"><title>Člani – Zveza slovenskih grozdov</title></head>
<body>
<div class="piskotki">Spletno mesto uporablja piškotke za delovanje in analitiko. <button>Sprejmem</button> <button>Zavrnem</button> <a href="/piskotki">Več o piškotkih</a></div>
<header><a class="logo" href="/">Zveza slovenskih grozdov</a>
<nav><a href="/">Domov</a> | <a href="/o-nas">O nas</a> | <a href="/clani" class="aktivno">Člani</a> | <a href="/projekti">Projekti</a> | <a href="/dogodki">Dogodki</a> | <a href="/novice">Novice</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="drobtine">Domov › Člani › Seznam članov</p>
<h1>Naši člani</h1>
<p>Zveza slovenskih grozdov (ZSG) je nacionalno združenje grozdov in grozdnih organizacij v Sloveniji. Ustanovljena je bila 12. novembra 2031 v Ljubljani kot gospodarsko interesno združenje desetih grozdov, danes pa povezuje deset rednih in štiri pridružene člane, ki skupaj združujejo več kot 1.400 podjetij, raziskovalnih organizacij in občin. Zveza zastopa grozde v pogovorih z Ministrstvom za gospodarstvo, turizem in šport ter s Slovensko podjetniško in spodbujevalno agencijo SPIRIT Slovenija, organizira usposabljanja za vodstva grozdov in pomaga članom pri mednarodnem sodelovanju.</p>

<h2>Redni člani</h2>
<table class="clani">
<tr><th>Grozd</th><th>Pravna oblika</th><th>Sedež</th><th>Področje</th><th>Vodstvo</th><th>Član od</th></tr>
{rows}
</table>

<h2>Pridruženi člani</h2>
<ul>
<li>Gospodarska zbornica Slovenije (GZS)</li>
<li>Univerza v Mariboru, Fakulteta za strojništvo</li>
<li>Regionalna razvojna agencija Mura d.o.o., Murska Sobota</li>
<li>Enterprise Europe Network Slovenija</li>
</ul>

<h2>Organi zveze</h2>
<p>Skupščino zveze sestavljajo predstavniki vseh rednih članov. Na volilni skupščini {wd(2035,3,22,'sl')}, 22. marca 2035, v Mariboru so člani za mandat 2035–2039 izvolili nov upravni odbor:</p>
<ul>
<li>predsednik: Bojan Žnidaršič (Orodjarski grozd Slovenije – TCS)</li>
<li>podpredsednica: dr. Simona Kuhar Horvat (Pomurski agroživilski grozd)</li>
<li>član: Luka Fonda (Pomorski in logistični grozd Koper)</li>
<li>članica: Petra Kos-Bizjak (Grozd pametnih zgradb in gradbeništva)</li>
<li>član: Jure Kocjančič (Grozd kreativnih industrij Slovenije)</li>
</ul>
<p>Nadzorni odbor vodi Ivana Potočnik Šmid, v njem sta še Matej Kralj in Alenka Gorjup. Dosedanja predsednica mag. Tanja Mohorič Kranjc, ki je zvezo vodila od ustanovitve, je postala častna predsednica.</p>
<p>Sekretariat zveze vodi generalni sekretar Gregor Dolenc, strokovna sodelavka za mednarodno sodelovanje je Urška Peterlin-Fabjan.</p>

<h2>Novi člani in spremembe</h2>
<p>Upravni odbor je na seji {wd(2036,1,15,'sl')}, 15. januarja 2036, sprejel Alpski turistični grozd Gorenjske kot rednega člana. Grozd je prej deloval kot projekt Občine Kranjska Gora, od leta 2035 pa je samostojen zavod. Energetski grozd Posavje je 1. oktobra 2035 spremenil pravno obliko iz GIZ v d.o.o.</p>
<p>Lesarski grozd Kočevsko-Ribniške in Pomurski agroživilski grozd sta leta 2035 pridobila srebrni znak odličnosti Evropske pobude za odličnost grozdov (ECEI). Orodjarski grozd Slovenije – TCS je nosilec zlatega znaka od leta 2033.</p>

<h2>Mednarodno sodelovanje</h2>
<p>Zveza sodeluje z nacionalnimi združenji grozdov v sosednjih državah. Z avstrijsko platformo Clusterland Steiermark in s Hrvaško grozdno zvezo je leta 2034 podpisala dogovor o izmenjavi vodij grozdov, v okviru katerega je doslej sodelovalo 23 zaposlenih iz grozdov vseh treh držav. Skupaj z madžarskim združenjem grozdov pripravlja predlog projekta za program Interreg Slovenija–Madžarska, ki bi povezal Pomurski agroživilski grozd z grozdi v Železni in Zalski županiji.</p>
<p>Člani zveze so leta 2035 sodelovali v 19 evropskih projektih, največ v programih Obzorje Evropa, Interreg Srednja Evropa in Program za enotni trg. Sekretariat zveze članom pomaga pri iskanju partnerjev, pri pregledu prijav in pri predstavitvah na Evropski platformi za sodelovanje grozdov. Vsako leto objavi tudi pregled rezultatov grozdov, ki je na voljo na spletni strani zveze.</p>

<h2>Kako postati član</h2>
<p>Redni član lahko postane vsaka grozdna organizacija s sedežem v Sloveniji, ki ima vsaj 15 članov, od tega vsaj dve raziskovalni ali izobraževalni organizaciji, in zaposlenega vodjo grozda. O sprejemu odloča upravni odbor na predlog sekretariata. Letna članarina znaša 1.200 evrov za redne in 600 evrov za pridružene člane.</p>
<p>Pridruženi člani so lahko zbornice, univerze, razvojne agencije in druge podporne organizacije, ki s svojim delom prispevajo k razvoju grozdov. Nimajo glasovalne pravice na skupščini, lahko pa sodelujejo v vseh delovnih skupinah in na dogodkih zveze. Vlogo za članstvo pošljite sekretariatu; odgovor prejmete najpozneje v dveh mesecih po prejemu popolne vloge.</p>

<h2>Prihajajoči dogodki</h2>
<ul>
<li>{wd(2036,3,19,'sl')}, 19. marca 2036 – Dan slovenskih grozdov 2036, Murska Sobota, Pomurski sejem, 9.00–16.00</li>
<li>{wd(2036,4,23,'sl')}, 23. aprila 2036 – Spletni seminar »Grozdi in evropski projekti«, 10.00–11.30</li>
<li>22.–24. septembra 2036 – Študijski obisk pri grozdih na Štajerskem v Avstriji (Gradec), skupaj s Clusterland Steiermark</li>
</ul>
<p>Za več informacij pišite na info@grozdi.si ali pokličite +386 1 555 42 10.</p>
</main>
<footer><p>Zveza slovenskih grozdov, GIZ · Dimičeva ulica 13, 1000 Ljubljana · matična številka 9876543000</p>
<p>Članica Evropske zveze grozdov (European Cluster Alliance) · <a href="/zasebnost">Varstvo podatkov</a> · <a href="/piskotki">Piškotki</a> · © 2036</p></footer>
</body></html>
'''
write(F,T)
Z='Zveza slovenskih grozdov'
ppl=[P(m[5].replace('mag. ','').replace('prof. dr. ','').replace('dr. ',''),m[6],m[0]) for m in M]
for p in ppl:
    if p['name']=='Bojan Žnidaršič': p['role']='direktor'
gold(F,ppl+[P('Ivana Potočnik Šmid',None,None),P('Matej Kralj',None,None),P('Alenka Gorjup',None,None),P('Gregor Dolenc','generalni sekretar',Z),P('Urška Peterlin-Fabjan','strokovna sodelavka za mednarodno sodelovanje',Z)],
 [O(Z,'ZSG'),O('Ministrstvom za gospodarstvo, turizem in šport'),O('Slovensko podjetniško in spodbujevalno agencijo SPIRIT Slovenija','SPIRIT Slovenija')]+[O(m[0],m[1] if m[1] in ('ACS','TCS') else None) for m in M]+
 [O('Gospodarska zbornica Slovenije','GZS'),O('Univerza v Mariboru, Fakulteta za strojništvo'),O('Regionalna razvojna agencija Mura d.o.o.'),O('Enterprise Europe Network Slovenija'),
  O('Občine Kranjska Gora'),O('Clusterland Steiermark'),O('Hrvaško grozdno zvezo'),O('European Cluster Alliance')],
 [E('volilni skupščini','2035-03-22','2035-03-22','Maribor','Slovenia'),E('seji upravnega odbora','2036-01-15','2036-01-15',None,None),
  E('Dan slovenskih grozdov 2036','2036-03-19','2036-03-19','Murska Sobota','Slovenia'),E('Spletni seminar »Grozdi in evropski projekti«','2036-04-23','2036-04-23',None,None),
  E('Študijski obisk pri grozdih na Štajerskem','2036-09-22','2036-09-24','Gradec','Austria')],
 ['2031-11-12','2031','2032','2033','2034','2035','2035-03-22','2035/2039','2036-01-15','2035-10-01','2036-03-19','2036-04-23','2036-09-22/2036-09-24','2036'])
