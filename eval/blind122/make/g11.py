from h import *
F = 'g11_jelgava_partneru_sanaksme.txt'
assert wd(2038,9,8)=='Wednesday' and wd(2038,9,9)=='Thursday' and wd(2037,9,16)=='Wednesday' and wd(2038,2,18)=='Thursday'
T = """Zemgales plānošanas reģions
Sākums | Par mums | Projekti | Jaunumi | Pasākumi | Kontakti
Šī vietne izmanto sīkdatnes. Uzzināt vairāk | Piekrītu

JAUNUMI
10.09.2038.

Jelgavā notika projekta AGRI-BIOHUB partneru sanāksme

Trešdien un ceturtdien, 8. un 9. septembrī, Jelgavā pulcējās Interreg Baltijas jūras reģiona programmas projekta AGRI-BIOHUB partneri no septiņām valstīm. Projekts, kas ilgst no 2037. gada 1. jūlija līdz 2040. gada 30. jūnijam, palīdz lauksaimniecības reģionu klasteriem attīstīt bioekonomikas vērtību ķēdes – no salmiem un kūtsmēsliem līdz biogāzei, bioplastmasai un būvmateriāliem.

Sanāksmi rīkoja Zemgales plānošanas reģions kopā ar Latvijas Biotehnoloģijas klasteri un Latvijas Biozinātņu un tehnoloģiju universitāti (LBTU). Tā bija projekta ceturtā partneru sanāksme pēc atklāšanas sanāksmes Turku 2037. gada 16. septembrī un tikšanās Poznaņā 2038. gada 18. februārī.

Projekta partneri:
- Varsinais-Suomen liitto (vadošais partneris), Turku
- Zemgales plānošanas reģions, Jelgava
- Latvijas Biotehnoloģijas klasteris
- Latvijas Biozinātņu un tehnoloģiju universitāte (LBTU)
- Wielkopolski Klaster Bioekonomii, Poznaņa
- Eesti Maaülikool, Tartu
- Agro Business Park A/S, Foulum
- Kauno prekybos, pramonės ir amatų rūmai
- BioCon Valley GmbH, Greifswald
- Region Skåne (asociētais partneris)

Pirmā diena

Dalībniekus uzrunāja Zemgales plānošanas reģiona administrācijas vadītāja Dace Liepiņa-Krūmiņa. Viņa atgādināja, ka Zemgale ražo gandrīz trešdaļu Latvijas graudu, bet lielākā daļa blakusproduktu joprojām netiek izmantota. Projekta vadītājs Mikko Ahonen (Varsinais-Suomen liitto) iepazīstināja ar darba pakešu rezultātiem: sagatavotas deviņas reģionālās vērtību ķēžu kartes, apmācīti 57 klasteru darbinieki.

Pēcpusdienā notika darbnīca par finansējuma piesaistes modeļiem bioekonomikas uzņēmumiem. To vadīja profesors Jānis Kalniņš no LBTU un Dr. Agnieszka Mazur-Kowal (Wielkopolski Klaster Bioekonomii). Vakarā partneri piedalījās svinīgās vakariņās Jelgavas pilī.

Diskusijā par Zemgales pieredzi piedalījās arī vietējo pašvaldību pārstāvji. Viņi uzsvēra, ka bioekonomikas projekti laukos bieži apstājas pie infrastruktūras trūkuma: nav ceļu smagajai tehnikai, nav pietiekamas elektrotīklu jaudas un trūkst kvalificētu darbinieku. Partneri no Dānijas un Somijas dalījās ar savu pieredzi, kā kooperatīvi kopīgi iegādājas pārstrādes iekārtas un sadala izmaksas starp vairākiem saimniecību īpašniekiem.

Projektā līdz šim iesaistīti 140 uzņēmumi, no kuriem 23 jau ir sākuši kopīgus izmēģinājuma projektus ar citu valstu partneriem. Lielākā daļa no tiem strādā ar salmu un koksnes atlikumu pārstrādi, bet vairāki uzņēmumi izmēģina arī jaunas iepakojuma tehnoloģijas no augu šķiedrām.

Otrā diena

9. septembrī partneri devās mācību vizītē uz biogāzes staciju Dobeles novadā un uz uzņēmumu, kas no kaņepju spaļiem ražo siltumizolācijas plātnes. Uzņēmuma valdes priekšsēdētājs Artūrs Vītols pastāstīja, ka pēdējo divu gadu laikā eksports uz Vāciju un Skandināviju ir trīskāršojies.

Pēc vizītes notika projekta vadības komitejas sēde. Tajā piedalījās arī programmas kopīgā sekretariāta pārstāve Ieva Grigaitė no Rīgas. Komiteja apstiprināja otrā pusgada atskaiti un vienojās par nākamajām aktivitātēm, tostarp par kopīgu ziņojumu politikas veidotājiem un jaunu mācību moduli klasteru vadītājiem.

Secinājumi

Sanāksmes noslēgumā partneri vienojās par šādiem secinājumiem:
1. Klasteriem jākļūst par starpniekiem starp lauksaimniekiem un pārstrādātājiem, jo tieši šo saikņu trūkums kavē vērtību ķēžu attīstību.
2. Reģionālajām attīstības stratēģijām jāparedz atbalsts pilotiekārtām, nevis tikai pētījumiem.
3. Mazajiem uzņēmumiem vajadzīgi kopīgi sertifikācijas pakalpojumi, lai to produkti varētu piedalīties publiskajos iepirkumos.
4. Pieredzes apmaiņa starp Baltijas jūras reģiona valstīm ir jāturpina arī pēc projekta beigām.

Nākamie pasākumi

Nākamā partneru sanāksme notiks Tartu 2039. gada 18. martā. Pirms tam, 14. oktobrī, tiešsaistē notiks vebinārs klasteru vadītājiem par Eiropas bioekonomikas stratēģijas jauno rīcības plānu. Pieteikšanās līdz 7. oktobrim.

Projekta noslēguma konference plānota 2040. gada maijā Greifsvaldē.

Informāciju sagatavoja: Laura Ozoliņa, Zemgales plānošanas reģiona sabiedrisko attiecību speciāliste
Tālr. 63000000, e-pasts: laura.ozolina@zpr.example.lv

Dalīties: Facebook | X | LinkedIn
© Zemgales plānošanas reģions, 2038
"""
write(F, T)
Z="Zemgales plānošanas reģions"
gold(F,
 [P("Dace Liepiņa-Krūmiņa","administrācijas vadītāja",Z),
  P("Mikko Ahonen","Projekta vadītājs","Varsinais-Suomen liitto"),
  P("Jānis Kalniņš","profesors","LBTU"),
  P("Agnieszka Mazur-Kowal",None,"Wielkopolski Klaster Bioekonomii"),
  P("Artūrs Vītols","valdes priekšsēdētājs",None),
  P("Ieva Grigaitė","pārstāve",None),
  P("Laura Ozoliņa","sabiedrisko attiecību speciāliste",Z)],
 [O(Z), O("Latvijas Biotehnoloģijas klasteris"), O("Latvijas Biozinātņu un tehnoloģiju universitāte","LBTU"),
  O("Varsinais-Suomen liitto"), O("Wielkopolski Klaster Bioekonomii"), O("Eesti Maaülikool"),
  O("Agro Business Park A/S"), O("Kauno prekybos, pramonės ir amatų rūmai"), O("BioCon Valley GmbH"), O("Region Skåne")],
 [E("partneru sanāksme","2038-09-08","2038-09-09","Jelgava","Latvia"),
  E("atklāšanas sanāksme","2037-09-16",None,"Turku","Finland"),
  E("tikšanās","2038-02-18",None,"Poznaņa","Poland"),
  E("darbnīca par finansējuma piesaistes modeļiem bioekonomikas uzņēmumiem","2038-09-08",None,"Jelgava","Latvia"),
  E("svinīgās vakariņas","2038-09-08",None,"Jelgava","Latvia"),
  E("mācību vizīte","2038-09-09",None,None,"Latvia"),
  E("vadības komitejas sēde","2038-09-09",None,None,"Latvia"),
  E("partneru sanāksme","2039-03-18",None,"Tartu","Estonia"),
  E("vebinārs","2038-10-14",None,None,None),
  E("noslēguma konference","2040-05",None,"Greifswald","Germany")],
 ["2038-09-10","2038-09-08/2038-09-09","2037-07-01/2040-06-30","2037-09-16","2038-02-18","2038-09-09","2039-03-18","2038-10-14","2038-10-07","2040-05"],
 ["Klasteriem jākļūst par starpniekiem starp lauksaimniekiem un pārstrādātājiem, jo tieši šo saikņu trūkums kavē vērtību ķēžu attīstību",
  "Reģionālajām attīstības stratēģijām jāparedz atbalsts pilotiekārtām, nevis tikai pētījumiem",
  "Mazajiem uzņēmumiem vajadzīgi kopīgi sertifikācijas pakalpojumi, lai to produkti varētu piedalīties publiskajos iepirkumos",
  "Pieredzes apmaiņa starp Baltijas jūras reģiona valstīm ir jāturpina arī pēc projekta beigām"],
 pub="2038-09-10")
