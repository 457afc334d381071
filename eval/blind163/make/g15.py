from h import *
F = 'g15_ylivieska_konepajaklusteri_kutsu.txt'
assert wd(2039,2,8)=='Tuesday' and wd(2039,3,15)=='Tuesday' and wd(2039,3,16)=='Wednesday' and wd(2039,3,17)=='Thursday'
assert wd(2039,4,5)=='Tuesday' and wd(2039,5,11)=='Wednesday'
T = """Kalajokilaakson Konepajaklusteri ry
Jäsentiedote 1/2039 – KUTSU JA TAPAHTUMAKALENTERI

Ylivieska 25.1.2039

Hyvä jäsen,

kevään 2039 tapahtumakalenteri on valmis. Tärkeimpänä kutsumme teidät Kalajokilaakson Teknologiapäiville, jotka järjestetään nyt kahdeksatta kertaa. Lisäksi kevääseen mahtuu yhdistyksen sääntömääräinen vuosikokous, hallituksen kokous ja yhteisosasto Tampereen keväisessä Konepaja-tapahtumassa. Alla tarkemmat tiedot.

TAPAHTUMAT KEVÄÄLLÄ 2039

ti 8.2.2039 klo 8.00–9.30
Aamukahvitilaisuus: Vetyteknologia ja konepajat
Paikka: Ylivieskan ammattiopisto, Jokiväylän kampus
Alustajana tutkimuspäällikkö Tuomas Kärkkäinen, Centria-ammattikorkeakoulu. Tilaisuus on maksuton.

ti–to 15.–17.3.2039
KALAJOKILAAKSON TEKNOLOGIAPÄIVÄT 2039, Ylivieska ja Nivala
Teemana tänä vuonna on ”Automaatio pienessä konepajassa”. Päivät järjestetään yhdessä Ylivieskan seudun kehittämisyhtiö YSK Kehitys Oy:n ja Centria-ammattikorkeakoulun kanssa.

Ohjelma lyhyesti:
ti 15.3. klo 18.00 Tervetulotilaisuus ja iltapala Ylivieskan kaupungintalolla, isäntänä kaupunginjohtaja Jussi Rautakoski
ke 16.3. klo 9.00 Seminaaripäivä Centrian Ylivieskan kampuksella
  – Avaus: klusterin puheenjohtaja Merja Ojala-Haapakoski (Konepaja Haapakoski Oy)
  – ”Robottisolu kymmenen hengen yritykseen” – kehitysjohtaja Antti Niemelä, Pohjois-Pohjanmaan liitto
  – ”Kokemuksia Ruotsista” – Lars-Erik Lindgren, Skellefteå Mekaniska Kluster
  – Yritysesittelyt ja B2B-tapaamiset klo 13–16
ke 16.3. klo 19.00 Juhlaillallinen Ravintola Rantapirtissä, jossa jaetaan Vuoden konepaja -palkinto
to 17.3. klo 8.30 Yritysvierailut Nivalaan: Nivalan Teräsrakenne Oy ja Haapakosken konepaja
to 17.3. klo 13.00 Päivien päätös

Tervetulotilaisuus on avoin myös puolisoille, ja se on osallistujille maksuton. Seminaaripäivän esitykset striimataan, joten etäosallistuminen on mahdollista niille, jotka eivät pääse paikalle. B2B-tapaamiset varataan etukäteen ilmoittautumisen yhteydessä; kukin yritys voi varata enintään kuusi kahdenkymmenen minuutin tapaamista laitetoimittajien, oppilaitosten ja rahoittajien kanssa. Yritysvierailuille lähdetään bussilla Centrian kampukselta, ja paluu Ylivieskaan on noin kello 13. Majoitusta on varattu osallistujille Ylivieskan hotelleista maaliskuun alkuun saakka.

Osallistumismaksu jäsenille 80 €, muille 160 € (alv 0 %). Ilmoittautuminen 1.3.2039 mennessä klusterin verkkosivuilla.

ti 5.4.2039 klo 17.00
Yhdistyksen sääntömääräinen vuosikokous
Paikka: Ylivieskan Yrityspuisto, kokoushuone Kalajoki
Esityslistalla: vuoden 2038 toimintakertomus ja tilinpäätös, toiminnantarkastajan lausunto, hallituksen jäsenten valinta vuosiksi 2039–2040. Vuosikokouksen jälkeen hallitus pitää järjestäytymiskokouksen ja valitsee keskuudestaan varapuheenjohtajan.

ke 11.5.2039
Kalajokilaakson yhteisosasto Tampereen messujen keväisessä Konepaja-tapahtumassa 11.–12.5.2039, Tampereen Messu- ja Urheilukeskus. (Huom. korjaus joulukuun tiedotteeseen: osasto ei ole syksyn Alihankinta-messuilla.) Osastolle mahtuu kuusi jäsenyritystä. Yhteyshenkilö: projektipäällikkö Sanna Kivelä.

AIEMMAT TEKNOLOGIAPÄIVÄT
2032 Ylivieska
2033 Haapajärvi
2034 Ylivieska
2035 Nivala
2036 Kalajoki
2037 Ylivieska
2038 Haapavesi

MIKSI TEKNOLOGIAPÄIVÄT?

Kalajokilaakson konepajat työllistävät yhteensä noin 2 300 ihmistä, mutta suurin osa yrityksistä on alle kahdenkymmenen hengen perheyrityksiä. Niillä ei ole omaa tuotekehitysosastoa, eikä automaatioon ole ollut varaa tai aikaa perehtyä. Teknologiapäivien tarkoitus on tuoda tutkijat, laitetoimittajat ja yrittäjät saman pöydän ääreen ja näyttää käytännön esimerkkejä siitä, mitä pienessäkin konepajassa voi tehdä. Viime vuonna Haapavedellä päiville osallistui 212 henkeä, ja palautteen perusteella yritysvierailut olivat ohjelman parasta antia. Siksi niille on tänä vuonna varattu koko torstaiaamupäivä.

Vuoden konepaja -palkinnon sai viime vuonna haapavetinen Levytyö Kangas Oy, joka otti ensimmäisenä alueella käyttöön yhteistyörobotin särmäyksessä. Tänä vuonna ehdotuksia palkinnon saajaksi voi lähettää toimistolle helmikuun loppuun saakka. Palkinnon saajan valitsee hallitus.

MUUTA AJANKOHTAISTA

Hallituksen kokouksessa 12.1.2039 päätettiin hakea klusterille Pohjois-Pohjanmaan ELY-keskukselta rahoitusta kaksivuotiseen hankkeeseen, jossa pienille konepajoille tehdään automaatiokartoitus. Hakemus jätetään helmikuussa. Hallitus päätti myös, että jäsenmaksu pysyy ennallaan.

Klusteriin liittyivät joulukuussa Sievin Koneistus Oy ja oululainen ohjelmistoyritys Robodata Oy. Jäseniä on nyt 46.

Toiminnanjohtaja Hannu Peltokangas jää eläkkeelle kesäkuun lopussa 18 vuoden jälkeen. Hallitus on avannut haun uudelle toiminnanjohtajalle; hakuaika päättyy 28.2.2039.

Yhteystiedot
Kalajokilaakson Konepajaklusteri ry
Hannu Peltokangas, toiminnanjohtaja
Sanna Kivelä, projektipäällikkö
Kauppatie 4, 84100 Ylivieska
toimisto@konepajaklusteri.example.fi

Muistathan päivittää yrityksesi yhteystiedot jäsenrekisteriin. Uusi jäsenrekisteri otetaan käyttöön maaliskuussa, ja jokainen jäsenyritys saa sinne omat tunnukset sähköpostitse. Rekisterin kautta ilmoittaudutaan jatkossa kaikkiin klusterin tilaisuuksiin.

Jakelu: jäsenyritykset, yhteistyökumppanit. Tiedotteen voi välittää eteenpäin.
"""
write(F, T)
C="Kalajokilaakson Konepajaklusteri ry"
gold(F,
 [P("Tuomas Kärkkäinen","tutkimuspäällikkö","Centria-ammattikorkeakoulu"),
  P("Jussi Rautakoski","kaupunginjohtaja",None),
  P("Merja Ojala-Haapakoski","puheenjohtaja",C),
  P("Antti Niemelä","kehitysjohtaja","Pohjois-Pohjanmaan liitto"),
  P("Lars-Erik Lindgren",None,"Skellefteå Mekaniska Kluster"),
  P("Sanna Kivelä","projektipäällikkö",C),
  P("Hannu Peltokangas","toiminnanjohtaja",C)],
 [O(C), O("Ylivieskan ammattiopisto"), O("Centria-ammattikorkeakoulu"), O("YSK Kehitys Oy"), O("Konepaja Haapakoski Oy"),
  O("Pohjois-Pohjanmaan liitto"), O("Skellefteå Mekaniska Kluster"), O("Nivalan Teräsrakenne Oy"),
  O("Pohjois-Pohjanmaan ELY-keskukselta"), O("Sievin Koneistus Oy"), O("Robodata Oy"), O("Levytyö Kangas Oy")],
 [E("Aamukahvitilaisuus: Vetyteknologia ja konepajat","2039-02-08",None,"Ylivieska","Finland"),
  E("Kalajokilaakson Teknologiapäivät 2039","2039-03-15","2039-03-17","Ylivieska, Nivala","Finland"),
  E("Tervetulotilaisuus","2039-03-15",None,"Ylivieska","Finland"),
  E("Seminaaripäivä","2039-03-16",None,"Ylivieska","Finland"),
  E("B2B-tapaamiset","2039-03-16",None,"Ylivieska","Finland"),
  E("Juhlaillallinen","2039-03-16",None,"Ylivieska","Finland"),
  E("Vuoden konepaja -palkinto","2039-03-16",None,"Ylivieska","Finland"),
  E("Yritysvierailut","2039-03-17",None,"Nivala","Finland"),
  E("vuosikokous","2039-04-05",None,"Ylivieska","Finland"),
  E("järjestäytymiskokous","2039-04-05",None,"Ylivieska","Finland"),
  E("Konepaja-tapahtuma","2039-05-11","2039-05-12","Tampere","Finland"),
  E("Teknologiapäivät (2032 edition)","2032",None,"Ylivieska","Finland"),
  E("Teknologiapäivät (2033 edition)","2033",None,"Haapajärvi","Finland"),
  E("Teknologiapäivät (2034 edition)","2034",None,"Ylivieska","Finland"),
  E("Teknologiapäivät (2035 edition)","2035",None,"Nivala","Finland"),
  E("Teknologiapäivät (2036 edition)","2036",None,"Kalajoki","Finland"),
  E("Teknologiapäivät (2037 edition)","2037",None,"Ylivieska","Finland"),
  E("Teknologiapäivät (2038 edition)","2038",None,"Haapavesi","Finland"),
  E("hallituksen kokous","2039-01-12",None,None,None)],
 ["2039-01-25","2039","2039-02-08","2039-03-15/2039-03-17","2039-03-15","2039-03-16","2039-03-17","2039-03-01","2039-04-05",
  "2038","2039/2040","2039-05-11","2039-05-11/2039-05-12","2032","2033","2034","2035","2036","2037","2039-01-12","2039-02",
  "2038-12","2039-06","2039-02-28","2039-03"],
 [], pub="2039-01-25")
