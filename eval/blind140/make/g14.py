from h import *
F = 'g14_olaine_farmacijas_forums_secinajumi.html'
assert wd(2042,4,16)=='Wednesday' and wd(2042,5,20)=='Tuesday' and wd(2042,9,10)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="lv"><head><meta charset="utf-8"><title>Foruma secinājumi | Olaines ķīmijas un farmācijas klasteris</title></head>
<body>
<div class="sikdatnes">Šī vietne izmanto sīkdatnes, lai uzlabotu lietošanas pieredzi. <a href="/sikdatnes">Uzzināt vairāk</a> <button>Piekrītu</button></div>
<header><p>Olaines ķīmijas un farmācijas klasteris</p>
<nav><a href="/">Sākums</a> | <a href="/par-mums">Par mums</a> | <a href="/biedri">Biedri</a> | <a href="/projekti">Projekti</a> | <a href="/jaunumi">Jaunumi</a> | <a href="/kontakti">Kontakti</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="cels">Sākums » Jaunumi » 2042</p>
<h1>Farmācijas nākotnes forums 2042: secinājumi un ieteikumi</h1>
<p class="datums">29.04.2042. | Autore: Līga Ozoliņa-Krūmiņa</p>

<p>Trešdien, 2042. gada 16. aprīlī, Olaines Kultūras namā notika jau piektais Farmācijas nākotnes forums, ko rīko Olaines ķīmijas un farmācijas klasteris sadarbībā ar Olaines novada pašvaldību un Latvijas Investīciju un attīstības aģentūru (LIAA). Forumā piedalījās 190 dalībnieki – ražotāju, pētniecības institūtu, augstskolu un valsts iestāžu pārstāvji no Latvijas, Lietuvas, Igaunijas un Somijas.</p>

<p>Forumu atklāja klastera valdes priekšsēdētājs Dr. chem. Andris Kalniņš un Olaines novada domes priekšsēdētāja Inese Bērziņa-Vītola. Ar galveno runu uzstājās Latvijas Organiskās sintēzes institūta direktore prof. Marta Liepiņa, kura stāstīja par jaunu aktīvo vielu izstrādi Baltijā. Savu pieredzi pastāstīja arī Somijas farmācijas klastera Pharma Turku vadītājs Mikko Järvelä.</p>

<p>Paneļdiskusijā „Zaļā ķīmija ražošanā” piedalījās AS „Olainfarm” ražošanas direktors Kaspars Lūsis, Rīgas Tehniskās universitātes profesore Dace Grīnberga un Igaunijas uzņēmuma Tartu Biotech OÜ pārstāve Kadri Mets. Diskusijas dalībnieki atzina, ka šķīdinātāju atkārtota izmantošana un nepārtrauktas plūsmas sintēze jau šodien ļauj samazināt atkritumu apjomu par trešdaļu, taču investīcijas atmaksājas tikai pēc vairākiem gadiem. Lielie ražotāji var atļauties šādus projektus, bet mazajiem uzņēmumiem nepieciešama kopīga infrastruktūra un ārējs finansējums.</p>

<p>Foruma partneri: Olaines novada pašvaldība · Latvijas Investīciju un attīstības aģentūra (LIAA) · Rīgas Tehniskā universitāte · Olaines Mehānikas un tehnoloģijas koledža · Latvijas Organiskās sintēzes institūts · Lietuvas biotehnoloģiju asociācija.</p>

<h2>Foruma programma</h2>
<ul>
<li>09.30 – Reģistrācija un rīta kafija</li>
<li>10.00 – Atklāšana</li>
<li>10.30 – Paneļdiskusija „Zaļā ķīmija ražošanā”</li>
<li>12.30 – Pusdienas</li>
<li>13.30 – Darba grupas: prasmes, piegādes ķēdes, regulējums</li>
<li>16.00 – Secinājumu prezentācija</li>
<li>17.00 – Uzņēmumu apmeklējums: AS „Olainfarm” ražotne</li>
</ul>

<h2>Galvenie secinājumi</h2>
<p>Darba grupu moderatori apkopoja šādus secinājumus:</p>
<ol>
<li>Nozarei trūkst ķīmijas tehnologu un kvalitātes speciālistu; tuvāko piecu gadu laikā būs nepieciešami vismaz 400 jauni darbinieki</li>
<li>Piegādes ķēdes ir pārāk atkarīgas no izejvielām no Āzijas, un uzņēmumiem vajadzīgi Eiropas piegādātāji</li>
<li>Zaļās ķīmijas risinājumi samazina izmaksas, bet maziem uzņēmumiem trūkst līdzekļu pilotiekārtām</li>
<li>Sadarbība ar augstskolām notiek, taču tā balstās uz atsevišķiem cilvēkiem, nevis uz ilgtermiņa līgumiem</li>
</ol>

<h2>Ieteikumi</h2>
<p>Forums aicina valdību un nozari:</p>
<ul>
<li>izveidot kopīgu ķīmijas tehnologu mācību programmu ar Rīgas Tehnisko universitāti un Olaines Mehānikas un tehnoloģijas koledžu</li>
<li>atbalstīt kopīgas pilotiekārtas izveidi Olaines industriālajā parkā</li>
<li>iekļaut farmāciju Latvijas viedās specializācijas stratēģijas prioritātēs nākamajam plānošanas periodam</li>
</ul>

<p>Ekonomikas ministrijas valsts sekretāra vietnieks Edgars Rudzītis forumā apliecināja: „Ekonomikas ministrija ieteikumus izskatīs, gatavojot jaunās stratēģijas projektu.”</p>

