from h import *
F='clusterhack-2035-banska-bystrica.html'
T=f'''<!DOCTYPE html>
<html lang="sk"><head><meta charset="utf-8"><title>ClusterHack 2035 – Inteligentné lesníctvo | Stredoslovenský drevársky klaster</title></head>
<body>
<div class="cookie">Táto stránka používa súbory cookie na analýzu návštevnosti. <a href="/cookies">Viac informácií</a> <button>Súhlasím</button> <button>Odmietnuť</button></div>
<header><a href="/" class="logo">Stredoslovenský drevársky klaster</a>
<nav><a href="/">Úvod</a> · <a href="/o-nas">O nás</a> · <a href="/clenovia">Členovia</a> · <a href="/podujatia" class="active">Podujatia</a> · <a href="/projekty">Projekty</a> · <a href="/kontakt">Kontakt</a> · <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Úvod » Podujatia » ClusterHack 2035</p>
<h1>ClusterHack 2035: Inteligentné lesníctvo</h1>
<p class="lead">Máte nápad, ako pomocou dát, senzorov alebo umelej inteligencie zlepšiť starostlivosť o les, ťažbu dreva alebo jeho spracovanie? Prihláste svoj tím do tretieho ročníka cezhraničnej výzvy ClusterHack, ktorú organizuje Stredoslovenský drevársky klaster (SDK) s partnermi z Poľska, Česka a Maďarska.</p>

<h2>O súťaži</h2>
<p>ClusterHack nie je klasický 48-hodinový hackathon. Tímy pracujú na svojich riešeniach tri mesiace: po úvodnom stretnutí nasledujú dva mentorské dni a regionálne kolá, z ktorých postúpi osem tímov do finále v Banskej Bystrici. Výzvy zadávajú členské podniky klastra a Národné lesnícke centrum vo Zvolene. Tohtoročné výzvy:</p>
<ul>
<li><b>Výzva 1:</b> Včasné rozpoznanie podkôrnikovej kalamity zo satelitných a dronových snímok (zadáva Lesy Slovenskej republiky, štátny podnik)</li>
<li><b>Výzva 2:</b> Sledovanie pôvodu guľatiny od porastu po pílu (zadáva Píla Hronec s.r.o.)</li>
<li><b>Výzva 3:</b> Optimalizácia rezania a využitia odpadu v malých stolárstvach (zadáva Drevona Zvolen a.s.)</li>
</ul>

<h2>Harmonogram</h2>
<table class="timeline">
<tr><th>Dátum</th><th>Čo sa deje</th><th>Kde</th></tr>
<tr><td>do {wd(2035,6,15,'sk')} 15. júna 2035</td><td>Prihlášky tímov (2 až 5 členov)</td><td>online</td></tr>
<tr><td>{wd(2035,6,27,'sk')} 27. júna 2035</td><td>Kick-off: predstavenie výziev, stretnutie so zadávateľmi, tvorba tímov</td><td>Technická univerzita vo Zvolene, aula</td></tr>
<tr><td>{wd(2035,7,18,'sk')} 18. júla 2035</td><td>1. mentorský deň – dáta a prototypy</td><td>online</td></tr>
<tr><td>{wd(2035,8,22,'sk')} 22. augusta 2035</td><td>2. mentorský deň – biznis model a prezentácia</td><td>Inovačné centrum Banská Bystrica</td></tr>
<tr><td>{wd(2035,9,10,'sk')} 10. – {wd(2035,9,12,'sk')} 12. septembra 2035</td><td>Regionálne kolá v Banskej Bystrici, Nowom Sączi a Miskolci</td><td>na mieste</td></tr>
<tr><td>{wd(2035,9,28,'sk')} 28. septembra 2035</td><td>Finále a odovzdanie cien</td><td>Radnica Banská Bystrica a online</td></tr>
</table>

<h2>Mentori</h2>
<p>Tímy budú počas mentorských dní radiť odborníci z praxe a akademickej sféry:</p>
<ul>
<li>doc. Ing. Zuzana Vyhnáliková, PhD., Technická univerzita vo Zvolene – dátová analýza a diaľkový prieskum Zeme</li>
<li>Ing. Marek Šulek, vedúci IT, Lesy Slovenskej republiky, štátny podnik</li>
<li>Mgr. Lucia Hrnčiarová, startupová konzultantka, Startup Centrum Banská Bystrica</li>
<li>dr inż. Paweł Wrona, Małopolski Klaster Drzewny (Nowy Sącz)</li>
<li>Bálint Szabó-Kovács, Észak-magyarországi Faipari Klaszter (Miskolc)</li>
</ul>

<h2>Porota vo finále</h2>
<p>O víťazoch rozhodne porota v zložení: Ing. Peter BALÁŽ, predseda predstavenstva SDK; prof. Ing. Rastislav Lagaňa, PhD., prorektor Technickej univerzity vo Zvolene; Ing. Andrea Chovancová, riaditeľka odboru regionálneho rozvoja Banskobystrického samosprávneho kraja; a Jakub Hromada, investičný manažér fondu Slovak Growth Capital.</p>

<h2>Ceny</h2>
<p>Víťazný tím získa 5 000 eur a trojmesačný inkubačný program v Startup Centre Banská Bystrica. Druhé a tretie miesto získajú 3 000 a 1 500 eur. Zadávatelia výziev môžu víťazným riešeniam ponúknuť pilotné nasadenie. Všetky tímy finalistov sa môžu zdarma zúčastniť na spoločnom stánku klastra na veľtrhu Wood-Tec v Brne ({wd(2035,10,16,'sk')} 16. – {wd(2035,10,19,'sk')} 19. októbra 2035).</p>

<h2>Pravidlá v skratke</h2>
<ul>
<li>Tím tvoria 2 až 5 osôb starších ako 18 rokov; aspoň jeden člen musí pochádzať zo Slovenska, Poľska, Česka alebo Maďarska.</li>
<li>Každý tím rieši jednu výzvu. Zmena výzvy je možná len do prvého mentorského dňa.</li>
<li>Účasť na kick-offe a aspoň na jednom mentorskom dni je povinná; ostatné stretnutia sú odporúčané.</li>
<li>Duševné vlastníctvo zostáva tímom. Zadávatelia výziev majú prednostné právo rokovať o licencii počas šiestich mesiacov po finále.</li>
<li>Vo finále má každý tím sedem minút na prezentáciu a päť minút na otázky poroty. Hodnotí sa prínos pre les a drevársky priemysel, technická kvalita, realizovateľnosť a kvalita tímu.</li>
<li>Cestovné náklady finalistov do Banskej Bystrice a ubytovanie na jednu noc hradí organizátor.</li>
</ul>

<h2>Minulé ročníky</h2>
<p>V prvom ročníku v roku 2033 súťažilo 14 tímov, v roku 2034 už 27 tímov zo štyroch krajín. Vlaňajší víťazný tím TreeSense zo Žiliny dnes pôsobí ako spoločnosť TreeSense s.r.o. a jeho systém na počítanie guľatiny používa päť píl na strednom Slovensku.</p>

<h2>Kontakt</h2>
<p>Koordinátorka súťaže: Mgr. Veronika Ďurišová, projektová manažérka SDK, clusterhack@sdk.example.sk, +421 48 000 55 21. Podujatie je podporené z programu Interreg a Banskobystrickým samosprávnym krajom.</p>
<p class="share">Zdieľať: Facebook · LinkedIn · E-mail</p>
</main>
<footer><p>Stredoslovenský drevársky klaster, záujmové združenie právnických osôb · Námestie SNP 12, 974 01 Banská Bystrica · IČO 00000000</p><p><a href="/gdpr">Ochrana osobných údajov</a> · © 2035</p></footer>
</body></html>
'''
write(F,T)
S='Stredoslovenský drevársky klaster'; TU='Technická univerzita vo Zvolene'; L='Lesy Slovenskej republiky, štátny podnik'
gold(F,[P('Zuzana Vyhnáliková',None,TU),P('Marek Šulek','vedúci IT',L),P('Lucia Hrnčiarová','startupová konzultantka','Startup Centrum Banská Bystrica'),
 P('Paweł Wrona',None,'Małopolski Klaster Drzewny'),P('Bálint Szabó-Kovács',None,'Észak-magyarországi Faipari Klaszter'),
 P('Peter BALÁŽ','predseda predstavenstva',S),P('Rastislav Lagaňa','prorektor',TU),P('Andrea Chovancová','riaditeľka odboru regionálneho rozvoja','Banskobystrického samosprávneho kraja'),
 P('Jakub Hromada','investičný manažér','Slovak Growth Capital'),P('Veronika Ďurišová','projektová manažérka',S)],
 [O(S,'SDK'),O('Národné lesnícke centrum'),O(L),O('Píla Hronec s.r.o.'),O('Drevona Zvolen a.s.'),O(TU),O('Inovačné centrum Banská Bystrica'),O('Startup Centrum Banská Bystrica'),
  O('Małopolski Klaster Drzewny'),O('Észak-magyarországi Faipari Klaszter'),O('Banskobystrického samosprávneho kraja'),O('Slovak Growth Capital'),O('TreeSense s.r.o.')],
 [E('ClusterHack 2035','2035-06-27','2035-09-28',None,None),E('Kick-off','2035-06-27','2035-06-27','Zvolen','Slovakia'),E('1. mentorský deň','2035-07-18','2035-07-18',None,None),
  E('2. mentorský deň','2035-08-22','2035-08-22','Banská Bystrica','Slovakia'),E('Regionálne kolá','2035-09-10','2035-09-12','Banskej Bystrici, Nowom Sączi, Miskolci',None),
  E('Finále a odovzdanie cien','2035-09-28','2035-09-28','Banská Bystrica','Slovakia'),E('Wood-Tec','2035-10-16','2035-10-19','Brne','Czechia')],
 ['2035-06-15','2035-06-27','2035-07-18','2035-08-22','2035-09-10/2035-09-12','2035-09-28','2035-10-16/2035-10-19','2033','2034'])
