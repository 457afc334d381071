from h import *
import docx
F = 'g06_joensuu_opintomatka_raportti.docx'
assert wd(2037,5,19)=='Tuesday' and wd(2037,5,21)=='Thursday' and wd(2037,5,20)=='Wednesday' and wd(2037,6,3)=='Wednesday'
paras = [
("h","Opintomatka Steiermarkiin 19.–21.5.2037 – matkaraportti"),
("p","Pohjois-Karjalan Metsäbiotalousklusteri ry · Raportti hallitukselle ja jäsenille · Laatinut: Tuomas Hirvonen, kehityspäällikkö · Päivätty 3.6.2037"),
("h2","1. Matkan tausta ja osallistujat"),
("p","Klusterin hallitus päätti helmikuun kokouksessaan järjestää keväällä opintomatkan Itävallan Steiermarkiin, jossa puurakentamisen ja metsäteollisuuden sivuvirtojen hyödyntäminen on edennyt pidemmälle kuin Suomessa. Matkan isäntänä toimi Holzcluster Steiermark GmbH, jonka kanssa klusteri on tehnyt yhteistyötä vuodesta 2034 lähtien Interreg Europe -hankkeessa. Matkalle osallistui 17 henkilöä: yhdeksän jäsenyritysten edustajaa, kolme Itä-Suomen yliopiston tutkijaa, kaksi Karelia-ammattikorkeakoulun opettajaa sekä Pohjois-Karjalan maakuntaliiton ja Business Joensuu Oy:n edustajat. Matkan johtajana toimi klusterin puheenjohtaja Sari Kärkkäinen (Kärkkäisen Saha Oy)."),
("p","Osallistujaorganisaatiot: Itä-Suomen yliopisto (metsätieteiden osasto), Karelia-ammattikorkeakoulu, Pohjois-Karjalan maakuntaliitto, Business Joensuu Oy, Kärkkäisen Saha Oy, Pielisen Puutalo Oy, Ilomantsin Pelletti Oy, Liperin Liimapuu Oy, Kiteen Höylä Oy ja neljä muuta jäsenyritystä."),
("p","Ohjelma lyhyesti: ti 19.5. Graz – ke 20.5. Murtal, Judenburg ja Leoben – to 21.5. Leoben ja Graz. Tulkkina toimi koko matkan ajan Grazissa asuva Hanna Weissenböck."),
("h2","2. Ohjelma ja vierailukohteet"),
("p","Tiistaina 19. toukokuuta ryhmä lensi Helsingin kautta Grazin lentoasemalle ja siirtyi suoraan Holzcluster Steiermarkin toimistolle. Klusterin toimitusjohtaja Erhard Pretterhofer esitteli steiermarkilaista toimintamallia, jossa noin 170 jäsenyritystä rahoittaa yhteisiä palveluja jäsenmaksuilla ja maakunnan tuella. Iltapäivällä vierailimme Grazin teknillisen yliopiston (TU Graz) puurakentamisen laboratoriossa, jossa professori Gerhard Schickhofer näytti CLT-elementtien palotestejä. Päivä päättyi isäntien tarjoamaan illalliseen Schlossbergin ravintolassa."),
("p","Keskiviikkona 20. toukokuuta ohjelma jatkui maakunnan pohjoisosassa. Aamupäivällä tutustuimme Murtalin lähellä toimivaan sahaan, joka jalostaa kaiken kuoren ja purun omassa pellettitehtaassaan ja myy ylijäämälämmön kaukolämpöverkkoon. Tehtaanjohtaja Martina Leitner kertoi, että investoinnin takaisinmaksuaika oli alle seitsemän vuotta. Iltapäivällä vuorossa oli pyöreän pöydän keskustelu puurakentamisen julkisista hankinnoista Judenburgin kaupungintalolla. Keskustelussa olivat mukana Steiermarkin maakuntahallituksen rakennusosaston edustaja Wolfgang Eder sekä suomalaisten puolelta Pohjois-Karjalan maakuntaliiton aluekehitysjohtaja Päivi Turunen. Illalla ryhmä osallistui Holzbaupreis Steiermark 2037 -palkintogaalaan Leobenissa, jossa palkittiin alueen parhaat puurakennukset."),
("p","Torstaina 21. toukokuuta vierailimme Leobenin kaivos- ja materiaaliyliopistossa (Montanuniversität Leoben) sekä kahdessa puutaloteollisuuden yrityksessä. Matkan viimeisenä ohjelmanumerona pidettiin B2B-tapaamisia, joissa suomalaiset yritykset tapasivat yhteensä 11 itävaltalaista yritystä. Paluulento Helsinkiin lähti Grazista kello 18.40."),
("h2","3. Havainnot"),
("p","Matkan aikana nousi esiin kolme asiaa, jotka ryhmä piti siirrettävinä Pohjois-Karjalaan. Ensinnäkin steiermarkilainen klusteri toimii ennen kaikkea palveluntarjoajana: se myy jäsenilleen koulutusta, hankehakemusten valmistelua ja messuosastoja, eikä vain järjestä tapahtumia. Toiseksi kuntien puurakentamisohjelmat on sidottu maakunnan rahoitukseen, mikä on lisännyt puukoulujen ja -päiväkotien määrää nopeasti. Kolmanneksi sahojen sivuvirrat nähdään alueella omana liiketoimintanaan, ja yliopistot ovat mukana kehittämässä niille uusia käyttökohteita."),
("p","Osa havainnoista ei sovellu sellaisenaan. Itävallan rakennusmääräykset ja rahoitusmallit poikkeavat suomalaisista, ja steiermarkilaisten yritysten koko on keskimäärin suurempi kuin pohjoiskarjalaisten jäsentemme."),
("h2","4. Suositukset"),
("b","Klusteri valmistelee syksyn 2037 aikana jäsenpalvelumallin, jossa osa palveluista on maksullisia."),
("b","Maakuntaliiton kanssa selvitetään mahdollisuus maakunnalliseen puurakentamisohjelmaan vuosille 2038–2041."),
("b","Holzcluster Steiermarkin kanssa haetaan yhteistä hanketta sivuvirtojen hyödyntämisestä seuraavassa Interreg-haussa."),
("b","Vastavierailu Joensuuhun järjestetään Itävallan ryhmälle vuoden 2038 aikana, mieluiten Wood Week -tapahtuman yhteydessä."),
("p","Matkan järjestelyt onnistuivat pääosin hyvin. Ohjelma oli kuitenkin tiivis, eikä yritysten edustajille jäänyt riittävästi aikaa kahdenvälisiin keskusteluihin. Seuraavalla matkalla B2B-tapaamisille varataan kokonainen iltapäivä ja tapaamiset sovitaan etukäteen isäntäklusterin kautta. Osallistujapalautteen keskiarvo oli 4,4 asteikolla 1–5. Parhaiten arvioitiin sahavierailu ja TU Grazin laboratorio, heikoimmin pitkät bussisiirtymät."),
("h2","5. Kustannukset"),
("p","Matkan kokonaiskustannukset olivat 21 300 euroa. Osallistujat maksoivat omat lentonsa ja majoituksensa; klusteri vastasi bussikuljetuksista, tulkkauksesta ja yhteisistä illallisista. Hankkeen osuus oli 6 400 euroa."),
("h2","6. Jatkotoimet"),
("p","Raportti käsitellään hallituksen kokouksessa 16.6.2037. Osallistujat kokoontuvat purkutilaisuuteen Joensuun Tiedepuistossa 11.6.2037 klo 14–16. Valokuvat ja esitysmateriaalit on tallennettu klusterin jäsentyötilaan."),
("p","Liitteet: 1) Osallistujaluettelo 2) Ohjelma 3) Esitykset (TU Graz, Holzcluster Steiermark)"),
("p","Lisätietoja: Tuomas Hirvonen, puh. 050 000 0000, tuomas.hirvonen@metsabioklusteri.example.fi"),
]
assert wd(2037,6,16)=='Tuesday' and wd(2037,6,11)=='Thursday'
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="b": d.add_paragraph(t, style='List Bullet')
    else: d.add_paragraph(t)
