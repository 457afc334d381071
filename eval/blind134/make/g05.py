from h import *
F = 'g05_kanta_hame_ohjausryhma-pdf.txt'
assert wd(2035,11,20)=='Tuesday' and wd(2036,1,22)=='Tuesday' and wd(2036,2,6)=='Wednesday'
T = """HÄMEEN BIOTALOUSKLUSTERI – OHJAUSRYHMÄN PÖYTÄKIRJA 4/2035                    1 (3)

Hämeen ammattikorkeakoulu (HAMK) / Kanta-Hämeen biotalousklusterin kehittämishanke

OHJAUSRYHMÄN KOKOUS 4/2035

Aika         tiistai 20.11.2035 klo 13.00–15.30
Paikka       HAMK, Visamäen kampus, Hämeenlinna, neuvotteluhuone Lammi 2 sekä Teams
Läsnä        Kirsi Lehtovaara, puheenjohtaja, Hämeen liitto
             Antti Mäkelä-Suominen, varapuheenjohtaja, Riihimäen Metalli Oy
             Riikka Väänänen, Hämeen ELY-keskus
             Jussi Korhonen, Metsähallitus Metsätalous Oy
             Sanna Ahola, Forssan Yrityskehitys Oy
             Timo Rantanen (Teams), Lammin Sahateollisuus Oy
             Pekka Heinonen, HAMK, hankkeen vastuullinen johtaja
             Laura Wikström, HAMK, projektipäällikkö, sihteeri
Poissa       Marjut Karppinen, Hämeenlinnan kaupunki

1. Kokouksen avaus
Puheenjohtaja Kirsi Lehtovaara avasi kokouksen klo 13.04 ja toivotti
osallistujat tervetulleiksi. Hän muistutti, että kokous on vuoden vii-
meinen ja että hankkeen nykyinen rahoituskausi päättyy vuoden 2036
lopussa, joten jatkosta on päätettävä kevään aikana.

2. Kokouksen laillisuus ja päätösvaltaisuus
Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi.

3. Esityslistan hyväksyminen
Esityslista hyväksyttiin lisättynä kohdalla 8 (klusterin uudet jäsenet).

4. Edellisen kokouksen pöytäkirja
Hyväksyttiin ohjausryhmän kokouksen 3/2035 (11.9.2035) pöytäkirja muu-
toksitta.

5. Hankkeen tilannekatsaus
Projektipäällikkö Laura Wikström esitteli hankkeen etenemisen ajalta
1.1.–31.10.2035. Klusteriin on liittynyt vuoden aikana 14 uutta yritystä,
ja jäseniä on nyt 62. Syyskuussa järjestetty opintomatka Ruotsiin (Gävle
ja Sandviken, 23.–25.9.2035) sai osallistujilta hyvän palautteen. Mat-
kalla tutustuttiin Gävleborgin alueen puutuoteklusteriin Träcentrum
Norr ja Högskolan i Gävlen puurakentamisen laboratorioon.
Opintomatkalle osallistui 17 henkilöä yhdeksästä jäsenorganisaatiosta.
Budjetista on käytetty 58 prosenttia. Jussi Korhonen kysyi, miten
jäsenmäärän kasvu näkyy yritysten välisissä yhteishankkeissa. Pro-
jektipäällikön mukaan käynnissä on neljä yritysryhmähanketta, joista
kaksi liittyy puukuitupakkauksiin.

HÄMEEN BIOTALOUSKLUSTERI – OHJAUSRYHMÄN PÖYTÄKIRJA 4/2035                    2 (3)

6. Henkilöstömuutokset
Hankkeen vastuullinen johtaja Pekka Heinonen jää eläkkeelle 31.12.2035.
Uudeksi vastuulliseksi johtajaksi on nimitetty yliopettaja, TkT
Hanna-Leena Sjöberg HAMKin Bio- ja kiertotalouden tutkimusyksiköstä. Lisäksi
hankkeeseen on palkattu 1.11.2035 alkaen asiantuntija Olli Nieminen,
joka vastaa yritysyhteistyöstä ja jäsenpalveluista.
Ohjausryhmä kiitti Pekka Heinosta pitkästä työstä klusterin hyväksi.
Heinonen on johtanut klusterin kehittämistä sen perustamisesta vuodesta
2029 lähtien.

7. Ohjausryhmän kokoonpano
Hämeen ELY-keskuksen edustaja Riikka Väänänen siirtyy uusiin tehtäviin
vuoden vaihteessa. Uutena jäsenenä ELY-keskuksesta aloittaa 1.1.2036 ylitarkastaja Ville
Salonen. Ohjausryhmä kiitti Väänästä aktiivisesta osallistumisesta.

8. Klusterin uudet jäsenet
Ohjausryhmälle esiteltiin syksyn aikana liittyneet jäsenet, muun muassa
Hattulan Puutalot Oy, Janakkalan Biokaasu Oy, Luonnonvarakeskus (Luke)
sekä Forssan ammatti-instituutti.

9. Vuoden 2036 toimintasuunnitelma
Käsiteltiin toimintasuunnitelmaluonnos. Keskeisiä tapahtumia vuonna 2036
ovat klusterin vuosiseminaari helmikuussa sekä yhteinen messuosasto
FinnBuild-messuilla lokakuussa (Messukeskus, Helsinki). Lisäksi suunni-
tellaan yritysvierailuja Forssan seudulle ja Riihimäelle sekä kahta
verkkoseminaaria puurakentamisen julkisista hankinnoista. Sanna Ahola
ehdotti, että jäsenyrityksille järjestettäisiin keväällä yhteinen kou-
lutus EU:n metsäkatoasetuksen vaatimuksista. Ehdotus otettiin mukaan
suunnitelmaan. Keskustelussa todettiin, että pienet sahat tarvitsevat
tukea erityisesti tuotteiden hiilijalanjäljen laskennassa.

10. Päätökset
Ohjausryhmä päätti seuraavaa:
- Toimintasuunnitelma 2036 hyväksytään esitetyssä muodossa
- Hanke hakee jatkorahoitusta Hämeen liitolta kaudelle 2036–2038
- Klusterin jäsenmaksu pidetään ennallaan vuonna 2036
- Ohjausryhmän kokoonpanoa täydennetään yhdellä Luken edustajalla

HÄMEEN BIOTALOUSKLUSTERI – OHJAUSRYHMÄN PÖYTÄKIRJA 4/2035                    3 (3)

11. Seuraavat kokoukset
Seuraava ohjausryhmän kokous pidetään tiistaina 22.1.2036 klo 13.00.
Klusterin vuosiseminaari järjestetään keskiviikkona 6.2.2036 Forssassa
otsikolla "Puusta ja pellosta – biotalouden uudet arvoketjut".

12. Muut asiat
Olli Nieminen esitteli klusterin uudistetut verkkosivut ja jäsenkirjeen.
Jäsenkirje ilmestyy jatkossa kuukausittain suomeksi ja kerran vuosinel-
jänneksessä englanniksi. Antti Mäkelä-Suominen toivoi, että verkkosi-
vuilla esiteltäisiin nykyistä näkyvämmin jäsenyritysten osaamista ja
yhteyshenkilöitä, jotta kansainväliset kumppanit löytäisivät ne hel-
pommin. Asia annettiin hankehenkilöstön valmisteltavaksi seuraavaan
kokoukseen.

13. Kokouksen päättäminen
Puheenjohtaja päätti kokouksen klo 15.22.


Kirsi Lehtovaara                        Laura Wikström
puheenjohtaja                           sihteeri

Pöytäkirja tarkastettu ja hyväksytty sähköisesti 27.11.2035.

Jakelu: ohjausryhmän jäsenet, HAMKin hankepalvelut, Hämeen liitto
"""
write(F, T)
gold(F,
 [P("Kirsi Lehtovaara","puheenjohtaja","Hämeen liitto"),
  P("Antti Mäkelä-Suominen","varapuheenjohtaja","Riihimäen Metalli Oy"),
  P("Riikka Väänänen",None,"Hämeen ELY-keskus"),
  P("Jussi Korhonen",None,"Metsähallitus Metsätalous Oy"),
  P("Sanna Ahola",None,"Forssan Yrityskehitys Oy"),
  P("Timo Rantanen",None,"Lammin Sahateollisuus Oy"),
  P("Pekka Heinonen","hankkeen vastuullinen johtaja","HAMK"),
  P("Laura Wikström","projektipäällikkö","HAMK"),
  P("Marjut Karppinen",None,"Hämeenlinnan kaupunki"),
  P("Hanna-Leena Sjöberg","yliopettaja","Bio- ja kiertotalouden tutkimusyksiköstä"),
  P("Olli Nieminen","asiantuntija",None),
  P("Ville Salonen","ylitarkastaja","ELY-keskus")],
 [O("Hämeen ammattikorkeakoulu","HAMK"), O("Hämeen liitto"), O("Riihimäen Metalli Oy"), O("Hämeen ELY-keskus"),
  O("Metsähallitus Metsätalous Oy"), O("Forssan Yrityskehitys Oy"), O("Lammin Sahateollisuus Oy"), O("Hämeenlinnan kaupunki"),
  O("Träcentrum Norr"), O("Högskolan i Gävle"), O("Bio- ja kiertotalouden tutkimusyksiköstä"), O("Hattulan Puutalot Oy"),
  O("Janakkalan Biokaasu Oy"), O("Luonnonvarakeskus","Luke"), O("Forssan ammatti-instituutti"), O("HÄMEEN BIOTALOUSKLUSTERI")],
 [E("OHJAUSRYHMÄN KOKOUS 4/2035","2035-11-20",None,"Hämeenlinna","Finland"),
  E("ohjausryhmän kokous 3/2035","2035-09-11",None,None,None),
  E("opintomatka Ruotsiin","2035-09-23","2035-09-25","Gävle, Sandviken","Sweden"),
  E("Puusta ja pellosta – biotalouden uudet arvoketjut","2036-02-06",None,"Forssa","Finland"),
  E("FinnBuild-messut","2036-10",None,"Helsinki","Finland"),
  E("ohjausryhmän kokous","2036-01-22",None,None,None)],
 ["2035-11-20","2035-09-11","2035-01-01/2035-10-31","2035-09-23/2035-09-25","2035-12-31","2035-11-01","2029","2036",
  "2036-02","2036-10","2036/2038","2036-01-22","2036-02-06","2035-11-27","2035-09","2036-01-01"],
 ["Toimintasuunnitelma 2036 hyväksytään esitetyssä muodossa",
  "Hanke hakee jatkorahoitusta Hämeen liitolta kaudelle 2036–2038",
  "Klusterin jäsenmaksu pidetään ennallaan vuonna 2036",
  "Ohjausryhmän kokoonpanoa täydennetään yhdellä Luken edustajalla"],
 pub="2035-11-27")
