from h import *
F = 'g06_vasternorrland_medarbetare.html'
T = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Medarbetare – Innovation Västernorrland</title></head>
<body>
<div class="cookie">Vi använder kakor (cookies) för att webbplatsen ska fungera och för besöksstatistik. <a href="/kakor">Läs mer om kakor</a> <button>Godkänn alla</button> <button>Endast nödvändiga</button></div>
<header><p class="logo">Innovation Västernorrland AB</p>
<nav><a href="/">Start</a> <a href="/om-oss">Om oss</a> <a href="/s3">Smart specialisering</a> <a href="/stod">Stöd till företag</a> <a href="/kalender">Kalender</a> <a href="/medarbetare" class="aktiv">Medarbetare</a> <a href="/kontakt">Kontakt</a> <a href="/en">In English</a></nav></header>
<main>
<p class="brodsmulor">Start / Om oss / Medarbetare</p>
<h1>Medarbetare</h1>
<p>Innovation Västernorrland AB är regionens utvecklingsbolag och ägs av Region Västernorrland och de sju kommunerna i länet. Vi har kontor i Sundsvall, Härnösand, Örnsköldsvik och Kramfors. Här hittar du våra medarbetare sorterade efter avdelning. Sidan uppdaterades senast 2 februari 2038.</p>
<p><a href="#ledning">Ledning</a> · <a href="#s3">Smart specialisering och analys</a> · <a href="#foretag">Företagsutveckling</a> · <a href="#internationellt">Internationellt och EU-projekt</a> · <a href="#kommunikation">Kommunikation och administration</a></p>

<section><h2>Så här arbetar vi</h2>
<p>Alla medarbetare arbetar i team som går på tvärs över avdelningarna. När du kontaktar oss får du en kontaktperson som följer ditt ärende hela vägen, oavsett om det gäller en innovationscheck, ett EU-projekt eller en fråga om länets strategi. Vi svarar på e-post inom två arbetsdagar. Vill du lämna synpunkter på strategin för smart specialisering kan du också skriva direkt till avdelningen för smart specialisering och analys.</p>
<p>Du når alla medarbetare på adressen fornamn.efternamn@innovationvn.example.se. Telefontider: måndag–torsdag 8.30–16.00, fredag 8.30–14.00.</p>
</section>

<section id="ledning"><h2>Ledning</h2>
<div class="kort"><h3>Maria Lindqvist-Öberg</h3><p>VD</p><p>Sundsvall · 070-000 00 01 · maria.lindqvist-oberg@innovationvn.example.se</p></div>
<div class="kort"><h3>Anders Hägglund</h3><p>Vice VD och ekonomichef</p><p>Härnösand · 070-000 00 02 · anders.hagglund@innovationvn.example.se</p></div>
<div class="kort"><h3>Sofia Nordin</h3><p>HR-ansvarig</p><p>Sundsvall · 070-000 00 03</p></div>
</section>

<section id="s3"><h2>Smart specialisering och analys</h2>
<p>Avdelningen samordnar arbetet med Västernorrlands strategi för smart specialisering 2035–2041 och leder den entreprenöriella upptäcktsprocessen inom de fyra styrkeområdena: skogsbaserad bioekonomi, energi och elektrifiering, digitala tjänster samt besöksnäring.</p>
<div class="kort"><h3>Erik Sjöberg</h3><p>Avdelningschef, smart specialisering</p><p>Sundsvall · 070-000 00 10 · erik.sjoberg@innovationvn.example.se</p></div>
<div class="kort"><h3>Johanna Berglund</h3><p>Processledare, skogsbaserad bioekonomi</p><p>Örnsköldsvik · 070-000 00 11</p><p class="not">Föräldraledig till och med augusti 2038. Kontakta Erik Sjöberg under tiden.</p></div>
<div class="kort"><h3>Mattias Westerlund</h3><p>Analytiker</p><p>Sundsvall · 070-000 00 12</p></div>
<div class="kort"><h3>Leila Haddad</h3><p>Processledare, digitala tjänster</p><p>Sundsvall · 070-000 00 13</p></div>
</section>

<section id="foretag"><h2>Företagsutveckling</h2>
<p>Vi erbjuder innovationscheckar, affärsrådgivning och stöd till klusterorganisationer som Processum, Energiforum Mittnorrland och Mittuniversitetets inkubator.</p>
<div class="kort"><h3>Per-Olof Näslund</h3><p>Avdelningschef, företagsutveckling</p><p>Örnsköldsvik · 070-000 00 20</p></div>
<div class="kort"><h3>Camilla Sundqvist</h3><p>Affärsrådgivare, innovationscheckar</p><p>Kramfors · 070-000 00 21</p></div>
<div class="kort"><h3>Jonas Edlund</h3><p>Klusterstrateg</p><p>Härnösand · 070-000 00 22</p></div>
</section>

