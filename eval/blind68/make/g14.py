from h import *
F='zapad-biz-panonsky-den-stavebnictva-2035.html'
T=f'''<!DOCTYPE html>
<html lang="sk"><head><meta charset="utf-8"><title>Panónsky deň stavebníctva: hlina, slama a recyklovaná oceľ aj pre slovenské firmy | Západ.biz</title></head>
<body>
<div class="consent">Táto stránka používa súbory cookie na analýzu návštevnosti a personalizáciu obsahu. <a href="#">Súhlasím</a> <a href="#">Nastavenia</a> <a href="#">Odmietnuť</a></div>
<header><p>Západ.biz – ekonomický portál západného Slovenska</p>
<nav>Ekonomika | Firmy | Regióny | Energetika | Stavebníctvo | Práca | Podujatia | Názory</nav>
<form>Hľadať <input type="text"></form></header>
<main>
<p class="crumbs">Domov › Stavebníctvo › Zahraničie</p>
<article>
<h1>Panónsky deň stavebníctva: hlina, slama a recyklovaná oceľ aj pre slovenské firmy</h1>
<p class="byline">Autorka: Mgr. Zuzana Hudecová-Pálffy · {wd(2035,9,19,'sk')} 19. 9. 2035, 16:05 · Aktualizované 17:40</p>
<p class="lead"><b>Oberwart/Bratislava.</b> Na štvrtý Panónsky deň stavebníctva, ktorý v utorok 18. septembra 2035 zorganizoval rakúsky klaster Pannonia Green Building Cluster v Messezentrum Oberwart, prišlo viac ako 400 stavbárov, architektov, remeselníkov a komunálnych politikov. Takmer štvrtina účastníkov bola z Maďarska a zo Slovenska – medzi nimi aj desať firiem z Bratislavského a Trnavského kraja.</p>

<p>Predseda klastra Ing. Herbert Pinter-Salomon, konateľ stavebnej firmy Pinter Bau GmbH z Güssingu, otvoril podujatie výsledkami prieskumu medzi členmi: 61 percent firiem už aspoň v niektorých projektoch používa recyklované alebo biologické materiály, kým v roku 2031 to bolo 23 percent. „Naše firmy sú pripravené. Brzdia nás pravidlá verejného obstarávania, ktoré odmeňujú najlacnejšiu ponuku,“ povedal.</p>

<p>Krajinská hejtmanka Burgenlandu Dr. Viktoria Szabó-Leitner oznámila, že od 1. januára 2036 krajina zmení pravidlá podpory bývania: budovy s certifikovaným podielom opätovne použitých stavebných prvkov získajú bonus až osem percent.</p>

<h2>Ocenený panel zo slamy a hliny</h2>
<p>Najviac pozornosti pútal panel StrohLehm, ktorý v apríli získal rakúsku štátnu cenu za architektúru a udržateľnosť. Bernadette Gmeiner z firmy Lehmbau Seewinkel e.U. a Ing. Florian Stadlmann predviedli, ako sa panel namontuje za menej ako desať minút. Obe firmy hľadajú tretieho partnera pre malú výrobnú linku; rokovania s investorom zo Šoproňa podľa Stadlmanna prebiehajú.</p>

<p>Popoludní sa konali štyri workshopy – o materiálových pasoch, opätovnom použití oceľových konštrukcií, drevostavbách pre obce a obnove vínnych pivníc. Workshop o oceli viedol Dipl.-Ing. Dr. techn. Paul Hofer-Nagy z TU Wien. Ukázal, že oceľové nosníky zo zbúraného skladu v Parndorfe sa dajú otestovať a znovu použiť v novej športovej hale o 15 percent lacnejšie ako nová oceľ. „Úzkym hrdlom je testovanie. Vo východnom Rakúsku máme dve laboratóriá, ktoré vedia certifikovať použitú oceľ, a obe majú šesťmesačné poradovníky,“ povedal.</p>

<h2>Slovenské firmy hľadajú partnerov</h2>
<p>Slovenskú výpravu zorganizoval Bratislavský regionálny inovačný klaster (BRIK) v spolupráci so Slovenskou obchodnou a priemyselnou komorou. „Pre naše drevostavebné firmy je rakúsky trh blízko, ale bez partnera sa naň ťažko dostať. Za jeden deň sme mali 23 stretnutí,“ uviedol manažér klastra Ing. Tomáš Kováčik, PhD. Firma Drevodom Senec, s. r. o., sa podľa neho dohodla s rakúskym partnerom na spoločnej ponuke na materskú školu v Neusiedl am See.</p>

<p>Slovenskí účastníci ocenili najmä praktické ukážky. Podľa Kováčika by podobné podujatie potrebovalo aj Slovensko, kde sa obnova budov s recyklovanými materiálmi zatiaľ len rozbieha. Klaster BRIK preto plánuje na jar 2036 zorganizovať v Bratislave seminár o materiálových pasoch, na ktorý pozve aj rakúskych a maďarských odborníkov.</p>

<p>Maďarský stavebný klaster Pannon Építőipari Klaszter z Győru podpísal s rakúskym klastrom memorandum o spoločných kurzoch pre remeselníkov. Jeho prezident Dr. László Farkas-Vida povedal, že prvý spoločný kurz sa uskutoční vo februári 2036 v Šoproni a otvorený bude aj pre slovenských účastníkov.</p>

<p>Manažérka klastra Katharina Unger-Szabó zároveň oznámila výsledky výzvy „Build Circular, Build Together“: zo 19 návrhov vybrali sedem projektov s grantmi spolu 780 000 eur. Projekty sa začnú v októbri.</p>

<h2>Chýbajú mladí ľudia</h2>
<p>Záverečný panel sa venoval zručnostiam. Renate Koller-Marx, vedúca oddelenia na HTL Pinkafeld, uviedla, že počet študentov stavebných odborov mierne rastie, no remeslá si vyberá stále málo mladých. Zamestnávatelia vyzvali na regionálnu kampaň pre učňov a klaster sľúbil predstaviť ju na členskom stretnutí v novembri. Starosta Oberwartu Georg Rosner-Imre ponúkol na školiace centrum prázdnu budovu školy na Steinamangerer Straße, ak sa krajina a firmy podelia o náklady na</p>
</article>
'''
write(F,T)
PG='Pannonia Green Building Cluster'
gold(F,[P('Zuzana Hudecová-Pálffy',None,'Západ.biz'),P('Herbert Pinter-Salomon','Predseda klastra',PG),P('Viktoria Szabó-Leitner','Krajinská hejtmanka Burgenlandu',None),
 P('Bernadette Gmeiner',None,'Lehmbau Seewinkel e.U.'),P('Florian Stadlmann',None,None),P('Paul Hofer-Nagy',None,'TU Wien'),P('Tomáš Kováčik','manažér klastra','Bratislavský regionálny inovačný klaster'),
 P('László Farkas-Vida','prezident','Pannon Építőipari Klaszter'),P('Katharina Unger-Szabó','Manažérka klastra',PG),P('Renate Koller-Marx','vedúca oddelenia','HTL Pinkafeld'),
 P('Georg Rosner-Imre','Starosta Oberwartu',None)],
 [O('Západ.biz'),O(PG),O('Pinter Bau GmbH'),O('Lehmbau Seewinkel e.U.'),O('TU Wien'),O('Bratislavský regionálny inovačný klaster','BRIK'),
  O('Slovenskou obchodnou a priemyselnou komorou'),O('Drevodom Senec, s. r. o.'),O('Pannon Építőipari Klaszter'),O('HTL Pinkafeld')],
 [E('štvrtý Panónsky deň stavebníctva','2035-09-18','2035-09-18','Oberwart','Austria'),E('workshopy','2035-09-18','2035-09-18','Oberwart','Austria'),
  E('prvý spoločný kurz','2036-02','2036-02',None,'Hungary'),E('členské stretnutie','2035-11','2035-11',None,None),E('seminár o materiálových pasoch','2036','2036','Bratislava','Slovakia')],
 ['2035-09-19','2035-09-18','2031','2036-01-01','2035-04','2036-02','2035-10','2035-11','2036'],pub='2035-09-19')
