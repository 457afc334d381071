from h import *
F = 'g16_ajdovscina_dnevi_grozda_porocilo.html'
assert wd(2042,5,21)=='Wednesday' and wd(2042,5,22)=='Thursday' and wd(2042,6,17)=='Tuesday' and wd(2042,9,30)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="sl"><head><meta charset="utf-8"><title>Dnevi živilskega grozda 2042 – poročilo | Vipavski živilski grozd</title></head>
<body>
<div class="piskotki">Spletno mesto uporablja piškotke za izboljšanje uporabniške izkušnje. <a href="/piskotki">Več o piškotkih</a> <button>Sprejmi</button> <button>Zavrni</button></div>
<header>
<p class="logo">Vipavski živilski grozd · Ajdovščina</p>
<nav><a href="/">Domov</a> | <a href="/o-grozdu">O grozdu</a> | <a href="/clani">Člani</a> | <a href="/projekti">Projekti</a> | <a href="/dogodki">Dogodki</a> | <a href="/novice">Novice</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav>
</header>
<main>
<p class="drobtine">Domov / Novice / Dnevi živilskega grozda 2042</p>
<h1>Dnevi živilskega grozda 2042: voda, vino in mladi v dolini</h1>
<p class="objava">Objavljeno: 29. maja 2042 | Avtorica: Maja Furlan | Kategorija: Dogodki</p>
<p>Deli: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-pošta</a></p>

<p>V sredo, 21. maja, in četrtek, 22. maja 2042, je Vipavski živilski grozd v Ajdovščini in Tolminu pripravil že sedme Dneve živilskega grozda. Dogodka se je udeležilo 164 predstavnikov podjetij, kmetij, zadrug, šol in občin s Primorske, prvič pa tudi gostje iz Furlanije - Julijske krajine in avstrijske Koroške. Dneve smo organizirali skupaj z Razvojno agencijo ROD Ajdovščina in Posoškim razvojnim centrom (PRC), podprla pa jih je Občina Ajdovščina.</p>

<h2>Prvi dan v Ajdovščini</h2>
<p>Udeležence je v dvorani Lokarjevega centra pozdravil župan Občine Ajdovščina Tadej PETRIČ-KRAŠNA, nato pa je predsednica grozda mag. Irena Vrtovec Lozej predstavila lanske dosežke: 12 skupnih projektov, novo skupno blagovno znamko za sadje iz doline in 34 članov. Uvodno predavanje »Kdo bo jutri obdeloval zemljo?« je imel dr. Jernej Pavšič z Biotehniške fakultete Univerze v Ljubljani.</p>
<p>Popoldne so sledila srečanja B2B med pridelovalci in kupci iz trgovskih verig in gostinstva, ki jih je vodila svetovalka Enterprise Europe Network Slovenija Urška Kos. Zvečer je bila v vinski kleti Sveti Martin v Vipavi slavnostna večerja, na kateri so podelili priznanje »Inovacija doline 2042«. Prejela sta ga mlada podjetnika iz Ajdovščine Luka Konec in Nina Bratina (podjetje Fermentum d.o.o.) za veganski sir iz fermentiranih oreščkov.</p>

<h2>Drugi dan v Tolminu</h2>
<p>V četrtek so se udeleženci z avtobusom odpeljali v Posočje. Dopoldne so obiskali mlekarno Planika v Kobaridu in sirarno na planini Kuhinja, kjer jim je direktor Mlekarne Planika Marko Rutar predstavil načrt za predelavo sirotke v bioplin. Popoldne je v Tolminu potekala delavnica o vodi za namakanje, ki jo je vodila Ana Kravanja, vodja projektov na PRC.</p>

<h2>Ključni poudarki</h2>
<p>Ob koncu dogodka smo skupaj z udeleženci oblikovali naslednje poudarke:</p>
<ul>
<li>Vipavska dolina potrebuje skupni sistem za namakanje, ki ga bodo upravljali kmetje sami</li>
<li>Mladi bodo ostali na kmetijah le, če bodo lahko svoje izdelke prodajali neposredno in po pošteni ceni</li>
<li>Grozd naj poveže živilska podjetja iz doline s turističnimi ponudniki v Posočju</li>
<li>Sodelovanje s Furlanijo naj se nadaljuje s skupnim projektom za predelavo stranskih proizvodov</li>
</ul>

<h2>Dosedanji Dnevi živilskega grozda</h2>
<ul>
<li>2036 – Ajdovščina, 12. maj</li>
<li>2037 – Vipava, 19. in 20. maj</li>
<li>2038 – Ajdovščina, 17. maj</li>
<li>2039 – Nova Gorica, 24. in 25. maj</li>
<li>2040 – Ajdovščina, 20. in 21. maj</li>
<li>2041 – Vipava, 25. in 26. maj</li>
</ul>