<section id="internationellt"><h2>Internationellt och EU-projekt</h2>
<p>Avdelningen driver bolagets Interreg- och Horisont-projekt och deltar i EU:s tematiska plattformar för smart specialisering. Sedan 2037 är vi partner i den europeiska partnerskapet för träbyggande tillsammans med Kärnten, Navarra och Norra Österbotten.</p>
<div class="kort"><h3>Karin Östman</h3><p>Avdelningschef, internationellt</p><p>Sundsvall · 070-000 00 30 · karin.ostman@innovationvn.example.se</p></div>
<div class="kort"><h3>Dimitrios Kalogeropoulos</h3><p>Projektledare, Interreg Aurora</p><p>Sundsvall · 070-000 00 31</p></div>
<div class="kort"><h3>Linnea Forsberg</h3><p>EU-samordnare och kontaktperson mot Mellersta Norrlands Brysselkontor</p><p>Härnösand · 070-000 00 32</p></div>
</section>

<section id="kommunikation"><h2>Kommunikation och administration</h2>
<div class="kort"><h3>Oskar Lund</h3><p>Kommunikatör</p><p>Sundsvall · 070-000 00 40 · press@innovationvn.example.se</p></div>
<div class="kort"><h3>Birgitta Holm</h3><p>Ekonomiassistent</p><p>Härnösand · 070-000 00 41</p></div>
<div class="kort"><h3>Ahmed Yusuf</h3><p>Receptionist och evenemangssamordnare</p><p>Sundsvall · 060-000 00 00 (växel)</p></div>
</section>

<section><h2>Styrelse</h2>
<p>Bolagets styrelse väljs av årsstämman för ett år i taget. Styrelsen för verksamhetsåret 2038:</p>
<ul><li>Ordförande: Gunilla Strömberg (Region Västernorrland)</li>
<li>Vice ordförande: Lars-Erik Byström (Sundsvalls kommun)</li>
<li>Ledamot: Eva Nyström (Mittuniversitetet)</li>
<li>Ledamot: Henrik Olsson (SCA)</li>
<li>Ledamot: Åsa Bergkvist (Företagarna Västernorrland)</li></ul>
<p>Styrelsens protokoll publiceras på sidan <a href="/om-oss/styrelse">Styrelse</a> senast fyra veckor efter varje möte.</p>
</section>

<section><h2>Vill du träffa oss?</h2>
<p>Nästa öppna hus på kontoret i Sundsvall är onsdagen den 10 mars 2038 kl. 15.00–17.00, då presenterar vi årets utlysning av innovationscheckar. Anmäl dig till Ahmed Yusuf senast den 3 mars 2038.</p>
</section>

<section><h2>Lediga tjänster</h2>
<p>Vi söker en processledare för energi och elektrifiering till kontoret i Sundsvall. Sista ansökningsdag: 28 februari 2038. <a href="/jobb">Läs annonsen</a></p>
</section>
</main>
<footer><p>Innovation Västernorrland AB · Org.nr 556000-0000 · Storgatan 21, 852 30 Sundsvall · Växel 060-000 00 00</p>
<p>Följ oss: <a href="#">LinkedIn</a> · <a href="#">Instagram</a> · <a href="#">Nyhetsbrev</a> · <a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/gdpr">Personuppgifter</a></p></footer>
</body></html>
"""
assert wd(2038,3,10)=='Wednesday'
write(F, T)
IV="Innovation Västernorrland AB"
gold(F,
 [P("Maria Lindqvist-Öberg","VD",IV), P("Anders Hägglund","Vice VD och ekonomichef",IV),
  P("Sofia Nordin","HR-ansvarig",IV), P("Erik Sjöberg","Avdelningschef, smart specialisering",IV),
  P("Johanna Berglund","Processledare, skogsbaserad bioekonomi",IV), P("Mattias Westerlund","Analytiker",IV),
  P("Leila Haddad","Processledare, digitala tjänster",IV), P("Per-Olof Näslund","Avdelningschef, företagsutveckling",IV),
  P("Camilla Sundqvist","Affärsrådgivare, innovationscheckar",IV), P("Jonas Edlund","Klusterstrateg",IV),
  P("Karin Östman","Avdelningschef, internationellt",IV), P("Dimitrios Kalogeropoulos","Projektledare, Interreg Aurora",IV),
  P("Linnea Forsberg","EU-samordnare och kontaktperson mot Mellersta Norrlands Brysselkontor",IV),
  P("Oskar Lund","Kommunikatör",IV), P("Birgitta Holm","Ekonomiassistent",IV),
  P("Ahmed Yusuf","Receptionist och evenemangssamordnare",IV),
  P("Gunilla Strömberg","Ordförande",IV), P("Lars-Erik Byström","Vice ordförande",IV),
  P("Eva Nyström","Ledamot",IV), P("Henrik Olsson","Ledamot",IV), P("Åsa Bergkvist","Ledamot",IV)],
 [O(IV), O("Region Västernorrland"), O("Processum"), O("Energiforum Mittnorrland"), O("Mittuniversitetets inkubator"),
  O("Mellersta Norrlands Brysselkontor"), O("Sundsvalls kommun"), O("Mittuniversitetet"), O("SCA"),
  O("Företagarna Västernorrland")],
 [E("öppna hus","2038-03-10",None,"Sundsvall","Sweden")],
 ["2038-02-02","2035/2041","2038-08","2037","2038","2038-03-10","2038-03-03","2038-02-28"],
 [], pub="2038-02-02")
