from h import *
F = 'g14_satakunta_kiertotalous_kesakoulu.md'
for (y,m,d,w) in [(2039,8,8,'Monday'),(2039,8,12,'Friday'),(2039,8,9,'Tuesday'),(2039,8,10,'Wednesday'),(2039,8,11,'Thursday'),(2039,5,15,'Sunday'),(2039,5,31,'Tuesday'),(2039,2,14,'Monday'),(2038,8,9,'Monday'),(2038,8,13,'Friday')]:
    assert wd(y,m,d)==w, (y,m,d)
T = """[Etusivu](/) › [Tapahtumat](/tapahtumat) › Kesäkoulu 2039

# Satakunnan kiertotalouden kesäkoulu 2039

**Julkaistu 14.2.2039** · Satakunnan Kiertotalousklusteri

**Aika:** maanantai 8.8. – perjantai 12.8.2039
**Paikka:** Pori, Satakunnan ammattikorkeakoulu (SAMK), Satakunnankatu 23, sekä yritysvierailut Porissa, Raumalla ja Harjavallassa
**Kieli:** englanti
**Laajuus:** 5 opintopistettä
**Hinta:** maksuton opiskelijoille, yritysten osallistujille 450 € (alv 0 %)

[Ilmoittaudu tästä](/kesakoulu2039/ilmoittautuminen) · [Lue lisää englanniksi](/en/summer-school-2039)

---

Satakunnan Kiertotalousklusteri järjestää yhdessä Satakunnan ammattikorkeakoulun ja kehitysyhtiö Prizztech Oy:n kanssa jo neljännen kansainvälisen kiertotalouden kesäkoulun. Viikon aikana opiskelijat, tutkijat ja yritysten asiantuntijat ratkovat ryhmissä alueen yritysten todellisia haasteita: miten metallien, akkujen ja teollisuuden sivuvirtojen kierrätystä voidaan tehostaa, ja miten niistä syntyy uutta liiketoimintaa.

Kesäkouluun otetaan enintään 40 osallistujaa. Viime vuonna mukana oli opiskelijoita kahdestatoista maasta, muun muassa Ranskasta, Puolasta, Virosta ja Espanjasta.

## Ohjelma

**Maanantai 8.8.2039 – Avaus**
- 9.00 Tervetuloa – Hanna-Leena Mäkinen, klusterin johtaja, Satakunnan Kiertotalousklusteri
- 9.30 Pääpuheenvuoro: Kiertotalous Suomen teollisuuden kilpailutekijänä – Jussi Ahola, johtava asiantuntija, Sitra
- 11.00 Tiimien muodostaminen ja haasteiden esittely
- 18.00 Tervetuliaisillallinen Kirjurinluodolla

**Tiistai 9.8.2039 – Akkumetallit**
- Yritysvierailu: Harjavallan suurteollisuuspuisto
- Luento: Akkujen kierrätyksen tulevaisuus – professori Minna Kallio, Tampereen yliopisto, Porin yliopistokeskus

**Keskiviikko 10.8.2039 – Satamat ja logistiikka**
- Yritysvierailu: Rauman Satama Oy
- Työpaja: Sivuvirtojen kuljetus ja varastointi – Timo Lehtinen, logistiikkapäällikkö, Porin Satama Oy

**Torstai 11.8.2039 – Projektipäivä**
- Ryhmätyöskentelyä mentorien tuella
- 19.00 Saunailta Yyterin rannalla

**Perjantai 12.8.2039 – Loppuesitykset**
- 9.00 Tiimien esitykset yrityksille ja tuomaristolle
- 12.00 Todistusten jakaminen ja päätös

## Haasteet 2039

1. Boliden Harjavalta: kuparikuonan uudet käyttökohteet
2. Porin Energia Oy: tuhkan hyötykäyttö rakentamisessa
3. Rauman Telakka Oy: laivojen purkumateriaalien kierrätys
4. Avoin haaste: oma ideasi Satakunnan teollisuudelle

## Ilmoittautuminen

Hakuaika päättyy **sunnuntaina 15.5.2039**. Valinnoista ilmoitetaan hakijoille viimeistään 31.5.2039. Hakemukseen liitetään lyhyt motivaatiokirje (enintään 300 sanaa) ja opintosuoritusote. SAMKin vaihto-opiskelijoille on varattu kymmenen paikkaa.

Majoitus on järjestetty Porin Kyläsaaren opiskelija-asuntolaan (35 €/yö). Lounaat sisältyvät hintaan.

Porin rautatieasemalta on SAMKin kampukselle noin kymmenen minuutin kävelymatka. Yritysvierailuille lähdetään yhteisellä bussilla kampukselta kello 8.30, ja paluu on arviolta kello 16. Vierailuilla tarvitaan turvakengät, jotka yritykset lainaavat osallistujille. Ota mukaan oma kannettava tietokone. Jos tarvitset erityisruokavalion tai esteettömän majoituksen, kerro siitä ilmoittautumisen yhteydessä, niin järjestämme asian.

## Mentorit

- Petri Virtanen, kehityspäällikkö, Prizztech Oy
- Laura Nieminen, tutkija, Satakunnan ammattikorkeakoulu
- Marko Heikkilä, ympäristöpäällikkö, Boliden Harjavalta
- Sari Koskinen, yrittäjä, Kierrätysrakentajat Oy

## Viime vuoden kesäkoulusta

Vuoden 2038 kesäkoulu järjestettiin 9.–13.8.2038, ja siihen osallistui 36 opiskelijaa ja kahdeksan yritysten edustajaa. Voittajatiimi kehitti mallin, jolla teollisuuden purkupuu voidaan ohjata uudelleenkäyttöön ennen polttoa. Malli on nyt pilotoinnissa Porin kaupungin rakennushankkeissa.

> ”Kesäkoulussa sain ensimmäistä kertaa ratkaista oikean yrityksen oikeaa ongelmaa. Syksyllä aloitin harjoittelun samassa yrityksessä.” – Élodie Marchand, opiskelija, Université de Lille

## Usein kysyttyä

**Tarvitsenko kiertotalouden opintoja?** Et. Kesäkouluun valitaan osallistujia tekniikan, kaupan, muotoilun ja ympäristöalan koulutuksista. Ryhmät kootaan niin, että jokaisessa on eri alojen osaajia.

**Voinko osallistua vain osaan viikosta?** Opintopisteiden saaminen edellyttää osallistumista koko viikkoon. Yritysten edustajat voivat osallistua myös yksittäisiin päiviin hintaan 120 € päivältä.

**Järjestetäänkö kesäkoulu myös verkossa?** Ei. Yritysvierailut ja ryhmätyö edellyttävät paikan päällä olemista.

## Yhteistyössä

Satakunnan liitto · Porin kaupunki · Rauman kaupunki · Tampereen yliopisto, Porin yliopistokeskus · Business Finland · Kiertotalous Suomi ry

Kesäkoulu on osa Interreg Central Baltic -ohjelmasta rahoitettua CIRCUBALT-hanketta.

## Yhteystiedot

**Annika Salminen**
projektipäällikkö, Satakunnan Kiertotalousklusteri
annika.salminen@kiertotalous-satakunta.example.fi · +358 40 000 0000

---

Jaa: [LinkedIn](#) · [Facebook](#) · [Sähköposti](#)

© 2039 Satakunnan Kiertotalousklusteri · [Saavutettavuusseloste](/saavutettavuus) · [Tietosuoja](/tietosuoja) · Evästeasetukset
"""
write(F, T)
SK="Satakunnan Kiertotalousklusteri"
gold(F,
 [P("Hanna-Leena Mäkinen","klusterin johtaja",SK),
  P("Jussi Ahola","johtava asiantuntija","Sitra"),
  P("Minna Kallio","professori","Tampereen yliopisto"),
  P("Timo Lehtinen","logistiikkapäällikkö","Porin Satama Oy"),
  P("Annika Salminen","projektipäällikkö",SK),
  P("Petri Virtanen","kehityspäällikkö","Prizztech Oy"), P("Laura Nieminen","tutkija","Satakunnan ammattikorkeakoulu"),
  P("Marko Heikkilä","ympäristöpäällikkö","Boliden Harjavalta"), P("Sari Koskinen","yrittäjä","Kierrätysrakentajat Oy"),
  P("Élodie Marchand","opiskelija","Université de Lille")],
 [O(SK), O("Satakunnan ammattikorkeakoulu","SAMK"), O("Prizztech Oy"), O("Sitra"), O("Tampereen yliopisto"),
  O("Porin yliopistokeskus"), O("Rauman Satama Oy"), O("Porin Satama Oy"), O("Boliden Harjavalta"), O("Porin Energia Oy"),
  O("Rauman Telakka Oy"), O("Satakunnan liitto"), O("Porin kaupunki"), O("Rauman kaupunki"), O("Business Finland"),
  O("Kiertotalous Suomi ry"), O("Kierrätysrakentajat Oy"), O("Université de Lille")],
 [E("Satakunnan kiertotalouden kesäkoulu 2039","2039-08-08","2039-08-12","Pori","Finland"),
  E("Tervetuliaisillallinen","2039-08-08",None,"Pori","Finland"),
  E("Yritysvierailu: Harjavallan suurteollisuuspuisto","2039-08-09",None,"Harjavalta","Finland"),
  E("Yritysvierailu: Rauman Satama Oy","2039-08-10",None,"Rauma","Finland"),
  E("Saunailta","2039-08-11",None,"Pori","Finland"),
  E("Vuoden 2038 kesäkoulu","2038-08-09","2038-08-13",None,"Finland")],
 ["2039-02-14","2039-08-08/2039-08-12","2039-08-08","2039-08-09","2039-08-10","2039-08-11","2039-08-12","2039-05-15","2039-05-31","2038","2038-08-09/2038-08-13"],
 [], pub="2039-02-14")
