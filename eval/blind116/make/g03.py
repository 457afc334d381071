from h import *
F = 'g03_valmiera_klastera_kopsapulce.md'
assert wd(2040,2,28)=='Tuesday' and wd(2040,5,22)=='Tuesday' and wd(2040,3,20)=='Tuesday'
T = """# Biedrības "Vidzemes Koka un Mēbeļu klasteris" biedru kopsapulces protokols Nr. 1/2040

**Datums:** 2040. gada 28. februāris (otrdiena), plkst. 14:00–17:15
**Vieta:** Vidzemes Augstskola, Cēsu iela 4, Valmiera, 210. auditorija, un tiešsaistē (MS Teams)
**Protokolē:** Līga Ozoliņa-Kalniņa, klastera projektu koordinatore

## Klātesošie

Kopsapulcē piedalās 21 no 29 biedriem (kvorums ir). Klātienē pārstāvēti, starp citiem:

- SIA "Valmieras Mēbeļu fabrika" – Andris Bērziņš, valdes priekšsēdētājs
- AS "Vidzemes Koks" – Ilze Pētersone-Ruņģe, attīstības direktore
- SIA "Gaujas Dizains" – Kristaps Liepiņš
- Vidzemes Augstskola – asoc. prof. Dace Kalniete
- Valmieras novada pašvaldība – Jānis Zvirbulis, Attīstības pārvaldes vadītājs
- Latvijas Investīciju un attīstības aģentūra (LIAA), Valmieras reģionālais biznesa inkubators – Elīna Strautmane

Pieaicināti: Markus Lehtonen, Wood Cluster Lahti (Somija) klastera vadītājs; Guntars Vītols, Latvijas Kokrūpniecības federācija.

## Darba kārtība

1. Kopsapulces atklāšana, vadītāja un protokolētāja apstiprināšana
2. Valdes ziņojums par 2039. gadu
3. 2039. gada finanšu pārskata apstiprināšana
4. Darbības plāns 2040.–2042. gadam
5. Jaunu biedru uzņemšana
6. Dažādi

## 1. Atklāšana

Kopsapulci atklāj valdes priekšsēdētāja Santa Krūmiņa. Par kopsapulces vadītāju vienbalsīgi ievēl Santu Krūmiņu, par protokolētāju – Līgu Ozoliņu-Kalniņu.

## 2. Valdes ziņojums

Klastera vadītājs Edgars Rozenbergs informē, ka 2039. gadā klasteris organizēja 11 pasākumus ar 640 dalībniekiem. Svarīgākie no tiem bija starptautiskā konference "Koks būvniecībā" Valmierā 2039. gada 14.–15. maijā, pieredzes apmaiņas vizīte uz Lahti (Somija) 2039. gada septembrī un kopīgs stends izstādē "Vide un Enerģija" Rīgā. Klasteris saņēma sudraba sertifikātu (ECEI Silver Label) no Eiropas Klasteru izcilības iniciatīvas 2039. gada novembrī.

Ziņojumā uzsvērts, ka biedru eksporta apjoms 2039. gadā pieauga par 9 %, bet darbaspēka trūkums joprojām ir galvenais izaicinājums.

## 3. Finanšu pārskats

Valdes locekle un grāmatvede Inga Sproģe iepazīstina ar 2039. gada finanšu pārskatu. Ieņēmumi – 186 400 EUR, no tiem 61 % LIAA klasteru programmas finansējums. Revidents Ojārs Dzenis (SIA "Audits Vidzeme") pārskatam sniedzis pozitīvu atzinumu.

## 4. Darbības plāns 2040.–2042. gadam

Edgars Rozenbergs prezentē plāna projektu. Diskusijā Ilze Pētersone-Ruņģe ierosina vairāk uzmanības pievērst koka ēku moduļu ražošanai; Markus Lehtonen stāsta par Lahti klastera pieredzi kopīgā iepirkumā. Jānis Zvirbulis apliecina, ka pašvaldība atbalstīs profesionālās izglītības centra darbnīcu modernizāciju.

Dace Kalniete norāda, ka Vidzemes Augstskola ir gatava kopā ar klasteri izstrādāt īsu tālākizglītības kursu par koka konstrukciju projektēšanu, ja tajā pieteiksies vismaz 15 uzņēmumu darbinieki. Andris Bērziņš atgādina, ka mazākajiem biedriem dalība starptautiskās izstādēs joprojām ir par dārgu, un aicina kopīgos stendus organizēt arī turpmāk. Guntars Vītols informē, ka Latvijas Kokrūpniecības federācija 2040. gada rudenī rīkos nozares eksporta forumu un aicina klasteri piedalīties tā programmas veidošanā. Kopsapulces vadītāja rezumē, ka plāna galīgajā redakcijā jāiekļauj arī darbaspēka piesaistes pasākumi sadarbībā ar profesionālās izglītības iestādēm.

## 5. Jauni biedri

Biedru uzņemšanu lūgušas SIA "Mežmalas CLT" un Rīgas Tehniskās universitātes Cēsu filiāle.

## Lēmumi

Kopsapulce nolemj:

- apstiprināt valdes ziņojumu un 2039. gada finanšu pārskatu
- apstiprināt darbības plānu 2040.–2042. gadam ar grozījumiem par koka moduļu ēkām
- uzņemt biedrībā SIA "Mežmalas CLT" un Rīgas Tehniskās universitātes Cēsu filiāli
- noteikt biedru naudu 2040. gadam 350 EUR apmērā mikrouzņēmumiem un 900 EUR pārējiem biedriem
- uzdot valdei līdz 2040. gada 20. martam iesniegt pieteikumu Interreg Central Baltic programmā kopā ar Wood Cluster Lahti

Balsojums: par – 21, pret – 0, atturas – 0.

## Dažādi

Nākamā biedru kopsapulce notiks 2040. gada 22. maijā (otrdienā) Cēsīs; vieta: RTU Cēsu filiāle, Piebalgas iela 3, Cēsis. Valdes sēde – reizi mēnesī, parasti mēneša pirmajā pirmdienā.

Kopsapulce slēgta plkst. 17:15.

Kopsapulces vadītāja: Santa Krūmiņa ______
Protokolētāja: Līga Ozoliņa-Kalniņa ______
"""
write(F, T)
V = 'Vidzemes Koka un Mēbeļu klasteris'
gold(F,
 [P("Līga Ozoliņa-Kalniņa","projektu koordinatore",V),
  P("Andris Bērziņš","valdes priekšsēdētājs","Valmieras Mēbeļu fabrika"),
  P("Ilze Pētersone-Ruņģe","attīstības direktore","Vidzemes Koks"),
  P("Kristaps Liepiņš",None,"Gaujas Dizains"),
  P("Dace Kalniete","asoc. prof.","Vidzemes Augstskola"),
  P("Jānis Zvirbulis","Attīstības pārvaldes vadītājs","Valmieras novada pašvaldība"),
  P("Elīna Strautmane",None,"Latvijas Investīciju un attīstības aģentūra"),
  P("Markus Lehtonen","klastera vadītājs","Wood Cluster Lahti"),
  P("Guntars Vītols",None,"Latvijas Kokrūpniecības federācija"),
  P("Santa Krūmiņa","valdes priekšsēdētāja",V),
  P("Edgars Rozenbergs","Klastera vadītājs",V),
  P("Inga Sproģe","Valdes locekle",V),
  P("Ojārs Dzenis","Revidents","Audits Vidzeme")],
 [O(V), O("Vidzemes Augstskola"), O("Valmieras Mēbeļu fabrika"), O("Vidzemes Koks"), O("Gaujas Dizains"),
  O("Valmieras novada pašvaldība"), O("Latvijas Investīciju un attīstības aģentūra","LIAA"),
  O("Valmieras reģionālais biznesa inkubators"), O("Wood Cluster Lahti"), O("Latvijas Kokrūpniecības federācija"),
  O("Eiropas Klasteru izcilības iniciatīvas"), O("Audits Vidzeme"), O("Mežmalas CLT"),
  O("Rīgas Tehniskās universitātes Cēsu filiāle")],
 [E("biedru kopsapulce","2040-02-28",None,"Valmiera","Latvia"),
  E("Koks būvniecībā","2039-05-14","2039-05-15","Valmiera","Latvia"),
  E("pieredzes apmaiņas vizīte uz Lahti","2039-09",None,"Lahti","Finland"),
  E("Vide un Enerģija","2039",None,"Rīga","Latvia"),
  E("biedru kopsapulce","2040-05-22",None,"Cēsis","Latvia"),
  E("eksporta forums","2040",None,None,None)],
 ["2040-02-28","2039","2040/2042","2039-05-14/2039-05-15","2039-09","2039-11","2040","2040-03-20","2040-05-22"],
 ["apstiprināt valdes ziņojumu un 2039. gada finanšu pārskatu",
  "apstiprināt darbības plānu 2040.–2042. gadam ar grozījumiem par koka moduļu ēkām",
  "uzņemt biedrībā SIA \"Mežmalas CLT\" un Rīgas Tehniskās universitātes Cēsu filiāli",
  "noteikt biedru naudu 2040. gadam 350 EUR apmērā mikrouzņēmumiem un 900 EUR pārējiem biedriem",
  "uzdot valdei līdz 2040. gada 20. martam iesniegt pieteikumu Interreg Central Baltic programmā kopā ar Wood Cluster Lahti"],
 pub=None)
