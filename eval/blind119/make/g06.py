from h import *
F = 'g06_eger_klaszter_tagok.html'
assert wd(2041,4,24)=='Wednesday' and wd(2041,6,5)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="hu"><head><meta charset="utf-8"><title>Tagjaink és partnereink – Észak-Magyarországi Gépipari Klaszter</title></head>
<body>
<header><a href="/">Főoldal</a> | <a href="/rolunk">Rólunk</a> | <a href="/tagok">Tagjaink</a> | <a href="/esemenyek">Események</a> | <a href="/kapcsolat">Kapcsolat</a> | <a href="/en">EN</a></header>
<div class="cookie">Weboldalunk sütiket használ. <a href="#">Elfogadom</a></div>
<main>
<h1>Tagjaink és partnereink</h1>
<p class="meta">Frissítve: 2041. április 26. | Szerző: Kovács-Tóth Réka</p>
<p>Az Észak-Magyarországi Gépipari Klaszter (ÉMGK) 2032-ben alakult Egerben tizenegy vállalkozás és az Eszterházy Károly Katolikus Egyetem kezdeményezésére. Ma 64 tagunk van Heves, Borsod-Abaúj-Zemplén és Nógrád vármegyéből. Ezen az oldalon bemutatjuk a klaszter vezetését, tagjait és legfontosabb partnereit.</p>

<h2>A klaszter vezetése</h2>
<p>A klaszter közgyűlése 2041. április 24-én, szerdán Egerben új elnökséget választott a 2041–2044 közötti időszakra. Az elnökség tagjai:</p>
<ul>
<li>Elnök: dr. Bognár Lajos, a Heves-Tech Kft. ügyvezetője</li>
<li>Alelnök: Szabóné Fekete Ildikó (Mátra Fémszerkezet Zrt.)</li>
<li>Elnökségi tag: Nagy-Vámos Péter (Eszterházy Károly Katolikus Egyetem)</li>
<li>Elnökségi tag: Weiss Hannelore (Bükk Automotive Kft.)</li>
</ul>
<p>A klasztermenedzser Horváth Dániel, aki 2038 óta vezeti a munkaszervezetet. Munkáját Kovács-Tóth Réka kommunikációs munkatárs és Dr. Rácz Gábor projektmenedzser segíti.</p>
<p>A közgyűlés megköszönte a leköszönő elnök, Varga Ferenc tízéves munkáját, és örökös tiszteletbeli elnökké választotta.</p>

<h2>Új tagjaink 2041-ben</h2>
<p>A közgyűlés az alábbi szervezeteket vette fel a klaszter tagjai közé:</p>
<ol>
<li>Egri Szerszámgyártó Kft. – szerszámgyártás, 45 fő</li>
<li>Borsodi Lézertechnika Bt. – lézervágás és hegesztés</li>
<li>Salgó-Robot Zrt., Salgótarján – ipari robotintegráció</li>
<li>a Miskolci Egyetem Gépészmérnöki és Informatikai Kara</li>
</ol>

<h2>Tagjaink ágazatok szerint</h2>
<p>A 64 tagszervezet megoszlása a következő:</p>
<ul>
<li>fémfeldolgozó és szerszámgyártó vállalkozások: 27</li>
<li>járműipari beszállítók: 14</li>
<li>automatizálási és informatikai cégek: 11</li>
<li>felsőoktatási és kutatási intézmények: 5</li>
<li>szakképző intézmények, kamarák és önkormányzatok: 7</li>
</ul>
<p>„Az elmúlt tíz évben a klaszter egy baráti körből valódi szakmai közösséggé vált. Új elnökségünk legfontosabb feladata, hogy a kisebb tagok is ugyanannyi lehetőséghez jussanak, mint a nagyok” – mondta a megválasztása után dr. Bognár Lajos. Hozzátette, hogy az elnökség minden negyedévben kihelyezett ülést tart valamelyik tagvállalatnál, az első ilyen elnökségi ülés 2041 júliusában lesz Salgótarjánban, a Salgó-Robot Zrt. új üzemcsarnokában.</p>
<p>A tagok listája a tagok hozzájárulásával, ábécérendben a <a href="/tagok/lista">részletes taglistában</a> érhető el, ahol minden tagvállalat rövid bemutatkozása és kapcsolattartója is megtalálható. A listát negyedévente frissítjük.</p>

<h2>Partnereink</h2>
<p>Stratégiai partnereink: a Heves Vármegyei Kereskedelmi és Iparkamara, a Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal (NKFIH), a Bay Zoltán Alkalmazott Kutatási Közhasznú Nonprofit Kft., valamint a szlovákiai Kassai Gépipari Klaszter (Košický strojársky klaster), amellyel 2036 óta közös projekteket valósítunk meg.</p>
<p>Nemzetközi partnerünk az Európai Klaszterszövetség (European Clusters Alliance, ECA), amelynek a klaszter 2039 óta tagja.</p>

