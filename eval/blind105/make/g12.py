from h import *
F = 'g12_jyvaskyla_klusteri_meista.html'
assert wd(2034,9,14)=='Thursday' and wd(2034,11,16)=='Thursday'
T = """<!DOCTYPE html>
<html lang="fi"><head><meta charset="utf-8"><title>Meistä – Keski-Suomen Puurakentamisklusteri ry</title></head>
<body>
<div class="evasteet">Käytämme evästeitä sivuston toiminnan varmistamiseen ja kävijäseurantaan. <a href="/evasteet">Evästeasetukset</a> <button>Hyväksy kaikki</button> <button>Vain välttämättömät</button></div>
<header><a class="logo" href="/">Keski-Suomen Puurakentamisklusteri</a>
<nav><a href="/">Etusivu</a> <a href="/meista" class="valittu">Meistä</a> <a href="/jasenet">Jäsenet</a> <a href="/hankkeet">Hankkeet</a> <a href="/tapahtumat">Tapahtumat</a> <a href="/uutiset">Uutiset</a> <a href="/yhteystiedot">Yhteystiedot</a> <a href="/en">In English</a></nav></header>
<main>
<p class="murupolku">Etusivu / Meistä</p>
<h1>Meistä</h1>
<p class="ingressi">Keski-Suomen Puurakentamisklusteri ry (KSPK) on puurakentamisen yritysten, oppilaitosten ja kuntien yhteistyöverkosto, jonka kotipaikka on Jyväskylä. Jäseniä on tänään 73: hirsi- ja elementtitaloteollisuutta, sahoja, arkkitehti- ja insinööritoimistoja, rakennusliikkeitä sekä tutkimus- ja koulutusorganisaatioita Keski-Suomesta ja naapurimaakunnista.</p>

<h2>Tehtävämme</h2>
<p>Klusteri tuo yhteen yritykset, jotka eivät muuten istuisi saman pöydän ääreen. Autamme jäseniä löytämään kumppaneita julkisiin puukerrostalo- ja koulurakennushankkeisiin, viemme tutkimustietoa työmaille ja kehitämme alan koulutusta yhdessä oppilaitosten kanssa. Toimimme myös alueen äänenä, kun maakunnan ja valtion ohjelmia valmistellaan.</p>

<h2>Arvomme</h2>
<p><b>Avoimuus.</b> Jaamme tietoa hankkeista, hinnoista ja kokemuksista jäsenten kesken, myös silloin kun jokin ei onnistunut.<br>
<b>Laatu.</b> Puurakentamisen maine rakentuu jokaisella työmaalla. Siksi kosteudenhallinta, paloturvallisuus ja ääneneristys ovat jokaisen koulutuksemme aiheita.<br>
<b>Alueellisuus.</b> Keski-Suomen metsät, sahat ja osaajat ovat vahvuutemme. Haluamme, että puukerrostalojen ja koulujen arvoketju pysyy mahdollisimman paljon omassa maakunnassa.</p>

<h2>Jäsenyys</h2>
<p>Jäseneksi voi liittyä jokainen puurakentamisen arvoketjussa toimiva yritys tai yhteisö. Jäsenmaksu määräytyy henkilöstömäärän mukaan, ja se on mikroyrityksille 300 euroa vuodessa. Jäsenet saavat käyttöönsä kumppanihaun, koulutukset jäsenhintaan, koetalon esittelytilat sekä pääsyn klusterin teemaryhmiin, joita on tällä hetkellä neljä: puukerrostalot, julkiset puurakennukset, teollinen esivalmistus sekä kiertotalous ja purkupuu.</p>

<h2>Historia</h2>
<ul class="aikajana">
<li><b>2019</b> – Jyväskylän yliopiston, Jyväskylän ammattikorkeakoulun (JAMK) ja kuuden yrityksen edustajat kokoontuvat ensimmäiseen puurakentamisen verkostotapaamiseen Äänekoskella.</li>
<li><b>2021</b> – Yhdistys perustetaan virallisesti 12 jäsenen voimin. Perustajajäsenet allekirjoittavat perustamiskirjan Jyväskylän Paviljongissa.</li>
<li><b>2023</b> – Klusteri saa ensimmäisen EAKR-rahoitteisen kehittämishankkeensa ja palkkaa ensimmäisen toimitusjohtajan.</li>
<li><b>2026</b> – Jäsenmäärä ylittää 40. Klusteri käynnistää yhteistyön ruotsalaisen Trästad Västernorrland -verkoston kanssa.</li>
<li><b>2029</b> – Klusteri saa Euroopan klusteriosaamisen aloitteen (ECEI) hopeamerkin.</li>
<li><b>2031</b> – Avataan Puurakentamisen koetalo Kankaan alueelle yhdessä Jyväskylän kaupungin kanssa.</li>
<li><b>2033</b> – Klusteri koordinoi kansallista puukoulujen laatuverkostoa.</li>
</ul>

<h2>Perustajat</h2>
<p>Yhdistyksen perustamiskirjan allekirjoittivat 12. maaliskuuta 2021 seuraavat henkilöt edustamiensa organisaatioiden puolesta:</p>
<ul>
<li>Pekka Hämäläinen, toimitusjohtaja, Hämäläisen Hirsitalot Oy</li>
<li>Riitta Koskinen-Laitila, yksikön johtaja, Jyväskylän ammattikorkeakoulu</li>
<li>professori Janne Kivelä, Jyväskylän yliopisto, Informaatioteknologian tiedekunta</li>
<li>Marko Vuorinen, tuotantojohtaja, Keitele Timber Oy</li>
<li>Sari Lindroos, arkkitehti SAFA, Arkkitehtitoimisto Lindroos &amp; Kettunen Oy</li>
<li>Tapio Rantanen, elinkeinojohtaja, Äänekosken kaupunki</li>
</ul>
<p>Yhdistyksen ensimmäisenä puheenjohtajana toimi Pekka Hämäläinen vuosina 2021–2027.</p>

<h2>Toimitusjohtajat</h2>
<table>
<tr><th>Kausi</th><th>Nimi</th><th>Tausta</th></tr>
<tr><td>2023–2026</td><td>Heikki Salonen</td><td>aiemmin Keski-Suomen liiton kehittämispäällikkö</td></tr>
<tr><td>2026–2032</td><td>Anu Pietikäinen</td><td>nykyisin Suomen Puurakentajat ry:n toiminnanjohtaja</td></tr>
<tr><td>2032–</td><td>Ville-Matti Kauppinen</td><td>aiemmin projektipäällikkö, Lehto Group Oyj</td></tr>
</table>

<h2>Hallitus 2034</h2>
<p>Puheenjohtaja Kaisa Mäkelä (Kuhmon Puutalot Oy), varapuheenjohtaja Jussi Hakkarainen (Jyväskylän kaupunki, kaupunkirakennepalvelut), jäsenet Eero Nieminen (Stora Enso Wood Products Oy Ltd), Liisa Turunen (Gradia), Mikko Leppänen (Rakennusliike Leppänen Oy) ja Aleksi Heinonen (Metsäkeskus). Hallituksen sihteerinä toimii toimitusjohtaja Ville-Matti Kauppinen.</p>

<h2>Tiimi</h2>
<p>Toimitusjohtaja Ville-Matti Kauppinen, puh. 040 552 1180, ville-matti.kauppinen@kspk.fi<br>
Projektipäällikkö Hanna Rautio, puh. 040 552 1181 (puukoulujen laatuverkosto)<br>
Viestintäkoordinaattori Oona Lehtinen, puh. 040 552 1182<br>
Talous ja jäsenasiat: Marjatta Räsänen, puh. 040 552 1183 (ma–ke)</p>

<div class="nosto"><h2>Juhlavuosi 2034</h2>
<p>Klusteri täyttää tänä vuonna kymmenen vuotta ensimmäisestä verkostotapaamisesta laskien – tai kolmetoista, jos aloittaa vuodesta 2021, kuten puheenjohtajamme huomauttaa. Juhlimme joka tapauksessa: <b>Puurakentamisen päivä ja klusterin juhlaseminaari</b> järjestetään torstaina 14. syyskuuta 2034 klo 12–18 Jyväskylän Paviljongissa. Juhlapuhujana on elinkeinoministeri Laura Huhtasaari. Illalla klo 19 juhlaillallinen Ravintola Figarossa jäsenille ja kumppaneille.</p>
<p>Syksyn jäsenilta pidetään torstaina 16. marraskuuta 2034 Kuhmon Puutalojen tehtaalla Kuhmossa. Ilmoittautumiset tapahtumasivulla.</p></div>

<h2>Rahoittajat</h2>
<p>Klusterin toimintaa rahoittavat jäsenmaksujen lisäksi Keski-Suomen liitto, Jyväskylän kaupunki, Äänekosken kaupunki ja Euroopan aluekehitysrahasto Uudistuva ja osaava Suomi 2021–2027 -ohjelman kautta.</p>
</main>
<footer>
<p>Keski-Suomen Puurakentamisklusteri ry · Y-tunnus 3184572-6 · Piippukatu 11, 40100 Jyväskylä · info@kspk.fi</p>
<p>Jaa: Facebook · LinkedIn · Sähköposti · Sivua päivitetty 28.8.2034</p>
<p><a href="/tietosuoja">Tietosuojaseloste</a> · <a href="/saavutettavuus">Saavutettavuusseloste</a></p></footer>
</body></html>
"""
write(F, T)
K='Keski-Suomen Puurakentamisklusteri ry'
gold(F,
 [P("Pekka Hämäläinen","puheenjohtaja",K), P("Riitta Koskinen-Laitila","yksikön johtaja","Jyväskylän ammattikorkeakoulu"),
  P("Janne Kivelä","professori","Jyväskylän yliopisto"), P("Marko Vuorinen","tuotantojohtaja","Keitele Timber Oy"),
  P("Sari Lindroos","arkkitehti SAFA","Arkkitehtitoimisto Lindroos & Kettunen Oy"), P("Tapio Rantanen","elinkeinojohtaja","Äänekosken kaupunki"),
  P("Heikki Salonen","Toimitusjohtaja",K), P("Anu Pietikäinen","toiminnanjohtaja","Suomen Puurakentajat ry"),
  P("Ville-Matti Kauppinen","Toimitusjohtaja",K), P("Kaisa Mäkelä","Puheenjohtaja",K), P("Jussi Hakkarainen","varapuheenjohtaja",K),
  P("Eero Nieminen","jäsen",K), P("Liisa Turunen","jäsen",K), P("Mikko Leppänen","jäsen",K), P("Aleksi Heinonen","jäsen",K),
  P("Hanna Rautio","Projektipäällikkö",K), P("Oona Lehtinen","Viestintäkoordinaattori",K), P("Marjatta Räsänen",None,K),
  P("Laura Huhtasaari","elinkeinoministeri",None)],
 [O(K,"KSPK"), O("Jyväskylän yliopisto"), O("Jyväskylän ammattikorkeakoulu","JAMK"), O("Trästad Västernorrland"),
  O("Euroopan klusteriosaamisen aloitteen","ECEI"), O("Jyväskylän kaupunki"), O("Hämäläisen Hirsitalot Oy"),
  O("Informaatioteknologian tiedekunta"), O("Keitele Timber Oy"), O("Arkkitehtitoimisto Lindroos & Kettunen Oy"), O("Äänekosken kaupunki"),
  O("Keski-Suomen liitto"), O("Suomen Puurakentajat ry"), O("Lehto Group Oyj"), O("Kuhmon Puutalot Oy"), O("Stora Enso Wood Products Oy Ltd"),
  O("Gradia"), O("Rakennusliike Leppänen Oy"), O("Metsäkeskus")],
 [E("verkostotapaaminen","2019",None,None,"Finland"),
  E("Puurakentamisen päivä","2034-09-14",None,"Jyväskylä","Finland"), E("klusterin juhlaseminaari","2034-09-14",None,"Jyväskylä","Finland"),
  E("juhlaillallinen","2034-09-14",None,"Jyväskylä","Finland"),
  E("jäsenilta","2034-11-16",None,"Kuhmo","Finland")],
 ["2019","2021","2023","2026","2029","2031","2033","2021-03-12","2021/2027","2023/2026","2026/2032","2032","2034","2034-09-14","2034-11-16","2034-08-28"],
 [], None)
