from h import *
F = 'g10_espoo_circubuild_uutiset.html'
assert wd(2040,2,13)=='Monday' and wd(2040,2,14)=='Tuesday' and wd(2040,4,16)=='Monday' and wd(2040,3,20)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="fi"><head><meta charset="utf-8"><title>Uutiset – Business Espoo</title></head>
<body>
<div class="evaste">Käytämme evästeitä sivuston toiminnan varmistamiseen ja kävijämäärien seurantaan. <a href="/evasteet">Lue lisää</a> <button>Hyväksy kaikki</button> <button>Vain välttämättömät</button></div>
<header><p class="logo">Business Espoo – Espoon kaupungin elinkeinopalvelut</p>
<nav><a href="/">Etusivu</a> | <a href="/yrityspalvelut">Yrityspalvelut</a> | <a href="/eu-hankkeet">EU-hankkeet</a> | <a href="/uutiset">Uutiset</a> | <a href="/tapahtumat">Tapahtumat</a> | <a href="/en">In English</a></nav></header>
<main>
<p class="murupolku">Etusivu / Uutiset / EU-hankkeet</p>
<article>
<h1>CIRCUBUILD-hankkeen kumppanit kokoontuivat Espooseen – kiertotalous rakentamisessa vauhdittuu</h1>
<p class="meta">Julkaistu 17.2.2040 | Teksti: Minna Lahtinen-Grönroos | Kuva: Business Espoo</p>

<p>Horizon Europe -ohjelmasta rahoitetun CIRCUBUILD-hankkeen kumppanitapaaminen järjestettiin Espoossa maanantaina ja tiistaina 13.–14.2.2040. Tapaamiseen osallistui 38 edustajaa yhdeksästä maasta. Isäntinä toimivat Espoon kaupunki ja Aalto-yliopisto, jonka Otaniemen kampuksella tapaaminen pidettiin.</p>

<p>CIRCUBUILD kehittää menetelmiä, joilla purkukohteiden betoni, teräs ja puu saadaan takaisin rakennusten materiaaleiksi. Hanketta koordinoi Teknologian tutkimuskeskus VTT Oy, ja siinä on mukana 16 kumppania, muun muassa:</p>
<ul>
<li>Aalto-yliopisto</li>
<li>Espoon kaupunki</li>
<li>Green Building Council Finland ry</li>
<li>Danish Technological Institute, Taastrup</li>
<li>Cluster Bâtiment Durable Occitanie, Montpellier</li>
<li>Budownictwo Przyszłości Klaster, Wrocław</li>
<li>Construction Cluster of Catalonia (CCC), Barcelona</li>
</ul>

<p>Hanke käynnistyi tammikuussa 2039, ja sen aloituskokous pidettiin Danish Technological Instituten tiloissa Taastrupissa. Espoon tapaaminen oli järjestyksessään kolmas koko konsortion yhteinen kokoontuminen. Hankkeen kokonaisbudjetti on 7,8 miljoonaa euroa, ja se päättyy joulukuussa 2042. Espoon kaupungin osuus on noin 420 000 euroa, josta suurin osa käytetään pilottikohteen suunnitteluun, materiaalien inventointiin ja yritysyhteistyöhön.</p>

<p>Tapaamisen avasi Espoon kaupungin elinkeinojohtaja Juha-Pekka Vähäsarja. ”Espoo purkaa ja rakentaa joka vuosi enemmän kuin moni keskikokoinen kaupunki. Haluamme, että purkumateriaali ei ole jätettä vaan raaka-ainetta”, hän sanoi. Hankkeen koordinaattori, erikoistutkija Saara Nyberg-Koivisto VTT:ltä esitteli ensimmäisen vuoden tuloksia: kolme pilottikohdetta on käynnissä Espoossa, Aarhusissa ja Wrocławissa.</p>

<p>Ensimmäisenä päivänä ohjelmassa oli työmaavierailu Kivenlahden purkutyömaalle, jossa Skanska Oy:n työnjohtaja Antti Rautiainen esitteli betonielementtien irrotusta uudelleenkäyttöä varten. Illalla kumppanit osallistuivat illalliselle Hanasaaren kulttuurikeskuksessa.</p>

<p>Tiistaina ohjelmassa oli hankkeen ohjausryhmän kokous sekä työpaja, jossa pk-yritykset pääsivät kertomaan, mitä ne tarvitsevat kierrätysmateriaalien käyttöönottoon. Työpajaa veti Green Building Council Finland ry:n toiminnanjohtaja Elina Holmström-Aho.</p>

<p>Espoon pilottikohteessa puretaan 1970-luvulla rakennettu koulurakennus, jonka julkisivuelementeistä noin kolmannes pyritään käyttämään uudelleen uuden päiväkodin rakentamisessa. Aarhusissa pilotti keskittyy teräsrakenteisiin ja Wrocławissa puutavaran lajitteluun ja laadun arviointiin. Kaikissa kohteissa mitataan, kuinka paljon hiilidioksidipäästöjä ja kustannuksia uudelleenkäyttö säästää verrattuna uusiin materiaaleihin. Ensimmäiset tulokset julkaistaan syksyllä avoimena raporttina. Raportti käännetään suomeksi, tanskaksi, ranskaksi, puolaksi ja katalaaniksi, jotta se tavoittaa myös pienet rakennusliikkeet ja purkuyritykset kaikissa kumppanimaissa.</p>

