from h import *
F = 'g06_trnava_klaster_kickoff.html'
assert wd(2037,9,24)=='Thursday' and wd(2037,9,25)=='Friday' and wd(2038,3,10)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="sk"><head><meta charset="utf-8"><title>Aktuality – Trnavský inovačný klaster</title></head>
<body>
<div class="cookies">Táto stránka používa súbory cookie. Pokračovaním v prehliadaní súhlasíte s ich používaním. <a href="/cookies">Viac informácií</a> <button>Súhlasím</button></div>
<header><a class="logo" href="/">TIK – Trnavský inovačný klaster</a>
<nav><a href="/">Úvod</a> | <a href="/o-nas">O nás</a> | <a href="/clenovia">Členovia</a> | <a href="/projekty">Projekty</a> | <a href="/aktuality">Aktuality</a> | <a href="/podujatia">Podujatia</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Úvod / Aktuality / 2037</p>
<article>
<h1>V Trnave odštartoval projekt CIRCULAR-AUTO: jedenásť partnerov z piatich krajín</h1>
<p class="meta">Pridané: 29. 9. 2037 | Autor: Mgr. Zuzana Hrušovská | Kategória: Projekty, Medzinárodná spolupráca</p>

<p>Trnavský inovačný klaster (TIK) privítal v dňoch 24. – 25. septembra 2037 partnerov nového projektu CIRCULAR-AUTO, ktorý je financovaný z programu Interreg Central Europe. Úvodné stretnutie partnerov sa konalo v priestoroch Materiálovotechnologickej fakulty STU v Trnave. Projekt sa zameriava na opätovné využitie materiálov z vyradených vozidiel a batérií v automobilovom dodávateľskom reťazci.</p>

<p>„Trnavský kraj má v automobilovom priemysle viac ako 40 000 zamestnancov. Ak nezačneme s obehovým hospodárstvom teraz, o desať rokov budú materiály aj know-how odchádzať inam,“ povedal na otvorení predseda Trnavského samosprávneho kraja Ing. Martin Kollár-Šimko.</p>

<h2>Partneri projektu</h2>
<p>Vedúcim partnerom je Trnavský inovačný klaster. Ďalšími partnermi sú:</p>
<ul>
<li>Trnavský samosprávny kraj (TTSK)</li>
<li>Slovenská technická univerzita v Bratislave, Materiálovotechnologická fakulta so sídlom v Trnave</li>
<li>Automotive Cluster Styria (ACstyria), Graz, Rakúsko</li>
<li>Cluster Automotive Region Moravia-Silesia, Ostrava, Česko</li>
<li>Pannon Business Network Egyesület, Győr, Maďarsko</li>
<li>Klaster Motoryzacyjny Śląska, Katowice, Poľsko</li>
<li>Fraunhofer Austria Research GmbH, Viedeň</li>
<li>Regionálna rozvojová agentúra Senec-Pezinok</li>
<li>Slovenská inovačná a energetická agentúra (SIEA)</li>
<li>Obec Voderady</li>
</ul>

<h2>Program dvoch dní</h2>
<p>Prvý deň, vo štvrtok 24. septembra, patril riadeniu projektu. Projektová manažérka TIK Ing. Lucia Baranová, PhD., predstavila harmonogram a rozdelenie úloh v štyroch pracovných balíkoch. Finančné pravidlá vysvetlil Gábor Szentesi z Pannon Business Network. Večer nasledovala spoločná večera partnerov v historickom centre mesta.</p>
<p>V piatok 25. septembra nasledovala exkurzia do závodu Stellantis Slovakia v Trnave, kde partneri videli linku na demontáž batériových modulov, a popoludní workshop „Obehové modely v dodávateľskom reťazci“, ktorý viedol doc. Ing. Peter Zajac zo STU.</p>

<p>Za rakúskeho partnera vystúpila Mag. Katharina Pölzl-Reiter, manažérka medzinárodných projektov ACstyria, ktorá pripomenula, že štajerské firmy už dnes platia za recykláciu batérií viac, než by zaplatili za ich opätovné použitie. Podľa nej je preto kľúčové, aby sa regióny naučili zdieľať údaje o materiáloch. Riaditeľ TIK Ing. Marek Ďurovič doplnil, že klaster v projekte vidí príležitosť pre svojich 63 členov, z ktorých dve tretiny tvoria malé a stredné podniky. „Chceme, aby z projektu zostali konkrétne nástroje a nie iba štúdie,“ dodal.</p>

