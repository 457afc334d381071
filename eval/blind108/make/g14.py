from h import *
F = 'g14_pomurje_partnerski_sestanek.html'
assert wd(2039,4,12)=='Tuesday' and wd(2039,4,13)=='Wednesday' and wd(2039,4,14)=='Thursday' and wd(2039,6,7)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="sl"><head><meta charset="utf-8"><title>Partnerski sestanek projekta GEOHEAT-ALPS v Murski Soboti | Pomurski tehnološki park</title></head>
<body>
<div class="piskotki">Spletna stran uporablja piškotke za analizo obiska. <a href="/piskotki">Več o piškotkih</a> <button>Sprejmem</button> <button>Zavrnem</button></div>
<header><a href="/" class="logo">Pomurski tehnološki park</a>
<nav><a href="/">Domov</a> | <a href="/o-nas">O nas</a> | <a href="/storitve">Storitve</a> | <a href="/projekti">Projekti</a> | <a href="/novice" class="aktivno">Novice</a> | <a href="/dogodki">Dogodki</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a> <a href="/hu">HU</a></nav></header>
<main>
<p class="pot">Domov » Novice » Projekti</p>
<h1>Partnerji projekta GEOHEAT-ALPS tri dni v Pomurju: od vrtin do rastlinjakov</h1>
<p class="meta">Objavljeno: 19. 4. 2039 | Avtorica: Nina Kuzma | Foto: Boštjan Vogrinčič</p>
<p>Deli: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-pošta</a></p>

<p>Pomurski tehnološki park je od 12. do 14. aprila 2039 gostil tretji partnerski sestanek projekta GEOHEAT-ALPS, ki ga sofinancira program Interreg Območje Alp (Alpine Space). V Mursko Soboto je prišlo 34 predstavnikov enajstih partnerjev iz Slovenije, Avstrije, Nemčije, Italije, Francije in Švice. Projekt išče načine, kako bi lahko male in srednje velike občine v alpskem prostoru bolj izkoristile plitvo in globoko geotermalno energijo za ogrevanje stavb, rastlinjakov in industrijskih obratov.</p>

<h2>Torek: delo po delovnih sklopih</h2>
<p>Sestanek je v prostorih parka odprl direktor Pomurskega tehnološkega parka mag. Andrej Horvat, ki je spomnil, da Pomurje s termalnimi vrelci v Moravskih Toplicah, Radencih in Lendavi že desetletja živi z geotermalno vodo, a jo večinoma uporablja le za turizem. Goste je v imenu Mestne občine Murska Sobota pozdravila podžupanja Tanja Kerec Hari.</p>
<p>Za vodilnega partnerja, Geološki zavod Slovenije, je napredek v prvih 18 mesecih predstavila koordinatorka projekta dr. Petra Meglič. Pripravljena je enotna karta geotermalnega potenciala za 46 pilotnih občin, zaključena je tudi analiza ovir pri pridobivanju dovoljenj v šestih državah. Vodja delovnega sklopa za pilotne akcije, Florian Egger z Geologische Bundesanstalt (GBA) z Dunaja, je poročal o treh pilotih v Avstriji in na Bavarskem, kjer že potekajo meritve.</p>
<p>Popoldne so partnerji razpravljali o komunikacijskem načrtu. Odgovorna za komunikacijo Chiara Bonetti iz Fondazione Edmund Mach je predlagala skupno serijo kratkih videov o pilotnih občinah, ki bi jih objavili do konca leta. Partnerji so predlog podprli in se dogovorili, da bo vsaka država pripravila vsaj en video.</p>

<h2>Sreda: ogledi na terenu</h2>
<p>Drugi dan je bil namenjen ogledom. Partnerji so si najprej ogledali geotermalni sistem daljinskega ogrevanja v Lendavi, kjer podjetje Geoterm Lendava d.o.o. s povratnim vtiskanjem vode ogreva šolo, vrtec in 180 stanovanj. Nato so obiskali rastlinjake podjetja Terma Vrt d.o.o. pri Renkovcih, kjer na 14 hektarjih s termalno vodo gojijo paradižnik vse leto. Direktor podjetja Marko Gjerek je povedal, da so stroški ogrevanja po prehodu na geotermalno energijo padli za skoraj dve tretjini.</p>
<p>Zadnja postaja je bila Občina Moravske Toplice, kjer je župan Jožef Sukič predstavil načrt za ogrevanje javnih stavb iz obstoječe vrtine termalnega kompleksa. Občina je ena izmed 46 pilotnih občin projekta. »Vrtina je tu, voda je topla, manjka nam le znanje, kako vse skupaj povezati v sistem, ki ga bo občina zmogla vzdrževati,« je dejal župan.</p>
<p>Partnerje je posebej zanimalo, kako so v Lendavi rešili vprašanje povratnega vtiskanja ohlajene vode, ki je v več alpskih državah pogoj za izdajo dovoljenja. Strokovnjaki iz Bavarske in Švice so si izmenjali izkušnje s slovenskimi kolegi, dogovorili pa so se tudi, da bodo podatke o meritvah iz Lendave vključili v skupno bazo projekta.</p>
<p>Zvečer je bila v Vinski kleti Marof večerja za partnerje, ki jo je podprla Regionalna razvojna agencija Mura.</p>

