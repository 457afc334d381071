from h import *
F = 'g08_vipava_interreg_zakljucna_konferenca.html'
assert wd(2040,11,26)=='Monday' and wd(2040,11,27)=='Tuesday' and wd(2040,12,14)=='Friday'
T = """<!DOCTYPE html>
<html lang="sl"><head><meta charset="utf-8"><title>Novice | Razvojna agencija ROD Ajdovščina</title></head>
<body>
<div class="piskotki">Spletno mesto uporablja piškotke za analitiko in boljšo uporabniško izkušnjo. <button>Sprejmem</button> <button>Zavrnem</button> <a href="/piskotki">Več o piškotkih</a></div>
<header><p class="logo">Razvojna agencija ROD Ajdovščina</p>
<nav><a href="/">Domov</a> | <a href="/o-nas">O nas</a> | <a href="/podjetniki">Za podjetnike</a> | <a href="/projekti">EU projekti</a> | <a href="/novice">Novice</a> | <a href="/dogodki">Dogodki</a> | <a href="/kontakt">Kontakt</a> | <a href="/it">IT</a></nav></header>
<main>
<p class="drobtine">Domov / Novice / EU projekti</p>
<h1>Zaključna konferenca projekta VINOTECH: vinogradništvo in tehnologija brez meja</h1>
<p class="meta">Objavljeno: 3. december 2040 | Avtorica: Tjaša Bratina | Kategorija: EU projekti</p>

<p>V ponedeljek, 26. novembra 2040, je v dvorani Lavrič v Ajdovščini potekala zaključna konferenca projekta VINOTECH, ki ga je v obdobju 2038–2040 sofinanciral program Interreg VI-A Italija–Slovenija. Konference se je udeležilo 115 vinogradnikov, vinarjev, raziskovalcev in predstavnikov občin z obeh strani meje.</p>

<p>Projekt je povezal šest partnerjev:</p>
<ul>
<li>Razvojna agencija ROD Ajdovščina (Slovenija) – vodilni partner</li>
<li>Kmetijsko gozdarski zavod Nova Gorica (Slovenija)</li>
<li>Univerza v Novi Gorici, Fakulteta za vinogradništvo in vinarstvo (Slovenija)</li>
<li>Consorzio Tutela Vini Collio (Italija)</li>
<li>Università degli Studi di Udine (Italija)</li>
<li>Camera di Commercio Venezia Giulia (Italija)</li>
</ul>

<h2>Program</h2>
<p>9.00 Registracija in kava<br>
9.30 Pozdravni nagovori: Tadej Beočanin, župan Občine Ajdovščina; Marjeta Fabčič Kos, direktorica Razvojne agencije ROD; dott.ssa Giulia Bianchini Zorzut, predsednica Consorzio Tutela Vini Collio<br>
10.00 Predstavitev rezultatov projekta – vodja projekta Nejc Lozej, ROD Ajdovščina<br>
10.45 »Senzorji v vinogradu: kaj smo se naučili v treh letinah« – prof. dr. Mojca SKRT, Univerza v Novi Gorici<br>
11.30 Okrogla miza o prihodnosti čezmejnega sodelovanja<br>
13.00 Kosilo z degustacijo vin iz Vipavske doline in Collia<br>
15.00 Ogled pilotnega vinograda na posestvu Guerila (Planina pri Ajdovščini)</p>

<h2>Rezultati</h2>
<p>V treh letih so partnerji v 24 vinogradih postavili senzorske postaje za spremljanje vlage in bolezni, izobrazili 310 vinogradnikov in razvili skupno spletno orodje za napovedovanje peronospore. Uporaba fitofarmacevtskih sredstev se je v pilotnih vinogradih zmanjšala v povprečju za 23 odstotkov.</p>
<p>»Vinogradniki z obeh strani meje imajo iste težave in iste bolezni. Zdaj imajo tudi isto orodje,« je povedal vodja projekta Nejc Lozej.</p>
<p>Na okrogli mizi so sodelovali predstavniki obeh kmetijskih zavodov, italijanske zbornice in dveh vinskih kleti. Govorci so se strinjali, da je največji dosežek projekta zaupanje, ki se je v treh letih razvilo med svetovalci na obeh straneh meje. Kritično so ocenili predvsem zapletene postopke poročanja, zaradi katerih so manjše kmetije le redko same vstopile v projekt. Udeleženci so predlagali, da bi bilo v prihodnjem programskem obdobju več malih projektov z enostavnejšimi pravili.</p>

<h2>Ključna sporočila konference</h2>
<ul>
<li>Podatki iz senzorjev so uporabni le, če jih vinogradnik dobi v obliki preprostega priporočila na telefon</li>
<li>Čezmejno sodelovanje v vinogradništvu mora preživeti konec projekta, zato bo orodje vzdrževala Univerza v Novi Gorici</li>
<li>Majhni vinogradniki potrebujejo skupno nabavo opreme prek zadrug ali grozdov</li>
<li>Podnebne spremembe zahtevajo nove sorte in nove lege, o katerih morajo odločati stroka in vinogradniki skupaj</li>
</ul>

<h2>Naslednji koraki</h2>
<p>Partnerji pripravljajo nadaljevalni projekt za program Obzorje Evropa. Na seji upravnega odbora agencije v petek, 14. decembra 2040, bodo člani obravnavali poročilo o projektu in predlog za vključitev agencije v grozd Slovenska vinska pot.</p>
<p>Drugi dan, v torek, 27. novembra 2040, je v Gorici (Gorizia) potekala še strokovna delavnica za svetovalce kmetijskih zavodov, ki jo je vodil dr. Paolo Sivilotti z Univerze v Vidmu.</p>

<h2>Pretekli dogodki projekta</h2>
<ul>
<li>Uvodna konferenca – Cormons, 15. marec 2038</li>
<li>Dan odprtih vinogradov – Vipava, 7. september 2038</li>
<li>Dan odprtih vinogradov – Dolegna del Collio, 6. september 2039</li>
<li>Študijsko potovanje v Bordeaux – 12.–15. maj 2040</li>
</ul>

<p>Dodatne informacije: Nejc Lozej, vodja projekta, nejc.lozej@rod.example.si, 05 000 00 00</p>
<p class="deli">Deli: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-pošta</a></p>
<p><a href="/novice">« Nazaj na novice</a></p>
</main>
<footer><p>Razvojna agencija ROD Ajdovščina, Goriška cesta 25, 5270 Ajdovščina · info@rod.example.si</p>
<p>Projekt VINOTECH je sofinanciran iz Evropskega sklada za regionalni razvoj. · <a href="/pravno">Pravno obvestilo</a> · <a href="/zasebnost">Zasebnost</a></p></footer>
</body></html>
"""
write(F, T)
R="Razvojna agencija ROD Ajdovščina"
gold(F,
 [P("Tjaša Bratina"),
  P("Tadej Beočanin","župan","Občine Ajdovščina"),
  P("Marjeta Fabčič Kos","direktorica","Razvojne agencije ROD"),
  P("Giulia Bianchini Zorzut","predsednica","Consorzio Tutela Vini Collio"),
  P("Nejc Lozej","vodja projekta",R),
  P("Mojca SKRT",None,"Univerza v Novi Gorici"),
  P("Paolo Sivilotti",None,"Univerze v Vidmu")],
 [O(R,"ROD"), O("Kmetijsko gozdarski zavod Nova Gorica"), O("Univerza v Novi Gorici"),
  O("Fakulteta za vinogradništvo in vinarstvo"), O("Consorzio Tutela Vini Collio"), O("Università degli Studi di Udine"),
  O("Camera di Commercio Venezia Giulia"), O("Občine Ajdovščina"), O("Slovenska vinska pot")],
 [E("Zaključna konferenca projekta VINOTECH","2040-11-26",None,"Ajdovščina","Slovenia"),
  E("Ogled pilotnega vinograda na posestvu Guerila","2040-11-26",None,"Planina pri Ajdovščini","Slovenia"),
  E("Senzorji v vinogradu: kaj smo se naučili v treh letinah","2040-11-26",None,"Ajdovščina","Slovenia"),
  E("seja upravnega odbora","2040-12-14"),
  E("strokovna delavnica za svetovalce kmetijskih zavodov","2040-11-27",None,"Gorizia","Italy"),
  E("Uvodna konferenca","2038-03-15",None,"Cormons","Italy"),
  E("Dan odprtih vinogradov","2038-09-07",None,"Vipava","Slovenia"),
  E("Dan odprtih vinogradov","2039-09-06",None,"Dolegna del Collio","Italy"),
  E("Študijsko potovanje v Bordeaux","2040-05-12","2040-05-15","Bordeaux","France")],
 ["2040-12-03","2040-11-26","2038/2040","2040-12-14","2040-11-27","2038-03-15","2038-09-07","2039-09-06","2040-05-12/2040-05-15"],
 ["Podatki iz senzorjev so uporabni le, če jih vinogradnik dobi v obliki preprostega priporočila na telefon",
  "Čezmejno sodelovanje v vinogradništvu mora preživeti konec projekta, zato bo orodje vzdrževala Univerza v Novi Gorici",
  "Majhni vinogradniki potrebujejo skupno nabavo opreme prek zadrug ali grozdov",
  "Podnebne spremembe zahtevajo nove sorte in nove lege, o katerih morajo odločati stroka in vinogradniki skupaj"],
 pub="2040-12-03")
