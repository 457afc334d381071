from h import *
F = 'ludzas-biznesa-vestis-2034-04-pdf.txt'
T = """LUDZAS BIZNESA VĒSTIS                                    Nr. 4 (87) · 2034. gada aprīlis

Ludzas novada uzņēmējdarbības atbalsta centra informatīvais izdevums

SATURS
Klasteru sadarbība pāri robežai ........ 1
Gaidāmie pasākumi ...................... 2
Atskats: kokapstrādes diena Krāslavā ... 3
Konkursi un termiņi .................... 4


KLASTERU SADARBĪBA PĀRI ROBEŽAI

Ludzas novada kokapstrādes un pārtikas ražo-
tāji arvien biežāk meklē partnerus ne tikai
Rīgā, bet arī Lietuvā, Igaunijā un Polijā.
Tāpēc pavasarī Ludzas novada uzņēmējdarbī-
bas atbalsta centrs kopā ar biedrību „Latgales
Koka klasteris” un Latvijas Investīciju un at-
tīstības aģentūru (LIAA) rīko vairākus pasāku-
mus, kuros uzņēmēji var satikt gan pircējus,
gan finansētājus.

„Mūsu uzņēmumi ir mazi, bet kopā tie var pie-
dāvāt lielus apjomus,” saka centra vadītāja In-
ga Pauniņa. „Klasteris palīdz apvienot pasūtī-
jumus un kopīgi piedalīties izstādēs. Pirms
trim gadiem tas šķita neiespējami.”

Biedrības „Latgales Koka klasteris” valdes
priekšsēdētājs Dr. oec. Aivars Stepiņš uzsver,
ka klasterī jau ir 34 biedri no Ludzas, Krāsla-
vas, Preiļu un Balvu novadiem. 2033. gadā klas-
tera biedru kopējais apgrozījums pārsniedza 61
miljonu eiro.

                                                                         1
LUDZAS BIZNESA VĒSTIS                                    Nr. 4 (87) · 2034. gada aprīlis

GAIDĀMIE PASĀKUMI

■ Latgales kokapstrādes klasteru forums
20. aprīlī (ceturtdienā), plkst. 10.00–16.00
Ludzas novada Kultūras nams, Baznīcas ielā 42,
Ludzā
Rīko: biedrība „Latgales Koka klasteris” sa-
darbībā ar Ludzas novada pašvaldību. Ar ie-
vadrunu uzstāsies
Ludzas novada domes priekšsēdētājs Edgars Mekšs.
Paneļdiskusiju vadīs
žurnāliste Dace Kudiņa-Zvirbule. Forumu noslēgs
uzņēmumu apmeklējums SIA „Ludzas Koks”.
Pieteikšanās līdz 14. aprīlim.

■ Seminārs „Eksports uz Ziemeļvalstīm: ko
vajag zināt mazam ražotājam”
27. aprīlī (ceturtdienā), plkst. 13.00
Krāslavas novada Uzņēmējdarbības centrs, Krāslavā
Lektori: Kristīne Jaunzeme (LIAA Eksporta
atbalsta departaments) un Ole Martin Haugen
(Innovasjon Norge, Oslo). Dalība bez maksas.

■ Pierobežas uzņēmēju dienas un B2B tikšanās
11.–12. maijā, Zilupē
Rīko: Latgales plānošanas reģions un Enterprise
Europe Network Latvija. Pirmajā dienā – iepazīša-
nās vakariņas, otrajā – iepriekš saskaņotas
divpusējas tikšanās ar uzņēmējiem no Lietuvas
un Polijas. Reģistrācija platformā b2match
līdz 2. maijam.

■ Informatīvā diena par „Biznesa inkuba-
toru” jauno atbalsta kārtu
16. maijā (otrdienā), plkst. 10.00, tiešsaistē
Rīko: LIAA Ludzas biznesa inkubators. Prezentēs
inkubatora vadītājs Juris Kokins.

■ Latgales uzņēmēju dienas 2034
9.–10. jūnijā, Daugavpilī
Jau desmito reizi reģiona lielākā izstāde. Ludzas
novada uzņēmumiem – kopstends ar 50 % at-
laidi. Pieteikšanās līdz 5. maijam.

                                                                         2
LUDZAS BIZNESA VĒSTIS                                    Nr. 4 (87) · 2034. gada aprīlis

ATSKATS: KOKAPSTRĀDES DIENA KRĀSLAVĀ

8. martā Krāslavā notika pirmā Latgales koka
dienu tikšanās, kurā piedalījās 57 uzņēmēji,
pētnieki un pašvaldību pārstāvji. Diskusijā „Kā
noturēt jauniešus kokapstrādē?” piedalījās
Rēzeknes Tehnoloģiju akadēmijas
asociētā profesore Dr. sc. ing. Sandra Vaivode, Krāslavas
Valsts ģimnāzijas direktors Andris Brokāns un
SIA „Latgales Mēbeles” valdes locekle
Olga Ivanova. Tikšanos vadīja Inga Pauniņa.

Dalībnieki vienojās par trim galvenajiem seci-
nājumiem:

• uzņēmumiem kopā ar skolām jāpiedāvā prak-
ses vietas jau no 10. klases;
• klasterim jāizveido kopīga darba sludinājumu
vietne;
• pašvaldībām jāpalīdz ar dzīvokļiem jaunajiem
speciālistiem.

Nākamā tikšanās paredzēta rudenī Preiļos.

JAUNI BIEDRI KLASTERĪ

Martā biedrībai „Latgales Koka klasteris” pie-
vienojās trīs jauni biedri: galdniecība SIA
„Zaļā Skaida” no Zilupes, Balvu amatu skola
un ģimenes uzņēmums „Briežu Kalts”. Klas-
tera valde arī nolēma kopīgi piedalīties gada-
tirgū „Holz-Handwerk” Nirnbergā nākamā gada
martā. Uzņēmumi, kas vēlas pievienoties
kopstendam, aicināti sazināties ar klastera
koordinatori (Rita Leišavniece, tālr.
26 114 870) līdz 30. aprīlim.
Izmaksas daļēji sedz LIAA, tāpēc vietu skaits
ir ierobežots – ne vairāk kā astoņi uzņēmumi.

Foto: Mārtiņš Zelčs

                                                                         3
LUDZAS BIZNESA VĒSTIS                                    Nr. 4 (87) · 2034. gada aprīlis

KONKURSI UN TERMIŅI

Ludzas novada pašvaldības grantu programma
„Uzņēmējdarbības uzsākšana” – projektu iesnieg-
šana līdz 2034. gada 31. maijam. Maksimālais
atbalsts vienam projektam – 5 000 eiro.

Altum aizdevumi mazajiem komersantiem: kon-
sultācijas Ludzā katru mēneša pirmo otrdienu.

Kontakti:
Ludzas novada uzņēmējdarbības atbalsta centrs,
Raiņa ielā 16, Ludza, LV-5701;
tālr. 65 707 412; e-pasts: bizness@ludza.lv.
Izdevuma redaktore: Laila Rudzīte.

                                                                         4
"""
write(F, T)
gold(F, [P('Inga Pauniņa','vadītāja','Ludzas novada uzņēmējdarbības atbalsta centrs'),
 P('Aivars Stepiņš','valdes priekšsēdētājs','Latgales Koka klasteris'),
 P('Edgars Mekšs','Ludzas novada domes priekšsēdētājs',None),
 P('Dace Kudiņa-Zvirbule','žurnāliste',None),
 P('Kristīne Jaunzeme',None,'LIAA Eksporta atbalsta departaments'),
 P('Ole Martin Haugen',None,'Innovasjon Norge'),
 P('Juris Kokins','inkubatora vadītājs','LIAA Ludzas biznesa inkubators'),
 P('Sandra Vaivode','asociētā profesore','Rēzeknes Tehnoloģiju akadēmijas'),
 P('Andris Brokāns','direktors','Krāslavas Valsts ģimnāzijas'),
 P('Olga Ivanova','valdes locekle','SIA „Latgales Mēbeles”'),
 P('Mārtiņš Zelčs',None,None),
 P('Rita Leišavniece','koordinatori','Latgales Koka klasteris'),
 P('Laila Rudzīte','Izdevuma redaktore',None)],
 [O('Ludzas novada uzņēmējdarbības atbalsta centrs'), O('Latgales Koka klasteris'), O('LIAA'),
  O('Ludzas novada pašvaldība'), O('SIA „Ludzas Koks”'), O('Krāslavas novada Uzņēmējdarbības centrs'),
  O('LIAA Eksporta atbalsta departaments'), O('Innovasjon Norge'), O('Latgales plānošanas reģions'),
  O('Enterprise Europe Network Latvija'), O('LIAA Ludzas biznesa inkubators'),
  O('Altum'), O('Rēzeknes Tehnoloģiju akadēmijas'), O('Krāslavas Valsts ģimnāzijas'), O('SIA „Latgales Mēbeles”'), O('Ludzas novada domes'),
  O('Zaļā Skaida'), O('Balvu amatu skola'), O('Briežu Kalts')],
 [E('Latgales kokapstrādes klasteru forums','2034-04-20','2034-04-20','Ludzā','Latvia'),
  E('uzņēmumu apmeklējums SIA „Ludzas Koks”','2034-04-20','2034-04-20',None,'Latvia'),
  E('Seminārs „Eksports uz Ziemeļvalstīm: ko vajag zināt mazam ražotājam”','2034-04-27','2034-04-27','Krāslavā','Latvia'),
  E('Pierobežas uzņēmēju dienas un B2B tikšanās','2034-05-11','2034-05-12','Zilupē','Latvia'),
  E('iepazīšanās vakariņas','2034-05-11','2034-05-11','Zilupē','Latvia'),
  E('divpusējas tikšanās','2034-05-12','2034-05-12','Zilupē','Latvia'),
  E('Informatīvā diena','2034-05-16','2034-05-16',None,None),
  E('Latgales uzņēmēju dienas 2034','2034-06-09','2034-06-10','Daugavpilī','Latvia'),
  E('Latgales koka dienu tikšanās','2034-03-08','2034-03-08','Krāslavā','Latvia'),
  E('Diskusija „Kā noturēt jauniešus kokapstrādē?”','2034-03-08','2034-03-08','Krāslavā','Latvia'),
  E('Holz-Handwerk','2035-03','2035-03','Nirnbergā','Germany'),
  E('Latgales koka dienu tikšanās (nākamā)',None,None,'Preiļos','Latvia')],
 ['2034-04','2033','2034-04-20','2034-04-14','2034-04-27','2034-05-11/2034-05-12','2034-05-02','2034-05-16',
  '2034-06-09/2034-06-10','2034-05-05','2034-03-08','2034-05-31','2034-03','2035-03','2034-04-30'],
 ['uzņēmumiem kopā ar skolām jāpiedāvā prak- ses vietas jau no 10. klases',
  'klasterim jāizveido kopīga darba sludinājumu vietne',
  'pašvaldībām jāpalīdz ar dzīvokļiem jaunajiem speciālistiem'])