<h2>Čo sme si odniesli</h2>
<p>Na záver stretnutia partneri zhrnuli tieto závery:</p>
<ul>
<li>regionálne akčné plány musia vychádzať zo skutočných tokov materiálov, nie z odhadov</li>
<li>malé dodávateľské firmy potrebujú jednoduchý nástroj na hodnotenie obehovosti svojich výrobkov</li>
<li>spolupráca s automobilkami musí začať už pri návrhu dielov</li>
</ul>

<p>Najbližšie partnerské stretnutie sa uskutoční v marci 2038 v Grazi, pilotné akcie v regiónoch sa začnú na jeseň 2038. Projekt potrvá do augusta 2040, celkový rozpočet je 2,6 milióna eur.</p>

<p>Klaster zároveň pozýva členov na informačný deň o projekte, ktorý sa uskutoční 10. marca 2038 (streda) o 9:00 v sídle TIK na Paulínskej ulici v Trnave. Registrácia je možná do 3. marca 2038.</p>

<p class="contact">Kontakt: Ing. Lucia Baranová, PhD., projektová manažérka, baranova@tik.example.sk, +421 33 000 000</p>
<p class="share">Zdieľať: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">X</a> · <a href="/aktuality">« Späť na aktuality</a></p>
</article>
<aside><h3>Najčítanejšie</h3><ul><li><a href="#">Klastrový deň 2037 – fotogaléria</a></li><li><a href="#">Výzva pre členov: digitálny pas batérie</a></li></ul></aside>
</main>
<footer><p>© 2037 Trnavský inovačný klaster, záujmové združenie právnických osôb · Paulínska 16, 917 01 Trnava · IČO 00000000</p>
<p>Projekt CIRCULAR-AUTO je spolufinancovaný Európskou úniou.</p></footer>
</body></html>
"""
write(F, T)
K = "Trnavský inovačný klaster"
gold(F,
 [P("Zuzana Hrušovská",None,None),
  P("Martin Kollár-Šimko","predseda","Trnavský samosprávny kraj"),
  P("Lucia Baranová","Projektová manažérka",K),
  P("Gábor Szentesi",None,"Pannon Business Network Egyesület"),
  P("Peter Zajac",None,"STU"),
  P("Katharina Pölzl-Reiter","manažérka medzinárodných projektov","ACstyria"),
  P("Marek Ďurovič","Riaditeľ",K)],
 [O(K,"TIK"), O("Trnavský samosprávny kraj","TTSK"), O("Slovenská technická univerzita v Bratislave","STU"),
  O("Materiálovotechnologická fakulta"), O("Automotive Cluster Styria","ACstyria"),
  O("Cluster Automotive Region Moravia-Silesia"), O("Pannon Business Network Egyesület"),
  O("Klaster Motoryzacyjny Śląska"), O("Fraunhofer Austria Research GmbH"),
  O("Regionálna rozvojová agentúra Senec-Pezinok"), O("Slovenská inovačná a energetická agentúra","SIEA"),
  O("Obec Voderady"), O("Stellantis Slovakia")],
 [E("Úvodné stretnutie partnerov","2037-09-24","2037-09-25","Trnava","Slovakia"),
  E("spoločná večera partnerov","2037-09-24",None,"Trnava","Slovakia"),
  E("exkurzia do závodu Stellantis Slovakia","2037-09-25",None,"Trnava","Slovakia"),
  E("workshop „Obehové modely v dodávateľskom reťazci“","2037-09-25",None,"Trnava","Slovakia"),
  E("partnerské stretnutie","2038-03",None,"Graz","Austria"),
  E("informačný deň","2038-03-10",None,"Trnava","Slovakia"),
  E("Klastrový deň 2037",None,None,None,None)],
 ["2037-09-29","2037-09-24/2037-09-25","2037-09-24","2037-09-25","2038-03","2038","2040-08","2038-03-10","2038-03-03"],
 ["regionálne akčné plány musia vychádzať zo skutočných tokov materiálov, nie z odhadov",
  "malé dodávateľské firmy potrebujú jednoduchý nástroj na hodnotenie obehovosti svojich výrobkov",
  "spolupráca s automobilkami musí začať už pri návrhu dielov"],
 pub="2037-09-29")
