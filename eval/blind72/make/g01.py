from h import *
F = 'kainuu-datakeskusklusteri-hallitus-ja-tiimi.html'
T = f"""<!DOCTYPE html>
<html lang="fi"><head><meta charset="utf-8"><title>Hallitus ja tiimi | Kainuun Datakeskusklusteri ry</title></head>
<body>
<div class="cookie-bar">Käytämme evästeitä sivuston toiminnan ja kävijäseurannan varmistamiseen. <a href="#">Hyväksy kaikki</a> | <a href="#">Vain välttämättömät</a> | <a href="#">Lue lisää</a></div>
<nav><ul><li><a href="/">Etusivu</a></li><li><a href="/klusteri">Klusteri</a></li><li><a href="/jasenet">Jäsenet</a></li><li><a href="/hankkeet">Hankkeet</a></li><li><a href="/ajankohtaista">Ajankohtaista</a></li><li><a href="/en">In English</a></li></ul></nav>
<p class="crumbs">Etusivu › Klusteri › Hallitus ja tiimi</p>
<main>
<h1>Hallitus ja tiimi</h1>
<p>Kainuun Datakeskusklusteri ry (KDK) on vuonna 2029 perustettu yhdistys, joka kokoaa yhteen kainuulaiset datakeskusyritykset, niiden alihankkijat, energiayhtiöt sekä oppilaitokset ja tutkimuslaitokset. Yhdistyksen ylin päättävä elin on syyskokous, joka valitsee hallituksen kahdeksi vuodeksi kerrallaan. Nykyinen hallitus valittiin syyskokouksessa {wd(2033,11,22,'fi')} 22.11.2033, ja sen toimikausi on 2034–2035.</p>
<p>Hallitus kokoontuu noin kuusi kertaa vuodessa. Se hyväksyy klusterin toimintasuunnitelman ja talousarvion, päättää uusien jäsenten hyväksymisestä ja ohjaa toiminnanjohtajan työtä. Käytännön toiminnasta vastaa neljän hengen tiimi Kajaanissa.</p>

<h2>Hallitus 2034–2035</h2>
<table class="board">
<tr><th>Nimi</th><th>Tehtävä hallituksessa</th><th>Organisaatio</th></tr>
<tr><td>DI Hannele Kemppainen</td><td>puheenjohtaja</td><td>Vuokatin Konesali Oy</td></tr>
<tr><td>KTM Jussi Heikkinen</td><td>varapuheenjohtaja</td><td>Kainuun Energia Oy</td></tr>
<tr><td>FT Marja-Leena Pulkkinen</td><td>jäsen</td><td>Kajaanin ammattikorkeakoulu Oy</td></tr>
<tr><td>insinööri (AMK) Teemu Tervonen</td><td>jäsen</td><td>Paltamon Kaapelointi Ky</td></tr>
<tr><td>Anna-Stiina Karjalainen</td><td>jäsen</td><td>Kainuun liitto</td></tr>
<tr><td>Pekka O. Räsänen</td><td>jäsen</td><td>NordicLoop Cooling Ab, Kajaanin toimipiste</td></tr>
<tr><td>Karoliina van der Velde</td><td>jäsen</td><td>Sotkamon Datakampus Oy</td></tr>
<tr><td>Matti Huotari</td><td>varajäsen</td><td>Suomussalmen kunta</td></tr>
</table>
<p>Hallituksen sihteerinä toimii toiminnanjohtaja. Hallituksen puheenjohtajaan saa yhteyden osoitteella hallitus@kainuundata.fi.</p>

<h2>Hallituksen jäsenet lyhyesti</h2>
<p><strong>Hannele Kemppainen</strong> on Vuokatin Konesali Oy:n toimitusjohtaja ja toiminut hallituksen puheenjohtajana vuodesta 2031. Hän on koulutukseltaan sähkötekniikan diplomi-insinööri ja työskenteli aiemmin kymmenen vuotta Fingridillä. Puheenjohtajana hän on painottanut sitä, että datakeskusten hukkalämpö saadaan kaukolämpöverkkoihin ja että alueen nuoret löytävät alan työpaikat.</p>
<p><strong>Jussi Heikkinen</strong> johtaa Kainuun Energia Oy:n liiketoiminnan kehitystä. Hän vastaa hallituksessa energiakysymyksistä ja sähköverkon liittymien ennakoinnista.</p>
<p><strong>Marja-Leena Pulkkinen</strong> on Kajaanin ammattikorkeakoulun tutkimusjohtaja. Hänen johdollaan ammattikorkeakoulu on rakentanut datakeskusalan testiympäristön, jota jäsenyritykset voivat käyttää.</p>
<p><strong>Anna-Stiina Karjalainen</strong> työskentelee Kainuun liitossa elinkeinojen kehittämisen päällikkönä ja edustaa hallituksessa rahoittajan näkökulmaa ilman äänioikeutta talousarviota koskevissa asioissa.</p>
<p><strong>Karoliina van der Velde</strong> muutti Kainuuseen Alankomaista vuonna 2030 ja vastaa Sotkamon Datakampus Oy:n asiakkuuksista. Hän on hallituksen nuorin jäsen.</p>
<p>Väistyvää hallitusta kiitettiin syyskokouksessa työstä klusterin hyväksi. Erityiskiitokset saivat pitkäaikainen jäsen Veikko Leinonen (Kajaanin kaupunki), joka oli mukana jo perustamiskokouksessa vuonna 2029, sekä varapuheenjohtajana 2030–2033 toiminut Tiina Rytkönen.</p>
<h2>Tiimi</h2>
<div class="team">
<div class="card"><img src="/img/tiimi/riikka.jpg" alt="Riikka Seppänen"><h3>Riikka Seppänen</h3><p>toiminnanjohtaja</p><p>riikka.seppanen@kainuundata.fi<br>+358 40 712 3380</p><p>Riikka vastaa klusterin strategiasta, rahoituksesta ja sidosryhmäsuhteista. Hän aloitti tehtävässä 1.3.2032; sitä ennen hän työskenteli Business Finlandin Kajaanin toimipisteessä asiantuntijana.</p></div>
<div class="card"><img src="/img/tiimi/ville.jpg" alt="Ville Kyllönen"><h3>Ville Kyllönen</h3><p>projektipäällikkö, DataHukka-hanke</p><p>ville.kyllonen@kainuundata.fi<br>+358 44 517 2201</p><p>Ville vetää hukkalämmön hyödyntämistä selvittävää DataHukka-hanketta (2033–2036), jota rahoittaa Euroopan aluekehitysrahasto Kainuun liiton kautta.</p></div>
<div class="card"><img src="/img/tiimi/sanna.jpg" alt="Sanna Moilanen-Ojala"><h3>Sanna Moilanen-Ojala</h3><p>viestintä- ja tapahtumakoordinaattori</p><p>sanna.moilanen-ojala@kainuundata.fi<br>+358 40 380 9914</p><p>Sanna toimittaa jäsenkirjettä ja järjestää klusterin tapahtumat, kuten vuosittaisen Kainuu Data Forumin.</p></div>
<div class="card"><img src="/img/tiimi/aleksi.jpg" alt="Aleksi Väisänen"><h3>Aleksi Väisänen</h3><p>kehitysasiantuntija, osaaminen ja koulutus</p><p>aleksi.vaisanen@kainuundata.fi<br>+358 50 448 7702</p><p>Aleksi kokoaa yritysten osaamistarpeet ja suunnittelee koulutuksia yhdessä Kainuun ammattiopiston ja Kajaanin ammattikorkeakoulun kanssa.</p></div>
</div>

<h2>Jäsenyys</h2>
<p>Klusterin jäseneksi voi hakea mikä tahansa yritys, kunta, oppilaitos tai tutkimuslaitos, joka toimii datakeskusten arvoketjussa tai haluaa hyödyntää niiden tuottamaa hukkalämpöä ja osaamista. Hakemukset käsitellään hallituksen seuraavassa kokouksessa. Jäsenmaksu määräytyy organisaation henkilöstömäärän mukaan, ja pienimmille yrityksille ensimmäinen vuosi on maksuton. Jäseniä oli vuoden 2033 lopussa 46, joista 31 yrityksiä. Jäsenet saavat kuukausittaisen jäsenkirjeen, pääsyn klusterin työryhmiin ja alennuksen tapahtumien osallistumismaksuista. Uusia jäseniä hyväksyttiin vuonna 2033 yhteensä seitsemän, ja hakemuksia on jonossa tällä hetkellä kolme. Jäsenluettelo on nähtävillä Jäsenet-sivulla. Lisätietoja jäsenyydestä antaa toiminnanjohtaja Riikka Seppänen.</p>
<h2>Ajankohtaista</h2>
<p>Kainuu Data Forum 2034 järjestetään Vuokatissa (Vuokatti, Sotkamo) {wd(2034,9,17,'fi')}na ja {wd(2034,9,18,'fi')}na 17.–18.9.2034. Ensimmäisen päivän iltana on verkostoillallinen Vuokatinhovissa. Ilmoittautuminen avautuu toukokuussa.</p>
<p>Klusterin kevätkokous pidetään {wd(2034,4,25,'fi')}na 25.4.2034 klo 13 Kajaanin ammattikorkeakoulun Lehtikankaan kampuksella. Kokouksessa käsitellään vuoden 2033 toimintakertomus ja tilinpäätös.</p>

<h2>Kumppanit</h2>
<p>Klusterin toimintaa tukevat Kainuun liitto, Kajaanin kaupunki ja Sotkamon kunta. Klusteri kuuluu jäsenenä yhdistykseen Suomen datakeskusyhdistys ry ja osallistuu kansalliseen Datacenter Finland -verkostoon.</p>
<p class="credit">Kuvat: Jarmo Heikura / Kainuun Datakeskusklusteri ry. Hallituksen ryhmäkuva: Studio Kaarna, Kajaani.</p>
</main>
<footer><p>Kainuun Datakeskusklusteri ry · Ketunpolku 3, 87100 Kajaani · Y-tunnus 3218844-6 · info@kainuundata.fi</p>
<p>© 2034 Kainuun Datakeskusklusteri ry · <a href="#">Tietosuojaseloste</a> · <a href="#">Saavutettavuusseloste</a></p></footer>
</body></html>
"""
write(F, T)
gold(F, [P('Hannele Kemppainen','puheenjohtaja','Kainuun Datakeskusklusteri ry'), P('Jussi Heikkinen','varapuheenjohtaja','Kainuun Datakeskusklusteri ry'),
 P('Marja-Leena Pulkkinen','jäsen','Kainuun Datakeskusklusteri ry'), P('Teemu Tervonen','jäsen','Kainuun Datakeskusklusteri ry'),
 P('Anna-Stiina Karjalainen','jäsen','Kainuun Datakeskusklusteri ry'), P('Pekka O. Räsänen','jäsen','Kainuun Datakeskusklusteri ry'),
 P('Karoliina van der Velde','jäsen','Kainuun Datakeskusklusteri ry'), P('Matti Huotari','varajäsen','Kainuun Datakeskusklusteri ry'),
 P('Riikka Seppänen','toiminnanjohtaja','Kainuun Datakeskusklusteri ry'), P('Ville Kyllönen','projektipäällikkö, DataHukka-hanke','Kainuun Datakeskusklusteri ry'),
 P('Sanna Moilanen-Ojala','viestintä- ja tapahtumakoordinaattori','Kainuun Datakeskusklusteri ry'), P('Aleksi Väisänen','kehitysasiantuntija, osaaminen ja koulutus','Kainuun Datakeskusklusteri ry'),
 P('Jarmo Heikura'), P('Veikko Leinonen','jäsen','Kainuun Datakeskusklusteri ry'), P('Tiina Rytkönen','varapuheenjohtaja',None)],
 [O('Kainuun Datakeskusklusteri ry','KDK'), O('Vuokatin Konesali Oy'), O('Kainuun Energia Oy'), O('Kajaanin ammattikorkeakoulu Oy'), O('Paltamon Kaapelointi Ky'),
  O('Kainuun liitto'), O('NordicLoop Cooling Ab'), O('Sotkamon Datakampus Oy'), O('Suomussalmen kunta'), O('Business Finland'),
  O('Kainuun ammattiopisto'), O('Kajaanin kaupunki'), O('Sotkamon kunta'), O('Suomen datakeskusyhdistys ry'), O('Fingrid'), O('Datacenter Finland'), O('Studio Kaarna')],
 [E('Kainuu Data Forum 2034','2034-09-17','2034-09-18','Vuokatti','Finland'), E('verkostoillallinen','2034-09-17','2034-09-17','Vuokatti','Finland'),
  E('kevätkokous','2034-04-25','2034-04-25','Kajaani','Finland'), E('syyskokous','2033-11-22','2033-11-22',None,None)],
 ['2029','2033-11-22','2034/2035','2032-03-01','2033/2036','2034-09-17/2034-09-18','2034-04-25','2033','2034-05','2031','2030','2030/2033'])
