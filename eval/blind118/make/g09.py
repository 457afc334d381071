from h import *
F = 'g09_valmiera_koka_klasteris.html'
assert wd(2035,9,18)=='Tuesday' and wd(2035,10,4)=='Thursday' and wd(2035,9,10)=='Monday'
T = """<!DOCTYPE html>
<html lang="lv"><head><meta charset="utf-8"><title>Pasākumi – Vidzemes Koka klasteris</title></head>
<body>
<div class="top">Sākums | Par klasteri | Biedri | Projekti | <b>Pasākumi</b> | Kontakti | EN</div>
<div class="cookies">Šī vietne izmanto sīkdatnes. <a href="#">Piekrītu</a></div>
<main>
<h1>Rudens pasākumi 2035</h1>
<p><i>Publicēts 27.08.2035. | Autore: Līga Bērziņa-Ozola</i></p>

<p>Biedrība "Vidzemes Koka klasteris" kopā ar Vidzemes plānošanas reģionu un Vidzemes Augstskolu aicina biedrus un partnerus uz rudens pasākumiem. Pasākumi notiek Valmierā un Cēsīs, daļa – tiešsaistē. Dalība biedriem ir bez maksas; pārējiem dalības maksa ir 40 eiro. Reģistrācija līdz 10. septembrim. Vietu skaits ir ierobežots, tādēļ lūdzam nekavēties.</p>

<h2>1. Koka būvniecības forums "Koks pilsētā"</h2>
<p><b>Otrdien, 18. septembrī, Valmieras Kultūras centrā</b></p>
<ul>
<li>10:00 Atklāšana – klastera valdes priekšsēdētājs Edgars Kalniņš un Valmieras novada pašvaldības priekšsēdētāja vietniece Inese Krūmiņa-Lapsa</li>
<li>10:30 Daudzstāvu koka ēkas Ziemeļvalstīs – Mikael Sundqvist, Träbyggnadskansliet (Zviedrija), projektu vadītājs</li>
<li>11:30 CLT paneļi Latvijas kokā – pētnieks Artūrs Grīnbergs, Latvijas Valsts mežzinātnes institūts "Silava"</li>
<li>13:00 Pusdienas</li>
<li>14:00 Uzņēmumu vizīte: SIA "Valmieras Koka Nami" ražotne</li>
<li>17:00 Klastera biedru kopsapulce</li>
</ul>

<p>Forums "Koks pilsētā" šogad notiek jau piekto reizi. Tā mērķis ir pārliecināt pašvaldības, arhitektus un attīstītājus, ka koka ēkas var būt ne tikai privātmājas, bet arī skolas, bērnudārzi un daudzdzīvokļu nami. Pēc atklāšanas dalībnieki varēs apskatīt biedru uzņēmumu izstādi kultūras centra foajē. Uzņēmumu vizītei uz ražotni dalībnieki dosies ar autobusu, kas atiet no kultūras centra plkst. 13:45. Kopsapulcē biedri apstiprinās 2034. gada pārskatu un ievēlēs divus jaunus valdes locekļus.</p>

<h2>2. Vebinārs par ES finansējumu kokrūpniecībai</h2>
<p><b>Ceturtdien, 4. oktobrī, 10:00–11:30, tiešsaistē</b></p>
<p>Vebinārā Latvijas Investīciju un attīstības aģentūras (LIAA) eksperte Dace Zariņa stāstīs par pieejamajiem atbalsta instrumentiem, un Enterprise Europe Network Latvija pārstāvis Jānis Pētersons – par partneru meklēšanu citās valstīs. Vebināra otrajā daļā divi klastera biedri dalīsies pieredzē, kā viņi sagatavoja pieteikumus un ko darītu citādi, ja rakstītu tos vēlreiz. Jautājumus var uzdot tērzētavā vai iesūtīt iepriekš. Saite uz vebināru tiks nosūtīta reģistrētajiem dalībniekiem dienu iepriekš, bet ieraksts pēc tam būs pieejams biedru sadaļā.</p>

<h2>3. Pieredzes brauciens uz Somiju</h2>
<p><b>No 29. oktobra līdz 1. novembrim</b></p>
<p>Brauciena laikā apmeklēsim Lahti un Jiveskilu. Mūs uzņems somu klasteris Puuinfo Oy un Jiveskilas Universitāte. Grupā ne vairāk kā 20 dalībnieku. Programmā paredzētas vizītes trīs rūpnīcās, kas ražo moduļu mājas un koka karkasa elementus, kā arī tikšanās ar Lahti pilsētas būvvaldi. Ceļa izdevumus daļēji sedz projekts WOOD-BSR.</p>

<h2>Iepriekšējo gadu forumi</h2>
<ul>
<li>Forums "Koks pilsētā 2034" – 2034. gada 12. septembris, Cēsis</li>
<li>Forums "Koks pilsētā 2033" – 2033. gada 20.–21. septembris, Valmiera</li>
<li>Pirmais forums notika 2031. gadā, kad klasteris tika dibināts.</li>
</ul>

<h2>2034. gada foruma secinājumi</h2>
<p>Pagājušā gada forumā dalībnieki vienojās par šādiem secinājumiem:</p>
<ol>
<li>Latvijas būvnormatīvi jāpielāgo daudzstāvu koka ēkām, sekojot Somijas un Zviedrijas piemēram</li>
<li>Klasterim jāveido kopīgs koka būvniecības mācību centrs kopā ar profesionālajām skolām</li>
<li>Pašvaldībām publiskajos iepirkumos jāvērtē ēku oglekļa pēda</li>
</ol>
<p>Šie secinājumi tika nosūtīti Ekonomikas ministrijai un iekļauti klastera stratēģijā 2035.–2039. gadam.</p>

<h2>Partneri</h2>
<p>Vidzemes plānošanas reģions · Vidzemes Augstskola · Valmieras novada pašvaldība · Latvijas Investīciju un attīstības aģentūra · Ekonomikas ministrija · Enterprise Europe Network Latvija</p>

<h2>Par klasteri</h2>
<p>Biedrība "Vidzemes Koka klasteris" apvieno 46 biedrus – mežizstrādes un kokapstrādes uzņēmumus, mēbeļu ražotājus, dizaina birojus un izglītības iestādes. Klasteris darbojas kopš 2031. gada, un to atbalsta Latvijas Investīciju un attīstības aģentūra klasteru programmas ietvaros. Klasteris ir Interreg Baltijas jūras reģiona projekta WOOD-BSR partneris.</p>
<p>Kontaktpersona: Līga Bērziņa-Ozola, klastera vadītāja, tālr. +371 20000000, e-pasts: info@kokaklasteris.example.lv</p>
<p><a href="#">Lasīt vairāk</a> · Dalīties: Facebook | LinkedIn | X</p>
</main>
<footer>© 2035 Biedrība "Vidzemes Koka klasteris", Rīgas iela 1, Valmiera, LV-4201 · Privātuma politika</footer>
</body></html>
"""
assert wd(2034,9,12)=='Tuesday'
write(F, T)
V = 'Biedrība "Vidzemes Koka klasteris"'
gold(F,
 [P("Līga Bērziņa-Ozola","klastera vadītāja",V),
  P("Edgars Kalniņš","valdes priekšsēdētājs",V),
  P("Inese Krūmiņa-Lapsa","priekšsēdētāja vietniece","Valmieras novada pašvaldība"),
  P("Mikael Sundqvist","projektu vadītājs","Träbyggnadskansliet"),
  P("Artūrs Grīnbergs","pētnieks",'Latvijas Valsts mežzinātnes institūts "Silava"'),
  P("Dace Zariņa","eksperte","Latvijas Investīciju un attīstības aģentūra"),
  P("Jānis Pētersons","pārstāvis","Enterprise Europe Network Latvija")],
 [O(V), O("Vidzemes plānošanas reģions"), O("Vidzemes Augstskola"), O("Valmieras novada pašvaldība"), O("Träbyggnadskansliet"),
  O('Latvijas Valsts mežzinātnes institūts "Silava"'), O('SIA "Valmieras Koka Nami"'), O("Latvijas Investīciju un attīstības aģentūra","LIAA"),
  O("Enterprise Europe Network Latvija"), O("Puuinfo Oy"), O("Jiveskilas Universitāte"), O("Lahti pilsētas būvvaldi"), O("Ekonomikas ministrija")],
 [E('Koka būvniecības forums "Koks pilsētā"',"2035-09-18",None,"Valmiera","Latvia"),
  E("Uzņēmumu vizīte","2035-09-18",None,None,"Latvia"),
  E("Klastera biedru kopsapulce","2035-09-18",None,"Valmiera","Latvia"),
  E("Vebinārs par ES finansējumu kokrūpniecībai","2035-10-04",None,None,None),
  E("Pieredzes brauciens uz Somiju","2035-10-29","2035-11-01",None,"Finland"),
  E('Forums "Koks pilsētā 2034"',"2034-09-12",None,"Cēsis","Latvia"),
  E('Forums "Koks pilsētā 2033"',"2033-09-20","2033-09-21","Valmiera","Latvia"),
  E("Pirmais forums","2031",None,None,None)],
 ["2035","2035-08-27","2035-09-10","2035-09-18","2035-10-04","2035-10-29/2035-11-01","2034-09-12","2033-09-20/2033-09-21","2031","2035/2039"],
 ["Latvijas būvnormatīvi jāpielāgo daudzstāvu koka ēkām, sekojot Somijas un Zviedrijas piemēram",
  "Klasterim jāveido kopīgs koka būvniecības mācību centrs kopā ar profesionālajām skolām",
  "Pašvaldībām publiskajos iepirkumos jāvērtē ēku oglekļa pēda"],
 pub="2035-08-27")
