from h import *
doc = "uutinen_smek-hallitus-2033.txt"
T = """Satakunnan Meri- ja Energiaklusteri ry
Etusivu / Ajankohtaista / Uutiset

Klusterin hallitus vuodelle 2033 valittu – puheenjohtajaksi Tiina Rautavaara-Lehtonen

Julkaistu 14.2.2033 | Kirjoittaja: Kati Suominen-Laaksonen

Satakunnan Meri- ja Energiaklusteri ry:n (SMEK) sääntömääräinen vuosikokous pidettiin keskiviikkona 9. helmikuuta 2033 Rauman Merimuseon auditoriossa. Kokoukseen osallistui 46 jäsenyrityksen ja -organisaation edustajaa. Kokouksen puheenjohtajana toimi varatuomari Olli Kantola ja sihteerinä klusterin toiminnanjohtaja Kati Suominen-Laaksonen.

Vuosikokous valitsi hallituksen puheenjohtajaksi toimitusjohtaja Tiina Rautavaara-Lehtonen Rauman Telakkapalvelu Oy:stä. Hän on ollut hallituksen jäsen vuodesta 2030 ja varapuheenjohtaja vuosina 2031–2032. Rautavaara-Lehtonen seuraa tehtävässä väistyvää puheenjohtajaa. Markku Haapanen toimi puheenjohtajana kuusi vuotta ja jättäytyi nyt hallitustyöstä eläkkeelle jäämisensä vuoksi. Haapanen oli pitkään Porin Konepaja Oy:n tehtaanjohtaja.

Hallituksen kokoonpano 2033

Puheenjohtaja
- Tiina Rautavaara-Lehtonen, toimitusjohtaja, Rauman Telakkapalvelu Oy

Varapuheenjohtaja
- Jari Mäkelä-Kivistö, tutkimusjohtaja, Satakunnan ammattikorkeakoulu (SAMK)

Jäsenet
- Hannele Koskinen, liiketoimintajohtaja, Porin Satamalogistiikka Oy
- Mikko Vainionpää, Eurajoen Sähköpalvelu Oy (uusi)
- Sari Heikkilä-Nurmi, kehityspäällikkö, Prizztech Oy
- Ahmed Yusuf, perustaja, Merivoima Solutions Oy (uusi)
- Lauri Ojanperä, Turun yliopisto, Porin yksikkö

Varajäsenet
- Petri Lahtinen, Kokemäen Teräsrakenne Oy
- Elina Vuorenmaa-Berg, henkilöstöpäällikkö, Harjavallan Metallivalimo Oy

Hallitus valitaan vuodeksi kerrallaan. Se kokoontuu noin kuusi kertaa vuodessa, ja kokousten muistiot julkaistaan jäsenille klusterin extranetissä. Hallituksen työvaliokuntaan kuuluvat puheenjohtaja, varapuheenjohtaja ja toiminnanjohtaja. Hallituksessa ovat nyt edustettuina telakat, satamat, energiayhtiöt, konepajat, korkeakoulut ja kehitysyhtiöt, mikä vastaa klusterin jäsenrakennetta. Tilintarkastajaksi valittiin uudelleen Tilintarkastus Länsi Oy, päävastuullinen tilintarkastaja on KHT Riikka Salonen. Toiminnantarkastaja on edelleen Jouko Peltonen.

Uusi puheenjohtaja haluaa vauhtia merituulivoimaan

"Satakunnan rannikolle on suunnitteilla useita merituulipuistoja, ja alueen yrityksillä on kaikki edellytykset olla mukana niiden rakentamisessa ja huollossa. Klusterin tehtävä on tuoda pienet konepajat, satamat ja oppilaitokset samaan pöytään isojen toimijoiden kanssa", Tiina Rautavaara-Lehtonen sanoo.

Vuosikokous hyväksyi vuoden 2032 toimintakertomuksen ja tilinpäätöksen sekä vuoden 2033 toimintasuunnitelman ja talousarvion. Toimintasuunnitelman painopisteitä ovat merituulivoiman toimitusketjut, laivanrakennuksen digitalisaatio ja osaajien saatavuus. Jäsenmaksut pidettiin ennallaan.

Kokouksen vieraana puhui aluekehitysjohtaja Heikki Rantanen (Satakuntaliitto), joka esitteli maakunnan älykkään erikoistumisen strategiaa 2030–2034. Asiantuntija Noora Laine (Business Finland) kertoi kansainvälistymispalveluista ja tulevista messumatkoista.

Vuosi 2032 lukuina

Toiminnanjohtaja esitteli vuosikokoukselle edellisen vuoden tulokset. Klusteriin liittyi vuoden 2032 aikana 11 uutta jäsentä, ja jäseniä on nyt 128. Klusteri järjesti 19 tilaisuutta, joihin osallistui yhteensä noin 1 300 henkeä, ja kokosi kaksi yhteisosastoa kansainvälisille messuille. Klusterin koordinoima hanke TUULIPAJA (2031–2033) päättyy kesällä, ja sen jatkoksi valmistellaan uutta hakemusta yhdessä Satakunnan ammattikorkeakoulun ja Turun yliopiston kanssa. Taloudellisesti vuosi oli tasapainoinen: tilikauden ylijäämä oli noin 12 000 euroa.

Hallitukseen nousseista uusista jäsenistä Mikko Vainionpää edustaa sähköurakoinnin pk-yrityksiä ja Ahmed Yusuf nuoria teknologiayrityksiä. Yusuf perusti Merivoima Solutions Oy:n vuonna 2029 Porissa; yritys kehittää etävalvontaa tuulivoimaloiden perustuksille. "Haluan tuoda hallitukseen kasvuyritysten näkökulman. Monelle pienelle yritykselle klusteri on ensimmäinen reitti isoihin hankintoihin", hän sanoo.

Varapuheenjohtaja Jari Mäkelä-Kivistö vastaa hallituksessa osaamisen kehittämisestä. SAMK käynnistää syksyllä 2033 merituulivoiman huoltoteknikoiden koulutuksen, jonka sisältö on suunniteltu yhdessä klusterin yritysten kanssa.

Kiitos Markulle

Toiminnanjohtaja Kati Suominen-Laaksonen kiitti väistyvää puheenjohtajaa: "Markku oli mukana perustamassa klusteria vuonna 2014 ja on vetänyt hallitusta rauhallisesti ja jämäkästi. Häneltä saimme ajatuksen yhteisistä messuosastoista, joista on tullut toimintamme tärkein näkyvä muoto." Haapanen kutsuttiin klusterin kunniajäseneksi.

Tulevia tapahtumia

- Hallituksen järjestäytymiskokous 23.2.2033, Pori
- Satakunta Offshore Day 6.–7.6.2033, Porin Kirjurinluoto
- Yhteisosasto SMM-messuilla Hampurissa syyskuussa 2034 – ilmoittautuminen avautuu keväällä

Lisätietoja:
toiminnanjohtaja Kati Suominen-Laaksonen, puh. 040 000 1233, kati.suominen-laaksonen@smek.example

Satakunnan Meri- ja Energiaklusteri ry | Pohjoisranta 0, 28100 Pori | Y-tunnus 0000000-0
Tietosuojaseloste | Saavutettavuusseloste | Seuraa meitä: LinkedIn
"""
S = "Satakunnan Meri- ja Energiaklusteri ry"
people = [
 P("Kati Suominen-Laaksonen", "toiminnanjohtaja", S),
 P("Olli Kantola", None, None),
 P("Tiina Rautavaara-Lehtonen", "Puheenjohtaja", S),
 P("Markku Haapanen", "kunniajäsen", S),
 P("Jari Mäkelä-Kivistö", "Varapuheenjohtaja", S),
 P("Hannele Koskinen", "liiketoimintajohtaja", "Porin Satamalogistiikka Oy"),
 P("Mikko Vainionpää", None, "Eurajoen Sähköpalvelu Oy"),
 P("Sari Heikkilä-Nurmi", "kehityspäällikkö", "Prizztech Oy"),
 P("Ahmed Yusuf", "perustaja", "Merivoima Solutions Oy"),
 P("Lauri Ojanperä", None, "Turun yliopisto"),
 P("Petri Lahtinen", None, "Kokemäen Teräsrakenne Oy"),
 P("Elina Vuorenmaa-Berg", "henkilöstöpäällikkö", "Harjavallan Metallivalimo Oy"),
 P("Riikka Salonen", "päävastuullinen tilintarkastaja", "Tilintarkastus Länsi Oy"),
 P("Jouko Peltonen", "Toiminnantarkastaja", S),
 P("Heikki Rantanen", "aluekehitysjohtaja", "Satakuntaliitto"),
 P("Noora Laine", "Asiantuntija", "Business Finland"),
]
orgs = [O(S, "SMEK"), O("Rauman Telakkapalvelu Oy"), O("Porin Konepaja Oy"), O("Satakunnan ammattikorkeakoulu", "SAMK"),
 O("Porin Satamalogistiikka Oy"), O("Eurajoen Sähköpalvelu Oy"), O("Prizztech Oy"), O("Merivoima Solutions Oy"),
 O("Turun yliopisto"), O("Kokemäen Teräsrakenne Oy"), O("Harjavallan Metallivalimo Oy"), O("Tilintarkastus Länsi Oy"),
 O("Satakuntaliitto"), O("Business Finland")]
events = [
 E("SMEK vuosikokous", "2033-02-09", "2033-02-09", "Rauma", "Finland"),
 E("Hallituksen järjestäytymiskokous", "2033-02-23", "2033-02-23", "Pori", "Finland"),
 E("Satakunta Offshore Day", "2033-06-06", "2033-06-07", "Pori", "Finland"),
 E("SMM", "2034-09", "2034-09", "Hampuri", "Germany"),
]
dates = ["2033-02-14", "2033-02-09", "2030", "2031/2032", "2033", "2032", "2030/2034", "2031/2033", "2029", "2014", "2033-02-23", "2033-06-06/2033-06-07", "2034-09"]
save(doc, T, "2033-02-14", people, orgs, events, dates, [])
