from h import *
F = 'sumadija-auto-klaster-vesti-clanova.html'
T = f"""<!DOCTYPE html>
<html lang="sr-Latn"><head><meta charset="utf-8"><title>Vesti članova | Automobilski klaster Šumadija</title></head>
<body>
<div class="kolacici">Ovaj sajt koristi kolačiće radi analize posećenosti. <button>Prihvatam</button> <a href="/politika-privatnosti">Saznajte više</a></div>
<header><a href="/">Automobilski klaster Šumadija</a>
<nav><a href="/o-nama">O nama</a> · <a href="/clanovi">Članovi</a> · <a href="/projekti">Projekti</a> · <a href="/vesti" class="aktivno">Vesti</a> · <a href="/dogadjaji">Događaji</a> · <a href="/kontakt">Kontakt</a> · <a href="/en">EN</a></nav></header>
<main>
<p class="putanja">Početna › Vesti › Vesti članova</p>
<h1>Vesti članova – april 2035</h1>
<p class="uvod">Pregled kadrovskih promena i novosti iz kompanija i institucija članica Automobilskog klastera Šumadija (AKŠ). Vesti nam šaljite do 25. u mesecu na vesti@akš.rs. Objavljeno: {wd(2035,4,28,'sr')}, 28. april 2035.</p>

<article><h2>Dragana Milovanović preuzima upravljanje fabrikom Kragujevac Precision Parts</h2>
<p>Kompanija Kragujevac Precision Parts d.o.o. imenovala je Draganu Milovanović za direktorku proizvodnje od 1. aprila 2035. Milovanović je poslednjih šest godina radila kao rukovodilac kvaliteta u kompaniji Grupa Zastava Vozila a.d., a pre toga u nemačkoj firmi Brenner Umformtechnik GmbH u Ingolštatu. Ona nasleđuje Miloša Jankovića, koji odlazi u penziju posle 31 godine rada u kompaniji. „Dragana poznaje naše kupce i naše ljude. Sa njom ulazimo u fazu električnih vozila“, izjavio je generalni direktor Nenad Stevanović.</p></article>

<article><h2>Fakultet inženjerskih nauka imenuje novog prodekana za saradnju sa privredom</h2>
<p>Savet Fakulteta inženjerskih nauka Univerziteta u Kragujevcu izabrao je prof. dr Ivanu Đorđević-Marković za prodekana za saradnju sa privredom, za mandatni period 2035–2038. Prof. Đorđević-Marković je od 2031. rukovodila Laboratorijom za baterijske sisteme i član je Upravnog odbora klastera. Na mestu prodekana zamenjuje prof. dr Vladimira Petrovića, koji je postao direktor Regionalnog centra za razvoj malih i srednjih preduzeća Šumadije i Pomoravlja.</p></article>

<article><h2>Hiroshi Tanabe dolazi u Yura Elektro Srbija</h2>
<p>Hiroshi Tanabe pridružuje se kompaniji Yura Elektro Srbija d.o.o. iz Rače kao izvršni direktor. Tanabe je do sada vodio pogon grupe u Slovačkoj. U Srbiju dolazi u maju 2035, a dosadašnji direktor Kim Min-jun vraća se u sedište grupe u Seulu.</p></article>

<article><h2>Regionalna razvojna agencija Šumadije i Pomoravlja ima novu direktorku</h2>
<p>Upravni odbor Regionalne razvojne agencije Šumadije i Pomoravlja (RRA ŠiP) imenovao je Jelenu Radosavljević-Krstić za direktorku agencije. Ona je do sada bila šef Odeljenja za međunarodne projekte. Radosavljević-Krstić je od 2029. godine koordinatorka projekta „Auto-Skills Šumadija“, koji agencija sprovodi zajedno sa klasterom. Dosadašnji direktor Zoran Ilić prelazi u Ministarstvo privrede Republike Srbije kao pomoćnik ministra za regionalni razvoj.</p></article>

<article><h2>Novi član upravnog odbora klastera</h2>
<p>Na sednici Upravnog odbora AKŠ održanoj 10. aprila 2035. za novog člana upravnog odbora kooptiran je Stefan Lukić, direktor kompanije Lukić Alati d.o.o. iz Gornjeg Milanovca. On zamenjuje Gorana Tomića (Metalac Trade a.d.), koji je podneo ostavku zbog obaveza u kompaniji. Upravni odbor klastera i dalje vodi predsednica Snežana Pavlović (Fiat Serbia Components d.o.o.).</p></article>

<article><h2>Kancelarija klastera: nova koordinatorka projekata</h2>
<p>Od 15. aprila 2035. tim kancelarije klastera pojačala je Teodora Nikolić kao koordinatorka projekata. Teodora je diplomirala na Ekonomskom fakultetu u Kragujevcu i radila je u Privrednoj komori Srbije, u Regionalnoj privrednoj komori Šumadijskog i Pomoravskog upravnog okruga. Izvršni direktor klastera Marko Đukić: „Sa Teodorom imamo više snage za evropske projekte, pre svega za partnerstvo sa klasterima iz Slovenije i Rumunije.“</p></article>

<article><h2>Inženjerka iz Kragujevca u upravi evropske mreže</h2>
<p>Milica Stojković, rukovodilac razvoja u kompaniji Šumadija Kablovi d.o.o., izabrana je u upravni odbor Evropske mreže automobilskih klastera na skupštini mreže u Gracu 3. aprila 2035. Ona je prva predstavnica jednog srpskog klastera u tom telu. Mandat traje tri godine. „Naši članovi sada imaju glas tamo gde se dogovaraju zajednički projekti“, rekla je Stojković.</p></article>

<article><h2>Kratke vesti</h2>
<ul>
<li>Kompanija Gorenje Alati Kragujevac d.o.o. proslavila je 25 godina rada 12. aprila 2035.</li>
<li>Tehnička škola „Milutin Milanković“ iz Kragujevca upisuje prvo odeljenje za mehatroničare za električna vozila u septembru 2035.</li>
<li>Naučno-tehnološki park Kragujevac poziva članice na Dan otvorenih vrata {wd(2035,5,14,'sr')}, 14. maja 2035.</li>
</ul></article>

<p class="najava"><strong>Najava:</strong> Godišnja skupština klastera biće održana {wd(2035,6,5,'sr')}, 5. juna 2035, u Kragujevcu, a Dani auto-industrije Šumadije od 23. do 24. oktobra 2035.</p>
</main>
<footer><p>Automobilski klaster Šumadija · Udruženje · Kralja Petra I 22, 34000 Kragujevac, Srbija · info@akš.rs</p>
<p>© 2035 AKŠ · Sva prava zadržana · <a href="/impresum">Impresum</a></p></footer>
</body></html>
"""
write(F, T)
A='Automobilski klaster Šumadija'
gold(F,
 [P('Dragana Milovanović','direktorku proizvodnje','Kragujevac Precision Parts d.o.o.'), P('Miloša Jankovića',None,'Kragujevac Precision Parts d.o.o.'),
  P('Nenad Stevanović','generalni direktor','Kragujevac Precision Parts d.o.o.'), P('Ivanu Đorđević-Marković','prodekana za saradnju sa privredom','Fakultet inženjerskih nauka'),
  P('Vladimira Petrovića','direktor','Regionalnog centra za razvoj malih i srednjih preduzeća Šumadije i Pomoravlja'),
  P('Hiroshi Tanabe','izvršni direktor','Yura Elektro Srbija d.o.o.'), P('Kim Min-jun','direktor','Yura Elektro Srbija d.o.o.'),
  P('Jelenu Radosavljević-Krstić','direktorku agencije','Regionalna razvojna agencija Šumadije i Pomoravlja'),
  P('Zoran Ilić','pomoćnik ministra za regionalni razvoj','Ministarstvo privrede Republike Srbije'),
  P('Stefan Lukić','direktor','Lukić Alati d.o.o.'), P('Gorana Tomića',None,'Metalac Trade a.d.'), P('Snežana Pavlović','predsednica','Automobilski klaster Šumadija'),
  P('Milica Stojković','rukovodilac razvoja','Šumadija Kablovi d.o.o.'), P('Teodora Nikolić','koordinatorka projekata',A), P('Marko Đukić','Izvršni direktor klastera',A)],
 [O(A,'AKŠ'), O('Kragujevac Precision Parts d.o.o.'), O('Grupa Zastava Vozila a.d.'), O('Brenner Umformtechnik GmbH'),
  O('Fakultet inženjerskih nauka'), O('Univerziteta u Kragujevcu'), O('Laboratorijom za baterijske sisteme'),
  O('Regionalnog centra za razvoj malih i srednjih preduzeća Šumadije i Pomoravlja'), O('Yura Elektro Srbija d.o.o.'),
  O('Regionalna razvojna agencija Šumadije i Pomoravlja','RRA ŠiP'), O('Ministarstvo privrede Republike Srbije'), O('Lukić Alati d.o.o.'),
  O('Metalac Trade a.d.'), O('Fiat Serbia Components d.o.o.'), O('Ekonomskom fakultetu u Kragujevcu'), O('Privrednoj komori Srbije'),
  O('Regionalnoj privrednoj komori Šumadijskog i Pomoravskog upravnog okruga'), O('Gorenje Alati Kragujevac d.o.o.'),
  O('Tehnička škola „Milutin Milanković“'), O('Naučno-tehnološki park Kragujevac'), O('Šumadija Kablovi d.o.o.'), O('Evropske mreže automobilskih klastera')],
 [E('skupštini mreže','2035-04-03','2035-04-03','Gracu','Austria'), E('sednici Upravnog odbora AKŠ','2035-04-10','2035-04-10',None,None), E('Dan otvorenih vrata','2035-05-14','2035-05-14',None,None),
  E('Godišnja skupština klastera','2035-06-05','2035-06-05','Kragujevac','Serbia'), E('Dani auto-industrije Šumadije','2035-10-23','2035-10-24',None,None)],
 ['2035-04','2035-04-28','2035-04-01','2035/2038','2031','2035-05','2029','2035-04-10','2035-04-03','2035-04-15','2035-04-12','2035-09','2035-05-14','2035-06-05','2035-10-23/2035-10-24'],
 pub='2035-04-28')
