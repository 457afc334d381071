from h import *
F = 'g10_siauliai_inovaciju_cekiai_kvietimas.html'
assert wd(2041,2,13)=='Wednesday' and wd(2041,2,27)=='Wednesday' and wd(2041,4,12)=='Friday'
T = """<!DOCTYPE html>
<html lang="lt"><head><meta charset="utf-8"><title>Kvietimas: Inovacijų čekiai pramonės klasterių nariams 2041 | Šiaulių pramonės klasteris</title></head>
<body>
<div class="slapukai">Šioje svetainėje naudojami slapukai. Naršydami toliau sutinkate su slapukų politika. <a href="/slapukai">Plačiau</a> <button>Sutinku</button></div>
<header><a href="/" class="logo">ŠPK · Šiaulių pramonės klasteris</a>
<nav><a href="/">Pradžia</a> <a href="/apie">Apie mus</a> <a href="/nariai">Nariai</a> <a href="/projektai">Projektai</a> <a href="/naujienos">Naujienos</a> <a href="/renginiai">Renginiai</a> <a href="/kontaktai">Kontaktai</a> <a href="/en">EN</a></nav></header>
<main>
<p class="kelias">Pradžia / Naujienos / Kvietimai</p>
<h1>Kvietimas teikti paraiškas: Inovacijų čekiai 2041</h1>
<p class="data">Paskelbta 2041 m. vasario 13 d. · Kategorija: Finansavimas</p>

<p>Šiaulių pramonės klasteris (ŠPK) kartu su Šiaulių regiono plėtros agentūra kviečia klasterio narius – mažąsias ir vidutines įmones – teikti paraiškas inovacijų čekiams gauti. Čekiais galima apmokėti mokslinių tyrimų ir technologijų plėtros paslaugas, kurias teikia akredituoti mokslo ir studijų institucijų centrai.</p>

<h2>Kas gali teikti paraiškas?</h2>
<ul>
<li>Labai mažos, mažos ir vidutinės įmonės, registruotos Šiaulių, Telšių arba Panevėžio apskrityse;</li>
<li>įmonė turi būti Šiaulių pramonės klasterio narė ne trumpiau kaip šešis mėnesius iki paraiškos pateikimo dienos;</li>
<li>įmonė neturi įsiskolinimų valstybės biudžetui ir „Sodrai“.</li>
</ul>

<h2>Finansavimo dydis</h2>
<table>
<tr><th>Čekio rūšis</th><th>Didžiausia suma</th><th>Intensyvumas</th></tr>
<tr><td>Mažasis čekis (bandymai, matavimai)</td><td>5 000 Eur</td><td>80 %</td></tr>
<tr><td>Didysis čekis (prototipas, technologinis sprendimas)</td><td>15 000 Eur</td><td>70 %</td></tr>
</table>
<p>Bendras kvietimo biudžetas – 420 000 Eur. Lėšos skiriamos iš 2035–2041 m. Europos Sąjungos fondų investicijų programos ir Šiaulių miesto savivaldybės biudžeto.</p>

<h2>Svarbiausios datos</h2>
<ul>
<li>Paraiškų priėmimo pradžia: 2041 m. kovo 3 d.</li>
<li><strong>Paraiškų pateikimo terminas: 2041 m. balandžio 12 d. (penktadienis), 16:00 val.</strong></li>
<li>Vertinimo rezultatai: iki 2041 m. gegužės 31 d.</li>
<li>Paslaugos turi būti suteiktos iki 2041 m. lapkričio 30 d.</li>
</ul>

<h2>Informacinis renginys</h2>
<p>Informacinis renginys potencialiems pareiškėjams vyks <strong>2041 m. vasario 27 d. (trečiadienį), 10:00–12:00 val.</strong> Šiaulių verslo inkubatoriuje (Vilniaus g. 88, Šiauliai) ir nuotoliniu būdu. Renginį kartu organizuoja Šiaulių verslo inkubatorius.</p>
<p>Darbotvarkė:</p>
<p>10:00 Sveikinimo žodis – Rasa Jankauskienė, Šiaulių pramonės klasterio direktorė<br>
10:15 Kvietimo sąlygos ir paraiškos pildymas – Tomas Žukauskas, Šiaulių regiono plėtros agentūros projektų vadovas<br>
10:50 Ką gali pasiūlyti mokslininkai? – doc. dr. Gintarė Paulauskaitė, Kauno technologijos universiteto Panevėžio technologijų ir verslo fakulteto prodekanė<br>
11:20 Patirtis: kaip čekis padėjo sukurti naują produktą – Mindaugas Rimkus, UAB „Metalo linija“ vadovas<br>
11:40 Klausimai ir atsakymai</p>
<p>Registracija į renginį – iki vasario 25 d. el. paštu arba telefonu.</p>

<h2>Tinkamos paslaugos teikėjos</h2>
<p>Paslaugas gali teikti, pavyzdžiui, Kauno technologijos universitetas (KTU), Vilniaus Gedimino technikos universitetas (VILNIUS TECH), Valstybinis mokslinių tyrimų institutas Fizinių ir technologijos mokslų centras (FTMC) ir Šiaulių valstybinė kolegija. Visas sąrašas pateiktas kvietimo gairių 3 priede.</p>

<h2>Kaip vertinamos paraiškos?</h2>
<p>Paraiškas vertins trijų narių komisija, kurią sudaro klasterio, agentūros ir nepriklausomo eksperto atstovai. Vertinama pagal šiuos kriterijus: inovacijos naujumas įmonei ir rinkai (iki 30 balų), paslaugos poveikis įmonės konkurencingumui (iki 30 balų), aiškus darbų planas ir biudžetas (iki 20 balų), bendradarbiavimas su kitais klasterio nariais (iki 10 balų) ir žaliosios pertvarkos aspektai (iki 10 balų). Minimalus balas finansavimui gauti – 60. Jei paraiškų surinktų balų suma vienoda, pirmenybė teikiama anksčiau pateiktai paraiškai.</p>

<h2>Ankstesnių kvietimų rezultatai</h2>
<p>2039–2040 m. klasterio nariai gavo 47 inovacijų čekius už 386 000 Eur. Daugiausia jų panaudota medžiagų bandymams, gaminių prototipams ir gamybos procesų skaitmeninimui. Trys įmonės po čekio įgyvendinimo pateikė paraiškas didesniems mokslinių tyrimų projektams.</p>

<h2>Netinkamos išlaidos</h2>
<p>Čekiu negalima apmokėti įrangos pirkimo, konsultacijų verslo planams rengti, sertifikavimo mokesčių ir paslaugų, kurias teikia su įmone susiję asmenys.</p>

<h2>Kontaktai</h2>
<p>Rasa Jankauskienė, direktorė, tel. +370 41 000 000, rasa@spk.example.lt<br>
Tomas Žukauskas, projektų vadovas, Šiaulių regiono plėtros agentūra, tel. +370 41 000 001</p>

<p class="priedai">Dokumentai: <a href="#">Kvietimo gairės (PDF, 1,2 MB)</a> · <a href="#">Paraiškos forma (DOCX)</a> · <a href="#">Dažniausiai užduodami klausimai</a></p>
<p class="dalintis">Dalintis: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">El. paštas</a></p>
</main>
<footer><p>Asociacija „Šiaulių pramonės klasteris“ · Pramonės g. 6, LT-78136 Šiauliai · Įmonės kodas 000000000</p>
<p>© 2041 ŠPK · <a href="#">Privatumo politika</a> · <a href="#">Slapukai</a></p></footer>
</body></html>
"""
write(F, T)
C = "Šiaulių pramonės klasteris"
gold(F,
 [P("Rasa Jankauskienė","direktorė",C),
  P("Tomas Žukauskas","projektų vadovas","Šiaulių regiono plėtros agentūra"),
  P("Gintarė Paulauskaitė","prodekanė","Kauno technologijos universiteto Panevėžio technologijų ir verslo fakulteto"),
  P("Mindaugas Rimkus","vadovas","UAB „Metalo linija“")],
 [O(C,"ŠPK"), O("Šiaulių regiono plėtros agentūra"), O("Sodra"), O("Šiaulių miesto savivaldybės"),
  O("Šiaulių verslo inkubatorius"), O("Kauno technologijos universitetas","KTU"),
  O("Kauno technologijos universiteto Panevėžio technologijų ir verslo fakulteto"), O("UAB „Metalo linija“"),
  O("Vilniaus Gedimino technikos universitetas","VILNIUS TECH"),
  O("Valstybinis mokslinių tyrimų institutas Fizinių ir technologijos mokslų centras","FTMC"), O("Šiaulių valstybinė kolegija")],
 [E("Informacinis renginys","2041-02-27",None,"Šiauliai","Lithuania")],
 ["2041-02-13","2035/2041","2041-03-03","2041-04-12","2041-05-31","2041-11-30","2041-02-27","2041-02-25","2039/2040"],
 [], "2041-02-13")
