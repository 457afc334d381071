from h import *
F = 'g12_kaposvar_klaszter_kozgyules.txt'
assert wd(2041,5,16)=='Thursday' and wd(2041,6,5)=='Wednesday' and wd(2041,9,12)=='Thursday'
T = """DÉL-DUNÁNTÚLI FAIPARI ÉS BÚTOROS KLASZTER
Hírek · Klaszterélet · Tagjaink · Rendezvények · Kapcsolat

Új elnökséget választott a klaszter közgyűlése

Kaposvár, 2041. május 20. | Szerző: Kelemen Dóra, kommunikációs munkatárs

A Dél-dunántúli Faipari és Bútoros Klaszter (DDFBK) tagjai 2041. május 16-án, csütörtökön tartották éves rendes közgyűlésüket Kaposváron, a Kaposvári Egyetem Agrár- és Környezettudományi Karának aulájában. A 64 tagszervezetből 49 képviseltette magát, így a közgyűlés határozatképes volt.

A közgyűlést Takács Lajos, a klaszter leköszönő elnöke nyitotta meg. Beszédében felidézte, hogy a klaszter 2028-ban tizenegy somogyi és tolnai asztalosüzem kezdeményezésére jött létre, mára pedig fűrészüzemek, bútorgyártók, tervezőirodák, szakképző iskolák és két egyetem is a tagjai között van. Takács Lajos két ciklus után nem indult újra; a közgyűlés egyhangúlag a klaszter tiszteletbeli elnökévé választotta.

Az elnökségi választás eredménye

A jelölőbizottság javaslata alapján a közgyűlés titkos szavazással a 2041–2045 közötti időszakra az alábbi elnökséget választotta:

Elnök: dr. Fodor-Baranyi Krisztina, a Somogy Bútor Zrt. vezérigazgatója
Alelnökök: Horváth Gergely (Zselic Fa Kft.) és Papp Zsuzsanna (Pécsi Tudományegyetem)
Elnökségi tagok: Molnár Ádám (Kapos Asztalosipari Kft.), Szekeres Béla (Tolna Megyei Kereskedelmi és Iparkamara), Varga Eszter (Somogy Vármegyei Önkormányzat)
A felügyelőbizottság elnöke: Bíró Tamás okleveles könyvvizsgáló

Dr. Fodor-Baranyi Krisztina megköszönte a bizalmat. „A klaszter eddig főleg a közös vásári részvételről szólt. Most a szakemberképzésre és a faanyag helyi feldolgozására kell koncentrálnunk, mert a somogyi tölgy ma még nagyrészt feldolgozatlanul hagyja el a megyét” – mondta.

Az új elnök

Dr. Fodor-Baranyi Krisztina 1988-ban született Nagyatádon. Faipari mérnöki diplomáját a Soproni Egyetemen szerezte, majd 2014 és 2022 között egy osztrák bútorgyártónál dolgozott Grazban. 2023 óta vezeti a Somogy Bútor Zrt.-t, amely ma 310 embert foglalkoztat Kaposváron és Nagyatádon. A klaszter elnökségének 2035 óta tagja, az elmúlt ciklusban a képzési munkacsoportot irányította.

A közgyűlés szünetében Molnár Ádám, a Kapos Asztalosipari Kft. ügyvezetője elmondta: a kisebb asztalosüzemek azt várják az új elnökségtől, hogy a közös beszerzést és a gépek megosztását is megszervezze, mert egy-egy CNC-megmunkálóközpont egyedül egy tízfős műhelynek túl drága.

Beszámolók

Németh Judit klasztermenedzser bemutatta a 2040. évi szakmai beszámolót. A klaszter tavaly közös standdal vett részt a Budapesten megrendezett Construma kiállításon és a Kölnben tartott Interzum vásáron, valamint tanulmányutat szervezett Ljubljana környékére, a szlovéniai Lesno Industrijski Grozd partnereihez. Az év legnagyobb eseménye a 2040. szeptember 18–19-i Somogyi Fa- és Bútornapok volt Kaposváron, közel 900 látogatóval. A klaszter a Nemzeti Innovációs Hivatal akkreditált innovációs klaszter címét 2039-ben nyerte el.

A közgyűlésen vendégként felszólalt Szabó Márton, a Somogy Vármegyei Önkormányzat alelnöke is. Elmondta, hogy a vármegye a következő években kiemelten támogatja a faipari szakképzést, és a klaszterrel közösen szeretne pályázni egy nagyatádi faipari tanműhely felújítására. A klaszter tagjai közül többen jelezték, hogy szívesen fogadnak gyakornokokat a tanműhely diákjai közül.

A pénzügyi beszámolót és a 2041. évi költségvetést a közgyűlés egyhangúlag elfogadta. A tagdíj nem változik.

A közgyűlés határozatai

1. A közgyűlés elfogadja a 2040. évi szakmai és pénzügyi beszámolót
2. A közgyűlés megválasztja az elnökséget és a felügyelőbizottság elnökét a 2041–2045 közötti időszakra
3. A közgyűlés Takács Lajost a klaszter tiszteletbeli elnökévé választja
4. A közgyűlés felkéri az elnökséget, hogy 2041 végéig készítse el a klaszter 2042–2046-os stratégiáját

Következő programok

Az új elnökség alakuló ülését 2041. június 5-én, szerdán tartja Szekszárdon. A Somogyi Fa- és Bútornapok idén 2041. szeptember 12-én, csütörtökön nyílik Kaposváron. A tagoknak szóló tanulmányút a horvátországi Drvni klaszter Slavonija partnereihez októberben lesz Eszékre.

Kapcsolat: Németh Judit klasztermenedzser · info@ddfbk.example.hu · 7400 Kaposvár, Fő utca 00.

Megosztás: Facebook | LinkedIn | E-mail

© Dél-dunántúli Faipari és Bútoros Klaszter · Adatvédelem · Impresszum
"""
write(F, T)
K="Dél-dunántúli Faipari és Bútoros Klaszter"
gold(F,
 [P("Kelemen Dóra","kommunikációs munkatárs",K),
  P("Takács Lajos","tiszteletbeli elnök",K),
  P("Fodor-Baranyi Krisztina","Elnök",K),
  P("Horváth Gergely","Alelnök",K),
  P("Papp Zsuzsanna","Alelnök",K),
  P("Molnár Ádám","Elnökségi tag",K),
  P("Szekeres Béla","Elnökségi tag",K),
  P("Varga Eszter","Elnökségi tag",K),
  P("Bíró Tamás","felügyelőbizottság elnöke",K),
  P("Szabó Márton","alelnök","Somogy Vármegyei Önkormányzat"),
  P("Németh Judit","klasztermenedzser",K)],
 [O(K,"DDFBK"), O("Kaposvári Egyetem"), O("Agrár- és Környezettudományi Kar"), O("Somogy Bútor Zrt."), O("Zselic Fa Kft."),
  O("Pécsi Tudományegyetem"), O("Kapos Asztalosipari Kft."), O("Tolna Megyei Kereskedelmi és Iparkamara"),
  O("Somogy Vármegyei Önkormányzat"), O("Lesno Industrijski Grozd"), O("Nemzeti Innovációs Hivatal"),
  O("Drvni klaszter Slavonija"), O("Soproni Egyetem")],
 [E("éves rendes közgyűlés","2041-05-16",None,"Kaposvár","Hungary"),
  E("Construma","2040",None,"Budapest","Hungary"),
  E("Interzum","2040",None,"Köln","Germany"),
  E("tanulmányút","2040",None,"Ljubljana","Slovenia"),
  E("Somogyi Fa- és Bútornapok","2040-09-18","2040-09-19","Kaposvár","Hungary"),
  E("alakuló ülés","2041-06-05",None,"Szekszárd","Hungary"),
  E("Somogyi Fa- és Bútornapok","2041-09-12",None,"Kaposvár","Hungary"),
  E("tanulmányút","2041-10",None,"Eszék","Croatia")],
 ["2041-05-20","2041-05-16","2028","1988","2014/2022","2023","2035","2041/2045","2040","2040-09-18/2040-09-19","2039","2041","2042/2046","2041-06-05","2041-09-12","2041-10"],
 ["A közgyűlés elfogadja a 2040. évi szakmai és pénzügyi beszámolót",
  "A közgyűlés megválasztja az elnökséget és a felügyelőbizottság elnökét a 2041–2045 közötti időszakra",
  "A közgyűlés Takács Lajost a klaszter tiszteletbeli elnökévé választja",
  "A közgyűlés felkéri az elnökséget, hogy 2041 végéig készítse el a klaszter 2042–2046-os stratégiáját"],
 pub="2041-05-20")
