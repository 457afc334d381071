from h import *
F = 'g13_heinola_puuklusteri_seminaarisarja.txt'
assert wd(2041,6,6)=='Thursday' and wd(2041,6,7)=='Friday' and wd(2041,5,20)=='Monday'
T = """Päijät-Hämeen Puurakentamisen Klusteri ry
Etusivu | Klusteri | Jäsenet | Tapahtumat | Uutiset | Yhteystiedot | In English

Tapahtumat > Heinolan Puupäivät

HEINOLAN PUUPÄIVÄT 2041 – PUURAKENTAMISEN KESÄSEMINAARI
Julkaistu 2.5.2041 | Teksti: Sanna-Maija Lehtonen, viestintäpäällikkö

Päijät-Hämeen Puurakentamisen Klusteri ry järjestää yhdeksännet Heinolan Puupäivät torstaina ja perjantaina 6.–7. kesäkuuta 2041 Heinolan kylpyläalueella. Kaksipäiväinen seminaari kokoaa yhteen puutuoteteollisuuden yritykset, arkkitehdit, rakennuttajat, kuntien päättäjät ja oppilaitokset. Tämän vuoden teemana on puukerrostalojen korjaus ja kiertotalous.

Seminaarin järjestävät yhdessä klusterin kanssa Päijät-Hämeen liitto, Heinolan kaupunki, LAB-ammattikorkeakoulu ja Salpaus-kuntayhtymä. Tilaisuus on osa klusterin Kestävä puukaupunki -toimintaohjelmaa.

Puupäivät sai alkunsa vuonna 2033, kun joukko heinolalaisia sahayrittäjiä ja rakennusliikkeitä halusi kokoontua kerran vuodessa keskustelemaan alan tulevaisuudesta. Ensimmäiseen seminaariin osallistui noin kuusikymmentä henkeä. Nykyään Puupäivät on Päijät-Hämeen suurin puurakentamisen tapahtuma, ja osallistujia tulee myös Uudeltamaalta, Kymenlaaksosta ja Etelä-Savosta. Seminaari järjestetään pääsääntöisesti Heinolassa, mutta joka kolmas vuosi se kiertää jossakin maakunnan muussa kunnassa.

"Haluamme, että seminaarista lähdetään kotiin konkreettisten ideoiden kanssa. Siksi ohjelmassa on paljon työpajoja ja vierailuja ja vähemmän pitkiä esityksiä", sanoo klusterin hallituksen puheenjohtaja Mikko Saarelainen.

Torstain työpajoissa käsitellään kolmea aihetta: puukerrostalojen julkisivujen korjaaminen, purettujen puuelementtien uudelleenkäyttö sekä puurakentamisen koulutus toisella asteella. Työpajojen vetäjinä toimivat LAB-ammattikorkeakoulun ja Salpauksen opettajat sekä jäsenyritysten asiantuntijat. Työpajojen tulokset kootaan perjantain päätöskeskusteluun.

Puurakentamisen tunnustuspalkinto myönnetään vuosittain kohteelle tai toimijalle, joka on edistänyt puun käyttöä Päijät-Hämeessä. Ehdotuksia palkinnon saajaksi voi lähettää klusterin toimistoon toukokuun loppuun asti.

OHJELMA

Torstai 6.6.2041
10.00 Ilmoittautuminen ja aamukahvi
10.30 Avaus: klusterin hallituksen puheenjohtaja Mikko Saarelainen, toimitusjohtaja, Heinolan Sahapuu Oy
10.45 Tervehdys: Heinolan kaupunginjohtaja Riikka Vartiainen-Kallio
11.15 Pääpuheenvuoro "Puukerrostalo 30 vuotta myöhemmin – mitä opimme ensimmäisistä kohteista?" – professori Antti Hirvonen, Aalto-yliopisto
12.15 Lounas
13.15 Yritysesittelyt: uudet liitostekniikat ja CLT-elementtien uusiokäyttö
15.00 Työpajat kolmessa ryhmässä
18.00 Illallinen ja Puurakentamisen tunnustuspalkinnon jako, ravintola Kalliolinna

Perjantai 7.6.2041
9.00 Yritysvierailu: Versowood Oy:n Vierumäen tehdas
9.00 Vaihtoehtoisesti kohdevierailu Heinolan Kipinän puukerrostaloalueelle
12.00 Päätöskeskustelu ja seminaarin päätös

Seminaarin hinta on jäsenille 120 euroa ja muille 240 euroa. Opiskelijat pääsevät maksutta. Hintaan sisältyvät lounas, kahvit, illallinen sekä bussikuljetus perjantain vierailukohteisiin ja takaisin kylpylään. Ilmoittautuminen viimeistään maanantaina 20.5.2041 klusterin verkkosivuilla.

Perjantain kohdevierailulla tutustutaan Kipinän asuinalueeseen, jonne on vuodesta 2036 alkaen rakennettu viisi puukerrostaloa ja päiväkoti. Alueen rakennuttaja esittelee kokemuksia asukkaiden tyytyväisyydestä, energiankulutuksesta ja huoltokustannuksista. Tehdasvierailulle mahtuu 30 henkeä, joten paikat täytetään ilmoittautumisjärjestyksessä. Kylpylähotellista on varattu majoituskiintiö seminaarin osallistujille; varaukset tehdään suoraan hotelliin tunnuksella PUUPÄIVÄT.

AIEMMAT PUUPÄIVÄT
2033 Heinola, 9.–10.6.2033
2034 Heinola, 8.–9.6.2034
2035 Lahti, 12.–13.6.2035
2036 Heinola, 5.–6.6.2036
2037 Hartola, 10.–11.6.2037
2038 Heinola, 9.–10.6.2038
2039 Heinola, 8.–9.6.2039
2040 Sysmä, 6.–7.6.2040

Viime vuoden Puupäivillä Sysmässä oli 164 osallistujaa. Tunnustuspalkinnon sai tuolloin Asikkalan kunta koulukeskuksen puurakenteisesta laajennuksesta.

VIIME VUODEN TÄRKEIMMÄT HAVAINNOT
Puupäivien 2040 päätöskeskustelussa nousi esiin neljä havaintoa, joita klusteri on vienyt eteenpäin:
- Kuntien hankintaosaaminen ratkaisee, rakennetaanko puusta vai ei
- Pienet sahat hyötyvät yhteisestä laadunvarmistuksesta ja sertifioinnista
- Puurakentamisen koulutusta tarvitaan erityisesti työnjohtajille
- Korjausrakentamisen tuotteista puuttuu yhteinen tietopankki

Klusterin toiminnanjohtaja Päivi Kärkkäinen kertoo, että havaintojen pohjalta klusteri käynnisti syksyllä 2040 työnjohtajien täydennyskoulutuksen yhdessä Salpauksen kanssa.

MUUT TULEVAT TAPAHTUMAT
- Klusterin hallituksen kokous pidetään Heinolassa 19.8.2041. Jäsenet voivat lähettää hallitukselle ehdotuksia ensi vuoden Puupäivien teemaksi ja puhujiksi ennen kokousta.
- Klusterin syyskokous pidetään Lahdessa 13.11.2041.
- Puurakentamisen opintomatka Itävaltaan (Vorarlberg) syyskuussa 2041; lisätietoja antaa projektipäällikkö Juho Manninen.
- Webinaari "Puu julkisissa hankinnoissa" tammikuussa 2042.

Yhteystiedot: Päijät-Hämeen Puurakentamisen Klusteri ry, Kauppakatu 14, 18100 Heinola, toimisto@puuklusteri.example.fi

Jaa: Facebook | LinkedIn | Sähköposti
Evästeasetukset | Tietosuojaseloste | © Päijät-Hämeen Puurakentamisen Klusteri ry
"""
write(F, T)
PK="Päijät-Hämeen Puurakentamisen Klusteri ry"
gold(F,
 [P("Sanna-Maija Lehtonen","viestintäpäällikkö",PK), P("Mikko Saarelainen","klusterin hallituksen puheenjohtaja",PK),
  P("Riikka Vartiainen-Kallio","Heinolan kaupunginjohtaja","Heinolan kaupunki"), P("Antti Hirvonen","professori","Aalto-yliopisto"),
  P("Päivi Kärkkäinen","toiminnanjohtaja",PK), P("Juho Manninen","projektipäällikkö",PK)],
 [O(PK), O("Päijät-Hämeen liitto"), O("Heinolan kaupunki"), O("LAB-ammattikorkeakoulu"), O("Salpaus-kuntayhtymä"),
  O("Heinolan Sahapuu Oy"), O("Aalto-yliopisto"), O("Versowood Oy"), O("Asikkalan kunta")],
 [E("Heinolan Puupäivät 2041","2041-06-06","2041-06-07","Heinola","Finland"),
  E("Puukerrostalo 30 vuotta myöhemmin – mitä opimme ensimmäisistä kohteista?","2041-06-06",None,"Heinola","Finland"),
  E("Työpajat","2041-06-06",None,"Heinola","Finland"),
  E("Illallinen","2041-06-06",None,"Heinola","Finland"),
  E("Puurakentamisen tunnustuspalkinnon jako","2041-06-06",None,"Heinola","Finland"),
  E("Yritysvierailu","2041-06-07",None,None,"Finland"),
  E("kohdevierailu","2041-06-07",None,"Heinola","Finland"),
  E("Puupäivät","2033-06-09","2033-06-10","Heinola","Finland"),
  E("Puupäivät","2034-06-08","2034-06-09","Heinola","Finland"),
  E("Puupäivät","2035-06-12","2035-06-13","Lahti","Finland"),
  E("Puupäivät","2036-06-05","2036-06-06","Heinola","Finland"),
  E("Puupäivät","2037-06-10","2037-06-11","Hartola","Finland"),
  E("Puupäivät","2038-06-09","2038-06-10","Heinola","Finland"),
  E("Puupäivät","2039-06-08","2039-06-09","Heinola","Finland"),
  E("Puupäivät","2040-06-06","2040-06-07","Sysmä","Finland"),
  E("hallituksen kokous","2041-08-19",None,"Heinola","Finland"),
  E("syyskokous","2041-11-13",None,"Lahti","Finland"),
  E("Puurakentamisen opintomatka","2041-09",None,None,"Austria"),
  E("Puu julkisissa hankinnoissa","2042-01",None,None,None)],
 ["2041-05-02","2041-06-06/2041-06-07","2041-06-06","2041-06-07","2041-05-20","2033","2033-06-09/2033-06-10","2034","2034-06-08/2034-06-09",
  "2035","2035-06-12/2035-06-13","2036","2036-06-05/2036-06-06","2037","2037-06-10/2037-06-11","2038","2038-06-09/2038-06-10",
  "2039","2039-06-08/2039-06-09","2040","2040-06-06/2040-06-07","2041-11-13","2041-09","2042-01","2041-05","2041-08-19"],
 ["Kuntien hankintaosaaminen ratkaisee, rakennetaanko puusta vai ei",
  "Pienet sahat hyötyvät yhteisestä laadunvarmistuksesta ja sertifioinnista",
  "Puurakentamisen koulutusta tarvitaan erityisesti työnjohtajille",
  "Korjausrakentamisen tuotteista puuttuu yhteinen tietopankki"],
 pub="2041-05-02")
