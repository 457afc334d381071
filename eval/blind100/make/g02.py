from h import *
F = 'g02_vysocina_cluster_board.html'
assert wd(2038,6,9)=='Wednesday' and wd(2038,9,15)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="cs"><head><meta charset="utf-8"><title>Orgány spolku | Potravinářský klastr Vysočina</title></head>
<body>
<div id="cookies">Tento web používá soubory cookie ke zlepšení služeb a k analýze návštěvnosti. <a href="#">Souhlasím</a> <a href="#">Nastavení</a></div>
<header><a href="/" class="logo">PKV – Potravinářský klastr Vysočina, z. s.</a>
<nav><a href="/">Úvod</a> | <a href="/o-nas">O nás</a> | <a href="/clenove">Členové</a> | <a href="/projekty">Projekty</a> | <a href="/akce">Akce</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="drobky">Úvod &gt; O nás &gt; Orgány spolku</p>
<h1>Orgány spolku</h1>
<p>Nejvyšším orgánem Potravinářského klastru Vysočina je valná hromada, kterou tvoří všichni členové. Valná hromada volí na tříleté funkční období představenstvo a dozorčí radu. Představenstvo se schází nejméně šestkrát ročně, řídí činnost klastru mezi zasedáními valné hromady a ze svých členů volí předsedu a dva místopředsedy. Předseda je statutárním orgánem spolku. Každou členskou firmu smí v představenstvu zastupovat nejvýše jedna osoba.</p>
<p>Současné složení bylo zvoleno na valné hromadě dne 9. června 2038 (středa) v Jihlavě. Funkční období trvá do roku 2041.</p>

<h2>Představenstvo</h2>
<table>
<tr><th>Funkce</th><th>Jméno</th><th>Společnost</th></tr>
<tr><td>předseda</td><td>Ing. Radek Nováček</td><td>Mlékárna Pelhřimov, a.s.</td></tr>
<tr><td>místopředsedkyně</td><td>Mgr. Lenka Štěpánková, Ph.D.</td><td>Vysoká škola polytechnická Jihlava</td></tr>
<tr><td>místopředseda</td><td>Josef Kratochvíl</td><td>Pekárna Kratochvíl s.r.o.</td></tr>
<tr><td>člen</td><td>Ing. Hana Brychtová</td><td>Masokombinát Třebíč, a.s.</td></tr>
<tr><td>člen</td><td>Ing. Tomáš Vlasák</td><td>Pivovar Havlíčkův Brod s.r.o.</td></tr>
<tr><td>člen</td><td>Ing. Michaela Dvořáková</td><td>Zemědělské družstvo Velké Meziříčí</td></tr>
<tr><td>člen</td><td>Bc. Petr Holub</td><td>FRUTAS Vysočina spol. s r.o.</td></tr>
</table>

<h2>Dozorčí rada</h2>
<p>Dozorčí rada kontroluje hospodaření spolku a plnění usnesení valné hromady. Jejím členem nesmí být člen představenstva.</p>
<ul>
<li>Ing. Alena Pospíšilová (Krajská hospodářská komora Kraje Vysočina), předsedkyně dozorčí rady</li>
<li>Ing. Jiří Sedláček (Agrární komora okresu Žďár nad Sázavou), člen dozorčí rady</li>
<li>Marie Čermáková (Účetní kancelář Čermáková, Humpolec), členka dozorčí rady</li>
</ul>

<h2>Výkonný tým</h2>
<p>Činnost klastru zajišťuje kancelář v Jihlavě:</p>
<p><strong>Ing. Ondřej Musil</strong>, manažer klastru – musil@klastr-vysocina.example.cz, +420 567 000 201<br>
<strong>Kateřina Janoušková</strong>, projektová manažerka – janouskova@klastr-vysocina.example.cz, +420 567 000 202<br>
<strong>Ing. Filip Beneš</strong>, specialista pro inovace a transfer technologií – benes@klastr-vysocina.example.cz, +420 567 000 203</p>

<h2>Změny ve složení</h2>
<p>Na zasedání představenstva 15. září 2038 (středa) rezignoval z osobních důvodů dosavadní člen představenstva Ing. Vladimír Šustr (Sladovna Polná s.r.o.). Představenstvo v souladu se stanovami kooptovalo do příští valné hromady Ing. Michaelu Dvořákovou. Dlouholetá předsedkyně dozorčí rady Ing. Zdeňka Kubátová po dvou funkčních obdobích (2030–2038) již nekandidovala; představenstvo i členové jí děkují za pečlivou práci.</p>

