from h import *
F = 'g05_usti_studie_klastry.html'
assert wd(2035,9,18)=='Tuesday' and wd(2035,10,9)=='Tuesday' and wd(2035,9,24)=='Monday'
T = """<!DOCTYPE html>
<html lang="cs"><head><meta charset="utf-8"><title>Studie: klastry v Ústeckém kraji potřebují stabilní financování | ICUK</title></head>
<body>
<div class="cookie-bar">Tento web používá soubory cookies. <a href="/cookies">Více informací</a> <button>Souhlasím</button> <button>Nastavení</button></div>
<header><p class="logo">Inovační centrum Ústeckého kraje</p>
<nav><a href="/">Úvod</a> | <a href="/o-nas">O nás</a> | <a href="/sluzby">Služby</a> | <a href="/aktuality">Aktuality</a> | <a href="/akce">Akce</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="drobek">Úvod › Aktuality › Studie: klastry v Ústeckém kraji</p>
<h1>Studie: klastry v Ústeckém kraji potřebují stabilní financování a propojení s univerzitou</h1>
<p class="datum">24. 9. 2035 · Autor: Martina Procházková · Kategorie: Analýzy a strategie</p>

<p>Rada Ústeckého kraje vzala na svém zasedání v úterý 18. září 2035 na vědomí <strong>Studii o stavu a potenciálu klastrů v Ústeckém kraji</strong>, kterou pro kraj zpracovalo Inovační centrum Ústeckého kraje (ICUK) společně s Fakultou sociálně ekonomickou Univerzity Jana Evangelisty Purkyně v Ústí nad Labem (UJEP). Studie je jedním z podkladů pro aktualizaci Regionální inovační strategie Ústeckého kraje 2035–2041.</p>

<p>Autoři zmapovali sedm klastrových organizací působících v kraji, mezi nimi Klastr Chemie Ústí z.s., Sklářský klastr Podkrušnohoří, Energetický klastr Severní Čechy a Strojírenský klastr Most. Dohromady sdružují 214 členů, z toho 163 malých a středních podniků. Data byla získána dotazníkovým šetřením mezi členy (návratnost 41 %) a dvaceti rozhovory s manažery klastrů a zástupci firem v období od března do června 2035.</p>

<p>„Klastry v našem kraji vznikaly jako reakce na útlum těžby uhlí. Dnes už nejsou projekt, ale infrastruktura, a tak je musíme i financovat,“ uvedla ředitelka ICUK Ing. Jitka Nováková-Štěpánková. Hlavní autor studie doc. Ing. Petr Vaníček, Ph.D., z UJEP doplnil, že kraj se podle srovnání s dalšími regiony transformace, jako jsou Moravskoslezský a Karlovarský kraj, drží v průměru, ale výrazně zaostává ve spolupráci firem s vysokými školami.</p>

<h2>Hlavní zjištění</h2>
<ul>
<li>Čtyři ze sedmi klastrů jsou závislé na projektovém financování a nemají zajištěný rozpočet na více než dva roky dopředu</li>
<li>Členské firmy nejvíce oceňují společné vzdělávací akce a zastupování vůči veřejné správě, nejméně společný výzkum</li>
<li>Pouze 9 % členů spolupracovalo v posledních třech letech s UJEP na výzkumném nebo vývojovém projektu</li>
<li>Klastry v kraji se téměř nezapojují do mezinárodních sítí; do evropských klastrových partnerství je zapojen jen Klastr Chemie Ústí</li>
</ul>

<h2>Doporučení</h2>
<p>Studie formuluje pro krajskou samosprávu tato doporučení:</p>
<ol>
<li>Zavést víceletý krajský program podpory klastrových organizací s financováním na nejméně čtyři roky</li>
<li>Vytvořit při ICUK kontaktní místo pro spolupráci klastrů s UJEP a Českou zemědělskou univerzitou</li>
<li>Podpořit zapojení klastrů do evropských klastrových partnerství a do Evropské platformy pro klastrovou spolupráci (ECCP)</li>
<li>Sladit podporu klastrů s Fondem pro spravedlivou transformaci a s programy Ministerstva průmyslu a obchodu</li>
</ol>

<p>Náměstek hejtmana pro regionální rozvoj Mgr. Ondřej Hrubý přislíbil, že první dvě doporučení se promítnou do rozpočtu na rok 2036. „Chceme, aby firmy věděly, že klastr tu bude i za pět let,“ řekl Hrubý.</p>

<h2>Diskuse s firmami</h2>
<p>Výsledky studie budou představeny členům klastrů na kulatém stole v Mostě v úterý 9. října 2035 od 14:00 v budově Krajské hospodářské komory Ústeckého kraje. Na akci vystoupí také předseda Národní klastrové asociace (NCA) Radek Čermák, který představí zkušenosti z jiných krajů. Přihlášky přijímáme do 5. října.</p>

<p>Studie navazuje na Krajskou klastrovou konferenci, kterou ICUK uspořádal 14.–15. listopadu 2034 v Ústí nad Labem a na níž zástupci klastrů poprvé společně požadovali víceleté financování.</p>

<p><a href="/dokumenty/studie-klastry-2035.pdf">Stáhnout studii (PDF, 3,2 MB)</a> · <a href="/dokumenty/shrnuti-en.pdf">Summary in English</a></p>
<p class="sdilet">Sdílet: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">X</a></p>
<p><a href="/aktuality">« Zpět na aktuality</a></p>
</main>
<footer><p>Inovační centrum Ústeckého kraje, z. ú. · Čs. mládeže 3173/4, 400 01 Ústí nad Labem · IČO 00000000 · info@icuk.example.cz</p>
<p>Partneři studie: Univerzita Jana Evangelisty Purkyně v Ústí nad Labem (Fakulta sociálně ekonomická) · Krajská hospodářská komora Ústeckého kraje · Národní klastrová asociace · Česká zemědělská univerzita v Praze</p>
<p>Zřizovatel: Ústecký kraj · <a href="/gdpr">Ochrana osobních údajů</a> · © 2035 ICUK</p></footer>
</body></html>
"""
write(F, T)
I="Inovační centrum Ústeckého kraje, z. ú."
gold(F,
 [P("Martina Procházková",None,None),
  P("Jitka Nováková-Štěpánková","ředitelka","ICUK"),
  P("Petr Vaníček","Hlavní autor studie","Univerzita Jana Evangelisty Purkyně v Ústí nad Labem"),
  P("Ondřej Hrubý","Náměstek hejtmana pro regionální rozvoj",None),
  P("Radek Čermák","předseda","Národní klastrová asociace")],
 [O(I,"ICUK"), O("Rada Ústeckého kraje"), O("Fakulta sociálně ekonomická"),
  O("Univerzita Jana Evangelisty Purkyně v Ústí nad Labem","UJEP"),
  O("Klastr Chemie Ústí z.s."), O("Sklářský klastr Podkrušnohoří"), O("Energetický klastr Severní Čechy"),
  O("Strojírenský klastr Most"), O("Česká zemědělská univerzita v Praze"), O("Ministerstva průmyslu a obchodu"),
  O("Krajská hospodářská komora Ústeckého kraje"), O("Národní klastrová asociace","NCA"),
  O("Evropské platformy pro klastrovou spolupráci","ECCP"), O("Ústecký kraj")],
 [E("zasedání","2035-09-18"),
  E("kulatý stůl","2035-10-09",None,"Most","Czechia"),
  E("Krajská klastrová konference","2034-11-14","2034-11-15","Ústí nad Labem","Czechia")],
 ["2035-09-24","2035-09-18","2035/2041","2035-03/2035-06","2036","2035-10-09","2035-10-05","2034-11-14/2034-11-15"],
 ["Čtyři ze sedmi klastrů jsou závislé na projektovém financování a nemají zajištěný rozpočet na více než dva roky dopředu",
  "Členské firmy nejvíce oceňují společné vzdělávací akce a zastupování vůči veřejné správě, nejméně společný výzkum",
  "Pouze 9 % členů spolupracovalo v posledních třech letech s UJEP na výzkumném nebo vývojovém projektu",
  "Klastry v kraji se téměř nezapojují do mezinárodních sítí; do evropských klastrových partnerství je zapojen jen Klastr Chemie Ústí",
  "Zavést víceletý krajský program podpory klastrových organizací s financováním na nejméně čtyři roky",
  "Vytvořit při ICUK kontaktní místo pro spolupráci klastrů s UJEP a Českou zemědělskou univerzitou",
  "Podpořit zapojení klastrů do evropských klastrových partnerství a do Evropské platformy pro klastrovou spolupráci (ECCP)",
  "Sladit podporu klastrů s Fondem pro spravedlivou transformaci a s programy Ministerstva průmyslu a obchodu"],
 pub="2035-09-24")
