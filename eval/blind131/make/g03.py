from h import *
F = 'g03_stredocesky_ohlednuti_akce.md'
assert wd(2039,5,19)=='Thursday' and wd(2039,6,2)=='Thursday' and wd(2039,6,14)=='Tuesday' and wd(2039,9,22)=='Thursday'
T = """# Ohlédnutí za akcemi – jaro 2039

*Automotive klastr Středočeského kraje, z. s. · Zpravodaj pro členy · vydáno 20. června 2039*

[Úvod](#) · [O klastru](#) · [Členové](#) · [Akce](#) · [Projekty](#) · [Kontakt](#)

---

Jaro bylo v klastru nabité. Přinášíme stručný přehled tří akcí, kterých se zúčastnilo dohromady přes 300 lidí, a pozvánku na podzim.

## 1. Klastrový den 2039 v Mladé Boleslavi

Již šestý ročník Klastrového dne se uskutečnil ve čtvrtek 19. května 2039 v kongresovém sále Škoda Muzea v Mladé Boleslavi. Akci zahájil Ing. Radek Šťastný, předseda představenstva klastru. Účastníky poté pozdravila Mgr. Eva Procházková-Dvořáková, hejtmanka Středočeského kraje, která připomněla, že automobilový průmysl zaměstnává v kraji téměř každého pátého pracovníka v průmyslu. Hlavní přednášku o bateriových systémech přednesla doc. Ing. Lucie Hanáková, Ph.D., z Fakulty strojní ČVUT v Praze.

Odpolední panelová diskuse se věnovala nedostatku kvalifikovaných pracovníků; diskutovali zástupci firem Brano a.s., Magna Exteriors (Bohemia) s.r.o. a Středočeského inovačního centra (SIC).

Předchozí ročníky Klastrového dne:

- 2034 – Kladno
- 2035 – Mladá Boleslav
- 2036 – Kolín
- 2037 – online
- 2038 – Příbram

**Hlavní závěry Klastrového dne**

- Dodavatelé druhé a třetí úrovně potřebují podporu při přechodu na elektromobilitu, jinak přijdou o zakázky
- Kraj by měl spolufinancovat sdílené zkušební laboratoře pro malé firmy
- Spolupráce středních odborných škol s firmami musí začít už v prvním ročníku

## 2. Workshop o dotacích z OP TAK

Dne 2. června 2039 (čtvrtek) se v sídle klastru v Mladé Boleslavi konal workshop o nových výzvách Operačního programu Technologie a aplikace pro konkurenceschopnost. Výzvy představila Ing. Petra Vondráčková z agentury CzechInvest, regionální kancelář Praha a Středočeský kraj. Workshopu se zúčastnilo 34 zástupců malých a středních podniků. Uzávěrka první výzvy je 15. září 2039. Prezentace z workshopu jsou členům k dispozici v intranetu klastru. Firmy, které zvažují podání žádosti, mohou využít bezplatnou konzultaci s manažerem projektů klastru; termín si lze domluvit e-mailem nebo telefonicky. Další workshop, tentokrát o ochraně duševního vlastnictví a patentových strategiích pro malé firmy, připravujeme na podzim.

## 3. Studijní cesta do Bavorska

Ve dnech 14.–16. června 2039 navštívila desetičlenná delegace klastru Ingolstadt a Regensburg. Program připravila agentura Bayern Innovativ GmbH ve spolupráci s Czech-Bavarian Business Association. Účastníci navštívili výzkumné centrum CARISSMA Technické vysoké školy v Ingolstadtu (THI) a závod BMW Group v Regensburgu. Delegaci vedl Mgr. Tomáš Krejčí, výkonný ředitel klastru.

Delegace se v úterý 14. června večer setkala na společné večeři se zástupci bavorského klastru Automotive Bavaria e.V., kde byla podepsána memoranda o spolupráci.

## Zprávy od členů

- Společnost Brano a.s. otevřela v Hradci nad Moravicí nové vývojové centrum pro elektrické pohony a hledá partnery z řad členů klastru.
- Firma Kovolis Hedvikov a.s. se stala novým členem klastru; klastr tak má 58 členů.
- Ing. Jana Moravcová-Liebl, dlouholetá manažerka projektů klastru, od 1. července 2039 přechází do agentury CzechInvest. Děkujeme za osm let spolupráce!

## Pozvánka: Valná hromada a podzimní setkání

Valná hromada členů klastru se uskuteční ve čtvrtek 22. září 2039 od 13:00 v Kolíně. Na programu je schválení výroční zprávy za rok 2038, volba dvou členů představenstva a představení strategie klastru na období 2040–2044.

Program:

- 13:00 – Registrace
- 13:30 – Valná hromada (jen pro členy)
- 15:30 – Prohlídka závodu Toyota Motor Manufacturing Czech Republic
- 18:00 – Společenský večer

Přihlášky do 12. září na akce@autoklastr-sk.example.cz.

---

*Kontakt: Bc. Klára Nováková, komunikace a akce, Automotive klastr Středočeského kraje, z. s., tř. Václava Klementa 000, 293 01 Mladá Boleslav · Partner: Středočeský kraj*

[Sdílet na LinkedIn](#) · [Archiv zpravodaje](#) · [Odhlásit odběr](#)
"""
write(F, T)
A = "Automotive klastr Středočeského kraje, z. s."
gold(F,
 [P("Radek Šťastný","předseda představenstva",A),
  P("Eva Procházková-Dvořáková","hejtmanka","Středočeský kraj"),
  P("Jana Moravcová-Liebl","manažerka projektů",A),
  P("Lucie Hanáková",None,"Fakulty strojní ČVUT v Praze"),
  P("Petra Vondráčková",None,"CzechInvest"),
  P("Tomáš Krejčí","výkonný ředitel",A),
  P("Klára Nováková","komunikace a akce",A)],
 [O(A), O("Fakulty strojní ČVUT v Praze"), O("Brano a.s."), O("Magna Exteriors (Bohemia) s.r.o."),
  O("Středočeského inovačního centra","SIC"), O("CzechInvest"), O("Bayern Innovativ GmbH"),
  O("Czech-Bavarian Business Association"), O("CARISSMA"), O("Technické vysoké školy v Ingolstadtu","THI"),
  O("BMW Group"), O("Automotive Bavaria e.V."), O("Toyota Motor Manufacturing Czech Republic"), O("Středočeský kraj"), O("Kovolis Hedvikov a.s.")],
 [E("Klastrový den 2039","2039-05-19",None,"Mladá Boleslav","Czech Republic"),
  E("Klastrový den (2034)","2034",None,"Kladno","Czech Republic"),
  E("Klastrový den (2035)","2035",None,"Mladá Boleslav","Czech Republic"),
  E("Klastrový den (2036)","2036",None,"Kolín","Czech Republic"),
  E("Klastrový den (2037)","2037",None,None,None),
  E("Klastrový den (2038)","2038",None,"Příbram","Czech Republic"),
  E("Workshop o dotacích z OP TAK","2039-06-02",None,"Mladá Boleslav","Czech Republic"),
  E("Studijní cesta do Bavorska","2039-06-14","2039-06-16","Ingolstadt, Regensburg","Germany"),
  E("společné večeři","2039-06-14",None,None,"Germany"),
  E("Valná hromada","2039-09-22",None,"Kolín","Czech Republic"),
  E("Prohlídka závodu Toyota Motor Manufacturing Czech Republic","2039-09-22",None,"Kolín","Czech Republic"),
  E("Společenský večer","2039-09-22",None,"Kolín","Czech Republic")],
 ["2039","2039-06-20","2039-05-19","2034","2035","2036","2037","2038","2039-06-02","2039-09-15",
  "2039-06-14/2039-06-16","2039-06-14","2039-09-22","2040/2044","2039-09-12","2039-07-01"],
 ["Dodavatelé druhé a třetí úrovně potřebují podporu při přechodu na elektromobilitu, jinak přijdou o zakázky",
  "Kraj by měl spolufinancovat sdílené zkušební laboratoře pro malé firmy",
  "Spolupráce středních odborných škol s firmami musí začít už v prvním ročníku"],
 pub="2039-06-20")
