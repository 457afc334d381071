from h import *
F = 'g12_nova_gorica_zakljucna_konferenca.html'
assert wd(2041,5,14)=='Tuesday' and wd(2041,5,13)=='Monday' and wd(2041,9,24)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="sl"><head><meta charset="utf-8"><title>Zaključna konferenca projekta WINE-TECH CB | Primorski tehnološki park</title></head>
<body>
<div id="piskotki">Spletna stran uporablja piškotke. <a href="#">V redu</a> <a href="#">Več o piškotkih</a></div>
<header><strong>Primorski tehnološki park</strong>
<nav>Domov · O nas · Podjetja · Projekti · Novice · Dogodki · Kontakt · IT</nav></header>
<main>
<h1>Zaključna konferenca projekta WINE-TECH CB: vinarji z obeh strani meje bolj digitalni</h1>
<p class="meta">Objavljeno: 20. 5. 2041 · Avtorica: Nina Kovač Furlan · Kategorija: Projekti</p>
<p>V torek, 14. maja 2041, je v Novi Gorici potekala zaključna konferenca projekta WINE-TECH CB, ki ga sofinancira program Interreg VII-A Italija–Slovenija. Projekt je v treh letih povezal vinarje, raziskovalce in podporne organizacije z obeh strani meje – iz Goriških brd, Vipavske doline, Krasa in furlanskega Collia – ter jim pomagal uvesti senzorje, digitalne kleti in skupno prodajno platformo.</p>
<p>Konferenca je bila organizirana v dvorani Primorskega tehnološkega parka, udeležilo pa se je je 140 udeležencev.</p>
<h2>Partnerstvo</h2>
<p>Pri projektu so sodelovali:</p>
<ul>
<li>Primorski tehnološki park (vodilni partner), Vrtojba</li>
<li>Univerza v Novi Gorici, Laboratorij za raziskave v okolju</li>
<li>Kmetijsko gozdarski zavod Nova Gorica (KGZS – Zavod GO)</li>
<li>Regionalna razvojna agencija severne Primorske (RRA Severne Primorske)</li>
<li>Consorzio Tutela Vini Collio, Cormons</li>
<li>Università degli Studi di Udine</li>
<li>Agenzia Lavoro &amp; SviluppoImpresa FVG</li>
</ul>
<h2>Program</h2>
<p>9.00 Registracija udeležencev<br>
9.30 Pozdravni nagovori: mag. Tomaž Vidmar-Štrukelj, direktor Primorskega tehnološkega parka; Giorgia De Marchi Zanutta, predsednica Consorzio Tutela Vini Collio; predstavnik ministrstva (Ministrstvo za gospodarstvo, turizem in šport)<br>
10.00 Rezultati projekta – dr. Maja Pavlin Čuk, vodja projekta<br>
10.45 Digitalna klet: izkušnje štirih pilotnih vinarjev<br>
11.30 Okrogla miza: Kako naprej po koncu projekta? Sodelujejo: Marco Bressan (Università degli Studi di Udine), Andrej Žigon (KGZS – Zavod GO), Petra Černe (RRA Severne Primorske)<br>
13.00 Kosilo in degustacija vin partnerjev<br>
14.30 Obisk vinske kleti v Goriških brdih (za prijavljene)</p>
<p>Dan pred konferenco, v ponedeljek 13. maja, je potekala še zadnja seja usmerjevalnega odbora projekta.</p>
<p>Seja je potekala v prostorih Univerze v Novi Gorici. Člani odbora so potrdili končno poročilo o delu, pregledali porabo sredstev in se dogovorili, kdo bo po koncu projekta skrbel za posamezne rezultate. Univerza v Novi Gorici bo nadaljevala meritve v pilotnih kleteh, Consorzio Tutela Vini Collio pa bo vodil skupno trženje na italijanski strani.</p>
<h2>Rezultati</h2>
<p>Dr. Maja Pavlin Čuk je predstavila glavne številke: v projektu je sodelovalo 96 vinarjev, od tega 52 iz Slovenije in 44 iz Italije; 31 kleti je opremljenih s senzorji za spremljanje fermentacije; na skupni platformi pa je naprodaj 380 vin. Projekt je organiziral 18 delavnic in dve študijski potovanji, v Bordeaux in v Porto.</p>
<p>»Najtežje ni bilo kupiti senzorjev, ampak prepričati vinarje, da podatke delijo,« je povedal vinar Matjaž Klinec iz Medane, eden od pilotnih uporabnikov.</p>
<h2>Priporočila</h2>
<p>Partnerji so na podlagi izkušenj pripravili priporočila za prihodnje čezmejne projekte:</p>
<ul>
<li>Digitalna orodja je treba razvijati skupaj z vinarji, ne zanje</li>
<li>Skupna prodajna platforma potrebuje stalnega upravljavca tudi po koncu financiranja</li>
<li>Svetovanje na kmetiji je učinkovitejše od delavnic v predavalnicah</li>
<li>Čezmejne študijske ture naj bodo del vsakega projekta, saj gradijo zaupanje med partnerji</li>
</ul>
<h2>Kaj sledi</h2>
<p>Primorski tehnološki park bo platformo upravljal do konca leta 2043. Partnerji pripravljajo novo prijavo za razpis, ki se zaključi 30. 9. 2041. Panelna razprava o prihodnosti vinarstva v čezmejnem prostoru bo v torek, 24. septembra 2041, v Gorici (Gorizia), v organizaciji Univerze v Novi Gorici in Università degli Studi di Udine.</p>
<p>Posnetki predstavitev so na voljo na spletni strani projekta.</p>
<p><a href="#">Nazaj na novice</a> · <a href="#">Deli</a></p>
</main>
<footer>Primorski tehnološki park d.o.o. · Mednarodni prehod 6, Vrtojba · Vse pravice pridržane 2041</footer>
</body></html>
"""
write(F, T)
PTP="Primorski tehnološki park"
gold(F,
 [P("Nina Kovač Furlan","Avtorica",None),
  P("Tomaž Vidmar-Štrukelj","direktor",PTP),
  P("Giorgia De Marchi Zanutta","predsednica","Consorzio Tutela Vini Collio"),
  P("Maja Pavlin Čuk","vodja projekta",None),
  P("Marco Bressan",None,"Università degli Studi di Udine"),
  P("Andrej Žigon",None,"KGZS – Zavod GO"),
  P("Petra Černe",None,"RRA Severne Primorske"),
  P("Matjaž Klinec","vinar",None)],
 [O("Primorski tehnološki park d.o.o."), O("Univerza v Novi Gorici"), O("Laboratorij za raziskave v okolju"),
  O("Kmetijsko gozdarski zavod Nova Gorica","KGZS – Zavod GO"),
  O("Regionalna razvojna agencija severne Primorske","RRA Severne Primorske"),
  O("Consorzio Tutela Vini Collio"), O("Università degli Studi di Udine"), O("Agenzia Lavoro & SviluppoImpresa FVG"),
  O("Ministrstvo za gospodarstvo, turizem in šport")],
 [E("zaključna konferenca","2041-05-14",None,"Nova Gorica","Slovenia"),
  E("študijski potovanji",None,None,"Bordeaux","France"),
  E("študijski potovanji",None,None,"Porto","Portugal"),
  E("Obisk vinske kleti","2041-05-14",None,None,"Slovenia"),
  E("seja usmerjevalnega odbora","2041-05-13",None,"Nova Gorica","Slovenia"),
  E("Panelna razprava o prihodnosti vinarstva v čezmejnem prostoru","2041-09-24",None,"Gorizia","Italy")],
 ["2041-05-20","2041-05-14","2041-05-13","2043","2041-09-30","2041-09-24"],
 ["Digitalna orodja je treba razvijati skupaj z vinarji, ne zanje",
  "Skupna prodajna platforma potrebuje stalnega upravljavca tudi po koncu financiranja",
  "Svetovanje na kmetiji je učinkovitejše od delavnic v predavalnicah",
  "Čezmejne študijske ture naj bodo del vsakega projekta, saj gradijo zaupanje med partnerji"],
 pub="2041-05-20")
