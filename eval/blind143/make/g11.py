from h import *
F = 'g11_bekes_elelmiszer_klaszter_kozgyules_jegyzokonyv-pdf.txt'
assert wd(2041,9,26)=='Thursday' and wd(2041,9,5)=='Thursday' and wd(2041,11,14)=='Thursday' and wd(2041,10,17)=='Thursday'
T = """Dél-Alföldi Élelmiszeripari Klaszter Egyesület                    Jegyzőkönyv – 2041. évi rendes közgyűlés
                                                                                              1. oldal

JEGYZŐKÖNYV

amely készült a Dél-Alföldi Élelmiszeripari Klaszter Egyesület (DAÉK) rendes közgyűlésén

Időpont: 2041. szeptember 26. (csütörtök), 10:00 óra
Helyszín: Békéscsaba, Csabagyöngye Kulturális Központ, Széchenyi-terem

Jelen vannak: a mellékelt jelenléti ív szerint 37 tag képviselője a 52 szavazati joggal ren-
delkező tagból, valamint meghívott vendégként Dr. Kozma-Varga Judit, a Békés Vármegyei
Kereskedelmi és Iparkamara főtitkára, és Fekete Bálint, az Agrárminisztérium élelmiszer-
ipari főosztályának referense.

Levezető elnök: Gulyás Tamás, a klaszter elnöke
Jegyzőkönyvvezető: Balogh-Szűcs Enikő klasztermenedzser
Jegyzőkönyv-hitelesítők: Oláh Margit (Orosházi Tejüzem Kft.) és Nagy-Iványi Péter
(Gyulai Húskombinát Zrt.)

1. Megnyitó, a határozatképesség megállapítása

Gulyás Tamás elnök köszönti a megjelenteket. Megállapítja, hogy a közgyűlést a 2041. szeptem-
ber 5-én kelt meghívóval szabályszerűen hívták össze, és a közgyűlés határozatképes. A
napirendi pontokat a közgyűlés egyhangúlag elfogadja.

2. Beszámoló a 2040. évi tevékenységről

Balogh-Szűcs Enikő klasztermenedzser ismerteti a beszámolót. A klaszter taglétszáma egy év alatt
46-ról 52-re nőtt. Kiemelt események voltak: a Gyulai Élelmiszeripari Szakmai Nap (2040. május
16.), amelyen 180 résztvevő vett részt; a SIAL párizsi élelmiszeripari vásáron való közös
megjelenés 2040. októberében hat taggal; valamint a romániai Arad megyei élelmiszeripari klasz-
terrel szervezett tanulmányút Aradon és Temesváron 2040. november 12–14. között. A klaszter
2040-ben elnyerte az Akkreditált Innovációs Klaszter címet, amely 2044-ig érvényes.

3. A 2040. évi pénzügyi beszámoló és a felügyelőbizottság jelentése

Szénási-Kraus Réka gazdasági vezető ismerteti a mérleget. A felügyelőbizottság nevében Dr.
Molnár Gergely, a felügyelőbizottság elnöke jelenti, hogy a beszámolót megvizsgálták, és
annak elfogadását javasolják. A klaszter bevételeinek 58 százalékát a tagdíjak, 31 százalé-
kát pályázati források, a fennmaradó részt a rendezvények részvételi díjai adták. A tagok
kérdésére a gazdasági vezető elmondja, hogy a tartalékalap a következő két év működését
biztosítja, és a szakmai napok önköltségesek voltak. Hozzászólás más napirendi ponthoz nem
érkezett.

────────────────────────────────────────────────────────────────────────────
Dél-Alföldi Élelmiszeripari Klaszter Egyesület                    Jegyzőkönyv – 2041. évi rendes közgyűlés
                                                                                              2. oldal

4. Tisztújítás

Az elnökség megbízatása lejár. A jelölőbizottság javaslatára a közgyűlés titkos szavazással
a 2041–2045 közötti időszakra az alábbi elnökséget választja meg:
- elnök: Gulyás Tamás (Csabai Kolbászmanufaktúra Kft.)
- alelnök: Lakatos-Fehér Anna (Szarvasi Mozzarella Zrt.)
- elnökségi tag: Juhász Dániel (Békéscsabai Konzervgyár Kft.)

5. Munkaterv 2042

A klasztermenedzser bemutatja a 2042. évi munkatervet. Tervezett rendezvények: elnökségi ülés
2041. november 14-én (csütörtök) Gyulán; a Csabai Kolbászfesztiválhoz kapcsolódó nemzetközi
üzletember-találkozó 2041. október 17-én; valamint tanulmányút Dél-Tirolba 2042 tavaszán a
NOI Techpark és a helyi élelmiszeripari klaszter meghívására.

6. Határozatok

A közgyűlés az alábbi határozatokat hozta:
1/2041. (IX. 26.) sz. határozat: A közgyűlés a 2040. évi szakmai beszámolót egyhangúlag elfogadja.
2/2041. (IX. 26.) sz. határozat: A közgyűlés a 2040. évi pénzügyi beszámolót 45,2 millió forint mérlegfőösszeggel elfogadja.
3/2041. (IX. 26.) sz. határozat: A közgyűlés a 2042. évi tagdíjat változatlan összegben, évi 120 000 forintban állapítja meg.
4/2041. (IX. 26.) sz. határozat: A közgyűlés felhatalmazza az elnökséget, hogy pályázatot nyújtson be a Tejipari Innovációs Hálózathoz való csatlakozásra.

7. Egyebek

Dr. Kozma-Varga Judit tájékoztat, hogy a kamara a Magyar Kereskedelmi és Iparkamara exportprogramjának keretében
ingyenes tanácsadást nyújt a klaszter tagjainak. Fekete Bálint felhívja a figyelmet
az Agrárminisztérium új élelmiszer-feldolgozási pályázatára, amelynek benyújtási ha-
tárideje 2041. december 15.

A levezető elnök 12:35 órakor a közgyűlést bezárja, és megköszöni a tagok aktív részvételét.

Kmf.

Gulyás Tamás                     Balogh-Szűcs Enikő                 Oláh Margit      Nagy-Iványi Péter
levezető elnök                   jegyzőkönyvvezető                  hitelesítő       hitelesítő

────────────────────────────────────────────────────────────────────────────
Dél-Alföldi Élelmiszeripari Klaszter Egyesület · 5600 Békéscsaba, Andrássy út 12. · daek@daek.example.hu
"""
write(F, T)
DA="Dél-Alföldi Élelmiszeripari Klaszter Egyesület"
gold(F,
 [P("Kozma-Varga Judit","főtitkára","Békés Vármegyei Kereskedelmi és Iparkamara"),
  P("Fekete Bálint","referense","Agrárminisztérium"),
  P("Gulyás Tamás","elnök",DA),
  P("Balogh-Szűcs Enikő","klasztermenedzser",DA),
  P("Oláh Margit","hitelesítő","Orosházi Tejüzem Kft."),
  P("Nagy-Iványi Péter","hitelesítő","Gyulai Húskombinát Zrt."),
  P("Szénási-Kraus Réka","gazdasági vezető",DA),
  P("Molnár Gergely","felügyelőbizottság elnöke",DA),
  P("Lakatos-Fehér Anna","alelnök",DA),
  P("Juhász Dániel","elnökségi tag",DA)],
 [O(DA,"DAÉK"), O("Békés Vármegyei Kereskedelmi és Iparkamara"), O("Agrárminisztérium"), O("Orosházi Tejüzem Kft."), O("Gyulai Húskombinát Zrt."),
  O("Csabai Kolbászmanufaktúra Kft."), O("Szarvasi Mozzarella Zrt."), O("Békéscsabai Konzervgyár Kft."), O("NOI Techpark"),
  O("Tejipari Innovációs Hálózat"), O("Magyar Kereskedelmi és Iparkamara")],
 [E("2041. évi rendes közgyűlés","2041-09-26",None,"Békéscsaba","Hungary"),
  E("Gyulai Élelmiszeripari Szakmai Nap","2040-05-16",None,None,None),
  E("SIAL","2040-10",None,None,"France"),
  E("tanulmányút Aradon és Temesváron","2040-11-12","2040-11-14","Arad, Temesvár","Romania"),
  E("elnökségi ülés","2041-11-14",None,"Gyula","Hungary"),
  E("nemzetközi üzletember-találkozó","2041-10-17",None,None,None),
  E("Csabai Kolbászfesztivál",None,None,None,None),
  E("tanulmányút Dél-Tirolba","2042",None,None,"Italy")],
 ["2041-09-26","2041-09-05","2040","2040-05-16","2040-10","2040-11-12/2040-11-14","2044","2041/2045","2042","2041-11-14","2041-10-17","2041-12-15"],
 ["A közgyűlés a 2040. évi szakmai beszámolót egyhangúlag elfogadja",
  "A közgyűlés a 2040. évi pénzügyi beszámolót 45,2 millió forint mérlegfőösszeggel elfogadja",
  "A közgyűlés a 2042. évi tagdíjat változatlan összegben, évi 120 000 forintban állapítja meg",
  "A közgyűlés felhatalmazza az elnökséget, hogy pályázatot nyújtson be a Tejipari Innovációs Hálózathoz való csatlakozásra"])
