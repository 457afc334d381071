from h import *
F = 'g06_lahti_kiertotalousklusteri_hallitus.md'
assert wd(2041,3,19)=='Tuesday' and wd(2041,4,9)=='Tuesday' and wd(2041,5,6)=='Monday' and wd(2041,8,21)=='Wednesday'
T = """[Etusivu](/) · [Klusteri](/klusteri) · [Jäsenet](/jasenet) · **Hallitus ja tiimi** · [Hankkeet](/hankkeet) · [Tapahtumat](/tapahtumat) · [In English](/en)

# Hallitus ja tiimi

*Päivitetty 15.4.2041*

Päijät-Hämeen Kiertotalousklusteri ry (PHKK) kokoaa yhteen 58 yritystä, oppilaitosta ja julkista toimijaa Lahden seudulta. Klusterin toimintaa ohjaa vuosikokouksen valitsema hallitus, ja käytännön työstä vastaa neljän hengen tiimi Lahden Niemen kampuksella.

## Vuosikokous valitsi uuden puheenjohtajan

Klusterin vuosikokous pidettiin tiistaina 9. huhtikuuta 2041 Lahdessa Sibeliustalon Puusepänverstaalla. Kokous valitsi hallituksen puheenjohtajaksi toimitusjohtaja **Henna Salminen-Korpela** (Päijät-Hämeen Jätehuolto Oy). Edellinen puheenjohtaja, kauppaneuvos **Markku Väisänen**, toimi tehtävässä vuodesta 2035 ja jättäytyi nyt hallitustyöstä. Kokous kiitti häntä pitkäjänteisestä työstä ja kutsui hänet klusterin kunniajäseneksi. Väisänen muistutti kiitospuheessaan, että klusteri perustettiin aikanaan kahdeksan yrityksen aloitteesta ja että jäseniä on nyt lähes seitsemän kertaa enemmän.

Kokouksen puheenjohtajana toimi asianajaja **Pekka Lundén** ja sihteerinä toiminnanjohtaja Laura Mäkelä-Ortega. Paikalla oli 41 jäsenten edustajaa.

### Vuosikokouksen päätökset

1. Vuoden 2040 toimintakertomus ja tilinpäätös hyväksyttiin ja hallitukselle myönnettiin vastuuvapaus
2. Toimintasuunnitelma ja talousarvio vuodelle 2041 vahvistettiin; jäsenmaksut pidettiin ennallaan
3. Hallituksen jäsenmäärä nostettiin kuudesta seitsemään, jotta oppilaitokset saavat oman paikan
4. Klusteri hakee jäseneksi eurooppalaiseen kiertotalousklusterien verkostoon vuoden 2041 aikana

### Hallitus 2041–2042

- puheenjohtaja Henna Salminen-Korpela, Päijät-Hämeen Jätehuolto Oy
- varapuheenjohtaja Jukka-Pekka Lindqvist, LUT-yliopisto, Lahden kampus
- jäsen Riikka Hämäläinen, Lahden kaupunki
- jäsen Tuomas Aalto, Kemppi Circular Oy
- jäsen Sari Nurmi-Vesterinen, Salpaus-kuntayhtymä
- jäsen Eero af Forselles, Päijät-Hämeen liitto
- jäsen Aino Karvonen, Stora Enso Oyj, Heinolan tehdas

Hallituksen sihteerinä toimii klusterin toiminnanjohtaja.

## Tiimi

**Laura Mäkelä-Ortega**, toiminnanjohtaja
Laura on johtanut klusteria vuodesta 2038. Hän työskenteli aiemmin kiertotalouden asiantuntijana Business Finland -organisaatiossa ja Lahden kaupungin elinkeinopalveluissa. laura.makela-ortega@phkk.example.fi

**Ville Rantanen**, kehittämispäällikkö (teollinen symbioosi)
Ville vastaa yritysten välisten materiaalivirtojen kartoituksesta ja FISS-symbioosipalvelusta Päijät-Hämeessä.

**Dr. Katarzyna Wilk**, projektipäällikkö, kansainväliset hankkeet
Katarzyna koordinoi klusterin osuutta eurooppalaisessa kiertotalousklusterien kumppanuudessa ja vastaa yhteistyöstä Puolan ja Viron klustereiden kanssa.

**Olli Heikkinen**, viestintäsuunnittelija
Uutiskirje, verkkosivut, jäsentapahtumat. Olli toimittaa klusterin kuukausittaista uutiskirjettä ja vastaa Kiertotalouspäivien käytännön järjestelyistä yhdessä Lahden kaupungin tapahtumatiimin kanssa. Häneen voi olla yhteydessä myös kaikissa mediakysymyksissä ja kuvapyynnöissä.

## Tervetuloa, Katarzyna – kiitos, Matti!

Katarzyna Wilk aloitti tiimissä 3. helmikuuta 2041. Hän siirtyi klusteriin Puolan Łódźista, jossa hän työskenteli Łódźin teknillisen yliopiston tutkijana ja Łódźin kiertotalousklusterin projektikoordinaattorina. Edeltäjä **Matti Saarelainen** siirtyi tammikuussa uuteen tehtävään: hän on nyt ylitarkastaja, Hämeen ELY-keskus, yritys- ja innovaatiopalvelut. Matti ehti työskennellä klusterissa viisi vuotta ja rakensi klusterin yhteistyön Tarton ja Pärnun kanssa.

## Mennyt kevät

Tammikuussa klusteri isännöi virolaisen Tartu Circular Economy Cluster -verkoston vierailua Lahdessa, ja maaliskuussa tiimi esitteli Lahden teollisen symbioosin mallia ECCP:n (European Cluster Collaboration Platform) webinaarissa tiistaina 19.3.2041. Hallitus kokoontui alkuvuonna kolme kertaa.

## Tulevia tapahtumia

- **ma 6.5.2041 klo 9–12** – hallituksen ja tiimin strategiatyöpaja, Lahti
- **21.–22.8.2041** – Kiertotalouspäivät 2041, Lahti (järjestyksessä seitsemännet; aiemmat päivät 2035–2040 Lahdessa ja Heinolassa)
- **syyskuu 2041** – opintomatka Gdańskin pomeranialaiseen kiertotalousklusteriin

Hallituksen seuraava kokous pidetään 6.5.2041 strategiatyöpajan jälkeen.

## Jäsenyys

Klusterin jäseniksi voivat liittyä yritykset, oppilaitokset, tutkimuslaitokset, kunnat ja yhdistykset, jotka toimivat kiertotalouden parissa Päijät-Hämeessä tai sen lähialueilla. Jäsenet saavat käyttöönsä symbioosipalvelun, pääsyn hankehakujen valmisteluun sekä alennuksen klusterin tapahtumista. Vuonna 2040 klusteriin liittyi yhdeksän uutta jäsentä, muun muassa Orimattilan Vesi Oy, Hollolan kunta ja Lahden ammattikorkeakoulun entinen tutkimusyksikkö, joka toimii nyt osana LUT-yliopistoa. Jäsenhakemuksen voi lähettää sähköpostilla toiminnanjohtajalle.

## Yhteystiedot

Päijät-Hämeen Kiertotalousklusteri ry · Niemenkatu 73, 15140 Lahti · info@phkk.example.fi · Y-tunnus 0000000-0
Klusterin toimintaa rahoittavat jäsenet sekä Päijät-Hämeen liitto.

[Tietosuojaseloste](#) · [Saavutettavuusseloste](#) · © PHKK 2041
"""
write(F, T)
K = "Päijät-Hämeen Kiertotalousklusteri ry"
gold(F,
 [P("Henna Salminen-Korpela","puheenjohtaja",K),
  P("Markku Väisänen","puheenjohtaja",K),
  P("Pekka Lundén","asianajaja",None),
  P("Jukka-Pekka Lindqvist","varapuheenjohtaja",K),
  P("Riikka Hämäläinen","jäsen",K),
  P("Tuomas Aalto","jäsen",K),
  P("Sari Nurmi-Vesterinen","jäsen",K),
  P("Eero af Forselles","jäsen",K),
  P("Aino Karvonen","jäsen",K),
  P("Laura Mäkelä-Ortega","toiminnanjohtaja",K),
  P("Ville Rantanen","kehittämispäällikkö",K),
  P("Katarzyna Wilk","projektipäällikkö",K),
  P("Olli Heikkinen","viestintäsuunnittelija",K),
  P("Matti Saarelainen","ylitarkastaja","Hämeen ELY-keskus")],
 [O(K,"PHKK"), O("Päijät-Hämeen Jätehuolto Oy"), O("LUT-yliopisto"), O("Lahden kaupunki"), O("Kemppi Circular Oy"),
  O("Salpaus-kuntayhtymä"), O("Päijät-Hämeen liitto"), O("Stora Enso Oyj"), O("Business Finland"),
  O("Łódźin teknillisen yliopiston"), O("Łódźin kiertotalousklusterin"), O("Hämeen ELY-keskus"), O("Tartu Circular Economy Cluster"),
  O("European Cluster Collaboration Platform","ECCP"), O("Orimattilan Vesi Oy"), O("Hollolan kunta"), O("Lahden ammattikorkeakoulun")],
 [E("vuosikokous","2041-04-09",None,"Lahti","Finland"),
  E("vierailu","2041-01",None,"Lahti","Finland"),
  E("webinaari","2041-03-19",None,None,None),
  E("hallituksen ja tiimin strategiatyöpaja","2041-05-06",None,"Lahti","Finland"),
  E("Kiertotalouspäivät 2041","2041-08-21","2041-08-22","Lahti","Finland"),
  E("opintomatka Gdańskin pomeranialaiseen kiertotalousklusteriin","2041-09",None,"Gdańsk","Poland"),
  E("Hallituksen seuraava kokous","2041-05-06",None,None,None)],
 ["2041-04-15","2041-04-09","2035","2040","2041","2041/2042","2038","2041-02-03","2041-01","2041-05-06","2041-08-21/2041-08-22","2035/2040","2041-09","2041-03","2041-03-19"],
 ["Vuoden 2040 toimintakertomus ja tilinpäätös hyväksyttiin ja hallitukselle myönnettiin vastuuvapaus",
  "Toimintasuunnitelma ja talousarvio vuodelle 2041 vahvistettiin; jäsenmaksut pidettiin ennallaan",
  "Hallituksen jäsenmäärä nostettiin kuudesta seitsemään, jotta oppilaitokset saavat oman paikan",
  "Klusteri hakee jäseneksi eurooppalaiseen kiertotalousklusterien verkostoon vuoden 2041 aikana"], pub="2041-04-15")
