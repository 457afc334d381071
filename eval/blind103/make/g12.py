from h import *
F = 'g12_zemplin_studijna_cesta_styria.html'
assert wd(2040,9,17)=='Monday' and wd(2040,9,18)=='Tuesday' and wd(2040,9,19)=='Wednesday' and wd(2040,9,20)=='Thursday' and wd(2040,9,28)=='Friday'
T = """<!DOCTYPE html>
<html lang="sk"><head><meta charset="utf-8"><title>Študijná cesta do Štajerska: drevo, stavby a výskum | Drevársky klaster Zemplín</title></head>
<body>
<div class="cookies">Táto stránka používa súbory cookie. Pokračovaním v prehliadaní súhlasíte s ich používaním. <a href="/cookies">Viac</a> <button>Súhlasím</button></div>
<header><p class="logo">Drevársky klaster Zemplín</p>
<nav><a href="/">Úvod</a> · <a href="/o-nas">O nás</a> · <a href="/clenovia">Členovia</a> · <a href="/projekty">Projekty</a> · <a href="/aktuality">Aktuality</a> · <a href="/podujatia">Podujatia</a> · <a href="/kontakt">Kontakt</a></nav></header>
<main><article>
<p class="path">Úvod » Aktuality » Študijná cesta do Štajerska</p>
<h1>Študijná cesta do Štajerska: štyri dni medzi pílami, laboratóriami a drevostavbami</h1>
<p class="meta">28. septembra 2040 | Autorka: Mgr. Lucia Hrabovská | Foto: Peter Kmec</p>
<p class="perex"><strong>Sedemnásť zástupcov firiem, škôl a samospráv zo Zemplína sa v dňoch 17. až 20. septembra 2040 zúčastnilo na študijnej ceste do rakúskeho Štajerska. Cestu zorganizoval Drevársky klaster Zemplín spolu s partnerom Holzcluster Steiermark v rámci projektu WoodBridge, ktorý podporuje program Interreg Slovensko – Rakúsko.</strong></p>
<p>Cieľom cesty bolo spoznať, ako v Štajersku spolupracujú firmy spracúvajúce drevo s univerzitami a výskumnými centrami a ako región podporuje drevostavby vo verejných budovách. Delegáciu viedol predseda klastra Ing. Martin Sabol, PhD., spolu s ním cestovali aj zástupcovia Košického samosprávneho kraja a Mesta Michalovce.</p>

<h2>Deň 1 – pondelok 17. septembra: Graz</h2>
<p>Po ceste z Michaloviec (takmer osem hodín autobusom) nás popoludní privítala v sídle Holzcluster Steiermark jeho riaditeľka Mag. Birgit Hofbauer-Lenz. Predstavila históriu klastra, ktorý dnes združuje vyše 180 členov od lesníkov až po výrobcov nábytku. Zaujalo nás, že klaster má vlastné oddelenie pre verejné obstarávanie, ktoré radí obciam pri súťažiach na drevené školy a škôlky. Večer sa konala spoločná večera s partnermi projektu v reštaurácii Landhauskeller.</p>

<h2>Deň 2 – utorok 18. septembra: výskum a vzdelávanie</h2>
<p>Dopoludnie patrilo Technickej univerzite v Grazi (TU Graz). V laboratóriu pre drevené konštrukcie nám Univ.-Prof. Dr. Gerhard Steinwender ukázal skúšky nosníkov z lepeného lamelového dreva a požiarne testy stropov. Doktorandka Katarína Vargová, rodáčka z Trebišova, ktorá na univerzite pôsobí tretí rok, porozprávala o výskume spojov z bukového dreva – téme, ktorá je pre zemplínske bukové lesy mimoriadne zaujímavá.</p>
<p>Popoludní skupina pokračovala do vzdelávacieho centra Holzbau Akademie Steiermark v meste Leoben, kde sa duálnym spôsobom pripravujú tesári a technici drevostavieb. Riaditeľ centra Ing. Josef Pichler vysvetlil, že firmy hradia časť nákladov na výučbu a na oplátku majú prednosť pri výbere absolventov. Naši riaditelia stredných odborných škôl sa najviac pýtali na to, ako sa delia hodiny medzi školu a firmu a kto hodnotí praktickú časť skúšky.</p>

<h2>Deň 3 – streda 19. septembra: firmy</h2>
<p>Celý deň bol venovaný návštevám firiem. Ráno sme boli v píle a závode na CLT panely spoločnosti Murtal Holzwerke GmbH v Judenburgu, kde nás sprevádzal výrobný riaditeľ DI Florian Gruber. Závod spracuje ročne okolo 600 000 m³ guľatiny a takmer všetku energiu si vyrába z vlastných zvyškov. Popoludní sme navštívili rodinnú firmu Tischlerei Krenn v obci Pöls, ktorá vyrába nábytok na mieru pre hotely v Alpách. Majiteľka Andrea Krenn sa podelila o skúsenosti s exportom do Talianska a Švajčiarska.</p>
<p>Večer nasledoval neformálny workshop v hoteli, na ktorom sme spolu s rakúskymi partnermi diskutovali o možných spoločných projektoch. Moderoval ho projektový manažér klastra Ing. Tomáš Dzurovčin.</p>

<h2>Deň 4 – štvrtok 20. septembra: verejné drevostavby a návrat</h2>
<p>Posledný deň sme si pozreli novú drevenú základnú školu v Kapfenbergu, ktorú mesto postavilo za 14 mesiacov. Vedúci stavebného úradu mesta Kapfenberg Mag. Wolfgang Reiter zdôraznil, že rozhodujúce bolo včasné zapojenie hasičov a statikov. Škola má 12 tried, telocvičňu a kotolňu na štiepku, ktorú prevádzkuje miestna energetická spoločnosť. Náklady na stavbu boli podľa mesta len o šesť percent vyššie ako pri murovanej budove, no stavba trvala o polovicu kratšie a prevádzka je lacnejšia. Po obede sme sa vydali na cestu domov a do Michaloviec sme dorazili krátko pred polnocou.</p>

<h2>Čo si odnášame</h2>
<ul>
<li>Spolupráca firiem so školami funguje, keď firmy prispievajú na výučbu a majú z nej priamy úžitok.</li>
<li>Verejné budovy z dreva sú možné aj v menších mestách, ak má samospráva poradcu pre obstarávanie.</li>
<li>Buk je pre výskum zaujímavý a slovenské firmy môžu byť partnermi v spoločných projektoch.</li>
<li>Klaster by mal ponúkať obciam podobnú poradenskú službu ako Holzcluster Steiermark.</li>
</ul>
<p>Na študijnú cestu nadviaže seminár pre starostov „Drevo vo verejných stavbách“, ktorý sa uskutoční 6. novembra 2040 v Michalovciach. Rakúski partneri pricestujú na recipročnú návštevu na Zemplín na jar 2041.</p>
<p>Ďakujeme všetkým hostiteľom a agentúre SARIO (Slovenská agentúra pre rozvoj investícií a obchodu) za pomoc s prípravou programu.</p>
<h3>Účastníci študijnej cesty</h3>
<p>Drevársky klaster Zemplín (4) · Košický samosprávny kraj (2) · Mesto Michalovce (1) · Mesto Trebišov (1) · Stredná odborná škola drevárska Vranov nad Topľou (2) · Technická univerzita vo Zvolene (2) · Zemplín Timber s.r.o. (2) · Stolárstvo Hudák s.r.o. (1) · DomDrev Sobrance s.r.o. (2)</p>
<h3>Hostitelia</h3>
<p>Holzcluster Steiermark · Technická univerzita Graz (TU Graz) · Holzbau Akademie Steiermark · Murtal Holzwerke GmbH · Tischlerei Krenn · Stadtgemeinde Kapfenberg</p>
<p class="kontakt">Kontakt: Ing. Tomáš Dzurovčin, projektový manažér, dzurovcin@drevoklaster.example.sk, +421 56 000 0000</p>
</article>
<aside><h3>Zdieľať</h3><p><a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">E-mail</a></p>
<h3>Súvisiace články</h3><ul><li><a href="#">Projekt WoodBridge oficiálne odštartoval (12. 3. 2040)</a></li><li><a href="#">Valné zhromaždenie klastra zvolilo nové predsedníctvo</a></li></ul></aside>
</main>
<footer><p>Drevársky klaster Zemplín, Nám. osloboditeľov 30, 071 01 Michalovce · IČO 00000000</p><p>Projekt WoodBridge je spolufinancovaný Európskou úniou. © 2040 · <a href="/gdpr">Ochrana osobných údajov</a></p></footer>
</body></html>
"""
write(F, T)
C = "Drevársky klaster Zemplín"
gold(F,
 [P("Lucia Hrabovská",None,None), P("Peter Kmec",None,None),
  P("Martin Sabol","predseda",C),
  P("Birgit Hofbauer-Lenz","riaditeľka","Holzcluster Steiermark"),
  P("Gerhard Steinwender",None,"Technická univerzita Graz"),
  P("Katarína Vargová","Doktorandka","Technická univerzita Graz"),
  P("Josef Pichler","Riaditeľ centra","Holzbau Akademie Steiermark"),
  P("Florian Gruber","výrobný riaditeľ","Murtal Holzwerke GmbH"),
  P("Andrea Krenn","Majiteľka","Tischlerei Krenn"),
  P("Tomáš Dzurovčin","projektový manažér",C),
  P("Wolfgang Reiter","Vedúci stavebného úradu mesta Kapfenberg","Stadtgemeinde Kapfenberg")],
 [O(C), O("Holzcluster Steiermark"), O("Košický samosprávny kraj"), O("Mesto Michalovce"), O("Mesto Trebišov"), O("Stredná odborná škola drevárska Vranov nad Topľou"), O("Technická univerzita vo Zvolene"), O("Zemplín Timber s.r.o."), O("Stolárstvo Hudák s.r.o."), O("DomDrev Sobrance s.r.o."),
  O("Technická univerzita Graz","TU Graz"), O("Holzbau Akademie Steiermark"), O("Murtal Holzwerke GmbH"),
  O("Tischlerei Krenn"), O("Stadtgemeinde Kapfenberg"),
  O("Slovenská agentúra pre rozvoj investícií a obchodu","SARIO"), O("Európskou úniou")],
 [E("Študijná cesta do Štajerska","2040-09-17","2040-09-20",None,"Austria"),
  E("spoločná večera","2040-09-17",None,"Graz","Austria"),
  E("návštevy firiem","2040-09-19",None,None,"Austria"),
  E("neformálny workshop","2040-09-19",None,None,"Austria"),
  E("seminár pre starostov „Drevo vo verejných stavbách“","2040-11-06",None,"Michalovce","Slovakia"),
  E("recipročná návšteva","2041",None,None,"Slovakia")],
 ["2040-09-28","2040-09-17/2040-09-20","2040-09-17","2040-09-18","2040-09-19","2040-09-20","2040-11-06","2041","2040-03-12"],
 ["Spolupráca firiem so školami funguje, keď firmy prispievajú na výučbu a majú z nej priamy úžitok",
  "Verejné budovy z dreva sú možné aj v menších mestách, ak má samospráva poradcu pre obstarávanie",
  "Buk je pre výskum zaujímavý a slovenské firmy môžu byť partnermi v spoločných projektoch",
  "Klaster by mal ponúkať obciam podobnú poradenskú službu ako Holzcluster Steiermark"],
 pub="2040-09-28")
print(F, words(T))
