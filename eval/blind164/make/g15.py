from h import *
F = 'g15_aizkraukle_koka_klasteris_valde.md'
assert wd(2036,10,9)=='Thursday' and wd(2036,10,22)=='Wednesday' and wd(2036,11,20)=='Thursday'
T = """# Daugavas Sēlijas koka klasteris ievēlē jaunu valdi

*Aizkraukle, 2036. gada 13. oktobris · Autors: Laura Kalniņa, klastera komunikācijas vadītāja*

[Sākums](#) › [Jaunumi](#) › Klastera dzīve

**Dalīties:** [Facebook](#) · [LinkedIn](#) · [E-pasts](#)

---

Biedrības "Daugavas Sēlijas koka klasteris" (DSKK) biedru kopsapulcē, kas notika ceturtdien, 2036. gada 9. oktobrī, Aizkraukles novada pašvaldības zālē, tika ievēlēta jauna valde uz trim gadiem. Kopsapulcē piedalījās 38 no klastera 45 biedriem.

Par valdes priekšsēdētāju ievēlēts **Mārtiņš Zariņš**, SIA "Kokneses Zāģētava" valdes loceklis. Viņš nomaina līdzšinējo priekšsēdētāju. Inga Bērziņa-Ozola, kopš šīs kopsapulces klastera goda biedre, vadīja klasteri kopš tā dibināšanas 2029. gadā. Atvadu runā viņa atgādināja, ka sākumā klasterī bija tikai astoņi kokapstrādes uzņēmumi no Kokneses un Jaunjelgavas, bet tagad tajā darbojas arī mēbeļu ražotāji, arhitekti, mežu īpašnieki un skolas. "Esmu lepna, ka mēs iemācījāmies strādāt kopā, nevis tikai konkurēt par vienu un to pašu baļķi," viņa teica.

"Mūsu reģionā mežs ir lielākā bagātība, bet pārāk daudz apaļkoku joprojām aizbrauc uz ostām neapstrādāti," pēc ievēlēšanas sacīja Mārtiņš Zariņš. "Es vēlos, lai klasteris palīdz mūsu uzņēmumiem ražot vairāk gatavu produktu – logus, mājas, mēbeles – šeit, pie Daugavas."

## Valdes sastāvs 2036–2039

- valdes priekšsēdētājs – Mārtiņš Zariņš (SIA "Kokneses Zāģētava")
- valdes priekšsēdētāja vietniece – Dace LIEPIŅA (SIA "Sēlijas Mājas")
- valdes locekle – Dr. silv. Anna Krūmiņa (Latvijas Valsts mežzinātnes institūts "Silava")
- valdes loceklis – Jānis Ozols (Aizkraukles novada pašvaldība)
- valdes loceklis – Edgars Vītols (Jaunjelgavas tehnikums)

Revidents: Ilze Siliņa.

Klastera ikdienas darbu vada klastera koordinators **Raitis Kļaviņš**, kuram palīdz projektu vadītāja Agnese Pētersone un grāmatvede Zane Muceniece.

## Darbs 2035./2036. gadā

Kopsapulcē klastera koordinators Raitis Kļaviņš pastāstīja par paveikto. Klasteris piedalījās izstādē "Māja I" (Rīga, Ķīpsala) 2036. gada martā, organizēja pieredzes braucienu uz Somiju pie Puuinfo partneriem Lahti un rīkoja divus seminārus par koka būvniecību. Semināru partneris bija biedrība "Latvijas Kokrūpniecības federācija". Tirdzniecības misiju uz Zviedriju, kurā piedalījās četri biedri, organizēja Latvijas Investīciju un attīstības aģentūra (LIAA).

Koordinators arī atzina, ka klasterim joprojām trūkst cilvēku: projektu pieteikumiem un biedru apmeklējumiem komandā ir tikai trīs darbinieki. Tāpēc valde plāno 2037. gadā pieņemt darbā vēl vienu projektu vadītāju, kas strādātu ar jauniem biedriem Sēlijā un Vidzemes pusē.

## Jaunā priekšsēdētāja plāni

Mārtiņš Zariņš vada ģimenes uzņēmumu Koknesē jau piecpadsmit gadus. Viņš sola vairāk laika veltīt biedru apmeklējumiem un sadarbībai ar skolām. "Jaunjelgavas tehnikumā šogad kokapstrādi mācās tikai divpadsmit jaunieši. Ja mēs viņiem nepiedāvāsim praksi un labu algu, pēc pieciem gadiem mūsu cehos nebūs, kas strādā," viņš uzsvēra.

## Klastera biedri un partneri

Klastera biedru vidū ir 34 uzņēmumi, 4 izglītības un pētniecības iestādes, 3 pašvaldības un 4 nevalstiskās organizācijas. Ārvalstu partneri:

- Puuinfo Oy (Somija)
- Träcentrum Nässjö Stiftelse (Zviedrija)
- Klasteris "Medienos namai" (Lietuva)
- Holzcluster Steiermark GmbH (Austrija)

## Kopsapulces lēmumi

Kopsapulce nolēma:

1. apstiprināt biedrības 2035. gada pārskatu un 2036. gada budžetu;
2. ievēlēt valdi 2036.–2039. gadam;
3. saglabāt biedru naudu nemainīgu;
4. uzdot valdei līdz 2037. gada martam sagatavot klastera attīstības stratēģiju 2037.–2042. gadam.

## Nākamie pasākumi

Jaunā valde pirmo sēdi rīkos trešdien, 2036. gada 22. oktobrī, Kokneses Zāģētavā. Tradicionālā biedru ziemas tikšanās "Koka Ziemassvētki" notiks ceturtdien, 2036. gada 20. novembrī, Jaunjelgavā.

Iepriekšējās kopsapulces:
- 2033 – Koknese, 14. aprīlī
- 2034 – Jaunjelgava, 16. maijā
- 2035 – Aizkraukle, 8. maijā

---

*Kontakti: Daugavas Sēlijas koka klasteris, Lāčplēša iela 00, Aizkraukle, LV-5101 · info@dskk.example.lv · Klasteris darbojas ar Latvijas Investīciju un attīstības aģentūras atbalstu.*
"""
write(F, T)
K="Daugavas Sēlijas koka klasteris"
gold(F,
 [P("Laura Kalniņa","klastera komunikācijas vadītāja",K),
  P("Mārtiņš Zariņš","valdes priekšsēdētājs",K),
  P("Inga Bērziņa-Ozola","goda biedre",K),
  P("Dace LIEPIŅA","valdes priekšsēdētāja vietniece",K),
  P("Anna Krūmiņa","valdes locekle",K),
  P("Jānis Ozols","valdes loceklis",K),
  P("Edgars Vītols","valdes loceklis",K),
  P("Ilze Siliņa","Revidents",K),
  P("Raitis Kļaviņš","klastera koordinators",K),
  P("Agnese Pētersone","projektu vadītāja",K),
  P("Zane Muceniece","grāmatvede",K)],
 [O(K,"DSKK"), O("Aizkraukles novada pašvaldība"), O('SIA "Kokneses Zāģētava"'), O('SIA "Sēlijas Mājas"'),
  O('Latvijas Valsts mežzinātnes institūts "Silava"'), O("Jaunjelgavas tehnikums"), O("Puuinfo Oy"),
  O("Latvijas Kokrūpniecības federācija"), O("Latvijas Investīciju un attīstības aģentūra","LIAA"),
  O("Träcentrum Nässjö Stiftelse"), O('Klasteris "Medienos namai"'), O("Holzcluster Steiermark GmbH")],
 [E("biedru kopsapulce","2036-10-09",None,"Aizkraukle","Latvia"),
  E("Māja I","2036-03",None,"Rīga","Latvia"),
  E("pieredzes brauciens",None,None,"Lahti","Finland"),
  E("tirdzniecības misija",None,None,None,"Sweden"),
  E("pirmā sēde","2036-10-22",None,None,None),
  E("Koka Ziemassvētki","2036-11-20",None,"Jaunjelgava","Latvia"),
  E("kopsapulce","2033-04-14",None,"Koknese","Latvia"),
  E("kopsapulce","2034-05-16",None,"Jaunjelgava","Latvia"),
  E("kopsapulce","2035-05-08",None,"Aizkraukle","Latvia")],
 ["2036-10-13","2036-10-09","2029","2036/2039","2035/2036","2036-03","2035","2036","2037-03","2037/2042","2037","2036-10-22","2036-11-20",
  "2033-04-14","2034-05-16","2035-05-08"],
 ["apstiprināt biedrības 2035. gada pārskatu un 2036. gada budžetu",
  "ievēlēt valdi 2036.–2039. gadam",
  "saglabāt biedru naudu nemainīgu",
  "uzdot valdei līdz 2037. gada martam sagatavot klastera attīstības stratēģiju 2037.–2042. gadam"],
 pub="2036-10-13")
