from h import *
F = 'g15_kainuu_klusteriseminaari_yhteenveto_fi.txt'
assert wd(2034,11,9)=='Thursday' and wd(2035,2,7)=='Wednesday'
T = """Kainuun Data- ja Kaivosklusteri ry
Etusivu | Klusteri | Jäsenet | Hankkeet | Ajankohtaista | Tapahtumat | Yhteystiedot

Ajankohtaista > Tapahtumat > Yhteenvedot

YHTEENVETO: Kainuun klusteripäivä 2034 – "Data, kaivokset ja osaajat"
Julkaistu 16.11.2034 | Kirjoittaja: Hanna Heikkinen, viestintäpäällikkö

Kainuun klusteripäivä järjestettiin torstaina 9. marraskuuta 2034 Kajaanissa Kaukametsän kulttuurikeskuksessa. Päivään osallistui 178 henkeä yrityksistä, oppilaitoksista ja julkiselta sektorilta. Osallistujamäärä oli tapahtuman historian suurin, ja paikalla oli ensimmäistä kertaa myös yrityksiä Pohjois-Pohjanmaalta ja Pohjois-Karjalasta. Päivää oli mahdollista seurata myös verkossa, ja tallenteita on katsottu jälkikäteen jo yli neljäsataa kertaa jäsensivuilla ja klusterin videokanavalla. Tapahtuman järjesti Kainuun Data- ja Kaivosklusteri yhdessä Kainuun liiton ja Kajaanin ammattikorkeakoulun (KAMK) kanssa.

OHJELMA

9.00 Aamukahvi ja ilmoittautuminen
9.30 Avaus: Pekka Huttunen, hallituksen puheenjohtaja, Kainuun Data- ja Kaivosklusteri
9.45 Kainuun elinkeinostrategia 2035–2040: Sari Karjalainen, aluekehitysjohtaja, Kainuun liitto
10.30 Datakeskukset ja hukkalämpö: Mikko Ronkainen, toimitusjohtaja, Renforsin Datacenter Oy
11.15 Akkumineraalit ja vastuullinen kaivostoiminta: Anna-Liisa Kemppainen, ympäristöpäällikkö, Terrafame Oy
12.00 Lounas
13.00 Paneeli: Mistä osaajat Kainuuseen? Juontaja Tuomas Pulkkinen, KAMK
14.30 Päivän yhteenveto ja johtopäätökset
15.00 Tutustumiskäynti Renforsin Rannan datakeskusalueelle

PÄIVÄN ANTI

Pekka Huttunen muistutti avauksessaan, että klusterissa on nyt 52 jäsentä, kun vuonna 2031 jäseniä oli 18. Sari Karjalainen esitteli maakunnan uuden elinkeinostrategian luonnoksen, jossa data- ja kaivosala ovat ensimmäistä kertaa yhteinen painopiste.

Mikko Ronkainen kertoi, että Kajaanin datakeskusten hukkalämpö kattaa jo neljänneksen kaupungin kaukolämmöstä. Anna-Liisa Kemppainen puolestaan kertoi Terrafamen uudesta vesienhallintaohjelmasta ja kannusti pieniä yrityksiä mukaan toimitusketjuun.

Paneelissa keskustelivat Oulun yliopiston Kajaanin yliopistokeskuksen johtaja Jari Tolonen, Kainuun ammattiopiston (KAO) rehtori Marja Leinonen, Kainuun TE-toimiston johtaja Ville Komulainen sekä Talvivaaran Kaivososakeyhtiön entinen työntekijä ja nykyinen yrittäjä Oskari Heikura. Paneelin mukaan maakuntaan muuttaa osaajia, jos asuminen, puolison työ ja lasten koulu saadaan ratkaistua yhdellä kertaa.

Paneelissa kuultiin myös käytännön esimerkkejä. Marja Leinonen kertoi, että ammattiopisto on aloittanut yhdessä kaivosyhtiöiden kanssa lyhyet täsmäkoulutukset, joista 80 prosenttia opiskelijoista on työllistynyt suoraan. Ville Komulainen muistutti, että avoimia työpaikkoja on maakunnassa enemmän kuin koskaan, mutta hakijoita erityisesti sähkö- ja automaatioaloille on liian vähän. Jari Tolonen ehdotti, että yliopistokeskuksen datakoulutus laajennettaisiin etäopiskeluna koko Suomeen. Oskari Heikura puolestaan kertoi omasta kokemuksestaan: hän muutti takaisin Kainuuseen, kun puolisolle löytyi työpaikka etätyönä ja perhe sai asunnon nopeasti.

Yleisö osallistui keskusteluun aktiivisesti verkkokyselyn kautta. Kysymyksiä tuli yli kuusikymmentä, ja eniten ääniä sai kysymys siitä, miten maakunnan omat nuoret saadaan pysymään Kainuussa opintojen jälkeen. Paneelin mukaan ratkaisu on harjoittelupaikoissa ja kesätöissä, joita yritysten pitäisi tarjota jo lukiolaisille.

KESKEISET JOHTOPÄÄTÖKSET

Päivän lopuksi klusterin toiminnanjohtaja Elina Moilanen kokosi seuraavat johtopäätökset:

1. Data- ja kaivosalalla on Kainuussa yhteinen etu: molemmat tarvitsevat edullista sähköä, vahvaa verkkoa ja samoja sähkö- ja automaatio-osaajia
2. Hukkalämmön hyödyntäminen on kasvava liiketoimintamahdollisuus myös pienille yrityksille
3. Osaajien houkuttelu vaatii yhteistä palvelua, joka auttaa koko perhettä muuttamaan maakuntaan
4. Klusterin pitää viestiä vastuullisesta kaivostoiminnasta avoimesti ja faktoihin perustuen
5. Oppilaitosten ja yritysten yhteisiä koulutuksia tarvitaan erityisesti automaatioon ja kyberturvallisuuteen

JATKOTOIMET

Klusterin hallitus käsittelee johtopäätökset kokouksessaan joulukuussa. Osaajapalvelun suunnittelu aloitetaan keväällä 2035 yhdessä Kajaanin kaupungin kanssa. Seuraava jäsentapaaminen, Hukkalämpöinfo, pidetään keskiviikkona 7. helmikuuta 2035 Sotkamossa.

JÄRJESTÄJÄT JA KUMPPANIT

Kainuun Data- ja Kaivosklusteri ry, Kainuun liitto, Kajaanin ammattikorkeakoulu (KAMK), Kajaanin yliopistokeskus (Oulun yliopisto), Kainuun ammattiopisto (KAO), Kainuun TE-toimisto, Kajaanin kaupunki. Tapahtumapaikka: Kaukametsän kulttuurikeskus, Kajaani.

Esitysmateriaalit ovat ladattavissa jäsensivuilta. Kuvat: Kainuun Data- ja Kaivosklusteri / Timo Kärkkäinen.

Lisätiedot:
Elina Moilanen, toiminnanjohtaja, elina.moilanen@kainuuklusteri.example.fi, puh. 040 000 0000
Hanna Heikkinen, viestintäpäällikkö, hanna.heikkinen@kainuuklusteri.example.fi

Jaa: Facebook | LinkedIn | Sähköposti

Kainuun Data- ja Kaivosklusteri ry | Ketunpolku 1, 87100 Kajaani | Tietosuojaseloste | Evästeet
"""
write(F, T)
K = "Kainuun Data- ja Kaivosklusteri ry"; KK = "Kainuun Data- ja Kaivosklusteri"
gold(F,
 [P("Hanna Heikkinen","viestintäpäällikkö",K), P("Pekka Huttunen","hallituksen puheenjohtaja",K),
  P("Sari Karjalainen","aluekehitysjohtaja","Kainuun liitto"), P("Mikko Ronkainen","toimitusjohtaja","Renforsin Datacenter Oy"),
  P("Anna-Liisa Kemppainen","ympäristöpäällikkö","Terrafame Oy"), P("Tuomas Pulkkinen","Juontaja","KAMK"),
  P("Jari Tolonen","johtaja","Kajaanin yliopistokeskus"), P("Marja Leinonen","rehtori","Kainuun ammattiopisto"),
  P("Ville Komulainen","johtaja","Kainuun TE-toimisto"), P("Oskari Heikura","yrittäjä",None),
  P("Elina Moilanen","toiminnanjohtaja",K), P("Timo Kärkkäinen",None,None)],
 [O(K), O("Kainuun liitto"), O("Kajaanin ammattikorkeakoulu","KAMK"),
  O("Renforsin Datacenter Oy"), O("Terrafame Oy"), O("Oulun yliopisto"), O("Kajaanin yliopistokeskus"),
  O("Kainuun ammattiopisto","KAO"), O("Kainuun TE-toimisto"), O("Talvivaaran Kaivososakeyhtiön"), O("Kajaanin kaupunki")],
 [E("Kainuun klusteripäivä 2034","2034-11-09",None,"Kajaani","Finland"),
  E("Tutustumiskäynti Renforsin Rannan datakeskusalueelle","2034-11-09",None,"Kajaani","Finland"),
  E("hallituksen kokous","2034-12",None,None,None),
  E("Hukkalämpöinfo","2035-02-07",None,"Sotkamo","Finland")],
 ["2034-11-16","2034-11-09","2035/2040","2031","2034-12","2035","2035-02-07"],
 ["Data- ja kaivosalalla on Kainuussa yhteinen etu: molemmat tarvitsevat edullista sähköä, vahvaa verkkoa ja samoja sähkö- ja automaatio-osaajia",
  "Hukkalämmön hyödyntäminen on kasvava liiketoimintamahdollisuus myös pienille yrityksille",
  "Osaajien houkuttelu vaatii yhteistä palvelua, joka auttaa koko perhettä muuttamaan maakuntaan",
  "Klusterin pitää viestiä vastuullisesta kaivostoiminnasta avoimesti ja faktoihin perustuen",
  "Oppilaitosten ja yritysten yhteisiä koulutuksia tarvitaan erityisesti automaatioon ja kyberturvallisuuteen"],
 "2034-11-16")
