from h import *
F = 'g01_rra_zasavje_koledar_dogodkov.html'
T = f"""<!DOCTYPE html>
<html lang="sl"><head><meta charset="utf-8"><title>Koledar dogodkov | RRA Zasavje</title></head>
<body>
<div id="piskotki">Spletno mesto uporablja piškotke za analitiko in boljšo uporabniško izkušnjo. <a href="#">Sprejmem</a> <a href="#">Zavrnem</a> <a href="#">Nastavitve piškotkov</a></div>
<header><a href="/">RRA Zasavje</a>
<nav><a href="/o-nas">O nas</a> | <a href="/projekti">Projekti</a> | <a href="/razpisi">Razpisi</a> | <a href="/dogodki">Dogodki</a> | <a href="/novice">Novice</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="drobtine">Domov / Dogodki / Koledar</p>
<h1>Koledar dogodkov 2033</h1>
<p>Regionalna razvojna agencija Zasavje (RRA Zasavje) skupaj s partnerji pripravlja dogodke za podjetja, grozde in raziskovalce v Zasavju. Udeležba na večini dogodkov je brezplačna, obvezna pa je predhodna prijava. Koledar sproti dopolnjujemo; zadnja posodobitev: 2. 9. 2033.</p>
<p>Filtriraj: <a href="#">Vsi</a> · <a href="#">Delavnice</a> · <a href="#">Konference</a> · <a href="#">Spletni seminarji</a> · <a href="#">B2B</a></p>

<h2>September 2033</h2>
<div class="kartica">
<h3>Zasavski dan krožnega gospodarstva</h3>
<p>📅 {w(2033,9,22,'sl')}, 22. 9. 2033 · 🕘 9.00–15.30<br>📍 Delavski dom Trbovlje, Trg svobode 11a, Trbovlje<br>Organizator: RRA Zasavje in Grozd krožnih materialov Zasavje</p>
<p>Osrednji regionalni dogodek o predelavi industrijskih ostankov, pepela in gradbenih odpadkov. Uvodni nagovor bo imela mag. Tjaša Kolenc Ribič, direktorica RRA Zasavje, o novem programu podpore pa bo govoril dr. Aleš ŠKERLJ, vodja Sektorja za regionalni razvoj (Ministrstvo za kohezijo in regionalni razvoj). Okroglo mizo bo vodila vodja grozda Mateja Drnovšek Zupan.</p>
<p><a href="#">Prijava</a> · <a href="#">Program (PDF)</a></p>
</div>
<div class="kartica">
<h3>Delavnica: Kako do vavčerja za digitalizacijo</h3>
<p>📅 {w(2033,9,29,'sl')}, 29. 9. 2033 · 🕘 10.00–12.00<br>📍 Podjetniški inkubator Hrastnik, Log 28, Hrastnik<br>Organizator: SPOT svetovanje Zasavje</p>
<p>Praktična delavnica za mikro in mala podjetja. Izvajalka: Urška Kovač, svetovalka SPOT svetovanje Zasavje.</p>
<p><a href="#">Prijava</a></p>
</div>

<h2>Oktober 2033</h2>
<div class="kartica">
<h3>Spletni seminar »Vodik v energetsko intenzivni industriji«</h3>
<p>📅 {w(2033,10,6,'sl')}, 6. 10. 2033 · 🕘 13.00–14.30<br>📍 spletno (Zoom)<br>Organizator: Grozd za energetsko tranzicijo Posavje–Zasavje v sodelovanju s Kemijskim inštitutom</p>
<p>Predavata prof. dr. Miha Jerman (Kemijski inštitut) in Nina van der Linde, vodja projektov pri podjetju HyNorth B.V. iz Groningena. Moderira Gregor Sotlar.</p>
<p><a href="#">Prijava</a></p>
</div>
<div class="kartica">
<h3>B2B srečanje dobaviteljev za steklarsko industrijo</h3>
<p>📅 {w(2033,10,14,'sl')}, 14. 10. 2033 · 🕘 9.00–13.00<br>📍 Steklarna Hrastnik, konferenčna dvorana, Hrastnik<br>Organizator: RRA Zasavje, Enterprise Europe Network Slovenija</p>
<p>Vnaprej dogovorjeni 20-minutni sestanki med dobavitelji in kupci. Rok za prijavo profila: 7. 10. 2033. Kontakt: Petra Lipovšek, koordinatorka Enterprise Europe Network Slovenija na RRA Zasavje.</p>
<p><a href="#">Prijava</a></p>
</div>
<div class="kartica">
<h3>Zasavski podjetniški zajtrk</h3>
<p>📅 {w(2033,10,21,'sl')}, 21. 10. 2033 · 🕘 8.00–9.30<br>📍 Hotel Medija, Izlake<br>Organizator: Območna obrtno-podjetniška zbornica Zagorje ob Savi (OOZ Zagorje ob Savi)</p>
<p>Gost zajtrka bo Marko Zupančič-Hribar, direktor podjetja Termit d.d., ki bo predstavil naložbo v novo linijo za predelavo kremenčevega peska.</p>
<p><a href="#">Prijava</a></p>
</div>

<h2>November 2033</h2>
<div class="kartica">
<h3>Konferenca Zasavje 2040: industrija po premogu</h3>
<p>📅 {w(2033,11,9,'sl')} in {w(2033,11,10,'sl')}, 9. in 10. 11. 2033<br>📍 Kulturni center Delavski dom Zagorje, Zagorje ob Savi<br>Organizator: RRA Zasavje, Občina Trbovlje, Občina Zagorje ob Savi in Občina Hrastnik</p>
<p>Dvodnevna konferenca ob koncu projekta pravičnega prehoda. Prvi dan bodo sodelovali župan Občine Trbovlje Jure Forte, županja Občine Hrastnik Mojca Pečnik in Karmen Haller von Dornstein, Generalni direktorat Evropske komisije za regionalno in mestno politiko (DG REGIO). Drugi dan je namenjen delavnicam in ogledu podjetij: ob 14.00 bo ogled obrata Dewesoft v Trbovljah. Večerja za govornike in partnerje bo 9. 11. ob 19.30 v Gostilni Pri Knapu.</p>
<p><a href="#">Prijava</a> · <a href="#">Več o konferenci</a></p>
</div>
<div class="kartica">
<h3>Informativni dan za javni razpis za spodbujanje zagonskih podjetij</h3>
<p>📅 {w(2033,11,24,'sl')}, 24. 11. 2033 · 🕘 11.00–13.00<br>📍 RRA Zasavje, Grajska 2, Trbovlje<br>Organizator: Slovenski podjetniški sklad (SPS)</p>
<p>Predstavitev razpisa in pogojev. Predstavnik sklada: Rok Verbič. Zadnji rok za oddajo vlog po razpisu je 15. 1. 2034.</p>
<p><a href="#">Prijava</a></p>
</div>

<h2>December 2033</h2>
<div class="kartica">
<h3>Novoletno srečanje zasavskih grozdov</h3>
<p>📅 {w(2033,12,11,'sl')}, 11. 12. 2033 · 🕘 17.00<br>📍 Rudarski muzej, Trbovlje<br>Organizator: RRA Zasavje</p>
<p>Pregled leta, podelitev priznanja »Zasavski grozd leta« in druženje. Vabljeni člani vseh treh zasavskih grozdov.</p>
<p><a href="#">Prijava</a></p>
</div>

<h2>Pretekli dogodki</h2>
<ul>
<li>Poletna šola za mlade podjetnike, 7.–11. 7. 2033, Trbovlje</li>
<li>Dan odprtih vrat Tehnološkega centra Zasavje, 12. 6. 2033</li>
<li>Zasavski dan krožnega gospodarstva 2032, 23. 9. 2032, Hrastnik</li>
</ul>
<p><a href="#">Arhiv dogodkov</a> · <a href="#">Naroči se na e-novice</a></p>
</main>
<footer><p>RRA Zasavje, Grajska 2, 1420 Trbovlje · T: 03 56 00 000 · info@rra-zasavje.example.si</p>
<p>Projekt sofinancirata Republika Slovenija in Evropska unija iz Sklada za pravični prehod.</p>
<p>© 2033 RRA Zasavje · <a href="#">Izjava o dostopnosti</a> · <a href="#">Varstvo osebnih podatkov</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Tjaša Kolenc Ribič", "direktorica", "RRA Zasavje"),
  P("Aleš ŠKERLJ", "vodja Sektorja za regionalni razvoj", "Ministrstvo za kohezijo in regionalni razvoj"),
  P("Mateja Drnovšek Zupan", "vodja grozda", "Grozd krožnih materialov Zasavje"),
  P("Urška Kovač", "svetovalka", "SPOT svetovanje Zasavje"),
  P("Miha Jerman", None, "Kemijski inštitut"),
  P("Nina van der Linde", "vodja projektov", "HyNorth B.V."),
  P("Gregor Sotlar", None, None),
  P("Petra Lipovšek", "koordinatorka", "Enterprise Europe Network Slovenija"),
  P("Marko Zupančič-Hribar", "direktor", "Termit d.d."),
  P("Jure Forte", "župan", "Občina Trbovlje"),
  P("Mojca Pečnik", "županja", "Občina Hrastnik"),
  P("Karmen Haller von Dornstein", None, "Generalni direktorat Evropske komisije za regionalno in mestno politiko"),
  P("Rok Verbič", "Predstavnik", "Slovenski podjetniški sklad")],
 [O("Regionalna razvojna agencija Zasavje", "RRA Zasavje"), O("Grozd krožnih materialov Zasavje"),
  O("Ministrstvo za kohezijo in regionalni razvoj"), O("SPOT svetovanje Zasavje"), O("Podjetniški inkubator Hrastnik"),
  O("Grozd za energetsko tranzicijo Posavje–Zasavje"), O("Kemijski inštitut"), O("HyNorth B.V."), O("Steklarna Hrastnik"),
  O("Enterprise Europe Network Slovenija"), O("Območna obrtno-podjetniška zbornica Zagorje ob Savi", "OOZ Zagorje ob Savi"),
  O("Termit d.d."), O("Občina Trbovlje"), O("Občina Zagorje ob Savi"), O("Občina Hrastnik"),
  O("Generalni direktorat Evropske komisije za regionalno in mestno politiko", "DG REGIO"), O("Dewesoft"),
  O("Slovenski podjetniški sklad", "SPS"), O("Tehnološkega centra Zasavje"), O("Evropska unija")],
 [E("Zasavski dan krožnega gospodarstva", "2033-09-22", None, "Trbovlje", "Slovenia"),
  E("Delavnica: Kako do vavčerja za digitalizacijo", "2033-09-29", None, "Hrastnik", "Slovenia"),
  E("Vodik v energetsko intenzivni industriji", "2033-10-06"),
  E("B2B srečanje dobaviteljev za steklarsko industrijo", "2033-10-14", None, "Hrastnik", "Slovenia"),
  E("Zasavski podjetniški zajtrk", "2033-10-21", None, "Izlake", "Slovenia"),
  E("Konferenca Zasavje 2040: industrija po premogu", "2033-11-09", "2033-11-10", "Zagorje ob Savi", "Slovenia"),
  E("ogled obrata Dewesoft", "2033-11-10", None, "Trbovljah", "Slovenia"),
  E("Večerja za govornike in partnerje", "2033-11-09", None, None, "Slovenia"),
  E("Informativni dan za javni razpis za spodbujanje zagonskih podjetij", "2033-11-24", None, "Trbovlje", "Slovenia"),
  E("Novoletno srečanje zasavskih grozdov", "2033-12-11", None, "Trbovlje", "Slovenia"),
  E("Poletna šola za mlade podjetnike", "2033-07-07", "2033-07-11", "Trbovlje", "Slovenia"),
  E("Dan odprtih vrat Tehnološkega centra Zasavje", "2033-06-12"),
  E("Zasavski dan krožnega gospodarstva 2032", "2032-09-23", None, "Hrastnik", "Slovenia")],
 ["2033-09-02", "2033-09-22", "2033-09-29", "2033-10-06", "2033-10-14", "2033-10-07", "2033-10-21",
  "2033-11-09/2033-11-10", "2033-11-09", "2033-11-24", "2034-01-15", "2033-12-11", "2033-07-07/2033-07-11", "2033-06-12",
  "2032-09-23", "2033-09", "2033-10", "2033-11", "2033-12"],
 [], pub="2033-09-02")
