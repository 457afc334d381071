from h import *
F = 'g14_chrudim_klastr_valna_hromada.html'
assert wd(2040,4,19)=='Thursday' and wd(2040,6,1)=='Friday' and wd(2040,5,22)=='Tuesday' and wd(2040,9,12)=='Wednesday' and wd(2040,9,13)=='Thursday'
T = """<!DOCTYPE html>
<html lang="cs"><head><meta charset="utf-8"><title>Valná hromada zvolila novou správní radu | Chrudimský strojírenský klastr</title></head>
<body>
<div class="cookie-lista">Tento web používá soubory cookie k zajištění funkčnosti a k analýze návštěvnosti. <a href="/cookies">Více informací</a> <button>Přijmout vše</button> <button>Odmítnout</button></div>
<header><p class="logo">Chrudimský strojírenský klastr, z. s.</p>
<nav><a href="/">Úvod</a> | <a href="/o-klastru">O klastru</a> | <a href="/clenove">Členové</a> | <a href="/projekty">Projekty</a> | <a href="/aktuality">Aktuality</a> | <a href="/akce">Akce</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="drobecky">Úvod › Aktuality › Valná hromada zvolila novou správní radu</p>
<h1>Valná hromada zvolila novou správní radu a schválila nového ředitele</h1>
<p class="datum">24. 4. 2040 | Autor: Petra Vondráčková | Rubrika: Ze života klastru</p>

<p>Ve čtvrtek 19. dubna 2040 se v zasedacím sále Regionální hospodářské komory Chrudim konala řádná valná hromada Chrudimského strojírenského klastru (CHSK). Zúčastnili se zástupci 38 ze 47 členských firem a institucí, valná hromada tedy byla usnášeníschopná. Jednání zahájila dosavadní ředitelka klastru Ing. Jaroslava Kubíčková a řídil je předseda správní rady Ing. Miroslav Dvořák.</p>

<p>Hlavním bodem programu byla volba orgánů klastru na funkční období 2040–2044. Do správní rady byli zvoleni:</p>
<ul>
<li>předseda: Ing. Miroslav Dvořák, jednatel společnosti DVOŘÁK – obráběcí stroje s.r.o., Chrudim (znovuzvolen)</li>
<li>místopředsedkyně: Mgr. Lucie Šťastná, personální ředitelka TRANSKOV Heřmanův Městec a.s.</li>
<li>místopředseda: doc. Ing. Pavel Kratochvíl, CSc., Fakulta chemicko-technologická Univerzity Pardubice</li>
<li>členové: Ing. Tomáš Zeman (Hlinsko Metal s.r.o.), Bc. Vendula Horáková (Svitavská slévárna a.s.) a Ing. Ondřej Malý (Město Chrudim)</li>
</ul>
<p>Dozorčí rada zůstává tříčlenná. Předsedkyně dozorčí rady: Ing. Hana Procházková (Ekonomservis Skuteč).</p>

<p>Valná hromada dále vzala na vědomí, že Ing. Jaroslava Kubíčková, která klastr vedla od roku 2031, odchází k 31. květnu 2040 do agentury CzechInvest, kde bude mít na starosti regionální kancelář v Pardubicích. Novým ředitelem klastru od 1. června 2040 bude Ing. Radek Sýkora, Ph.D., který dosud působil jako vedoucí vývoje ve společnosti Elektro Náchod Motors a. s. a v letech 2029–2034 jako výzkumník ve Výzkumném ústavu strojírenské techniky v Praze.</p>

<p>„Jaroslava z klastru udělala značku, kterou znají i v Brně a v Drážďanech. Radek přichází v době, kdy naši členové potřebují hlavně lidi a energii za rozumnou cenu,“ řekl po volbě předseda správní rady Miroslav Dvořák. Nový ředitel chce nejprve navštívit všechny členské firmy a do podzimu připravit novou strategii klastru na léta 2041–2045.</p>

<p>Poděkování za spolupráci zaznělo také směrem ke Krajskému úřadu Pardubického kraje a k Národní klastrové asociaci. Hejtmana Pardubického kraje zastupoval radní pro hospodářství Mgr. Jiří Beneš.</p>

<p>Odpoledne téhož dne se zhruba třicet účastníků přesunulo do Hlinska na exkurzi do nové lakovny společnosti Hlinsko Metal s.r.o., kterou firma postavila s podporou klastrového projektu sdílené výzkumné infrastruktury. Jednatel firmy ukázal robotizovanou linku a vysvětlil, proč se investice vyplatila i při současných cenách energie. Exkurze byla zároveň první akcí nového projektu klastru zaměřeného na úspory energie v malých a středních podnicích regionu.</p>

<h2>Usnesení valné hromady</h2>
<p>Valná hromada:</p>
<ol>
<li>schvaluje výroční zprávu a účetní závěrku klastru za rok 2039</li>
<li>volí správní radu a dozorčí radu ve složení uvedeném výše</li>
<li>schvaluje rozpočet na rok 2040 a ponechává výši členských příspěvků beze změny</li>
<li>ukládá správní radě předložit návrh strategie klastru 2041–2045 nejpozději do 30. listopadu 2040</li>
<li>přijímá za nové členy společnosti Proseč Laser s.r.o. a Střední průmyslová škola strojní Chrudim</li>
</ol>

<h2>Nejbližší akce</h2>
<ul>
<li>úterý 22. května 2040, 9:00 – Snídaně s ředitelem: představení Radka Sýkory členům, sídlo klastru, Chrudim</li>
<li>12.–13. září 2040 – společná expozice klastru na veletrhu Strojírenství Pardubice</li>
</ul>

<p class="sdilet">Sdílet: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a> · <a href="#">Tisk</a></p>
<p><a href="/aktuality">‹ Zpět na aktuality</a></p>
</main>
<footer><p>Chrudimský strojírenský klastr, z. s. · Novoměstská 1, 537 01 Chrudim · IČO 00000000 · info@chsk.example.cz</p>
<p>Provoz klastru je spolufinancován Pardubickým krajem. · <a href="/ochrana-osobnich-udaju">Ochrana osobních údajů</a> · <a href="/mapa-webu">Mapa webu</a></p></footer>
</body></html>
"""
write(F, T)
C = "Chrudimský strojírenský klastr, z. s."
gold(F,
 [P("Petra Vondráčková",None,None),
  P("Jaroslava Kubíčková","ředitelka",C),
  P("Miroslav Dvořák","předseda správní rady",C),
  P("Lucie Šťastná","místopředsedkyně",C),
  P("Pavel Kratochvíl","místopředseda",C),
  P("Tomáš Zeman","člen",C),
  P("Vendula Horáková","člen",C),
  P("Ondřej Malý","člen",C),
  P("Hana Procházková","Předsedkyně dozorčí rady",C),
  P("Radek Sýkora","ředitel",C),
  P("Jiří Beneš","radní pro hospodářství",None)],
 [O(C,"CHSK"), O("Regionální hospodářské komory Chrudim"), O("DVOŘÁK – obráběcí stroje s.r.o."),
  O("TRANSKOV Heřmanův Městec a.s."), O("Fakulta chemicko-technologická Univerzity Pardubice"), O("Hlinsko Metal s.r.o."),
  O("Svitavská slévárna a.s."), O("Město Chrudim"), O("Ekonomservis Skuteč"), O("CzechInvest"),
  O("Elektro Náchod Motors a. s."), O("Výzkumném ústavu strojírenské techniky"), O("Krajskému úřadu Pardubického kraje"),
  O("Národní klastrové asociaci"), O("Proseč Laser s.r.o."), O("Střední průmyslová škola strojní Chrudim"),
  O("Pardubickým krajem")],
 [E("řádná valná hromada","2040-04-19",None,"Chrudim","Czechia"),
  E("exkurze do nové lakovny společnosti Hlinsko Metal s.r.o.","2040-04-19",None,"Hlinsko","Czechia"),
  E("Snídaně s ředitelem","2040-05-22",None,"Chrudim","Czechia"),
  E("veletrh Strojírenství Pardubice","2040-09-12","2040-09-13","Pardubice","Czechia")],
 ["2040-04-24","2040-04-19","2040/2044","2031","2040-05-31","2040-06-01","2029/2034","2041/2045","2039","2040","2040-11-30","2040-05-22","2040-09-12/2040-09-13"],
 ["schvaluje výroční zprávu a účetní závěrku klastru za rok 2039",
  "volí správní radu a dozorčí radu ve složení uvedeném výše",
  "schvaluje rozpočet na rok 2040 a ponechává výši členských příspěvků beze změny",
  "ukládá správní radě předložit návrh strategie klastru 2041–2045 nejpozději do 30. listopadu 2040",
  "přijímá za nové členy společnosti Proseč Laser s.r.o. a Střední průmyslová škola strojní Chrudim"],
 pub="2040-04-24")