<h2>Kaj sledi</h2>
<p>Upravni odbor grozda se bo sestal v torek, 17. junija 2042, in obravnaval predloge z dogodka. Občni zbor grozda bo v torek, 30. septembra 2042, v Ajdovščini. Prijave za skupni projekt s partnerji iz Furlanije zbiramo do konca julija.</p>
<p>Zahvaljujemo se vsem predavateljem, gostiteljem in članom, ki so pripravili pogostitev z domačimi izdelki.</p>
<p>Maja Furlan, koordinatorka grozda<br>Vipavski živilski grozd, Goriška cesta 25a, 5270 Ajdovščina · info@vzgrozd.example.si</p>

<aside><h3>Partnerji</h3><p>Razvojna agencija ROD Ajdovščina · Posoški razvojni center · Kmetijsko gozdarski zavod Nova Gorica · Občina Ajdovščina · Občina Tolmin</p>
<h3>Novice</h3><p><a href="#">Nov član grozda: Sadjarstvo Vrhovec</a> · <a href="#">Javni poziv za mlade kmete 2042</a></p></aside>
</main>
<footer><p>© 2042 Vipavski živilski grozd · <a href="/zasebnost">Politika zasebnosti</a> · <a href="/piskotki">Piškotki</a> · <a href="/kontakt">Kontakt</a></p></footer>
</body></html>
"""
write(F, T)
C="Vipavski živilski grozd"
gold(F,
 [P("Maja Furlan","koordinatorka grozda",C),
  P("Tadej PETRIČ-KRAŠNA","župan","Občina Ajdovščina"),
  P("Irena Vrtovec Lozej","predsednica",C),
  P("Jernej Pavšič",None,"Biotehniške fakultete Univerze v Ljubljani"),
  P("Urška Kos","svetovalka","Enterprise Europe Network Slovenija"),
  P("Luka Konec",None,"Fermentum d.o.o."),
  P("Nina Bratina",None,"Fermentum d.o.o."),
  P("Marko Rutar","direktor","Mlekarne Planika"),
  P("Ana Kravanja","vodja projektov","PRC")],
 [O(C), O("Razvojna agencija ROD Ajdovščina"), O("Posoški razvojni center","PRC"), O("Občina Ajdovščina"),
  O("Biotehniške fakultete Univerze v Ljubljani"), O("Enterprise Europe Network Slovenija"), O("Fermentum d.o.o."),
  O("Mlekarne Planika"), O("Kmetijsko gozdarski zavod Nova Gorica"), O("Občina Tolmin"), O("Sadjarstvo Vrhovec")],
 [E("Dnevi živilskega grozda 2042","2042-05-21","2042-05-22","Ajdovščina, Tolmin","Slovenia"),
  E("srečanja B2B","2042-05-21",None,"Ajdovščina","Slovenia"),
  E("slavnostna večerja","2042-05-21",None,"Vipava","Slovenia"),
  E("priznanje »Inovacija doline 2042«","2042-05-21",None,"Vipava","Slovenia"),
  E("obisk mlekarne Planika v Kobaridu in sirarne na planini Kuhinja","2042-05-22",None,"Kobarid","Slovenia"),
  E("delavnica o vodi za namakanje","2042-05-22",None,"Tolmin","Slovenia"),
  E("Dnevi živilskega grozda (2036 edition)","2036-05-12",None,"Ajdovščina","Slovenia"),
  E("Dnevi živilskega grozda (2037 edition)","2037-05-19","2037-05-20","Vipava","Slovenia"),
  E("Dnevi živilskega grozda (2038 edition)","2038-05-17",None,"Ajdovščina","Slovenia"),
  E("Dnevi živilskega grozda (2039 edition)","2039-05-24","2039-05-25","Nova Gorica","Slovenia"),
  E("Dnevi živilskega grozda (2040 edition)","2040-05-20","2040-05-21","Ajdovščina","Slovenia"),
  E("Dnevi živilskega grozda (2041 edition)","2041-05-25","2041-05-26","Vipava","Slovenia"),
  E("seja Upravnega odbora grozda","2042-06-17",None,None,None),
  E("Občni zbor grozda","2042-09-30",None,"Ajdovščina","Slovenia")],
 ["2042-05-29","2042-05-21/2042-05-22","2042-05-21","2042-05-22","2036-05-12","2037-05-19/2037-05-20","2038-05-17",
  "2039-05-24/2039-05-25","2040-05-20/2040-05-21","2041-05-25/2041-05-26","2042-06-17","2042-09-30","2042-07"],
 ["Vipavska dolina potrebuje skupni sistem za namakanje, ki ga bodo upravljali kmetje sami",
  "Mladi bodo ostali na kmetijah le, če bodo lahko svoje izdelke prodajali neposredno in po pošteni ceni",
  "Grozd naj poveže živilska podjetja iz doline s turističnimi ponudniki v Posočju",
  "Sodelovanje s Furlanijo naj se nadaljuje s skupnim projektom za predelavo stranskih proizvodov"],
 pub="2042-05-29")
