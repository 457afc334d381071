from h import *
F = 'g13_kemijarvi_biojalostamo_loppuraportti.txt'
assert wd(2041,3,14)=='Thursday' and wd(2040,5,21)=='Monday' and wd(2040,5,22)=='Tuesday' and wd(2041,4,30)=='Tuesday'
T = """ITÄ-LAPIN BIOTALOUSKLUSTERI – LOPPURAPORTIN TIIVISTELMÄ

Hanke: Itä-Lapin biotalousklusterin kehittäminen
Toteutusaika: 1.9.2039–28.2.2041
Päätoteuttaja: Kemijärven Kehitys Oy
Osatoteuttajat: Lapin ammattikorkeakoulu (Lapin AMK) ja Lapin yliopisto, Arktinen keskus
Rahoittaja: Lapin liitto (Euroopan aluekehitysrahasto)
Raportin päiväys: 30.4.2041

1. Hankkeen tausta

Kemijärven biotuotetehtaan käynnistyminen vuonna 2038 muutti Itä-Lapin elinkeinorakenteen nopeasti. Tehtaan ympärille syntyi kymmeniä pieniä yrityksiä kuljetuksesta, kunnossapidosta ja metsäpalveluista aina sivuvirtojen jalostukseen. Samalla alueelle muutti satoja uusia työntekijöitä, mikä lisäsi asuntojen, koulutuksen ja palvelujen kysyntää koko seutukunnassa. Hankkeen tavoitteena oli koota nämä yritykset, oppilaitokset ja kunnat yhteiseksi klusteriksi ja selvittää, millaisia palveluita klusteri tarvitsee.

Hankkeen projektipäällikkönä toimi Jaana Kivelä Kemijärven Kehitys Oy:stä. Ohjausryhmän puheenjohtajana toimi Sallan kunnan elinkeinojohtaja Ari-Pekka Niskala, ja ryhmään kuuluivat lisäksi Lapin liiton aluekehitysasiantuntija Mirja Heikkilä, Lapin AMK:n TKI-päällikkö Tuomas Ruokangas, Savukosken kunnanjohtaja Leena Aikio sekä yrittäjä Heikki Ylitalo (Ylitalon Kuljetus Oy).

2. Toimenpiteet

Hankkeen aikana järjestettiin yhdeksän yritystilaisuutta Kemijärvellä, Sallassa, Pelkosenniemellä ja Posiossa. Syksyllä 2039 kartoitettiin 87 yrityksen osaamis- ja investointitarpeet. Toukokuussa 2040 tehtiin opintomatka Luulajaan ja Piteåån Ruotsiin, jossa tutustuttiin Norrbottenin biotalousklusteriin ja sen yhteistyöhön RISE-tutkimuslaitoksen kanssa. Ohjelmaan kuului maanantaina 21.5.2040 vierailu Piteån biojalostamolla ja tiistaina 22.5.2040 työpaja Luleå tekniska universitetin kanssa.

Yritystilaisuudet pidettiin seuraavasti:
- Kemijärvi, 3.10.2039: aloitustilaisuus, 54 osallistujaa
- Salla, 7.11.2039: kuljetus ja logistiikka
- Pelkosenniemi, 16.1.2040: metsäpalvelut ja puunhankinta
- Posio, 12.3.2040: sivuvirrat ja uudet tuotteet
- Kemijärvi, 24.9.2040: kunnossapidon hankintarengas

Lisäksi hanke järjesti kaksi verkkoseminaaria julkisista hankinnoista ja yhden rekrytointitapahtuman yhdessä Itä-Lapin kuntien ja TE-palveluiden kanssa. Rekrytointitapahtumassa tehtaan alihankkijat esittelivät yli kuuttakymmentä avointa työpaikkaa, ja osa paikoista täytettiin jo tapahtuman jälkeisellä viikolla.

Hankkeen loppuseminaari järjestettiin torstaina 14.3.2041 Kemijärven kulttuurikeskuksessa. Seminaarissa puhuivat muun muassa biotuotetehtaan tehtaanjohtaja Markku Hyvönen ja Lapin yliopiston professori Anna-Kaisa Lohi, joka esitteli tutkimuksen puukuidun uusista käyttökohteista. Seminaariin osallistui 96 henkilöä.

Osallistujien palaute

Hankkeen lopussa tehtyyn palautekyselyyn vastasi 52 yritystä. Vastaajista kolme neljästä piti yritystilaisuuksia hyödyllisinä, ja lähes kaikki toivoivat, että yhteistä toimintaa jatketaan myös hankkeen jälkeen. Eniten kiitosta sai kunnossapidon hankintarengas, koska se toi pienille yrityksille suoria sopimuksia tehtaan kanssa. Kriittisimmät kommentit koskivat tiedonkulkua: monet yrittäjät kertoivat kuulleensa tilaisuuksista vasta viime hetkellä, eikä sähköpostilista tavoittanut kaikkia. Useampi vastaaja ehdotti, että klusterilla olisi oma verkkosivu ja kuukausittainen uutiskirje. Myös kuntien edustajat pitivät yhteistyötä tärkeänä, mutta toivoivat selkeämpää työnjakoa kehitysyhtiöiden välillä.

3. Keskeiset tulokset

- Itä-Lapin biotalousklusteri perustettiin yhdistykseksi 12.12.2040; siihen liittyi 41 jäsenyritystä ja neljä kuntaa
- Klusterille laadittiin toimintasuunnitelma vuosille 2041–2044
- Lapin AMK käynnisti Kemijärvellä kunnossapidon täydennyskoulutuksen, johon osallistui 38 työntekijää
- Yritysten yhteinen hankintarengas tehtaan kunnossapitopalveluihin aloitti toimintansa tammikuussa 2041
- Neljä yritystä aloitti sivuvirtojen tuotekehityksen yhdessä Lapin yliopiston kanssa

4. Opitut asiat

- Suuri tehdas ei yksin synnytä klusteria: pienet yritykset tarvitsevat jonkun, joka kokoaa ne yhteen ja puhuu niiden puolesta
- Yrittäjät osallistuvat, kun tilaisuudet järjestetään lähellä ja iltaisin, eivät virka-aikaan Rovaniemellä
- Kuntien yhteistyö onnistui parhaiten käytännön asioissa, kuten asumisessa ja liikenteessä
- Ruotsin esimerkki osoitti, että tutkimuslaitoksen pysyvä läsnäolo alueella on tärkeämpää kuin yksittäiset hankkeet

Hankkeen kokonaisbudjetti oli 486 000 euroa, josta Lapin liiton myöntämän tuen osuus oli 70 prosenttia. Kunnat ja yritykset rahoittivat loput. Budjetti toteutui lähes suunnitellusti; matkakuluja jäi käyttämättä, koska osa tapaamisista pidettiin verkossa.

5. Jatko

Klusterin toiminta jatkuu yhdistyksenä. Yhdistyksen hallituksen puheenjohtajaksi valittiin Heikki Ylitalo ja varapuheenjohtajaksi Pelkosenniemen Puupalvelu Oy:n toimitusjohtaja Sari Kärnä. Klusterin koordinaattorina jatkaa Jaana Kivelä. Yhdistyksen ensimmäinen vuosikokous pidetään keväällä 2042.

Yhteystiedot: Jaana Kivelä, projektipäällikkö, Kemijärven Kehitys Oy, Vapaudenkatu 8, 98100 Kemijärvi, jaana.kivela@kemijarvenkehitys.example.fi

Raportin laativat Jaana Kivelä ja Tuomas Ruokangas.

Liitteet: yrityskartoituksen tulokset, opintomatkan raportti, toimintasuunnitelma 2041–2044
"""
write(F, T)
KK = "Kemijärven Kehitys Oy"; KL = "Itä-Lapin biotalousklusteri"
gold(F,
 [P("Jaana Kivelä","projektipäällikkö",KK),
  P("Ari-Pekka Niskala","elinkeinojohtaja","Sallan kunnan"),
  P("Mirja Heikkilä","aluekehitysasiantuntija","Lapin liitto"),
  P("Tuomas Ruokangas","TKI-päällikkö","Lapin AMK"),
  P("Leena Aikio","Savukosken kunnanjohtaja",None),
  P("Heikki Ylitalo","puheenjohtaja",KL),
  P("Markku Hyvönen","tehtaanjohtaja",None),
  P("Anna-Kaisa Lohi","professori","Lapin yliopisto"),
  P("Sari Kärnä","varapuheenjohtaja",KL)],
 [O(KK), O("Lapin ammattikorkeakoulu","Lapin AMK"), O("Lapin yliopisto"), O("Arktinen keskus"), O("Lapin liitto"),
  O(KL), O("Ylitalon Kuljetus Oy"), O("TE-palveluiden"), O("Sallan kunnan"), O("Norrbottenin biotalousklusteri"), O("RISE"),
  O("Luleå tekniska universitet"), O("Pelkosenniemen Puupalvelu Oy")],
 [E("aloitustilaisuus","2039-10-03",None,"Kemijärvi","Finland"),
  E("yritystilaisuus","2039-11-07",None,"Salla","Finland"),
  E("yritystilaisuus","2040-01-16",None,"Pelkosenniemi","Finland"),
  E("yritystilaisuus","2040-03-12",None,"Posio","Finland"),
  E("yritystilaisuus","2040-09-24",None,"Kemijärvi","Finland"),
  E("rekrytointitapahtuma",None,None,None,None),
  E("opintomatka","2040-05",None,"Luulaja, Piteå","Sweden"),
  E("vierailu Piteån biojalostamolla","2040-05-21",None,"Piteå","Sweden"),
  E("työpaja","2040-05-22",None,None,"Sweden"),
  E("loppuseminaari","2041-03-14",None,"Kemijärvi","Finland"),
  E("vuosikokous","2042",None,None,None)],
 ["2039-09-01/2041-02-28","2041-04-30","2038","2039","2040-05","2040-05-21","2040-05-22","2041-03-14","2040-12-12",
  "2041/2044","2041-01","2042","2039-10-03","2039-11-07","2040-01-16","2040-03-12","2040-09-24"],
 ["Itä-Lapin biotalousklusteri perustettiin yhdistykseksi 12.12.2040; siihen liittyi 41 jäsenyritystä ja neljä kuntaa",
  "Klusterille laadittiin toimintasuunnitelma vuosille 2041–2044",
  "Lapin AMK käynnisti Kemijärvellä kunnossapidon täydennyskoulutuksen, johon osallistui 38 työntekijää",
  "Yritysten yhteinen hankintarengas tehtaan kunnossapitopalveluihin aloitti toimintansa tammikuussa 2041",
  "Neljä yritystä aloitti sivuvirtojen tuotekehityksen yhdessä Lapin yliopiston kanssa",
  "Suuri tehdas ei yksin synnytä klusteria: pienet yritykset tarvitsevat jonkun, joka kokoaa ne yhteen ja puhuu niiden puolesta",
  "Yrittäjät osallistuvat, kun tilaisuudet järjestetään lähellä ja iltaisin, eivät virka-aikaan Rovaniemellä",
  "Kuntien yhteistyö onnistui parhaiten käytännön asioissa, kuten asumisessa ja liikenteessä",
  "Ruotsin esimerkki osoitti, että tutkimuslaitoksen pysyvä läsnäolo alueella on tärkeämpää kuin yksittäiset hankkeet"],
 pub="2041-04-30")
