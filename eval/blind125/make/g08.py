from h import *
F = 'g08_pieriga_klasteru_petijums.html'
assert wd(2042,4,16)=='Wednesday' and wd(2042,5,7)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="lv"><head><meta charset="utf-8"><title>Pētījums par klasteriem Pierīgā – kopsavilkums | Rīgas plānošanas reģions</title></head>
<body>
<div id="sikdatnes">Šī vietne izmanto sīkdatnes. <a href="#">Uzzināt vairāk</a> <button>Piekrītu</button></div>
<header><p>Rīgas plānošanas reģions</p>
<nav><a href="/">Sākums</a> | <a href="/par-mums">Par mums</a> | <a href="/uznemejdarbiba">Uzņēmējdarbība</a> | <a href="/projekti">Projekti</a> | <a href="/jaunumi">Jaunumi</a> | <a href="/en">EN</a></nav></header>
<main>
<p>Sākums / Jaunumi / Pētījumi</p>
<h1>Pētījums: Pierīgas klasteri aug, bet sadarbība ar zinātni joprojām vāja</h1>
<p class="meta">Publicēts: 22.04.2042. | Autors: Rīgas plānošanas reģiona Attīstības nodaļa</p>
<p>Rīgas plānošanas reģions (RPR) ir saņēmis pētījuma „Klasteru loma Pierīgas ekonomikas transformācijā” gala ziņojumu. Pētījumu no 2041. gada oktobra līdz 2042. gada martam veica SIA „Baltijas Politikas Pētījumu Centrs” sadarbībā ar Latvijas Universitāti. Tajā aplūkoti septiņi klasteri, kuru dalībnieki darbojas Siguldā, Ogrē, Jūrmalā, Salaspilī un Mārupē, tostarp Latvijas Kokrūpniecības klasteris, Pierīgas Pārtikas klasteris un Latvijas Informācijas un komunikāciju tehnoloģiju asociācijas (LIKTA) vadītais IKT klasteris.</p>
<p>Pētījuma rezultāti tika prezentēti diskusijā Siguldā trešdien, 2042. gada 16. aprīlī, kurā piedalījās 64 uzņēmēji, pašvaldību un augstskolu pārstāvji. Diskusiju vadīja RPR administrācijas vadītāja Dace Ozoliņa-Bērziņa.</p>
<p>„Klasteri Pierīgā pēdējos piecos gados ir kļuvuši profesionālāki, bet tie joprojām strādā katrs savā nozarē,” sacīja pētījuma vadītājs Dr. oec. Aivars Kalniņš. Viņš uzsvēra, ka tikai trīs no septiņiem klasteriem ir kopīgi projekti ar universitātēm vai zinātniskajiem institūtiem.</p>
<h2>Pētījumā aplūkotie klasteri</h2>
<ul>
<li>Latvijas Kokrūpniecības klasteris (Ogre) – 96 dalībnieki</li>
<li>Pierīgas Pārtikas klasteris (Mārupe) – 74 dalībnieki</li>
<li>IKT klasteris (Rīga, Jūrmala) – 112 dalībnieki</li>
<li>Veselības tūrisma klasteris „Jūrmala Wellness” – 38 dalībnieki</li>
<li>Baltijas Loģistikas klasteris (Salaspils) – 51 dalībnieks</li>
<li>Gaujas Dizaina un amatniecības klasteris (Sigulda) – 29 dalībnieki</li>
<li>Latvijas Būvniecības inovāciju klasteris – 55 dalībnieki</li>
</ul>
<p>Visvairāk jaunu dalībnieku pēdējos gados pievienojies IKT klasterim un loģistikas klasterim, savukārt dizaina un amatniecības klasteris saskaras ar grūtībām piesaistīt finansējumu pastāvīgam vadītājam. Pētnieki atzīmē, ka vairāki uzņēmumi ir vienlaikus divu vai trīs klasteru biedri, taču kopīgus projektus starp klasteriem gandrīz neīsteno.</p>
<h2>Metode</h2>
<p>Pētnieki aptaujāja 287 klasteru dalībniekus (atbildes sniedza 41 %), veica 22 padziļinātas intervijas un analizēja klasteru finanšu pārskatus par 2037.–2041. gadu. Salīdzinājumam tika izmantota Igaunijas klasteru programmas izvērtēšana, ko 2040. gadā veica Tartu Universitāte.</p>
<h2>Galvenie secinājumi</h2>
<ul>
<li>Klasteru dalībnieku skaits piecos gados pieaudzis no 318 līdz 455 uzņēmumiem</li>
<li>Lielākā daļa klasteru finansējuma joprojām ir īstermiņa projektu nauda, tādēļ klasteru vadītāji bieži mainās</li>
<li>Mazie uzņēmumi klasterī visvairāk novērtē kopīgu dalību izstādēs un eksporta misijās</li>
<li>Sadarbība starp dažādu nozaru klasteriem ir reta, lai gan uzņēmumi to vēlas</li>
</ul>
<h2>Ieteikumi</h2>
<ol>
<li>RPR kopā ar Latvijas Investīciju un attīstības aģentūru (LIAA) izveido reģionālu klasteru koordinācijas padomi</li>
<li>Pašvaldības piešķir klasteriem ilgtermiņa līdzfinansējumu vismaz trim gadiem</li>
<li>Rīkot ikgadēju starpnozaru klasteru dienu Pierīgā</li>
<li>Iekļaut klasterus reģiona viedās specializācijas stratēģijas 2042.–2048. gada uzraudzībā</li>
</ol>
<p>Diskusijā piedalījās arī LIAA Klasteru programmas vadītājs Māris Vītols un Siguldas novada domes priekšsēdētājs Edgars van Houten-Liepiņš, kurš aicināja pirmo klasteru dienu sarīkot Siguldā. Latvijas Kokrūpniecības klastera valdes locekle Inese Grīnberga norādīja, ka kokrūpniecības uzņēmumi jau šobrīd meklē partnerus IKT nozarē.</p>
<p>Pēc diskusijas dalībnieki vienojās, ka pirmais solis būtu kopīga klasteru vadītāju tikšanās, kurā tiktu salīdzināti darba plāni un meklētas kopīgas tēmas, piemēram, darbaspēka piesaiste, energoefektivitāte un digitalizācija. Vairāki uzņēmēji norādīja, ka viņiem pietrūkst informācijas par citu nozaru klasteru piedāvājumu, un ierosināja izveidot kopīgu klasteru kalendāru reģiona tīmekļvietnē. Šo ideju atbalstīja arī pašvaldību pārstāvji no Ogres, Salaspils un Mārupes novada.</p>
<p>Ieteikumus RPR attīstības padome izskatīs sēdē 2042. gada 7. maijā. Pilns ziņojums (112 lpp.) pieejams sadaļā „Pētījumi”.</p>
<p>Kontaktpersona: Laura Siliņa, projektu vadītāja, tālr. 67 000 000</p>
<p>Dalīties: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> · <a href="/jaunumi">Atpakaļ uz jaunumiem</a></p>
</main>
<footer><p>Rīgas plānošanas reģions · Zigfrīda Annas Meierovica bulv. 18, Rīga · <a href="#">Privātuma politika</a></p></footer>
</body></html>
"""
write(F, T)
R="Rīgas plānošanas reģions"
gold(F,
 [P("Dace Ozoliņa-Bērziņa","administrācijas vadītāja",R),
  P("Aivars Kalniņš","pētījuma vadītājs","SIA „Baltijas Politikas Pētījumu Centrs”"),
  P("Māris Vītols","Klasteru programmas vadītājs","LIAA"),
  P("Edgars van Houten-Liepiņš","priekšsēdētājs","Siguldas novada domes"),
  P("Inese Grīnberga","valdes locekle","Latvijas Kokrūpniecības klasteris"),
  P("Laura Siliņa","projektu vadītāja",R)],
 [O(R,"RPR"), O("Attīstības nodaļa"), O("SIA „Baltijas Politikas Pētījumu Centrs”"), O("Latvijas Universitāti"),
  O("Latvijas Kokrūpniecības klasteris"), O("Pierīgas Pārtikas klasteris"),
  O("Latvijas Informācijas un komunikāciju tehnoloģiju asociācijas","LIKTA"), O("IKT klasteris"), O("Veselības tūrisma klasteris „Jūrmala Wellness”"), O("Baltijas Loģistikas klasteris"),
  O("Gaujas Dizaina un amatniecības klasteris"), O("Latvijas Būvniecības inovāciju klasteris"),
  O("Tartu Universitāte"), O("Latvijas Investīciju un attīstības aģentūru","LIAA"), O("Siguldas novada domes"),
  O("attīstības padome")],
 [E("diskusija","2042-04-16",None,"Sigulda","Latvia"),
  E("sēde","2042-05-07",None,None,None)],
 ["2042-04-22","2041-10/2042-03","2042-04-16","2037/2041","2040","2042/2048","2042-05-07"],
 ["Klasteru dalībnieku skaits piecos gados pieaudzis no 318 līdz 455 uzņēmumiem",
  "Lielākā daļa klasteru finansējuma joprojām ir īstermiņa projektu nauda, tādēļ klasteru vadītāji bieži mainās",
  "Mazie uzņēmumi klasterī visvairāk novērtē kopīgu dalību izstādēs un eksporta misijās",
  "Sadarbība starp dažādu nozaru klasteriem ir reta, lai gan uzņēmumi to vēlas",
  "RPR kopā ar Latvijas Investīciju un attīstības aģentūru (LIAA) izveido reģionālu klasteru koordinācijas padomi",
  "Pašvaldības piešķir klasteriem ilgtermiņa līdzfinansējumu vismaz trim gadiem",
  "Rīkot ikgadēju starpnozaru klasteru dienu Pierīgā",
  "Iekļaut klasterus reģiona viedās specializācijas stratēģijas 2042.–2048. gada uzraudzībā"],
 pub="2042-04-22")
