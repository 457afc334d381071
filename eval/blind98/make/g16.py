from h import *
F = 'g16_kurzeme_klasteris_kopsapulce.html'
for (y,m,d,w) in [(2034,4,20,'Thursday'),(2034,4,6,'Thursday'),(2034,4,3,'Monday'),(2034,4,13,'Thursday'),(2034,3,23,'Thursday'),(2034,5,18,'Thursday'),(2034,6,8,'Thursday')]:
    assert wd(y,m,d)==w, (y,m,d)
KM = ["apstiprināt biedrības 2033. gada pārskatu un iesniegt to kopsapulcei",
 "uzņemt klastera biedros SIA \"Grobiņas Lāzertehnika\" un Liepājas Valsts tehnikumu",
 "uzdot klastera vadītājai sagatavot pieteikumu Eiropas Klasteru izcilības iniciatīvas bronzas marķējumam līdz 2034. gada septembrim",
 "atbalstīt kopīga stenda organizēšanu izstādē \"Tech Industry\" Rīgā"]
T = f"""<!DOCTYPE html>
<html lang="lv"><head><meta charset="utf-8"><title>Biedru kopsapulce 2034 – Kurzemes Metālapstrādes klasteris</title></head>
<body>
<div class="sikdatnes">Mēs izmantojam sīkdatnes, lai uzlabotu vietnes darbību. <a href="/privatums">Uzzināt vairāk</a> <button>Piekrītu</button></div>
<header><p class="logo">Kurzemes Metālapstrādes klasteris</p>
<nav><a href="/">Sākums</a> | <a href="/par-mums">Par mums</a> | <a href="/biedri">Biedri</a> | <a href="/jaunumi" class="aktivs">Jaunumi</a> | <a href="/pasakumi">Pasākumi</a> | <a href="/projekti">Projekti</a> | <a href="/kontakti">Kontakti</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="cels">Sākums / Jaunumi / Biedru kopsapulce</p>
<p class="datums">03.04.2034. · Autore: Ilze Bērziņa · Kategorija: Biedriem</p>
<h1>Uzaicinājums uz biedru kopsapulci 2034. gada 20. aprīlī</h1>
<p>Biedrība "Kurzemes Metālapstrādes klasteris" (KMK) aicina visus biedrus uz kārtējo biedru kopsapulci, kas notiks <strong>ceturtdien, 2034. gada 20. aprīlī, plkst. 14.00</strong> Liepājas Universitātes Inovāciju centrā, Liela ielā 14, Liepājā. Dalībnieku reģistrācija sāksies plkst. 13.30. Kopsapulcei būs iespējams sekot arī tiešsaistē, taču balsot var tikai klātienē vai ar pilnvaru.</p>
<p>Kopsapulce ir lemttiesīga, ja tajā piedalās vairāk nekā puse biedru. Ja kvoruma nebūs, atkārtota kopsapulce notiks tajā pašā dienā plkst. 15.00 ar to pašu darba kārtību. Katram biedram ir viena balss.</p>

<h2>Darba kārtība</h2>
<ol>
<li>Kopsapulces atklāšana, sapulces vadītāja un protokolētāja ievēlēšana</li>
<li>Valdes ziņojums par darbību 2033. gadā – ziņo valdes priekšsēdētājs Jānis Ozoliņš</li>
<li>Revidenta ziņojums un 2033. gada pārskata apstiprināšana</li>
<li>Klastera stratēģija 2034–2038 – prezentē klastera vadītāja Dace Krūmiņa</li>
<li>Biedru naudas apmēra noteikšana 2035. gadam</li>
<li>Valdes locekļu vēlēšanas (divas vietas)</li>
<li>Dažādi jautājumi</li>
</ol>
<p>Pēc kopsapulces plkst. 16.30 notiks biedru tīklošanās pasākums un ekskursija pa Liepājas Universitātes mehatronikas laboratoriju. Pasākumu noslēgs kafija ar klastera partneriem no Klaipēdas.</p>

<h2>Valdes sēde 2034. gada 6. aprīlī</h2>
<p>Pirms kopsapulces ceturtdien, 2034. gada 6. aprīlī, notiks klastera valdes sēde, kurā tiks sagatavoti kopsapulces dokumenti. Iepriekšējā valdes sēdē 2034. gada 23. martā valde nolēma:</p>
<ul>
<li>{KM[0]};</li>
<li>{KM[1]};</li>
<li>{KM[2]};</li>
<li>{KM[3]}.</li>
</ul>

<h2>Valdes sastāvs</h2>
<table>
<tr><th>Amats</th><th>Vārds, uzvārds</th><th>Uzņēmums</th></tr>
<tr><td>Valdes priekšsēdētājs</td><td>Jānis Ozoliņš</td><td>AS "Liepājas Mašīnbūve"</td></tr>
<tr><td>Valdes priekšsēdētāja vietniece</td><td>Inese Liepiņa</td><td>SIA "Kurzemes Metāls"</td></tr>
<tr><td>Valdes loceklis</td><td>Artūrs Vītols</td><td>SIA "Ventspils Tehnoloģijas"</td></tr>
<tr><td>Valdes loceklis</td><td>Raimonds Grīnbergs</td><td>Liepājas Universitāte</td></tr>
<tr><td>Valdes locekle</td><td>Santa Kļaviņa</td><td>SIA "Aizputes Metināšanas Serviss"</td></tr>
</table>
<p>Valdes locekļu Artūra Vītola un Santas Kļaviņas pilnvaras beidzas. Kandidātus var pieteikt līdz 2034. gada 13. aprīlim, nosūtot pieteikumu uz e-pastu valde@kmk.example.lv.</p>

<h2>Dokumenti</h2>
<p>Kopsapulces dokumenti – 2033. gada pārskats, revidenta ziņojums un stratēģijas projekts – biedriem tiks nosūtīti elektroniski līdz 2034. gada 13. aprīlim. Pilnvaras veidlapa ir pieejama biedru sadaļā.</p>

<h2>Citi pasākumi pavasarī</h2>
<ul>
<li><strong>18.05.2034.</strong> – seminārs "Metināšanas robotu drošība" Ventspilī, sadarbībā ar Ventspils Augsto tehnoloģiju parku</li>
<li><strong>08.06.2034.</strong> – Kurzemes un Lietuvas metālapstrādes uzņēmumu kontaktbirža Klaipēdā, ko organizē Klaipēdas Rūpniecības, tirdzniecības un amatniecības kamera un Enterprise Europe Network Latvija</li>
<li><strong>2034. gada septembris</strong> – izstāde "Tech Industry" (Rīga, Ķīpsala) ar klastera kopstendu</li>
</ul>

<h2>Klastera vadītājas vārdi</h2>
<p>"Pagājušajā gadā klasterim pievienojās septiņi jauni biedri, un tagad mūsu biedrībā ir 46 uzņēmumi un četras izglītības un pētniecības iestādes. Kopā ar Liepājas Speciālās ekonomiskās zonas pārvaldi un Latvijas Investīciju un attīstības aģentūru (LIAA) mēs organizējām divas tirdzniecības misijas – uz Zviedriju un Vāciju. Kopsapulcē vēlos kopā ar biedriem pārrunāt, kā nākamajos piecos gados kopīgi risināt darbaspēka trūkumu." – Dace Krūmiņa, klastera vadītāja</p>

<h2>Jaunie biedri</h2>
<p>Ja kopsapulce apstiprinās valdes lēmumu, klasterim pievienosies divi jauni biedri: SIA "Grobiņas Lāzertehnika" (lāzergriešana un lokšņu metāla apstrāde, 28 darbinieki) un Liepājas Valsts tehnikums, kas sagatavo metinātājus, mehatroniķus un CNC operatorus.</p>
<h2>Pilnvaras</h2>
<p>Ja biedrs nevar piedalīties klātienē, tas var pilnvarot citu biedru vai sava uzņēmuma darbinieku. Pilnvara jāiesniedz reģistrācijā pirms kopsapulces sākuma. Viens pilnvarotais var pārstāvēt ne vairāk kā divus biedrus.</p>
<p class="partneri">Partneri: Liepājas Speciālās ekonomiskās zonas pārvalde · Ventspils Augsto tehnoloģiju parks · Liepājas Universitāte · Klaipēdas Rūpniecības, tirdzniecības un amatniecības kamera</p>
<h2>Kontakti</h2>
<p>Ilze Bērziņa, projektu vadītāja<br>info@kmk.example.lv · +371 60 000 000<br>Biedrība "Kurzemes Metālapstrādes klasteris", Rūpniecības iela 00, Liepāja, LV-3401</p>
<p class="dalities">Dalīties: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-pasts</a></p>
</main>
<footer><p>Klastera darbību atbalsta Latvijas Investīciju un attīstības aģentūra no Eiropas Reģionālās attīstības fonda līdzekļiem.</p>
<p>© 2034 Kurzemes Metālapstrādes klasteris · <a href="/privatums">Privātuma politika</a> · <a href="/sikdatnes">Sīkdatņu iestatījumi</a></p></footer>
</body></html>
"""
write(F, T)
K="Kurzemes Metālapstrādes klasteris"
gold(F,
 [P("Ilze Bērziņa","projektu vadītāja",K),
  P("Jānis Ozoliņš","Valdes priekšsēdētājs",K),
  P("Dace Krūmiņa","klastera vadītāja",K),
  P("Inese Liepiņa","Valdes priekšsēdētāja vietniece",K),
  P("Artūrs Vītols","Valdes loceklis",K),
  P("Raimonds Grīnbergs","Valdes loceklis",K),
  P("Santa Kļaviņa","Valdes locekle",K)],
 [O(K,"KMK"), O("Liepājas Universitāte"), O("AS \"Liepājas Mašīnbūve\""), O("SIA \"Kurzemes Metāls\""),
  O("SIA \"Ventspils Tehnoloģijas\""), O("SIA \"Aizputes Metināšanas Serviss\""), O("SIA \"Grobiņas Lāzertehnika\""),
  O("Liepājas Valsts tehnikums"),
  O("Ventspils Augsto tehnoloģiju parks"), O("Klaipēdas Rūpniecības, tirdzniecības un amatniecības kamera"),
  O("Enterprise Europe Network Latvija"), O("Liepājas Speciālās ekonomiskās zonas pārvalde"),
  O("Latvijas Investīciju un attīstības aģentūra","LIAA")],
 [E("biedru kopsapulce","2034-04-20",None,"Liepāja","Latvia"),
  E("biedru tīklošanās pasākums","2034-04-20",None,"Liepāja","Latvia"),
  E("valdes sēde","2034-04-06"),
  E("valdes sēde","2034-03-23"),
  E("seminārs \"Metināšanas robotu drošība\"","2034-05-18",None,"Ventspils","Latvia"),
  E("kontaktbirža","2034-06-08",None,"Klaipēda","Lithuania"),
  E("Tech Industry","2034-09",None,"Rīga","Latvia")],
 ["2034-04-03","2034-04-20","2033","2034/2038","2035","2034-04-06","2034-03-23","2034-09","2034-04-13","2034-05-18","2034-06-08"],
 KM, pub="2034-04-03")