<h2>Mit jelent a tagság?</h2>
<p>A tagok évente kétszer találkoznak a klaszter fórumán, részt vehetnek a közös kiállításokon és a képzési programokban. A tagdíj mértékét a közgyűlés évente állapítja meg.</p>
<p>A tagok kedvezményesen vehetik igénybe a klaszter tanácsadási szolgáltatásait is: pályázatírás, exportfelkészítés, digitális átvilágítás és energiahatékonysági felmérés. Az új tagokat a klasztermenedzser személyesen keresi fel az első három hónapban, hogy megismerje fejlesztési terveiket, és bemutassa őket azoknak a tagoknak, akikkel a legtöbb közös pont kínálkozik. 2040-ben így 38 új beszállítói kapcsolat jött létre a tagok között.</p>

<h2>A közgyűlés legfontosabb üzenetei</h2>
<ul>
<li>A tagok közötti beszállítói kapcsolatok száma két év alatt megduplázódott</li>
<li>A szakemberhiány enyhítésére közös duális képzési helyeket kell létrehozni</li>
<li>A klaszternek erősebben kell képviselnie a kisvállalkozások érdekeit a vármegyei fejlesztési tervekben</li>
</ul>

<h2>Következő események</h2>
<p>A Gépipari Beszállítói Nap 2041. június 5-én, szerdán lesz Miskolcon, a Miskolci Egyetem campusán. Jelentkezési határidő: május 20. A kassai partnerklaszterrel közös üzleti találkozó ősszel, 2041 októberében várható Kassán.</p>
<p>A Gépipari Beszállítói Nap korábbi helyszínei: 2040 – Eger, 2039 – Salgótarján, 2038 – Miskolc.</p>

<p><a href="/tagok/csatlakozas">Csatlakozzon hozzánk! &raquo;</a> &nbsp; <a href="#">Megosztás</a></p>
</main>
<footer>Észak-Magyarországi Gépipari Klaszter Egyesület · 3300 Eger, Széchenyi utca 10. · Adatvédelem · Impresszum · © 2041</footer>
</body></html>"""
write(F, T)
C="Észak-Magyarországi Gépipari Klaszter"
gold(F,
 [P("Kovács-Tóth Réka","kommunikációs munkatárs",C),
  P("Bognár Lajos","Elnök",C),
  P("Szabóné Fekete Ildikó","Alelnök",C),
  P("Nagy-Vámos Péter","Elnökségi tag",C),
  P("Weiss Hannelore","Elnökségi tag",C),
  P("Horváth Dániel","klasztermenedzser",C),
  P("Rácz Gábor","projektmenedzser",C),
  P("Varga Ferenc","leköszönő elnök",C)],
 [O(C,"ÉMGK"), O("Eszterházy Károly Katolikus Egyetem"), O("Heves-Tech Kft."), O("Mátra Fémszerkezet Zrt."),
  O("Bükk Automotive Kft."), O("Egri Szerszámgyártó Kft."), O("Borsodi Lézertechnika Bt."), O("Salgó-Robot Zrt."),
  O("Miskolci Egyetem Gépészmérnöki és Informatikai Kara"), O("Miskolci Egyetem"),
  O("Heves Vármegyei Kereskedelmi és Iparkamara"),
  O("Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal","NKFIH"),
  O("Bay Zoltán Alkalmazott Kutatási Közhasznú Nonprofit Kft."),
  O("Kassai Gépipari Klaszter"),
  O("Európai Klaszterszövetség","ECA")],
 [E("a klaszter közgyűlése","2041-04-24",None,"Eger","Hungary"),
  E("Gépipari Beszállítói Nap","2041-06-05",None,"Miskolc","Hungary"),
  E("elnökségi ülés","2041-07",None,"Salgótarján","Hungary"),
  E("üzleti találkozó","2041-10",None,"Kassa","Slovakia"),
  E("Gépipari Beszállítói Nap","2040",None,"Eger","Hungary"),
  E("Gépipari Beszállítói Nap","2039",None,"Salgótarján","Hungary"),
  E("Gépipari Beszállítói Nap","2038",None,"Miskolc","Hungary")],
 ["2041-04-26","2032","2041-04-24","2041/2044","2038","2041","2036","2039","2041-06-05","2041-05-20","2041-10","2040","2041-07"],
 ["A tagok közötti beszállítói kapcsolatok száma két év alatt megduplázódott",
  "A szakemberhiány enyhítésére közös duális képzési helyeket kell létrehozni",
  "A klaszternek erősebben kell képviselnie a kisvállalkozások érdekeit a vármegyei fejlesztési tervekben"], pub="2041-04-26")
