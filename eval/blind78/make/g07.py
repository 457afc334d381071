from h import *
F = 'g07_nyiregyhaza_kozgyules_jegyzokonyv.txt'
T = """JEGYZŐKÖNYV

amely készült a Nyírségi Élelmiszer-feldolgozó és Agrárinnovációs Klaszter Egyesület (NyÉAK) 2035. január 30-án (kedden) 14:00 órakor tartott rendes közgyűlésén.

Helyszín: Nyíregyházi Egyetem, „A” épület, Szenátusi terem, 4400 Nyíregyháza, Sóstói út 31/b.
Jelen vannak: a mellékelt jelenléti ív szerint 38 szavazásra jogosult tag (a 52 tagból), valamint meghívottként Baloghné dr. Szűcs Ildikó, a Szabolcs-Szatmár-Bereg Vármegyei Kereskedelmi és Iparkamara (SZSZBKIK) főtitkára.

1. A közgyűlés megnyitása, tisztségviselők megválasztása
Dr. Fazekas Gábor elnök köszöntötte a megjelenteket, és megállapította, hogy a közgyűlés határozatképes. Javaslatára a közgyűlés levezető elnöknek Dr. Fazekas Gábort, jegyzőkönyvvezetőnek Kiss-Rácz Dorottyát, a klasztermenedzsment munkatársát, jegyzőkönyv-hitelesítőknek Tóth Bálintot (Nyírség-Alma Kft.) és Pappné Horváth Juditot (Rétköz Tésztaüzem Zrt.) választotta meg.

A közgyűlés a napirendet egyhangúlag elfogadta:
1. Megnyitó, tisztségviselők megválasztása
2. Beszámoló a 2034. évi szakmai tevékenységről
3. A 2034. évi pénzügyi beszámoló és a Felügyelőbizottság jelentése
4. A 2035. évi munkaterv és költségvetés
5. Az elnökség megválasztása a 2035–2039 közötti időszakra
6. Új tagok felvétele
7. Egyebek

2. Beszámoló a 2034. évi szakmai tevékenységről
Varga-Oláh Krisztina klasztermenedzser ismertette az elmúlt év eredményeit. A klaszter 2034-ben hat új taggal bővült, három közös fejlesztési projektet indított, és a Nyíregyházi Egyetemmel közösen elindította az élelmiszer-technológiai mentorprogramot. A tagvállalatok részvételével a klaszter közös standdal jelent meg az Anuga szakvásáron Kölnben 2033 októberében, valamint 2034 novemberében a SIAL kiállításon Párizsban. A beszámoló szerint a klaszter a Magyar Klaszterek Szövetsége (MKSZ) által 2034 szeptemberében megújított minősítés alapján továbbra is Akkreditált Innovációs Klaszter.

Hozzászólások: Szabó Levente (Tiszavasvári Konzervgyár Kft.) javasolta, hogy a mentorprogramba vonják be a szakképző centrumot is. Oroszné Bodnár Erika (Nyírbátori Sajtmanufaktúra Bt.) a közös beszerzések bővítését kérte.

3. Pénzügyi beszámoló és a Felügyelőbizottság jelentése
Molnár Péter, a Felügyelőbizottság elnöke ismertette a bizottság jelentését: a 2034. évi gazdálkodás szabályszerű volt, a beszámoló a valós helyzetet tükrözi. Az egyesület 2034. évi bevétele 61,4 millió Ft, eredménye 2,3 millió Ft volt.

4. A 2035. évi munkaterv és költségvetés
A munkaterv fő elemei: a digitális nyomonkövetési rendszer bevezetése, a Kelet-Magyarországi Élelmiszeripari Napok megrendezése 2035. május 22–23-án Nyíregyházán, valamint partnerkeresés Kárpátalja és Szatmár megye élelmiszeripari vállalkozásaival. A költségvetés főösszege 64 millió Ft, amelynek 45 százalékát a tagdíjak és a szolgáltatási díjak fedezik, a többit pályázati források. A vitában Lakatos-Szilágyi Anikó felvetette, hogy a hűtési és logisztikai költségek emelkedése miatt a klaszter vizsgálja meg egy közös hűtőlánc-szolgáltatás lehetőségét. Varga-Oláh Krisztina jelezte, hogy erre a klasztermenedzsment az első félévben előzetes felmérést készít, és annak eredményét az elnökség elé terjeszti.

5. Az elnökség megválasztása
A jelölőbizottság nevében Gulyás Ferenc ismertette a jelölteket. A közgyűlés titkos szavazással a 2035–2039 közötti időszakra az elnökség tagjainak a következő személyeket választotta meg: elnök: Dr. Fazekas Gábor (Nyíregyházi Egyetem); alelnök: Lakatos-Szilágyi Anikó (Szabolcsi Hűtőház Zrt.); elnökségi tagok: Tóth Bálint (Nyírség-Alma Kft.), Szabó Levente (Tiszavasvári Konzervgyár Kft.) és ifj. Kerekes János (Kerekes és Társa Bt.).

6. Új tagok felvétele
A közgyűlés két új tag, a Mátészalkai Pékség Kft. és a Nyírségi Méhészek Egyesülete felvételéről döntött.

HATÁROZATOK

1/2035. (I. 30.) sz. közgyűlési határozat: A közgyűlés a 2034. évi szakmai beszámolót elfogadja.
2/2035. (I. 30.) sz. közgyűlési határozat: A közgyűlés a 2034. évi pénzügyi beszámolót és a Felügyelőbizottság jelentését elfogadja.
3/2035. (I. 30.) sz. közgyűlési határozat: A közgyűlés a 2035. évi munkatervet és 64 millió Ft főösszegű költségvetést elfogadja.
4/2035. (I. 30.) sz. közgyűlési határozat: A közgyűlés az elnökséget a 2035–2039 közötti időszakra a fentiek szerint megválasztja.
5/2035. (I. 30.) sz. közgyűlési határozat: A közgyűlés a Mátészalkai Pékség Kft.-t és a Nyírségi Méhészek Egyesületét tagjai sorába felveszi.

7. Egyebek
A következő rendes közgyűlés időpontja: 2036. január 29. (kedd), helyszíne a Nyíregyházi Egyetem. Az elnökség soron következő ülését 2035. március 5-én tartja.

A levezető elnök a közgyűlést 16:20 órakor bezárta.

Nyíregyháza, 2035. január 30.

Dr. Fazekas Gábor s.k.          Kiss-Rácz Dorottya s.k.
levezető elnök                   jegyzőkönyvvezető

Hitelesítők: Tóth Bálint s.k., Pappné Horváth Judit s.k.
"""
write(F, T)
gold(F,
 [P("Baloghné dr. Szűcs Ildikó", "főtitkár", "Szabolcs-Szatmár-Bereg Vármegyei Kereskedelmi és Iparkamara"),
  P("Fazekas Gábor", "elnök", "Nyírségi Élelmiszer-feldolgozó és Agrárinnovációs Klaszter Egyesület"),
  P("Kiss-Rácz Dorottya", "jegyzőkönyvvezető", "Nyírségi Élelmiszer-feldolgozó és Agrárinnovációs Klaszter Egyesület"),
  P("Tóth Bálint", "elnökségi tag", "Nyírségi Élelmiszer-feldolgozó és Agrárinnovációs Klaszter Egyesület"),
  P("Pappné Horváth Judit", "jegyzőkönyv-hitelesítő", "Rétköz Tésztaüzem Zrt."),
  P("Varga-Oláh Krisztina", "klasztermenedzser", "Nyírségi Élelmiszer-feldolgozó és Agrárinnovációs Klaszter Egyesület"),
  P("Szabó Levente", "elnökségi tag", "Nyírségi Élelmiszer-feldolgozó és Agrárinnovációs Klaszter Egyesület"),
  P("Oroszné Bodnár Erika", None, "Nyírbátori Sajtmanufaktúra Bt."),
  P("Molnár Péter", "elnök", "Felügyelőbizottság"),
  P("Gulyás Ferenc", None, None),
  P("Lakatos-Szilágyi Anikó", "alelnök", "Nyírségi Élelmiszer-feldolgozó és Agrárinnovációs Klaszter Egyesület"),
  P("ifj. Kerekes János", "elnökségi tag", "Nyírségi Élelmiszer-feldolgozó és Agrárinnovációs Klaszter Egyesület")],
 [O("Nyírségi Élelmiszer-feldolgozó és Agrárinnovációs Klaszter Egyesület", "NyÉAK"), O("Nyíregyházi Egyetem"),
  O("Szabolcs-Szatmár-Bereg Vármegyei Kereskedelmi és Iparkamara", "SZSZBKIK"), O("Nyírség-Alma Kft."),
  O("Rétköz Tésztaüzem Zrt."), O("Felügyelőbizottság"), O("Magyar Klaszterek Szövetsége", "MKSZ"),
  O("Tiszavasvári Konzervgyár Kft."), O("Nyírbátori Sajtmanufaktúra Bt."), O("Szabolcsi Hűtőház Zrt."),
  O("Kerekes és Társa Bt."), O("Mátészalkai Pékség Kft."), O("Nyírségi Méhészek Egyesülete")],
 [E("rendes közgyűlés", "2035-01-30", None, "Nyíregyháza", "Hungary"),
  E("Anuga", "2033-10", None, "Köln", "Germany"),
  E("SIAL", "2034-11", None, "Párizs", "France"),
  E("Kelet-Magyarországi Élelmiszeripari Napok", "2035-05-22", "2035-05-23", "Nyíregyháza", "Hungary"),
  E("következő rendes közgyűlés", "2036-01-29", None, "Nyíregyháza", "Hungary"),
  E("Az elnökség soron következő ülése", "2035-03-05", None, None, None)],
 ["2035-01-30", "2034", "2035", "2035/2039", "2033-10", "2034-11", "2034-09", "2035-05-22/2035-05-23", "2036-01-29", "2035-03-05"],
 ["A közgyűlés a 2034. évi szakmai beszámolót elfogadja",
  "A közgyűlés a 2034. évi pénzügyi beszámolót és a Felügyelőbizottság jelentését elfogadja",
  "A közgyűlés a 2035. évi munkatervet és 64 millió Ft főösszegű költségvetést elfogadja",
  "A közgyűlés az elnökséget a 2035–2039 közötti időszakra a fentiek szerint megválasztja",
  "A közgyűlés a Mátészalkai Pékség Kft.-t és a Nyírségi Méhészek Egyesületét tagjai sorába felveszi"],
 pub=None)
