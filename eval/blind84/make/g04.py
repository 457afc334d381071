from h import *
F = 'g04_joensuu_biotalous_klusteri_henkilosto.html'
assert wd(2039,9,14)=='Wednesday' and wd(2039,10,5)=='Wednesday'
def card(n,t,e,ph,txt):
    return f'<div class="card"><img src="/img/{e}.jpg" alt="{n}"><h3>{n}</h3><p class="title">{t}</p><p class="mail"><a href="mailto:{e}@karjalabio.example.fi">{e}@karjalabio.example.fi</a></p><p class="tel">{ph}</p><p>{txt}</p></div>\n'
cards = (
 card("Heikki Turunen","toimitusjohtaja","heikki.turunen","+358 40 000 0101","Vastaa klusterin strategiasta, rahoituksesta ja sidosryhmäsuhteista. Heikki on työskennellyt aiemmin Metsähallituksen aluejohtajana ja Stora Enson Uimaharjun tehtaalla.")+
 card("Anna-Liisa Kärkkäinen","kehitysjohtaja","anna-liisa.karkkainen","+358 40 000 0102","Johtaa tutkimus- ja kehityshankkeita sekä Itä-Suomen yliopiston ja Karelia-ammattikorkeakoulun yhteistyötä. Erityisalana puurakentaminen ja elinkaarilaskenta.")+
 card("Mikko Hyvönen","projektipäällikkö, BioHub North Karelia","mikko.hyvonen","+358 40 000 0103","Koordinoi sivuvirtojen hyödyntämiseen keskittyvää BioHub-hanketta ja yritysten pilotteja Lieksassa ja Nurmeksessa.")+
 card("Sanna Pesonen","kansainvälisten asioiden asiantuntija","sanna.pesonen","+358 40 000 0104","Hoitaa Interreg Aurora -hankkeiden kumppanuudet sekä yhteydet Enterprise Europe Networkiin ja Ruotsin Skellefteån klusteriin.")+
 card("Jari Ikonen","asiantuntija, koulutus ja osaaminen","jari.ikonen","+358 40 000 0105","Suunnittelee jäsenyritysten koulutuksia yhdessä Riveria-oppilaitoksen kanssa.")+
 card("Outi Räsänen","viestintäpäällikkö","outi.rasanen","+358 40 000 0106","Vastaa uutiskirjeestä, verkkosivuista ja tapahtumaviestinnästä. Median yhteydenotot Outille.")+
 card("Tuomas Vartiainen","talous- ja hallintopäällikkö","tuomas.vartiainen","+358 40 000 0107","Vastaa taloushallinnosta, hankeraportoinnista ja jäsenlaskutuksesta.")+
 card("Elina Hirvonen","harjoittelija (syksy 2039)","elina.hirvonen","+358 40 000 0108","Opiskelee metsätiedettä Itä-Suomen yliopistossa ja tekee opinnäytetyötä klusterin jäsenkyselystä."))
