from h import *
F = 'g09_panevezys_inzinerijos_klasteris.html'
assert wd(2036,10,16)=='Thursday' and wd(2036,11,5)=='Wednesday' and wd(2036,9,24)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="lt"><head><meta charset="utf-8"><title>Naujienlaiškis Nr. 19 – Panevėžio inžinerinės pramonės klasteris</title></head>
<body>
<div class="slapukai">Šioje svetainėje naudojami slapukai. <a href="#">Sutinku</a> | <a href="#">Nustatymai</a></div>
<header><span class="logo">PIPK</span>
<nav><a href="/">Pradžia</a> · <a href="/apie">Apie klasterį</a> · <a href="/nariai">Nariai</a> · <a href="/renginiai">Renginiai</a> · <a href="/naujienos">Naujienos</a> · <a href="/kontaktai">Kontaktai</a> · <a href="/en">EN</a></nav></header>
<main>
<h1>Naujienlaiškis Nr. 19 – 2036 m. spalis</h1>
<p class="data">Paskelbta 2036-10-03 | Dalintis: <a href="#">Facebook</a> <a href="#">LinkedIn</a></p>

<h2>Pirmininkės žodis</h2>
<p>Mieli nariai, šį rudenį mūsų klasteriui sukanka dešimt metų. Per tą laiką išaugome nuo aštuonių iki 46 narių, o
bendri eksporto stendai tapo kasdienybe. Tačiau didžiausias iššūkis išlieka tas pats – kvalifikuotų suvirintojų ir
operatorių trūkumas. Todėl kartu su profesinio mokymo centru kuriame naują mokymo programą ir kviečiame visus narius
prisidėti prie jos turinio. Lauksime jūsų jubiliejinėje konferencijoje.</p>
<p><strong>Rasa Jankauskienė</strong>, valdybos pirmininkė</p>

<h2>Narių naujienos</h2>
<ul>
<li>Nauji nariai: UAB „Aukštaitijos metalas“ (Panevėžys), UAB „Nevėžio robotika“ (Ramygala), MB „Pasvalio lazeris“ (Pasvalys) ir Kauno technologijos universiteto Panevėžio technologijų ir verslo fakultetas.</li>
<li>Jubiliejus: AB „Panevėžio staklės“ švenčia 70-metį – įmonė įkurta 1966 metais.</li>
<li>Investicija: UAB „Nevėžio robotika“ už 2,8 mln. eurų stato naują gamybinį pastatą Ramygaloje; jis bus baigtas 2037 m. pavasarį.</li>
</ul>

<h2>Žmonės</h2>
<p>Nuo 2036 m. lapkričio 1 d. klasterio direktoriumi paskirtas Mindaugas Petrauskas. Jis pakeis Vaidą Kazlauskienę,
kuri pradeda dirbti Panevėžio miesto savivaldybėje. Į valdybą išrinktas Darius Vaitkus, UAB „Aukštaitijos metalas“
generalinis direktorius.</p>

<h2>Renginiai</h2>
<table>
<tr><th>Data</th><th>Renginys</th><th>Vieta</th></tr>
<tr><td>2036-10-16 (ketvirtadienis), 10:00–16:00</td><td>Jubiliejinė klasterio konferencija „Inžinerija 2046“</td><td>Panevėžys</td></tr>
<tr><td>2036-11-05 (trečiadienis), 13:00–16:00</td><td>Seminaras „Suvirinimo robotai MVĮ“</td><td>Ramygala</td></tr>
<tr><td>2037-02-10 – 2037-02-12</td><td>Tarptautinė paroda „Balttechnika“</td><td>Vilnius</td></tr>
</table>
<h3>Konferencijos programa (2036-10-16)</h3>
<ul>
<li>10:00 Registracija ir kava</li>
<li>10:30 Sveikinimo žodis – Rasa Jankauskienė, klasterio valdybos pirmininkė; Vytautas Rimkus, Panevėžio miesto meras</li>
<li>11:00 Pranešimas „Pramonė 5.0 Lietuvoje: kur esame?“ – prof. dr. Laura Stankevičienė, Kauno technologijos universitetas</li>
<li>12:00 Diskusija „Kaip išlaikyti jaunus inžinierius regione?“ – moderuoja Mindaugas Petrauskas</li>
<li>13:00 Pietūs</li>
<li>14:00 Išvyka į UAB „Nevėžio robotika“ gamyklą Ramygaloje</li>
<li>16:00 Jubiliejinė vakaronė ir apdovanojimai narių įmonėms, kurios klasteryje yra nuo pat įkūrimo</li>
</ul>
<p>Renginį remia Panevėžio regiono plėtros taryba ir Lietuvos pramonininkų konfederacija. Konferencija vyks lietuvių
kalba, pranešimai bus verčiami į anglų kalbą; vaizdo įrašai po renginio bus skelbiami klasterio svetainėje.</p>
<p>Registracija į konferenciją – iki spalio 10 d. Dalyvavimas nariams nemokamas, kitiems – 40 eurų.</p>
<p><strong>Praėjęs renginys.</strong> 2036 m. rugsėjo 24 d. (trečiadienį) vykusiame verslo pusryčiuose su Lietuvos
inovacijų agentūra dalyvavo 37 įmonių atstovai; aptartos investicijų į automatizavimą skatinimo priemonės.</p>

