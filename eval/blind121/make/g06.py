from h import *
F = 'g06_etela_savo_puuklusteri_uutiskirje.txt'
assert wd(2040,3,22)=='Thursday' and wd(2040,4,16)=='Monday' and wd(2040,4,17)=='Tuesday' and wd(2040,2,27)=='Monday' and wd(2040,6,12)=='Tuesday'
T = """Etusivu | Klusterista | Jäsenet | Hankkeet | Tapahtumat | Uutiskirjeet | Ota yhteyttä
Haku...

Käytämme evästeitä sivuston toiminnan varmistamiseen. [Hyväksy kaikki] [Vain välttämättömät]

UUTISKIRJE 2/2040
Saimaan Puuklusteri ry – jäsenille ja kumppaneille
Julkaistu 29.3.2040 | Kirjoittaja: Sanna Väänänen-Kurki

Jaa: Facebook | LinkedIn | Sähköposti

----------------------------------------

Toiminnanjohtajan tervehdys

Hyvä jäsen, kevät on puualalla aina kiireistä aikaa, ja tänä vuonna erityisesti. Maakuntaan on tulossa kaksi uutta sahainvestointia, ja rakennuspuolella kysyntä on kääntynyt kasvuun. Samalla osaavasta työvoimasta on yhä suurempi pula. Siksi klusteri panostaa tänä vuonna koulutusyhteistyöhön ja kansainvälisiin kontakteihin.

Aleksi Häkkinen
toiminnanjohtaja, Saimaan Puuklusteri ry

----------------------------------------

Kevätkokouksessa valittiin uusi hallitus

Saimaan Puuklusteri ry:n sääntömääräinen kevätkokous pidettiin torstaina 22.3.2040 Mikkelissä Xamkin Kasarmin kampuksella. Kokoukseen osallistui 46 jäsenyritysten edustajaa. Kokous hyväksyi vuoden 2039 tilinpäätöksen ja myönsi hallitukselle vastuuvapauden.

Hallitukseen kaudelle 2040–2042 valittiin:
- puheenjohtaja Kaisa Lehtonen, Sahateollisuus Kangas Oy, Pieksämäki
- varapuheenjohtaja Jukka-Pekka Rautiainen, Savonlinnan Hirsitalot Oy
- jäsen Marjatta Ruotsalainen, Kaakkois-Suomen ammattikorkeakoulu Xamk
- jäsen Erik Lindqvist, Metsäkeskus
- jäsen Ville Ahonen, Etelä-Savon maakuntaliitto

Kokouksen yhteydessä Etelä-Savon ELY-keskuksen yksikönpäällikkö Pirjo Hyvärinen esitteli katsauksen alueen yritystukiin. Hänen mukaansa puualan hankkeisiin myönnettiin vuonna 2039 tukea yhteensä 4,2 miljoonaa euroa.

Hallituksesta jäi pois pitkäaikainen puheenjohtaja Heikki Partanen, joka toimi tehtävässä vuodesta 2031. Kokous kiitti häntä lämpimästi klusterin rakentamisesta: kun yhdistys perustettiin, jäseniä oli vain yksitoista, nyt niitä on 74. Partanen jatkaa klusterin neuvonantajana vientiasioissa ja edustaa klusteria edelleen Suomen puutuoteteollisuuden yhteistyöryhmässä. Kokouksen päätteeksi osallistujat tutustuivat Xamkin uuteen puutekniikan oppimisympäristöön, jossa opiskelijat rakentavat ensimmäistä omaa CLT-elementtiään.

Lue lisää »

----------------------------------------

Jäsenkyselyn tulokset: keskeiset havainnot

Teimme helmikuussa jäsenille kyselyn, johon vastasi 38 yritystä. Kyselyn tärkeimmät havainnot:
- Yli puolet vastaajista aikoo rekrytoida vuoden 2040 aikana, mutta vain joka neljäs löytää sopivan työntekijän
- Puurakentamisen julkiset hankinnat ovat yrityksille tärkein kasvun lähde
- Vientiä harkitsevat yritykset toivovat yhteisiä messuosastoja Ruotsiin ja Saksaan
- Digitaalinen tuotannonohjaus on käytössä vasta viidenneksellä jäsenistä

Kyselyn toteutti Xamkin tutkimusryhmä, ja koko raportti on luettavissa jäsensivuilla.

----------------------------------------

Tulevat tapahtumat

Ma–ti 16.–17.4.2040 | Opintomatka Växjöhön
Klusteri järjestää yhdessä ruotsalaisen Trästad Småland -verkoston kanssa opintomatkan Växjöhön, joka tunnetaan Euroopan puukaupunkina. Maanantaina vierailemme puukerrostalotyömailla, tiistaina Linnéuniversitetin puurakentamisen laboratoriossa. Mukaan mahtuu 20 henkilöä. Ilmoittautuminen viimeistään 6.4.

Ti 8.5. klo 9–12 | Webinaari: Puurakentamisen hiilijalanjälki
Asiantuntijana arkkitehti Linnea Saarinen-Bergström, Puuinfo Oy. Webinaari on maksuton.

Ti 12.6.2040 | Puuklusterin kesäpäivä Savonlinnassa
Perinteinen kesäpäivä järjestetään jo kuudennen kerran. Ohjelmassa yritysvierailu Savonlinnan Hirsitalot Oy:n tehtaalla ja illalla saunailta Kyrönniemessä. Aiemmat kesäpäivät on pidetty Mikkelissä (2037), Pieksämäellä (2038) ja Juvalla (2039).

Syyskuu 2040 | Puupäivät, Messukeskus Helsinki
Klusterilla on jälleen yhteisosasto. Kiinnostuneet yritykset voivat ilmoittautua toiminnanjohtajalle.

----------------------------------------

Takaisin katsottuna: klusteriaamiainen EU-rahoituksesta

Maanantaina 27.2.2040 järjestetty klusteriaamiainen keräsi Mikkelin Yrityspalveluiden tiloihin 31 osallistujaa. Euroopan komission yritys- ja teollisuusasioiden pääosaston (DG GROW) asiantuntija Matthias Oberhuber-Kainz kertoi etäyhteydellä, miten eurooppalaiset klusterikumppanuudet rahoittavat pk-yritysten kansainvälistymistä. Hänen jälkeensä Mikkelin kehitysyhtiö Miksei Oy:n projektipäällikkö Tuomas Kärkkäinen esitteli alueen yrityksille avointa kansainvälistymisvalmennusta. Keskustelussa nousi esiin, että pienet puutuoteyritykset tarvitsevat kumppanikseen isomman yrityksen tai tutkimuslaitoksen, jotta EU-hakemus on realistinen. Klusteri selvittää kevään aikana, voisiko se itse toimia kumppanina eurooppalaisessa klusterihankkeessa yhdessä Trästad Smålandin ja itävaltalaisen Holzcluster Steiermark GmbH:n kanssa. Aamiaisen esitykset löytyvät jäsensivuilta.

----------------------------------------

Jäsenuutisia

Sahateollisuus Kangas Oy on aloittanut uuden sahalinjan rakentamisen Pieksämäellä. Toimitusjohtaja Kaisa Lehtonen kertoo, että investointi luo noin 30 uutta työpaikkaa.

Tervetuloa uusina jäseninä Hirsirakenne Tuominen Oy (Ristiina) ja Kuitupuu Savo Ky (Juva).

Muistutus: jäsenmaksut vuodelle 2040 erääntyvät 30.4.2040.

----------------------------------------

Saimaan Puuklusteri ry | Sammonkatu 12, 50130 Mikkeli | info@saimaanpuu.example.fi
Haluatko lopettaa uutiskirjeen tilauksen? Peru tilaus tästä.
© 2040 Saimaan Puuklusteri ry
"""
write(F, T)
S = "Saimaan Puuklusteri ry"
gold(F,
 [P("Sanna Väänänen-Kurki",None,None),
  P("Heikki Partanen","puheenjohtaja",S),
  P("Aleksi Häkkinen","toiminnanjohtaja",S),
  P("Kaisa Lehtonen","puheenjohtaja",S),
  P("Jukka-Pekka Rautiainen","varapuheenjohtaja",S),
  P("Marjatta Ruotsalainen","jäsen",S),
  P("Erik Lindqvist","jäsen",S),
  P("Ville Ahonen","jäsen",S),
  P("Pirjo Hyvärinen","yksikönpäällikkö","Etelä-Savon ELY-keskuksen"),
  P("Matthias Oberhuber-Kainz","asiantuntija","Euroopan komission yritys- ja teollisuusasioiden pääosaston"),
  P("Tuomas Kärkkäinen","projektipäällikkö","Miksei Oy"),
  P("Linnea Saarinen-Bergström","arkkitehti","Puuinfo Oy")],
 [O(S), O("Sahateollisuus Kangas Oy"), O("Savonlinnan Hirsitalot Oy"), O("Kaakkois-Suomen ammattikorkeakoulu Xamk","Xamk"),
  O("Metsäkeskus"), O("Etelä-Savon maakuntaliitto"), O("Etelä-Savon ELY-keskuksen"), O("Trästad Småland"),
  O("Linnéuniversitetin"), O("Puuinfo Oy"), O("Hirsirakenne Tuominen Oy"), O("Kuitupuu Savo Ky"), O("Mikkelin Yrityspalveluiden"), O("Euroopan komission yritys- ja teollisuusasioiden pääosaston","DG GROW"), O("Miksei Oy"), O("Holzcluster Steiermark GmbH")],
 [E("kevätkokous","2040-03-22",None,"Mikkeli","Finland"),
  E("klusteriaamiainen","2040-02-27",None,"Mikkeli","Finland"),
  E("Opintomatka Växjöhön","2040-04-16","2040-04-17","Växjö","Sweden"),
  E("vierailemme puukerrostalotyömailla","2040-04-16",None,"Växjö","Sweden"),
  E("Linnéuniversitetin puurakentamisen laboratoriossa","2040-04-17",None,"Växjö","Sweden"),
  E("Puurakentamisen hiilijalanjälki","2040-05-08",None,None,None),
  E("Puuklusterin kesäpäivä","2040-06-12",None,"Savonlinna","Finland"),
  E("yritysvierailu","2040-06-12",None,"Savonlinna","Finland"),
  E("saunailta","2040-06-12",None,"Savonlinna","Finland"),
  E("kesäpäivä","2037",None,"Mikkeli","Finland"),
  E("kesäpäivä","2038",None,"Pieksämäki","Finland"),
  E("kesäpäivä","2039",None,"Juva","Finland"),
  E("Puupäivät","2040-09",None,"Helsinki","Finland")],
 ["2040-03-29","2040-03-22","2039","2040/2042","2040-02","2040","2040-04-16/2040-04-17","2040-04-06","2040-05-08",
  "2040-06-12","2037","2038","2040-09","2040-04-30","2040-02-27","2031"],
 ["Yli puolet vastaajista aikoo rekrytoida vuoden 2040 aikana, mutta vain joka neljäs löytää sopivan työntekijän",
  "Puurakentamisen julkiset hankinnat ovat yrityksille tärkein kasvun lähde",
  "Vientiä harkitsevat yritykset toivovat yhteisiä messuosastoja Ruotsiin ja Saksaan",
  "Digitaalinen tuotannonohjaus on käytössä vasta viidenneksellä jäsenistä"],
 pub="2040-03-29")
