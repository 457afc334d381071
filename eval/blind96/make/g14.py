from h import *
F = 'g14_latgale_klastera_strategija_lv.md'
assert wd(2036,3,18)=='Tuesday' and wd(2036,5,21)=='Wednesday'
T = """[Sākums](/) | [Par klasteri](/par) | [Biedri](/biedri) | [Projekti](/projekti) | **Dokumenti** | [Kontakti](/kontakti) | [EN](/en)

# Latgales Kokapstrādes un mēbeļu klastera stratēģija 2036–2040

*Apstiprināta biedru kopsapulcē Rēzeknē 2036. gada 18. martā (otrdien). Publicēta 2036. gada 25. martā.*

*Sagatavoja: klastera vadītāja Inese Circene un stratēģijas darba grupa. Konsultants: SIA "Reģionu attīstības centrs", eksperts Jānis Upenieks.*

---

## Ievads

Latgales Kokapstrādes un mēbeļu klasteris (LKMK) apvieno 43 uzņēmumus, divas profesionālās skolas un Rēzeknes Tehnoloģiju akadēmiju (RTA). Klastera biedri nodarbina vairāk nekā 2 100 cilvēku Daugavpilī, Rēzeknē, Preiļos, Krāslavā un Ludzā. 2035. gadā biedru eksports sasniedza 118 miljonus eiro.

Stratēģija tapa no 2035. gada septembra līdz 2036. gada februārim. Tika aptaujāti 36 biedri, notika trīs darba semināri un viena apspriede ar Latgales plānošanas reģionu. Padomes priekšsēdētājs Aleksandrs Vasiļjevs, SIA "Daugavpils Mēbeles" valdes loceklis, uzsver: "Mūsu mērķis ir pārdot nevis baļķus, bet gatavus produktus ar Latgales zīmolu."

## Situācijas analīze

Darba grupa secināja, ka klastera stiprās puses ir pieejamie meža resursi, ilgas amatniecības tradīcijas un salīdzinoši zemās ražošanas izmaksas. Vājās puses ir mazs pašu dizaina un zīmolu īpatsvars, darbinieku novecošanās un vāja sadarbība starp uzņēmumiem. Iespējas rada koka būvniecības pieaugums Skandināvijā un ES prasības samazināt oglekļa emisijas būvniecībā, bet draudus – enerģijas cenas, darbaspēka aizplūšana un robežas tuvums ar nestabilām tirgus situācijām.

## Vīzija

Līdz 2040. gadam Latgale ir atpazīstams Baltijas reģiona centrs ilgtspējīgu mēbeļu un koka būvniecības produktu ražošanai.

## Stratēģiskie pīlāri un rīcības

### 1. pīlārs: Pievienotā vērtība

- 1.1. Izveidot kopīgu dizaina studiju ar Latvijas Mākslas akadēmiju līdz 2037. gadam
- 1.2. Ieviest Latgales koka produktu kvalitātes zīmi
- 1.3. Atbalstīt vismaz 10 biedrus jaunu produktu izstrādē katru gadu

### 2. pīlārs: Prasmes un cilvēki

- 2.1. Kopā ar Daugavpils Tehnikumu izveidot duālās izglītības programmu CNC operatoriem
- 2.2. Organizēt ikgadēju "Kokapstrādes karjeras dienu" skolēniem
- 2.3. Piesaistīt darbiniekus no Latgales diasporas Īrijā un Lielbritānijā

### 3. pīlārs: Zaļā pāreja

- 3.1. Izveidot koka atlikumu apmaiņas sistēmu starp biedriem
- 3.2. Palīdzēt 20 biedriem sagatavot oglekļa pēdas aprēķinu līdz 2038. gadam
- 3.3. Kopā ar Latvijas Valsts mežzinātnes institūtu "Silava" izpētīt jaunus koka kompozītmateriālus

### 4. pīlārs: Eksports un sadarbība

- 4.1. Kopīgs stends gadatirgū "Maison&Objet" (Parīze) un izstādē "Stockholm Furniture Fair"
- 4.2. Sadarbība ar partneriem kaimiņvalstīs: "Baldų klasteris" (Lietuva), Igaunijas Mēbeļu ražotāju asociācija
- 4.3. Pieteikums ES klasteru partnerībām līdz 2037. gada beigām

## Galvenie rādītāji 2040. gadam

| Rādītājs | 2035 | 2040 |
|---|---|---|
| Biedru skaits | 46 | 60 |
| Biedru eksports, milj. EUR | 118 | 180 |
| Kopīgi projekti | 4 | 15 |

## Īstenošana

Stratēģijas īstenošanu uzrauga klastera padome. Katru gadu padome sagatavo ziņojumu par paveikto un to apspriež biedru kopsapulcē. Pirmais ziņojums tiks iesniegts 2037. gada pavasarī.

Finansējums: biedru naudas, Latvijas Investīciju un attīstības aģentūras (LIAA) klasteru programma un ES fondi. LIAA pārstāve Dace Krūmiņa stratēģijas apspriešanā norādīja, ka aģentūra sagaida konkrētus rezultātus, nevis tikai pasākumus.

Nākamais klastera forums notiks 2036. gada 21. maijā (trešdien) Daugavpilī (norises vieta: Daugavpils Marka Rotko mākslas centrs).

## Stratēģijas partneri

- Rēzeknes Tehnoloģiju akadēmija
- Latvijas Mākslas akadēmija
- Daugavpils Tehnikums
- Latvijas Valsts mežzinātnes institūts "Silava"
- Latgales plānošanas reģions
- Latvijas Investīciju un attīstības aģentūra

---

**Kontakti:** Inese Circene, klastera vadītāja, inese.circene@lkmk.example.lv, +371 20 000 000
Biedrība "Latgales Kokapstrādes un mēbeļu klasteris", Atbrīvošanas aleja 90, Rēzekne, LV-4601

[Lejupielādēt PDF (1,3 MB)](/docs/strategija-2036-2040.pdf) · Dalīties: [Facebook](#) · [LinkedIn](#)
"""
write(F, T)
L = "Latgales Kokapstrādes un mēbeļu klasteris"
gold(F,
 [P("Inese Circene","klastera vadītāja",L), P("Jānis Upenieks","eksperts",'SIA "Reģionu attīstības centrs"'),
  P("Aleksandrs Vasiļjevs","Padomes priekšsēdētājs",L), P("Dace Krūmiņa","pārstāve","Latvijas Investīciju un attīstības aģentūra")],
 [O(L,"LKMK"), O('SIA "Reģionu attīstības centrs"'), O("Rēzeknes Tehnoloģiju akadēmija","RTA"), O("Latgales plānošanas reģions"),
  O('SIA "Daugavpils Mēbeles"'), O("Latvijas Mākslas akadēmija"), O("Daugavpils Tehnikums"),
  O('Latvijas Valsts mežzinātnes institūts "Silava"'), O("Baldų klasteris"), O("Igaunijas Mēbeļu ražotāju asociācija"),
  O("Latvijas Investīciju un attīstības aģentūra","LIAA")],
 [E("biedru kopsapulce","2036-03-18",None,"Rēzekne","Latvia"),
  E("Kokapstrādes karjeras diena",None,None,None,None),
  E("Maison&Objet",None,None,"Parīze","France"),
  E("Stockholm Furniture Fair",None,None,None,None),
  E("klastera forums","2036-05-21",None,"Daugavpils","Latvia")],
 ["2036/2040","2036-03-18","2036-03-25","2035","2035-09/2036-02","2040","2037","2038","2036-05-21"],
 [], "2036-03-25")
