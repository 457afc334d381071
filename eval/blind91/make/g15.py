from h import *
F = 'g15_istra_klaster_izvjesce_o_radu_2036.html'
assert wd(2037,2,19)=='Thursday' and wd(2036,5,13)=='Tuesday' and wd(2036,10,8)=='Wednesday' and wd(2036,12,11)=='Thursday'
T = """<!DOCTYPE html>
<html lang="hr"><head><meta charset="utf-8"><title>Izvješće o radu za 2036. godinu – Istarski klaster nautike i pomorske tehnologije</title></head>
<body>
<div class="kolacici">Ova stranica koristi kolačiće. Nastavkom pregledavanja pristajete na njihovu upotrebu. <a href="/kolacici">Saznajte više</a> <button>U redu</button></div>
<header><div class="logo">INPT – Istarski klaster nautike i pomorske tehnologije</div>
<nav><a href="/">Naslovnica</a> | <a href="/o-nama">O nama</a> | <a href="/clanovi">Članovi</a> | <a href="/projekti">Projekti</a> | <a href="/novosti" class="aktivno">Novosti</a> | <a href="/dokumenti">Dokumenti</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a> | <a href="/it">IT</a></nav></header>
<main>
<p class="put">Naslovnica » Dokumenti » Izvješća</p>
<h1>Izvješće o radu za 2036. godinu</h1>
<p class="datum">Objavljeno: 24. veljače 2037. | Autor: Tajništvo klastera</p>
<p><em>Izvješće je usvojila Skupština klastera na sjednici održanoj u četvrtak, 19. veljače 2037. u Puli.</em></p>

<h2>Uvodna riječ predsjednika</h2>
<p>Poštovani članovi, 2036. godina bila je za naš klaster godina rasta. Broj članova porastao je s 48 na 61, pokrenuli smo dva nova europska projekta i prvi put smo se predstavili na sajmu nautike u Düsseldorfu zajedničkim štandom. Zahvaljujem svim članovima i našim javnim partnerima (Istarska županija, Grad Pula) na potpori. – Dario Matić, predsjednik Upravnog odbora</p>

<h2>Ključni rezultati</h2>
<ul>
<li>Broj članova klastera porastao je na 61, od čega su 43 mala i srednja poduzeća</li>
<li>Na zajedničkom štandu na sajmu boot Düsseldorf dvanaest članova sklopilo je ugovore vrijedne ukupno 2,1 milijun eura</li>
<li>Kroz program prekvalifikacije osposobljeno je 64 brodograđevnih radnika za izradu kompozitnih plovila</li>
<li>Klaster je s partnerima iz Italije i Slovenije dobio dva projekta programa Interreg Italija–Hrvatska ukupne vrijednosti 1,9 milijuna eura</li>
</ul>

<h2>Događanja u 2036. godini</h2>
<table>
<tr><th>Datum</th><th>Događanje</th><th>Mjesto</th></tr>
<tr><td>20.–28. siječnja 2036.</td><td>Sajam boot Düsseldorf, zajednički štand klastera</td><td>Düsseldorf</td></tr>
<tr><td>13. svibnja 2036.</td><td>Dan otvorenih vrata brodogradilišta Uljanik Nova</td><td>Pula</td></tr>
<tr><td>9.–11. lipnja 2036.</td><td>Studijsko putovanje u klaster Friuli Venezia Giulia MareFVG</td><td>Trst</td></tr>
<tr><td>8. listopada 2036.</td><td>Konferencija „Plava ekonomija Istre”</td><td>Rovinj</td></tr>
<tr><td>11. prosinca 2036.</td><td>Božićni susret članova</td><td>Poreč</td></tr>
</table>
<p>Konferencija „Plava ekonomija Istre” okupila je 190 sudionika. Uvodno izlaganje održala je dr. sc. Ivana Radetić-Bencetić (Tehnički fakultet Sveučilišta u Rijeci), a na panelu su sudjelovali Marko Jurišević, direktor tvrtke Adria Composite d.o.o., Silvia Benussi (Istarska razvojna agencija – IDA) i Luka Kos, pomoćnik ministra (Ministarstvo mora, prometa i infrastrukture).</p>

<h2>Projekti</h2>
<p>U 2036. godini klaster je provodio tri projekta: BLUE-SKILLS (Interreg Italija–Hrvatska; partneri: Sveučilište Jurja Dobrile u Puli i Consorzio Navale Veneto), NAUTI-GREEN (partner: Pomorski fakultet u Rijeci) i regionalni projekt digitalizacije marina, koji financira Istarska županija.</p>

<h2>Članstvo</h2>
<p>Klasteru su se u 2036. godini pridružili: Navis Dizajn d.o.o., Jedra Umag d.o.o., Servis plovila Medulin, Kompoziti Labin d.o.o., Hidro-Tehnika Vodnjan, Obrt za brodsku elektroniku Rabac, Marina Poreč d.o.o., Lučka uprava Pula, Srednja tehnička škola Pula, Ribarska zadruga Istra, Eko-Premaz d.o.o., Nautička škola Medulin i Istra Yachting Services. Gotovo polovina novih članova dolazi iz sektora servisa i opreme za plovila.</p>

<h2>Upravljanje</h2>
<p>Upravni odbor u 2036. godini činili su: Dario Matić (predsjednik, Brodogradilište Matić d.o.o.), Elena Zubin (potpredsjednica, Marina Veruda d.d.), Tomislav Perković (Hrvatska gospodarska komora – Županijska komora Pula) i Sanja Rocco (Istarsko veleučilište). Tajnica klastera je Maja Šimunović. Upravni odbor održao je devet sjednica.</p>
<p>Prihodi klastera iznosili su 386.000 eura, od čega 22 % čine članarine. Financijsko izvješće pregledala je revizorska tvrtka Revizija Istra d.o.o.</p>

<h2>Plan za 2037.</h2>
<p>U 2037. klaster planira otvoriti zajednički ispitni laboratorij za kompozitne materijale u Puli, povećati broj članova na 75 i organizirati drugu konferenciju „Plava ekonomija Istre” u listopadu 2037. Skupština je usvojila i Strategiju razvoja klastera 2037.–2041.</p>

<p><a href="/dokumenti/izvjesce-2036.pdf">Preuzmite cjelovito izvješće (PDF, 2,4 MB)</a> · <a href="/dokumenti/financijsko-2036.pdf">Financijsko izvješće</a></p>
<div class="dijeli">Podijeli: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-pošta</a></div>
</main>
<footer><p>Istarski klaster nautike i pomorske tehnologije · Riva 14, 52100 Pula · OIB 00000000000 · info@inpt.example.hr</p>
<p>Članovi: Brodogradilište Matić d.o.o. · Adria Composite d.o.o. · Marina Veruda d.d. · Istarsko veleučilište · Sveučilište Jurja Dobrile u Puli · i drugi</p>
<p>© 2037 INPT · <a href="/privatnost">Zaštita privatnosti</a> · <a href="/impresum">Impresum</a></p></footer>
</body></html>
"""
write(F, T)
I="Istarski klaster nautike i pomorske tehnologije"
gold(F,
 [P("Dario Matić","predsjednik Upravnog odbora",I),
  P("Ivana Radetić-Bencetić",None,"Tehnički fakultet Sveučilišta u Rijeci"),
  P("Marko Jurišević","direktor","Adria Composite d.o.o."),
  P("Silvia Benussi",None,"Istarska razvojna agencija"),
  P("Luka Kos","pomoćnik ministra","Ministarstvo mora, prometa i infrastrukture"),
  P("Elena Zubin","potpredsjednica",I),
  P("Tomislav Perković",None,"Hrvatska gospodarska komora – Županijska komora Pula"),
  P("Sanja Rocco",None,"Istarsko veleučilište"),
  P("Maja Šimunović","Tajnica klastera",I)],
 [O(I,"INPT"), O("Istarska županija"), O("Grad Pula"), O("Uljanik Nova"), O("MareFVG"),
  O("Tehnički fakultet Sveučilišta u Rijeci"), O("Adria Composite d.o.o."), O("Istarska razvojna agencija","IDA"),
  O("Ministarstvo mora, prometa i infrastrukture"), O("Sveučilište Jurja Dobrile u Puli"), O("Consorzio Navale Veneto"),
  O("Pomorski fakultet u Rijeci"), O("Brodogradilište Matić d.o.o."), O("Marina Veruda d.d."),
  O("Hrvatska gospodarska komora – Županijska komora Pula"), O("Istarsko veleučilište"), O("Revizija Istra d.o.o."), O("Navis Dizajn d.o.o."), O("Jedra Umag d.o.o."), O("Servis plovila Medulin"), O("Kompoziti Labin d.o.o."), O("Hidro-Tehnika Vodnjan"), O("Obrt za brodsku elektroniku Rabac"), O("Marina Poreč d.o.o."), O("Lučka uprava Pula"), O("Srednja tehnička škola Pula"), O("Ribarska zadruga Istra"), O("Eko-Premaz d.o.o."), O("Nautička škola Medulin"), O("Istra Yachting Services")],
 [E("Skupština klastera","2037-02-19",None,"Pula","Croatia"),
  E("boot Düsseldorf","2036-01-20","2036-01-28","Düsseldorf","Germany"),
  E("Dan otvorenih vrata brodogradilišta Uljanik Nova","2036-05-13",None,"Pula","Croatia"),
  E("Studijsko putovanje u klaster Friuli Venezia Giulia MareFVG","2036-06-09","2036-06-11","Trst","Italy"),
  E("Plava ekonomija Istre","2036-10-08",None,"Rovinj","Croatia"),
  E("Božićni susret članova","2036-12-11",None,"Poreč","Croatia"),
  E("Plava ekonomija Istre","2037-10",None,None,None)],
 ["2037-02-24","2037-02-19","2036","2036-01-20/2036-01-28","2036-05-13","2036-06-09/2036-06-11","2036-10-08","2036-12-11","2037","2037-10","2037/2041"],
 ["Broj članova klastera porastao je na 61, od čega su 43 mala i srednja poduzeća",
  "Na zajedničkom štandu na sajmu boot Düsseldorf dvanaest članova sklopilo je ugovore vrijedne ukupno 2,1 milijun eura",
  "Kroz program prekvalifikacije osposobljeno je 64 brodograđevnih radnika za izradu kompozitnih plovila",
  "Klaster je s partnerima iz Italije i Slovenije dobio dva projekta programa Interreg Italija–Hrvatska ukupne vrijednosti 1,9 milijuna eura"],
 "2037-02-24")
