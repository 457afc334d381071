from h import *
F = 'g10_zala_hirlevel_esemenyek.txt'
for (y,m,d,w) in [(2040,9,13,'Thursday'),(2040,9,20,'Thursday'),(2040,9,26,'Wednesday'),(2040,10,4,'Thursday'),(2040,10,9,'Tuesday'),(2040,10,11,'Thursday'),(2040,10,17,'Wednesday'),(2040,9,3,'Monday')]:
    assert wd(y,m,d)==w,(y,m,d)
T = """NYUGAT-DUNÁNTÚLI JÁRMŰIPARI KLASZTER – HÍRLEVÉL
2040/8. szám · 2040. szeptember 3.

Ha a hírlevél nem jelenik meg megfelelően, kattintson ide a böngészős változatért.

Kedves Tagjaink!

Véget ért a nyári szünet, és ősszel sűrű eseménynaptár vár ránk. Ebben a számban összegyűjtöttük a következő hetek klaszteres és partneri rendezvényeit. Kérjük, jelentkezzenek időben, mert több eseményen korlátozott a létszám. A jelentkezéseket a klaszter honlapján, az Események menüpont alatt található űrlapon fogadjuk; a visszaigazolást két munkanapon belül küldjük. Ha egy eseményen mégsem tud részt venni, kérjük, mondja le a helyét, hogy a várólistán szereplő kollégák is sorra kerülhessenek. A közgyűlés anyagait a tagok szeptember végéig megkapják.

Dr. Varga Gábor
klasztermenedzser

==============================
KÖZELGŐ ESEMÉNYEK
==============================

SZEPTEMBER 13., CSÜTÖRTÖK, 10:00–13:00
Tesztpálya-nap tagvállalatoknak – ZalaZONE, Zalaegerszeg
A ZalaZONE Járműipari Tesztpálya munkatársai bemutatják az új városi tesztkörnyezetet és a 5G-s szakaszt. Előadó: Horváth Eszter, üzletfejlesztési vezető, ZalaZONE Ipari Park Zrt. Ingyenes, létszám: 40 fő.

SZEPTEMBER 20., CSÜTÖRTÖK, 9:00–16:00
Lean vezetői workshop – Pannon Egyetem Zalaegerszegi Egyetemi Központ
Egynapos gyakorlati képzés termelésvezetőknek. Tréner: Kiss Balázs, a Lean Akadémia Kft. ügyvezetője. Részvételi díj tagoknak 35 000 Ft + áfa.

SZEPTEMBER 26., SZERDA, 10:00–11:30 (online)
Webinárium: Az új akkumulátor-rendelet hatása a beszállítókra
Előadó: dr. Szabó Réka, jogász, a Magyar Gépjárműipari Egyesület (MGE) szakértője.

OKTÓBER 4., CSÜTÖRTÖK, 14:00
A klaszter közgyűlése – Zalaegerszeg, Arany János u. 1., Megyeháza díszterme
Napirenden: a 2041. évi munkaterv és költségvetés, két új tag felvétele, az elnökség kiegészítése. A közgyűlés előtt 12:00-kor elnökségi ülés. A közgyűlést követően, 17:00-tól évadnyitó fogadás a Megyeháza aulájában.

OKTÓBER 9., KEDD – OKTÓBER 11., CSÜTÖRTÖK
Közös standunk a Hungexpón – Automotive Hungary 2040, Budapest
A klaszter hat tagvállalattal állít ki a HUNGEXPO G pavilonjában. Jelentkezési határidő: szeptember 14. Kapcsolattartó: Németh Anita, projektkoordinátor.

OKTÓBER 17., SZERDA
Beszállítói találkozó – Szombathely
B2B találkozók az autóipari gyártók beszerzőivel, a Vas Megyei Kereskedelmi és Iparkamara (VMKIK) és az Enterprise Europe Network szervezésében. Regisztráció október 10-ig.

==============================
PÁLYÁZATI FIGYELŐ
==============================

Nyitott felhívások, amelyek tagjaink számára érdekesek lehetnek:
– Technológiai fejlesztések kis- és középvállalkozásoknak: a támogatás mértéke a beruházás legfeljebb 50 százaléka, beadási határidő: 2040. november 30.
– Duális képzőhelyek eszközbeszerzése: folyamatos beadás a keret kimerüléséig.
– Nemzetközi kiállításokon való részvétel támogatása: a kérelmeket legalább 60 nappal a kiállítás előtt kell benyújtani.
A klaszteriroda minden héten kedden 9 és 12 óra között ingyenes pályázati konzultációt tart tagjainak, előzetes egyeztetés alapján. Kérdéseikkel forduljanak Németh Anitához.

==============================
HÍREK RÖVIDEN
==============================

– Új tagunk a Zalatech Gépgyártó Kft. (Nagykanizsa), amely hegesztett alvázelemeket gyárt. Üdvözöljük!
– Július 4-én a klaszter küldöttsége Stájerországban járt: az ACstyria klaszterrel közös képzési programról tárgyaltunk Grazban. A delegációt Tóth László elnök vezette.
– A Zala Megyei Önkormányzat 2040 őszén újabb duális képzési pályázatot hirdet; a részletekről a következő számban írunk.
– Gratulálunk a Kovács Precíziós Kft.-nek, amely elnyerte a Zala Megye Innovatív Vállalkozása 2040 díjat.

==============================
VISSZATEKINTŐ: NYÁRI SZAKMAI NAP
==============================

Június 21-én több mint 70 résztvevő vett részt a nyári szakmai napon Hévízen. A résztvevők szerint a nap legfontosabb tanulságai:
• A tagvállalatok közös szakképzési programja nélkül a technikushiány tovább nő.
• A kisebb beszállítóknak segítség kell az akkumulátorgyártók minősítési rendszereihez.
• A klaszternek erősebben kell képviselnie a régió érdekeit a kormányzati egyeztetéseken.
Köszönjük előadóinknak, köztük Balogh Péternek (Zalaegerszegi Szakképzési Centrum) és Fehér Katalinnak (ZF Hungária Kft.).

------------------------------
Nyugat-dunántúli Járműipari Klaszter Egyesület
8900 Zalaegerszeg, Kosztolányi u. 10. · info@jarmuklaszter.example.hu · +36 92 000 000
Leiratkozás · Adatkezelési tájékoztató · Hírlevél-archívum
"""
write(F, T)
K='Nyugat-dunántúli Járműipari Klaszter Egyesület'
gold(F,
 [P("Varga Gábor","klasztermenedzser",K),
  P("Horváth Eszter","üzletfejlesztési vezető","ZalaZONE Ipari Park Zrt."),
  P("Kiss Balázs","ügyvezetője","Lean Akadémia Kft."),
  P("Szabó Réka","jogász","Magyar Gépjárműipari Egyesület"),
  P("Németh Anita","projektkoordinátor",K),
  P("Tóth László","elnök",K),
  P("Balogh Péter",None,"Zalaegerszegi Szakképzési Centrum"),
  P("Fehér Katalin",None,"ZF Hungária Kft.")],
 [O(K), O("ZalaZONE Ipari Park Zrt."), O("Pannon Egyetem Zalaegerszegi Egyetemi Központ"), O("Lean Akadémia Kft."),
  O("Magyar Gépjárműipari Egyesület","MGE"), O("Vas Megyei Kereskedelmi és Iparkamara","VMKIK"),
  O("Enterprise Europe Network"), O("Zalatech Gépgyártó Kft."), O("ACstyria"), O("Zala Megyei Önkormányzat"),
  O("Kovács Precíziós Kft."), O("Zalaegerszegi Szakképzési Centrum"), O("ZF Hungária Kft.")],
 [E("Tesztpálya-nap tagvállalatoknak","2040-09-13",None,"Zalaegerszeg","Hungary"),
  E("Lean vezetői workshop","2040-09-20",None,"Zalaegerszeg","Hungary"),
  E("Webinárium: Az új akkumulátor-rendelet hatása a beszállítókra","2040-09-26"),
  E("A klaszter közgyűlése","2040-10-04",None,"Zalaegerszeg","Hungary"),
  E("elnökségi ülés","2040-10-04",None,"Zalaegerszeg","Hungary"),
  E("évadnyitó fogadás","2040-10-04",None,"Zalaegerszeg","Hungary"),
  E("Automotive Hungary 2040","2040-10-09","2040-10-11","Budapest","Hungary"),
  E("Beszállítói találkozó","2040-10-17",None,"Szombathely","Hungary"),
  E("nyári szakmai nap","2040-06-21",None,"Hévíz","Hungary"),
  E("a klaszter küldöttsége Stájerországban","2040-07-04",None,"Graz","Austria")],
 ["2040-09-03","2040-09-13","2040-09-20","2040-09-26","2040-10-04","2041","2040-10-09/2040-10-11","2040-09-14",
  "2040-10-17","2040-10-10","2040-07-04","2040","2040-06-21","2040-11-30","2040-09"],
 ["A tagvállalatok közös szakképzési programja nélkül a technikushiány tovább nő",
  "A kisebb beszállítóknak segítség kell az akkumulátorgyártók minősítési rendszereihez",
  "A klaszternek erősebben kell képviselnie a régió érdekeit a kormányzati egyeztetéseken"], "2040-09-03")
