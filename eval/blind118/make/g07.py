from h import *
F = 'g07_seinajoki_ruokaklusteri_tapahtumat.md'
assert wd(2036,3,11)=='Tuesday' and wd(2036,4,2)=='Wednesday' and wd(2036,4,24)=='Thursday' and wd(2036,3,4)=='Tuesday'
T = """# Tapahtumat kevät 2036 – Etelä-Pohjanmaan ruokaklusteri

[Etusivu](#) | [Klusteri](#) | [Jäsenyritykset](#) | **Tapahtumat** | [Hankkeet](#) | [Yhteystiedot](#) | [In English](#)

*Julkaistu 18.2.2036 · Päivitetty 4.3.2036*

Etelä-Pohjanmaan ruokaklusteri kokoaa yhteen alueen elintarvikeyritykset, alkutuotannon, oppilaitokset ja tutkimuksen. Klusteria koordinoi Seinäjoen kaupungin kehitysyhtiö Into Seinäjoki Oy yhdessä Seinäjoen ammattikorkeakoulun (SeAMK) ja Helsingin yliopiston Ruralia-instituutin kanssa. Alla kevään tapahtumat. Ilmoittautumiset tapahtumasivujen kautta. Tervetuloa mukaan!

## Ruokaketjun aamukahvit, osa 9: Kasviproteiinit

**Tiistaina 11.3.2036 klo 8.30–10.00, Frami, Seinäjoki**

Aamukahvisarjan yhdeksännessä osassa kuullaan, miten härkäpapu ja herne jalostuvat kuluttajatuotteiksi. Alustajina toimitaan tuotekehityspäällikkö Hanna-Riikka Mäkelä (Kinnusen Mylly Oy) ja tutkijatohtori Antti Koskenniemi (Ruralia-instituutti). Tilaisuus on maksuton.

Aamukahvisarja käynnistyi syksyllä 2034, ja sen tavoitteena on tuoda yrittäjät, tutkijat ja opiskelijat saman pöydän ääreen ennen työpäivän alkua. Jokainen tilaisuus kestää puolitoista tuntia, ja alustusten jälkeen keskustellaan pienissä ryhmissä. Edellisessä osassa helmikuussa käsiteltiin pakkausmateriaaleja, ja paikalla oli yli 60 osallistujaa. Tallenteet ja esitysmateriaalit löytyvät jäsensivuilta.

## Klusterin vuosiseminaari

**Keskiviikkona 2.4.2036, Seinäjoki-sali, Seinäjoki**

Vuosiseminaarin teemana on ruoan vienti Pohjoismaihin ja Baltiaan. Ohjelmassa:

- 9.30 Avaus – Etelä-Pohjanmaan liiton maakuntajohtaja Asko Peltola
- 10.00 Pääpuheenvuoro: ruokavienti 2040-luvulla – Business Finlandin johtava asiantuntija Sofia Lindqvist-Aalto
- 11.00 Paneeli: pienen yrityksen tie vientiin
- 12.00 Lounas
- 13.00 Yritystapaamiset (B2B) virolaisten ja latvialaisten ostajien kanssa; tapaamiset järjestää Enterprise Europe Network Suomi
- 16.00 Ruokaklusterin hallituksen kokous (vain hallituksen jäsenet)
- 18.00 Illallinen Törnävän kartanossa

Seminaarin juontaa Into Seinäjoki Oy:n klusterivetäjä Jussi-Pekka Hautamäki. Ilmoittautuminen viimeistään 25.3.

Seminaari on jäsenille maksuton, muilta peritään 80 euroa, joka sisältää lounaan ja kahvit. Illalliselle on erillinen ilmoittautuminen, ja sen hinta on 55 euroa. Yritystapaamisiin voi varata aikoja sähköisessä kalenterissa maaliskuun alusta alkaen; ostajien profiilit julkaistaan samassa palvelussa. Viime vuonna tapaamisia järjestettiin yli sata, ja niistä syntyi useita kauppoja erityisesti leipomo- ja lihatuotteiden vientiin. Tänä vuonna mukaan on lupautunut ostajia myös Liettuasta. Paneelin kokoonpano julkaistaan maaliskuun puolivälissä.

## Opintomatka Tarttoon

**24.–25.4.2036**

Klusterin jäsenille suunnattu opintomatka Viroon. Tutustumme Tarton yliopiston elintarviketekniikan laboratorioon ja Eesti Maaülikooliin sekä tapaamme Viron ruokaklusterin Toiduklaster MTÜ:n jäseniä. Matkan hinta jäsenille 290 euroa, sisältää laivamatkat ja majoituksen. Matkan vetäjänä toimii SeAMK:n projektipäällikkö Tiina Rinta-Jaskari.

Alustava ohjelma: torstaina lähdemme bussilla Seinäjoelta aamulla ja ajamme Helsinkiin, josta laiva lähtee Tallinnaan. Iltapäivällä jatkamme Tarttoon, jossa illalla on yhteinen illallinen virolaisten isäntien kanssa. Perjantaina vierailemme laboratorioissa ja kahdessa jäsenyrityksessä, ja paluu Suomeen tapahtuu illan laivalla. Matkalle mahtuu 25 osallistujaa, ja paikat täytetään ilmoittautumisjärjestyksessä. Ilmoittautuminen päättyy 31.3.2036.

## Aiemmat tapahtumat

Klusterin vuosiseminaari on järjestetty vuodesta 2031 lähtien. Aiemmat seminaarit:

- Vuosiseminaari 2035: Seinäjoki, teemana ruokahävikki (27.3.2035)
- Vuosiseminaari 2034: Lapua, teemana luomutuotanto
- Vuosiseminaari 2033: etäseminaari koronaviruksen jälkeisten rajoitusten aikaan

## Vuosiseminaarin 2035 keskeiset opit

Viime vuoden seminaarin työpajoissa koottiin seuraavat opit, joita klusteri on hyödyntänyt toimintasuunnitelmassaan:

1. Yhteinen vientibrändi toimii vain, jos yritykset sitoutuvat siihen useaksi vuodeksi
2. Pienten yritysten kannattaa jakaa logistiikka- ja varastotilat
3. Ruokahävikin vähentäminen on myös myyntiargumentti Pohjoismaiden vähittäiskaupalle

## Kumppanit

Into Seinäjoki Oy · Seinäjoen ammattikorkeakoulu (SeAMK) · Helsingin yliopiston Ruralia-instituutti · Etelä-Pohjanmaan liitto · Business Finland · Enterprise Europe Network Suomi · Tarton yliopisto · Eesti Maaülikool · Toiduklaster MTÜ

## Yhteystiedot

Jussi-Pekka Hautamäki, klusterivetäjä, Into Seinäjoki Oy, puh. 040 000 0000

Muutokset ohjelmiin ovat mahdollisia. Seuraa klusterin uutiskirjettä ja LinkedIn-sivua, niin saat tiedon uusista tapahtumista ensimmäisten joukossa. Syksyn tapahtumakalenteri julkaistaan kesäkuussa.

Klusterin toimintaa rahoittaa Etelä-Pohjanmaan liitto Euroopan aluekehitysrahaston tuella.

[Jaa Facebookissa](#) · [Jaa LinkedInissä](#) · [Tilaa uutiskirje](#)

© Into Seinäjoki Oy · Tietosuojaseloste · Evästeasetukset
"""
assert wd(2035,3,27)=='Tuesday'
write(F, T)
I = "Into Seinäjoki Oy"
gold(F,
 [P("Hanna-Riikka Mäkelä","tuotekehityspäällikkö","Kinnusen Mylly Oy"),
  P("Antti Koskenniemi","tutkijatohtori","Helsingin yliopiston Ruralia-instituutti"),
  P("Asko Peltola","maakuntajohtaja","Etelä-Pohjanmaan liitto"),
  P("Sofia Lindqvist-Aalto","johtava asiantuntija","Business Finland"),
  P("Jussi-Pekka Hautamäki","klusterivetäjä",I),
  P("Tiina Rinta-Jaskari","projektipäällikkö","SeAMK")],
 [O("Etelä-Pohjanmaan ruokaklusteri"), O(I), O("Seinäjoen ammattikorkeakoulu","SeAMK"), O("Helsingin yliopiston Ruralia-instituutti"),
  O("Kinnusen Mylly Oy"), O("Etelä-Pohjanmaan liitto"), O("Business Finland"), O("Enterprise Europe Network Suomi"),
  O("Tarton yliopisto"), O("Eesti Maaülikool"), O("Toiduklaster MTÜ")],
 [E("Ruokaketjun aamukahvit, osa 9","2036-03-11",None,"Seinäjoki","Finland"),
  E("Klusterin vuosiseminaari","2036-04-02",None,"Seinäjoki","Finland"),
  E("Yritystapaamiset (B2B)","2036-04-02",None,"Seinäjoki","Finland"),
  E("Ruokaklusterin hallituksen kokous","2036-04-02",None,"Seinäjoki","Finland"),
  E("Illallinen","2036-04-02",None,"Seinäjoki","Finland"),
  E("Opintomatka","2036-04-24","2036-04-25","Tartto","Estonia"),
  E("illallinen","2036-04-24",None,"Tartto","Estonia"),
  E("Vuosiseminaari 2035","2035-03-27",None,"Seinäjoki","Finland"),
  E("Vuosiseminaari 2034","2034",None,"Lapua","Finland"),
  E("Vuosiseminaari 2033","2033",None,None,None)],
 ["2036","2036-02-18","2036-03-04","2036-03-11","2036-04-02","2036-03-25","2036-04-24/2036-04-25","2031","2034","2035-03-27","2036-03-31","2036-02","2036-03","2036-06"],
 ["Yhteinen vientibrändi toimii vain, jos yritykset sitoutuvat siihen useaksi vuodeksi",
  "Pienten yritysten kannattaa jakaa logistiikka- ja varastotilat",
  "Ruokahävikin vähentäminen on myös myyntiargumentti Pohjoismaiden vähittäiskaupalle"],
 pub="2036-02-18")
