from h import *
F = 'kainuu-akkuklusteri-toimitusjohtaja-fi.txt'
T = f"""TIEDOTE | Kainuun Akku- ja Mineraaliklusteri ry
Julkaistu {wd(2032,8,26,'fi')} 26.8.2032 klo 9.00

Kainuun Akku- ja Mineraaliklusterin uudeksi toimitusjohtajaksi DI Henna Kyllönen-Barros

Kainuun Akku- ja Mineraaliklusteri ry:n hallitus on valinnut klusterin uudeksi toimitusjohtajaksi diplomi-insinööri Henna Kyllönen-Barrosin (42). Hän aloittaa tehtävässään 1.10.2032. Kyllönen-Barros siirtyy tehtävään Kajaanin ammattikorkeakoulusta (KAMK), jossa hän on toiminut vuodesta 2027 alkaen TKI-johtajana ja vastannut muun muassa akkumateriaalien kiertotalouden tutkimusryhmästä.

Klusterin nykyinen toimitusjohtaja Markku Heikkinen jää eläkkeelle vuoden 2032 lopussa. Heikkinen on johtanut klusteria sen perustamisesta vuonna 2024 lähtien. Siirtymäkauden ajan 1.10.–31.12.2032 hän toimii uuden toimitusjohtajan tukena erityisasiantuntijana ja vastaa Itä-Suomen akkuarvoketjun kansainvälisistä hankkeista. Vuoden 2033 alusta Heikkinen jatkaa klusterin hallituksen neuvonantajana.

"Hennalla on harvinainen yhdistelmä: hän tuntee sekä tutkimuksen että yritysten arjen, ja hänellä on vahvat verkostot Ruotsiin ja Portugaliin. Klusterimme jäsenyritykset tarvitsevat nyt nopeita pilotteja ja osaavaa työvoimaa, ja uskomme, että Henna vie näitä asioita eteenpäin", sanoo hallituksen puheenjohtaja Tapio Moilanen, joka toimii Sotkamon Metallit Oy:n toimitusjohtajana.

Kyllönen-Barros kertoo olevansa innoissaan uudesta tehtävästä. "Kainuu on osoittanut, että kaivostoiminta, akkumateriaalit ja ympäristöosaaminen voivat kulkea samaan suuntaan. Haluan, että klusteri on pk-yrityksille helppo ovi eurooppalaisiin hankkeisiin ja että alueen nuoret näkevät alalla tulevaisuuden."

Ennen KAMK:ia Kyllönen-Barros työskenteli kuusi vuotta Lissabonissa portugalilaisen Lusolítio S.A.:n prosessikehityksessä ja kaksi vuotta Geologian tutkimuskeskuksessa (GTK) Outokummussa. Hän on koulutukseltaan kemiantekniikan diplomi-insinööri Oulun yliopistosta.

Hallitus kiittää Markku Heikkistä pitkäjänteisestä työstä. Hänen johdollaan klusterin jäsenmäärä on kasvanut 12 yrityksestä 61 jäseneen, ja klusteri sai vuonna 2030 European Cluster Excellence Initiativen kultaisen laatumerkin ensimmäisenä kainuulaisena organisaationa.

Uuden toimitusjohtajan ensimmäisenä tehtävänä on viedä käytäntöön klusterin strategia 2033–2036, jonka jäsenkokous hyväksyi keväällä. Strategiassa on kolme painopistettä: akkumateriaalien tuotannon pilotointi yhdessä jäsenyritysten kanssa, alan osaajien kouluttaminen ja houkutteleminen Kainuuseen sekä kaivosalan ympäristövaikutusten vähentäminen. Lisäksi klusteri haluaa vahvistaa yhteistyötä pohjoismaisten ja portugalilaisten akkuklustereiden kanssa ja tuoda alueen pk-yrityksiä mukaan Euroopan laajuisiin arvoketjuhankkeisiin. Toimitusjohtaja raportoi hallitukselle, ja klusterin toimistossa Kajaanissa työskentelee tällä hetkellä seitsemän henkilöä. Hakuprosessissa oli mukana 23 hakijaa, ja hallitusta avusti rekrytoinnissa henkilöstöpalveluyritys Kainuun Osaajat Oy.

Markku Heikkinen on tyytyväinen valintaan. "Kun aloitimme, meillä oli kaksi työntekijää ja kannettava tietokone. Nyt klusterilla on vahva asema sekä Suomessa että Euroopassa. Luovutan tehtävän mielelläni ihmiselle, joka tuntee alan tutkimuksen ja jolla on rohkeutta tehdä uusia avauksia. Autan Hennaa siirtymäkauden ajan kaikessa, missä hän apua tarvitsee", Heikkinen sanoo.

Muita muutoksia klusterin organisaatiossa

Klusterin hallitus nimitti samassa kokouksessa 22.8.2032 kehityspäälliköksi KTM Jussi Karppisen, joka on toiminut klusterin projektipäällikkönä vuodesta 2029. Viestintäpäällikkö Elina Tervo-Lindqvist jää perhevapaalle 1.9.2032, ja hänen sijaisenaan toimii 31.8.2033 asti FM Noora Aaltonen.

Uuden toimitusjohtajan esittäytymistilaisuus jäsenille järjestetään {wd(2032,10,13,'fi')} 13.10.2032 klo 14–16 Kajaanin Renforsin Rannassa. Tilaisuuden yhteydessä Markku Heikkistä kiitetään läksiäiskahvein. Ilmoittautumiset 6.10.2032 mennessä klusterin verkkosivuilla.

Lisäksi klusteri on mukana järjestämässä Nordic Battery Value Chain Days -tapahtumaa, joka pidetään Kajaanissa 18.–19.3.2033 yhdessä Kainuun liiton ja Business Kainuun kanssa.

Lisätietoja:
Tapio Moilanen, hallituksen puheenjohtaja, Kainuun Akku- ja Mineraaliklusteri ry, puh. 040 712 3390
Henna Kyllönen-Barros, nimitetty toimitusjohtaja, puh. 050 448 2215 (tavoitettavissa 29.8. alkaen)
Jussi Karppinen, kehityspäällikkö, puh. 044 310 7781
Noora Aaltonen, vt. viestintäpäällikkö, viestinta@akkuklusteri.fi

Kainuun Akku- ja Mineraaliklusteri ry on vuonna 2024 perustettu yhdistys, joka kokoaa yhteen kaivos-, akkumateriaali- ja ympäristöteknologia-alan yritykset, oppilaitokset ja kehittäjäorganisaatiot Kainuussa ja Pohjois-Karjalassa. Klusterin toimintaa rahoittavat jäsenet, Kainuun liitto ja Euroopan unioni.

---
SUMMARY IN ENGLISH

Kainuu Battery and Minerals Cluster appoints Henna Kyllönen-Barros as CEO

The board of the Kainuu Battery and Minerals Cluster has appointed Henna Kyllönen-Barros, currently Director of R&D and Innovation at Kajaani University of Applied Sciences, as the cluster's new CEO from 1 October 2032. She succeeds Markku Heikkinen, who has led the cluster since its foundation in 2024 and retires at the end of 2032; until then he serves as senior advisor, and from 2033 as advisor to the board. The board also appointed Jussi Karppinen as Development Manager. Members can meet the new CEO in Kajaani on 13 October 2032.

Jakelu: media, jäsenet, sidosryhmät
"""
write(F, T)
K = "Kainuun Akku- ja Mineraaliklusteri ry"
gold(F, [
 P("Henna Kyllönen-Barros", "toimitusjohtaja", K),
 P("Markku Heikkinen", "toimitusjohtaja", K),
 P("Tapio Moilanen", "hallituksen puheenjohtaja", K),
 P("Jussi Karppinen", "kehityspäällikkö", K),
 P("Elina Tervo-Lindqvist", "Viestintäpäällikkö", K),
 P("Noora Aaltonen", "vt. viestintäpäällikkö", K),
], [
 O(K), O("Kajaanin ammattikorkeakoulusta", "KAMK"), O("Sotkamon Metallit Oy"),
 O("Lusolítio S.A."), O("Kainuun Osaajat Oy"), O("Geologian tutkimuskeskuksessa", "GTK"), O("Oulun yliopistosta"),
 O("European Cluster Excellence Initiativen"), O("Kainuun liiton"), O("Business Kainuun"), O("Euroopan unioni"),
], [
 E("Uuden toimitusjohtajan esittäytymistilaisuus", "2032-10-13", "2032-10-13", "Kajaanin", "Finland"),
 E("Nordic Battery Value Chain Days", "2033-03-18", "2033-03-19", "Kajaanissa", "Finland"),
 E("hallituksen kokous", "2032-08-22", "2032-08-22", None, None),
], ["2032-08-26", "2032-10-01", "2027", "2032", "2024", "2032-10-01/2032-12-31", "2033", "2030", "2032-08-22", "2029",
    "2032-09-01", "2033-08-31", "2032-10-13", "2032-10-06", "2033-03-18/2033-03-19", "2032-08-29", "2033/2036"], pub="2032-08-26")
