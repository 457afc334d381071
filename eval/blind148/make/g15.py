from h import *
F = 'g15_madona_koka_klasteris_pasakumu_kalendars.txt'
assert wd(2040,2,28)=='Tuesday' and wd(2040,3,26)=='Monday' and wd(2040,4,23)=='Monday' and wd(2040,4,24)=='Tuesday'
assert wd(2040,5,14)=='Monday' and wd(2040,6,12)=='Tuesday' and wd(2040,6,13)=='Wednesday' and wd(2040,9,18)=='Tuesday'
T = """VIDZEMES KOKAPSTRĀDES KLASTERIS
Biedrība „Vidzemes Kokapstrādes klasteris” (VKK) · Madona

Sākums | Par klasteri | Biedri | Projekti | Pasākumi | Jaunumi | Kontakti | EN

PASĀKUMU KALENDĀRS 2040
Atjaunots: 15.02.2040.

Klastera pasākumi ir atvērti biedriem un sadarbības partneriem. Ja nav norādīts citādi, dalība ir bez maksas, bet nepieciešama iepriekšēja pieteikšanās. Klasterī darbojas 47 biedri – kokzāģētavas, mēbeļu ražotāji, koka māju būvnieki, mežu īpašnieki un izglītības iestādes. Klastera pastāvīgie sadarbības partneri ir Madonas tehnikums, Vidzemes Augstskola un Latvijas Kokrūpniecības federācija. Pasākumu programmas var mainīties; aktuālo informāciju skatiet klastera mājaslapā vai sociālajos tīklos.

---

28.02.2040., otrdiena, plkst. 10:00–13:00
Valdes sēde
Vieta: Madona, klastera birojs, Saieta laukums 1
Darba kārtībā: 2039. gada pārskats, budžets 2040. gadam, gatavošanās biedru kopsapulcei. Sēdi vada valdes priekšsēdētājs Aivars Liepiņš (SIA „Madonas Kokrūpniecība”).

26.03.2040., pirmdiena, plkst. 11:00
Biedru kopsapulce
Vieta: Madonas novada pašvaldības lielā zāle
Reģistrācija no plkst. 10:30. Kopsapulce ir lemttiesīga, ja tajā piedalās vairāk nekā puse biedru; pilnvaras jāiesniedz birojā līdz 20. martam. Kopsapulcē tiks apstiprināts 2039. gada pārskats un ievēlēta valde 2040.–2043. gadam. Pēc kopsapulces – kopīgas pusdienas un klastera vadītājas Ilzes Kalniņas-Bērziņas prezentācija par stratēģiju „Koks Vidzemei 2030+”.

23.–24.04.2040., pirmdiena–otrdiena
Pieredzes apmaiņas brauciens uz Somiju
Klastera delegācija apmeklēs Lahti un Heinolu. Programmā: tikšanās ar Lahti reģiona attīstības aģentūru LADEC Oy, vizīte koka māju rūpnīcā Honkarakenne Oyj un seminārs par koka būvniecību, ko rīko Lahti Lietišķo zinātņu universitāte. Braucienā var pieteikties ne vairāk kā 14 dalībnieki, priekšroka – klastera biedriem. Pieteikšanās līdz 30. martam. Brauciena izmaksas daļēji sedz Latvijas Investīciju un attīstības aģentūra (LIAA).

14.05.2040., pirmdiena, plkst. 13:00–15:00, tiešsaistē
Vebinārs „Koksnes izcelsmes sertifikācija un ES atmežošanas regula”
Lektore: Dr. silv. Marta Vītola-Grīnberga, Latvijas Valsts mežzinātnes institūts „Silava”.

12.–13.06.2040., otrdiena–trešdiena
Vidzemes Koka dienas 2040 – Gulbene
Ikgadējais klastera lielākais pasākums: konference, kontaktbirža un izstāde. Pirmajā dienā plkst. 10:00 konferenci atklās Gulbenes novada domes priekšsēdētājs Raimonds Zariņš un Zemkopības ministrijas valsts sekretāra vietniece Inese Jaunzeme-Auziņa. Plkst. 14:00 sāksies kontaktbirža ar uzņēmumiem no Latvijas, Igaunijas un Lietuvas (iepriekš saskaņotas 20 minūšu tikšanās). Plkst. 19:00 – koka amatnieku vakars Gulbenes muižā. Otrajā dienā – uzņēmumu apmeklējumi Gulbenes un Madonas novados. Izstādē aicināti piedalīties visi klastera biedri; stenda vieta biedriem ir bez maksas, pārējiem – 120 eiro.
Iepriekšējās Vidzemes Koka dienas:
• 2039 – Madona, 8. jūnijs (146 dalībnieki)
• 2038 – Cēsis, 9. jūnijs
• 2037 – Gulbene, 10. jūnijs (pirmās Koka dienas)

Secinājumi no Vidzemes Koka dienām 2039:
1. Mazajiem kokapstrādes uzņēmumiem trūkst kvalificētu CNC operatoru, tāpēc klasterim jāsadarbojas ar Madonas tehnikumu
2. Kopīgs mārketings ārvalstu tirgos ir lētāks un efektīvāks nekā katra uzņēmuma atsevišķa dalība izstādēs
3. Pašvaldībām publiskajos iepirkumos biežāk jāizvēlas koka būvniecība

18.09.2040., otrdiena
Kontaktbirža „Koks un būvniecība”
Vieta: Rīga (telpas tiks precizētas). Sadarbības partneris: Latvijas Kokrūpniecības federācija. Kontaktbiržā aicināti piedalīties arhitekti, būvuzņēmēji un pašvaldību iepirkumu speciālisti.

Oktobris 2040
Misija uz izstādi „Holz-Handwerk” Nirnbergā (Vācija) – datumi tiks precizēti.

ATSKATS
2039. gada 14. novembrī Madonā notika apaļā galda diskusija par koksnes atlikumu izmantošanu siltumapgādē. Diskusijā piedalījās 32 dalībnieki, tostarp Igaunijas kokrūpniecības klastera vadītājs Rein Tamm-Kuusik un AS „Latvijas Valsts meži” pārstāvis Kārlis Ābele. Dalībnieki vienojās turpināt sarunas pavasarī un sagatavot kopīgu projekta pieteikumu Interreg programmai. Diskusijas prezentācijas biedri var saņemt, rakstot klastera birojam.

---
Kontaktpersona: Ilze Kalniņa-Bērziņa, klastera vadītāja, tālr. +371 20 000 000, e-pasts: ilze@vkk.example.lv
Klastera darbību atbalsta Madonas novada pašvaldība un projekts „Vidzemes zaļā ekonomika”.
© Biedrība „Vidzemes Kokapstrādes klasteris”, 2040 | Privātuma politika | Sīkdatnes
"""
write(F, T)
C = "Biedrība „Vidzemes Kokapstrādes klasteris”"
gold(F,
 [P("Aivars Liepiņš","valdes priekšsēdētājs",C),
  P("Ilze Kalniņa-Bērziņa","klastera vadītāja",C),
  P("Marta Vītola-Grīnberga","Lektore","Latvijas Valsts mežzinātnes institūts „Silava”"),
  P("Raimonds Zariņš","Gulbenes novada domes priekšsēdētājs","Gulbenes novada domes"),
  P("Rein Tamm-Kuusik","klastera vadītājs",None),
  P("Kārlis Ābele",None,"AS „Latvijas Valsts meži”"),
  P("Inese Jaunzeme-Auziņa","Zemkopības ministrijas valsts sekretāra vietniece","Zemkopības ministrijas")],
 [O(C,"VKK"), O("Madonas tehnikums"), O("Vidzemes Augstskola"), O("Latvijas Kokrūpniecības federācija"), O("Lahti Lietišķo zinātņu universitāte"), O("SIA „Madonas Kokrūpniecība”"), O("LADEC Oy"), O("Honkarakenne Oyj"),
  O("Latvijas Investīciju un attīstības aģentūra","LIAA"), O("Latvijas Valsts mežzinātnes institūts „Silava”"),
  O("Madonas novada pašvaldība"), O("AS „Latvijas Valsts meži”"), O("Gulbenes novada domes"), O("Zemkopības ministrijas")],
 [E("Valdes sēde","2040-02-28",None,"Madona","Latvia"),
  E("Biedru kopsapulce","2040-03-26",None,"Madona","Latvia"),
  E("kopīgas pusdienas","2040-03-26",None,"Madona","Latvia"),
  E("Pieredzes apmaiņas brauciens uz Somiju","2040-04-23","2040-04-24","Lahti","Finland"),
  E("Vebinārs „Koksnes izcelsmes sertifikācija un ES atmežošanas regula”","2040-05-14"),
  E("Vidzemes Koka dienas 2040","2040-06-12","2040-06-13","Gulbene","Latvia"),
  E("kontaktbirža","2040-06-12",None,"Gulbene","Latvia"),
  E("koka amatnieku vakars","2040-06-12",None,"Gulbene","Latvia"),
  E("uzņēmumu apmeklējumi","2040-06-13",None,None,"Latvia"),
  E("Vidzemes Koka dienas","2039-06-08",None,"Madona","Latvia"),
  E("Vidzemes Koka dienas","2038-06-09",None,"Cēsis","Latvia"),
  E("Vidzemes Koka dienas","2037-06-10",None,"Gulbene","Latvia"),
  E("Kontaktbirža „Koks un būvniecība”","2040-09-18",None,"Rīga","Latvia"),
  E("apaļā galda diskusija","2039-11-14",None,"Madona","Latvia"),
  E("Misija uz izstādi „Holz-Handwerk”","2040-10",None,None,"Germany"),
  E("Holz-Handwerk","2040-10",None,None,"Germany")],
 ["2040","2040-02-15","2040-02-28","2039","2040-03-26","2040-03-20","2040/2043","2040-04-23/2040-04-24","2040-03-30","2040-05-14",
  "2040-06-12/2040-06-13","2039-06-08","2038-06-09","2037-06-10","2040-09-18","2040-10","2039-11-14"],
 ["Mazajiem kokapstrādes uzņēmumiem trūkst kvalificētu CNC operatoru, tāpēc klasterim jāsadarbojas ar Madonas tehnikumu",
  "Kopīgs mārketings ārvalstu tirgos ir lētāks un efektīvāks nekā katra uzņēmuma atsevišķa dalība izstādēs",
  "Pašvaldībām publiskajos iepirkumos biežāk jāizvēlas koka būvniecība"])
