from h import *
F = 'em-gov-lv_preses-relize_klasteru-programma-2034.html'
T = '''<!DOCTYPE html>
<html lang="lv"><head><meta charset="utf-8"><title>Ekonomikas ministrija atver klasteru programmas jauno kārtu | Ekonomikas ministrija</title></head>
<body>
<div class="cookie-bar">Šī vietne izmanto sīkdatnes, lai uzlabotu lietošanas pieredzi. <a href="/lv/sikdatnes">Uzzināt vairāk</a> <button>Piekrītu</button></div>
<header><a href="/lv" class="logo">Latvijas Republikas Ekonomikas ministrija</a>
<nav><a href="/lv/ministrija">Ministrija</a> · <a href="/lv/darbibas-jomas">Darbības jomas</a> · <a href="/lv/jaunumi">Jaunumi</a> · <a href="/lv/kontakti">Kontakti</a> · <a href="/en">EN</a></nav></header>
<main>
<div class="crumbs">Sākums / Jaunumi / Preses relīzes</div>
<article>
<p class="date">06.03.2034.</p>
<h1>Ekonomikas ministrija atver klasteru programmas jauno kārtu – 14 miljoni eiro nozaru sadarbībai reģionos</h1>

<p><strong>Ekonomikas ministrija šodien, 2034. gada 6. martā, izsludināja klasteru programmas trešo kārtu. Tās kopējais
finansējums ir 14 miljoni eiro no Eiropas Reģionālās attīstības fonda un valsts budžeta. Pirmo reizi programmā būs
atsevišķa kvota klasteriem, kuru koordinators atrodas ārpus Rīgas, – vismaz 40 procenti no finansējuma.</strong></p>

<p>Klasteru programmu īsteno Latvijas Investīciju un attīstības aģentūra (LIAA) sadarbībā ar Centrālo finanšu un līgumu
aģentūru (CFLA). Projektu iesniegumus varēs iesniegt no 2034. gada 4. aprīļa līdz 15. maijam. Vienam klasterim maksimālais
atbalsts būs 900 000 eiro, un projektu īstenošanas ilgums būs līdz četriem gadiem, līdz 2038. gada 31. martam.</p>

<p>„Latvijas eksports aug tur, kur uzņēmumi sadarbojas. Klasteri Kurzemē, Zemgalē un Latgalē ir pierādījuši, ka arī
mazie uzņēmumi var iekļūt starptautiskās vērtību ķēdēs, ja tiem palīdz kopīgi meklēt partnerus, apmācīt darbiniekus un
kopīgi ieguldīt pētniecībā. Tāpēc šoreiz apzināti atbalstām reģionus,” uzsver ekonomikas ministre Evita Kalniņa-Rudzīte.</p>

<p>Ministrijas valsts sekretārs Juris Ziediņš norāda, ka programmas trešā kārta ir sagatavota, ņemot vērā iepriekšējo
kārtu izvērtējumu: „Izvērtējums parādīja, ka klasteri, kas piedalījās starptautiskos projektos, palielināja biedru
eksportu gandrīz divreiz ātrāk nekā pārējie. Tāpēc jaunajā kārtā lielāku punktu skaitu saņems projekti ar skaidru
internacionalizācijas plānu un sadarbību ar citu Eiropas valstu klasteriem.”</p>

<h2>Kas jauns trešajā kārtā</h2>
<ul>
<li>reģionālā kvota – vismaz 40 % finansējuma klasteriem ar koordinatoru ārpus Rīgas;</li>
<li>atbalsts klasteru vadības komandu apmācībai, tostarp Eiropas klasteru izcilības sertifikācijai;</li>
<li>iespēja finansēt kopīgas biedru dalības starptautiskās izstādēs un tirdzniecības misijās;</li>
<li>vienkāršotas izmaksas personāla atalgojumam.</li>
</ul>

<p>Ministrijas Inovācijas un tehnoloģiju departamenta direktore Dr. Inese Vanaga-Krūze skaidro, ka programmā var
piedalīties biedrības un nodibinājumi, kas apvieno vismaz 15 komersantus, kā arī pētniecības un izglītības iestādes.
„Mēs sagaidām gan esošo klasteru pieteikumus, gan jaunas iniciatīvas. Īpaši aicinām pieteikties nozarēm, kas saistītas ar
enerģētikas pārkārtošanu, aizsardzības industriju un pārtikas ražošanu,” norāda departamenta direktore.</p>

<p>LIAA direktors Kārlis Balodis-Bērziņš informē, ka aģentūra rīkos informatīvos seminārus potenciālajiem
pieteicējiem. Pirmais seminārs notiks 2034. gada 22. martā Rīgā, LIAA telpās Pērses ielā 2, bet reģionālie semināri –
28. martā Liepājā un 30. martā Jelgavā. Semināri būs pieejami arī tiešsaistē.</p>

<h2>Iepriekšējo kārtu rezultāti</h2>
<p>Klasteru programmas pirmajā kārtā (2016–2023) tika atbalstīti 14 klasteri, bet otrajā kārtā (2024–2030) – 17 klasteri
ar vairāk nekā 1100 biedriem. Atbalstu saņēma, piemēram, Kurzemes Jūras tehnoloģiju klasteris Liepājā un Zemgales
agrotehnoloģiju un pārtikas klasteris Jelgavā. Kurzemes klastera vadītāja Ilze Bērziņa-Kalniņa atzīst, ka programmas
atbalsts palīdzējis klasterim piesaistīt divus Interreg projektus un izveidot apmācību programmu kuģu remontam.
„Bez šī atbalsta mēs nebūtu varējuši nodarbināt projektu vadītāju un meklēt partnerus ārvalstīs,” saka klastera
vadītāja.</p>

<p>Latvijas Klasteru tīkla valdes priekšsēdētājs Andris Rozenbergs jauno kārtu vērtē atzinīgi: „Reģionālā kvota ir
ilgi gaidīts lēmums. Klasteri reģionos strādā ar mazākiem budžetiem, bet to ietekme uz vietējo ekonomiku ir ļoti
liela.”</p>

<h2>Par programmu</h2>
<p>Klasteru programma ir daļa no Viedās specializācijas stratēģijas (RIS3) īstenošanas. Programmas mērķis ir veicināt
komersantu, pētniecības un izglītības iestāžu sadarbību, lai palielinātu mazo un vidējo komersantu konkurētspēju,
eksportu un inovācijas. Programmas noteikumus Ministru kabinets apstiprināja 2034. gada 27. februārī.</p>

<p>Pieteikumus vērtēs LIAA izveidota vērtēšanas komisija, kurā būs pārstāvji no ministrijas, aģentūras un neatkarīgi
eksperti. Vērtēšanā ņems vērā klastera stratēģijas kvalitāti, biedru skaitu un daudzveidību, sadarbību ar pētniecības
iestādēm un plānoto ietekmi uz eksportu. Lēmumus par finansējuma piešķiršanu plānots pieņemt līdz 2034. gada beigām, lai
projekti varētu sākt darbu 2035. gada sākumā.</p>

<p>Sīkāka informācija par programmu un pieteikšanās kārtību pieejama LIAA tīmekļvietnē.</p>

<p class="contact">Informāciju sagatavoja:<br>
Sanda Liepiņa<br>
Ekonomikas ministrijas Komunikācijas nodaļas vadītāja<br>
Tālr.: +371 670 00 000<br>
E-pasts: prese@em.example</p>
</article>
<p class="share">Dalīties: Facebook · X · LinkedIn · Drukāt</p>
</main>
<footer>© Ekonomikas ministrija · Brīvības iela 55, Rīga, LV-1519 · <a href="/lv/privatuma-politika">Privātuma politika</a> · <a href="/lv/pieejamiba">Piekļūstamība</a></footer>
</body></html>
'''
write(F, T)
EM = 'Latvijas Republikas Ekonomikas ministrija'
gold(F, [
 P('Evita Kalniņa-Rudzīte', 'ekonomikas ministre', EM),
 P('Juris Ziediņš', 'valsts sekretārs', EM),
 P('Inese Vanaga-Krūze', 'Inovācijas un tehnoloģiju departamenta direktore', EM),
 P('Kārlis Balodis-Bērziņš', 'LIAA direktors', 'Latvijas Investīciju un attīstības aģentūra'),
 P('Ilze Bērziņa-Kalniņa', 'Kurzemes klastera vadītāja', 'Kurzemes Jūras tehnoloģiju klasteris'),
 P('Andris Rozenbergs', 'valdes priekšsēdētājs', 'Latvijas Klasteru tīkla'),
 P('Sanda Liepiņa', 'Ekonomikas ministrijas Komunikācijas nodaļas vadītāja', EM),
],[
 O(EM), O('Latvijas Investīciju un attīstības aģentūra', 'LIAA'), O('Centrālo finanšu un līgumu aģentūru', 'CFLA'),
 O('Kurzemes Jūras tehnoloģiju klasteris'), O('Zemgales agrotehnoloģiju un pārtikas klasteris'),
 O('Latvijas Klasteru tīkla'), O('Ministru kabinets'),
],[
 E('informatīvais seminārs', '2034-03-22', '2034-03-22', 'Rīga', 'Latvia'),
 E('reģionālais seminārs Liepājā', '2034-03-28', '2034-03-28', 'Liepājā', 'Latvia'),
 E('reģionālais seminārs Jelgavā', '2034-03-30', '2034-03-30', 'Jelgavā', 'Latvia'),
],['2034-03-06','2034-04-04/2034-05-15','2038-03-31','2034-03-22','2034-03-28','2034-03-30','2016/2023','2024/2030','2034-02-27','2034','2035'], pub='2034-03-06')
