from h import *
F = 'g10_woodlink_kuldiga_nosleguma_konference.txt'
assert wd(2036,5,15)=='Thursday' and wd(2036,5,16)=='Friday' and wd(2036,5,22)=='Thursday' and wd(2035,3,12)=='Monday' and wd(2036,10,8)=='Wednesday'
T = """Kurzemes plānošanas reģions
Sākums | Par mums | Projekti | Aktualitātes | Kontakti | EN
Aktualitātes > Projekti > WOODLINK

Kuldīgā noslēdzas Latvijas–Lietuvas projekts WOODLINK: koka amatniecība kļūst par eksporta nozari

Publicēts 2036. gada 22. maijā | Autore: Ilze Ozoliņa-Krūmiņa, sabiedrisko attiecību speciāliste

Ceturtdien, 2036. gada 15. maijā, Kuldīgas kultūras centrā notika Interreg Latvijas–Lietuvas programmas projekta WOODLINK noslēguma konference. Tajā piedalījās vairāk nekā 90 kokapstrādes uzņēmēju, dizaineru, pašvaldību un izglītības iestāžu pārstāvju no Kurzemes un Žemaitijas. Projekts ilga no 2034. gada oktobra līdz 2036. gada septembrim, un tā kopējais budžets bija 1,1 miljons eiro.

Projektā sadarbojās pieci partneri:
– Kurzemes plānošanas reģions (vadošais partneris);
– Kuldīgas novada pašvaldība;
– biedrība "Kurzemes kokapstrādes klasteris";
– Plungės rajono savivaldybė (Lietuva);
– VšĮ Žemaitijos verslo inkubatorius, Telšiai (Lietuva).

Konferenci atklāja Kuldīgas novada domes priekšsēdētāja Dace Vītola-Zariņa un Plungės rajona mērs Audrius Klišonis. "Kuldīgas vecpilsēta ir UNESCO pasaules mantojuma vieta, un tās koka ēkas ir mūsu lielākā bagātība. Projekts ir parādījis, ka tradicionālās prasmes var kļūt arī par mūsdienīgu biznesu," uzsvēra D. Vītola-Zariņa.

Projekta vadītājs Kārlis Šteinbergs no Kurzemes plānošanas reģiona iepazīstināja ar rezultātiem. Divu gadu laikā 46 mazie uzņēmumi saņēma konsultācijas par dizainu, sertifikāciju un eksportu, 18 no tiem pirmo reizi piedalījās starptautiskā izstādē, bet Kuldīgā un Plungē tika izveidotas divas koplietošanas darbnīcas ar CNC iekārtām. Kurzemes kokapstrādes klastera valdes priekšsēdētājs Raimonds Liepiņš pastāstīja, ka klasterim pievienojušies 14 jauni biedri, tostarp trīs uzņēmumi no Lietuvas. Viņš atzina, ka sākumā uzņēmēji bija piesardzīgi, jo daudzi uzskatīja kaimiņvalsts meistarus par konkurentiem, nevis partneriem. Tagad klasteris kopīgi piedalās izstādēs un dalās ar pasūtījumiem, ja vienam uzņēmumam nepietiek jaudas.

Dienas otrajā daļā notika diskusija "Koka amatniecība un dizains: kā pārdot pasaulei?", kurā piedalījās Latvijas Investīciju un attīstības aģentūras (LIAA) eksporta konsultante Līga Bērziņa-Ābele, lietuviešu dizainere Rūta Kazlauskaitė un mēbeļu uzņēmuma SIA "Ventas galdnieki" valdes loceklis Edgars Freimanis. Diskusiju vadīja žurnāliste Anna Vanaga.

Konferences programma
10:00 Reģistrācija un kafija
10:30 Atklāšana
11:00 Projekta WOODLINK rezultāti
12:00 Labās prakses piemēri no Kurzemes un Žemaitijas
13:00 Pusdienas
14:00 Diskusija "Koka amatniecība un dizains: kā pārdot pasaulei?"
15:30 Ekskursija pa Kuldīgas vecpilsētu un koplietošanas darbnīcu
17:00 Noslēgums

Piektdien, 16. maijā, projekta partneri apmeklēja Plungi, kur Žemaitijas verslo inkubatorius prezentēja jauno dizaina centru un partneri aizvadīja projekta pēdējo vadības komitejas sēdi.

Galvenie secinājumi
Konferences noslēgumā partneri vienojās par galvenajiem secinājumiem:
1. Mazajiem kokapstrādes uzņēmumiem vislielākais atbalsts ir kopīgas iekārtas, nevis individuālas dotācijas.
2. Dizaina un amatniecības sadarbība paaugstina produktu vērtību un eksporta iespējas.
3. Pārrobežu klasteris ir dzīvotspējīgs tikai tad, ja tam ir pastāvīgs koordinators abās valstīs.
4. Koplietošanas darbnīcu darbība jānodrošina arī pēc projekta beigām ar pašvaldību atbalstu.

Iepriekšējie projekta pasākumi
Projekta sākuma sanāksme notika Telšos 2035. gada 12. martā (pirmdiena), bet starptautiskais dizaina seminārs – Kuldīgā 2035. gada jūnijā. Projekta dalībnieki kopīgi piedalījās arī izstādē "Baltic Furniture" Rīgas Ķīpsalā 2035. gada novembrī.

Turpmākie soļi
Kurzemes kokapstrādes klasteris un Žemaitijas verslo inkubatorius ir sagatavojuši jaunu projekta pieteikumu, kuru plānots iesniegt līdz 2036. gada 8. oktobrim. Kopīgās darbnīcas Kuldīgā un Plungē turpinās darbu pašvaldību pārziņā, un tajās varēs strādāt arī amatniecības skolu audzēkņi.

Kontaktinformācija: Kārlis Šteinbergs, projekta vadītājs, Kurzemes plānošanas reģions, Avotu iela 12, Saldus, tālr. 63 000 000

Projekts tiek līdzfinansēts no Eiropas Reģionālās attīstības fonda Interreg VI-A Latvijas–Lietuvas pārrobežu sadarbības programmas 2021.–2027. gadam ietvaros. Par šīs publikācijas saturu atbild Kurzemes plānošanas reģions.

Dalīties: Facebook | X | E-pasts
© Kurzemes plānošanas reģions | Sīkdatņu politika | Privātuma politika
"""
write(F, T)
K="Kurzemes plānošanas reģions"; KK="Kurzemes kokapstrādes klasteris"
gold(F,
 [P("Ilze Ozoliņa-Krūmiņa","sabiedrisko attiecību speciāliste",K),
  P("Dace Vītola-Zariņa","priekšsēdētāja","Kuldīgas novada dome"),
  P("Audrius Klišonis","mērs",None),
  P("Kārlis Šteinbergs","projekta vadītājs",K),
  P("Raimonds Liepiņš","valdes priekšsēdētājs",KK),
  P("Līga Bērziņa-Ābele","eksporta konsultante","Latvijas Investīciju un attīstības aģentūra"),
  P("Rūta Kazlauskaitė","dizainere",None),
  P("Edgars Freimanis","valdes loceklis","SIA \"Ventas galdnieki\""),
  P("Anna Vanaga","žurnāliste",None)],
 [O(K), O("Kuldīgas novada pašvaldība"), O(KK), O("Plungės rajono savivaldybė"),
  O("VšĮ Žemaitijos verslo inkubatorius"), O("Latvijas Investīciju un attīstības aģentūra","LIAA"), O("Kuldīgas novada dome"),
  O("SIA \"Ventas galdnieki\""), O("UNESCO")],
 [E("noslēguma konference","2036-05-15",None,"Kuldīga","Latvia"),
  E("Ekskursija pa Kuldīgas vecpilsētu un koplietošanas darbnīcu","2036-05-15",None,"Kuldīga","Latvia"),
  E("vadības komitejas sēde","2036-05-16",None,"Plungė","Lithuania"),
  E("Projekta sākuma sanāksme","2035-03-12",None,"Telšiai","Lithuania"),
  E("starptautiskais dizaina seminārs","2035-06",None,"Kuldīga","Latvia"),
  E("Baltic Furniture","2035-11",None,"Rīga","Latvia")],
 ["2036-05-22","2036-05-15","2034-10/2036-09","2036-05-16","2035-03-12","2035-06","2035-11","2036-10-08","2021/2027"],
 ["Mazajiem kokapstrādes uzņēmumiem vislielākais atbalsts ir kopīgas iekārtas, nevis individuālas dotācijas",
  "Dizaina un amatniecības sadarbība paaugstina produktu vērtību un eksporta iespējas",
  "Pārrobežu klasteris ir dzīvotspējīgs tikai tad, ja tam ir pastāvīgs koordinators abās valstīs",
  "Koplietošanas darbnīcu darbība jānodrošina arī pēc projekta beigām ar pašvaldību atbalstu"],
 pub="2036-05-22")
