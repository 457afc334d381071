from h import *
F = 'g11_ptuj_grozd_novice.html'
assert wd(2042,3,12)=='Wednesday' and wd(2042,3,26)=='Wednesday' and wd(2042,4,9)=='Wednesday' and wd(2042,4,16)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="sl"><head><meta charset="utf-8"><title>Novice | Grozd trajnostne prehrane Podravje</title></head>
<body>
<div id="piskotki">Spletna stran uporablja piškotke za boljšo uporabniško izkušnjo. <a href="/piskotki">Več o piškotkih</a> <button>Se strinjam</button></div>
<header><p class="logo">Grozd trajnostne prehrane Podravje</p>
<nav><a href="/">Domov</a> | <a href="/o-grozdu">O grozdu</a> | <a href="/clani">Člani</a> | <a href="/projekti">Projekti</a> | <a href="/novice">Novice</a> | <a href="/dogodki">Dogodki</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="pot">Domov » Novice</p>

<article>
<h1>Delavnica o kratkih dobavnih verigah: kmetje in kuhinje za isto mizo</h1>
<p class="objava">Objavljeno: 14. 3. 2042 | Avtorica: Urška Korošec</p>
<p>V sredo, 12. marca 2042, je v Ptuju potekala delavnica »Lokalno na krožnik«, ki jo je Grozd trajnostne prehrane Podravje pripravil skupaj s partnerjem, Znanstvenoraziskovalno središče Bistra Ptuj (ZRS Bistra). Udeležilo se je je 46 kmetov, predstavnikov šolskih kuhinj, vrtcev in domov za starejše občane.</p>
<p>Uvodoma je udeležence pozdravila mag. Nataša Vidovič Horvat, direktorica grozda. Sledili sta predstavitvi: dr. Matjaž Frangež (Fakulteta za kmetijstvo in biosistemske vede, Univerza v Mariboru) ter Jože Muršič, vodja kuhinje na OŠ Ljudski vrt. Popoldne so udeleženci v treh skupinah iskali rešitve za skupno naročanje in dostavo. Največ razprave je sprožilo vprašanje, kdo bo nosil stroške prevoza manjših količin.</p>
<p><strong>Ključna sporočila delavnice:</strong></p>
<ul>
<li>Javni zavodi bi kupovali več lokalne hrane, če bi jo lahko naročali prek enega skupnega naročilnega sistema</li>
<li>Kmetje potrebujejo skupno hladilnico in logistično točko na območju Ptuja</li>
<li>Pri javnih naročilih je treba bolje izkoristiti merilo kakovosti in svežine</li>
</ul>
<p><a href="/novice/delavnica-lokalno">Preberi več</a></p>
</article>

<article>
<h2>Srečanje partnerjev projekta AgriChain v Ptuju</h2>
<p class="objava">Objavljeno: 28. 3. 2042</p>
<p>Od 25. do 26. marca 2042 smo gostili tretje srečanje partnerjev projekta AgriChain. V Ptuj so prišli predstavniki Agentúra pre rozvoj vidieka (Nitra), Regionalna razvojna agencija Međimurje REDEA iz Čakovca, Wirtschaftskammer Steiermark iz Gradca ter Mezőgazdasági Klaszter Zala. Prvi dan: obisk zadruge KZ Ptuj in sadjarstva Kmetija Toplak-Lah. Drugi dan, v sredo, 26. marca, so na delovnem sestanku potrdili načrt pilotnih akcij za leto 2043.</p>
<p>Projekt vodi Nina Šalamun, vodja projektov v grozdu. Naslednje srečanje partnerjev bo septembra 2042 (Čakovec, Hrvaška).</p>
</article>

<article>
<h2>Grozd na dogodku »Grozdi in regije« v Mariboru</h2>
<p class="objava">Objavljeno: 3. 3. 2042</p>
<p>Direktorica grozda je 26. februarja 2042 sodelovala na dogodku »Grozdi in regije«, ki ga je organizirala Evropska platforma za sodelovanje grozdov (ECCP) skupaj s Štajersko gospodarsko zbornico. Kraj dogodka: Maribor, Kongresni center Habakuk. Predstavila je izkušnje grozda pri povezovanju kmetov in javnih kuhinj. Po besedah Vidovič Horvatove so predstavniki ministrstva pokazali zanimanje za to, da bi model iz Podravja preizkusili še v dveh regijah. Dogodka se je udeležilo okoli 120 predstavnikov grozdov, razvojnih agencij in občin iz Slovenije, Avstrije in Hrvaške, na njem pa je govoril tudi državni sekretar Aleš Cvetko-Zupan z Ministrstva za gospodarstvo, turizem in šport.</p>
</article>

