from h import *
F = 'g13_pohjois_karjala_ohjausryhma_muistio.txt'
assert wd(2037,9,28)=='Monday' and wd(2037,11,12)=='Thursday' and wd(2037,12,15)=='Tuesday'
T = """MUISTIO
BIOHUB-NORTH -hankkeen ohjausryhmän kokous 3/2037

Aika:      maanantai 28.9.2037 klo 13.00–15.40
Paikka:    Joensuu Science Park, kokoushuone Koli, Länsikatu 15, Joensuu, ja Teams
Hanke:     BIOHUB-NORTH – Pohjoisen biotalouden klusteriyhteistyö (Interreg Aurora, 1.1.2036–31.12.2038)

Läsnä
Jussi Turunen, puheenjohtaja, Pohjois-Karjalan maakuntaliitto
Anne Hyvärinen, varapuheenjohtaja, Joensuun kaupunki
Petri Lehikoinen, Itä-Suomen yliopisto
Mari Kokkonen, Metsäkeskus, Itäinen palvelualue
Kari Pesonen, Business Joensuu Oy
Linnea Sundqvist, Luleå tekniska universitet (Teamsin kautta)
Ole-Martin Haugen, Nord universitet (Teamsin kautta, asiantuntijajäsen)
Tiina Räty, projektipäällikkö, Joensuu Science Park Oy (esittelijä)
Heli Mustonen, viestintäsuunnittelija, Joensuu Science Park Oy (sihteeri)

Poissa
Sami Tolvanen, Pohjois-Karjalan ELY-keskus

1 KOKOUKSEN AVAUS
Puheenjohtaja Jussi Turunen avasi kokouksen klo 13.04 ja totesi kokouksen laillisesti koolle kutsutuksi ja
päätösvaltaiseksi.

2 ESITYSLISTAN HYVÄKSYMINEN
Esityslista hyväksyttiin sillä muutoksella, että kohta 7 (viestintäsuunnitelma) käsitellään ennen kohtaa 6.

3 EDELLISEN KOKOUKSEN MUISTIO
Edellisen kokouksen (19.5.2037) muistio hyväksyttiin muutoksitta.

4 HANKKEEN TILANNEKATSAUS
Projektipäällikkö Tiina Räty esitteli hankkeen etenemisen ajalla 1.1.–31.8.2037. Hankkeessa on toteutettu
kaksi yrityskiertuetta Norrbottenissa ja Nordlandissa, joihin osallistui yhteensä 27 pohjoiskarjalaista
yritystä. Biohiilen pilotti Lieksassa on käynnistynyt, ja ensimmäiset tulokset saadaan joulukuussa.
Rajat ylittäviä yrityskumppanuuksia on syntynyt kuusi (tavoite koko hankkeelle 15).
Kustannuksia on toteutunut 412 600 euroa eli 46 % budjetista. Jäljessä ollaan erityisesti matkakuluissa,
koska kevään opintomatka Tromssaan siirtyi syksyyn.
Petri Lehikoinen kertoi, että Itä-Suomen yliopiston metsätieteiden osasto on saanut valmiiksi selvityksen
puun sivuvirroista Pohjois-Karjalassa. Selvityksen mukaan maakunnan sahoilla ja jatkojalostajilla syntyy
vuosittain noin 640 000 kiintokuutiometriä kuorta, purua ja haketta, josta vain pieni osa jalostetaan
energiaa arvokkaammiksi tuotteiksi. Selvitys julkaistaan hankkeen verkkosivuilla lokakuussa.
Mari Kokkonen kysyi, miten metsänomistajat saadaan mukaan hankkeen tilaisuuksiin. Sovittiin, että
Metsäkeskus kutsuu alueensa metsänhoitoyhdistykset joulukuun webinaariin ja että hankkeen seuraavassa
uutiskirjeessä esitellään Lieksan pilotti metsänomistajan näkökulmasta.
Linnea Sundqvist kertoi ruotsalaisen kumppanin tilanteesta: Norrbottenin yrityksistä neljä on kiinnostunut
yhteistyöstä pohjoiskarjalaisten biohiilen valmistajien kanssa, ja Luleå tekniska universitet voi tarjota
laboratoriotestejä hiilen laadusta. Ohjausryhmä piti yhteistyötä tärkeänä ja pyysi projektipäällikköä
selvittämään testien kustannukset seuraavaan kokoukseen mennessä.
Keskustelussa todettiin, että tavoite viidestätoista yrityskumppanuudesta on edelleen realistinen, jos
syksyn opintomatkat toteutuvat suunnitellusti.

5 YRITYSTEN AVOIN HAKU
Hankkeen toinen avoin haku pk-yrityksille (kehittämisseteli enintään 8 000 euroa) oli auki 1.6.–31.8.2037.
Hakemuksia tuli 19, joista arviointiryhmä esittää rahoitettavaksi 11.
Päätös: Ohjausryhmä hyväksyi arviointiryhmän esityksen. Päätökset ilmoitetaan hakijoille viimeistään
9.10.2037.

6 VIESTINTÄSUUNNITELMAN PÄIVITYS
Heli Mustonen esitteli viestintäsuunnitelman päivityksen. Uutiskirje lähetetään jatkossa neljästi vuodessa,
ja hankkeen LinkedIn-sivua vahvistetaan yritystarinoilla. Anne Hyvärinen ehdotti, että Joensuun kaupunki
esittelee hankkeen yrityksiä myös omilla kanavillaan.
Päätös: Viestintäsuunnitelman päivitys hyväksyttiin.

7 TULEVAT TAPAHTUMAT
- Opintomatka Tromssaan 20.–22.10.2037 (UiT The Arctic University of Norway ja Nord universitet)
- Kumppanikokous ja biotalousseminaari Luulajassa 12.11.2037 (isäntänä Luleå tekniska universitet)
- Hankkeen avoin webinaari "Biohiili maatalouden ja rakentamisen raaka-aineena" 15.12.2037 klo 9–10.30
Ole-Martin Haugen kertoi, että Tromssan opintomatkalle on varattu tilaa enintään 12 yritykselle.

8 HANKEMUUTOS
Tiina Räty esitteli hankemuutoksen, jolla siirretään 14 000 euroa matkakuluista ostopalveluihin
biohiilipilotin analyyseja varten.
Päätös: Ohjausryhmä puolsi hankemuutosta. Hankemuutoshakemus lähetetään lokakuun aikana, ja sen
käsittelee Interreg Auroran yhteinen sihteeristö.

9 MUUT ASIAT
Kari Pesonen kertoi, että Business Joensuu Oy järjestää yhdessä Pohjois-Karjalan maakuntaliiton kanssa
jatkohankkeen valmistelutyöpajan alkuvuonna 2038.
Anne Hyvärinen muistutti, että Joensuun kaupungin elinkeino-ohjelma päivitetään vuoden 2038 aikana, ja
ehdotti, että hankkeen tuloksia esitellään kaupungin elinkeinojaostolle helmikuussa 2038. Ehdotus hyväksyttiin,
ja esittelyn valmistelee projektipäällikkö yhdessä Business Joensuu Oy:n kanssa.

10 SEURAAVA KOKOUS
Seuraava kokous pidetään torstaina 10.12.2037 klo 13 Teamsissa.

11 KOKOUKSEN PÄÄTTÄMINEN
Puheenjohtaja päätti kokouksen klo 15.38.

Vakuudeksi

Jussi Turunen                         Heli Mustonen
puheenjohtaja                         sihteeri

Liitteet: 1) tilannekatsaus (PowerPoint) 2) arviointiryhmän esitys 3) viestintäsuunnitelma 2037–2038
Jakelu: ohjausryhmän jäsenet ja varajäsenet, hankkeen henkilöstö
"""
assert wd(2037,12,10)=='Thursday'
write(F, T)
gold(F,
 [P('Jussi Turunen','puheenjohtaja','Pohjois-Karjalan maakuntaliitto'),
  P('Anne Hyvärinen','varapuheenjohtaja','Joensuun kaupunki'),
  P('Petri Lehikoinen',None,'Itä-Suomen yliopisto'),
  P('Mari Kokkonen',None,'Metsäkeskus, Itäinen palvelualue'),
  P('Kari Pesonen',None,'Business Joensuu Oy'),
  P('Linnea Sundqvist',None,'Luleå tekniska universitet'),
  P('Ole-Martin Haugen','asiantuntijajäsen','Nord universitet'),
  P('Tiina Räty','projektipäällikkö','Joensuu Science Park Oy'),
  P('Heli Mustonen','viestintäsuunnittelija','Joensuu Science Park Oy'),
  P('Sami Tolvanen',None,'Pohjois-Karjalan ELY-keskus')],
 [O('Pohjois-Karjalan maakuntaliitto'), O('Joensuun kaupunki'), O('Itä-Suomen yliopisto'), O('Metsäkeskus'),
  O('Business Joensuu Oy'), O('Luleå tekniska universitet'), O('Nord universitet'), O('Joensuu Science Park Oy'),
  O('Pohjois-Karjalan ELY-keskus'), O('UiT The Arctic University of Norway'), O('metsätieteiden osasto'),
  O('Interreg Auroran yhteinen sihteeristö')],
 [E('ohjausryhmän kokous','2037-09-28',None,'Joensuu','Finland'),
  E('Opintomatka Tromssaan','2037-10-20','2037-10-22','Tromssa','Norway'),
  E('Kumppanikokous ja biotalousseminaari','2037-11-12',None,'Luulaja','Sweden'),
  E('webinaari "Biohiili maatalouden ja rakentamisen raaka-aineena"','2037-12-15',None,None,None),
  E('jatkohankkeen valmistelutyöpaja','2038',None,None,None),
  E('Seuraava kokous','2037-12-10',None,None,None),
  E('Edellinen kokous','2037-05-19',None,None,None)],  # second pass: the previous meeting, dated like the next one
 ['2037-09-28','2036-01-01/2038-12-31','2037-05-19','2037-01-01/2037-08-31','2037-06-01/2037-08-31','2037-10-09',
  '2037-10-20/2037-10-22','2037-11-12','2037-12-15','2037-10','2038','2037-12-10','2037/2038','2038-02',
  '2037-12'],  # second pass: 'ensimmäiset tulokset saadaan joulukuussa' (2037)
 ['Ohjausryhmä hyväksyi arviointiryhmän esityksen. Päätökset ilmoitetaan hakijoille viimeistään 9.10.2037',
  'Viestintäsuunnitelman päivitys hyväksyttiin',
  'Ohjausryhmä puolsi hankemuutosta. Hankemuutoshakemus lähetetään lokakuun aikana, ja sen käsittelee Interreg Auroran yhteinen sihteeristö'],
 pub=None)
