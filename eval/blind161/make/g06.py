from h import *
F = 'g06_nograd_klaszter_hirlevel.md'
assert wd(2036,11,27)=='Thursday' and wd(2036,11,13)=='Thursday' and wd(2036,12,12)=='Friday' and wd(2037,1,15)=='Thursday' and wd(2037,2,6)=='Friday'
T = """# NÓGRÁDI GÉPIPARI KLASZTER – HÍRLEVÉL

**2036. november · 11. szám** · Megjelent: 2036. december 1.

[Főoldal](/) | [A klaszterről](/rolunk) | [Tagjaink](/tagok) | [Pályázatok](/palyazatok) | [Rendezvények](/esemenyek) | [Kapcsolat](/kapcsolat)

---

Kedves Tagjaink, Partnereink!

Az év vége felé közeledve szokás szerint összefoglaljuk az elmúlt hetek eseményeit. Ebben a számban beszámolunk a közgyűlésről, a salgótarjáni szakmai műhelyről, egy új pályázati lehetőségről és a januári nyílt napról.

*Szabóné Kovács Judit, klasztermenedzser*

---

## Új elnökséget választott a közgyűlés

A Nógrádi Gépipari Klaszter Egyesület 2036. november 27-én, csütörtökön tartotta rendes közgyűlését Balassagyarmaton, a Városháza dísztermében. A 46 tagszervezetből 33 képviseltette magát. A közgyűlés elfogadta a 2036. évi beszámolót és a 2037. évi munkatervet, majd megválasztotta az egyesület elnökségét a 2037–2039 közötti időszakra:

- **elnök:** Bódi László (Salgó-Öntő Kft., ügyvezető)
- **alelnök:** dr. Fehér-Molnár Anikó (Óbudai Egyetem, Bánki Donát Gépész és Biztonságtechnikai Mérnöki Kar)
- **elnökségi tagok:** Kelemen Tamás (Palóc Precíziós Zrt.) és Rácz Gergely (Nógrád Megyei Kereskedelmi és Iparkamara)

A leköszönő elnök, Holló Ferenc tizenkét év után adta át a posztot. A tagság örökös tiszteletbeli elnökké választotta.

## Szakmai műhely: automatizálás kis szériákban

2036. november 13-án Salgótarjánban, a Salgótarjáni Szakképzési Centrum műhelycsarnokában 38 résztvevő vitatta meg, hogyan automatizálhatnak a kis- és középvállalkozások, ha egy-egy termékből csak néhány száz darabot gyártanak. Előadást tartott Varga-Szűts Péter, a Bay Zoltán Alkalmazott Kutatási Közhasznú Nonprofit Kft. (BZN) tudományos munkatársa, valamint Novák Eszter, a Robotika Egyesület elnöke.

### Fő következtetések

1. A kobotok (együttműködő robotok) ára ma már egy kis vállalkozás számára is megtérülhet három éven belül
2. A legnagyobb akadály nem a pénz, hanem a betanításhoz szükséges szakember hiánya
3. Érdemes a klaszter tagjai között közös robotot bérelni és tesztelni, mielőtt valaki saját berendezést vásárol
4. A szakképzésben a robotprogramozást már az első évfolyamon meg kell kezdeni

A műhely anyagai a tagi felületen érhetők el.

## Pályázati figyelő: Nógrádi Ipari Innovációs Alap

A Nógrád Megyei Önkormányzat és a Magyar Kereskedelmi és Iparkamara közös alapja 2036. december 12-ig, péntekig várja a megyei gyártó vállalkozások jelentkezését. A támogatás összege legfeljebb 12 millió forint, gépbeszerzésre és tanácsadásra fordítható. A pályázatok előkészítésében Papp Dániel projektmenedzser segít (papp.daniel@ngk.example.hu).

## Előzetes: Ipari Nyílt Nap 2037

Jövő év 2037. január 15-én, csütörtökön ismét kinyitják kapuikat a klaszter tagvállalatai a középiskolás diákok előtt. A tavalyi nyílt napon hat cég 410 diákot fogadott. A jelentkezés határideje az iskolák számára 2037. január 5.

A nyílt napot követően, 2037. február 6-án, pénteken tartjuk az elnökségi ülést Salgótarjánban, ahol a 2037. évi rendezvénynaptárt véglegesítjük.

## Nemzetközi kitekintés: tanulmányút Kassára

A határon átnyúló együttműködés keretében 2037 márciusában tanulmányutat szervezünk Kassára, ahol a Košice IT Valley és a szlovák gépipari partnerklaszter, a Strojársky klaster Východ tagvállalatait keressük fel. A program két napos; az első napon üzemlátogatások, a másodikon kétoldalú üzleti találkozók lesznek. A részvételi díjat a klaszter tagjai számára a megyei alap fedezi. Jelentkezni Papp Dániel projektmenedzsernél lehet, legkésőbb 2037. január 31-ig.

A két klaszter együttműködése 2034-ben kezdődött, amikor közösen vettünk részt a kassai gépipari vásáron. Azóta négy közös fejlesztési projekt indult, köztük egy öntödei hulladékhasznosítási kísérlet.

## Tagjaink hírei

- A **Palóc Precíziós Zrt.** új CNC-megmunkáló központot avatott Szécsényben.
- A **Salgó-Öntő Kft.** 15 fővel bővíti létszámát, elsősorban öntő és karbantartó munkakörökben.
- A Salgótarjáni Szakképzési Centrum két új hegesztő-oktatót vett fel, így tavasztól esti felnőttképzést is indít.
- Új tagként köszöntjük a pásztói **Mátra-Hegesztő Bt.**-t.

---

*Nógrádi Gépipari Klaszter Egyesület · 3100 Salgótarján, Rákóczi út 12. · info@ngk.example.hu*
*Leiratkozás a hírlevélről: [ide kattintva](/leiratkozas)*
"""
write(F, T)
C = "Nógrádi Gépipari Klaszter Egyesület"
gold(F,
 [P("Szabóné Kovács Judit","klasztermenedzser",C),
  P("Bódi László","elnök",C), P("Fehér-Molnár Anikó","alelnök",C),
  P("Kelemen Tamás","elnökségi tag",C), P("Rácz Gergely","elnökségi tag",C),
  P("Holló Ferenc","örökös tiszteletbeli elnök",C),
  P("Varga-Szűts Péter","tudományos munkatársa","Bay Zoltán Alkalmazott Kutatási Közhasznú Nonprofit Kft."),
  P("Novák Eszter","elnöke","Robotika Egyesület"),
  P("Papp Dániel","projektmenedzser",C)],
 [O(C), O("Salgó-Öntő Kft."), O("Óbudai Egyetem"), O("Bánki Donát Gépész és Biztonságtechnikai Mérnöki Kar"),
  O("Palóc Precíziós Zrt."), O("Nógrád Megyei Kereskedelmi és Iparkamara"), O("Salgótarjáni Szakképzési Centrum"),
  O("Bay Zoltán Alkalmazott Kutatási Közhasznú Nonprofit Kft.","BZN"), O("Robotika Egyesület"),
  O("Nógrád Megyei Önkormányzat"), O("Magyar Kereskedelmi és Iparkamara"), O("Mátra-Hegesztő Bt."), O("Košice IT Valley"), O("Strojársky klaster Východ")],
 [E("közgyűlés","2036-11-27",None,"Balassagyarmat","Hungary"),
  E("Szakmai műhely","2036-11-13",None,"Salgótarján","Hungary"),
  E("Ipari Nyílt Nap","2037-01-15",None,None,None),
  E("tanulmányút","2037-03",None,"Košice","Slovakia"),
  E("elnökségi ülés","2037-02-06",None,"Salgótarján","Hungary"),
  E("kassai gépipari vásár","2034",None,"Košice","Slovakia")],
 ["2036-11","2036-12-01","2036-11-27","2036","2037","2037/2039","2036-11-13","2036-12-12","2037-01-15","2037-01-05","2037-02-06","2037-03","2037-01-31","2034"],
 ["A kobotok (együttműködő robotok) ára ma már egy kis vállalkozás számára is megtérülhet három éven belül",
  "A legnagyobb akadály nem a pénz, hanem a betanításhoz szükséges szakember hiánya",
  "Érdemes a klaszter tagjai között közös robotot bérelni és tesztelni, mielőtt valaki saját berendezést vásárol",
  "A szakképzésben a robotprogramozást már az első évfolyamon meg kell kezdeni"],
 pub="2036-12-01")
