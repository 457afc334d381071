from common import *
import datetime
FI=['ma','ti','ke','to','pe','la','su']
def d(s): x=datetime.date.fromisoformat(s); return f"{FI[x.weekday()]} {x.day}.{x.month}.{x.year}"
doc='08_puuklusteri_webinaari.html'
t=f'''<!DOCTYPE html>
<html lang="fi"><head><meta charset="utf-8"><title>Webinaari: Puukerrostalot ja hiilijalanjälki | Puuklusteri Pohjois-Karjala</title></head>
<body>
<div id="evasteet">Käytämme evästeitä sivuston toiminnan ja kävijäseurannan varmistamiseksi. <button>Hyväksy kaikki</button> <button>Vain välttämättömät</button> <a href="#">Lue lisää</a></div>
<header><a href="/">Puuklusteri Pohjois-Karjala</a>
<nav><a href="/klusteri">Klusteri</a> | <a href="/jasenet">Jäsenet</a> | <a href="/tapahtumat">Tapahtumat</a> | <a href="/webinaarit">Webinaarit</a> | <a href="/hankkeet">Hankkeet</a> | <a href="/en">In English</a></nav></header>
<main>
<p class="polku">Etusivu › Webinaarit › Puu rakentaa -sarja</p>
<h1>Puu rakentaa #4: Puukerrostalot ja hiilijalanjälki – mitä uusi rakentamislaki vaatii?</h1>
<p class="meta">Julkaistu {d('2032-02-05')} · Tallenne katsottavissa</p>

<p>Puu rakentaa -webinaarisarja kokoaa yhteen pohjoiskarjalaiset puutuoteyritykset, rakennuttajat, suunnittelijat ja tutkijat. Sarjan neljäs jakso pidettiin {d('2032-02-03')} klo 13–14.30 Teamsissa, ja siihen osallistui 186 kuulijaa eri puolilta Suomea sekä Ruotsista ja Virosta. Webinaarin järjestivät Puuklusteri Pohjois-Karjala ja Business Joensuu Oy yhdessä Itä-Suomen yliopiston kanssa.</p>

<h2>Katso tallenne</h2>
<div class="video">[Video: Puu rakentaa #4 – tallenne 1 h 28 min] <a href="#">Avaa YouTubessa</a> · <a href="#">Lataa esitysmateriaalit (PDF, 6,2 Mt)</a></div>
<p>Tallenteen alussa on lyhyt tekninen katko, varsinainen ohjelma alkaa kohdasta 2.40. Tallenne on tekstitetty suomeksi. Englanninkielinen tekstitys lisätään helmikuun aikana.</p>

<h2>Puhujat</h2>
<ul>
<li><b>Tuomas Kärkkäinen</b>, klusterijohtaja, Puuklusteri Pohjois-Karjala – avaus ja sarjan esittely</li>
<li><b>TkT Riikka Heiskanen-Lindholm</b>, tutkimusjohtaja, Itä-Suomen yliopisto – Hiilijalanjäljen laskenta rakennusluvassa: kokemuksia ensimmäisestä vuodesta</li>
<li><b>Arkkitehti SAFA Jussi Ojala</b>, Arkkitehtitoimisto Ojala &amp; Vornanen Oy – Joensuun Penttilänrannan puukortteli suunnittelijan silmin</li>
<li><b>Dipl.-Ing. Beate Hinterleitner</b>, proHolz Tirol (Innsbruck) – Tirolin kokemukset puurakentamisen hiililaskennasta</li>
<li><b>Mikko Räsänen</b>, tuotantopäällikkö, Karelia Elementti Oy – Elementtitehtaan ympäristöselosteet käytännössä</li>
</ul>
<p>Keskustelua juonsi viestintäpäällikkö <b>Sari Pölönen</b> Business Joensuu Oy:stä.</p>

<h2>Lyhyesti webinaarin sisällöstä</h2>
<p>Heiskanen-Lindholm kertoi, että vähähiilisyyden raja-arvot ovat tuoneet suunnittelun alkuvaiheeseen uuden tehtävän: rakennuksen hiilijalanjälki on arvioitava jo ennen rakennuslupaa. Yliopiston aineiston mukaan puurunkoisten kerrostalojen hiilijalanjälki oli keskimäärin kolmanneksen pienempi kuin betonirunkoisten vertailukohteiden, mutta erot kohteiden välillä olivat suuria. Ojala esitteli Penttilänrannan korttelin ratkaisuja ja muistutti, että elementtien kuljetusmatkat ja perustukset ratkaisevat usein enemmän kuin runkomateriaali. Hinterleitner kertoi, miten Tirolissa maakunnallinen tuki sidottiin jo vuonna 2029 laskettuun hiilijalanjälkeen. Räsänen puolestaan kuvasi, kuinka yritys laati ympäristöselosteet kaikille seinä- ja välipohjaelementeilleen kahdessa vuodessa.</p>
<p>Tuomas Kärkkäinen muistutti avauksessaan, että Pohjois-Karjalassa toimii yli 300 puutuotealan yritystä, joista valtaosa on alle kymmenen hengen yrityksiä. Uusi rakentamislaki koskee niitä välillisesti: kun rakennuttaja joutuu ilmoittamaan hiilijalanjäljen, se pyytää tiedot elementtien, ikkunoiden ja sahatavaran toimittajilta. Klusterin tavoitteena on, että maakunnan yritykset pystyvät toimittamaan nämä tiedot ensimmäisten joukossa ja voivat käyttää sitä kilpailuetuna myös viennissä.</p>
<h2>Kuulijoiden kysymyksiä</h2>
<p><b>Voiko pieni yritys käyttää valmiita keskiarvotietoja?</b> Heiskanen-Lindholmin mukaan voi, mutta geneeriset arvot ovat tarkoituksella varovaisia, joten oma ympäristöseloste kannattaa yleensä laatia.</p>
<p><b>Paljonko ympäristöseloste maksaa?</b> Räsäsen kokemuksen mukaan yhden tuoteryhmän seloste maksaa muutamia tuhansia euroja, ja yhteishankintana hinta laskee selvästi. Klusteri selvittää kevään aikana yhteishankinnan mahdollisuutta jäsenyrityksille.</p>
<p>Kysymyksiä tuli runsaasti erityisesti palomääräyksistä ja siitä, miten pienet sahat voivat tuottaa tarvittavat tiedot. Näihin palataan sarjan seuraavissa jaksoissa.</p>

<h2>Seuraavat jaksot</h2>
<table>
<tr><th>Päivä</th><th>Aihe</th><th>Puhujat</th></tr>
<tr><td>{d('2032-03-09')} klo 13–14</td><td>Puu rakentaa #5: Paloturvallinen puukerrostalo</td><td>Paloinsinööri Antti Lappalainen, VTT; Dr. Katharina Mayr-Oberhuber, Holzforschung Austria</td></tr>
<tr><td>{d('2032-04-13')} klo 13–14</td><td>Puu rakentaa #6: Pienet sahat ja ympäristöselosteet</td><td>Heli Turunen, Sahateollisuus ry; Pekka Nevalainen, Nevalaisen Saha Oy</td></tr>
<tr><td>{d('2032-05-11')} klo 9–15</td><td>Puu rakentaa LIVE: Kevätseminaari ja tehdasvierailu, Joensuu (Tiedepuisto)</td><td>ohjelma julkaistaan maaliskuussa</td></tr>
</table>
<p>Toukokuun kevätseminaari järjestetään paikan päällä Joensuun Tiedepuistossa. Aamupäivällä kuullaan puheenvuoroja alan yrityksiltä ja rakennuttajilta, ja iltapäivällä osallistujat pääsevät tutustumaan elementtitehtaan tuotantolinjaan. Bussikuljetus tehtaalle lähtee Tiedepuiston pääovelta klo 12.30 ja palaa noin klo 15. Tehdasvierailulle mahtuu 50 henkeä, joten ilmoittautuminen kannattaa tehdä ajoissa.</p>
<p>Webinaarit ovat maksuttomia. <a href="#">Ilmoittaudu tästä</a> – saat linkin sähköpostiisi päivää ennen tilaisuutta. Kevätseminaarin ilmoittautuminen päättyy {d('2032-04-30')}.</p>

<h2>Aiemmat jaksot</h2>
<ul>
<li>Puu rakentaa #3: Puurakentamisen julkiset hankinnat ({d('2031-12-02')}) – <a href="#">tallenne</a></li>
<li>Puu rakentaa #2: Hirsirakentamisen vientimarkkinat ({d('2031-11-04')}) – <a href="#">tallenne</a></li>
<li>Puu rakentaa #1: Teollinen puurakentaminen Pohjois-Karjalassa ({d('2031-10-07')}) – <a href="#">tallenne</a></li>
</ul>

<p>Webinaarisarja toteutetaan osana Puuklusterin kasvu- ja kansainvälistymishanketta, jota rahoittaa Pohjois-Karjalan maakuntaliitto Euroopan aluekehitysrahaston tuella.</p>
<p>Lisätietoja: projektipäällikkö Laura Hyvärinen, laura.hyvarinen@puuklusteri.example, puh. 050 000 0000</p>
</main>
<footer><p>Puuklusteri Pohjois-Karjala · Länsikatu 15, 80110 Joensuu</p><p><a href="#">Saavutettavuusseloste</a> | <a href="#">Tietosuoja</a> | <a href="#">Tilaa uutiskirje</a></p></footer>
</body></html>
'''
write(doc,t)
PK='Puuklusteri Pohjois-Karjala'; BJ='Business Joensuu Oy'; UEF='Itä-Suomen yliopisto'
gold(doc,[P('Tuomas Kärkkäinen','klusterijohtaja',PK),P('Riikka Heiskanen-Lindholm','tutkimusjohtaja',UEF),
 P('Jussi Ojala','Arkkitehti SAFA','Arkkitehtitoimisto Ojala & Vornanen Oy'),P('Beate Hinterleitner',None,'proHolz Tirol'),
 P('Mikko Räsänen','tuotantopäällikkö','Karelia Elementti Oy'),P('Sari Pölönen','viestintäpäällikkö',BJ),
 P('Antti Lappalainen','Paloinsinööri','VTT'),P('Katharina Mayr-Oberhuber',None,'Holzforschung Austria'),
 P('Heli Turunen',None,'Sahateollisuus ry'),P('Pekka Nevalainen',None,'Nevalaisen Saha Oy'),P('Laura Hyvärinen','projektipäällikkö',None)],
 [O(PK),O(BJ),O(UEF),O('Arkkitehtitoimisto Ojala & Vornanen Oy'),O('proHolz Tirol'),O('Karelia Elementti Oy'),O('VTT'),
  O('Holzforschung Austria'),O('Sahateollisuus ry'),O('Nevalaisen Saha Oy'),O('Pohjois-Karjalan maakuntaliitto')],
 [E('Puu rakentaa #4: Puukerrostalot ja hiilijalanjälki – mitä uusi rakentamislaki vaatii?','2032-02-03'),
  E('Puu rakentaa #5: Paloturvallinen puukerrostalo','2032-03-09'),E('Puu rakentaa #6: Pienet sahat ja ympäristöselosteet','2032-04-13'),
  E('Puu rakentaa LIVE: Kevätseminaari ja tehdasvierailu','2032-05-11',None,'Joensuu','Finland'),
  E('Puu rakentaa #3: Puurakentamisen julkiset hankinnat','2031-12-02'),E('Puu rakentaa #2: Hirsirakentamisen vientimarkkinat','2031-11-04'),
  E('Puu rakentaa #1: Teollinen puurakentaminen Pohjois-Karjalassa','2031-10-07')],
 ['2032-02-05','2032-02-03','2032-02','2029','2032-03-09','2032-04-13','2032-05-11','2032-03','2032-04-30','2031-12-02','2031-11-04','2031-10-07'],pub='2032-02-05')
