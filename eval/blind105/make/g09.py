from h import *
F = 'g09_panevezys_interreg_partneriai.html'
assert wd(2036,3,17)=='Monday' and wd(2036,3,18)=='Tuesday' and wd(2036,5,21)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="lt"><head><meta charset="utf-8"><title>Partneriai – projektas „WoodLink LV-LT“</title></head>
<body>
<div class="slapukai">Ši svetainė naudoja slapukus. Naršydami toliau sutinkate su slapukų politika. <a href="/slapukai">Daugiau</a> <button>Sutinku</button></div>
<header><div class="logo">Interreg Latvija–Lietuva | WoodLink LV-LT</div>
<nav><a href="/">Pradžia</a> <a href="/apie">Apie projektą</a> <a href="/partneriai" class="aktyvus">Partneriai</a> <a href="/veiklos">Veiklos</a> <a href="/renginiai">Renginiai</a> <a href="/rezultatai">Rezultatai</a> <a href="/kontaktai">Kontaktai</a> <a href="/lv">LV</a> <a href="/en">EN</a></nav></header>
<main>
<p class="kelias">Pradžia › Partneriai</p>
<h1>Projekto partneriai</h1>
<p>Projektą „WoodLink LV-LT“ (Nr. LL-00217) įgyvendina penki partneriai iš Lietuvos ir Latvijos. Projekto tikslas – sujungti Aukštaitijos ir Zemgalės medienos apdirbimo įmones į bendrą tiekimo grandinę, parengti bendrus mokymus ir sukurti tarpvalstybinį medienos produktų katalogą. Projekto trukmė: 2035 m. rugsėjo 1 d. – 2038 m. rugpjūčio 31 d. Bendras biudžetas – 1 184 000 Eur, iš jų Europos regioninės plėtros fondo lėšos – 947 200 Eur.</p>

<section class="partneris"><h2>Pagrindinis partneris</h2>
<h3>Asociacija „Panevėžio medienos klasteris“</h3>
<p>Panevėžys, Lietuva. Klasteris vienija 34 baldų, statybinių konstrukcijų ir granulių gamintojus. Atsakingas už projekto valdymą, komunikaciją ir katalogo kūrimą.</p>
<p class="kontaktas">Kontaktinis asmuo: <b>Rūta Kazlauskienė</b>, projekto vadovė<br>
El. paštas: ruta.kazlauskiene@pmklasteris.lt, tel. +370 45 58 12 40</p>
<p class="kontaktas">Finansininkė: <b>Jolanta Petrauskaitė</b>, tel. +370 45 58 12 41</p></section>

<section class="partneris"><h2>Partneris Nr. 2</h2>
<h3>Panevėžio prekybos, pramonės ir amatų rūmai</h3>
<p>Panevėžys, Lietuva. Organizuoja verslo misijas ir kontaktų muges, atsakingas už įmonių paiešką.</p>
<p class="kontaktas">Kontaktinis asmuo: <b>Mindaugas Vaitkus</b>, tarptautinių ryšių skyriaus vadovas<br>
El. paštas: m.vaitkus@ppar.lt, tel. +370 45 46 35 02</p></section>

<section class="partneris"><h2>Partneris Nr. 3</h2>
<h3>Kauno technologijos universiteto Panevėžio technologijų ir verslo fakultetas</h3>
<p>Panevėžys, Lietuva. Atlieka medienos džiovinimo ir klijavimo bandymus, rengia mokymų programą.</p>
<p class="kontaktas">Kontaktinis asmuo: doc. dr. <b>Darius Žemaitis</b>, mokslo darbuotojas<br>
El. paštas: darius.zemaitis@ktu.lt, tel. +370 45 59 66 18</p></section>

<section class="partneris"><h2>Partneris Nr. 4</h2>
<h3>Biedrība „Zemgales Kokrūpniecības klasteris“</h3>
<p>Jelgava, Latvija. Latvijos pusės įmonių koordinavimas, bendri mokymai Jelgavoje ir Bauskėje.</p>
<p class="kontaktas">Kontaktinis asmuo: <b>Ilze Bērziņa</b>, klasterio vadovė<br>
El. paštas: ilze.berzina@zkk.lv, tel. +371 630 27 741</p></section>

<section class="partneris"><h2>Partneris Nr. 5</h2>
<h3>Latvijos biologijos mokslų ir technologijų universitetas</h3>
<p>Jelgava, Latvija. Medienos produktų gyvavimo ciklo vertinimas.</p>
<p class="kontaktas">Kontaktinis asmuo: prof. <b>Andris Ozoliņš</b>, Miško fakulteto dekanas<br>
El. paštas: andris.ozolins@lbtu.lv</p></section>