<p>Katalonian rakennusklusterin edustaja Jordi Puigdomènech i Serra kertoi, että Barcelonan alueen rakennusyrityksistä vain harva on kokeillut kierrätettyjä rakennusosia, vaikka kiinnostus on suurta. Hänen mukaansa esteenä ovat ennen kaikkea vastuukysymykset: kuka takaa, että vanha elementti kestää vielä viisikymmentä vuotta? Samaa pohti myös Aalto-yliopiston professori Tuomas Kekkonen, joka johtaa hankkeen testausta ja sertifiointia käsittelevää työpakettia. Hankkeessa laaditaan vuoden 2041 loppuun mennessä eurooppalainen ohje uudelleenkäytettävien betonielementtien testaukseen.</p>

<h2>Keskeiset opit ensimmäiseltä vuodelta</h2>
<p>Kumppanit kokosivat ensimmäisen vuoden kokemukset seuraavasti:</p>
<ul>
<li>Purkukohteen materiaalit on inventoitava jo ennen purkupäätöstä, muuten uudelleenkäyttö jää sattuman varaan</li>
<li>Julkiset rakennuttajat voivat luoda markkinat kierrätysmateriaaleille hankintaehdoilla</li>
<li>Pk-yritykset tarvitsevat yhteiset laatu- ja testausohjeet ennen kuin ne uskaltavat käyttää uudelleenkäytettyä betonia</li>
</ul>

<h2>Tulossa</h2>
<p>Hankkeen seuraava kumppanitapaaminen pidetään Montpellier'ssa 16.–18.4.2040. Espoolaisille yrityksille järjestetään lisäksi avoin webinaari ”Kierrätysbetoni käytännössä” tiistaina 20.3.2040 klo 9–11. Webinaarissa kuullaan pilottikohteen kokemuksia, esitellään hankkeen laatimat testausohjeet ja kerrotaan, miten yritykset voivat hakea mukaan seuraavaan pilottiin. Osallistuminen on maksutonta, mutta vaatii ennakkoilmoittautumisen viimeistään viikkoa ennen tilaisuutta Business Espoon verkkosivuilla.</p>
<p>CIRCUBUILD on esillä myös Kiertotalouspäivillä, jotka järjestetään tänä vuonna Espoon Dipolissa 2.–3.10.2040. Aiemmat Kiertotalouspäivät pidettiin Lahdessa (2038) ja Jyväskylässä (2039).</p>
<p>Lisätietoja: projektipäällikkö Minna Lahtinen-Grönroos, Business Espoo, minna.lahtinen-gronroos@espoo.example.fi</p>
<p class="jaa">Jaa: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">X</a> | <a href="/uutiset">Takaisin uutisiin</a></p>
</article>
</main>
<footer><p>Espoon kaupunki, Business Espoo, Karaportti 2, 02610 Espoo · <a href="/saavutettavuus">Saavutettavuusseloste</a> · <a href="/tietosuoja">Tietosuoja</a></p>
<p>Hanke on saanut rahoitusta Euroopan unionin Horizon Europe -tutkimus- ja innovaatio-ohjelmasta.</p></footer>
</body></html>
"""
write(F, T)
assert wd(2040,10,2)=='Tuesday'
gold(F,
 [P("Minna Lahtinen-Grönroos","projektipäällikkö","Business Espoo"),
  P("Juha-Pekka Vähäsarja","elinkeinojohtaja","Espoon kaupunki"),
  P("Saara Nyberg-Koivisto","erikoistutkija","VTT"),
  P("Antti Rautiainen","työnjohtaja","Skanska Oy"),
  P("Elina Holmström-Aho","toiminnanjohtaja","Green Building Council Finland ry"),
  P("Jordi Puigdomènech i Serra","edustaja","Construction Cluster of Catalonia"),
  P("Tuomas Kekkonen","professori","Aalto-yliopisto")],
 [O("Business Espoo"), O("Espoon kaupunki"), O("Aalto-yliopisto"), O("Teknologian tutkimuskeskus VTT Oy","VTT"),
  O("Green Building Council Finland ry"), O("Danish Technological Institute"), O("Cluster Bâtiment Durable Occitanie"),
  O("Budownictwo Przyszłości Klaster"), O("Construction Cluster of Catalonia","CCC"), O("Skanska Oy")],
 [E("kumppanitapaaminen","2040-02-13","2040-02-14","Espoo","Finland"),
  E("työmaavierailu","2040-02-13",None,"Espoo","Finland"),
  E("illallinen","2040-02-13",None,"Espoo","Finland"),
  E("ohjausryhmän kokous","2040-02-14",None,"Espoo","Finland"),
  E("työpaja","2040-02-14",None,"Espoo","Finland"),
  E("kumppanitapaaminen","2040-04-16","2040-04-18","Montpellier","France"),
  E("Kierrätysbetoni käytännössä","2040-03-20",None,None,None),
  E("aloituskokous","2039-01",None,"Taastrup","Denmark"),
  E("Kiertotalouspäivät","2040-10-02","2040-10-03","Espoo","Finland"),
  E("Kiertotalouspäivät","2038",None,"Lahti","Finland"),
  E("Kiertotalouspäivät","2039",None,"Jyväskylä","Finland")],
 ["2040-02-17","2040-02-13/2040-02-14","2040-04-16/2040-04-18","2040-03-20","2040-10-02/2040-10-03","2038","2039","2041","2039-01","2042-12"],
 ["Purkukohteen materiaalit on inventoitava jo ennen purkupäätöstä, muuten uudelleenkäyttö jää sattuman varaan",
  "Julkiset rakennuttajat voivat luoda markkinat kierrätysmateriaaleille hankintaehdoilla",
  "Pk-yritykset tarvitsevat yhteiset laatu- ja testausohjeet ennen kuin ne uskaltavat käyttää uudelleenkäytettyä betonia"],
 pub="2040-02-17")
