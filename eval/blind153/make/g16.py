from h import *
F = 'g16_koroska_lesni_grozd_studijski_obisk.html'
assert wd(2034,10,9)=='Monday' and wd(2034,10,10)=='Tuesday' and wd(2034,10,11)=='Wednesday' and wd(2034,11,16)=='Thursday'
T = """<!DOCTYPE html>
<html lang="sl"><head><meta charset="utf-8"><title>Študijski obisk na Štajerskem in Koroškem – Lesni grozd Koroška</title></head>
<body>
<div class="piskotki">Spletna stran uporablja piškotke za izboljšanje uporabniške izkušnje. <a href="/piskotki">Več o piškotkih</a> <button>Sprejmem</button> <button>Zavrni</button></div>
<header><p class="logo">Lesni grozd Koroška – Razvojna agencija Koroška</p>
<nav><a href="/">Domov</a> | <a href="/o-grozdu">O grozdu</a> | <a href="/clani">Člani</a> | <a href="/dogodki">Dogodki</a> | <a href="/novice">Novice</a> | <a href="/projekti">Projekti</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="pot">Domov › Novice › Dogodki</p>
<article>
<h1>Avstrijski lesarji tri dni na Koroškem: študijski obisk zaključen s podpisom pisma o nameri</h1>
<p class="datum">Objavljeno: 17. 10. 2034 · Avtorica: Tjaša Kotnik, Razvojna agencija Koroška</p>
<p>Od ponedeljka, 9., do srede, 11. oktobra 2034, je Lesni grozd Koroška gostil 22-člansko delegacijo avstrijskega lesnega grozda Holzcluster Steiermark in podjetij iz avstrijske Koroške. Študijski obisk je potekal v Slovenj Gradcu, Ravnah na Koroškem, Mislinji in Črni na Koroškem, organizirali pa smo ga skupaj s Štajersko gospodarsko zbornico in Centrom za podjetništvo in turizem Slovenj Gradec.</p>
<p>Delegacijo je vodil direktor Holzcluster Steiermark, mag. Erich Pölzl, pridružila pa se ji je tudi predstavnica Deželne vlade Koroške (Amt der Kärntner Landesregierung) Birgit Wallner-Ogris.</p>

<h2>Program obiska</h2>
<p><strong>Ponedeljek, 9. oktober 2034 – Slovenj Gradec</strong><br>
14.00 Sprejem na Mestni občini Slovenj Gradec, pozdravni nagovor: župan Tilen Klančnik-Verdnik<br>
15.00 Predstavitev Lesnega grozda Koroška in slovenske lesne strategije – vodja grozda Matej Ošlovnik<br>
19.00 Večerja dobrodošlice v Gostilni Murko</p>
<p><strong>Torek, 10. oktober 2034 – Mislinja in Ravne na Koroškem</strong><br>
9.00 Ogled podjetja Lesna Mislinja d.o.o. (proizvodnja lepljenih nosilcev)<br>
12.00 Delavnica o skupnih projektih, Šolski center Ravne na Koroškem<br>
15.00 Obisk Koroškega tehnološkega parka in startupa WoodSense<br>
19.30 Večerja grozda na Uršlji gori</p>
<p><strong>Sreda, 11. oktober 2034 – Črna na Koroškem</strong><br>
9.00 Ogled gozdnih površin Podjuna in žage Pušnik<br>
12.00 Zaključno srečanje in podpis pisma o nameri med obema grozdoma</p>

<p>Na torkovi delavnici v Šolskem centru Ravne na Koroškem so udeleženci v treh skupinah razpravljali o montažni leseni gradnji, o rabi lesa slabše kakovosti za izolacijske materiale in o kadrih. Avstrijski gostje so predstavili model, po katerem podjetja in šole skupaj oblikujejo programe za mizarje in tesarje, slovenski del pa izkušnje z digitalnim sledenjem hlodovine od gozda do žage. Največ zanimanja je bilo za skupno nastopanje na trgih severne Italije, kjer je povpraševanje po lesenih hišah v zadnjih letih močno naraslo. Dijaki lesarske smeri so goste popeljali tudi po šolski delavnici.</p>
<p>V treh dneh so udeleženci opravili 41 bilateralnih pogovorov. Direktorica Razvojne agencije Koroška, dr. Karmen Sadnikar, je poudarila, da je sodelovanje čez mejo za koroška podjetja naravno: »Les in ljudje že stoletja potujejo čez Karavanke, zdaj moramo to povezati še s projekti in trgi.«</p>

<h2>Ključne ugotovitve obiska</h2>
<p>Ob zaključku sta grozda skupaj zapisala naslednje ugotovitve:</p>
<ul>
<li>Avstrijska in slovenska podjetja se dopolnjujejo: prva imajo znanje v montažni gradnji, druga proizvodne zmogljivosti in surovino</li>
<li>Pri izobraževanju lesarjev je smiselna izmenjava dijakov med Ravnami in Kuchlom</li>
<li>Grozda bosta pripravila skupni predlog za program Interreg Slovenija–Avstrija</li>
</ul>

<h2>Kaj sledi</h2>
<p>Povratni obisk slovenskih podjetij v Gradcu in Celovcu bo predvidoma spomladi 2035. Pred tem se bosta vodstvi grozdov srečali na sejmu Holzmesse v Celovcu. Člane vabimo tudi na skupščino Lesnega grozda Koroška, ki bo v četrtek, 16. novembra 2034, v Ravnah na Koroškem.</p>
<p>Zapisnik obiska in predstavitve so na voljo članom grozda v intranetu. Fotografije z obiska si lahko ogledate v galeriji na naši spletni strani.</p>
<p>Obisk je sofinanciran v okviru javnega razpisa SPIRIT Slovenija za podporo grozdom 2033–2035.</p>
<p class="deli">Deli: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-pošta</a></p>
</article>
</main>
<footer><p>Razvojna agencija Koroška, Meža 10, 2370 Dravograd · info@rra-koroska.example.si</p>
<p>© 2034 Lesni grozd Koroška · <a href="#">Zasebnost</a> · <a href="#">Piškotki</a> · <a href="#">Kazalo strani</a></p></footer>
</body></html>
"""
write(F, T)
LG="Lesni grozd Koroška"; RA="Razvojna agencija Koroška"
gold(F,
 [P("Tjaša Kotnik",None,RA), P("Erich Pölzl","direktor","Holzcluster Steiermark"),
  P("Birgit Wallner-Ogris","predstavnica","Amt der Kärntner Landesregierung"),
  P("Tilen Klančnik-Verdnik","župan","Mestni občini Slovenj Gradec"),
  P("Matej Ošlovnik","vodja grozda",LG), P("Karmen Sadnikar","Direktorica",RA)],
 [O(LG), O(RA), O("Holzcluster Steiermark"), O("Štajersko gospodarsko zbornico"), O("Centrom za podjetništvo in turizem Slovenj Gradec"),
  O("Amt der Kärntner Landesregierung"), O("Mestni občini Slovenj Gradec"), O("Lesna Mislinja d.o.o."),
  O("Šolski center Ravne na Koroškem"), O("Koroškega tehnološkega parka"), O("WoodSense"), O("žage Pušnik"), O("SPIRIT Slovenija")],
 [E("Študijski obisk","2034-10-09","2034-10-11","Slovenj Gradec, Ravne na Koroškem, Mislinja, Črna na Koroškem","Slovenia"),
  E("Sprejem na Mestni občini Slovenj Gradec","2034-10-09",None,"Slovenj Gradec","Slovenia"),
  E("Večerja dobrodošlice","2034-10-09",None,"Slovenj Gradec","Slovenia"),
  E("Ogled podjetja Lesna Mislinja d.o.o.","2034-10-10",None,"Mislinja","Slovenia"),
  E("Delavnica o skupnih projektih","2034-10-10",None,"Ravne na Koroškem","Slovenia"),
  E("Obisk Koroškega tehnološkega parka in startupa WoodSense","2034-10-10",None,"Ravne na Koroškem","Slovenia"),
  E("Večerja grozda","2034-10-10",None,None,"Slovenia"),
  E("Ogled gozdnih površin Podjuna in žage Pušnik","2034-10-11",None,"Črna na Koroškem","Slovenia"),
  E("Zaključno srečanje","2034-10-11",None,"Črna na Koroškem","Slovenia"),
  E("Povratni obisk","2035",None,"Gradcu, Celovcu","Austria"),
  E("Holzmesse",None,None,"Celovcu","Austria"),
  E("skupščina Lesnega grozda Koroška","2034-11-16",None,"Ravne na Koroškem","Slovenia")],
 ["2034-10-17","2034-10-09/2034-10-11","2034-10-09","2034-10-10","2034-10-11","2035","2034-11-16","2033/2035"],
 ["Avstrijska in slovenska podjetja se dopolnjujejo: prva imajo znanje v montažni gradnji, druga proizvodne zmogljivosti in surovino",
  "Pri izobraževanju lesarjev je smiselna izmenjava dijakov med Ravnami in Kuchlom",
  "Grozda bosta pripravila skupni predlog za program Interreg Slovenija–Avstrija"],
 pub="2034-10-17")
