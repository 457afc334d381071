from h import *
F = 'g06_talsi_pieredzes_vizite.md'
assert wd(2035,9,17)=='Monday' and wd(2035,9,18)=='Tuesday' and wd(2035,9,19)=='Wednesday' and wd(2035,10,2)=='Tuesday'
T = """# Pieredzes vizīte Talsu un Tukuma novados: Somijas pārtikas klasteris iepazīst Kurzemes ražotājus

*Publicēts: 02.10.2035 · Autore: Elīna Ozoliņa-Bērziņa · Kategorija: Pasākumi, Starptautiskā sadarbība*

[Sākums](/) / [Jaunumi](/jaunumi) / Pieredzes vizīte

No 17. līdz 19. septembrim Talsu un Tukuma novados viesojās 18 cilvēku delegācija no Somijas Satakuntas reģiona. Vizīti organizēja biedrība "Kurzemes pārtikas klasteris" kopā ar Kurzemes plānošanas reģionu un Latvijas Investīciju un attīstības aģentūru (LIAA). Delegāciju vadīja Satakuntas pārtikas klastera vadītāja Heli Rantanen un uzņēmuma Säkylän Mylly Oy valdes priekšsēdētājs Ville Ojala.

Delegācijā bija pārstāvēti graudu pārstrādes, piena, zivju un dzērienu ražotāji, kā arī divi pētniecības institūti un Satakuntas reģionālā attīstības aģentūra Prizztech Oy. Vizītes mērķis bija iepazīt, kā mazie un vidējie Kurzemes ražotāji sadarbojas loģistikā un eksportā, un atrast partnerus kopīgiem projektiem. Somijas pusei īpaši interesēja Latvijas pieredze ar vietējo produktu zīmolu un tiešo tirdzniecību tūristiem.

## Pirmā diena – Talsi

Pirmdien, 17. septembrī, viesus Talsu novada pašvaldībā uzrunāja domes priekšsēdētājs Jānis Dzintars Krūmiņš. Kurzemes pārtikas klastera valdes priekšsēdētāja Dace Lāce-Priedīte iepazīstināja ar klastera 46 biedriem un kopīgajiem eksporta projektiem. Pēcpusdienā sekoja uzņēmumu apmeklējumi: piena pārstrādes uzņēmums SIA "Talsu Piens" un zivju pārstrādes uzņēmums "Rojas Zivis" Rojā. Vakarā notika kopīgas vakariņas ar vietējiem uzņēmējiem Talsu muižā.

## Otrā diena – Tukums

Otrdien, 18. septembrī, Tukumā notika biznesa kontaktbirža, kurā piedalījās 27 Latvijas un 11 Somijas uzņēmumi. Kontaktbiržu vadīja LIAA eksporta konsultants Artūrs Kalniņš. Kopumā notika 64 divpusējas sarunas. Pēc tam Tukuma novada uzņēmējdarbības centrs prezentēja jauno pārtikas inkubatoru Tukumā, ko atbalsta Eiropas Reģionālās attīstības fonds.

Dienas otrajā pusē – saimniecību apmeklējums: ģimenes uzņēmums "Cīruļi" un zemnieku saimniecība "Lejasstrautiņi", kas ražo bioloģiskas augļu sulas un sidru.

## Trešā diena – noslēguma seminārs

Trešdien, 19. septembrī, Talsos notika noslēguma seminārs "Mazie ražotāji lielos tirgos". Ar pieredzi dalījās Latvijas Biozinātņu un tehnoloģiju universitātes (LBTU) asociētā profesore Ilze Vītoliņa un Somijas Pārtikas pētniecības institūta pārstāvis Dr. Antti Häkkinen. Seminārā tika parakstīts sadarbības memorands starp abiem klasteriem. Memorands paredz kopīgu dalību pārtikas izstādēs, pieredzes apmaiņu starp klasteru vadītājiem un studentu praksi abu reģionu uzņēmumos, sākot ar nākamo mācību gadu.

## Secinājumi

Vizītes noslēgumā abu klasteru vadītāji vienojās par šādiem secinājumiem:

- Abu reģionu mazajiem ražotājiem ir līdzīgas problēmas – augstas loģistikas izmaksas un grūtības piekļūt lielveikalu ķēdēm
- Somijas pieredze ar kopīgām ražotāju noliktavām ir pārņemama arī Kurzemē
- Nākamajā gadā jāorganizē atbildes vizīte Satakuntā, iesaistot vismaz desmit Kurzemes uzņēmumus
- Klasteriem kopīgi jāsagatavo projekta pieteikums programmai Interreg Central Baltic

## Turpmākie pasākumi

Atbildes vizīte Somijā (Pori un Rauma) plānota 2036. gada maijā. Pirms tās, 2035. gada 26. novembrī, notiks klastera biedru kopsapulce (norises vieta: Rīga, LIAA telpas), kurā apspriedīs 2036. gada darba plānu un ievēlēs revīzijas komisiju. Interesenti aicināti pieteikties līdz 15. oktobrim.

Vizīte tika īstenota projekta "BalticFood Bridges" ietvaros.

> "Mēs atbraucām mācīties, bet aizbraucam ar konkrētiem partneriem," – Heli Rantanen.

Klastera izpilddirektors Raimonds Šteinbergs pēc vizītes norādīja, ka līdzīgas vizītes klasteris turpmāk rīkos katru gadu: "Kontaktbirža ir svarīga, bet vēl svarīgāk ir redzēt, kā citi strādā savās ražotnēs. Tikai tā rodas uzticēšanās."

**Vizītes partneri:** Kurzemes plānošanas reģions · Latvijas Investīciju un attīstības aģentūra (LIAA) · Talsu novada pašvaldība · Tukuma novada uzņēmējdarbības centrs · Satakuntas pārtikas klasteris (Somija) · Somijas Pārtikas pētniecības institūts · Prizztech Oy

---

**Kontakti:** Kurzemes pārtikas klasteris, Lielā iela 19, Talsi · info@kurzemespartika.example.lv · +371 6300 0000

Dalīties: Facebook · LinkedIn · X

*Sīkdatnes: šī vietne izmanto sīkdatnes. Turpinot lietot vietni, jūs piekrītat to izmantošanai.*
"""
write(F, T)
K = "Kurzemes pārtikas klasteris"
gold(F,
 [P("Elīna Ozoliņa-Bērziņa",None,None),
  P("Heli Rantanen","vadītāja","Satakuntas pārtikas klasteris"),
  P("Ville Ojala","valdes priekšsēdētājs","Säkylän Mylly Oy"),
  P("Jānis Dzintars Krūmiņš","domes priekšsēdētājs","Talsu novada pašvaldība"),
  P("Dace Lāce-Priedīte","valdes priekšsēdētāja",K),
  P("Artūrs Kalniņš","eksporta konsultants","LIAA"),
  P("Ilze Vītoliņa","asociētā profesore","Latvijas Biozinātņu un tehnoloģiju universitāte"),
  P("Raimonds Šteinbergs","izpilddirektors",K),
  P("Antti Häkkinen","pārstāvis","Somijas Pārtikas pētniecības institūts")],
 [O(K), O("Kurzemes plānošanas reģions"), O("Latvijas Investīciju un attīstības aģentūra","LIAA"),
  O("Satakuntas pārtikas klasteris"), O("Säkylän Mylly Oy"), O("Talsu novada pašvaldība"), O("Talsu Piens"), O("Rojas Zivis"),
  O("Tukuma novada uzņēmējdarbības centrs"), O("Cīruļi"), O("Lejasstrautiņi"),
  O("Latvijas Biozinātņu un tehnoloģiju universitāte","LBTU"), O("Somijas Pārtikas pētniecības institūts"), O("Prizztech Oy")],
 [E("Pieredzes vizīte","2035-09-17","2035-09-19","Talsi, Tukums","Latvia"),
  E("uzņēmumu apmeklējumi","2035-09-17",None,None,"Latvia"),
  E("kopīgas vakariņas","2035-09-17",None,"Talsi","Latvia"),
  E("biznesa kontaktbirža","2035-09-18",None,"Tukums","Latvia"),
  E("saimniecību apmeklējums","2035-09-18",None,None,"Latvia"),
  E("noslēguma seminārs","2035-09-19",None,"Talsi","Latvia"),
  E("Atbildes vizīte","2036-05",None,"Pori, Rauma","Finland"),
  E("klastera biedru kopsapulce","2035-11-26",None,"Rīga","Latvia")],
 ["2035-10-02","2035-09-17/2035-09-19","2035-09-17","2035-09-18","2035-09-19","2036-05","2035-11-26","2036","2035-10-15"],
 ["Abu reģionu mazajiem ražotājiem ir līdzīgas problēmas – augstas loģistikas izmaksas un grūtības piekļūt lielveikalu ķēdēm",
  "Somijas pieredze ar kopīgām ražotāju noliktavām ir pārņemama arī Kurzemē",
  "Nākamajā gadā jāorganizē atbildes vizīte Satakuntā, iesaistot vismaz desmit Kurzemes uzņēmumus",
  "Klasteriem kopīgi jāsagatavo projekta pieteikums programmai Interreg Central Baltic"], pub="2035-10-02")