<h2>Četrtek: srečanje z deležniki</h2>
<p>Zadnji dan so se partnerji udeležili regionalne delavnice z župani, projektanti in predstavniki Ministrstva za okolje, podnebje in energijo. Delavnico je vodila dr. Simona Pestotnik (Institut Jožef Stefan). Udeleženci so oblikovali naslednje sklepe:</p>
<ul>
<li>Postopki za pridobitev koncesije za rabo geotermalne vode za male občine so predolgi in bi jih bilo treba poenostaviti.</li>
<li>Občine potrebujejo skupno strokovno podporo pri pripravi projektov, na primer v okviru regionalnih razvojnih agencij.</li>
<li>Podatki iz obstoječih vrtin morajo biti javno dostopni, da se zmanjša tveganje za investitorje.</li>
<li>Geotermalna energija naj bo vključena v lokalne energetske koncepte vseh pomurskih občin do leta 2041.</li>
</ul>

<p>»Pomurje je pokazalo, da geotermalna energija ni le za velika mesta. Sklepe delavnice bomo vključili v priporočila, ki jih bomo prihodnje leto predstavili v Bruslju,« je ob koncu dejala dr. Petra Meglič.</p>

<h2>Partnerji projekta</h2>
<p>Geološki zavod Slovenije (vodilni partner) · Pomurski tehnološki park · Geologische Bundesanstalt (GBA), Avstrija · Energieinstitut Vorarlberg, Avstrija · Bayerisches Landesamt für Umwelt, Nemčija · Fondazione Edmund Mach, Italija · Provincia autonoma di Bolzano – Ufficio Geologia, Italija · Auvergne-Rhône-Alpes Énergie Environnement, Francija · Pôle Avenia, Francija · Hochschule Luzern, Švica · Regionalna razvojna agencija Mura</p>

<h2>Naslednji koraki</h2>
<p>Partnerji se bodo ponovno srečali na spletnem sestanku 7. junija 2039, naslednji partnerski sestanek pa bo jeseni v italijanskem mestu Bolzano. Občine, ki bi se želele pridružiti mreži pilotnih občin, se lahko obrnejo na Pomurski tehnološki park.</p>

<div class="kontakt"><b>Kontakt:</b> Nina Kuzma, vodja projekta, Pomurski tehnološki park, Plese 9a, 9000 Murska Sobota · nina.kuzma@example-ptp.si · 02 000 00 00</div>
<p class="oznake">Oznake: geotermalna energija, Interreg, Alpine Space, Pomurje</p>
<p>Preberite tudi: <a href="#">Podjetniški zajtrk o digitalizaciji</a> · <a href="#">Razpis za vavčerje za mala podjetja</a></p>
</main>
<footer>© 2039 Pomurski tehnološki park d.o.o. · <a href="/zasebnost">Politika zasebnosti</a> · Projekt je sofinanciran s strani Evropske unije.</footer>
</body></html>
"""
write(F, T)
gold(F,
 [P('Nina Kuzma','vodja projekta','Pomurski tehnološki park'), P('Boštjan Vogrinčič'),
  P('Andrej Horvat','direktor','Pomurski tehnološki park'),
  P('Tanja Kerec Hari','podžupanja','Mestne občine Murska Sobota'),
  P('Petra Meglič','koordinatorka projekta','Geološki zavod Slovenije'),
  P('Florian Egger','Vodja delovnega sklopa za pilotne akcije','Geologische Bundesanstalt'),
  P('Chiara Bonetti','Odgovorna za komunikacijo','Fondazione Edmund Mach'),
  P('Marko Gjerek','Direktor','Terma Vrt d.o.o.'),
  P('Jožef Sukič','župan','Občina Moravske Toplice'),
  P('Simona Pestotnik',None,'Institut Jožef Stefan')],
 [O('Pomurski tehnološki park'), O('Mestne občine Murska Sobota'), O('Geološki zavod Slovenije'),
  O('Geologische Bundesanstalt','GBA'), O('Fondazione Edmund Mach'), O('Geoterm Lendava d.o.o.'), O('Terma Vrt d.o.o.'),
  O('Občina Moravske Toplice'), O('Regionalna razvojna agencija Mura'), O('Ministrstva za okolje, podnebje in energijo'),
  O('Institut Jožef Stefan'), O('Energieinstitut Vorarlberg'), O('Bayerisches Landesamt für Umwelt'),
  O('Provincia autonoma di Bolzano – Ufficio Geologia'), O('Auvergne-Rhône-Alpes Énergie Environnement'),
  O('Pôle Avenia'), O('Hochschule Luzern')],
 [E('tretji partnerski sestanek projekta GEOHEAT-ALPS','2039-04-12','2039-04-14','Murska Sobota','Slovenia'),
  E('ogledi','2039-04-13',None,None,'Slovenia'),
  E('večerja za partnerje','2039-04-13',None,None,'Slovenia'),
  E('regionalne delavnice','2039-04-14',None,'Murska Sobota','Slovenia'),
  E('spletnem sestanku','2039-06-07',None,None,None),
  E('naslednji partnerski sestanek',None,None,'Bolzano','Italy'),
  E('Podjetniški zajtrk o digitalizaciji')],  # second pass: named event in a related-news link, as g01's Riga Furniture Fair
 ['2039-04-19','2039-04-12/2039-04-14','2041','2039-06-07'],
 ['Postopki za pridobitev koncesije za rabo geotermalne vode za male občine so predolgi in bi jih bilo treba poenostaviti',
  'Občine potrebujejo skupno strokovno podporo pri pripravi projektov, na primer v okviru regionalnih razvojnih agencij',
  'Podatki iz obstoječih vrtin morajo biti javno dostopni, da se zmanjša tveganje za investitorje',
  'Geotermalna energija naj bo vključena v lokalne energetske koncepte vseh pomurskih občin do leta 2041'],
 pub='2039-04-19')