<article>
<h2>Novice članov</h2>
<p>Perutnina Ptuj d.o.o. je odprla nov obrat za predelavo v Ormožu. Vinska klet Haloze z.o.o. je na ocenjevanju Decanter World Wine Awards prejela dve zlati medalji. Mladi prevzemnik Tilen Kovačič - Vaupotič je z družinsko kmetijo vstopil v grozd kot 58. član.</p>
</article>

<article>
<h2>Napovednik</h2>
<ul>
<li><strong>9. 4. 2042</strong> (sreda) – Občni zbor grozda, Ptuj, Mestna hiša, ob 16. uri</li>
<li><strong>16. 4. 2042</strong> (sreda) – spletni seminar »Nove intervencije SKP 2042–2047 za zadruge«</li>
<li><strong>15.–17. 5. 2042</strong> – skupna stojnica grozda na sejmu AGRA, Gornja Radgona</li>
<li>Rok za prijavo na skupno stojnico: 18. 4. 2042</li>
</ul>
<p>Na lanskem Občnem zboru (april 2041) so člani izvolili upravni odbor za mandat 2041–2045. Predsednik upravnega odbora je Boris Lah, podpredsednica pa Darja Kreft-Mlakar.</p>
</article>

<p class="deli">Deli: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-pošta</a></p>
</main>
<footer><p>Grozd trajnostne prehrane Podravje, GIZ · Dravska ulica 18, 2250 Ptuj · info@grozd-podravje.example.si</p>
<p>Delovanje grozda sofinancira Mestna občina Ptuj. © 2042 · <a href="/zasebnost">Varstvo osebnih podatkov</a></p></footer>
</body></html>
"""
write(F, T)
N="Grozd trajnostne prehrane Podravje"
gold(F,
 [P("Urška Korošec",None,None),
  P("Nataša Vidovič Horvat","direktorica grozda",N),
  P("Matjaž Frangež",None,"Fakulteta za kmetijstvo in biosistemske vede"),
  P("Jože Muršič","vodja kuhinje","OŠ Ljudski vrt"),
  P("Nina Šalamun","vodja projektov",N),
  P("Tilen Kovačič - Vaupotič","Mladi prevzemnik",None),
  P("Aleš Cvetko-Zupan","državni sekretar","Ministrstva za gospodarstvo, turizem in šport"),
  P("Boris Lah","Predsednik upravnega odbora",N),
  P("Darja Kreft-Mlakar","podpredsednica",N)],
 [O(N+", GIZ"), O("Znanstvenoraziskovalno središče Bistra Ptuj","ZRS Bistra"), O("Fakulteta za kmetijstvo in biosistemske vede"),
  O("Univerza v Mariboru"), O("OŠ Ljudski vrt"), O("Agentúra pre rozvoj vidieka"),
  O("Regionalna razvojna agencija Međimurje","REDEA"), O("Wirtschaftskammer Steiermark"), O("Mezőgazdasági Klaszter Zala"),
  O("KZ Ptuj"), O("Kmetija Toplak-Lah"), O("Perutnina Ptuj d.o.o."), O("Vinska klet Haloze z.o.o."), O("Mestna občina Ptuj"), O("Evropska platforma za sodelovanje grozdov","ECCP"), O("Štajersko gospodarsko zbornico"),
  O("Ministrstva za gospodarstvo, turizem in šport")],
 [E("Lokalno na krožnik","2042-03-12",None,"Ptuj","Slovenia"),
  E("tretje srečanje partnerjev projekta AgriChain","2042-03-25","2042-03-26","Ptuj","Slovenia"),
  E("obisk zadruge KZ Ptuj in sadjarstva Kmetija Toplak-Lah","2042-03-25",None,"Ptuj","Slovenia"),
  E("delovnem sestanku","2042-03-26",None,"Ptuj","Slovenia"),
  E("Naslednje srečanje partnerjev","2042-09",None,"Čakovec","Croatia"),
  E("Grozdi in regije","2042-02-26",None,"Maribor","Slovenia"),
  E("Decanter World Wine Awards",None,None,None,None),
  E("Občni zbor grozda","2042-04-09",None,"Ptuj","Slovenia"),
  E("Nove intervencije SKP 2042–2047 za zadruge","2042-04-16",None,None,None),
  E("AGRA","2042-05-15","2042-05-17","Gornja Radgona","Slovenia"),
  E("Občni zbor grozda (april 2041)","2041-04",None,None,None)],
 ["2042-03-14","2042-03-12","2042-03-28","2042-03-25/2042-03-26","2042-03-26","2043","2042-09","2042-04-09",
  "2042-04-16","2042-05-15/2042-05-17","2042-04-18","2041-04","2041/2045","2042-03-03","2042-02-26"],
 ["Javni zavodi bi kupovali več lokalne hrane, če bi jo lahko naročali prek enega skupnega naročilnega sistema",
  "Kmetje potrebujejo skupno hladilnico in logistično točko na območju Ptuja",
  "Pri javnih naročilih je treba bolje izkoristiti merilo kakovosti in svežine"],
 pub="2042-03-14")