<h2>Iš Briuselio</h2>
<p>Europos Komisija paskelbė naujų Europos strateginių klasterių partnerysčių kvietimą. Pasak Lietuvos
inovacijų agentūros atstovės Eglės Šimkutės, paraiškas bus galima teikti iki 2037 m. sausio pabaigos.</p>

<h2>Tyrimas: automatizavimas regione</h2>
<p>Kartu su Panevėžio kolegija apklausėme 52 regiono įmones. Pagrindinės išvados:</p>
<ul>
<li>Du trečdaliai įmonių per trejus metus planuoja įsigyti bent vieną robotą</li>
<li>Didžiausia kliūtis – trūkstami programavimo įgūdžiai</li>
<li>Bendradarbiavimas su mokymo įstaigomis vertinamas kaip labiausiai naudinga klasterio paslauga</li>
</ul>

<h2>Darbo skelbimai</h2>
<p>Klasteris ieško projektų vadovo (-ės). CV siųskite iki 2036 m. spalio 20 d. el. paštu info@pipk.example.lt.</p>

<blockquote>„Per klasterį radome partnerį Suomijoje ir pirmą kartą eksportavome konstrukcijas.“ – Tomas Žukauskas, UAB „Aukštaitijos metalas“ gamybos vadovas</blockquote>

<p class="nuotrauka">Nuotr. Justinas Grigas</p>
</main>
<aside><h3>Ankstesni numeriai</h3>
<p><a href="#">Nr. 18 – 2036 m. liepa</a> · <a href="#">Nr. 17 – 2036 m. balandis</a> · <a href="#">Nr. 16 – 2036 m. sausis</a></p>
<h3>Klasterio partneriai</h3>
<p>Panevėžio prekybos, pramonės ir amatų rūmai · Panevėžio profesinio rengimo centras · Lietuvos inovacijų agentūra ·
Kauno technologijos universitetas · Panevėžio kolegija · Asociacija „Lietuvos inžinerinės pramonės asociacija LINPRA“</p>
<p>Naujienlaiškį parengė klasterio komunikacijos specialistė Gintarė Balčiūnaitė, tel. +370 600 00000.</p></aside>
<footer>
<p>Asociacija „Panevėžio inžinerinės pramonės klasteris“ · Klaipėdos g. 00, LT-35000 Panevėžys · Įmonės kodas 000000000</p>
<p>Jei nebenorite gauti naujienlaiškio, <a href="#">atsisakykite prenumeratos</a>.</p>
</footer>
</body></html>
"""
write(F, T)
PK="Panevėžio inžinerinės pramonės klasteris"
gold(F,
 [P("Rasa Jankauskienė","valdybos pirmininkė",PK),
  P("Mindaugas Petrauskas","direktoriumi",PK),
  P("Vaidą Kazlauskienę",None,"Panevėžio miesto savivaldybėje"),
  P("Darius Vaitkus","generalinis direktorius","UAB „Aukštaitijos metalas“"),
  P("Eglės Šimkutės","atstovės","Lietuvos inovacijų agentūra"),
  P("Tomas Žukauskas","gamybos vadovas","UAB „Aukštaitijos metalas“"),
  P("Vytautas Rimkus","Panevėžio miesto meras",None),
  P("Laura Stankevičienė",None,"Kauno technologijos universitetas"),
  P("Gintarė Balčiūnaitė","komunikacijos specialistė",PK),
  P("Justinas Grigas",None,None)],
 [O("Asociacija „Panevėžio inžinerinės pramonės klasteris“","PIPK"), O("UAB „Aukštaitijos metalas“"),
  O("UAB „Nevėžio robotika“"), O("MB „Pasvalio lazeris“"), O("Kauno technologijos universitetas"), O("Panevėžio regiono plėtros taryba"), O("Lietuvos pramonininkų konfederacija"),
  O("Panevėžio technologijų ir verslo fakultetas"), O("AB „Panevėžio staklės“"),
  O("Panevėžio miesto savivaldybėje"), O("Lietuvos inovacijų agentūra"), O("Europos Komisija"), O("Panevėžio kolegija"), O("Panevėžio prekybos, pramonės ir amatų rūmai"),
  O("Panevėžio profesinio rengimo centras"), O("Asociacija „Lietuvos inžinerinės pramonės asociacija LINPRA“","LINPRA")],
 [E("Jubiliejinė klasterio konferencija „Inžinerija 2046“","2036-10-16",None,"Panevėžys","Lithuania"),
  E("Seminaras „Suvirinimo robotai MVĮ“","2036-11-05",None,"Ramygala","Lithuania"),
  E("Tarptautinė paroda „Balttechnika“","2037-02-10","2037-02-12","Vilnius","Lithuania"),
  E("Išvyka į UAB „Nevėžio robotika“ gamyklą","2036-10-16",None,"Ramygala","Lithuania"),
  E("Jubiliejinė vakaronė","2036-10-16",None,None,None),
  E("verslo pusryčiai","2036-09-24",None,None,None)],
 ["2036-10","2036-10-03","1966","2037","2036-11-01","2036-10-16","2036-11-05","2037-02-10/2037-02-12","2036-10-10",
  "2036-09-24","2037-01","2036-10-20","2036-07","2036-04","2036-01"],
 ["Du trečdaliai įmonių per trejus metus planuoja įsigyti bent vieną robotą",
  "Didžiausia kliūtis – trūkstami programavimo įgūdžiai",
  "Bendradarbiavimas su mokymo įstaigomis vertinamas kaip labiausiai naudinga klasterio paslauga"], "2036-10-03")
