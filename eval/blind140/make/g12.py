from h import *
F = 'g12_porvoo_kemianklusteri_arviointi-pdf.txt'
assert wd(2039,5,24)=='Tuesday' and wd(2039,8,31)=='Wednesday' and wd(2039,10,4)=='Tuesday'
T = """Itä-Uudenmaan kemian ja kiertotalouden klusterin arviointi 2035–2039
Loppuraportin tiivistelmä

Tilaaja: Itä-Uudenmaan Kehittämisyhtiö Posintra Oy
Toteuttaja: Sirola & Vähäsarja Tutkimus Oy, Helsinki
Kirjoittajat: Anna-Kaisa Räsänen, Mikael Strömberg, Juho Väänänen
Julkaistu: 31.8.2039
ISBN 978-952-0000-00-0 (PDF)

1 Arvioinnin tausta

Porvoon Kilpilahden teollisuusalue on Pohjoismaiden suurin öljynjalostuksen ja kemianteollisuuden
keskittymä. Vuonna 2035 Itä-Uudenmaan kehittämisyhtiö Posintra Oy käynnisti yhdessä Porvoon kaupungin,
Uudenmaan liiton ja alueen yritysten kanssa kemian ja kiertotalouden klusteriohjelman, jonka tavoit-
teena oli auttaa pk-yrityksiä pääsemään mukaan jalostamon muutokseen kohti uusiutuvia raaka-aineita.
Ohjelmaa rahoitettiin Oikeudenmukaisen siirtymän rahastosta ja alueen kuntien varoista.

Arviointi toteutettiin helmikuun ja kesäkuun 2039 välisenä aikana. Aineisto koostui 34 haastattelusta,
yrityskyselystä (vastaajia 87) ja kahdesta työpajasta. Ensimmäinen työpaja pidettiin Porvoossa
tiistaina 24.5.2039 ja toinen etäyhteydellä 14.6.2039. Tuloksia esiteltiin lisäksi Uudenmaan liiton
maakuntahallituksen kokouksessa 20.9.2039.

Itä-Uudenmaan kemianklusterin arviointi 2035–2039                                                  1

Arvioinnin ohjausryhmä
Ohjausryhmään kuuluivat Porvoon kaupunki (puheenjohtaja), Uudenmaan liitto, Loviisan kaupunki,
Sipoon kunta, Neste Oyj, Borealis Polymers Oy, Haaga-Helia ammattikorkeakoulu ja Aalto-yliopisto.
Ohjausryhmä kokoontui arvioinnin aikana neljä kertaa. Sen tehtävänä oli hyväksyä arviointikysymykset,
kommentoida välituloksia ja varmistaa, että suositukset ovat toteuttamiskelpoisia.

Arviointikysymykset olivat seuraavat: Onko klusteriohjelma saavuttanut sille asetetut tavoitteet?
Miten klusterin palvelut ovat vaikuttaneet jäsenyritysten toimintaan, liikevaihtoon ja yhteistyöhön?
Millainen rooli klusterilla voi olla alueen teollisuuden vihreässä siirtymässä vuoden 2040 jälkeen?
Arvioinnissa hyödynnettiin myös vertailua kahteen muuhun eurooppalaiseen kemian klusteriin, Ant-
werpenin satama-alueen klusteriin Belgiassa ja Tarragonan kemianklusteriin Espanjassa. Vertailu
osoitti, että molemmissa on pysyvä henkilöstö hankkeiden valmisteluun, mikä selittää niiden
suuremman yhteishankkeiden määrän. Lisäksi arvioijat kävivät läpi klusterin vuosisuunnitelmat,
toimintakertomukset ja hallituksen pöytäkirjat vuosilta 2035–2038.

2 Keskeiset havainnot

Klusteri on kasvanut neljässä vuodessa 23 jäsenestä 71 jäseneen. Jäsenistä 48 on pk-yrityksiä, ja
niistä noin kolmannes on perustettu vuoden 2034 jälkeen. Klusterin toiminnan koettiin lisänneen
yritysten välistä luottamusta, mutta suurten ja pienten yritysten yhteiset kehityshankkeet ovat
edelleen harvinaisia.

Haastateltavat mainitsivat onnistumisina erityisesti Kilpilahden avoimet ovet -päivät, joita on
järjestetty vuosittain vuodesta 2036, sekä Porvoon kiertotalousfoorumin, joka kokosi syyskuussa 2038
yli 300 osallistujaa. Heikkouksina nähtiin hankkeiden raskas hallinto ja se, että klusterin
palvelut tunnetaan huonosti Loviisan ja Sipoon yrityksissä.

"Klusteri on tuonut pöydän ääreen yrityksiä, jotka eivät aiemmin tunteneet toisiaan", totesi
arvioinnin ohjausryhmän puheenjohtaja, Porvoon kaupungin elinkeinojohtaja Eeva-Liisa Kuusisto.

Itä-Uudenmaan kemianklusterin arviointi 2035–2039                                                  2

Klusterin palvelut arviointikaudella
Klusteri tarjosi jäsenilleen neljää palvelukokonaisuutta: kumppanihakua ja yritysten välisiä
tapaamisia, koulutusta kiertotalouden ja turvallisuuden teemoista, apua EU-rahoituksen hakemiseen
sekä yhteistä markkinointia kotimaisilla ja kansainvälisillä messuilla. Yrityskyselyn perusteella
eniten arvostettiin yritysten välisiä tapaamisia ja koulutuksia, kun taas rahoitusneuvonta sai
heikoimmat arviot. Vastaajista 62 prosenttia piti klusterin toimintaa hyödyllisenä tai erittäin hyödyl-
lisenä omalle yritykselleen, ja 41 prosenttia kertoi löytäneensä klusterin kautta uuden asiakkaan,
toimittajan tai kehityskumppanin. Pienimmät yritykset toivoivat lisäksi henkilökohtaista neuvontaa.

Itä-Uudenmaan kemianklusterin arviointi 2035–2039                                                  3

3 Johtopäätökset

1. Klusteriohjelma on saavuttanut jäsenmäärää ja verkostoitumista koskevat tavoitteensa
2. Yritysten yhteishankkeiden määrä jäi selvästi tavoitteesta, koska pk-yrityksillä ei ole resursseja valmistella hakemuksia
3. Klusterin rooli jalostamon muutoksessa on tärkeä, mutta sitä ei ole kirjattu maakunnan strategiaan
4. Ohjelman seurantatiedot kuvaavat toimenpiteitä, eivät vaikutuksia

4 Suositukset

– Klusterille palkataan hankevalmistelija, joka auttaa pk-yrityksiä rahoitushakemuksissa
– Klusteriohjelma kirjataan Uudenmaan maakuntaohjelmaan vuosille 2040–2042
– Seurantaan otetaan mukaan vaikuttavuusmittarit, kuten uudet tuotteet ja vienti
– Palveluja viedään aktiivisesti Loviisaan ja Sipooseen yhdessä kuntien elinkeinoyhtiöiden kanssa

5 Jatkotoimet

Posintran hallitus käsittelee suositukset kokouksessaan 4.10.2039. Raportti esitellään myös
Suomen kemianteollisuuden liiton Kemianteollisuus ry:n aluefoorumissa Porvoossa marraskuussa 2039.
Lisätietoja: toimitusjohtaja Tapio Lindholm-Virtanen, Posintra Oy, ja projektipäällikkö
Sanna Öhman, puh. 040 000 0000, sanna.ohman@posintra.example.fi.

Itä-Uudenmaan kemianklusterin arviointi 2035–2039                                                  4
"""
write(F, T)
Po="Itä-Uudenmaan Kehittämisyhtiö Posintra Oy"
gold(F,
 [P("Anna-Kaisa Räsänen",None,"Sirola & Vähäsarja Tutkimus Oy"),
  P("Mikael Strömberg",None,"Sirola & Vähäsarja Tutkimus Oy"),
  P("Juho Väänänen",None,"Sirola & Vähäsarja Tutkimus Oy"),
  P("Eeva-Liisa Kuusisto","elinkeinojohtaja","Porvoon kaupungin"),
  P("Tapio Lindholm-Virtanen","toimitusjohtaja","Posintra Oy"),
  P("Sanna Öhman","projektipäällikkö","Posintra Oy")],
 [O(Po,None), O("Sirola & Vähäsarja Tutkimus Oy"), O("Porvoon kaupunki"), O("Uudenmaan liitto"),
  O("Loviisan kaupunki"), O("Sipoon kunta"), O("Neste Oyj"), O("Borealis Polymers Oy"), O("Haaga-Helia ammattikorkeakoulu"),
  O("Aalto-yliopisto"), O("Kemianteollisuus ry")],
 [E("työpaja","2039-05-24",None,"Porvoo","Finland"),
  E("työpaja","2039-06-14",None,None,None),
  E("maakuntahallituksen kokous","2039-09-20",None,None,None),
  E("Kilpilahden avoimet ovet -päivät",None,None,None,"Finland"),
  E("Porvoon kiertotalousfoorumi","2038-09",None,"Porvoo","Finland"),
  E("kokous","2039-10-04",None,None,None),
  E("aluefoorumi","2039-11",None,"Porvoo","Finland")],
 ["2035/2039","2039-08-31","2035","2039-02/2039-06","2039-05-24","2039-06-14","2039-09-20","2034","2036","2038-09","2040/2042","2039-10-04","2039-11","2040","2035/2038"],
 ["Klusteriohjelma on saavuttanut jäsenmäärää ja verkostoitumista koskevat tavoitteensa",
  "Yritysten yhteishankkeiden määrä jäi selvästi tavoitteesta, koska pk-yrityksillä ei ole resursseja valmistella hakemuksia",
  "Klusterin rooli jalostamon muutoksessa on tärkeä, mutta sitä ei ole kirjattu maakunnan strategiaan",
  "Ohjelman seurantatiedot kuvaavat toimenpiteitä, eivät vaikutuksia",
  "Klusterille palkataan hankevalmistelija, joka auttaa pk-yrityksiä rahoitushakemuksissa",
  "Klusteriohjelma kirjataan Uudenmaan maakuntaohjelmaan vuosille 2040–2042",
  "Seurantaan otetaan mukaan vaikuttavuusmittarit, kuten uudet tuotteet ja vienti",
  "Palveluja viedään aktiivisesti Loviisaan ja Sipooseen yhdessä kuntien elinkeinoyhtiöiden kanssa"],
 pub="2039-08-31")