<h2>Zastoupení klastru v dalších orgánech</h2>
<p>Předseda představenstva Ing. Radek Nováček zastupuje klastr v Regionální stálé konferenci pro území Kraje Vysočina. Manažer klastru Ing. Ondřej Musil je od roku 2037 členem prezidia Národní klastrové asociace (NCA) a za klastr se účastní také pracovní skupiny pro potravinářství při Agrární komoře České republiky. Místopředsedkyně Mgr. Lenka Štěpánková koordinuje spolupráci se středními odbornými školami v kraji a s Krajským úřadem Kraje Vysočina, odborem regionálního rozvoje. Návrhy na nové členy představenstva lze zasílat kanceláři klastru nejpozději měsíc před konáním valné hromady.</p>

<h2>Odborné sekce</h2>
<p>Při představenstvu působí tři odborné sekce, které se scházejí čtvrtletně:</p>
<ul>
<li>Sekce mléko a maso – vedoucí Ing. Hana Brychtová</li>
<li>Sekce pekárenství a cukrářství – vedoucí Josef Kratochvíl</li>
<li>Sekce nápoje – vedoucí Ing. Tomáš Vlasák</li>
</ul>
<p>Sekce připravují podklady pro regionální inovační strategii (RIS3 Kraje Vysočina) a navrhují témata pro společné projekty s Technologickou agenturou ČR (TA ČR).</p>

<h2>Dokumenty ke stažení</h2>
<ul>
<li><a href="#">Stanovy spolku (PDF, 312 kB)</a></li>
<li><a href="#">Zápis z valné hromady 2038 (PDF, 210 kB)</a></li>
<li><a href="#">Výroční zpráva 2037 (PDF, 1,8 MB)</a></li>
<li><a href="#">Jednací řád představenstva (PDF, 95 kB)</a></li>
</ul>
<p>Kontakt pro členy: <a href="mailto:info@klastr-vysocina.example.cz">info@klastr-vysocina.example.cz</a></p>
<p class="sdilet">Sdílet: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">Tisk</a></p>
</main>
<footer><p>Potravinářský klastr Vysočina, z. s. · Fritzova 4, 586 01 Jihlava · IČO 00000000 · spisová značka L 0000 vedená u Krajského soudu v Brně</p>
<p>Projekt je spolufinancován Evropskou unií. © 2038 PKV · <a href="#">Ochrana osobních údajů</a> · <a href="#">Prohlášení o přístupnosti</a></p></footer>
</body></html>
"""
write(F, T)
C = "Potravinářský klastr Vysočina, z. s."
gold(F,
 [P("Radek Nováček","předseda",C), P("Lenka Štěpánková","místopředsedkyně",C), P("Josef Kratochvíl","místopředseda",C),
  P("Hana Brychtová","člen",C), P("Tomáš Vlasák","člen",C), P("Michaela Dvořáková","člen",C), P("Petr Holub","člen",C),
  P("Alena Pospíšilová","předsedkyně dozorčí rady",C), P("Jiří Sedláček","člen dozorčí rady",C),
  P("Marie Čermáková","členka dozorčí rady",C),
  P("Ondřej Musil","manažer klastru",C), P("Kateřina Janoušková","projektová manažerka",C),
  P("Filip Beneš","specialista pro inovace a transfer technologií",C),
  P("Vladimír Šustr","člen představenstva",C), P("Zdeňka Kubátová","předsedkyně dozorčí rady",C)],
 [O(C,"PKV"), O("Mlékárna Pelhřimov, a.s."), O("Vysoká škola polytechnická Jihlava"), O("Pekárna Kratochvíl s.r.o."),
  O("Masokombinát Třebíč, a.s."), O("Pivovar Havlíčkův Brod s.r.o."), O("Zemědělské družstvo Velké Meziříčí"),
  O("FRUTAS Vysočina spol. s r.o."), O("Krajská hospodářská komora Kraje Vysočina"),
  O("Agrární komora okresu Žďár nad Sázavou"), O("Účetní kancelář Čermáková"), O("Sladovna Polná s.r.o."),
  O("Technologickou agenturou ČR","TA ČR"), O("Krajského soudu v Brně"), O("Národní klastrové asociace","NCA"), O("Agrární komoře České republiky"), O("Krajským úřadem Kraje Vysočina"),
  O("Regionální stálé konferenci pro území Kraje Vysočina")],
 [E("valná hromada","2038-06-09",None,"Jihlava","Czechia"), E("zasedání představenstva","2038-09-15",None,None,None)],
 ["2038-06-09","2041","2038-09-15","2030/2038","2037"], [], None)