<section><h2>Darbų paketai ir atsakomybės</h2>
<table><tr><th>Darbų paketas</th><th>Atsakingas partneris</th><th>Laikotarpis</th></tr>
<tr><td>DP1 Projekto valdymas</td><td>Panevėžio medienos klasteris</td><td>2035 09 – 2038 08</td></tr>
<tr><td>DP2 Tiekimo grandinės žemėlapis ir katalogas</td><td>Panevėžio prekybos, pramonės ir amatų rūmai</td><td>2035 10 – 2037 06</td></tr>
<tr><td>DP3 Bandymai ir mokymų programa</td><td>KTU Panevėžio technologijų ir verslo fakultetas</td><td>2036 01 – 2038 03</td></tr>
<tr><td>DP4 Gyvavimo ciklo vertinimas</td><td>LBTU Miško fakultetas</td><td>2036 03 – 2037 12</td></tr>
<tr><td>DP5 Komunikacija ir sklaida</td><td>Zemgales Kokrūpniecības klasteris</td><td>2035 09 – 2038 08</td></tr></table>
<p>Partneriai susitinka kas pusmetį, pakaitomis Lietuvoje ir Latvijoje. Visi partnerių susitikimų protokolai, mokymų medžiaga ir katalogo juodraščiai skelbiami skiltyje „Rezultatai“. Įmonės, norinčios būti įtrauktos į katalogą, gali kreiptis į bet kurį partnerį savo šalyje; dalyvavimas nemokamas.</p></section>

<section><h2>Asocijuoti partneriai</h2>
<ul><li>Panevėžio miesto savivaldybė</li><li>Lietuvos miško ir žemės savininkų asociacija</li><li>Jelgavas valstspilsētas pašvaldība</li></ul></section>

<section><h2>Artimiausi renginiai</h2>
<p><b>2036 m. kovo 17–18 d.</b> (pirmadienis–antradienis) – partnerių susitikimas ir studijų vizitas į Panevėžio įmones: UAB „Baldų linija“, UAB „Aukštaitijos granulės“ ir AB „Panevėžio statybos trestas“ medinių konstrukcijų cechą.</p>
<p><b>2036 m. gegužės 21 d.</b> (trečiadienis) – verslo kontaktų mugė „Medis be sienų“, Jelgava, Latvija. Registracija iki gegužės 10 d.</p>
<p>Ankstesnis partnerių susitikimas įvyko 2035 m. lapkričio 6 d. Jelgavoje; susitikimo ataskaita skelbiama skiltyje „Rezultatai“.</p></section>

<section><h2>Projekto stebėsenos komitetas</h2>
<p>Projekto eigą prižiūri iniciatyvinė grupė, kurios pirmininkas yra <b>Vytautas Rimkus</b>, Panevėžio medienos klasterio valdybos pirmininkas ir UAB „Baldų linija“ direktorius. Programos jungtiniame sekretoriate projektą kuruoja <b>Agnese Kalniņa</b>, projektų vadovė.</p></section>
</main>
<footer>
<p>Šis tinklalapis sukurtas įgyvendinant Interreg VI-A Latvijos–Lietuvos programą 2021–2027 m. Už jo turinį atsako asociacija „Panevėžio medienos klasteris“; jis nebūtinai atspindi Europos Sąjungos poziciją.</p>
<p>Smėlynės g. 2C, LT-35143 Panevėžys · info@pmklasteris.lt · Puslapis atnaujintas 2036-02-27</p>
<p>Dalintis: Facebook · LinkedIn · El. paštu</p></footer>
</body></html>
"""
write(F, T)
K='Panevėžio medienos klasteris'
gold(F,
 [P("Rūta Kazlauskienė","projekto vadovė",K), P("Jolanta Petrauskaitė","Finansininkė",K),
  P("Mindaugas Vaitkus","tarptautinių ryšių skyriaus vadovas","Panevėžio prekybos, pramonės ir amatų rūmai"),
  P("Darius Žemaitis","mokslo darbuotojas","Kauno technologijos universiteto Panevėžio technologijų ir verslo fakultetas"),
  P("Ilze Bērziņa","klasterio vadovė","Zemgales Kokrūpniecības klasteris"),
  P("Andris Ozoliņš","Miško fakulteto dekanas","Latvijos biologijos mokslų ir technologijų universitetas"),
  P("Vytautas Rimkus","valdybos pirmininkas",K), P("Agnese Kalniņa","projektų vadovė",None)],
 [O(K), O("Panevėžio prekybos, pramonės ir amatų rūmai"), O("Kauno technologijos universiteto Panevėžio technologijų ir verslo fakultetas"),
  O("Zemgales Kokrūpniecības klasteris"), O("Latvijos biologijos mokslų ir technologijų universitetas","LBTU"), O("Miško fakultetas"),
  O("Panevėžio miesto savivaldybė"), O("Lietuvos miško ir žemės savininkų asociacija"), O("Jelgavas valstspilsētas pašvaldība"),
  O("UAB „Baldų linija“"), O("UAB „Aukštaitijos granulės“"), O("AB „Panevėžio statybos trestas“")],
 [E("partnerių susitikimas","2036-03-17","2036-03-18","Panevėžys","Lithuania"), E("studijų vizitas","2036-03-17","2036-03-18","Panevėžys","Lithuania"),
  E("Medis be sienų","2036-05-21",None,"Jelgava","Latvia"), E("partnerių susitikimas","2035-11-06",None,"Jelgava","Latvia")],
 ["2035-09-01/2038-08-31","2036-03-17/2036-03-18","2036-05-21","2036-05-10","2035-11-06","2021/2027","2036-02-27","2035-09/2038-08","2035-10/2037-06","2036-01/2038-03","2036-03/2037-12"], [], None)
