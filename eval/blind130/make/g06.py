from h import *
F = 'g06_veszprem_munkaero_tanulmany.html'
assert wd(2040,4,24)=='Tuesday' and wd(2040,5,29)=='Tuesday' and wd(2040,9,20)=='Thursday'
T = """<!DOCTYPE html>
<html lang="hu"><head><meta charset="utf-8"><title>Hírek – Veszprémi Vegyipari és Anyagtechnológiai Klaszter</title></head>
<body>
<div class="cookie">A weboldal sütiket használ a jobb felhasználói élmény érdekében. <a href="/adatvedelem">Részletek</a> <button>Elfogadom</button></div>
<header><p>VVAK · Veszprémi Vegyipari és Anyagtechnológiai Klaszter</p>
<nav><a href="/">Főoldal</a> | <a href="/rolunk">Rólunk</a> | <a href="/tagok">Tagjaink</a> | <a href="/projektek">Projektek</a> | <a href="/hirek">Hírek</a> | <a href="/esemenyek">Események</a> | <a href="/en">English</a></nav></header>
<main>
<p class="morzsa">Főoldal » Hírek » Tanulmányok</p>
<h1>Elkészült a klaszter munkaerő-tanulmánya: kétezer szakemberre lesz szükség</h1>
<p class="datum">2040. április 30. | Szerző: Kovácsné Lengyel Anikó</p>

<p>Bemutatták a Veszprémi Vegyipari és Anyagtechnológiai Klaszter (VVAK) megbízásából készült tanulmányt, amely a Veszprém–Várpalota–Ajka ipari tengely vegyipari és anyagtechnológiai vállalatainak munkaerőigényét vizsgálta 2040 és 2045 között. A kutatást a Pannon Egyetem Gazdaságtudományi Kara végezte 2039 szeptembere és 2040 februárja között, 74 vállalat és 12 képzőintézmény bevonásával.</p>

<p>Az eredményeket 2040. április 24-én, kedden, egy kerekasztal-beszélgetésen ismertették a Pannon Egyetem veszprémi kampuszán. A beszélgetést Dr. Kerekes-Vámos Judit klasztermenedzser vezette; részt vett rajta Prof. Dr. Szalai Gergely, a Pannon Egyetem Mérnöki Karának dékánja, Fekete Bence, a Bakony Polimer Zrt. HR-igazgatója, valamint Molnár Zsófia, a Veszprém Megyei Kereskedelmi és Iparkamara (VKIK) titkára.</p>

<h2>Hogyan készült a tanulmány?</h2>
<p>A kutatók online kérdőívvel mérték fel a vállalatok ötéves létszámterveit, majd húsz mélyinterjút készítettek ügyvezetőkkel és HR-vezetőkkel. A képzőintézmények közül a veszprémi és az ajkai szakképzési centrum, valamint a Pannon Egyetem három kara adott adatot a végzettek számáról és elhelyezkedéséről. A kutatásvezető Dr. Baranyi-Tóth Eszter egyetemi docens volt, aki a kerekasztalon hangsúlyozta: a számok óvatos becslések, mert a tervezett új beruházások egy része még nincs benne az adatokban.</p>

<h2>A tanulmány főbb megállapításai</h2>
<ul>
<li>A térség vegyipari és anyagtechnológiai vállalatainak 2045-ig mintegy 2100 új munkavállalóra lesz szükségük, ennek kétharmada szakmunkás és technikus</li>
<li>A munkavállalók 38%-a 2045-ig eléri a nyugdíjkorhatárt, a legnagyobb arányban a karbantartásban</li>
<li>A helyi szakképző intézmények évente legfeljebb a szükséglet felét tudják kibocsátani</li>
<li>A kis- és középvállalatok alig vesznek részt duális képzésben, mert nincs kapacitásuk a gyakornokok mentorálására</li>
<li>A pályakezdő mérnökök harmada két éven belül elhagyja a régiót, elsősorban Budapest és Győr felé</li>
</ul>

<h2>Javaslatok</h2>
<p>A szerzők a következőket javasolják a klaszternek és partnereinek:</p>
<ol>
<li>Közös, több vállalat által működtetett tanműhely létrehozása Várpalotán a kis- és középvállalatok tanulói számára</li>
<li>Lakhatási támogatási program a pályakezdő mérnökök térségben tartására, az önkormányzatok bevonásával</li>
<li>A klaszter évente készítsen munkaerő-előrejelzést a képzőintézmények számára</li>
</ol>

<p>„A tanulmány megerősítette, amit a cégvezetők évek óta mondanak: nem a beruházás, hanem az ember a szűk keresztmetszet” – mondta Dr. Kerekes-Vámos Judit. Fekete Bence hozzátette, hogy a Bakony Polimer már most a nyugdíjba vonuló kollégák tudásának átadásán dolgozik.</p>

<p>A tanulmány elkészítését a Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal (NKFIH) klaszterfejlesztési pályázata támogatta. A teljes, 96 oldalas dokumentum a tagok számára a belső felületen érhető el.</p>

<p>A kerekasztalon a hallgatóság soraiból többen felvetették, hogy a lakhatás mellett a közlekedés is gond: Ajka és Várpalota között nincs olyan közvetlen buszjárat, amely a műszakváltásokhoz igazodna. Ezt a klaszter a megyei egyeztetéseken is jelezni fogja.</p>

<h2>Következő lépések</h2>
<p>A javaslatokról a klaszter közgyűlése 2040. május 29-én, kedden dönt Ajkán. Az őszi Bakonyi Klaszternapok, amelyet idén 2040. szeptember 20-án rendeznek meg Várpalotán, a szakképzés témájára fókuszál. 2039-ben a rendezvény Ajkán, 2038-ban pedig Veszprémben volt.</p>

<aside><h3>A klaszterről</h3><p>A Veszprémi Vegyipari és Anyagtechnológiai Klaszter 2035-ben alakult, ma 58 tagja van: vegyipari és műanyag-feldolgozó vállalatok, mérnökirodák, a Pannon Egyetem és két szakképzési centrum. A klaszter elnöke Fekete Bence, alelnöke Varga-Simon Péter. Célja a tagok közös fejlesztési projektjeinek, képzési és nemzetközi programjainak szervezése a Bakony térségében.</p></aside>

<p><a href="/hirek">« Vissza a hírekhez</a> · Megosztás: <a href="#">Facebook</a> · <a href="#">LinkedIn</a></p>
</main>
<footer><p>Veszprémi Vegyipari és Anyagtechnológiai Klaszter Egyesület · 8200 Veszprém, Wartha Vince u. 0. · info@vvak.example.hu</p>
<p>© 2040 VVAK · <a href="/impresszum">Impresszum</a> · <a href="/adatvedelem">Adatkezelési tájékoztató</a></p></footer>
</body></html>
"""
write(F, T)
V = "Veszprémi Vegyipari és Anyagtechnológiai Klaszter"
gold(F,
 [P("Kovácsné Lengyel Anikó", None, None),
  P("Kerekes-Vámos Judit", "klasztermenedzser", V),
  P("Baranyi-Tóth Eszter", "kutatásvezető", None),
  P("Szalai Gergely", "dékánja", "Mérnöki Karának"),
  P("Fekete Bence", "HR-igazgatója", "Bakony Polimer Zrt."),
  P("Varga-Simon Péter", "alelnöke", V),
  P("Molnár Zsófia", "titkára", "Veszprém Megyei Kereskedelmi és Iparkamara")],
 [O("Veszprémi Vegyipari és Anyagtechnológiai Klaszter Egyesület", "VVAK"), O("Pannon Egyetem"), O("Gazdaságtudományi Kara"), O("Mérnöki Karának"), O("Bakony Polimer Zrt."),
  O("Veszprém Megyei Kereskedelmi és Iparkamara", "VKIK"), O("Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal", "NKFIH")],
 [E("kerekasztal-beszélgetés", "2040-04-24", None, "Veszprém", "Hungary"),
  E("a klaszter közgyűlése", "2040-05-29", None, "Ajka", "Hungary"),
  E("Bakonyi Klaszternapok", "2040-09-20", None, "Várpalota", "Hungary"),
  E("Bakonyi Klaszternapok (2039)", "2039", None, "Ajka", "Hungary"),
  E("Bakonyi Klaszternapok (2038)", "2038", None, "Veszprém", "Hungary")],
 ["2040-04-30", "2040/2045", "2039-09/2040-02", "2040-04-24", "2045", "2040-05-29", "2040-09-20", "2039", "2038", "2035"],
 ["A térség vegyipari és anyagtechnológiai vállalatainak 2045-ig mintegy 2100 új munkavállalóra lesz szükségük, ennek kétharmada szakmunkás és technikus",
  "A munkavállalók 38%-a 2045-ig eléri a nyugdíjkorhatárt, a legnagyobb arányban a karbantartásban",
  "A helyi szakképző intézmények évente legfeljebb a szükséglet felét tudják kibocsátani",
  "A kis- és középvállalatok alig vesznek részt duális képzésben, mert nincs kapacitásuk a gyakornokok mentorálására",
  "A pályakezdő mérnökök harmada két éven belül elhagyja a régiót, elsősorban Budapest és Győr felé",
  "Közös, több vállalat által működtetett tanműhely létrehozása Várpalotán a kis- és középvállalatok tanulói számára",
  "Lakhatási támogatási program a pályakezdő mérnökök térségben tartására, az önkormányzatok bevonásával",
  "A klaszter évente készítsen munkaerő-előrejelzést a képzőintézmények számára"],
 pub="2040-04-30")