d.save(path(F))
M="Pohjois-Karjalan Metsäbiotalousklusteri ry"
gold(F,
 [P("Tuomas Hirvonen","kehityspäällikkö",M),
  P("Sari Kärkkäinen","puheenjohtaja",M),
  P("Erhard Pretterhofer","toimitusjohtaja","Holzcluster Steiermark"),
  P("Gerhard Schickhofer","professori",None),
  P("Martina Leitner","Tehtaanjohtaja",None),
  P("Wolfgang Eder","edustaja","Steiermarkin maakuntahallituksen rakennusosaston"),  # second pass
  P("Päivi Turunen","aluekehitysjohtaja","Pohjois-Karjalan maakuntaliitto"),
  P("Hanna Weissenböck","Tulkkina",None)],
 [O(M), O("Holzcluster Steiermark GmbH"), O("Itä-Suomen yliopisto"), O("Karelia-ammattikorkeakoulu"),
  O("Pohjois-Karjalan maakuntaliitto"), O("Business Joensuu Oy"), O("Kärkkäisen Saha Oy"), O("Pielisen Puutalo Oy"),
  O("Ilomantsin Pelletti Oy"), O("Liperin Liimapuu Oy"), O("Kiteen Höylä Oy"),
  O("Grazin teknillisen yliopiston","TU Graz"), O("Montanuniversität Leoben"),
  O("Steiermarkin maakuntahallituksen rakennusosaston")],  # second pass
 [E("Opintomatka Steiermarkiin","2037-05-19","2037-05-21",None,"Austria"),
  E("illalliseen","2037-05-19",None,"Graz","Austria"),
  # second pass: the visits of the day-by-day programme (sentence with a day or part of the day)
  E("TU Grazin laboratorio","2037-05-19",None,"Graz","Austria"),
  E("sahavierailu","2037-05-20",None,None,"Austria"),
  E("vierailu Leobenin kaivos- ja materiaaliyliopistossa ja kahdessa puutaloteollisuuden yrityksessä","2037-05-21",None,"Leoben","Austria"),
  E("pyöreän pöydän keskustelu puurakentamisen julkisista hankinnoista","2037-05-20",None,"Judenburg","Austria"),
  E("Holzbaupreis Steiermark 2037 -palkintogaalaan","2037-05-20",None,"Leoben","Austria"),
  E("B2B-tapaamisia","2037-05-21",None,None,"Austria"),
  E("Vastavierailu Joensuuhun","2038",None,"Joensuu","Finland"),
  E("Wood Week"),
  E("purkutilaisuuteen","2037-06-11",None,"Joensuu","Finland"),
  E("hallituksen kokouksessa","2037-06-16")],
 ["2037-05-19/2037-05-21","2037-06-03","2034","2037-05-19","2037-05-20","2037-05-21","2038/2041","2038","2037","2037-06-16","2037-06-11"],
 ["Klusteri valmistelee syksyn 2037 aikana jäsenpalvelumallin, jossa osa palveluista on maksullisia",
  "Maakuntaliiton kanssa selvitetään mahdollisuus maakunnalliseen puurakentamisohjelmaan vuosille 2038–2041",
  "Holzcluster Steiermarkin kanssa haetaan yhteistä hanketta sivuvirtojen hyödyntämisestä seuraavassa Interreg-haussa",
  "Vastavierailu Joensuuhun järjestetään Itävallan ryhmälle vuoden 2038 aikana, mieluiten Wood Week -tapahtuman yhteydessä"],
 "2037-06-03")
