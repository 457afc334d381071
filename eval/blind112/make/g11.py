from h import *
F = 'g11_trenciansky_konzultacia_ris3.html'
assert wd(2034,9,26)=='Tuesday' and wd(2034,10,4)=='Wednesday' and wd(2034,10,13)=='Friday' and wd(2034,10,5)=='Thursday'
T = """<!DOCTYPE html>
<html lang="sk"><head><meta charset="utf-8"><title>Pozvánka na verejnú konzultáciu – Regionálna inovačná stratégia | Trenčianska regionálna rozvojová agentúra</title></head>
<body>
<div class="cookies">Táto stránka používa súbory cookies na zlepšenie služieb. Pokračovaním v prehliadaní súhlasíte s ich používaním. <a href="/cookies">Viac informácií</a> <button>Súhlasím</button></div>
<header><p class="logo">TRRA · Trenčianska regionálna rozvojová agentúra</p>
<nav><a href="/">Domov</a> | <a href="/o-nas">O nás</a> | <a href="/ris3">RIS3 kraja</a> | <a href="/klastre">Klastre</a> | <a href="/aktuality" class="active">Aktuality</a> | <a href="/podujatia">Podujatia</a> | <a href="/kontakt">Kontakt</a></nav></header>
<main>
<p class="path">Domov » Aktuality » Pozvánka na verejnú konzultáciu</p>
<h1>Pozvánka na verejnú konzultáciu k návrhu Regionálnej inovačnej stratégie Trenčianskeho kraja 2035–2041</h1>
<p class="meta">Zverejnené: 18. 9. 2034 | Autor: Mgr. Zuzana Kmeťová | Zobrazené: 642-krát</p>

<p>Trenčiansky samosprávny kraj (TSK) a Trenčianska regionálna rozvojová agentúra (TRRA) pozývajú podniky, univerzity, výskumné organizácie, obce, mimovládne organizácie a verejnosť, aby sa vyjadrili k návrhu Regionálnej inovačnej stratégie Trenčianskeho kraja na roky 2035–2041 (RIS3 TSK). Stratégia určuje domény inteligentnej špecializácie kraja, na ktoré sa v novom programovom období zameria podpora z eurofondov a z rozpočtu kraja.</p>

<h2>Čo navrhujeme</h2>
<p>Návrh vychádza z procesu podnikateľského objavovania, do ktorého sa v rokoch 2033–2034 zapojilo viac ako 300 aktérov. Navrhujeme štyri domény:</p>
<ol>
<li>Automobilový priemysel a elektromobilita (Považie, Trenčín – Dubnica nad Váhom – Púchov)</li>
<li>Zdravé starnutie a kúpeľníctvo (Trenčianske Teplice, Bojnice)</li>
<li>Pokročilé materiály a plasty (Prievidza, Partizánske)</li>
<li>Kreatívny priemysel a dizajn (Trenčín – Európske hlavné mesto kultúry 2026)</li>
</ol>

<h2>Ako sa zapojiť</h2>
<p>Pripomienky môžete posielať prostredníctvom elektronického formulára alebo e-mailom na <a href="mailto:ris3@trra.example.sk">ris3@trra.example.sk</a> <strong>najneskôr do 20. októbra 2034 (piatok)</strong>. Pripomienky prijaté po tomto termíne nebudú vyhodnotené. Každú pripomienku prosíme označiť číslom kapitoly. Anonymné pripomienky nebudeme zverejňovať, vyhodnotíme ich však rovnako ako ostatné. Na verejné prerokovania je potrebné sa vopred registrovať cez formulár na stránke agentúry.</p>
<p>Okrem písomných pripomienok organizujeme tri verejné prerokovania:</p>
<ul>
<li><strong>utorok 26. septembra 2034</strong>, 14:00 – 17:00, Trenčín, Úrad TSK, zasadačka č. 104 – úvodné verejné prerokovanie</li>
<li><strong>streda 4. októbra 2034</strong>, 9:00 – 12:00, Prievidza, Regionálne centrum inovácií – prerokovanie pre firmy z oblasti materiálov a plastov</li>
<li><strong>štvrtok 5. októbra 2034</strong>, 13:00 – 16:00, Púchov, Podnikateľský inkubátor – prerokovanie pre automobilový klaster</li>
</ul>
<p>Záverečné stretnutie s prezentáciou vyhodnotenia pripomienok sa uskutoční v piatok 13. októbra 2034 online.</p>

<h2>Harmonogram</h2>
<table>
<tr><td>18. 9. 2034</td><td>zverejnenie návrhu</td></tr>
<tr><td>18. 9. – 20. 10. 2034</td><td>verejná konzultácia</td></tr>
<tr><td>november 2034</td><td>vyhodnotenie pripomienok, správa z konzultácie</td></tr>
<tr><td>december 2034</td><td>stratégiu schvaľuje Zastupiteľstvo TSK</td></tr>
</table>

<h2>Vyjadrenia</h2>
<p>„Stratégiu nechceme písať v kancelárii. Ak firma vidí, že jej odvetvie chýba alebo je opísané zle, chceme to počuť teraz, nie o tri roky,“ uviedol predseda Trenčianskeho samosprávneho kraja Ing. Jaroslav Baška-Hudec.</p>
<p>Riaditeľka TRRA PhDr. Andrea Mikulášová dodala, že agentúra pripravila aj krátku verziu návrhu na desať strán pre malé a stredné podniky.</p>
<p>Do prípravy návrhu sa zapojili aj Trenčianska univerzita Alexandra Dubčeka v Trenčíne, Slovenská inovačná a energetická agentúra (SIEA), Automobilový klaster – Západné Slovensko a Regionálna hospodárska komora Trenčín.</p>

<h2>Dokumenty na stiahnutie</h2>
<ul>
<li><a href="/files/ris3-tsk-navrh.pdf">Návrh RIS3 TSK 2035–2041 (PDF, 4,1 MB)</a></li>
<li><a href="/files/ris3-tsk-kratka-verzia.pdf">Skrátená verzia pre podniky (PDF, 0,9 MB)</a></li>
<li><a href="/files/formular.docx">Formulár na pripomienky (DOCX)</a></li>
<li><a href="/files/analyza.pdf">Analytická časť – socioekonomická analýza (PDF)</a></li>
</ul>

<h2>Kontakt</h2>
<p>Mgr. Zuzana Kmeťová, manažérka pre inteligentnú špecializáciu, TRRA<br>
Ing. Peter Hrnčiar, oddelenie regionálneho rozvoja, Úrad Trenčianskeho samosprávneho kraja<br>
tel.: +421 32 000 00 00 | ris3@trra.example.sk</p>
<p class="share">Zdieľať: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">Poslať e-mailom</a> | <a href="#">Tlačiť</a></p>

<aside><h3>Ďalšie aktuality</h3>
<ul><li><a href="#">12. 9. 2034 – Výsledky výzvy na inovačné vouchery</a></li>
<li><a href="#">1. 9. 2034 – Klastrový deň 2034: Považská Bystrica privítala 120 účastníkov z deviatich klastrov</a></li>
<li><a href="#">22. 8. 2034 – Nové číslo bulletinu TRRA</a></li></ul></aside>
</main>
<footer><p>Trenčianska regionálna rozvojová agentúra, n. o. · Hviezdoslavova 4, 911 01 Trenčín · IČO 00000000</p>
<p>Projekt je spolufinancovaný z Programu Slovensko. © 2034 TRRA · <a href="/ochrana-osobnych-udajov">Ochrana osobných údajov</a> · <a href="/vyhlasenie-o-pristupnosti">Vyhlásenie o prístupnosti</a></p></footer>
</body></html>
"""
assert wd(2034,10,20)=='Friday'
write(F, T)
TR="Trenčianska regionálna rozvojová agentúra"
gold(F,
 [P("Zuzana Kmeťová","manažérka pre inteligentnú špecializáciu","TRRA"),
  P("Jaroslav Baška-Hudec","predseda","Trenčiansky samosprávny kraj"),
  P("Andrea Mikulášová","Riaditeľka","TRRA"),
  P("Peter Hrnčiar",None,"Úrad Trenčianskeho samosprávneho kraja")],
 [O(TR,"TRRA"), O("Trenčiansky samosprávny kraj","TSK"), O("Zastupiteľstvo TSK"),
  O("Trenčianska univerzita Alexandra Dubčeka v Trenčíne"), O("Slovenská inovačná a energetická agentúra","SIEA"),
  O("Automobilový klaster – Západné Slovensko"), O("Regionálna hospodárska komora Trenčín"),
  O("Úrad Trenčianskeho samosprávneho kraja")],
 [E("úvodné verejné prerokovanie","2034-09-26",None,"Trenčín","Slovakia"),
  E("prerokovanie pre firmy z oblasti materiálov a plastov","2034-10-04",None,"Prievidza","Slovakia"),
  E("prerokovanie pre automobilový klaster","2034-10-05",None,"Púchov","Slovakia"),
  E("Záverečné stretnutie","2034-10-13",None,None,None),
  E("Klastrový deň 2034",None,None,"Považská Bystrica","Slovakia")],
 ["2035/2041","2034-09-18","2033/2034","2034-10-20","2034-09-26","2034-10-04","2034-10-05","2034-10-13",
  "2034-09-18/2034-10-20","2034-11","2034-12","2034-09-12","2034-09-01","2034-08-22"],
 [], pub="2034-09-18")
