from h import *
F = 'savinjska-lesni-grozd-delavnica-porocilo.txt'
T = """SAVINJSKI LESNI GROZD
Poročilo z delavnice »Les v krožnem gospodarstvu: od odpadka do surovine«

Celje, 14. november 2034

Delavnica je potekala v četrtek, 9. novembra 2034, od 9.00 do 14.30 v prostorih Regionalne razvojne agencije Savinjske regije (RRA Savinja) na Kidričevi ulici v Celju. Organizirala sta jo Savinjski lesni grozd, GIZ in Gospodarska zbornica Slovenije – Zbornica lesne in pohištvene industrije (ZLPI). Udeležilo se je je 46 predstavnikov podjetij, občin, fakultet in razvojnih agencij iz Savinjske, Koroške in Zasavske regije.

Udeležence je pozdravila direktorica RRA Savinja mag. Nataša Kovačič Ocvirk, ki je poudarila, da je lesna veriga ena od prednostnih usmeritev Regionalnega razvojnega programa Savinjske regije 2028–2034. Predsednik upravnega odbora grozda Boštjan Kolenc (Lesna industrija Mozirje d.o.o.) je predstavil rezultate ankete med člani, po kateri kar 70 odstotkov podjetij svoje lesne ostanke prodaja kot nizko vredno biomaso.

Uvodni predavanji
Prof. dr. Miha Humar z Biotehniške fakultete Univerze v Ljubljani je predstavil možnosti ponovne uporabe odsluženega lesa iz gradbeništva, ki ga je v Sloveniji letno več kot 200.000 ton. Dr. Katarina Čufar-Zupanc z Inštituta za celulozo in papir je opisala pilotni obrat za predelavo žaganja v izolacijske plošče, ki ga načrtujejo v Nazarjah. Sledila je predstavitev dobre prakse iz Avstrije: Ing. Martin Oberhuber iz grozda Holzcluster Steiermark je pojasnil, kako so tam vzpostavili skupni register lesnih ostankov.

Delo v skupinah
Udeleženci so v treh skupinah razpravljali o logistiki ostankov, o standardih za sekundarni les in o financiranju. Skupine so vodili Tina Lipovšek (RRA Savinja), Jure Vrtačnik (Žaga Vrtačnik s.p.) in Maja Podgoršek (Občina Nazarje).

Glavne ugotovitve
Udeleženci so se strinjali, da so za boljšo izrabo lesnih ostankov v regiji potrebni naslednji koraki: (1) vzpostavitev skupnega regionalnega registra lesnih ostankov, v katerega bi podjetja enkrat mesečno vpisovala vrsto in količino ostankov; (2) priprava enotnih tehničnih pogojev za sekundarni les skupaj z Zavodom za gradbeništvo Slovenije, da bi ga lahko gradbinci varno uporabljali; (3) skupni nakup opreme za sortiranje in sušenje, ki si je posamezno majhno podjetje ne more privoščiti; (4) vključitev krožnih vsebin v programe Šolskega centra Slovenj Gradec in Šolskega centra Nova Gorica; (5) priprava skupnega projektnega predloga za javni razpis Ministrstva za gospodarstvo, turizem in šport, ki naj bi bil objavljen spomladi 2035.

Razprava
V razpravi je Anton Žerjav iz podjetja Glin Nazarje d.o.o. opozoril, da bo register uspešen le, če bodo podatki zaupni in dostopni samo članom. Direktor grozda Gregor Zupanc je odgovoril, da bo pravila o dostopu pripravil upravni odbor. Predstavnica Občine Velenje Irena Kotnik je predlagala, da se pri pilotnem zbiranju odsluženega lesa vključijo komunalna podjetja, saj imajo že urejena zbirna mesta. Predstavnik Zasavske regije je dodal, da bi se register lahko kasneje razširil tudi na sosednje regije, če se bo v prvem letu izkazal. Več podjetij je podprlo predlog, da bi grozd za začetek organiziral strokovno ekskurzijo v Avstrijo, kjer si bi ogledali obrate za predelavo odsluženega lesa.

Nekaj udeležencev je izrazilo dvom, ali bo sekundarni les dovolj kakovosten za nosilne konstrukcije. Prof. dr. Humar je pojasnil, da je za zdaj realna predvsem uporaba v nenosilnih elementih, v pohištvu in v izolacijskih materialih, medtem ko bo za nosilne elemente treba počakati na evropske standarde, ki jih pripravlja tehnični odbor CEN/TC 124.

Naslednji koraki
Upravni odbor grozda bo ugotovitve obravnaval na seji 5. decembra 2034. Delovna skupina za register se bo prvič sestala januarja 2035. Naslednja delavnica na temo lesene gradnje bo predvidoma marca 2035 v Velenju, v sodelovanju s Šaleško razvojno agencijo.

Gradiva s predavanj so na voljo v članskem delu spletne strani grozda.

Zapisala: Tina Lipovšek, RRA Savinja
Pregledal: Gregor Zupanc, direktor Savinjskega lesnega grozda

Savinjski lesni grozd, GIZ | Kidričeva ulica 3, 3000 Celje | info@lesni-grozd.si | www.lesni-grozd.si
"""
write(F, T)
gold(F, [P('Nataša Kovačič Ocvirk','direktorica','RRA Savinja'), P('Boštjan Kolenc','Predsednik upravnega odbora grozda','Lesna industrija Mozirje d.o.o.'),
 P('Miha Humar',None,'Biotehniške fakultete Univerze v Ljubljani'), P('Katarina Čufar-Zupanc',None,'Inštituta za celulozo in papir'),
 P('Martin Oberhuber',None,'Holzcluster Steiermark'), P('Tina Lipovšek',None,'RRA Savinja'), P('Jure Vrtačnik',None,'Žaga Vrtačnik s.p.'),
 P('Maja Podgoršek',None,'Občina Nazarje'), P('Anton Žerjav',None,'Glin Nazarje d.o.o.'), P('Gregor Zupanc','direktor','Savinjskega lesnega grozda'),
 P('Irena Kotnik','Predstavnica','Občine Velenje')],
 [O('Savinjski lesni grozd, GIZ'), O('Regionalne razvojne agencije Savinjske regije','RRA Savinja'),
  O('Gospodarska zbornica Slovenije – Zbornica lesne in pohištvene industrije','ZLPI'), O('Lesna industrija Mozirje d.o.o.'),
  O('Biotehniške fakultete Univerze v Ljubljani'), O('Inštituta za celulozo in papir'), O('Holzcluster Steiermark'), O('Žaga Vrtačnik s.p.'),
  O('Občina Nazarje'), O('Zavodom za gradbeništvo Slovenije'), O('Šolskega centra Slovenj Gradec'), O('Šolskega centra Nova Gorica'),
  O('Ministrstva za gospodarstvo, turizem in šport'), O('Glin Nazarje d.o.o.'), O('Občine Velenje'), O('CEN/TC 124'), O('Šaleško razvojno agencijo')],
 [E('Les v krožnem gospodarstvu: od odpadka do surovine','2034-11-09','2034-11-09','Celju','Slovenia'),
  E('seja upravnega odbora','2034-12-05','2034-12-05',None,None),
  E('Delovna skupina za register (prvi sestanek)','2035-01',None,None,None),
  E('Naslednja delavnica na temo lesene gradnje','2035-03',None,'Velenju','Slovenia')],
 ['2034-11-14','2034-11-09','2028/2034','2035','2034-12-05','2035-01','2035-03'],
 ['vzpostavitev skupnega regionalnega registra lesnih ostankov, v katerega bi podjetja enkrat mesečno vpisovala vrsto in količino ostankov',
  'priprava enotnih tehničnih pogojev za sekundarni les skupaj z Zavodom za gradbeništvo Slovenije, da bi ga lahko gradbinci varno uporabljali',
  'skupni nakup opreme za sortiranje in sušenje, ki si je posamezno majhno podjetje ne more privoščiti',
  'vključitev krožnih vsebin v programe Šolskega centra Slovenj Gradec in Šolskega centra Nova Gorica',
  'priprava skupnega projektnega predloga za javni razpis Ministrstva za gospodarstvo, turizem in šport, ki naj bi bil objavljen spomladi 2035'],
 pub='2034-11-14')
