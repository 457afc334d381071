from h import *
F = 'g07_lappi_arktinen_klusteri_haastattelu.txt'
assert wd(2036,11,19)=='Wednesday' and wd(2037,2,3)=='Tuesday'
T = """Lapin Arktisen Teollisuuden Klusteri – Uutiset
Etusivu / Ajankohtaista / Haastattelut
____________________________________________

"KLUSTERI ON LUOTTAMUSTA, EI ORGANISAATIOKAAVIO"

Haastattelussa klusterijohtaja Hanna-Riikka Kemppainen

Julkaistu 24.11.2036 | Teksti: Juho Aikio | Kuva: Lapin Arktisen Teollisuuden Klusteri / Sanna Ylitalo

Rovaniemeläinen Hanna-Riikka Kemppainen aloitti Lapin Arktisen Teollisuuden Klusterin (LATK) johtajana keväällä 2034. Sitä ennen hän työskenteli kahdeksan vuotta Lapin liitossa elinkeinoasiantuntijana ja kolme vuotta Business Finlandin Rovaniemen toimipisteessä. Klusteriin kuuluu nyt 58 yritystä, Lapin yliopisto, Lapin ammattikorkeakoulu ja Luonnonvarakeskus. Tapasimme hänet klusterin syyskokouksen jälkeen.

Mikä on klusterijohtajan tärkein tehtävä?

– Kuunnella. Jäsenyrityksemme ovat pieniä konepajoja, kaivosten palveluyrityksiä ja testausyrityksiä Rovaniemeltä Kemijärvelle. Ne eivät tarvitse uutta hanketta, vaan asiakkaan, osaajan tai koeympäristön. Minun työni on tietää, kuka tarvitsee mitä, ja saattaa oikeat ihmiset samaan pöytään.

Syyskokous pidettiin keskiviikkona 19. marraskuuta 2036 Rovaniemellä. Mitä siellä päätettiin?

– Hallituksen puheenjohtajaksi valittiin uudelleen Arto Rautio, joka on Arctic Steelworks Oy:n toimitusjohtaja. Varapuheenjohtajaksi tuli Mervi Niskala Kemijärven Koneistus Oy:stä. Hallitukseen valittiin uutena jäsenenä professori Eero Kyrö Lapin yliopistosta. Lisäksi kokous hyväksyi vuoden 2037 toimintasuunnitelman ja talousarvion. Toimintasuunnitelman painopisteet ovat kylmätestaus, puolustusteollisuuden alihankinta ja osaajien houkuttelu.

Miksi juuri kylmätestaus?

– Lapissa on talvi, jota muualla Euroopassa ei enää ole. Autoteollisuus, akkuvalmistajat ja puolustusvoimat tarvitsevat testiolosuhteita, joissa pakkanen on varmasti miinus kolmekymmentä. Meillä on jo kuusi testirataa ja kaksi kylmähallia. Yhdessä Lapin ammattikorkeakoulun kanssa rakennamme yhteistä varausjärjestelmää, jotta ulkomainen asiakas voi ostaa testipäivät yhdestä paikasta.

Millaista on tehdä yhteistyötä rajan yli?

– Teemme paljon työtä Norrbottenin ja Pohjois-Norjan kanssa. Interreg Aurora -ohjelman ARCTIC TESTBEDS -hankkeessa kumppaneinamme ovat Luleå tekniska universitet ja Norut Narvik. Hankkeen vetäjä on meillä projektipäällikkö Olli Salmela. Ruotsin puolella tärkein kumppani on Swedish Cold Test Cluster Arvidsjaurissa, jonka johtaja Maria Lindqvist vieraili Rovaniemellä lokakuussa.

Mikä on ollut vaikeinta?

– Rekrytointi. Jäsenyrityksillä on tällä hetkellä yli 200 avointa työpaikkaa. Olemme tehneet yhteistyötä Rovaniemen kaupungin, Lapin ELY-keskuksen ja TE-palveluiden kanssa, ja teemme ensi vuonna rekrytointimatkan Espanjaan ja Portugaliin. Kaupunginjohtaja Ville Väyrynen on luvannut, että kaupunki auttaa asuntojen ja päivähoitopaikkojen kanssa.

Mitä jäsenet odottavat klusterilta ensi vuonna?

– Jäsenkyselyn mukaan kolme asiaa: yhteisiä messumatkoja, apua julkisiin hankintoihin ja koulutusta vientikauppaan. Vastaamme kaikkiin kolmeen, mutta emme tee kaikkea itse, vaan käytämme kumppaneiden palveluja.

Entä henkilökohtaisesti?

– Tulin tähän työhön julkiselta puolelta, ja aluksi minulla oli kiusaus kirjoittaa strategioita. Ensimmäisen vuoden aikana opin, että klusteri on luottamusta eikä organisaatiokaavio. Edeltäjäni Pekka Ojala teki tässä pohjatyön: hän soitti jokaiselle jäsenelle vähintään kerran kuussa. Yritän pitää saman tavan.

Mitä klusterilla on edessään?

– Tammikuussa haemme European Cluster Excellence -kultamerkkiä. Tiistaina 3. helmikuuta 2037 järjestämme Rovaniemellä Arctic Testing Day -tapahtuman, johon odotamme noin 150 osallistujaa Suomesta, Ruotsista, Norjasta ja Saksasta. Puhujiksi ovat jo lupautuneet Lapin liiton maakuntajohtaja Mika Riipi ja työ- ja elinkeinoministeriön klusterivastaava Laura Heikkilä.

Faktalaatikko: Lapin Arktisen Teollisuuden Klusteri
Perustettu: 2027 Rovaniemellä
Jäseniä: 58 yritystä ja 3 tutkimus- ja oppilaitosta
Rahoittajat ja kumppanit: Lapin liitto, Rovaniemen kaupunki, Lapin ELY-keskus, TE-palvelut, Business Finland
Hallitus 2037: Arto Rautio (pj.), Mervi Niskala (varapj.), Eero Kyrö, Johanna Lehtola (Kemi Arctic Logistics Oy), Kalle Pieskä (Pieskän Konepaja Oy)
Jäsenmaksu: 250–2 000 euroa vuodessa yrityksen koon mukaan
Testiympäristöt: kuusi jäätestirataa, kaksi kylmähallia, akkujen kylmätestauslaboratorio Kemijärvellä

Klusterin tiimi 2036
Hanna-Riikka Kemppainen, klusterijohtaja
Olli Salmela, projektipäällikkö
Tiina Rasinkangas, yrityspalvelut
Juho Aikio, viestintä
Emilia Keskitalo, harjoittelija (Lapin yliopisto)

Yhteystiedot: Lapin Arktisen Teollisuuden Klusteri ry, Jokiväylä 00, 96300 Rovaniemi, info@latk.example.fi

Jaa: Facebook | LinkedIn | Sähköposti
Lue myös:
12.11.2036 Syyskokouskutsu ja asialista
30.10.2036 Jäsenyritys Arctic Steelworks Oy voitti Lapin yrittäjäpalkinnon
08.10.2036 Ruotsalaiset kylmätestaajat vierailulla Rovaniemellä
"""
write(F, T)
L='Lapin Arktisen Teollisuuden Klusteri'
gold(F,
 [P('Hanna-Riikka Kemppainen','klusterijohtaja',L), P('Juho Aikio','viestintä',L), P('Sanna Ylitalo',None,None),
  P('Arto Rautio','Hallituksen puheenjohtaja',L), P('Mervi Niskala','Varapuheenjohtaja','Lapin Arktisen Teollisuuden Klusteri'),
  P('Eero Kyrö','professori','Lapin yliopisto'), P('Olli Salmela','projektipäällikkö',L),
  P('Maria Lindqvist','johtaja','Swedish Cold Test Cluster'), P('Ville Väyrynen','Kaupunginjohtaja',None),
  P('Pekka Ojala',None,None), P('Mika Riipi','maakuntajohtaja','Lapin liitto'),
  P('Laura Heikkilä','klusterivastaava','työ- ja elinkeinoministeriö'),
  P('Johanna Lehtola',None,'Kemi Arctic Logistics Oy'), P('Kalle Pieskä',None,'Pieskän Konepaja Oy'), P('Tiina Rasinkangas','yrityspalvelut',L), P('Emilia Keskitalo','harjoittelija',L)],
 [O('Lapin Arktisen Teollisuuden Klusteri ry','LATK'), O('Lapin liitto'), O('Business Finland'), O('Lapin yliopisto'),
  O('Lapin ammattikorkeakoulu'), O('Luonnonvarakeskus'), O('Arctic Steelworks Oy'), O('Kemijärven Koneistus Oy'),
  O('Luleå tekniska universitet'), O('Norut Narvik'), O('Swedish Cold Test Cluster'), O('Rovaniemen kaupunki'),
  O('Lapin ELY-keskus'), O('TE-palvelut'), O('Kemi Arctic Logistics Oy'), O('Pieskän Konepaja Oy'), O('työ- ja elinkeinoministeriö')],
 [E('syyskokous','2036-11-19',None,'Rovaniemi','Finland'), E('Arctic Testing Day','2037-02-03',None,'Rovaniemi','Finland'),
  E('rekrytointimatka Espanjaan ja Portugaliin',None,None,None,None)],
 ['2036-11-24','2034','2036-11-19','2037','2027','2037-02-03','2036','2036-11-12','2036-10-30','2036-10-08'],
 [], pub='2036-11-24')
