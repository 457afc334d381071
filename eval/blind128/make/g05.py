from h import *
F = 'g05_raahe_hallituksen_kokous.txt'
assert wd(2041,2,13)=='Wednesday' and wd(2041,3,14)=='Thursday' and wd(2041,4,10)=='Wednesday' and wd(2041,1,22)=='Tuesday'
T = """TERÄSRANNIKKO-KLUSTERI RY
Hallitus

PÖYTÄKIRJA 2/2041

Hallituksen kokous

Aika:     keskiviikko 13.2.2041 klo 9.00–11.40
Paikka:   Raahen Teknologiakeskus, kokoushuone Pekkala, Raahe, sekä Teams-yhteys

Läsnä:
Riikka Väänänen-Kangas, puheenjohtaja (SSAB Europe Oy)
Juha-Pekka Hietala, varapuheenjohtaja (Raahen Konepaja Oy)
Anni Kemppainen, jäsen (Oulun yliopisto, Kerttu Saalasti -instituutti)
Markus de Wit, jäsen (Ruukki Steelworks Services Oy), etänä
Sanna Leinonen, jäsen (Raahen kaupunki)
Tuomas Ylitalo, toiminnanjohtaja, sihteeri

Poissa: Petteri Aho, jäsen (Pyhäjoen kunta)

1 § Kokouksen avaus
Puheenjohtaja avasi kokouksen klo 9.02.

2 § Laillisuus ja päätösvaltaisuus
Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi. Kutsu lähetettiin 1.2.2041.

3 § Edellisen kokouksen pöytäkirja
Hyväksyttiin hallituksen kokouksen 22.1.2041 pöytäkirja muutoksitta.

4 § Toiminnanjohtajan katsaus
Toiminnanjohtaja Tuomas Ylitalo kertoi tammikuun tapahtumista. Vetytalouden yritysillassa Raahessa 17.1. oli 63 osallistujaa, ja Business Finlandin asiantuntija Laura Mäkelä-Rinne esitteli uudet rahoitusmahdollisuudet. Klusterin edustajat osallistuivat myös European Steel Regions -verkoston tapaamiseen Luleåssa 28.–29.1.2041, jossa sovittiin yhteisestä hankehausta Ruotsin Norrbottenin ja Saksan Saarlandin klustereiden kanssa.

Tulevista tapahtumista toiminnanjohtaja mainitsi Oulussa 26.2.2041 pidettävän Pohjoisen teollisuuden investointifoorumin, jonne klusteri vie kuuden jäsenyrityksen yhteisosaston, sekä maaliskuussa järjestettävän webinaarisarjan kiertotaloudesta metalliteollisuudessa yhdessä Kokkolan teollisuuspuiston KIP Service Oy:n kanssa. Hallituksen jäsenet toivoivat, että webinaarit tallennetaan jäsenten käyttöön ja että niistä tiedotetaan myös oppilaitoksille.

Katsaus merkittiin tiedoksi.

5 § Kevätkokous 2041
Esitys: Hallitus päättää kutsua yhdistyksen sääntömääräisen kevätkokouksen koolle torstaina 14.3.2041 klo 14.00 Raahen Teknologiakeskukseen. Kokouksessa käsitellään vuoden 2040 toimintakertomus ja tilinpäätös sekä tilintarkastajan lausunto. Kokouksen jälkeen klo 16.00 järjestetään jäsenten verkostoitumistilaisuus, jossa puhuu Pohjois-Pohjanmaan liiton aluekehitysjohtaja Jarmo Koskela.

Päätös: Hyväksyttiin esityksen mukaisesti.

6 § Toimintakertomus ja tilinpäätös 2040
Toiminnanjohtaja esitteli toimintakertomuksen luonnoksen. Vuonna 2040 klusterilla oli 58 jäsenyritystä (2039: 51). Klusteri järjesti 21 tilaisuutta, joista suurin oli Teräspäivät 2040 Raahessa 9.–10.10.2040. Tilikauden tulos oli 12 480 euroa ylijäämäinen.

Päätös: Hallitus hyväksyi toimintakertomuksen ja allekirjoitti tilinpäätöksen. Asiakirjat annetaan tilintarkastaja KHT Eveliina Rautio-Salmelle (Audit Pohjanranta Oy).

7 § Opintomatka Saksaan
Esitys: Klusteri järjestää jäsenyrityksille opintomatkan Saarlandiin ja Ruhrin alueelle 7.–10.5.2041. Ohjelmaan kuuluvat vierailut Saarstahl AG:n tehtaalle Völklingenissä ja thyssenkruppin vetyhankkeeseen Duisburgissa sekä tapaaminen saarlandilaisen klusterin automotive.saarland kanssa. Omavastuuosuus on 850 euroa osallistujaa kohden. Matkan vetäjäksi esitetään projektipäällikkö Aleksi Pöyhönen.

Päätös: Hyväksyttiin. Ilmoittautuminen päättyy 15.3.2041.

8 § Jäsenasiat
Klusterin jäseniksi hyväksyttiin 1.3.2041 alkaen Pyhäjoen Hitsaus Oy, Siikajoen Sähkötekniikka Oy ja opiskelijoiden yritys Raahe Robotics Osk. Jäsenmaksu on yrityksen koon mukaan 300–2 400 euroa vuodessa. Samalla todettiin, että Kalajoen Teollisuuspalvelu Oy on eronnut klusterista vuoden 2040 lopussa.

Lisäksi käsiteltiin rahoitustilanne. Pohjois-Pohjanmaan liitto on myöntänyt klusterin kehittämishankkeelle rahoitusta ajalle 2041–2043. Hankkeen kokonaisbudjetti on 420 000 euroa, josta jäsenyritysten osuus on 20 prosenttia. Toiminnanjohtaja valmistelee hankkeen ohjausryhmän kokoonpanon seuraavaan kokoukseen.

9 § Teräspäivät 2041
Merkittiin tiedoksi, että Teräspäivät järjestetään 8.–9.10.2041. Hallitus pyysi toiminnanjohtajaa selvittämään yhteistyötä Oulun yliopiston ja Centria-ammattikorkeakoulun kanssa opiskelijoiden rekrytointipäivän liittämiseksi ohjelmaan.

10 § Muut asiat
Sanna Leinonen kertoi, että Raahen kaupunki hakee Euroopan teollisuusalueiden verkoston vuosikokouksen järjestämistä Raaheen vuonna 2042. Hallitus piti hakemusta hyvänä ja lupasi tukea sitä.

Juha-Pekka Hietala toi esiin, että jäsenyritysten rekrytointitarve on kasvanut selvästi, ja ehdotti, että klusteri kokoaa kevään aikana yritysten yhteisen osaamistarvekartoituksen oppilaitosten käyttöön. Asiaan palataan huhtikuun kokouksessa, jolloin toiminnanjohtaja esittelee kartoituksen aikataulun ja kustannusarvion.

PÄÄTÖKSET (yhteenveto)
- Kevätkokous pidetään 14.3.2041 Raahen Teknologiakeskuksessa
- Toimintakertomus ja tilinpäätös 2040 hyväksyttiin ja luovutetaan tilintarkastajalle
- Opintomatka Saarlandiin ja Ruhrin alueelle toteutetaan 7.–10.5.2041 Aleksi Pöyhösen johdolla
- Toiminnanjohtaja selvittää rekrytointipäivän liittämistä Teräspäivien ohjelmaan

11 § Seuraava kokous
Seuraava hallituksen kokous pidetään keskiviikkona 10.4.2041 klo 9.00.

12 § Kokouksen päättäminen
Puheenjohtaja päätti kokouksen klo 11.38.

Vakuudeksi

Riikka Väänänen-Kangas            Tuomas Ylitalo
puheenjohtaja                     sihteeri

Pöytäkirjantarkastajat

Anni Kemppainen                   Juha-Pekka Hietala
"""
write(F, T)
K = "TERÄSRANNIKKO-KLUSTERI RY"
gold(F,
 [P("Riikka Väänänen-Kangas","puheenjohtaja",K),
  P("Juha-Pekka Hietala","varapuheenjohtaja",K),
  P("Anni Kemppainen","jäsen",K),
  P("Markus de Wit","jäsen",K),
  P("Sanna Leinonen","jäsen",K),
  P("Tuomas Ylitalo","toiminnanjohtaja",K),
  P("Petteri Aho","jäsen",K),
  P("Laura Mäkelä-Rinne","asiantuntija","Business Finland"),
  P("Jarmo Koskela","aluekehitysjohtaja","Pohjois-Pohjanmaan liitto"),
  P("Eveliina Rautio-Salmelle","tilintarkastaja","Audit Pohjanranta Oy"),
  P("Aleksi Pöyhönen","projektipäällikkö",None)],
 [O(K), O("SSAB Europe Oy"), O("Raahen Konepaja Oy"), O("Oulun yliopisto"), O("Kerttu Saalasti -instituutti"),
  O("Ruukki Steelworks Services Oy"), O("Raahen kaupunki"), O("Pyhäjoen kunta"), O("Business Finland"),
  O("European Steel Regions"), O("Pohjois-Pohjanmaan liitto"), O("Audit Pohjanranta Oy"), O("Saarstahl AG"), O("thyssenkrupp"),
  O("automotive.saarland"), O("Centria-ammattikorkeakoulu"), O("Pyhäjoen Hitsaus Oy"), O("Siikajoen Sähkötekniikka Oy"), O("Raahe Robotics Osk"), O("Kalajoen Teollisuuspalvelu Oy"), O("KIP Service Oy")],
 [E("Hallituksen kokous","2041-02-13",None,"Raahe","Finland"),
  E("hallituksen kokous","2041-01-22",None,None,None),
  E("Vetytalouden yritysilta","2041-01-17",None,"Raahe","Finland"),
  E("European Steel Regions -verkoston tapaaminen","2041-01-28","2041-01-29","Luleå","Sweden"),
  E("Pohjoisen teollisuuden investointifoorumi","2041-02-26",None,"Oulu","Finland"),
  E("webinaarisarja kiertotaloudesta metalliteollisuudessa","2041-03",None,None,None),
  E("Kevätkokous 2041","2041-03-14",None,"Raahe","Finland"),
  E("jäsenten verkostoitumistilaisuus","2041-03-14",None,"Raahe","Finland"),
  E("Teräspäivät 2040","2040-10-09","2040-10-10","Raahe","Finland"),
  E("Opintomatka Saksaan","2041-05-07","2041-05-10","Völklingen, Duisburg","Germany"),
  E("Teräspäivät 2041","2041-10-08","2041-10-09",None,None),
  E("Euroopan teollisuusalueiden verkoston vuosikokous","2042",None,None,None),
  E("hallituksen kokous","2041-04-10",None,None,None)],
 ["2041-02-13","2041-02-01","2041-01-22","2041-01-17","2041-01-28/2041-01-29","2041-03-14","2040","2039","2040-10-09/2040-10-10",
  "2041-05-07/2041-05-10","2041-03-15","2041-10-08/2041-10-09","2042","2041-04-10","2041-01","2041-03-01","2041/2043","2041-02-26","2041-03","2041-04"],
 ["Kevätkokous pidetään 14.3.2041 Raahen Teknologiakeskuksessa",
  "Toimintakertomus ja tilinpäätös 2040 hyväksyttiin ja luovutetaan tilintarkastajalle",
  "Opintomatka Saarlandiin ja Ruhrin alueelle toteutetaan 7.–10.5.2041 Aleksi Pöyhösen johdolla",
  "Toiminnanjohtaja selvittää rekrytointipäivän liittämistä Teräspäivien ohjelmaan"])
