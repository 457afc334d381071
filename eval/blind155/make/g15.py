from h import *
F = 'g15_gemer_klaster_vyrocna_sprava.html'
assert wd(2036,2,26)=='Tuesday' and wd(2036,4,16)=='Wednesday' and wd(2036,3,12)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="sk"><head><meta charset="utf-8"><title>Aktuality – Gemerský agropotravinársky klaster</title></head>
<body>
<div class="cookies">Táto stránka používa súbory cookies. Používaním stránky súhlasíte s ich ukladaním. <a href="/cookies">Viac informácií</a> <button>Súhlasím</button></div>
<header><p class="logo">Gemerský agropotravinársky klaster (GAK)</p>
<nav><a href="/">Úvod</a> | <a href="/o-nas">O nás</a> | <a href="/clenovia">Členovia</a> | <a href="/projekty">Projekty</a> | <a href="/aktuality">Aktuality</a> | <a href="/kontakt">Kontakt</a> | <a href="/hu">Magyarul</a></nav></header>
<main>
<p class="omrvinky">Úvod » Aktuality » Valné zhromaždenie 2036</p>
<h1>Valné zhromaždenie schválilo výročnú správu a zvolilo nové predstavenstvo</h1>
<p class="meta">Rimavská Sobota, 28. februára 2036 | Autor: Zuzana Lőrincová | Zdieľať: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-mail</a></p>

<p>Členovia Gemerského agropotravinárskeho klastra sa v utorok 26. februára 2036 stretli na riadnom valnom zhromaždení v zasadačke Mestského úradu v Rimavskej Sobote. Zo 48 členov sa zúčastnilo 35, medzi hosťami boli primátor mesta Rimavská Sobota Ladislav Kökény a riaditeľka odboru regionálneho rozvoja Banskobystrického samosprávneho kraja Ing. Katarína Šuleková.</p>

<p>Výkonná riaditeľka klastra Mgr. Monika Sajková predstavila výročnú správu za rok 2035. Klaster v minulom roku získal deväť nových členov, najmä malých výrobcov syrov a medu z okolia Tornale, Hnúšte a Revúcej. Spoločný predajný stánok na Agrokomplexe v Nitre v auguste 2035 navštívilo podľa odhadov vyše 6 000 ľudí a štyria členovia tam uzavreli zmluvy s obchodnými reťazcami. Klaster zorganizoval aj dve školenia o bezpečnosti potravín so Štátnou veterinárnou a potravinovou správou SR a spoločnú cestu 14 výrobcov na veľtrh BIOFACH do Norimbergu vo februári 2035.</p>

<p>Menej sa darilo pri spoločnom marketingu: značka „Gemer chutí" je podľa prieskumu medzi zákazníkmi v Banskej Bystrici a Košiciach stále málo známa. Správa tiež uvádza, že cezhraničná spolupráca s maďarským Borsodským potravinárskym klastrom (Borsodi Élelmiszeripari Klaszter) z Miskolca sa po skončení projektu Interreg spomalila.</p>

<p>Valné zhromaždenie schválilo výročnú správu, účtovnú závierku za rok 2035 a rozpočet na rok 2036. Na obdobie 2036–2039 zvolilo nové predstavenstvo:</p>
<ul>
<li>predseda predstavenstva: Ing. Attila Fehér (Gemerská mliekareň, s. r. o., Tornaľa)</li>
<li>podpredsedníčka: Jana Hrončeková (Včelárstvo Hrončeková, Hnúšťa)</li>
<li>členovia: Peter Dovala (Stredná odborná škola poľnohospodárska, Rimavská Sobota) a Gabriela Szabóová (Farma pod Muránom)</li>
</ul>
<p>Dozornú radu povedie aj naďalej Ján ČIPKA z obce Hrachovo. Doterajší predseda Milan Kováčik, ktorý klaster viedol od jeho založenia v roku 2029, sa stal čestným členom.</p>

