from h import *
F = 'g06_salo_tiekartta-pdf.txt'
assert wd(2035,10,2)=='Tuesday' and wd(2035,11,6)=='Tuesday' and wd(2036,2,12)=='Tuesday' and wd(2035,12,3)=='Monday' and wd(2036,9,17)=='Wednesday' and wd(2036,9,18)=='Thursday'
H = "Salon seudun elektroniikka- ja ICT-klusterin tiekartta 2036–2040"
T = f"""{H}                                   1 (4)

SALON SEUDUN ELEKTRONIIKKA- JA ICT-KLUSTERIN
TIEKARTTA 2036–2040
Toimenpideohjelma ja suositukset

Hyväksytty Salon Elektroniikkaklusteri ry:n hallituksen kokouksessa 12.2.2036
Julkaisija: Yrityssalo Oy · Laatijat: Heikki Mäenpää, Sanna-Riikka Laine ja
Rasmus Ekström-Salonen · Taitto: Yrityssalo Oy / viestintä

ESIPUHE

Salon seutu on käynyt läpi yhden Suomen suurimmista rakennemuutoksista. Kun
matkapuhelintuotanto päättyi, alueelle jäi kuitenkin vahva osaaminen elektro-
niikan suunnittelussa, testauksessa ja tuotannossa. Tämä tiekartta kokoaa yh-
teen sen, mitä klusterin yritykset, oppilaitokset ja julkiset toimijat ovat
vuoden 2035 aikana yhdessä sopineet.

Tiekarttaa valmisteltiin syksyllä 2035 kolmessa sidosryhmätyöpajassa. Viimei-
nen ja laajin työpaja pidettiin maanantaina 3.12.2035 Salo IoT Campuksella, ja
siihen osallistui 64 henkilöä 38 organisaatiosta.

"Meillä on osaamista, jota Euroopassa tarvitaan juuri nyt – sitä pitää vain
osata myydä yhdessä", sanoo Salon Elektroniikkaklusteri ry:n hallituksen
puheenjohtaja Mikaela Grönroos (toimitusjohtaja, Nordic Sensor Labs Oy).

Tiekarttatyöpajat syksyllä 2035:
– 2.10.2035, Perniö: osaaminen, koulutus ja rekrytointi
– 6.11.2035, Halikko: kansainvälistyminen ja yhteinen markkinointi
– 3.12.2035, Salo: toimenpiteiden priorisointi ja vastuunjako

{H}                                   2 (4)

1 NYKYTILA LYHYESTI

Klusterissa on 112 jäsentä, joista 94 on yrityksiä. Jäsenyritykset työllistävät
noin 2 900 henkeä. Vahvimmat osaamisalueet ovat radiotekniikka, sulautetut
järjestelmät, tuotetestaus sekä piirilevyjen pienerätuotanto. Heikkouksina
työpajoissa tunnistettiin pienten yritysten vähäinen kansainvälinen myynti ja
vaikeus rekrytoida ohjelmistokehittäjiä pääkaupunkiseudun ja Turun kilpailussa.

Edellisen kehittämisohjelman (2031–2035) arvioinnin mukaan klusterin yhteiset
hankkeet toivat alueelle 46 uutta työpaikkaa ja yhdeksän uutta yritystä. Arvi-
oinnissa kuitenkin todettiin, että ohjelmassa oli liikaa pieniä toimenpiteitä
eikä niille ollut nimetty vastuutahoja. Uudessa tiekartassa jokaiselle toimen-
piteelle on nimetty vastuuorganisaatio ja aikataulu.

Salo IoT Campus on entisen tuotekehityskeskuksen tiloihin perustettu yritys-
kampus, jossa toimii tällä hetkellä yli 80 yritystä ja noin 1 100 työntekijää.
Kampus tarjoaa klusterin yrityksille testilaboratorion, sähkömagneettisen yh-
teensopivuuden mittaushallin sekä yhteiset kokoustilat. Kampuksen omistaa
Salon kaupunki, ja sen toiminnasta vastaa Yrityssalo Oy.

Turun yliopisto ja Turun ammattikorkeakoulu ovat sitoutuneet tuomaan osan
elektroniikan koulutuksestaan Saloon. Varsinais-Suomen liitto on nostanut
elektroniikan yhdeksi maakunnan älykkään erikoistumisen painopisteistä vuosille
2035–2041.

2 TOIMENPITEET 2036–2040

Tiekartta sisältää seuraavat toimenpiteet:
- yhteinen testaus- ja sertifiointipalvelu IoT-laitteille, joka avataan vuoden
2037 alussa
- kansainvälisen myynnin ryhmähanke 15 pk-yritykselle yhdessä Business Finlandin kanssa
- rekrytointikampanja "Salo kutsuu" ohjelmistokehittäjille keväällä 2036
- klusterin yritysten yhteinen kesätyö- ja harjoitteluohjelma

Toimenpiteiden kustannusarvio on yhteensä noin 3,4 miljoonaa euroa. Siitä noin
puolet katetaan jäsenyritysten omalla rahoituksella ja loput alueellisella ja
kansallisella kehittämisrahoituksella, jota haetaan vuosittain erikseen.

{H}                                   3 (4)

3 SUOSITUKSET

Työryhmä suosittaa, että
1. Salon kaupunki ja Yrityssalo Oy turvaavat klusterin koordinoinnin rahoituksen koko tiekarttakauden ajaksi
2. klusteri hakee yhdessä Tampereen ja Oulun elektroniikkayhteisöjen kanssa paikkaa eurooppalaisessa puolijohdeverkostossa
3. yritysten ja oppilaitosten välille perustetaan pysyvä koulutusneuvosto, joka kokoontuu vähintään kahdesti vuodessa
4. tiekartan toteutumista seurataan vuosittain, ja tulokset esitellään jäsenille kevätkokouksessa

4 TIEKARTAN SEURANTA JA TAPAHTUMAT

Ensimmäinen välitarkastelu tehdään syksyllä 2036. Tulokset esitellään Salo
Tech Days 2036 -tapahtumassa 17.–18.9.2036, jonka klusteri järjestää yhdessä
Salo IoT Campuksen kanssa. Tapahtumaan odotetaan noin 400 osallistujaa.

Klusterin jäsenille järjestetään lisäksi opintomatka Eindhoveniin Brainport-
alueelle toukokuussa 2036. Matkan vetäjänä toimii klusterikoordinaattori
Sanna-Riikka Laine.

Seurannasta vastaa Yrityssalo Oy:n kehitysjohtaja Heikki Mäenpää. Kaupungin
puolesta tiekarttatyötä on tukenut elinkeinojohtaja Pertti Vuorinen-Aalto.

{H}                                   4 (4)

YHTEYSTIEDOT

Salon Elektroniikkaklusteri ry
c/o Yrityssalo Oy, Joensuunkatu 7, 24100 Salo
klusteri@salonelektroniikka.example.fi

Heikki Mäenpää, kehitysjohtaja, Yrityssalo Oy
Sanna-Riikka Laine, klusterikoordinaattori, Salon Elektroniikkaklusteri ry
Rasmus Ekström-Salonen, analyytikko, Yrityssalo Oy

Tiekartan laatimista on rahoittanut Varsinais-Suomen liitto.
"""
write(F, T)
K="Salon Elektroniikkaklusteri ry"
gold(F,
 [P("Heikki Mäenpää","kehitysjohtaja","Yrityssalo Oy"),
  P("Sanna-Riikka Laine","klusterikoordinaattori",K),
  P("Rasmus Ekström-Salonen","analyytikko","Yrityssalo Oy"),
  P("Mikaela Grönroos","puheenjohtaja",K),
  P("Pertti Vuorinen-Aalto","elinkeinojohtaja","Salon kaupunki")],
 [O(K), O("Yrityssalo Oy"), O("Salo IoT Campus"), O("Nordic Sensor Labs Oy"), O("Turun yliopisto"),
  O("Turun ammattikorkeakoulu"), O("Varsinais-Suomen liitto"), O("Business Finland"), O("Salon kaupunki")],
 [E("hallituksen kokous","2036-02-12",None,None,None),
  E("sidosryhmätyöpaja","2035-10-02",None,"Perniö","Finland"),
  E("sidosryhmätyöpaja","2035-11-06",None,"Halikko","Finland"),
  E("sidosryhmätyöpaja","2035-12-03",None,"Salo","Finland"),
  E("Salo Tech Days 2036","2036-09-17","2036-09-18","Salo","Finland"),
  E("opintomatka","2036-05",None,"Eindhoven","Netherlands")],
 ["2036/2040","2036-02-12","2035","2035-12-03","2035/2041","2037","2036","2036-09-17/2036-09-18","2036-05","2035-10-02","2035-11-06","2031/2035"],
 ["Salon kaupunki ja Yrityssalo Oy turvaavat klusterin koordinoinnin rahoituksen koko tiekarttakauden ajaksi",
  "klusteri hakee yhdessä Tampereen ja Oulun elektroniikkayhteisöjen kanssa paikkaa eurooppalaisessa puolijohdeverkostossa",
  "yritysten ja oppilaitosten välille perustetaan pysyvä koulutusneuvosto, joka kokoontuu vähintään kahdesti vuodessa",
  "tiekartan toteutumista seurataan vuosittain, ja tulokset esitellään jäsenille kevätkokouksessa"],
 pub="2036-02-12")
