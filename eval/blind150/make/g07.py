from h import *
F = 'g07_komarno_zavery_konferencie.html'
assert wd(2037,10,14)=='Wednesday' and wd(2037,10,15)=='Thursday' and wd(2037,10,22)=='Thursday' and wd(2038,3,9)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="sk"><head><meta charset="utf-8"><title>Závery 3. ročníka konferencie Dunajský koridor | Klaster Dunajská logistika</title></head>
<body>
<div id="cookie">Táto stránka používa súbory cookies. Pokračovaním v prehliadaní súhlasíte s ich používaním. <a href="/cookies">Viac informácií</a> <button>Súhlasím</button></div>
<header><p class="logo">Klaster Dunajská logistika · Duna Logisztikai Klaszter</p>
<nav><a href="/">Úvod</a> | <a href="/o-nas">O nás</a> | <a href="/clenovia">Členovia</a> | <a href="/projekty">Projekty</a> | <a href="/aktuality">Aktuality</a> | <a href="/kontakt">Kontakt</a> | <a href="/hu">Magyarul</a></nav></header>
<main>
<p class="path">Úvod / Aktuality / Konferencie</p>
<h1>Dunajský koridor 2037: lodiari, prístavy a logistici chcú spoločnú stratégiu</h1>
<p class="date">Zverejnené 22. 10. 2037 | Autor: Eva Lelkesová, komunikácia klastra</p>
<p>V dňoch 14. – 15. októbra 2037 sa v Komárne konal 3. ročník medzinárodnej konferencie <strong>Dunajský koridor</strong>, ktorú organizuje Klaster Dunajská logistika (KDL) v spolupráci s Univerzitou J. Selyeho a Nitrianskym samosprávnym krajom. Na pôde univerzity sa stretlo 186 účastníkov zo Slovenska, Maďarska, Rakúska, Srbska a Rumunska – zástupcovia lodeníc, prístavov, dopravcov, výskumných inštitúcií a verejnej správy.</p>
<p>Konferenciu otvoril predseda klastra Ing. Zoltán Kürthy-Baráth, ktorý pripomenul, že lodná doprava na Dunaji prepravuje len zlomok toho, čo by mohla. Za Nitriansky samosprávny kraj vystúpil podpredseda kraja Mgr. Tibor Gál-Novák a za Ministerstvo dopravy Slovenskej republiky generálna riaditeľka sekcie vodnej dopravy Ing. Katarína Šoltésová, PhD.</p>
<h2>Program v skratke</h2>
<p><strong>Streda 14. októbra</strong><br>
9:00 Registrácia účastníkov<br>
9:30 Otvorenie konferencie<br>
10:00 Blok 1: Lodiarstvo na Dunaji – ako ďalej po dekarbonizácii flotily<br>
13:30 Blok 2: Prístavy ako multimodálne uzly<br>
15:30 Panelová diskusia: Kto zaplatí modernizáciu prístavov?<br>
19:00 Spoločenský večer na palube výletnej lode<br>
<strong>Štvrtok 15. októbra</strong><br>
9:00 Blok 3: Zručnosti a vzdelávanie pre vodnú dopravu<br>
11:00 Odborná exkurzia do areálu Slovenských lodeníc Komárno a.s. a prístavu Komárno<br>
14:00 Prijatie záverov a ukončenie</p>
<p>V paneli diskutovali Gerhard Obermüller (ecoplus, agentúra pre hospodársky rozvoj Dolného Rakúska), Dr. Ildikó Farkas-Vajda (Győr-Moson-Sopron Megyei Kereskedelmi és Iparkamara), Marko Petrović (Luka Novi Sad) a Ing. Ján Hudec, predseda predstavenstva spoločnosti Verejné prístavy, a.s. Zhodli sa, že bez spoločného postupu podunajských krajín sa nepodarí získať financovanie z európskych nástrojov pre dopravnú infraštruktúru.</p>
<p>Rektorka Univerzity J. Selyeho doc. Ing. Mária Nagyová-Szabó, PhD. predstavila nový bakalársky program Logistika vo vodnej doprave, ktorý univerzita otvorí od akademického roka 2038/2039.</p>
<h2>Závery konferencie</h2>
<p>Účastníci v závere schválili tieto závery:</p>
<ul>
<li>Podunajské klastre by mali do roku 2039 pripraviť spoločnú stratégiu rozvoja vodnej dopravy a lodiarstva pre celý stredný Dunaj</li>
<li>Modernizácia verejných prístavov v Komárne a Štúrove má byť prioritou pri príprave dopravných projektov na ďalšie programové obdobie</li>
<li>Lodenice a výskumné inštitúcie majú spolupracovať na vývoji plavidiel s nízkymi emisiami a zdieľať testovacie kapacity</li>
<li>Vzdelávanie pre vodnú dopravu treba zabezpečiť cezhranične, v spolupráci slovenských a maďarských škôl</li>
</ul>
<p>Závery klaster zašle Ministerstvu dopravy Slovenskej republiky a Slovenskej inovačnej a energetickej agentúre (SIEA).</p>
<h2>Predchádzajúce ročníky</h2>
<ul>
<li>1. ročník – Štúrovo, 2035</li>
<li>2. ročník – Győr, 29. – 30. septembra 2036</li>
</ul>
<h2>Partneri 3. ročníka</h2>
<p>Konferenciu pripravili a podporili: Univerzita J. Selyeho (hostiteľ), Nitriansky samosprávny kraj, Mesto Komárno, Slovenské lodenice Komárno a.s., Verejné prístavy, a.s., Slovenská inovačná a energetická agentúra (SIEA) a maďarský partnerský klaster Észak-Dunántúli Logisztikai Klaszter z Győru. Ďakujeme aj všetkým dobrovoľníkom zo študentskej organizácie univerzity.</p>
<h2>Čo bude nasledovať</h2>
<p>Pracovná skupina klastra pre vodnú dopravu pripraví do konca roka 2037 návrh osnovy spoločnej stratégie a predloží ho členom. Valné zhromaždenie členov klastra sa uskutoční v utorok 9. marca 2038 v Komárne; na programe bude aj voľba nového predstavenstva. Prihlášky na 4. ročník konferencie budú spustené na jar 2038, miesto konania ešte nie je potvrdené.</p>
<p><a href="/aktuality">« Späť na aktuality</a> | Zdieľať: <a href="#">Facebook</a> <a href="#">LinkedIn</a></p>
</main>
<footer><p>Klaster Dunajská logistika, záujmové združenie právnických osôb · Hradná 1, 945 01 Komárno · IČO 00000000</p><p>© 2037 KDL · <a href="/gdpr">Ochrana osobných údajov</a></p></footer>
</body></html>
"""
write(F, T)
K="Klaster Dunajská logistika"
gold(F,
 [P("Eva Lelkesová","komunikácia klastra",K),
  P("Zoltán Kürthy-Baráth","predseda klastra",K),
  P("Tibor Gál-Novák","podpredseda kraja","Nitriansky samosprávny kraj"),
  P("Katarína Šoltésová","generálna riaditeľka sekcie vodnej dopravy","Ministerstvo dopravy Slovenskej republiky"),
  P("Gerhard Obermüller",None,"ecoplus"),
  P("Ildikó Farkas-Vajda",None,"Győr-Moson-Sopron Megyei Kereskedelmi és Iparkamara"),
  P("Marko Petrović",None,"Luka Novi Sad"),
  P("Ján Hudec","predseda predstavenstva","Verejné prístavy, a.s."),
  P("Mária Nagyová-Szabó","Rektorka","Univerzita J. Selyeho")],
 [O(K,"KDL"), O("Univerzita J. Selyeho"), O("Nitriansky samosprávny kraj"), O("Ministerstvo dopravy Slovenskej republiky"),
  O("Slovenské lodenice Komárno a.s."), O("ecoplus"), O("Győr-Moson-Sopron Megyei Kereskedelmi és Iparkamara"), O("Luka Novi Sad"), O("Mesto Komárno"), O("Észak-Dunántúli Logisztikai Klaszter"),
  O("Verejné prístavy, a.s."), O("Slovenská inovačná a energetická agentúra","SIEA")],
 [E("Dunajský koridor 2037","2037-10-14","2037-10-15","Komárno","Slovakia"),
  E("Spoločenský večer na palube výletnej lode","2037-10-14",None,None,None),
  E("Odborná exkurzia do areálu Slovenských lodeníc Komárno a.s. a prístavu Komárno","2037-10-15",None,"Komárno","Slovakia"),
  E("1. ročník","2035",None,"Štúrovo","Slovakia"),
  E("2. ročník","2036-09-29","2036-09-30","Győr","Hungary"),
  E("Valné zhromaždenie členov klastra","2038-03-09",None,"Komárno","Slovakia"),
  # third pass: the next edition is named ("Prihlášky na 4. ročník konferencie ...") though its date and place are not yet set
  E("4. ročník",None,None,None,None)],
 ["2037-10-22","2037-10-14/2037-10-15","2038/2039","2039","2035","2036-09-29/2036-09-30","2038-03-09","2038","2037-10-14","2037-10-15","2037"],
 ["Podunajské klastre by mali do roku 2039 pripraviť spoločnú stratégiu rozvoja vodnej dopravy a lodiarstva pre celý stredný Dunaj",
  "Modernizácia verejných prístavov v Komárne a Štúrove má byť prioritou pri príprave dopravných projektov na ďalšie programové obdobie",
  "Lodenice a výskumné inštitúcie majú spolupracovať na vývoji plavidiel s nízkymi emisiami a zdieľať testovacie kapacity",
  "Vzdelávanie pre vodnú dopravu treba zabezpečiť cezhranične, v spolupráci slovenských a maďarských škôl"],
 pub="2037-10-22")