T = """<!DOCTYPE html>
<html lang="fi"><head><meta charset="utf-8"><title>Henkilöstö | Karjalan Biotalousklusteri ry</title></head>
<body>
<div class="cookie">Käytämme evästeitä sivuston toiminnan ja kävijäseurannan mahdollistamiseksi. <button>Hyväksy kaikki</button> <button>Vain välttämättömät</button> <a href="/evasteet">Lue lisää</a></div>
<header><a href="/" class="logo">Karjalan Biotalousklusteri ry</a>
<nav><a href="/">Etusivu</a> <a href="/meista">Meistä</a> <a href="/jasenet">Jäsenet</a> <a href="/hankkeet">Hankkeet</a> <a href="/tapahtumat">Tapahtumat</a> <a href="/ajankohtaista">Ajankohtaista</a> <a href="/yhteystiedot" class="active">Yhteystiedot</a> <a href="/sv">SV</a> <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Etusivu › Yhteystiedot › Henkilöstö</p>
<h1>Henkilöstö</h1>
<p>Karjalan Biotalousklusteri ry (KBK) on vuonna 2031 perustettu yhdistys, joka kokoaa yhteen Pohjois-Karjalan metsä-, puu- ja biotalousyritykset, oppilaitokset ja julkiset toimijat. Toimistomme sijaitsee Joensuun Tiedepuistossa, Länsikatu 15. Tavoitat meidät parhaiten sähköpostilla muodossa etunimi.sukunimi@karjalabio.example.fi. Toimisto on avoinna arkisin klo 9–15, heinäkuussa vain sopimuksen mukaan. Tervetuloa käymään!</p>
<h2>Tiimimme</h2>
<div class="cards">
""" + cards + """</div>
<h2>Näin palvelemme jäseniä</h2>
<p>Jokaisella jäsenyrityksellä on klusterissa nimetty yhteyshenkilö, joka tuntee yrityksen tilanteen ja auttaa löytämään oikeat kumppanit, rahoitusmahdollisuudet ja koulutukset. Pienemmät yritykset ohjataan yleensä ensin kehitysjohtajan ja projektipäällikön luo, kansainvälisiä kumppaneita etsivät yritykset kansainvälisten asioiden asiantuntijalle. Järjestämme vuosittain noin kaksikymmentä tilaisuutta: jäsenaamuja, yritysvierailuja, työpajoja ja yhden suuremman seminaarin. Lisäksi kokoamme kahdesti vuodessa katsauksen alan rahoitushauista ja lainsäädännön muutoksista.</p>
<p>Klusterin työtä ohjaa strategia vuosille 2038–2042, jonka painopisteet ovat puurakentamisen vienti, metsäteollisuuden sivuvirtojen jalostus, osaavan työvoiman saatavuus sekä hiilinielujen ja luonnon monimuotoisuuden huomioiminen yritysten liiketoiminnassa. Strategia hyväksyttiin syyskokouksessa marraskuussa 2037, ja sen toteutumista seurataan vuosittaisella jäsenkyselyllä.</p>
<h2>Yhteistyökumppanit</h2>
<p>Teemme tiivistä yhteistyötä seuraavien organisaatioiden kanssa: Luonnonvarakeskus (Luke), Business Joensuu Oy, Pohjois-Karjalan ELY-keskus, Suomen Metsäkeskus, Puuinfo Oy, Joensuun kaupunki, Lieksan kaupunki sekä Skellefteå Wood Cluster Ruotsissa ja Kareliya Forest Tech Norjan Finnmarkissa. Kumppaneiden asiantuntijat osallistuvat jäsenaamuihin ja työpajoihin, ja useimpien kanssa meillä on voimassa oleva yhteistyösopimus. Kansainvälisissä hankkeissa toimimme tavallisesti suomalaisena koordinaattorina tai alueellisena kumppanina. Jos organisaatiosi haluaa tehdä yhteistyötä kanssamme, ota yhteyttä toimitusjohtajaan tai kansainvälisten asioiden asiantuntijaan – vastaamme yhteydenottoihin yleensä kahden arkipäivän kuluessa.</p>
<h2>Avoimet työpaikat</h2>
<p>Haemme parhaillaan määräaikaista projektiasiantuntijaa BioHub-hankkeeseen ajalle 1.11.2039–31.10.2041. Hakuaika päättyy 20.9.2039. Lisätietoja antaa toimitusjohtaja Heikki Turunen. Otamme vastaan myös avoimia hakemuksia harjoittelupaikoista kevään ja kesän jaksoille.</p>
<h2>Hallitus</h2>
<p>Yhdistyksen hallituksen puheenjohtajana toimii Pekka Laitinen (Laitisen Saha Oy) ja varapuheenjohtajana Minna Kettunen (Pohjois-Karjalan maakuntaliitto). Hallituksen kokoonpano kokonaisuudessaan löytyy <a href="/meista/hallitus">hallitussivulta</a>.</p>
<aside class="events"><h2>Tulevat tapahtumat</h2>
<ul>
<li><strong>ke 14.9.2039</strong> – Jäsenaamu: puun sivuvirrat uusiksi tuotteiksi, Joensuun Tiedepuisto klo 8.30–10.00</li>
<li><strong>ke 5.10.2039</strong> – Puurakentamisen päivä 2039, Lieksa (ilmoittautuminen 25.9. mennessä)</li>
</ul></aside>
<p class="note">Päivitetty 29.8.2039. Henkilöstön vaihdokset: projektikoordinaattori Satu Karhu on jäänyt perhevapaalle 1.8.2039 alkaen; hänen tehtäviään hoitaa Mikko Hyvönen. Uusi kehitysjohtaja Anna-Liisa Kärkkäinen aloitti tehtävässään 15.8.2039 ja siirtyi klusteriin Karelia-ammattikorkeakoulun TKI-palveluista, joissa hän johti puurakentamisen tutkimusryhmää kuusi vuotta.</p>
<p class="share">Jaa: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">Sähköposti</a></p>
</main>
<footer><p>Karjalan Biotalousklusteri ry · Länsikatu 15, 80110 Joensuu · Y-tunnus 0000000-0 · info@karjalabio.example.fi</p>
<p>Toimintaa rahoittavat jäsenet sekä Euroopan aluekehitysrahasto. © 2039 KBK · <a href="/tietosuoja">Tietosuojaseloste</a> · <a href="/saavutettavuus">Saavutettavuusseloste</a></p></footer>
</body></html>
"""
write(F, T)
K = "Karjalan Biotalousklusteri ry"
gold(F,
 [P("Heikki Turunen","toimitusjohtaja",K), P("Anna-Liisa Kärkkäinen","kehitysjohtaja",K),
  P("Mikko Hyvönen","projektipäällikkö, BioHub North Karelia",K),
  P("Sanna Pesonen","kansainvälisten asioiden asiantuntija",K),
  P("Jari Ikonen","asiantuntija, koulutus ja osaaminen",K), P("Outi Räsänen","viestintäpäällikkö",K),
  P("Tuomas Vartiainen","talous- ja hallintopäällikkö",K), P("Elina Hirvonen","harjoittelija",K),
  P("Pekka Laitinen","puheenjohtajana","Karjalan Biotalousklusteri ry"),
  P("Minna Kettunen","varapuheenjohtajana","Karjalan Biotalousklusteri ry"),
  P("Satu Karhu","projektikoordinaattori",K)],
 [O(K,"KBK"), O("Metsähallituksen"), O("Stora Enson Uimaharjun tehtaalla"), O("Itä-Suomen yliopiston"),
  O("Karelia-ammattikorkeakoulun"), O("Enterprise Europe Networkiin"),
  O("Riveria-oppilaitoksen"), O("Luonnonvarakeskus","Luke"), O("Business Joensuu Oy"), O("Pohjois-Karjalan ELY-keskus"), O("Suomen Metsäkeskus"), O("Puuinfo Oy"), O("Joensuun kaupunki"), O("Lieksan kaupunki"), O("Skellefteå Wood Cluster"), O("Kareliya Forest Tech"), O("Joensuun Tiedepuistossa"), O("Laitisen Saha Oy"),
  O("Pohjois-Karjalan maakuntaliitto")],
 [E("Jäsenaamu: puun sivuvirrat uusiksi tuotteiksi","2039-09-14",None,"Joensuu","Finland"),
  E("Puurakentamisen päivä 2039","2039-10-05",None,"Lieksa","Finland"),
  E("syyskokous","2037-11")],
 ["2038/2042","2037-11","2039-11-01/2041-10-31","2039-09-20","2031","2039-09-14","2039-10-05","2039-09-25","2039-08-29","2039-08-01","2039-08-15","2039"],
 [], "2039-08-29")
