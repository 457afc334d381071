from h import *
F = 'g03_kanta_hame_klusteriselvitys_tiivistelma.md'
T = """# Tiivistelmä: Kanta-Hämeen ruokaklusterin vaikuttavuusselvitys 2035

*Julkaistu 14.3.2035 · Hämeen ammattikorkeakoulu (HAMK) ja Kanta-Hämeen liitto*

Tämä tiivistelmä esittelee selvityksen, jossa arvioitiin HämeFood-klusterin toimintaa vuosina 2030–2034. Selvityksen tilasi Kanta-Hämeen liitto, ja sen toteuttivat Hämeen ammattikorkeakoulun tutkijat yhdessä Luonnonvarakeskuksen (Luke) kanssa. Työtä ohjasi ohjausryhmä, jonka puheenjohtajana toimi aluekehitysjohtaja Tuomas Väisänen Kanta-Hämeen liitosta.

## Taustaa

HämeFood-klusteri perustettiin keväällä 2029 Hämeenlinnassa. Sen taustalla ovat Hämeen Kauppakamari, HAMK, Hämeenlinnan kaupunki sekä kaksitoista elintarvikealan yritystä, muun muassa Vanajan Mylly Oy, Tuulos Herkut Oy ja Lammin Leipomo Ky. Klusterin toimintaa koordinoi Linnan Kehitys Oy, jonka klusterimanageri KTM Henna Kivelä-Mäkinen on vetänyt työtä vuodesta 2031 lähtien.

Vuoden 2034 lopussa klusterissa oli 86 jäsentä. Jäsenistä 61 on pk-yrityksiä, 9 oppilaitoksia tai tutkimuslaitoksia ja loput kuntia, yhdistyksiä ja rahoittajia. Klusterin vuosibudjetti oli noin 520 000 euroa, josta kolmannes tuli jäsenmaksuista.

## Klusterin toiminta 2030–2034

Arviointikaudella klusteri järjesti vuosittain Hämeen Ruokapäivät -tapahtuman, joka kokosi Hämeenlinnan Verkatehtaalle keskimäärin 600 kävijää. Vuoden 2033 Ruokapäivät (Forssa, 6.–7.10.2033) pidettiin poikkeuksellisesti Hämeenlinnan ulkopuolella, ja samassa yhteydessä järjestettiin ensimmäistä kertaa yritysten ja kauppaketjujen väliset B2B-tapaamiset. Klusteri vei jäsenyrityksiä kolmesti Tallinnaan ja kerran Tukholmaan, ja viennin edistämisessä kumppanina toimi Business Finland.

Klusteri on myös koordinoinut kolmea yhteishanketta. Suurin niistä, kasviproteiinien jatkojalostusta kehittänyt hanke, keräsi mukaan yhdeksän yritystä, ja sen rahoitti Hämeen ELY-keskus. Hankkeen vastuuhenkilönä toimi tuotekehityspäällikkö Sanna-Maria Virtanen Lammin Leipomo Ky:stä, joka on myös klusterin hallituksen varapuheenjohtaja. Hankkeen tuloksena kaksi yritystä toi markkinoille uusia tuotteita, ja yksi niistä, Tuulos Herkut Oy, aloitti viennin Viroon. Lisäksi klusteri on tarjonnut jäsenilleen koulutusta elintarviketurvallisuudesta, pakkaamisesta ja digitaalisesta markkinoinnista; koulutuksiin osallistui kaudella yhteensä noin 400 henkilöä.

Jäsenmaksuja korotettiin vuoden 2032 alussa, mikä johti muutaman pienen jäsenen eroamiseen. Samana vuonna klusterin hallitus uudisti strategiansa, jossa painopisteiksi nostettiin kasviproteiinit, ruokahävikin vähentäminen ja lähiruoan julkiset hankinnat.

## Aineisto ja menetelmät

Selvitystä varten haastateltiin 34 henkilöä, ja jäsenille lähetettiin kysely, johon vastasi 58 organisaatiota. Lisäksi tutkijat kävivät läpi klusterin hankeaineistot ja vertasivat tuloksia Etelä-Pohjanmaan ja Pohjois-Savon ruokaklustereihin. Alustavat tulokset esiteltiin 5.2.2035 Hämeenlinnan Verkatehtaalla (jäsentyöpaja), ja jäsenet saivat kommentoida johtopäätöksiä.

Selvityksen vastuullisena tutkijana toimi yliopettaja, FT Outi Rantanen (HAMK). Tutkimusryhmään kuuluivat myös erikoistutkija Jukka-Pekka Heinonen (Luonnonvarakeskus) ja projektisuunnittelija Aino Lehtimäki (HAMK).

## Keskeiset havainnot

Selvityksen keskeiset havainnot voidaan tiivistää seuraavasti:

- Klusteri on lisännyt yritysten välistä yhteistyötä selvästi: 71 prosenttia vastaajista on tehnyt vähintään yhden yhteishankkeen toisen jäsenen kanssa.
- Pienimmät yritykset hyötyvät eniten yhteisistä messuosastoista ja vientimatkoista, mutta ne osallistuvat harvoin tutkimushankkeisiin.
- Oppilaitosten ja yritysten välinen yhteistyö toimii hyvin harjoittelussa, mutta opinnäytetöitä tehdään jäsenyrityksille vähän.
- Klusterin viestintä koetaan hyväksi, mutta jäsenet eivät aina tiedä, mitä palveluja klusteri tarjoaa.
- Rahoitus on liian riippuvainen lyhyistä hankkeista, mikä vaikeuttaa pitkäjänteistä työtä.

Haastatteluissa korostui klusterimanagerin henkilökohtainen rooli. Moni yrittäjä kertoi, että yhteys klusteriin syntyi Kivelä-Mäkisen puhelinsoitosta. Tämä on vahvuus, mutta samalla riski: toiminta ei saa olla yhden henkilön varassa.

Vertailu muihin maakuntiin osoitti, että Seinäjoella toimiva Foodwest Oy on onnistunut rakentamaan pysyvän palvelumallin, jossa yritykset maksavat osan palveluista itse. Pohjois-Savossa taas Itä-Suomen yliopisto on ottanut vahvan roolin tutkimusyhteistyön vetäjänä.

## Suositukset

Selvityksen perusteella tutkijat esittävät klusterille ja Kanta-Hämeen liitolle seuraavat suositukset:

1. Klusterin perusrahoitus turvataan monivuotisella sopimuksella kaudelle 2036–2039.
2. Klusterin palveluista laaditaan selkeä palvelukuvaus, joka lähetetään kaikille jäsenille.
3. Pienille yrityksille avataan kevyt innovaatiosetelihaku, jossa päätös tehdään kuukauden kuluessa.
4. HAMK ja jäsenyritykset sopivat yhdessä vuosittaisista opinnäytetyöaiheista.
5. Klusterin tiimiin palkataan toinen asiantuntija, jotta osaaminen ja verkostot eivät ole yhden henkilön varassa.
6. Klusteri hakee aktiivisesti kansainvälisiä kumppaneita Baltian maista ja Ruotsista.

## Jatko

Kanta-Hämeen liiton maakuntahallitus käsittelee selvitystä kokouksessaan 13.4.2035. Klusterin hallitus, jonka puheenjohtajana toimii toimitusjohtaja Mikko Salonen-Ahola (Vanajan Mylly Oy), on jo päättänyt aloittaa palvelukuvauksen valmistelun. Selvityksen koko raportti julkaistaan HAMKin julkaisusarjassa huhtikuussa 2035. Tiivistelmä on saatavilla myös ruotsiksi ja englanniksi.

Lisätietoja: Outi Rantanen, yliopettaja, HAMK, puh. 050 000 1234
"""
write(F, T)
gold(F,
 [P("Tuomas Väisänen", "aluekehitysjohtaja", "Kanta-Hämeen liitto"),
  P("Henna Kivelä-Mäkinen", "klusterimanageri", "Linnan Kehitys Oy"),
  P("Outi Rantanen", "yliopettaja", "HAMK"),
  P("Jukka-Pekka Heinonen", "erikoistutkija", "Luonnonvarakeskus"),
  P("Aino Lehtimäki", "projektisuunnittelija", "HAMK"),
  P("Sanna-Maria Virtanen", "tuotekehityspäällikkö", "Lammin Leipomo Ky"),
  P("Mikko Salonen-Ahola", "toimitusjohtaja", "Vanajan Mylly Oy")],
 [O("Hämeen ammattikorkeakoulu", "HAMK"), O("Kanta-Hämeen liitto"), O("HämeFood-klusteri"),
  O("Luonnonvarakeskus", "Luke"), O("Hämeen Kauppakamari"), O("Hämeenlinnan kaupunki"), O("Vanajan Mylly Oy"),
  O("Tuulos Herkut Oy"), O("Lammin Leipomo Ky"), O("Linnan Kehitys Oy"), O("Foodwest Oy"), O("Itä-Suomen yliopisto"), O("Business Finland"), O("Hämeen ELY-keskus")],
 [E("jäsentyöpaja", "2035-02-05", None, "Hämeenlinna", "Finland"), E("Hämeen Ruokapäivät", None, None, "Hämeenlinna", "Finland"), E("Ruokapäivät", "2033-10-06", "2033-10-07", "Forssa", "Finland"), E("B2B-tapaamiset", "2033-10-06", "2033-10-07", "Forssa", "Finland"), E("maakuntahallituksen kokous", "2035-04-13", None, None, None)],
 ["2035-03-14", "2030/2034", "2029", "2031", "2034", "2033-10-06/2033-10-07", "2033", "2032", "2035-02-05", "2036/2039", "2035-04-13", "2035-04"],
 ["Klusteri on lisännyt yritysten välistä yhteistyötä selvästi: 71 prosenttia vastaajista on tehnyt vähintään yhden yhteishankkeen toisen jäsenen kanssa",
  "Pienimmät yritykset hyötyvät eniten yhteisistä messuosastoista ja vientimatkoista, mutta ne osallistuvat harvoin tutkimushankkeisiin",
  "Oppilaitosten ja yritysten välinen yhteistyö toimii hyvin harjoittelussa, mutta opinnäytetöitä tehdään jäsenyrityksille vähän",
  "Klusterin viestintä koetaan hyväksi, mutta jäsenet eivät aina tiedä, mitä palveluja klusteri tarjoaa",
  "Rahoitus on liian riippuvainen lyhyistä hankkeista, mikä vaikeuttaa pitkäjänteistä työtä",
  "Klusterin perusrahoitus turvataan monivuotisella sopimuksella kaudelle 2036–2039",
  "Klusterin palveluista laaditaan selkeä palvelukuvaus, joka lähetetään kaikille jäsenille",
  "Pienille yrityksille avataan kevyt innovaatiosetelihaku, jossa päätös tehdään kuukauden kuluessa",
  "HAMK ja jäsenyritykset sopivat yhdessä vuosittaisista opinnäytetyöaiheista",
  "Klusterin tiimiin palkataan toinen asiantuntija, jotta osaaminen ja verkostot eivät ole yhden henkilön varassa",
  "Klusteri hakee aktiivisesti kansainvälisiä kumppaneita Baltian maista ja Ruotsista"],
 pub="2035-03-14")
