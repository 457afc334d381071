from h import *
F = 'g07_jekabpils_koka_klasteris_partneru_tiksanas.md'
assert wd(2040,3,14)=='Wednesday' and wd(2040,3,15)=='Thursday' and wd(2040,4,17)=='Tuesday' and wd(2040,2,27)=='Monday'
T = """Sākums › Jaunumi › Projekti

# Jēkabpilī notika projekta WOODLINK partneru tikšanās

**Publicēts: 21.03.2040. | Autore: Laura Ozoliņa | Foto: Edgars Kalniņš**

Kopīgot: Facebook · LinkedIn · E-pasts

No 14. līdz 15. martam Jēkabpilī notika Interreg Baltijas jūras reģiona programmas projekta WOODLINK trešā partneru tikšanās. Biedrība „Sēlijas Koka Klasteris” to rīkoja kopā ar Jēkabpils novada pašvaldību. Tikšanās pulcēja 38 dalībniekus no Latvijas, Lietuvas, Somijas, Zviedrijas un Polijas. Šī bija pirmā reize, kad projekta partneri tikās Latvijā, un daudzi viesi Sēlijas novadu apmeklēja pirmo reizi, tāpēc programmā tika iekļautas arī vizītes uzņēmumos.

## Programma

**Trešdiena, 14. marts 2040.**

- 9:30 – Reģistrācija un kafija
- 10:00 – Atklāšana. Uzrunas: Jēkabpils novada pašvaldības vadītājs **Raimonds Vītoliņš** un klastera valdes priekšsēdētāja **Dace Bērziņa-Lūse**
- 10:30 – Projekta vadības sanāksme (vada projekta vadītājs **Mikael Lindqvist**, Skogsindustriernas Innovationskluster, Sundsvall)
- 13:00 – Pusdienas
- 14:00 – Darbnīca „Koka māju eksports uz Skandināviju”
- 16:30 – Uzņēmumu vizīte SIA „Sēlijas Mājas” ražotnē
- 19:00 – Partneru vakariņas restorānā „Daugavkrasts”

**Ceturtdiena, 15. marts 2040.**

- 9:00 – Pieredzes apmaiņa: klasteru vadības kvalitāte (ievads – **Dr. Rūta Žemaitytė-Kazlauskienė**, Lietuvos inovacijų centras)
- 11:00 – Vizīte Latvijas Valsts mežzinātnes institūta „Silava” izmēģinājumu stacijā
- 13:00 – Noslēgums un nākamo soļu apspriešana

Pirmās dienas darbnīcā piedalījās arī 12 Sēlijas uzņēmumi. Zviedrijas partneri stāstīja, ka Skandināvijas pircēji arvien biežāk prasa koka mājas ar oglekļa pēdas aprēķinu un ilgtspējīgas mežsaimniecības sertifikātu. Vairāki Latvijas ražotāji atzina, ka šādus aprēķinus līdz šim nav veikuši, tāpēc klasteris kopā ar institūtu „Silava” rudenī piedāvās praktiskas apmācības. Vakariņās partneri pārrunāja arī iespējas kopīgi pieteikties jaunam projektam pēc 2041. gada.

## Par projektu

WOODLINK (2038–2041) palīdz koksnes apstrādes klasteriem Baltijas jūras reģionā kopīgi iziet jaunos tirgos. Projektā piedalās astoņi partneri, tostarp Kaunas Wood Cluster, Puuinfo Oy no Helsinkiem un Polijas Klaster Drzewny Warmii i Mazur (Olsztyn). Latvijā projektu līdzfinansē Latvijas Investīciju un attīstības aģentūra (LIAA).

Iepriekšējās partneru tikšanās notika Sundsvallā (2038. gada novembrī) un Kauņā (2039. gada jūnijā).

## Secinājumi

Tikšanās noslēgumā partneri vienojās par šādiem secinājumiem:

1. Kopīgs stends gadatirgū ir efektīvāks nekā katra klastera atsevišķa dalība
2. Mazajiem uzņēmumiem vajadzīgs praktisks ceļvedis par būvnormatīviem Zviedrijā un Norvēģijā
3. Klasteru vadītājiem jāapmainās ar pieredzi vismaz reizi ceturksnī tiešsaistē

## Tālākie soļi

Nākamā partneru tikšanās notiks Olštinā, Polijā, 2040. gada oktobrī. Pirms tam, 17. aprīlī, partneri tiksies tiešsaistes vebinārā par kopīgo eksporta stratēģiju. Uzņēmumi, kas vēlas piedalīties WOODLINK eksporta misijā uz Stokholmu (Stokholma, 2040. gada septembris), var pieteikties līdz 27. aprīlim. Kontaktpersona: klastera koordinatore **Inese Kārkliņa** (inese@seliaswood.example.lv).

„Sēlija ir meža zeme, bet mūsu uzņēmumi līdz šim pārdeva galvenokārt zāģmateriālus. Projekts mums palīdz pārdot gatavas mājas un mēbeles,” uzsver valdes priekšsēdētāja Dace Bērziņa-Lūse.

## Klastera jaunumi īsumā

Klastera biedru kopsapulce notika pirmdien, 2040. gada 27. februārī, Jēkabpils Biznesa inkubatorā. Biedri apstiprināja 2039. gada pārskatu un darba plānu, bet valdē tika ievēlēts arī Andris Pūce no kokapstrādes uzņēmuma SIA „Pūces Kokzāģētava”. Klasterim tagad ir 31 biedrs – 24 uzņēmumi, divas pašvaldības, Latvijas Biozinātņu un tehnoloģiju universitāte un četras profesionālās izglītības iestādes.

Martā klasteris saņēma Eiropas Klasteru izcilības iniciatīvas bronzas marķējumu. Klastera vadītāja vietniece Ilze Krūmiņa-Vanaga atzīmē, ka marķējums palīdzēs piesaistīt partnerus jauniem projektiem un stiprinās sadarbību ar ārvalstu klasteriem.

---

Biedrība „Sēlijas Koka Klasteris”, Brīvības iela 120, Jēkabpils, LV-5201 · Reģ. Nr. 40000000000 · Projektu atbalsta Jēkabpils novada pašvaldība.

Šī vietne izmanto sīkdatnes. [Piekrītu] · Privātuma politika · Sīkdatņu politika

← Iepriekšējā ziņa | Nākamā ziņa →
"""
write(F, T)
C = "Sēlijas Koka Klasteris"
gold(F,
 [P("Laura Ozoliņa", "Autore", None),
  P("Edgars Kalniņš", None, None),
  P("Raimonds Vītoliņš", "vadītājs", "Jēkabpils novada pašvaldība"),
  P("Dace Bērziņa-Lūse", "valdes priekšsēdētāja", C),
  P("Mikael Lindqvist", "projekta vadītājs", "Skogsindustriernas Innovationskluster"),
  P("Rūta Žemaitytė-Kazlauskienė", None, "Lietuvos inovacijų centras"),
  P("Inese Kārkliņa", "klastera koordinatore", C),
  P("Andris Pūce", None, C),
  P("Ilze Krūmiņa-Vanaga", "Klastera vadītāja vietniece", C)],
 [O(C), O("Jēkabpils novada pašvaldība"), O("Skogsindustriernas Innovationskluster"), O("SIA „Sēlijas Mājas”"),
  O("Lietuvos inovacijų centras"), O("Latvijas Valsts mežzinātnes institūta „Silava”"), O("Kaunas Wood Cluster"),
  O("Puuinfo Oy"), O("Klaster Drzewny Warmii i Mazur"), O("Latvijas Investīciju un attīstības aģentūra", "LIAA"), O("SIA „Pūces Kokzāģētava”"), O("Latvijas Biozinātņu un tehnoloģiju universitāte")],
 [E("WOODLINK trešā partneru tikšanās", "2040-03-14", "2040-03-15", "Jēkabpils", "Latvia"),
  E("Projekta vadības sanāksme", "2040-03-14", None, "Jēkabpils", "Latvia"),
  E("Darbnīca „Koka māju eksports uz Skandināviju”", "2040-03-14", None, "Jēkabpils", "Latvia"),
  E("Uzņēmumu vizīte", "2040-03-14", None, "Jēkabpils", "Latvia"),
  E("Partneru vakariņas", "2040-03-14", None, "Jēkabpils", "Latvia"),
  E("Vizīte Latvijas Valsts mežzinātnes institūta „Silava” izmēģinājumu stacijā", "2040-03-15", None, None, None),
  E("partneru tikšanās", "2038-11", None, "Sundsvall", "Sweden"),
  E("partneru tikšanās", "2039-06", None, "Kaunas", "Lithuania"),
  E("partneru tikšanās", "2040-10", None, "Olsztyn", "Poland"),
  E("tiešsaistes vebinārs", "2040-04-17", None, None, None),
  E("WOODLINK eksporta misija", "2040-09", None, "Stokholma", "Sweden"),
  E("biedru kopsapulce", "2040-02-27", None, "Jēkabpils", "Latvia")],
 ["2040-03-21", "2040-03-14/2040-03-15", "2040-03-14", "2040-03-15", "2038/2041", "2038-11", "2039-06", "2040-10",
  "2040-04-17", "2040-04-27", "2040-02-27", "2040-09", "2039", "2040-03", "2041"],
 ["Kopīgs stends gadatirgū ir efektīvāks nekā katra klastera atsevišķa dalība",
  "Mazajiem uzņēmumiem vajadzīgs praktisks ceļvedis par būvnormatīviem Zviedrijā un Norvēģijā",
  "Klasteru vadītājiem jāapmainās ar pieredzi vismaz reizi ceturksnī tiešsaistē"],
 pub="2040-03-21")
