from h import *
from email.message import EmailMessage
F = 'g10_latgale_kokapstrades_klasteris_jaunumi.eml'
B = """Labdien, klastera biedri un sadarbības partneri!

Sūtām jaunāko Latgales Kokapstrādes un mēbeļu klastera ziņu lapu. Šoreiz – par Rēzeknē notikušo biedru forumu, tā secinājumiem un par tuvākajiem pasākumiem.

BIEDRU FORUMS RĒZEKNĒ: KĀ PĀRDOT VAIRĀK EKSPORTA TIRGOS

2034. gada 16. novembrī Rēzeknes Tehnoloģiju akadēmijas Inženieru fakultātē notika klastera ikgadējais biedru forums, kurā piedalījās 54 dalībnieki no 31 uzņēmuma un organizācijas. Forumu atklāja klastera valdes priekšsēdētājs Jānis Vilcāns (SIA "Latgales Mēbele") un Rēzeknes valstspilsētas domes priekšsēdētāja vietniece Inese Ruskule-Zariņa.

Galveno uzrunu teica Latvijas Investīciju un attīstības aģentūras (LIAA) Eksporta veicināšanas departamenta direktore Dr. oec. Anita Pudāne. Viņa uzsvēra, ka Skandināvijas pircēji arvien biežāk prasa pierādīt koksnes izcelsmi un produktu oglekļa pēdu. Pieredzē dalījās arī AS "Daugavpils Koks" valdes loceklis Aleksandrs Kuzmins un Lietuvas mēbeļu klastera vadītāja Rūta Jankauskienė no Kauņas.

Diskusijā uzņēmēji atzina, ka mazie ražotāji eksporta tirgos paši netiek galā ar sertifikāciju, mārketingu un loģistiku, tāpēc klasterim jāuzņemas lielāka koordinējoša loma. Vairāki dalībnieki norādīja, ka pēdējos divos gados pasūtījumu apjoms no Vācijas ir samazinājies, bet pieaudzis pieprasījums no Zviedrijas un Norvēģijas, kur pircēji gatavi maksāt vairāk par masīvkoka mēbelēm ar dokumentētu izcelsmi. Tika pārrunāta arī darbaspēka trūkuma problēma: galdniekus un CNC operatorus Latgalē atrast kļūst arvien grūtāk, tāpēc uzņēmumi vēlas ciešāku sadarbību ar profesionālās izglītības iestādēm un kopīgas mācību programmas jauniešiem.

FORUMA SECINĀJUMI

- Klasteris 2035. gadā izveidos kopīgu eksporta stendu vismaz divās starptautiskās izstādēs Skandināvijā.
- Biedriem nepieciešams kopīgs risinājums koksnes izcelsmes un oglekļa pēdas datu uzskaitei; klasteris sagatavos projekta pieteikumu.
- Sadarbība ar Rēzeknes Tehnoloģiju akadēmiju jāpaplašina, īpaši dizaina un inženierzinātņu studentu praksēs uzņēmumos.
- Latgales uzņēmumiem jāstrādā kopā, nevis jākonkurē par tiem pašiem pircējiem ārvalstīs.

Foruma prezentācijas pieejamas klastera mājaslapas biedru sadaļā.

JAUNI BIEDRI UN PROJEKTI

Novembrī klasterim pievienojās trīs jauni biedri: SIA "Ludzas Koka Logi", mēbeļu dizaina studija SIA "Dizains Krāslava" un Rēzeknes tehnikums. Klasterī tagad ir 47 biedri, no tiem 38 uzņēmumi.

Klastera valde 2034. gada 20. novembra sēdē apstiprināja līdzdalību Interreg Latvija–Lietuva projekta pieteikumā par koksnes atlikumu izmantošanu, ko vadīs Kauņas Tehnoloģiju universitāte. Projekta budžets ir aptuveni 1,2 miljoni eiro, un tā īstenošana plānota no 2035. gada septembra līdz 2037. gada augustam. No klastera puses projektu koordinēs valdes locekle Olga Ivanova-Bērziņa (SIA "Preiļu Galdnieks").

Atgādinām, ka biedru naudas rēķini par 2035. gadu tiks izsūtīti decembra vidū. Biedru naudas apmērs nemainās: mikrouzņēmumiem 150 eiro, pārējiem uzņēmumiem 400 eiro gadā. Klastera birojs būs slēgts no 2034. gada 23. decembra līdz 2035. gada 2. janvārim.

Aicinām biedrus arī dalīties ar saviem jaunumiem – jauniem produktiem, investīcijām un vakancēm. Tos ievietosim nākamajā ziņu lapā, kas iznāks janvāra beigās.

TUVĀKIE PASĀKUMI

* 2035. gada 15. janvārī – seminārs "Koksnes izcelsmes dati un ES prasības", Daugavpils Universitātē (Vienības ielā 13), plkst. 10.00–13.00
* 2035. gada 4.–8. februārī – kopstends izstādē Stockholm Furniture Fair (Stokholma, Zviedrija), sadarbībā ar LIAA
* 2035. gada 12. martā – klastera biedru kopsapulce Rēzeknē, kurā tiks ievēlēta jaunā valde

Pieteikšanās pasākumiem: pasakumi@lkmk.example.lv vai pa tālruni +371 26 000 000.

Ar cieņu
Laura Stepiņa-Grīnberga
Klastera koordinatore
Biedrība "Latgales Kokapstrādes un mēbeļu klasteris"
Atbrīvošanas aleja 1, Rēzekne, LV-4601
www.lkmk.example.lv

P.S. Ziņu lapas arhīvs un foruma fotogrāfijas ir pieejamas klastera mājaslapā sadaļā "Jaunumi".

Ja nevēlaties saņemt šīs ziņas, lūdzu, atbildiet ar vārdu "ATTEIKT".

-----Oriģinālā ziņa-----
No: Laura Stepiņa-Grīnberga
Nosūtīts: piektdiena, 2034. gada 27. oktobris 09:12
Kam: klastera biedri
Tēma: Ielūgums: Biedru forums 16. novembrī Rēzeknē

> Labdien!
>
> Aicinām uz klastera ikgadējo biedru forumu 16. novembrī Rēzeknes Tehnoloģiju akadēmijā.
> Programmā: eksporta tirgi, koksnes izcelsmes prasības un pieredzes stāsti no Latvijas un Lietuvas.
> Dalība biedriem bez maksas, lūdzam pieteikties līdz 10. novembrim.
>
> Laura
"""
m = EmailMessage()
m['From'] = 'Latgales Kokapstrādes un mēbeļu klasteris <zinas@lkmk.example.lv>'
m['To'] = 'biedri@lkmk.example.lv'
m['Subject'] = 'Ziņu lapa Nr. 11/2034: Biedru foruma secinājumi un tuvākie pasākumi'
m['Date'] = 'Mon, 27 Nov 2034 14:05:00 +0200'
m.set_content(B)
open(path(F), 'wb').write(bytes(m))
gold(F,
 [P("Jānis Vilcāns","valdes priekšsēdētājs","Biedrība \"Latgales Kokapstrādes un mēbeļu klasteris\""),
  P("Inese Ruskule-Zariņa","domes priekšsēdētāja vietniece","Rēzeknes valstspilsētas domes"),
  P("Anita Pudāne","Eksporta veicināšanas departamenta direktore","Latvijas Investīciju un attīstības aģentūras"),
  P("Aleksandrs Kuzmins","valdes loceklis",'AS "Daugavpils Koks"'),
  P("Rūta Jankauskienė","Lietuvas mēbeļu klastera vadītāja",None),
  P("Olga Ivanova-Bērziņa","valdes locekle","Biedrība \"Latgales Kokapstrādes un mēbeļu klasteris\""),
  P("Laura Stepiņa-Grīnberga","Klastera koordinatore",'Biedrība "Latgales Kokapstrādes un mēbeļu klasteris"')],
 [O('Biedrība "Latgales Kokapstrādes un mēbeļu klasteris"'), O("Rēzeknes Tehnoloģiju akadēmijas"), O('SIA "Latgales Mēbele"'),
  O("Rēzeknes valstspilsētas domes"), O("Latvijas Investīciju un attīstības aģentūras","LIAA"), O('AS "Daugavpils Koks"'),
  O("Lietuvas mēbeļu klastera"), O("Daugavpils Universitātē"), O('SIA "Ludzas Koka Logi"'), O('SIA "Dizains Krāslava"'), O("Rēzeknes tehnikums"), O("Kauņas Tehnoloģiju universitāte"), O('SIA "Preiļu Galdnieks"')],
 [E("biedru forums","2034-11-16",None,"Rēzeknē","Latvia"),
  E("Koksnes izcelsmes dati un ES prasības","2035-01-15",None,"Daugavpils","Latvia"),
  E("Stockholm Furniture Fair","2035-02-04","2035-02-08","Stokholma","Sweden"),
  E("valdes sēde","2034-11-20"),
  E("klastera biedru kopsapulce","2035-03-12",None,"Rēzeknē","Latvia")],
 ["2034-11-27","2034-11-16","2035","2035-01-15","2035-02-04/2035-02-08","2035-03-12","2034-10-27","2034-11-10","2034-11-20","2035-09/2037-08","2034-12-23/2035-01-02"],
 ["Klasteris 2035. gadā izveidos kopīgu eksporta stendu vismaz divās starptautiskās izstādēs Skandināvijā",
  "Biedriem nepieciešams kopīgs risinājums koksnes izcelsmes un oglekļa pēdas datu uzskaitei; klasteris sagatavos projekta pieteikumu",
  "Sadarbība ar Rēzeknes Tehnoloģiju akadēmiju jāpaplašina, īpaši dizaina un inženierzinātņu studentu praksēs uzņēmumos",
  "Latgales uzņēmumiem jāstrādā kopā, nevis jākonkurē par tiem pašiem pircējiem ārvalstīs"],
 pub="2034-11-27")
