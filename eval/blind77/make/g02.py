from h import *
F = 'bkmjk-sajtokozlemeny-uj-ugyvezeto-2034.md'
assert wd(2034,5,2)=='Tuesday', wd(2034,5,2)
T = """Sajtóközlemény – azonnali közlésre

# Új ügyvezető igazgató vezeti a Bács-Kiskun Mechatronikai és Járműipari Klasztert

**Kecskemét, 2034. április 27.** – A Bács-Kiskun Mechatronikai és Járműipari Klaszter (BKMJK) elnöksége 2034. április 25-i ülésén egyhangúlag dr. Szabó-Halmi Katalint választotta a klasztert működtető BKMJK Nonprofit Kft. ügyvezető igazgatójává. Megbízatása 2034. május 2-án kezdődik és öt évre szól. Az új vezető Tóth Gergely Andrást követi, aki tizenegy év után adja át a posztot.

## Az új ügyvezetőről

Dr. Szabó-Halmi Katalin (44) gépészmérnök, a Budapesti Műszaki és Gazdaságtudományi Egyetem (BME) Járműmérnöki Karán szerzett doktori fokozatot. 2018 és 2026 között a Mercedes-Benz Manufacturing Hungary Kft. kecskeméti gyárában dolgozott beszállítói minőségügyi területen, majd 2026–2034 között a Neumann János Egyetem GAMF Műszaki és Informatikai Karának dékánhelyettese volt, ahol a duális képzés és az ipari kapcsolatok tartoztak hozzá. Tagja a Magyar Mérnöki Kamara Gépészeti Tagozatának.

„Megtisztelő, hogy egy ilyen erős közösség élére állhatok. A következő években három dologra figyelünk: a beszállítók elektromos hajtásláncra való átállására, a szakemberutánpótlásra és arra, hogy a kis cégeink is bekerüljenek az európai projektekbe. Az első száz napban minden tagvállalatot személyesen szeretnék meglátogatni” – mondta az új ügyvezető.

## Köszönet a leköszönő vezetőnek

Az elnökség nevében Bárány Zoltán elnök köszönte meg Tóth Gergely András munkáját. „Gergely 2023-ban tizennyolc taggal vette át a klasztert, ma 74 tagunk van. Az ő idejében kaptuk meg az Akkreditált Innovációs Klaszter címet, és ő hozta Kecskemétre a Közép-európai Járműipari Klaszterfórumot. Hálásak vagyunk neki” – fogalmazott Bárány Zoltán, aki egyben a Kecskeméti Gépgyártó Zrt. vezérigazgatója.

Tóth Gergely András 2034 júniusától a Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal (NKFIH) regionális innovációs tanácsadójaként folytatja pályáját, a klaszter szakmai tanácsadó testületében azonban továbbra is részt vesz. Az átadás-átvétel idején, május 2. és május 31. között a két vezető együtt dolgozik.

## Folyamatban lévő projektek

Az új ügyvezető több futó projektet vesz át. A klaszter vezeti a „Dél-alföldi Akkumulátor Tudásközpont” előkészítését, amelyben a Szegedi Tudományegyetem (SZTE) és a Kecskeméti Duális Szakképzési Centrum partner. Az Interreg Danube Region programban a klaszter a DANUBE-EMOBILITY konzorcium tagja; a projekt nyitórendezvényét 2034. március 9-én tartották Pozsonyban. Emellett a klaszter koordinálja a tagvállalatok közös energiabeszerzését, amelyhez eddig huszonhárom cég csatlakozott. A projektiroda vezetője Molnár-Kis Dániel projektmenedzser marad, aki a vezetőváltás idején is a tagok első számú kapcsolattartója lesz, különösen a pályázati ügyekben.

## Elnökségi döntések

Az április 25-i ülésen az elnökség emellett:

- elfogadta a klaszter 2034. évi munkatervét és 412 millió forintos költségvetését;
- jóváhagyta a Kecskeméti Ipari Park Kft.-vel kötött bérleti szerződés meghosszabbítását 2037. december 31-ig;
- felvette a tagok közé a Kunszentmiklósi Kábelgyártó Kft.-t, az ALFÖLD-ROBOT Automatizálási Kft.-t és a Duna-Tisza Precíziós Bt.-t, így a taglétszám a közgyűlés jóváhagyása után 77-re nő;
- Fekete-Nagy Rékát, a Kecskeméti Kereskedelmi és Iparkamara (KKIK) főtitkárát megerősítette a felügyelőbizottság elnöki posztján.

## Közelgő események

Az új ügyvezető első nyilvános szereplése a **Közép-európai Járműipari Klaszterfórum 2034** lesz, amelyet 2034. június 13–14-én rendeznek meg Kecskeméten, a Hírös Agóra Kulturális és Ifjúsági Központban. A fórumon a szlovák Automotive Cluster – Slovakia (ACS) és a cseh Moravskoslezský automobilový klastr (MAK) vezetői is felszólalnak. A klaszter ezen túl szeptember 19-én tagi napot tart Kiskunfélegyházán, ahol a szakképzési centrumokkal közös gyakornoki programot mutatják be.

## A klaszterről

A Bács-Kiskun Mechatronikai és Járműipari Klaszter 2009-ben alakult Kecskeméten. Tagjai járműipari beszállítók, gépgyártók, automatizálási cégek, felsőoktatási intézmények és kamarák Bács-Kiskun vármegyéből és a szomszédos Csongrád-Csanád vármegyéből. A klaszter a Magyar Klaszterszövetség és az European Clusters Alliance tagja, és 2031 óta bronz minősítéssel rendelkezik az European Cluster Excellence Initiative (ECEI) rendszerében.

---

**Sajtókapcsolat:**
Vörös Eszter kommunikációs munkatárs
BKMJK Nonprofit Kft.
6000 Kecskemét, Szent István krt. 22.
Tel.: +36 76 555 021 · sajto@bkmjk.hu

*A fotók (dr. Szabó-Halmi Katalin, Tóth Gergely András és Bárány Zoltán) szabadon felhasználhatók a forrás megjelölésével: BKMJK / Kiss Ádám.*
"""
write(F, T)
gold(F, [
 P("Szabó-Halmi Katalin", "ügyvezető igazgatójává", "BKMJK Nonprofit Kft."),
 P("Tóth Gergely András", "regionális innovációs tanácsadójaként", "Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal"),
 P("Bárány Zoltán", "elnök", "Bács-Kiskun Mechatronikai és Járműipari Klaszter"),
 P("Fekete-Nagy Rékát", "főtitkárát", "Kecskeméti Kereskedelmi és Iparkamara"),
 P("Molnár-Kis Dániel", "projektmenedzser", None),
 P("Vörös Eszter", "kommunikációs munkatárs", "BKMJK Nonprofit Kft."),
 P("Kiss Ádám", None, None),
],[
 O("Bács-Kiskun Mechatronikai és Járműipari Klaszter","BKMJK"),
 O("BKMJK Nonprofit Kft."),
 O("Budapesti Műszaki és Gazdaságtudományi Egyetem","BME"),
 O("Mercedes-Benz Manufacturing Hungary Kft."),
 O("Neumann János Egyetem GAMF Műszaki és Informatikai Karának"),
 O("Magyar Mérnöki Kamara Gépészeti Tagozatának"),
 O("Kecskeméti Gépgyártó Zrt."),
 O("Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal","NKFIH"),
 O("Kecskeméti Ipari Park Kft."),
 O("Kunszentmiklósi Kábelgyártó Kft."),
 O("ALFÖLD-ROBOT Automatizálási Kft."),
 O("Duna-Tisza Precíziós Bt."),
 O("Kecskeméti Kereskedelmi és Iparkamara","KKIK"),
 O("Automotive Cluster – Slovakia","ACS"),
 O("Moravskoslezský automobilový klastr","MAK"),
 O("Magyar Klaszterszövetség"),
 O("Szegedi Tudományegyetem","SZTE"),
 O("Kecskeméti Duális Szakképzési Centrum"),
 O("DANUBE-EMOBILITY konzorcium"),
 O("European Clusters Alliance"),
 O("European Cluster Excellence Initiative","ECEI"),
],[
 E("elnökség 2034. április 25-i ülése","2034-04-25","2034-04-25",None,None),
 E("DANUBE-EMOBILITY nyitórendezvénye","2034-03-09","2034-03-09","Pozsonyban","Slovakia"),
 E("Közép-európai Járműipari Klaszterfórum 2034","2034-06-13","2034-06-14","Kecskemét","Hungary"),
 E("tagi nap","2034-09-19","2034-09-19","Kiskunfélegyházán","Hungary"),
],["2034-04-27","2034-04-25","2034-05-02","2018/2026","2026/2034","2023","2034-06","2034-05-02/2034-05-31","2034","2037-12-31","2034-06-13/2034-06-14","2034-09-19","2009","2031","2034-03-09"],[], pub="2034-04-27")