<p>Predseda Fehér po zvolení povedal, že chce, aby klaster pomohol menším farmám dostať sa na pulty v celom Slovensku: „Gemer má výborné potraviny, ale málokto o nich vie. To chceme zmeniť."</p>

<p>V diskusii členovia navrhli, aby klaster v tomto roku viac pomáhal s certifikáciou výrobkov a so spoločnou dopravou tovaru do miest. Viacerí výrobcovia sa sťažovali, že náklady na dopravu malých zásielok do Bratislavy sú vyššie ako ich zisk. Predstavenstvo sa touto otázkou bude zaoberať na svojom prvom zasadnutí a pripraví návrh spoločnej logistiky pre členov.</p>

<p>Hostia ocenili, že klaster za sedem rokov svojej existencie spojil výrobcov, ktorí predtým medzi sebou takmer nespolupracovali. Zástupkyňa kraja pripomenula, že kraj pripravuje novú výzvu na podporu miestnych potravín a že klastre budú môcť podávať žiadosti v mene skupiny svojich členov. Členovia tiež ocenili novú webovú stránku klastra s katalógom výrobcov a mapou predajní z dvora, ktorú od jesene navštívilo viac ako 11 000 ľudí.</p>

<h2>Pripravujeme</h2>
<p>Dňa 12. marca 2036 (streda) sa uskutoční v Revúcej seminár o predaji z dvora a nových hygienických pravidlách. Na stredu 16. apríla 2036 je naplánované zasadnutie predstavenstva s partnermi z Borsodského klastra v Miskolci.</p>

<p class="meta">Zdieľať: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-mail</a></p>
<p><a href="/aktuality">« Späť na aktuality</a></p>
</main>
<footer><p>Gemerský agropotravinársky klaster, Hlavné námestie 1, 979 01 Rimavská Sobota · IČO 00000000 · gak@gemer.example.sk</p>
<p>Projekt je podporený z rozpočtu Banskobystrického samosprávneho kraja. © GAK · <a href="/gdpr">Ochrana osobných údajov</a></p></footer>
</body></html>
"""
write(F, T)
G = "Gemerský agropotravinársky klaster"
gold(F,
 [P("Zuzana Lőrincová",None,None),
  P("Ladislav Kökény","primátor mesta Rimavská Sobota",None),
  P("Katarína Šuleková","riaditeľka odboru regionálneho rozvoja","Banskobystrického samosprávneho kraja"),
  P("Monika Sajková","Výkonná riaditeľka",G),
  P("Attila Fehér","predseda predstavenstva",G),
  P("Jana Hrončeková","podpredsedníčka",G),
  P("Peter Dovala","člen",G),
  P("Gabriela Szabóová","člen",G),
  P("Ján ČIPKA",None,G),
  P("Milan Kováčik","predseda",G)],
 [O(G,"GAK"), O("Mestského úradu v Rimavskej Sobote"), O("Banskobystrického samosprávneho kraja"),
  O("Štátnou veterinárnou a potravinovou správou SR"), O("Borsodi Élelmiszeripari Klaszter"),
  O("Gemerská mliekareň, s. r. o."), O("Včelárstvo Hrončeková"), O("Stredná odborná škola poľnohospodárska"),
  O("Farma pod Muránom")],
 [E("riadne valné zhromaždenie","2036-02-26",None,"Rimavská Sobota","Slovakia"),
  E("Agrokomplex","2035-08",None,"Nitre","Slovakia"),
  E("BIOFACH","2035-02",None,"Norimberg","Germany"),
  E("seminár o predaji z dvora a nových hygienických pravidlách","2036-03-12",None,"Revúcej","Slovakia"),
  E("zasadnutie predstavenstva","2036-04-16",None,"Miskolc","Hungary")],
 ["2036-02-28","2036-02-26","2035","2035-08","2035-02","2036","2036/2039","2029","2036-03-12","2036-04-16"],
 [], pub="2036-02-28")
