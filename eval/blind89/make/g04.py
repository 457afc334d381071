from h import *
F = 'g04_pomurje_serija_webinarjev.html'
S=[(2039,2,8,'torek','Tuesday'),(2039,2,22,'torek','Tuesday'),(2039,3,8,'torek','Tuesday'),(2039,3,22,'torek','Tuesday'),(2039,3,31,'četrtek','Thursday')]
for y,m,d,_,w in S: assert wd(y,m,d)==w
T = """<!DOCTYPE html>
<html lang="sl"><head><meta charset="utf-8"><title>Serija webinarjev in informativni dan – Pomurski Energetski Grozd</title></head>
<body>
<div id="piskotki">Spletna stran uporablja piškotke za analitiko. <a href="/piskotki">Več o piškotkih</a> <button>Sprejmem</button> <button>Zavrnem</button></div>
<header><p class="logo">Pomurski Energetski Grozd · PEG</p>
<nav><a href="/">Domov</a> · <a href="/o-nas">O nas</a> · <a href="/clani">Člani</a> · <a href="/projekti">Projekti</a> · <a href="/dogodki">Dogodki</a> · <a href="/novice">Novice</a> · <a href="/kontakt">Kontakt</a> · <a href="/en">EN</a></nav></header>
<main>
<p class="pot">Domov / Dogodki / Serija webinarjev 2039</p>
<h1>Energetska prenova podjetij: serija štirih webinarjev in informativni dan v Murski Soboti</h1>
<p class="meta">Objavljeno 17. januarja 2039 · Avtorica: Petra Horvat · Deli: <a href="#">Facebook</a> <a href="#">LinkedIn</a></p>

<p>Pomurski Energetski Grozd (PEG) skupaj s Pomursko izobraževalno fundacijo in Razvojnim centrom Murska Sobota pripravlja novo serijo brezplačnih spletnih srečanj za mala in srednja podjetja, ki razmišljajo o sončnih elektrarnah, toplotnih črpalkah in skupnostih za samooskrbo. Serijo zaključuje informativni dan v živo, na katerem bodo predstavljeni odprti javni razpisi.</p>

<p>Webinarji potekajo ob torkih od 10. do 11.30 ure prek platforme Zoom. Povezavo prejmete dan pred dogodkom. Vsak webinar je posnet; posnetki bodo za člane grozda dostopni na intranetu.</p>

<h2>Program serije</h2>
<ol>
<li><strong>Webinar 1 – torek, 8. februar 2039: Kje podjetje izgublja energijo?</strong><br>
Predavatelj: mag. Boštjan Kerec, energetski svetovalec, Lokalna energetska agencija Pomurje (LEA Pomurje). Pregled energetskega pregleda, primeri iz kovinske in živilske industrije.</li>
<li><strong>Webinar 2 – torek, 22. februar 2039: Sončne elektrarne na strehah proizvodnih hal</strong><br>
Predavateljica: dr. Nataša Gomboc, Fakulteta za elektrotehniko, računalništvo in informatiko, Univerza v Mariboru. Dimenzioniranje, hranilniki, priklop na omrežje.</li>
<li><strong>Webinar 3 – torek, 8. marec 2039: Skupnosti za samooskrbo v poslovnih conah</strong><br>
Predavatelj: Gregor Šiftar, direktor podjetja Solarni park Lendava d.o.o., in Martina Vučko iz Elektra Maribor. Kako se dogovoriti s sosedi in z distributerjem.</li>
<li><strong>Webinar 4 – torek, 22. marec 2039: Financiranje: krediti, subvencije in pogodbeno znižanje stroškov</strong><br>
Predavatelja: Jure Vogrinčič, Eko sklad, in Tamara Bakan, Slovenski podjetniški sklad. Primerjava virov financiranja za mala podjetja.</li>
</ol>

<h2>Informativni dan: četrtek, 31. marec 2039</h2>
<p>Kraj: Pomurski tehnološki park, Plese 9a, Murska Sobota, velika dvorana<br>
Čas: od 9. do 14. ure</p>
<ul>
<li>9.00 – registracija in kava</li>
<li>9.30 – pozdrav: Aleksander Kuhar, predsednik upravnega odbora PEG</li>
<li>9.45 – predstavitev odprtih razpisov Ministrstva za okolje, podnebje in energijo</li>
<li>10.45 – izkušnje članov: Pomurske mlekarne in Panvita</li>
<li>11.30 – individualni posveti s svetovalci (vnaprejšnja prijava)</li>
<li>13.00 – kosilo in mreženje</li>
</ul>
<p>Število mest v dvorani je omejeno na 80. Prijave zbiramo do 25. marca 2039.</p>

<h2>Komu je serija namenjena?</h2>
<p>Direktorjem, tehničnim vodjem in energetskim menedžerjem podjetij iz Pomurja in sosednjih regij. Udeležba je brezplačna, saj serijo sofinancira projekt ENERGY-CE v okviru programa Interreg Srednja Evropa. Udeleženci, ki se udeležijo vsaj treh webinarjev, prejmejo potrdilo o udeležbi.</p>

<h2>Zakaj zdaj?</h2>
<p>Cene električne energije za poslovne odjemalce so se v zadnjih dveh letih močno spreminjale, hkrati pa so na voljo nova nepovratna sredstva za naložbe v obnovljive vire. V anketi, ki jo je grozd lani jeseni izvedel med 54 člani, je več kot polovica podjetij odgovorila, da nima pregleda nad lastno porabo po posameznih strojih in prostorih. Serija je zato zasnovana postopno: od meritev in pregleda porabe do konkretne naložbe in vira financiranja. Vprašanja za predavatelje lahko pošljete vnaprej.</p>

<h2>Prijava</h2>
<p>Na posamezne webinarje in informativni dan se prijavite prek <a href="/prijava">spletnega obrazca</a>. Ob prijavi označite, katerih srečanj se boste udeležili.</p>

<div class="kontakt"><h3>Kontakt</h3>
<p>Petra Horvat, koordinatorka projektov<br>Pomurski Energetski Grozd, Lendavska ulica 5a, 9000 Murska Sobota<br>petra.horvat@peg.example.si · 02 000 00 00</p></div>

<h3>Sorodne novice</h3>
<ul>
<li><a href="#">Skupščina grozda izvolila novo upravo (12. 12. 2038)</a></li>
<li><a href="#">Člani obiskali avstrijski energetski grozd na Štajerskem</a></li>
</ul>
</main>
<footer><p>© 2039 Pomurski Energetski Grozd · <a href="/zasebnost">Varstvo osebnih podatkov</a> · <a href="/dostopnost">Izjava o dostopnosti</a></p></footer>
</body></html>
"""
write(F, T)
G='Pomurski Energetski Grozd'
gold(F,
 [P("Petra Horvat","koordinatorka projektov",G),
  P("Boštjan Kerec","energetski svetovalec","Lokalna energetska agencija Pomurje"),
  P("Nataša Gomboc",None,"Fakulteta za elektrotehniko, računalništvo in informatiko"),
  P("Gregor Šiftar","direktor","Solarni park Lendava d.o.o."),
  P("Martina Vučko",None,"Elektra Maribor"),
  P("Jure Vogrinčič",None,"Eko sklad"), P("Tamara Bakan",None,"Slovenski podjetniški sklad"),
  P("Aleksander Kuhar","predsednik upravnega odbora",G)],
 [O(G,"PEG"), O("Pomursko izobraževalno fundacijo"), O("Razvojnim centrom Murska Sobota"),
  O("Lokalna energetska agencija Pomurje","LEA Pomurje"),
  O("Fakulteta za elektrotehniko, računalništvo in informatiko"), O("Univerza v Mariboru"),
  O("Solarni park Lendava d.o.o."), O("Elektra Maribor"), O("Eko sklad"), O("Slovenski podjetniški sklad"),
  O("Pomurski tehnološki park"), O("Ministrstva za okolje, podnebje in energijo"),
  O("Pomurske mlekarne"), O("Panvita")],
 [E("Webinar 1 – Kje podjetje izgublja energijo?","2039-02-08"),
  E("Webinar 2 – Sončne elektrarne na strehah proizvodnih hal","2039-02-22"),
  E("Webinar 3 – Skupnosti za samooskrbo v poslovnih conah","2039-03-08"),
  E("Webinar 4 – Financiranje: krediti, subvencije in pogodbeno znižanje stroškov","2039-03-22"),
  E("Informativni dan","2039-03-31",None,"Murska Sobota","Slovenia"),
  E("kosilo in mreženje","2039-03-31",None,"Murska Sobota","Slovenia"),
  E("Skupščina grozda",None)],
 ["2039-01-17","2039-02-08","2039-02-22","2039-03-08","2039-03-22","2039-03-31","2039-03-25","2038-12-12"],
 [], "2039-01-17")
