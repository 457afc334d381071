from h import *
F = 'g16_kemi_tornio_teollisuusklusteri_uutiskirje.md'
assert wd(2042,3,19)=='Wednesday' and wd(2042,3,10)=='Monday' and wd(2042,4,14)=='Monday' and wd(2042,4,24)=='Thursday' and wd(2042,5,6)=='Tuesday' and wd(2042,9,9)=='Tuesday' and wd(2042,9,10)=='Wednesday' and wd(2042,2,26)=='Wednesday' and wd(2042,2,27)=='Thursday'
T = """# Perämeren teollisuusklusteri – uutiskirje 2/2042

*Julkaistu 25.3.2042 · Kemi · Jäsenille ja kumppaneille*

[Etusivu](/) · [Klusteri](/klusteri) · [Jäsenet](/jasenet) · [Tapahtumat](/tapahtumat) · [Uutiset](/uutiset) · [In English](/en)

---

Hyvä lukija,

kevät on lähtenyt vauhdilla käyntiin. Vuosikokous valitsi klusterille uuden hallituksen, opintomatka Luulajaan tuotti monta hyvää ideaa ja syksyn teollisuuspäivien päivämäärät on lyöty lukkoon. Muista myös osaamissetelien haku, joka päättyy huhtikuussa.

Aurinkoista kevättä toivottaen
**Hanna-Leena Kyllönen**, klusterikoordinaattori

---

## Vuosikokous valitsi uuden hallituksen

Perämeren teollisuusklusteri ry:n vuosikokous pidettiin keskiviikkona 19. maaliskuuta 2042 Kemissä Digipolis-kampuksella. Paikalla oli 29 jäsenorganisaation edustajaa. Kokous hyväksyi vuoden 2041 toimintakertomuksen ja tilinpäätöksen sekä toimintasuunnitelman vuosille 2042–2044.

Hallitus kaudelle 2042–2044:

- puheenjohtaja Juha-Pekka Lassila (Outokumpu Stainless Oy, Tornion tehtaat)
- varapuheenjohtaja Minna Heikkilä (Lapin ammattikorkeakoulu)
- jäsen Antti Rova (Kemin Energia ja Vesi Oy)
- jäsen Satu Mäkimartti (Tornion kaupunki)
- jäsen Ville Korhonen (Metsä Fibre Oy, Kemin tehdas)

Pitkäaikainen puheenjohtaja **Esa Tervonen** jätti hallituksen kahdeksan vuoden jälkeen (2034–2042). Kokous kiitti häntä erityisesti Kemi–Tornio-alueen vetytalousselvityksestä, joka valmistui hänen kaudellaan.

## Opintomatka Luulajaan: keskeiset johtopäätökset

Klusterin yksitoista jäsentä vieraili 26.–27. helmikuuta 2042 Luulajassa ja Bodenissa Ruotsissa. Isäntinä toimivat Norrbottenin teollisuusverkosto Process IT Innovations ja Luulajan teknillinen yliopisto (Luleå tekniska universitet). Ohjelmaan kuului vierailu fossiilivapaan teräksen pilottilaitokseen sekä keskustelu Bodenin kunnan kanssa siitä, miten suuret teollisuusinvestoinnit muuttavat pienen kaupungin asuntomarkkinaa ja palveluita.

Matkan keskeiset johtopäätökset:

1. Suurhankkeet tarvitsevat alueellisen koordinaattorin, joka hoitaa yhteydet kuntiin, oppilaitoksiin ja alihankkijoihin
2. Alihankkijoiden kannattaa verkostoitua ennen kuin investointipäätös on tehty, ei vasta rakennusvaiheessa
3. Työvoiman saatavuus ratkaistaan asumisella ja palveluilla yhtä paljon kuin koulutuksella

## Osaamissetelit pk-yrityksille – haku päättyy 24.4.

Klusteri jakaa yhdessä Lapin liiton kanssa osaamisseteleitä, joilla pk-yritys voi ostaa asiantuntijapalveluja esimerkiksi hitsauksen laatujärjestelmiin, automaatioon tai energiatehokkuuteen. Setelin arvo on enintään 6 000 euroa. Hakemukset on jätettävä torstaihin 24. huhtikuuta 2042 klo 16 mennessä. Infotilaisuus pidetään etänä maanantaina 14. huhtikuuta klo 9–10, ja sen vetää projektipäällikkö Jarmo Kärkkäinen Business Kemi-Torniosta.

## Tulevia tapahtumia

- **ti 6.5.2042** – hallituksen kokous, Tornio
- **ti–ke 9.–10.9.2042** – Perämeren teollisuuspäivät, Kemi. Ensimmäisenä päivänä seminaari ja illalla yhteinen illallinen Kemin Lumilinnassa, toisena päivänä yritysvierailut Tornion ja Kemin tehtaille.
- **lokakuu 2042** – klusterin jäsenten syyskokous (ajankohta tarkentuu)

Aiemmat teollisuuspäivät:

- 2041 – Tornio, 11.–12.9.
- 2040 – Kemi, 5.9.
- 2039 – Haaparanta, 13.9.

## Jäsenesittely: Konepaja Tornionlaakso Oy

Tässä numerossa esittelemme ylitorniolaisen Konepaja Tornionlaakso Oy:n, joka valmistaa kulutusosia kaivos- ja terästeollisuudelle. Yritys työllistää 46 henkeä, ja sen liikevaihdosta lähes puolet tulee Ruotsin puolen asiakkailta. Toimitusjohtaja Kari Vaara kertoo, että klusterin kautta yritys on löytänyt uusia asiakkaita ja myös työntekijöitä: viime vuonna kolme Lapin ammattikorkeakoulun opiskelijaa teki yritykseen opinnäytetyönsä, ja kaksi heistä jäi taloon töihin.

– Pienen konepajan on vaikea näkyä suurten yhtiöiden hankinnoissa yksin. Kun olemme mukana yhteisissä toimittajapäivissä, ostajat oppivat tuntemaan meidät, Vaara sanoo.

Yritys suunnittelee uutta hitsauslinjaa, jonka rahoitusta se hakee Business Finlandilta ja ELY-keskukselta. Investointipäätös tehdään kesällä, ja uusi linja voisi käynnistyä ensi vuoden alussa.

## Lyhyesti

- Klusterin uudeksi jäseneksi on liittynyt Haaparannan kunta. Jäseniä on nyt 38, joista seitsemän Ruotsin puolelta.
- Klusterikoordinaattori Hanna-Leena Kyllönen osallistui 10.3. Suomen klusteriverkoston tapaamiseen Oulussa.
- Kemi-Tornion alueen teollisuuden työvoimatarveselvitys julkaistaan toukokuussa. Selvityksen mukaan alueen tehtaat ja alihankkijat tarvitsevat seuraavan viiden vuoden aikana noin 1 200 uutta työntekijää, eniten sähkö- ja automaatioasentajia sekä hitsaajia.
- Klusterin toimisto muuttaa kesäkuun alussa Tornion Röyttään, lähemmäs teollisuusaluetta.

---

*Perämeren teollisuusklusteri ry · Valtakatu 26, 94100 Kemi · info@peramerenklusteri.example.fi*
*Et halua enää uutiskirjettä? [Peru tilaus](/peru)*
"""
write(F, T)
K = "Perämeren teollisuusklusteri ry"
gold(F,
 [P("Hanna-Leena Kyllönen", "klusterikoordinaattori", K),
  P("Juha-Pekka Lassila", "puheenjohtaja", K),
  P("Minna Heikkilä", "varapuheenjohtaja", K),
  P("Antti Rova", "jäsen", K),
  P("Satu Mäkimartti", "jäsen", K),
  P("Ville Korhonen", "jäsen", K),
  P("Esa Tervonen", "puheenjohtaja", K),
  P("Kari Vaara", "Toimitusjohtaja", "Konepaja Tornionlaakso Oy"),
  P("Jarmo Kärkkäinen", "projektipäällikkö", "Business Kemi-Tornio")],
 [O(K), O("Outokumpu Stainless Oy"), O("Lapin ammattikorkeakoulu"), O("Kemin Energia ja Vesi Oy"),
  O("Tornion kaupunki"), O("Metsä Fibre Oy"), O("Process IT Innovations"),
  O("Luulajan teknillinen yliopisto", "Luleå tekniska universitet"), O("Bodenin kunnan"), O("Lapin liiton"),
  O("Business Kemi-Tornio"), O("Haaparannan kunta"), O("Konepaja Tornionlaakso Oy"), O("Business Finland"), O("ELY-keskukselta"), O("Suomen klusteriverkoston")],
 [E("vuosikokous", "2042-03-19", None, "Kemi", "Finland"),
  E("Opintomatka Luulajaan", "2042-02-26", "2042-02-27", "Luulaja, Boden", "Sweden"),
  E("Infotilaisuus", "2042-04-14", None, None, None),
  E("hallituksen kokous", "2042-05-06", None, "Tornio", "Finland"),
  E("Perämeren teollisuuspäivät", "2042-09-09", "2042-09-10", "Kemi", "Finland"),
  E("seminaari", "2042-09-09", None, "Kemi", "Finland"),
  E("yhteinen illallinen", "2042-09-09", None, "Kemi", "Finland"),
  E("yritysvierailut", "2042-09-10", None, "Tornio, Kemi", "Finland"),
  E("syyskokous", "2042-10", None, None, None),
  E("teollisuuspäivät", "2041-09-11", "2041-09-12", "Tornio", "Finland"),
  E("teollisuuspäivät", "2040-09-05", None, "Kemi", "Finland"),
  E("teollisuuspäivät", "2039-09-13", None, "Haaparanta", "Sweden"),
  E("Suomen klusteriverkoston tapaaminen", "2042-03-10", None, "Oulu", "Finland")],
 ["2042-03-25", "2042-04", "2042-03-19", "2041", "2042/2044", "2034/2042", "2042-02-26/2042-02-27", "2042-04-24",
  "2042-04-14", "2042-05-06", "2042-09-09/2042-09-10", "2042-10", "2041-09-11/2041-09-12", "2040-09-05", "2039-09-13",
  "2042-03-10", "2042-06", "2042-05"],
 ["Suurhankkeet tarvitsevat alueellisen koordinaattorin, joka hoitaa yhteydet kuntiin, oppilaitoksiin ja alihankkijoihin",
  "Alihankkijoiden kannattaa verkostoitua ennen kuin investointipäätös on tehty, ei vasta rakennusvaiheessa",
  "Työvoiman saatavuus ratkaistaan asumisella ja palveluilla yhtä paljon kuin koulutuksella"],
 pub="2042-03-25")
