from h import *
F = 'g13_kainuu_biotalous_nimitys.txt'
assert wd(2036,8,4)=='Monday' and wd(2036,6,17)=='Tuesday' and wd(2036,9,11)=='Thursday'
T = """Siirry sisältöön
Käytämme evästeitä sivuston toiminnan ja kävijäseurannan mahdollistamiseksi. Hyväksy kaikki | Vain välttämättömät | Lue lisää

Kainuun Biotalousklusteri
Etusivu
Klusteri
Jäsenet
Hankkeet
Ajankohtaista
Tapahtumat
Yhteystiedot
FI | EN | SV

Etusivu / Ajankohtaista / Tiedotteet

Kainuun Biotalousklusterin uudeksi toiminnanjohtajaksi Hanna-Riikka Moilanen

Tiedote 18.6.2036 klo 9.00
Kategoria: Tiedotteet, Henkilöstö

Kuva: Hanna-Riikka Moilanen aloittaa tehtävässään elokuussa. Kuva: Sami Heikkinen

Kainuun Biotalousklusteri ry:n hallitus on valinnut klusterin uudeksi toiminnanjohtajaksi diplomi-insinööri Hanna-Riikka Moilasen. Hallitus teki päätöksen kokouksessaan tiistaina 17. kesäkuuta 2036. Moilanen aloittaa tehtävässä maanantaina 4. elokuuta 2036.

Moilanen siirtyy klusteriin Metsäkeskuksen Itä-Suomen alueyksiköstä, jossa hän on toiminut vuodesta 2031 kehittämispäällikkönä ja vastannut puutuoteteollisuuden yrityshankkeista Kainuussa ja Pohjois-Karjalassa. Aiemmin hän on työskennellyt muun muassa UPM-Kymmene Oyj:n Kajaanin tehtaalla ja Oulun yliopiston Kajaanin yliopistokeskuksessa.

Moilanen on koulutukseltaan diplomi-insinööri Oulun yliopistosta, ja hän on suorittanut lisäksi johtamisen erikoisammattitutkinnon. Hän on ollut mukana valmistelemassa useita kansainvälisiä hankkeita, muun muassa Pohjois-Ruotsin ja Pohjois-Norjan puutuotealan verkostojen kanssa. Vapaa-ajallaan hän hiihtää ja toimii kuhmolaisen hiihtoseuran valmentajana.

Toiminnanjohtajan tärkeimpiä tehtäviä ovat klusterin strategian toteuttaminen, jäsenpalveluiden kehittäminen, rahoittajasuhteiden hoitaminen sekä hankkeiden valmistelu. Klusterin uusi strategia vuosille 2036–2040 hyväksyttiin kevätkokouksessa huhtikuussa. Sen painopisteitä ovat puurakentaminen, metsäbiomassan jalostus uusiksi tuotteiksi, osaajien saatavuus ja yritysten kansainvälistyminen. Strategian mukaan klusterin jäsenmäärä halutaan kasvattaa vähintään 60 jäseneen vuoteen 2040 mennessä, ja jokaiselle jäsenyritykselle tarjotaan vuosittain vähintään yksi maksuton kehittämiskeskustelu.

Tehtävään haki 27 henkilöä. Hakijoista kuusi kutsuttiin haastatteluun ja kaksi soveltuvuusarviointiin. Rekrytoinnissa avusti henkilöstöpalveluyritys Barona Oy.

"Kainuun metsät, puunjalostus ja uudet biotuotteet ovat maakunnan tulevaisuuden kannalta ratkaisevia. Haluan, että klusteri on yrityksille helppo kumppani, joka tuo hankkeet, rahoituksen ja osaajat saman pöydän ääreen", Moilanen sanoo.

Hallituksen puheenjohtaja Juha Kemppainen, Kuhmo Oy:n toimitusjohtaja, on tyytyväinen valintaan.

"Hanna-Riikalla on vahva kokemus sekä yritysten että julkisen rahoituksen maailmasta. Hän tuntee kainuulaiset yritykset ja osaa myös kansainväliset verkostot", Kemppainen sanoo.

Klusterin pitkäaikainen toiminnanjohtaja Markku Pesonen jää eläkkeelle syyskuussa 2036 yhdeksän vuoden jälkeen. Hän toimii Moilasen perehdyttäjänä elokuun ajan. Pesosta kiitetään läksiäisissä klusterin syysseminaarin yhteydessä.

Klusterin syysseminaari
Aika: torstai 11.9.2036 klo 12–18
Paikka: Kajaanin yliopistokeskus, Ketunpolku 0, Kajaani
Ohjelmassa mm.:
12.00 Avaus, Juha Kemppainen
12.15 Kainuun biotalouden näkymät 2036–2040, maakuntajohtaja Pentti Malinen-Korhonen, Kainuun liitto
13.00 Uuden toiminnanjohtajan puheenvuoro, Hanna-Riikka Moilanen
14.00 Paneeli: Puurakentaminen ja hiilinielut
16.00 Markku Pesosen läksiäiset
Ilmoittautumiset 4.9.2036 mennessä.

Syysseminaari on avoin kaikille jäsenille ja yhteistyökumppaneille, ja se on osallistujille maksuton. Seminaarin jälkeen on vapaamuotoinen illallinen, johon osallistumisesta peritään 35 euroa. Ilmoittautumisen yhteydessä pyydetään kertomaan mahdollisista ruokavalioista. Seminaari striimataan myös verkossa niille jäsenille, jotka eivät pääse paikan päälle Kajaaniin, ja tallenne julkaistaan jäsensivuilla viikon kuluessa. Seminaarin ohjelma voi vielä tarkentua, ja päivitetty ohjelma julkaistaan klusterin verkkosivuilla sekä jäsenkirjeessä elokuun lopussa. Kysymyksiä seminaarin järjestelyistä voi lähettää klusterin toimistoon sähköpostitse tai soittamalla toimiston yleiseen numeroon arkipäivisin kello 9–15.

Kainuun Biotalousklusteri lyhyesti
Kainuun Biotalousklusteri ry on vuonna 2027 perustettu yhdistys, jonka jäseninä on 46 yritystä, oppilaitosta ja julkista toimijaa. Klusterin toimintaa rahoittavat jäsenet, Kainuun liitto ja Kajaanin kaupunki. Klusteri on mukana Interreg Aurora -ohjelman hankkeessa NORDWOOD yhdessä ruotsalaisen Skellefteå Trästad -verkoston ja norjalaisen Trøndelag Wood Cluster -klusterin kanssa.

Hallitus 2036
Juha Kemppainen, puheenjohtaja (Kuhmo Oy)
Riikka Heikkinen-Tervo, varapuheenjohtaja (Kajaanin ammattikorkeakoulu)
Tuomas Karppinen (Paltamon Puu Oy)
Elina Schroderus (Metsänhoitoyhdistys Kainuu)
Ville Ronkainen (Kajaanin kaupunki)

Lisätietoja:
Juha Kemppainen, hallituksen puheenjohtaja, p. 040 000 0000
Hanna-Riikka Moilanen, 4.8.2036 alkaen, hanna-riikka.moilanen@kainuunbio.example.fi

Jaa: Facebook | LinkedIn | X | Sähköposti

Lue myös
Suomussalmi: puurakentamisen seminaari keräsi 180 osallistujaa (5.6.2036)
Klusterin vuosikertomus 2035 julkaistu (28.4.2036)

Kainuun Biotalousklusteri ry · Kauppakatu 00, 87100 Kajaani · Y-tunnus 0000000-0
Tietosuojaseloste | Saavutettavuusseloste | Evästeasetukset
"""
write(F, T)
K='Kainuun Biotalousklusteri ry'
gold(F,
 [P("Hanna-Riikka Moilanen","toiminnanjohtaja",K), P("Sami Heikkinen"),
  P("Juha Kemppainen","Hallituksen puheenjohtaja",K),
  P("Markku Pesonen","toiminnanjohtaja",K),
  P("Pentti Malinen-Korhonen","maakuntajohtaja","Kainuun liitto"),
  P("Riikka Heikkinen-Tervo","varapuheenjohtaja",K),
  P("Tuomas Karppinen",None,"Paltamon Puu Oy"), P("Elina Schroderus",None,"Metsänhoitoyhdistys Kainuu"),
  P("Ville Ronkainen",None,"Kajaanin kaupunki")],
 [O(K), O("Barona Oy"), O("UPM-Kymmene Oyj"), O("Kuhmo Oy"), O("Kainuun liitto"), O("Kajaanin kaupunki"),
  O("Skellefteå Trästad"), O("Trøndelag Wood Cluster"), O("Kajaanin ammattikorkeakoulu"), O("Paltamon Puu Oy"),
  O("Metsänhoitoyhdistys Kainuu"), O("Kajaanin yliopistokeskus")],
 [E("kevätkokous","2036-04",None,None,None), E("hallituksen kokous","2036-06-17",None,None,None),
  E("Klusterin syysseminaari","2036-09-11",None,"Kajaani","Finland"),
  E("Markku Pesosen läksiäiset","2036-09-11",None,"Kajaani","Finland"),
  E("Puurakentamisen seminaari",None,None,"Suomussalmi","Finland")],
 ["2036-06-18","2036-06-17","2036-08-04","2031","2036-09","2036-09-11","2036/2040","2040","2036-09-04","2027","2036","2036-06-05","2036-04-28","2036-04","2036-08"],
 [], pub="2036-06-18")
