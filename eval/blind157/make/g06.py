from h import *
F = 'g06_tolna_energia_klaszter_kozgyules.md'
assert wd(2040,4,26)=='Thursday' and wd(2040,6,7)=='Thursday' and wd(2040,9,18)=='Tuesday'
T = """# Új elnökség a Tolnai Energetikai Klaszter élén – a közgyűlés döntött az Eurocluster-csatlakozásról

*Hírek · Szekszárd, 2040. április 30. · Szerző: Kovácsné Fehér Ildikó, kommunikációs munkatárs*

[Főoldal](/) / [Hírek](/hirek) / Klaszterélet

A Tolnai Energetikai Klaszter Egyesület (TEK) 2040. április 26-án, csütörtökön tartotta éves rendes közgyűlését Paks városában, a Paksi Ipari Park konferenciatermében. A 47 tagszervezetből 38 képviseltette magát, így a közgyűlés határozatképes volt. Az ülést Dr. Szalai Bence, a klaszter leköszönő elnöke nyitotta meg, aki 2034 és 2040 között vezette a szervezetet.

A beszámolóból kiderült, hogy a klaszter 2039-ben kilenc európai projektben vett részt, köztük a Horizont Európa program keretében futó NUCLEUS-SKILLS projektben, amely a nukleáris ipar szakemberképzését támogatja, valamint egy Interreg Duna projektben a hőtárolás témájában. A tagvállalatok árbevétele együttesen 6,2 százalékkal nőtt.

A NUCLEUS-SKILLS projektben a klaszter a gyakorlati képzések szervezéséért felel. Az elmúlt évben 64 hegesztő, gépész és villanyszerelő tanuló vett részt rövid szakmai gyakorlaton a tagvállalatoknál, közülük tizenkettőt azóta fel is vettek. A projekt partnerei között finn, francia és cseh egyetemek és kutatóintézetek vannak; a következő konzorciumi találkozót 2040 októberében tartják, ezúttal a csehországi Brno lesz a házigazda. A klasztert ott két elnökségi tag és a klasztermenedzser képviseli majd.

A közgyűlésen vendégként felszólalt Süli Anikó, Paks alpolgármestere, aki a város nevében megköszönte a klaszter munkáját, és jelezte, hogy az önkormányzat továbbra is kedvezményesen biztosítja a rendezvényekhez a helyszínt. A pénzügyi beszámolót Lakatos Tímea könyvvizsgáló ismertette, aki szerint a szervezet gazdálkodása rendezett, tartozása nincs.

## Az új elnökség

A közgyűlés titkos szavazással a 2040–2044 közötti időszakra az alábbi elnökséget választotta meg:

- **Elnök:** Horváth Réka (Paksi Atomerőmű Zrt.)
- **Alelnök:** Dr. Molnár Gergely, a Pécsi Tudományegyetem Műszaki és Informatikai Karának dékánhelyettese
- **Alelnök:** Farkas Zoltán (Tolnatherm Kft., Bonyhád)
- **Elnökségi tag:** Bíró Katalin (Szekszárdi Szakképzési Centrum)
- **Elnökségi tag:** Takács István (Tolna Vármegyei Kereskedelmi és Iparkamara)

A felügyelőbizottság elnöke továbbra is Varga Pálné marad. A klaszter munkaszervezetét Németh Ádám klasztermenedzser vezeti.

Horváth Réka megválasztása után elmondta: „A következő négy évben a legfontosabb feladatunk, hogy a kis- és középvállalkozások is hozzáférjenek az atomerőmű-bővítés és az energetikai átállás nyújtotta lehetőségekhez. Ehhez európai partnerekre is szükségünk van.”

## Határozatok

A közgyűlés az alábbi határozatokat hozta:

1. A közgyűlés elfogadja az elnökség 2039. évi beszámolóját és a 2039. évi egyszerűsített éves beszámolót.
2. A klaszter csatlakozik a NUCLEAR-SME Eurocluster konzorciumához társult partnerként.
3. A tagdíj 2041. január 1-jétől 10 százalékkal emelkedik.
4. A közgyűlés felhatalmazza az elnökséget, hogy 2040 végéig kidolgozza a klaszter 2041–2045 közötti stratégiáját.

## Eurocluster: mit jelent a tagoknak?

A NUCLEAR-SME Eurocluster hat ország klasztereit fogja össze, koordinátora a francia Nuclear Valley. A partnerek között van a cseh Jaderný klastr és a szlovén Slovenski jedrski grozd. A konzorcium 2040 őszén nyitja meg első pályázati felhívását, amelyen kkv-k legfeljebb 50 000 eurós támogatást nyerhetnek képzésre, tanúsításra és beszállítói minősítésre.

Az érdeklődőknek a klaszter információs napot tart 2040. június 7-én, csütörtökön Szekszárdon, a Babits Mihály Kulturális Központban. Előadó lesz Camille Rousseau, a Nuclear Valley projektmenedzsere is.

## További események

- Tolnai Energetikai Napok, Paks, 2040. szeptember 18. (kedd)
- Elnökségi ülés, Szekszárd, 2040. május 15.

## Korábbi közgyűlések

- 2039. április 20., Szekszárd
- 2038. április 28., Bonyhád
- 2037. május 4., Paks

---

A Tolnai Energetikai Klaszter Egyesület 2012 óta működik, tagjai között energetikai cégek, szakképző intézmények, egyetemek és önkormányzatok vannak. Kapcsolat: Németh Ádám klasztermenedzser, 7030 Paks, Ipari park 4. · info@tek.example.hu

*Megosztás:* [Facebook](#) · [LinkedIn](#) · [E-mail](#)
"""
write(F, T)
K="Tolnai Energetikai Klaszter Egyesület"
gold(F,
 [P("Kovácsné Fehér Ildikó","kommunikációs munkatárs",None),
  P("Szalai Bence","leköszönő elnöke",K),
  P("Horváth Réka","Elnök",K),
  P("Molnár Gergely","Alelnök",K),
  P("Farkas Zoltán","Alelnök",K),
  P("Bíró Katalin","Elnökségi tag",K),
  P("Takács István","Elnökségi tag",K),
  P("Varga Pálné","felügyelőbizottság elnöke",K),
  P("Németh Ádám","klasztermenedzser",K),
  P("Süli Anikó","alpolgármestere",None),
  P("Lakatos Tímea","könyvvizsgáló",None),
  P("Camille Rousseau","projektmenedzsere","Nuclear Valley")],
 [O(K,"TEK"), O("Paksi Ipari Park"), O("Paksi Atomerőmű Zrt."), O("Pécsi Tudományegyetem"), O("Műszaki és Informatikai Karának"),
  O("Tolnatherm Kft."), O("Szekszárdi Szakképzési Centrum"), O("Tolna Vármegyei Kereskedelmi és Iparkamara"),
  O("Nuclear Valley"), O("Jaderný klastr"), O("Slovenski jedrski grozd")],
 [E("éves rendes közgyűlés","2040-04-26",None,"Paks","Hungary"),
  E("információs nap","2040-06-07",None,"Szekszárd","Hungary"),
  E("következő konzorciumi találkozó","2040-10",None,"Brno","Czechia"),
  E("Tolnai Energetikai Napok","2040-09-18",None,"Paks","Hungary"),
  E("Elnökségi ülés","2040-05-15",None,"Szekszárd","Hungary"),
  E("közgyűlés","2039-04-20",None,"Szekszárd","Hungary"),
  E("közgyűlés","2038-04-28",None,"Bonyhád","Hungary"),
  E("közgyűlés","2037-05-04",None,"Paks","Hungary")],
 ["2040-04-30","2040-04-26","2034/2040","2039","2040/2044","2041-01-01","2040","2041/2045","2040-06-07","2040-09-18",
  "2040-05-15","2039-04-20","2038-04-28","2037-05-04","2012","2040-10"],
 ["A közgyűlés elfogadja az elnökség 2039. évi beszámolóját és a 2039. évi egyszerűsített éves beszámolót",
  "A klaszter csatlakozik a NUCLEAR-SME Eurocluster konzorciumához társult partnerként",
  "A tagdíj 2041. január 1-jétől 10 százalékkal emelkedik",
  "A közgyűlés felhatalmazza az elnökséget, hogy 2040 végéig kidolgozza a klaszter 2041–2045 közötti stratégiáját"],
 pub="2040-04-30")
