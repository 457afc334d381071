from h import *
F = 'g09_tukums_klasteris_jaunumi.txt'
assert wd(2037,3,12)=='Thursday' and wd(2037,3,26)=='Thursday' and wd(2037,4,23)=='Thursday' and wd(2037,3,13)=='Friday'
T = """Zemgales un Kurzemes pārtikas klasteris
JAUNUMU LAPA · 2037. gada marts · Nr. 3 (41)
Sākums | Par klasteri | Biedri | Projekti | Pasākumi | Jaunumi | Kontakti
==================================================

KLASTERA BIEDRU KOPSAPULCĒ IEVĒLĒTA JAUNA VALDE

2037. gada 12. martā, ceturtdien, Tukuma Uzņēmējdarbības atbalsta centrā notika biedrības "Zemgales un Kurzemes pārtikas klasteris" ikgadējā biedru kopsapulce. Tajā piedalījās 38 no 52 klastera biedriem. Kopsapulce apstiprināja 2036. gada darbības pārskatu un budžetu 2037. gadam, kā arī ievēlēja valdi uz laika posmu 2037–2040.

Valdes sastāvs:
- valdes priekšsēdētāja – Ilze Bērziņa-Kalniņa (SIA "Kandavas Maiznīca")
- valdes priekšsēdētājas vietnieks – Jānis OZOLIŅŠ (Latvijas Biozinātņu un tehnoloģiju universitāte)
- valdes locekle – Dace Liepa (z/s "Lejasbirzes")
- valdes loceklis – Artūrs Krūmiņš (SIA "Tukuma Piens")

Iepriekšējais valdes priekšsēdētājs Māris Zariņš, kurš klasteri vadīja kopš 2031. gada, turpinās darbu kā klastera vēstnieks starptautiskajos projektos. Klastera vadītāja Liene Skudra pateicās viņam par ieguldījumu: "Māris izveidoja klasteri no pieciem uzņēmumiem. Tagad mūsu biedri eksportē uz divpadsmit valstīm."

==================================================

INTERREG PROJEKTA "FOOD-BALT" SEMINĀRS TUKUMĀ

Nākamajā dienā, 13. martā, klasteris kopā ar Tukuma novada pašvaldību rīkoja Interreg Igaunijas–Latvijas programmas projekta FOOD-BALT semināru "Vietējā pārtika skolu ēdnīcās". Semināru atklāja Tukuma novada domes priekšsēdētājs Gatis Vītols, bet projektu iepazīstināja projekta vadītāja Kristīne Ābele no Kurzemes plānošanas reģiona. Igaunijas partneri – Pärnumaa Arenduskeskus un Eesti Toiduainetetööstuse Liit – stāstīja par Pērnavas apriņķa pieredzi, kur vietējo produktu īpatsvars skolu ēdienkartēs trīs gados pieaudzis līdz 40 procentiem.

Seminārā piedalījās 64 dalībnieki: pašvaldību iepirkumu speciālisti, skolu pavāri, zemnieki un pārtikas ražotāji. Pēcpusdienā notika pieredzes brauciens uz Kandavas novada zemnieku saimniecību "Lejasbirzes", kur dalībnieki iepazinās ar dārzeņu pārstrādes cehu. Saimniecības īpašniece Dace Liepa parādīja, kā ar projekta atbalstu iegādātā mazgāšanas un griešanas līnija ļauj piegādāt jau sagatavotus dārzeņus trim Kandavas skolām.

Projekts FOOD-BALT tiek īstenots no 2036. gada septembra līdz 2039. gada augustam. Tajā apvienojušies seši partneri no Latvijas un Igaunijas, un tā mērķis ir palielināt vietējās pārtikas īpatsvaru publiskajos iepirkumos abās valstīs. Latvijā projekta izmēģinājuma teritorijas ir Tukuma un Talsu novadi, Igaunijā – Pērnavas apriņķis. Līdz projekta beigām partneri plāno sagatavot kopīgu vadlīniju komplektu pašvaldībām un izveidot ražotāju datubāzi, kurā varēs meklēt piegādātājus pēc produkta veida un attāluma līdz skolai.

Semināra galvenie secinājumi:
1. Pašvaldību iepirkumos jāparedz kvalitātes kritēriji, kas dod iespēju piedalīties mazajiem vietējiem ražotājiem
2. Zemniekiem jāapvienojas kooperatīvos, lai spētu nodrošināt regulāras piegādes visu mācību gadu
3. Skolu pavāriem nepieciešamas apmācības par sezonālu ēdienkaršu sastādīšanu
4. Klasteris var būt starpnieks starp pašvaldībām un ražotājiem

==================================================

EIROPAS KLASTERU SADARBĪBAS PLATFORMA: JAUNS PROFILS

Klasteris ir atjaunojis savu profilu Eiropas klasteru sadarbības platformā (ECCP) un pieteicies bronzas klastera vadības izcilības marķējumam (ESCA). Novērtēšanas vizīte paredzēta 2037. gada maijā. Par procesu atbild klastera projektu vadītājs Edgars Puriņš. Marķējums klasterim palīdzēs pieteikties starptautiskiem projektiem un atrast partnerus citās Eiropas valstīs.

==================================================

PASĀKUMU KALENDĀRS

- 26. marts, ceturtdiena – tiešsaistes seminārs "Kā pieteikties Apvārsnis Eiropa klasteru uzsaukumiem", plkst. 10.00
- 23. aprīlis, ceturtdiena – valdes sēde, Tukums
- 2037. gada 9.–11. jūnijs – klastera stends izstādē "Riga Food 2037", Ķīpsala, Rīga
- 2037. gada septembris – pieredzes brauciens uz Pērnavu (FOOD-BALT)

Iepriekšējie klastera gadskārtējie forumi:
- 2034. gada 18. oktobris – Kandava
- 2035. gada 17. oktobris – Talsi
- 2036. gada 15. oktobris – Jelgava

==================================================
Jaunumu lapu sagatavoja: Liene Skudra, klastera vadītāja
Biedrība "Zemgales un Kurzemes pārtikas klasteris", Pils iela 9, Tukums, LV-3101 · info@zkpk.example.lv
Ja nevēlaties saņemt jaunumu lapu, atbildiet uz šo e-pastu ar vārdu "atteikties".
"""
write(F, T)
K="Zemgales un Kurzemes pārtikas klasteris"
gold(F,
 [P("Ilze Bērziņa-Kalniņa","valdes priekšsēdētāja",K),
  P("Jānis OZOLIŅŠ","valdes priekšsēdētājas vietnieks",K),
  P("Dace Liepa","valdes locekle",K),
  P("Artūrs Krūmiņš","valdes loceklis",K),
  P("Māris Zariņš","valdes priekšsēdētājs",K),
  P("Liene Skudra","klastera vadītāja",K),
  P("Gatis Vītols","priekšsēdētājs","Tukuma novada domes"),
  P("Kristīne Ābele","projekta vadītāja","Kurzemes plānošanas reģiona"),
  P("Edgars Puriņš","klastera projektu vadītājs",K)],
 [O(K), O('SIA "Kandavas Maiznīca"'), O("Latvijas Biozinātņu un tehnoloģiju universitāte"),
  O('z/s "Lejasbirzes"'), O('SIA "Tukuma Piens"'), O("Tukuma novada pašvaldību"), O("Tukuma novada domes"), O("Kurzemes plānošanas reģiona"),
  O("Pärnumaa Arenduskeskus"), O("Eesti Toiduainetetööstuse Liit"), O("Eiropas klasteru sadarbības platformā","ECCP")],
 [E("biedru kopsapulce","2037-03-12",None,"Tukums","Latvia"),
  E("Vietējā pārtika skolu ēdnīcās","2037-03-13",None,"Tukums","Latvia"),
  E("pieredzes brauciens uz Kandavas novada zemnieku saimniecību","2037-03-13",None,None,"Latvia"),
  E("Novērtēšanas vizīte","2037-05"),
  E("Kā pieteikties Apvārsnis Eiropa klasteru uzsaukumiem","2037-03-26"),
  E("valdes sēde","2037-04-23",None,"Tukums","Latvia"),
  E("Riga Food 2037","2037-06-09","2037-06-11","Rīga","Latvia"),
  E("pieredzes brauciens uz Pērnavu","2037-09",None,"Pērnavu","Estonia"),
  E("klastera gadskārtējais forums","2034-10-18",None,"Kandava","Latvia"),
  E("klastera gadskārtējais forums","2035-10-17",None,"Talsi","Latvia"),
  E("klastera gadskārtējais forums","2036-10-15",None,"Jelgava","Latvia")],
 ["2037-03","2037-03-12","2036","2037","2037/2040","2031","2037-03-13","2037-05","2037-03-26","2037-04-23",
  "2037-06-09/2037-06-11","2037-09","2034-10-18","2035-10-17","2036-10-15","2036-09/2039-08"],
 ["Pašvaldību iepirkumos jāparedz kvalitātes kritēriji, kas dod iespēju piedalīties mazajiem vietējiem ražotājiem",
  "Zemniekiem jāapvienojas kooperatīvos, lai spētu nodrošināt regulāras piegādes visu mācību gadu",
  "Skolu pavāriem nepieciešamas apmācības par sezonālu ēdienkaršu sastādīšanu",
  "Klasteris var būt starpnieks starp pašvaldībām un ražotājiem"],
 pub="2037-03")
