from h import *
F = 'g08_banska_bystrica_zavery_konferencie.html'
assert wd(2035,4,3)=='Tuesday' and wd(2035,4,4)=='Wednesday' and wd(2035,4,19)=='Thursday' and wd(2035,5,21)=='Monday'
T = """<!DOCTYPE html>
<html lang="sk"><head><meta charset="utf-8"><title>Závery konferencie Klastre v transformácii regiónov 2035 | BBSK</title></head>
<body>
<div class="cookies">Táto stránka používa súbory cookies. Používaním stránky súhlasíte s ich ukladaním. <a href="/cookies">Viac informácií</a> <button>Súhlasím</button></div>
<header><p class="logo">Banskobystrický samosprávny kraj</p>
<nav><a href="/">Úvod</a> | <a href="/kraj">Kraj</a> | <a href="/rozvoj">Regionálny rozvoj</a> | <a href="/aktuality">Aktuality</a> | <a href="/kontakt">Kontakty</a></nav></header>
<main>
<p class="path">Úvod » Aktuality » Regionálny rozvoj</p>
<h1>Konferencia o klastroch v Banskej Bystrici: sedem záverov pre spravodlivú transformáciu</h1>
<p class="date">Publikované: 19. 4. 2035 | Autor: Odbor regionálneho rozvoja</p>

<p>V dňoch 3. – 4. apríla 2035 sa v Banskej Bystrici uskutočnil 2. ročník konferencie <strong>Klastre v transformácii regiónov</strong>. Podujatie pripravili spoločne Banskobystrický samosprávny kraj (BBSK), Regionálna rozvojová agentúra Banská Bystrica a Únia klastrov Slovenska. Na konferencii v kongresovej sále hotela Dixon sa zúčastnilo 186 hostí zo Slovenska, Česka, Maďarska, Poľska a Rakúska.</p>

<p>Konferenciu otvoril predseda BBSK Ing. Marek Ďurčo-Hanzel, ktorý pripomenul, že kraj čaká útlm banskej a ťažkej výroby a klastre majú byť „mostom medzi starým a novým priemyslom“. V úvodnom bloku vystúpili aj Mgr. Zuzana Kollárová, PhD. (Ministerstvo investícií, regionálneho rozvoja a informatizácie SR), generálna riaditeľka sekcie regionálneho rozvoja, a Pieter-Bas van Oorschot (Európska komisia, Generálne riaditeľstvo pre regionálnu a mestskú politiku – DG REGIO).</p>

<h2>Program konferencie</h2>
<p><strong>Utorok 3. apríla</strong></p>
<ul>
<li>9:30 – Registrácia</li>
<li>10:00 – Otvorenie a príhovory</li>
<li>11:00 – Prezentácia štúdie „Klastre na Slovensku 2035“ (doc. Ing. Tomáš Vrabec, PhD., Ekonomická fakulta Univerzity Mateja Bela)</li>
<li>13:30 – Panelová diskusia: Klastre a fond spravodlivej transformácie</li>
<li>16:00 – Exkurzia: Podpolianske strojárne Detva, a.s.</li>
<li>19:00 – Spoločenský večer v Tihányiovskom kaštieli</li>
</ul>
<p><strong>Streda 4. apríla</strong></p>
<ul>
<li>9:00 – Workshopy: drevospracujúci priemysel, automotive, cestovný ruch</li>
<li>12:00 – Prijatie záverov a ukončenie</li>
</ul>

<h2>Hlavné zistenia štúdie</h2>
<p>Štúdia, ktorú predstavil doc. Tomáš Vrabec, zmapovala 34 aktívnych klastrov na Slovensku. Iba deväť z nich má viac ako troch stálych zamestnancov a viac ako polovica je financovaná najmä z členských príspevkov. V Banskobystrickom kraji pôsobí päť klastrov, medzi nimi Drevársky klaster Pohronie a Stredoslovenský automotive klaster.</p>

<p>Na panelovej diskusii sa Ing. Katarína Šimková-Bieliková, riaditeľka Únie klastrov Slovenska, a Ján Líška, riaditeľ Regionálnej rozvojovej agentúry Banská Bystrica, zhodli, že klastre by mali byť oprávnenými žiadateľmi v programoch spravodlivej transformácie. Na druhý deň pracovali účastníci v troch workshopoch. V drevárskom workshope zaznelo, že firmy z Pohronia vyvážajú väčšinu dreva ako surovinu a chýba im kapacita na vývoj vlastných výrobkov. Automobiloví dodávatelia upozornili na nedostatok technikov a na potrebu rekvalifikácie zamestnancov z uzatváraných prevádzok. Workshop o cestovnom ruchu sa venoval prepojeniu kúpeľov a banských pamiatok do spoločnej ponuky.</p>

<h2>Závery konferencie</h2>
<p>Účastníci na záver prijali týchto sedem záverov:</p>
<ol>
<li>Klastre majú byť uznané ako partneri pri príprave plánov spravodlivej transformácie na úrovni krajov</li>
<li>Štát by mal zaviesť viacročné financovanie manažmentu klastrov s jasnými kritériami kvality</li>
<li>Kraj vytvorí do konca roka 2035 pracovnú skupinu pre klastre pri Rade partnerstva</li>
<li>Drevospracujúce firmy potrebujú spoločné centrum na testovanie nových výrobkov z dreva</li>
<li>Klastre z Banskobystrického kraja nadviažu spoluprácu s klastrami v župe Nógrád a v Sliezskom vojvodstve</li>
<li>Vysoké školy v kraji by mali ponúkať krátke kurzy pre zamestnancov členských firiem</li>
<li>Ďalší ročník konferencie sa uskutoční na jar 2036 v Žiari nad Hronom</li>
</ol>

<p>Rada partnerstva pre Banskobystrický kraj je poradným orgánom predsedu kraja. Najbližšie zasadnutie Rady partnerstva pre Banskobystrický kraj sa uskutoční 21. mája 2035 a závery konferencie budú jedným z bodov programu. Hostiteľom ďalšieho ročníka bude mesto Žiar nad Hronom. Prezentácie zo všetkých blokov nájdete v sekcii Dokumenty.</p>
<p><a href="/dokumenty/zavery-2035.pdf">Závery konferencie (PDF)</a> | <a href="/aktuality">Späť na aktuality</a></p>
<p class="share">Zdieľať: Facebook · LinkedIn · E-mail</p>
</main>
<footer><p>Banskobystrický samosprávny kraj, Nám. SNP 23, 974 01 Banská Bystrica · IČO: 00000000</p>
<p>© 2035 BBSK · <a href="/gdpr">Ochrana osobných údajov</a> · <a href="/pristupnost">Vyhlásenie o prístupnosti</a></p></footer>
</body></html>
"""
write(F, T)
B_ = "Banskobystrický samosprávny kraj"
gold(F,
 [P("Marek Ďurčo-Hanzel","predseda","BBSK"),
  P("Zuzana Kollárová","generálna riaditeľka sekcie regionálneho rozvoja","Ministerstvo investícií, regionálneho rozvoja a informatizácie SR"),
  P("Pieter-Bas van Oorschot",None,"DG REGIO"),
  P("Tomáš Vrabec",None,"Ekonomická fakulta Univerzity Mateja Bela"),
  P("Katarína Šimková-Bieliková","riaditeľka","Únia klastrov Slovenska"),
  P("Ján Líška","riaditeľ","Regionálna rozvojová agentúra Banská Bystrica")],
 [O(B_,"BBSK"), O("Regionálna rozvojová agentúra Banská Bystrica"), O("Únia klastrov Slovenska"),
  O("Ministerstvo investícií, regionálneho rozvoja a informatizácie SR"),
  O("Európska komisia"), O("Generálne riaditeľstvo pre regionálnu a mestskú politiku","DG REGIO"),
  O("Ekonomická fakulta Univerzity Mateja Bela"), O("Podpolianske strojárne Detva, a.s."), O("Drevársky klaster Pohronie"),
  O("Stredoslovenský automotive klaster"), O("Rada partnerstva pre Banskobystrický kraj"), O("Odbor regionálneho rozvoja")],
 [E("Klastre v transformácii regiónov","2035-04-03","2035-04-04","Banská Bystrica","Slovakia"),
  E("Exkurzia","2035-04-03",None,"Detva","Slovakia"),
  E("Spoločenský večer","2035-04-03",None,"Banská Bystrica","Slovakia"),
  E("Klastre v transformácii regiónov","2036",None,"Žiar nad Hronom","Slovakia"),
  E("zasadnutie Rady partnerstva pre Banskobystrický kraj","2035-05-21",None,None,None)],
 ["2035-04-19","2035-04-03/2035-04-04","2035-04-03","2035-04-04","2035","2036","2035-05-21"],
 ["Klastre majú byť uznané ako partneri pri príprave plánov spravodlivej transformácie na úrovni krajov",
  "Štát by mal zaviesť viacročné financovanie manažmentu klastrov s jasnými kritériami kvality",
  "Kraj vytvorí do konca roka 2035 pracovnú skupinu pre klastre pri Rade partnerstva",
  "Drevospracujúce firmy potrebujú spoločné centrum na testovanie nových výrobkov z dreva",
  "Klastre z Banskobystrického kraja nadviažu spoluprácu s klastrami v župe Nógrád a v Sliezskom vojvodstve",
  "Vysoké školy v kraji by mali ponúkať krátke kurzy pre zamestnancov členských firiem",
  "Ďalší ročník konferencie sa uskutoční na jar 2036 v Žiari nad Hronom"],
 pub="2035-04-19")
