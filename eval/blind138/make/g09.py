from h import *
F = 'g09_porvoo_klusteripaiva_ohjelma.txt'
assert wd(2040,3,14)=='Wednesday' and wd(2040,3,16)=='Friday' and wd(2039,11,24)=='Thursday' and wd(2039,11,17)=='Thursday' and wd(2038,11,25)=='Thursday' and wd(2039,10,12)=='Wednesday' and wd(2039,11,25)=='Friday'
T = """Kilpilahden Teollisuusklusteri ry – Tapahtumat
Etusivu > Tapahtumat > Klusteripäivä 2039
På svenska | In English

KLUSTERIPÄIVÄ 2039: VETY, HIILI JA IHMISET
Torstai 24.11.2039 klo 9.00–17.00, Porvoo
Paikka: Taidetehdas, Läntinen Aleksanterinkatu 1, Porvoo
Ilmoittautuminen viimeistään torstaina 17.11.2039. Osallistuminen on jäsenille maksuton, muille 120 euroa (+ alv). Tervetuloa mukaan!

Kilpilahden Teollisuusklusteri kokoaa jälleen itäuusimaalaiset yritykset, kunnat ja oppilaitokset keskustelemaan alueen teollisuuden tulevaisuudesta. Tämän vuoden teemana on, miten vedyn tuotanto ja hiilidioksidin talteenotto muuttavat työpaikkoja ja osaamistarpeita Porvoon ja Loviisan seudulla. Päivän järjestävät klusteri ja Posintra Oy yhdessä Porvoon kaupungin ja Loviisan kaupungin kanssa. Klusterin hallitus päätti tapahtuman teemasta hallituksen kokouksessa 12.10.2039.

”Investoinnit Kilpilahteen ovat miljardiluokkaa, mutta ne onnistuvat vain, jos alueen pienet yritykset ja oppilaitokset pysyvät mukana. Klusteripäivä on paikka, jossa nämä ihmiset tapaavat toisensa”, sanoo klusterin toiminnanjohtaja Elina Brax. Päivän aikana julkaistaan myös klusterin uusi jäsenkysely osaamistarpeista.

OHJELMA

klo 8.30   Ilmoittautuminen ja aamukahvi
klo 9.00   Avaus
           Johanna Lindroos-Mäkinen, hallituksen puheenjohtaja, Kilpilahden Teollisuusklusteri ry
klo 9.15   Tervehdys kaupungilta
           Mikael Westerholm, kaupunginjohtaja, Porvoon kaupunki
klo 9.30   Pääpuheenvuoro: Vetylaakso Suomenlahden rannalla
           TkT Aino-Maria Heikkilä, tutkimusprofessori, Teknologian tutkimuskeskus VTT Oy
klo 10.15  Hiilidioksidin talteenotto Kilpilahdessa – missä mennään?
           Petteri Ojanperä, kehitysjohtaja, Porvoon Jalostamo Oy
klo 11.00  Paneelikeskustelu: Mistä osaajat vuonna 2042?
           Panelisteina Henrik af Hällström (Haaga-Helia ammattikorkeakoulu), Satu Räsänen (Uudenmaan liitto)
           ja Olli Kivelä-Stenbäck (Loviisan Satama Oy). Juontaa Elina Brax, klusterin toiminnanjohtaja.
klo 12.00  Lounas
klo 13.00  Rinnakkaiset työpajat
           A) Vedyn arvoketjut pk-yrityksille
           B) Kiertotalous ja sivuvirrat
           C) Nuoret teollisuuteen – yhteistyö oppilaitosten kanssa
klo 14.30  Kahvi
klo 14.45  Yritysvierailut Kilpilahden teollisuusalueelle (bussikuljetus, enintään 45 henkilöä)
klo 17.00  Päivä päättyy
klo 18.30  Klusteri-illallinen ravintola Meritullissa (erillinen ilmoittautuminen)

TYÖPAJOJEN VETÄJÄT
A) Jukka Pelkonen, hankepäällikkö, Cursor Oy, ja Anu Kärkkäinen, yrittäjä, Vetyvoima Kärkkäinen Ky
B) DI Sanna Björkqvist, kiertotalousasiantuntija, Suomen ympäristökeskus
C) Marko Salmi-Rautio, rehtori, Itä-Uudenmaan ammattiopisto Inveon

Työpajoissa kerätään ehdotuksia klusterin ensi vuoden toimintasuunnitelmaan. Tulokset esitellään jäsenille joulukuussa ja julkaistaan klusterin verkkosivuilla.

Perjantaina 25.11. aamupäivällä järjestetään lisäksi jäsenyrityksille suunnatut B2B-tapaamiset Posintran tiloissa. Tapaamiset varataan etukäteen sähköisessä palvelussa.

VIIME VUODEN KLUSTERIPÄIVÄ
Klusteripäivä 2038 pidettiin 25.11.2038 Loviisassa, ja siihen osallistui 165 henkeä. Palautteen ja työpajojen tulosten pohjalta koottiin seuraavat suositukset, jotka on otettu huomioon tämän vuoden ohjelmassa:
• Yritysvierailut ovat osallistujille tärkeimpiä, ja niille on varattava enemmän aikaa
• Pienyritysten on päästävä mukaan suurten investointien hankintoihin jo suunnitteluvaiheessa
• Oppilaitosten ja yritysten yhteistyötä on lisättävä erityisesti prosessitekniikan koulutuksessa
• Tapahtuman on oltava kaksikielinen, jotta ruotsinkieliset yrittäjät osallistuvat

SAAPUMINEN
Porvoon linja-autoasemalta on Taidetehtaalle noin kymmenen minuutin kävelymatka. Helsingin suunnasta klusteri järjestää yhteiskuljetuksen, joka lähtee Kiasman edestä klo 8.00. Pysäköinti on maksullista. Kerrothan ilmoittautumisen yhteydessä erityisruokavaliosta ja siitä, osallistutko yritysvierailuille ja illalliselle.

TULEVAA
Klusterin seuraava opintomatka suuntautuu Rotterdamin satamaan ja sen vetyhankkeisiin 14.–16.3.2040. Matkalle mahtuu 25 osallistujaa, ja ilmoittautuminen päättyy 31.1.2040.

TIETOA KLUSTERISTA
Kilpilahden Teollisuusklusteri ry perustettiin vuonna 2034 Porvoon ja Loviisan teollisuusyritysten aloitteesta. Yhdistyksessä on nyt 74 jäsentä: suuria prosessiteollisuuden yrityksiä, kunnossapito- ja logistiikkayrityksiä, insinööritoimistoja, oppilaitoksia ja kuntia. Klusteri järjestää vuosittain noin kaksikymmentä tapahtumaa, kuten aamiaistilaisuuksia, yritysvierailuja ja opintomatkoja, ja edustaa jäseniään kansallisissa ja eurooppalaisissa verkostoissa.

Kumppanit: Posintra Oy, Porvoon kaupunki, Loviisan kaupunki, Cursor Oy, Haaga-Helia ammattikorkeakoulu, Enterprise Europe Network Suomi.

Tapahtuma on osa Itä-Uudenmaan älykkään erikoistumisen toimenpideohjelmaa 2036–2040, ja sitä rahoittaa osittain Uudenmaan liitto.

LISÄTIETOJA
Elina Brax, toiminnanjohtaja, Kilpilahden Teollisuusklusteri ry
puh. 040 000 0000, elina.brax@kilpilahticluster.example.fi
Tiina Saarela-Lönnqvist, yritysasiantuntija, Posintra Oy
puh. 040 000 0001

Jaa: Facebook | LinkedIn | Sähköposti
Tietosuojaseloste | Evästeasetukset
© Kilpilahden Teollisuusklusteri ry, Porvoo
"""
write(F, T)
K = "Kilpilahden Teollisuusklusteri ry"
gold(F,
 [P("Johanna Lindroos-Mäkinen","hallituksen puheenjohtaja",K),
  P("Mikael Westerholm","kaupunginjohtaja","Porvoon kaupunki"),
  P("Aino-Maria Heikkilä","tutkimusprofessori","Teknologian tutkimuskeskus VTT Oy"),
  P("Petteri Ojanperä","kehitysjohtaja","Porvoon Jalostamo Oy"),
  P("Henrik af Hällström",None,"Haaga-Helia ammattikorkeakoulu"),
  P("Satu Räsänen",None,"Uudenmaan liitto"),
  P("Olli Kivelä-Stenbäck",None,"Loviisan Satama Oy"),
  P("Jukka Pelkonen","hankepäällikkö","Cursor Oy"), P("Anu Kärkkäinen","yrittäjä","Vetyvoima Kärkkäinen Ky"),
  P("Sanna Björkqvist","kiertotalousasiantuntija","Suomen ympäristökeskus"), P("Marko Salmi-Rautio","rehtori","Itä-Uudenmaan ammattiopisto Inveon"),
  P("Elina Brax","toiminnanjohtaja",K),
  P("Tiina Saarela-Lönnqvist","yritysasiantuntija","Posintra Oy")],
 [O(K), O("Posintra Oy"), O("Porvoon kaupunki"), O("Loviisan kaupunki"), O("Teknologian tutkimuskeskus VTT Oy"),
  O("Porvoon Jalostamo Oy"), O("Haaga-Helia ammattikorkeakoulu"), O("Uudenmaan liitto"), O("Loviisan Satama Oy"), O("Cursor Oy"), O("Vetyvoima Kärkkäinen Ky"), O("Suomen ympäristökeskus"), O("Itä-Uudenmaan ammattiopisto Inveon"), O("Enterprise Europe Network Suomi")],
 [E("Klusteripäivä 2039","2039-11-24",None,"Porvoo","Finland"),
  E("hallituksen kokous","2039-10-12",None,None,None),
  E("Yritysvierailut","2039-11-24",None,"Porvoo","Finland"),
  E("Klusteri-illallinen","2039-11-24",None,"Porvoo","Finland"),
  E("B2B-tapaamiset","2039-11-25",None,"Porvoo","Finland"),
  E("opintomatka","2040-03-14","2040-03-16","Rotterdam","Netherlands"),
  E("Klusteripäivä 2038","2038-11-25",None,"Loviisa","Finland")],
 ["2039-11-24","2039-11-17","2039-10-12","2039-12","2039-11-25","2038-11-25","2036/2040","2042","2034","2040-03-14/2040-03-16","2040-01-31"],
 ["Yritysvierailut ovat osallistujille tärkeimpiä, ja niille on varattava enemmän aikaa",
  "Pienyritysten on päästävä mukaan suurten investointien hankintoihin jo suunnitteluvaiheessa",
  "Oppilaitosten ja yritysten yhteistyötä on lisättävä erityisesti prosessitekniikan koulutuksessa",
  "Tapahtuman on oltava kaksikielinen, jotta ruotsinkieliset yrittäjät osallistuvat"])
