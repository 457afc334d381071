from h import *
F = 'g06_etela_savo_klusterihaku_tulokset.md'
assert wd(2042,1,20)=='Monday' and wd(2042,2,3)=='Monday' and wd(2042,3,6)=='Thursday' and wd(2041,11,4)=='Monday'
T = """Etelä-Savon maakuntaliitto · Ajankohtaista · Rahoitus · Älykäs erikoistuminen · In English

# Klusterihaun tulokset: kahdeksan hanketta saa rahoitusta

**Tiedote 20.1.2042 klo 14.15 · Mikkeli**

Etelä-Savon maakuntaliiton maakuntahallitus päätti maakuntahallituksen kokouksessa maanantaina 20. tammikuuta 2042 rahoittaa kahdeksaa hanketta Etelä-Savon klusteriohjelman syyshaussa. Haku oli auki 4.11.–12.12.2041, ja hakemuksia saapui 19. Myönnetty EAKR-rahoitus on yhteensä 3,1 miljoonaa euroa.

Rahoitettavat hankkeet liittyvät maakunnan älykkään erikoistumisen kolmeen painopisteeseen: metsäbiotalouteen, vesiosaamiseen ja ruokaketjuun. Maakuntajohtaja **Pekka-Juhani Kärkkäinen** kiittää hakijoita yhteistyöstä:

> Tällä kertaa lähes jokaisessa hankkeessa on mukana useampi yritys kuin julkinen toimija. Se on juuri sitä, mitä älykkäältä erikoistumiselta haimme.

## Rahoitetut hankkeet

| Hanke | Päätoteuttaja | Kunta |
|---|---|---|
| Puurakentamisen digitaalinen toimitusketju | Xamk – Kaakkois-Suomen ammattikorkeakoulu | Mikkeli |
| Vesiteknologian testausalusta | Itä-Suomen yliopisto | Savonlinna |
| Kalanjalosteiden vientiklusteri | Savonlinnan Kehitys Oy | Savonlinna |
| Biohiilen teolliset sovellukset | Luonnonvarakeskus (Luke) | Mikkeli |
| Ruokaketjun datavaranto | Miksei Oy | Mikkeli |
| Saimaan vesistömatkailun palveluklusteri | Pieksämäen kaupunki | Pieksämäki |
| Kiertotalouden yrityspalvelut | Etelä-Savon Yrittäjät ry | Mikkeli |
| Metsäkoneyritysten osaamisverkosto | Metsäkeskus | Juva |

Suurin yksittäinen myöntö, 620 000 euroa, kohdistuu Itä-Suomen yliopiston vesiteknologian testausalustaan Savonlinnassa. Hankkeessa yritykset voivat kokeilla vedenpuhdistuksen ja vesimittauksen ratkaisuja oikeissa olosuhteissa ennen kuin niitä tarjotaan vientimarkkinoille. Mukana on yksitoista yritystä Etelä-Savosta ja Pohjois-Savosta.

Ruokaketjun datavaranto kokoaa yhteen maatilojen, elintarvikeyritysten ja kaupan tietoja. Miksei Oy:n toimitusjohtaja **Tiina Marjamäki-Lund** kertoo, että hanke syntyi yritysten omasta pyynnöstä: pienet jalostajat haluavat tietää, mitä ja milloin kuluttajat ostavat, ilman että jokainen rakentaa oman järjestelmänsä.

Täydellinen luettelo rahoituspäätöksineen julkaistaan maakuntaliiton verkkosivuilla. Rahoituksen saaneiden hankkeiden on aloitettava toimintansa viimeistään kesäkuussa 2042, ja niiden kesto voi olla enintään kolme vuotta.

## Arviointi

Hakemukset arvioi viisijäseninen arviointiryhmä, jonka puheenjohtajana toimi aluekehitysjohtaja **Sirpa Hyvönen-Laine**. Ryhmän muut jäsenet olivat

- erikoisasiantuntija Mikko de Flon, Business Finland;
- rahoitusasiantuntija Hanna Ruotsalainen, Etelä-Savon ELY-keskus;
- professori Aleksi Pöyry, LUT-yliopisto;
- yrittäjä Riikka Tuominen, Saimaan Puu Oy.

Arviointiryhmän kokoukset pidettiin 16. ja 18. joulukuuta 2041 maakuntaliiton tiloissa Mikkelissä. Ryhmä pisteytti hakemukset neljällä kriteerillä: yhteys älykkään erikoistumisen painopisteisiin, kumppanuuden vahvuus, vaikutus yritysten liiketoimintaan ja kustannustehokkuus. Kolme hakemusta hylättiin, koska niissä ei ollut mukana yhtään yritystä, ja kahdeksan hakemusta jäi pisterajan alle.

## Opit edellisestä hakukierroksesta

Arviointiryhmä nosti esiin seuraavat opit:

1. Yritysten sitoutuminen kannattaa osoittaa aiesopimuksilla jo hakuvaiheessa
2. Pienet kunnat tarvitsevat apua hankkeiden valmisteluun, muuten hakemukset keskittyvät Mikkeliin
3. Tulosmittarien pitää kuvata yritysten liikevaihtoa ja vientiä, ei vain tilaisuuksien määrää
4. Rajat ylittävä yhteistyö Etelä-Karjalan ja Pohjois-Savon klustereiden kanssa jäi vähäiseksi

## Seuraavat vaiheet

Hankkeiden aloitusinfo järjestetään maanantaina 3.2.2042 klo 9–12 Mikkelin Mikaelissa. Tilaisuudessa käydään läpi raportointi, maksatukset ja viestintävelvoitteet. Ilmoittautumiset 28.1. mennessä.

Seuraava klusterihaku avautuu keväällä 2042. Hakuun liittyvä infotilaisuus pidetään torstaina 6.3.2042 verkossa Teamsin välityksellä. Syyshaun infotilaisuus pidettiin Savonlinnassa 7.11.2041, ja siihen osallistui 74 henkilöä paikan päällä ja verkossa. Osallistujien palautteen perusteella kevään infotilaisuudessa varataan enemmän aikaa kysymyksille, budjetin laatimiselle ja hakemuslomakkeen täyttämiselle, ja esimerkkinä esitellään kaksi hyvin valmisteltua hakemusta syyshausta.

Maakuntaliitto järjestää lisäksi Savonlinnassa työpajan vesiosaamisen yrityksille huhtikuussa 2042 yhdessä Savonlinnan Kehitys Oy:n kanssa.

### Lisätietoja

- aluekehitysjohtaja Sirpa Hyvönen-Laine, Etelä-Savon maakuntaliitto, p. 044 000 0000
- ohjelmapäällikkö Joonas Väisänen, p. 044 000 0001, klusterit@esavo.example.fi

Etelä-Savon maakuntaliitto on alueen kehittämisviranomainen, joka vastaa maakuntaohjelmasta ja älykkään erikoistumisen strategiasta 2035–2042. Klusteriohjelmaa rahoitetaan Euroopan aluekehitysrahastosta.

*Jaa: Facebook · LinkedIn · Sähköposti* · [Takaisin uutisiin](/ajankohtaista)

---
Etelä-Savon maakuntaliitto · Mikonkatu 5, 50100 Mikkeli · Saavutettavuusseloste · Tietosuoja · Evästeasetukset
"""
write(F, T)
E_="Etelä-Savon maakuntaliitto"
gold(F,
 [P("Pekka-Juhani Kärkkäinen","Maakuntajohtaja",E_),
  P("Sirpa Hyvönen-Laine","aluekehitysjohtaja",E_),
  P("Mikko de Flon","erikoisasiantuntija","Business Finland"),
  P("Hanna Ruotsalainen","rahoitusasiantuntija","Etelä-Savon ELY-keskus"),
  P("Aleksi Pöyry","professori","LUT-yliopisto"),
  P("Riikka Tuominen","yrittäjä","Saimaan Puu Oy"),
  P("Joonas Väisänen","ohjelmapäällikkö",None),
  P("Tiina Marjamäki-Lund","toimitusjohtaja","Miksei Oy")],
 [O(E_), O("Xamk – Kaakkois-Suomen ammattikorkeakoulu","Xamk"), O("Itä-Suomen yliopisto"), O("Savonlinnan Kehitys Oy"),
  O("Luonnonvarakeskus","Luke"), O("Miksei Oy"), O("Pieksämäen kaupunki"), O("Etelä-Savon Yrittäjät ry"), O("Metsäkeskus"),
  O("Business Finland"), O("Etelä-Savon ELY-keskus"), O("LUT-yliopisto"), O("Saimaan Puu Oy")],
 [E("maakuntahallituksen kokous","2042-01-20",None,None,None),
  E("Arviointiryhmän kokous","2041-12-16",None,"Mikkeli","Finland"),
  E("Arviointiryhmän kokous","2041-12-18",None,"Mikkeli","Finland"),
  E("aloitusinfo","2042-02-03",None,"Mikkeli","Finland"),
  E("infotilaisuus","2042-03-06",None,None,None),
  E("Syyshaun infotilaisuus","2041-11-07",None,"Savonlinna","Finland"),
  E("työpaja","2042-04",None,"Savonlinna","Finland")],
 ["2042-01-20","2041-11-04/2041-12-12","2041-12-16","2041-12-18","2042-02-03","2042-01-28","2042","2042-03-06","2042-04","2035/2042","2041-11-07","2042-06"],
 ["Yritysten sitoutuminen kannattaa osoittaa aiesopimuksilla jo hakuvaiheessa",
  "Pienet kunnat tarvitsevat apua hankkeiden valmisteluun, muuten hakemukset keskittyvät Mikkeliin",
  "Tulosmittarien pitää kuvata yritysten liikevaihtoa ja vientiä, ei vain tilaisuuksien määrää",
  "Rajat ylittävä yhteistyö Etelä-Karjalan ja Pohjois-Savon klustereiden kanssa jäi vähäiseksi"],
 pub="2042-01-20")
