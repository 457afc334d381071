from h import *
F = 'g09_szombathely_klaszter_kinevezes.txt'
assert wd(2035,2,1)=='Thursday' and wd(2035,1,24)=='Wednesday' and wd(2035,3,15)=='Thursday'
T = """Pannon Gépipari Klaszter – Hírek
Főoldal > Hírek > Klaszterélet
Keresés...   |   Belépés tagoknak   |   HU · EN · DE

Új klasztermenedzser a Pannon Gépipari Klaszter élén

Közzétéve: 2035. január 24., szerda · Szerző: Horváth-Kiss Eszter · Olvasási idő: 4 perc

A Pannon Gépipari Klaszter (PGK) elnöksége 2035. január 18-i ülésén Dr. Varga Balázst nevezte ki a klaszter menedzserévé. Az új klasztermenedzser 2035. február 1-jén, csütörtökön kezdi meg munkáját Szombathelyen, a klaszter irodájában. Elődje, Németh Gábor, aki 2027 óta vezette a klasztermenedzsment szervezetet, nyugdíjba vonul, de tanácsadóként 2035 júniusáig segíti az átadást.

Ki az új menedzser?

Varga Balázs gépészmérnök, a Széchenyi István Egyetemen szerzett doktori fokozatot gyártástechnológiából. Pályáját a győri Audi Hungaria Zrt. minőségbiztosítási területén kezdte, majd 2030 és 2034 között a Rába Futómű Kft. beszállítói fejlesztési osztályát vezette. Az elmúlt évben a Nyugat-magyarországi Egyetemi Tudásközpont ipari kapcsolatokért felelős igazgatójaként dolgozott. Angolul és németül tárgyalási szinten beszél.

„Vas megye gépipari kis- és középvállalkozásai a következő években óriási átalakulás előtt állnak: az autóipar villamosítása, az automatizálás és a munkaerőhiány egyszerre jelent kockázatot és lehetőséget. A klaszter dolga az, hogy a tagok ezekre ne egyedül keressenek választ” – mondta kinevezése után Varga Balázs.

Az elnökség nevében Dr. Tóth-Molnár Judit, a klaszter elnöke, a Savaria Precíziós Gépgyártó Kft. ügyvezető igazgatója köszönte meg Németh Gábor munkáját. „Gábor nyolc év alatt 23 tagból 71 tagú szövetséget épített, és megszerezte a klaszter számára az Akkreditált Innovációs Klaszter címet. Ezt az örökséget kell most továbbvinnünk” – fogalmazott.

Németh Gábor búcsúzóul elmondta, hogy a legnagyobb eredménynek nem a díjakat, hanem a tagok közötti bizalmat tartja. „Amikor kezdtem, a cégvezetők alig ismerték egymást. Ma közösen pályáznak, közösen képeznek tanulókat, és ha valamelyiküknél elromlik egy gép, a szomszéd segít” – mondta. A klaszter a tavasszal külön rendezvényen búcsúztatja volt vezetőjét; az időpontról a tagokat hírlevélben értesítik.

A tagvállalatok közül többen üdvözölték a döntést. Lakatos Péter, a körmendi Rábamenti Fémszerkezet Kft. tulajdonosa szerint az új menedzser ipari tapasztalata nagy előny: „Ő ismeri a beszállítói audit minden buktatóját, ez nekünk aranyat ér.”

Az első feladatok

Az új menedzser első száz napjában három területre koncentrál:
- a tagvállalatok személyes felkeresése és egy rövid igényfelmérés elvégzése;
- a Vas Vármegyei Kereskedelmi és Iparkamarával közös szakképzési program előkészítése;
- a klaszter nemzetközi kapcsolatainak bővítése, elsősorban az osztrák ACstyria Mobilitätscluster GmbH-val és a szlovén Automotive Cluster of Slovenia (ACS) szervezettel.

Bemutatkozó találkozó a tagokkal

A klaszter 2035. március 15-én, csütörtökön 14 órától bemutatkozó taggyűlést tart a szombathelyi Savaria Hotel konferenciatermében, ahol Varga Balázs ismerteti terveit. A taggyűlésen Pintér Ákos, a Vas Vármegyei Kereskedelmi és Iparkamara elnöke köszöntőt mond. Regisztráció 2035. március 10-ig a klaszter honlapján.

Program:
14:00 Regisztráció, kávé
14:30 Köszöntő – Pintér Ákos
14:45 A klaszter 2035–2037-es stratégiája – Varga Balázs
15:30 Kerekasztal: „Automatizálás a kisüzemekben” – moderátor: Horváth-Kiss Eszter
16:30 Kötetlen beszélgetés, állófogadás

A klasztermenedzsment szervezet összetétele 2035. február 1-től:
Dr. Varga Balázs – klasztermenedzser
Horváth-Kiss Eszter – kommunikációs és rendezvényszervező munkatárs
Simon Dániel – projektmenedzser
Farkas Réka – pénzügyi asszisztens

Kapcsolat: Pannon Gépipari Klaszter, 9700 Szombathely, Óperint utca 3. · iroda@pannongepipar.example.hu · +36 94 000 000

Fotó: Varga Balázs a klaszter irodájában. Fotó: Kovács Levente

Címkék: kinevezés, klasztermenedzsment, Vas megye
Megosztás: Facebook | LinkedIn | E-mail
Korábbi hírek: Tizenkét új tag csatlakozott a klaszterhez (2034. december 12.) · Évzáró rendezvény Kőszegen (2034. december 5.)
© 2035 Pannon Gépipari Klaszter Egyesület · Adatvédelem · Süti beállítások
"""
write(F, T)
C = "Pannon Gépipari Klaszter"
gold(F,
 [P("Horváth-Kiss Eszter","kommunikációs és rendezvényszervező munkatárs",C),
  P("Varga Balázs","klasztermenedzser",C),
  P("Németh Gábor","tanácsadó","Pannon Gépipari Klaszter"),
  P("Tóth-Molnár Judit","elnöke",C),
  P("Pintér Ákos","elnöke","Vas Vármegyei Kereskedelmi és Iparkamara"),
  P("Simon Dániel","projektmenedzser",C),
  P("Farkas Réka","pénzügyi asszisztens",C),
  P("Kovács Levente"), P("Lakatos Péter","tulajdonosa","Rábamenti Fémszerkezet Kft.")],
 [O("Pannon Gépipari Klaszter Egyesület","PGK"), O("Széchenyi István Egyetem"), O("Audi Hungaria Zrt."), O("Rába Futómű Kft."),
  O("Nyugat-magyarországi Egyetemi Tudásközpont"), O("Savaria Precíziós Gépgyártó Kft."),
  O("Vas Vármegyei Kereskedelmi és Iparkamara"), O("ACstyria Mobilitätscluster GmbH"), O("Automotive Cluster of Slovenia","ACS"),
  O("Rábamenti Fémszerkezet Kft.")],
 [E("elnökségi ülés","2035-01-18"),
  E("bemutatkozó taggyűlés","2035-03-15",None,"Szombathely","Hungary"),
  E("állófogadás","2035-03-15",None,"Szombathely","Hungary"),
  E("Évzáró rendezvény","2034-12-05",None,"Kőszeg","Hungary"),
  E("búcsúztató rendezvény")],
 ["2035-01-24","2035-01-18","2035-02-01","2027","2035-06","2030/2034","2035-03-15","2035-03-10","2035/2037","2034-12-12","2034-12-05"],
 [], "2035-01-24")
