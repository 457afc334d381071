from h import *
F = 'g06_salo_ohjausryhma_poytakirja.md'
assert wd(2041,2,12)=='Tuesday' and wd(2041,3,14)=='Thursday' and wd(2041,4,24)=='Wednesday' and wd(2041,5,21)=='Tuesday' and wd(2041,2,20)=='Wednesday'
T = """# Salo Smart Devices -klusterin ohjausryhmä

## Pöytäkirja 1/2041 – ohjausryhmän kokous

**Aika:** tiistai 12.2.2041 klo 13.00–15.40
**Paikka:** Salon Kehitysyhtiö Oy, Joensuunkatu 00, Salo, ja Teams-yhteys
**Pöytäkirja hyväksytty:** 20.2.2041

### Läsnä

- Hannele Virtanen-Kärkkäinen, puheenjohtaja (Salon kaupunki, elinkeinojohtaja)
- Mikko Rantanen, varapuheenjohtaja (Halikko Electronics Oy, toimitusjohtaja)
- Päivi Laaksonen (Turun ammattikorkeakoulu, Turku AMK, tutkimuspäällikkö)
- Jari-Pekka Heino (Varsinais-Suomen liitto, erityisasiantuntija), etänä
- Lotta Åkerblom (Åbo Akademi, professori), etänä
- Eero Salminen (Business Finland, asiantuntija)
- Kaisa Mäkelä, klusterimanageri, sihteeri (Salon Kehitysyhtiö Oy)

**Poissa:** Antti Hyvärinen (Perniön Muovi Oy)

**Kutsuttuna kohdassa 4:** Dr. Rüdiger von Stein, johtaja, Silicon Saxony e.V., Dresden

### 1. Kokouksen avaus ja laillisuus

Puheenjohtaja avasi kokouksen klo 13.02 ja totesi sen lailliseksi ja päätösvaltaiseksi. Esityslista hyväksyttiin.

### 2. Ohjausryhmän kokoonpano

Todettiin, että Salon kaupunginhallitus on 28.1.2041 nimennyt ohjausryhmään uudeksi jäseneksi Eero Salmisen Business Finlandista. Aiempi jäsen Tuula Koskinen (nykyisin Euroopan komissio, Bryssel) on siirtynyt uusiin tehtäviin. Ohjausryhmä kiitti Tuula Koskista kuudesta vuodesta klusterin hyväksi ja toivotti Eero Salmisen tervetulleeksi. Samalla todettiin, että ohjausryhmässä ei ole yhtään alle 40-vuotiasta jäsentä eikä yhtään pienen alihankintayrityksen edustajaa, ja puheenjohtaja lupasi viedä asian kaupungin tietoon ennen seuraavaa nimeämistä. Ohjausryhmän toimikausi on 2040–2042.

### 3. Klusterimanagerin katsaus

Kaisa Mäkelä esitteli vuoden 2040 tulokset. Klusteriin liittyi yksitoista uutta yritystä, ja jäseniä on nyt 64. Yhteishankkeita käynnistettiin neljä, joista suurin on Turun AMK:n koordinoima testausympäristö lääkinnällisille laitteille. Klusterin vuosiseminaari järjestettiin 14.11.2040 Salon Veturitallissa, ja siihen osallistui 210 henkeä. Ensimmäistä kertaa järjestetyt yritysvierailut (Somero, Kemiönsaari) saivat hyvän palautteen. Klusterin talous oli tasapainossa: jäsenmaksuja kertyi 96 000 euroa ja hankerahoitusta 310 000 euroa. Heikkoutena manageri mainitsi sen, että yli puolet jäsenyrityksistä ei osallistunut vuoden aikana yhteenkään tilaisuuteen. Hän ehdotti, että klusteri kokeilee pieniä aamukahvitilaisuuksia yritysten omissa tiloissa ja lyhyitä uutiskirjeitä suomeksi ja englanniksi, koska yhä useampi jäsenyritysten työntekijä ei puhu suomea.

### 4. Yhteistyö Silicon Saxonyn kanssa

Rüdiger von Stein kertoi saksalaisen klusterin kokemuksista elektroniikka-alan osaajapulasta. Keskusteltiin yhteisestä hakemuksesta eurooppalaiseen klusterikumppanuuteen. Todettiin, että Dresdenissä järjestetään 21.–22.5.2041 Silicon Saxony Day, jonne Salosta voisi lähteä yritysryhmä.

### 5. Vuoden 2041 toimintasuunnitelma

Käytiin läpi klusterimanagerin esitys toimintasuunnitelmaksi. Suunnitelmassa on kolme painopistettä: osaajien saatavuus, yhteiset testausympäristöt ja kansainväliset kumppanuudet. Keskustelussa korostettiin pienten alihankkijoiden mukaan saamista ja ammattikoulujen roolia. Mikko Rantanen muistutti, että moni jäsenyritys kilpailee samoista asentajista, eikä klusterin pidä tuottaa uusia kokouksia vaan konkreettisia koulutuspaikkoja. Lotta Åkerblom ehdotti, että klusteri hyödyntäisi Åbo Akademin ruotsinkielisiä maisteriohjelmia kansainvälisten opiskelijoiden rekrytoinnissa. Ehdotusta pidettiin hyvänä, ja sen toteutusta selvitetään yhdessä korkeakoulujen kanssa.

### 6. Päätökset

Ohjausryhmä päätti:

1. Hyväksyä vuoden 2041 toimintasuunnitelman esitetyssä muodossa
2. Valtuuttaa klusterimanagerin valmistelemaan yhteisen hakemuksen Silicon Saxonyn kanssa 30.4.2041 mennessä
3. Järjestää yritysryhmän matkan Silicon Saxony Day -tapahtumaan ja varata siihen 12 000 euroa
4. Perustaa osaamistyöryhmä, jonka puheenjohtajaksi valittiin Päivi Laaksonen

### 7. Seuraavat ohjausryhmän kokoukset

- torstai 14.3.2041 klo 9.00, Teams (ylimääräinen kokous hakemuksesta)
- keskiviikko 24.4.2041 klo 13.00, Turun AMK, Salon kampus

### 8. Muut asiat

Jari-Pekka Heino kertoi, että Varsinais-Suomen liitto päivittää alueen älykkään erikoistumisen strategiaa kevään 2041 aikana ja että klusterin jäsenille järjestetään oma kuulemistilaisuus huhtikuussa. Eero Salminen esitteli lyhyesti Business Finlandin uudet rahoitusmahdollisuudet ekosysteemien kansainvälistymiseen. Kaisa Mäkelä muistutti, että klusterin vuosiseminaari pidetään tänä vuonna 13.11.2041 ja että puhujaehdotuksia otetaan vastaan kesäkuun loppuun asti. Päätettiin, että ohjausryhmän jäsenet vierailevat syksyllä vähintään kahdessa jäsenyrityksessä kukin.

### 9. Kokouksen päättäminen

Puheenjohtaja päätti kokouksen klo 15.38.

Vakuudeksi

Hannele Virtanen-Kärkkäinen, puheenjohtaja
Kaisa Mäkelä, sihteeri

*Liitteet: 1) Toimintasuunnitelma 2041, 2) Silicon Saxony -esitys, 3) Jäsenluettelo 1.2.2041*
"""
write(F, T)
C = "Salo Smart Devices"
gold(F,
 [P("Hannele Virtanen-Kärkkäinen","puheenjohtaja",C),
  P("Mikko Rantanen","varapuheenjohtaja",C),
  P("Päivi Laaksonen","tutkimuspäällikkö","Turun ammattikorkeakoulu"),
  P("Jari-Pekka Heino","erityisasiantuntija","Varsinais-Suomen liitto"),
  P("Lotta Åkerblom","professori","Åbo Akademi"),
  P("Eero Salminen","asiantuntija","Business Finland"),
  P("Kaisa Mäkelä","klusterimanageri","Salon Kehitysyhtiö Oy"),
  P("Antti Hyvärinen",None,"Perniön Muovi Oy"),
  P("Rüdiger von Stein","johtaja","Silicon Saxony e.V."),
  P("Tuula Koskinen",None,"Euroopan komissio")],
 [O("Salo Smart Devices",None), O("Salon Kehitysyhtiö Oy"), O("Salon kaupunki"), O("Halikko Electronics Oy"),
  O("Turun ammattikorkeakoulu","Turku AMK"), O("Varsinais-Suomen liitto"), O("Åbo Akademi"), O("Business Finland"),
  O("Perniön Muovi Oy"), O("Silicon Saxony e.V."), O("Salon kaupunginhallitus"), O("Euroopan komissio")],
 [E("ohjausryhmän kokous","2041-02-12",None,"Salo","Finland"),
  E("vuosiseminaari","2040-11-14",None,"Salo","Finland"),
  E("yritysvierailut","2040",None,"Somero, Kemiönsaari","Finland"),
  E("Silicon Saxony Day","2041-05-21","2041-05-22","Dresden","Germany"),
  E("ohjausryhmän kokous","2041-03-14",None,None,None),
  E("ohjausryhmän kokous","2041-04-24",None,"Salo","Finland"),
  E("kuulemistilaisuus","2041-04",None,None,None),
  E("vuosiseminaari","2041-11-13",None,None,None)],
 ["2041-02-12","2041-02-20","2041-01-28","2040/2042","2040","2040-11-14","2041-05-21/2041-05-22","2041","2041-04-30","2041-03-14","2041-04-24","2041-02-01","2041-04","2041-11-13","2041-06"],
 ["Hyväksyä vuoden 2041 toimintasuunnitelman esitetyssä muodossa",
  "Valtuuttaa klusterimanagerin valmistelemaan yhteisen hakemuksen Silicon Saxonyn kanssa 30.4.2041 mennessä",
  "Järjestää yritysryhmän matkan Silicon Saxony Day -tapahtumaan ja varata siihen 12 000 euroa",
  "Perustaa osaamistyöryhmä, jonka puheenjohtajaksi valittiin Päivi Laaksonen"],
 pub="2041-02-20")