<h2>Kas notiks tālāk</h2>
<p>Secinājumi tiks apspriesti klastera biedru kopsapulcē 2042. gada 20. maijā Olainē. Rudenī klasteris rīko mācību vizīti uz Lietuvu (Kauņa, 10. septembris), kur biedri tiksies ar Lietuvas biotehnoloģiju asociāciju. Nākamais, sestais forums paredzēts 2042. gada oktobrī Ogrē.</p>

<p>Iepriekšējie forumi: 2038 (Olaine), 2039 (Rīga), 2040 (Olaine), 2041 (Jelgava).</p>

<h3>Par klasteri</h3>
<p>Olaines ķīmijas un farmācijas klasteris dibināts 2036. gadā. Tajā apvienojušies 34 biedri: zāļu un ķīmisko vielu ražotāji, laboratorijas, loģistikas uzņēmumi, divas augstskolas un Olaines novada pašvaldība. Klastera mērķis ir stiprināt nozares konkurētspēju, piesaistīt jaunus speciālistus un veicināt pētniecības rezultātu ieviešanu ražošanā. Klasteris piedalās arī Baltijas jūras reģiona veselības tehnoloģiju sadarbības tīklā un regulāri organizē biedru pieredzes apmaiņas braucienus uz citām Eiropas valstīm.</p>

<p>Foto: Jānis Vanags-Zariņš. <a href="/galerija/forums-2042">Foto galerija</a> · <a href="/jaunumi">Atpakaļ uz jaunumiem</a></p>
<p>Dalīties: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">X</a></p>
</main>
<footer><p>Biedrība „Olaines ķīmijas un farmācijas klasteris”, Rūpnīcu iela 00, Olaine, LV-2114 · info@okfk.example.lv · Projektu līdzfinansē Eiropas Reģionālās attīstības fonds</p></footer>
</body></html>
"""
write(F, T)
K="Olaines ķīmijas un farmācijas klasteris"
gold(F,
 [P("Līga Ozoliņa-Krūmiņa",None,None),
  P("Andris Kalniņš","valdes priekšsēdētājs",K),
  P("Inese Bērziņa-Vītola","priekšsēdētāja","Olaines novada domes"),
  P("Marta Liepiņa","direktore","Latvijas Organiskās sintēzes institūta"),
  P("Mikko Järvelä","vadītājs","Pharma Turku"),
  P("Edgars Rudzītis","valsts sekretāra vietnieks","Ekonomikas ministrijas"),
  P("Jānis Vanags-Zariņš",None,None),
  P("Kaspars Lūsis","ražošanas direktors","AS „Olainfarm”"),
  P("Dace Grīnberga","profesore","Rīgas Tehniskās universitātes"),
  P("Kadri Mets","pārstāve","Tartu Biotech OÜ")],
 [O("Biedrība „Olaines ķīmijas un farmācijas klasteris”"), O("Olaines novada pašvaldība"),
  O("Latvijas Investīciju un attīstības aģentūra","LIAA"), O("Olaines novada domes"), O("Latvijas Organiskās sintēzes institūts"),
  O("Pharma Turku"), O("AS „Olainfarm”"), O("Rīgas Tehniskā universitāte"), O("Olaines Mehānikas un tehnoloģijas koledža"),
  O("Ekonomikas ministrija"), O("Lietuvas biotehnoloģiju asociācija"), O("Tartu Biotech OÜ")],
 [E("Farmācijas nākotnes forums 2042","2042-04-16",None,"Olaine","Latvia"),
  E("Uzņēmumu apmeklējums","2042-04-16",None,"Olaine","Latvia"),
  E("biedru kopsapulce","2042-05-20",None,"Olaine","Latvia"),
  E("mācību vizīte","2042-09-10",None,"Kauņa","Lithuania"),
  E("Farmācijas nākotnes forums","2042-10",None,"Ogrē","Latvia"),
  E("Farmācijas nākotnes forums","2038",None,"Olaine","Latvia"),
  E("Farmācijas nākotnes forums","2039",None,"Rīga","Latvia"),
  E("Farmācijas nākotnes forums","2040",None,"Olaine","Latvia"),
  E("Farmācijas nākotnes forums","2041",None,"Jelgava","Latvia")],
 ["2042-04-29","2042-04-16","2042-05-20","2042-09-10","2042-10","2038","2039","2040","2041","2036"],
 ["Nozarei trūkst ķīmijas tehnologu un kvalitātes speciālistu; tuvāko piecu gadu laikā būs nepieciešami vismaz 400 jauni darbinieki",
  "Piegādes ķēdes ir pārāk atkarīgas no izejvielām no Āzijas, un uzņēmumiem vajadzīgi Eiropas piegādātāji",
  "Zaļās ķīmijas risinājumi samazina izmaksas, bet maziem uzņēmumiem trūkst līdzekļu pilotiekārtām",
  "Sadarbība ar augstskolām notiek, taču tā balstās uz atsevišķiem cilvēkiem, nevis uz ilgtermiņa līgumiem",
  "izveidot kopīgu ķīmijas tehnologu mācību programmu ar Rīgas Tehnisko universitāti un Olaines Mehānikas un tehnoloģijas koledžu",
  "atbalstīt kopīgas pilotiekārtas izveidi Olaines industriālajā parkā",
  "iekļaut farmāciju Latvijas viedās specializācijas stratēģijas prioritātēs nākamajam plānošanas periodam"],
 pub="2042-04-29")
