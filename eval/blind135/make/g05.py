from h import *
F = 'g05_blekinge_farplan.html'
assert wd(2041,4,3)=='Wednesday' and wd(2041,5,16)=='Thursday' and wd(2041,9,24)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Färdplan för Blekinges marina kluster 2041–2046 | Region Blekinge</title></head>
<body>
<div class="kakor">Vi använder kakor (cookies) för att webbplatsen ska fungera. <a href="/kakor">Läs mer om kakor</a> <button>Godkänn alla</button> <button>Endast nödvändiga</button></div>
<header><a href="/" class="logo">Region Blekinge</a>
<nav><a href="/naringsliv">Näringsliv</a> | <a href="/kollektivtrafik">Kollektivtrafik</a> | <a href="/kultur">Kultur</a> | <a href="/om-oss">Om oss</a> | <a href="/en">In English</a> | <a href="/lyssna">Lyssna</a></nav></header>
<main>
<p class="brodsmulor">Startsida / Näringsliv / Kluster och innovation / Färdplan marint</p>
<h1>Färdplan för Blekinges marina kluster 2041–2046</h1>
<p class="ingress">Efter ett års arbete med företag, forskare och kommuner är färdplanen för den marina och maritima näringen i Blekinge klar. Regionstyrelsen antog den vid sitt sammanträde onsdagen den 3 april 2041.</p>
<p class="publicerad">Publicerad: 8 april 2041 · Senast uppdaterad: 12 april 2041</p>

<h2>Bakgrund</h2>
<p>Arbetet leddes av klusterorganisationen Marint Centrum Blekinge tillsammans med Blekinge Tekniska Högskola (BTH) och Karlskrona kommun. Sammanlagt deltog 94 organisationer i fyra workshoppar som hölls i Karlskrona, Ronneby, Karlshamn och Sölvesborg mellan mars och oktober 2040. Processledare var Johanna Lindqvist-Haddad från konsultbyrån Regionanalys Syd AB.</p>
<p>– Blekinge har marinbasen, varvet och en stark högskola, men företagen har sällan arbetat tillsammans över kommungränserna. Färdplanen är ett försök att ändra på det, säger Anders Öhrström, klusterchef på Marint Centrum Blekinge.</p>
<p>Regionrådet Lena Björkqvist (S), ordförande i regionala utvecklingsnämnden, betonar att färdplanen ska kopplas till den regionala utvecklingsstrategin: – Vi vill att varje krona vi satsar på klustret ska gå att följa upp.</p>

<h2>Utgångsläge</h2>
<p>Den marina sektorn i länet sysselsätter omkring 6 200 personer. Största arbetsgivare är Saab Kockums AB i Karlskrona, följt av ett hundratal små och medelstora företag inom båtbyggnad, undervattensteknik, fiske och vattenbruk. En kartläggning som BTH gjorde 2039 visade att endast 18 procent av de små företagen samarbetar med högskolan och att kompetensbristen är störst inom el- och automationsteknik.</p>

<p>Under workshopparna återkom deltagarna till samma frågor: bristen på tekniker, svårigheten för små företag att komma in som underleverantörer till försvarsindustrin och de långa ledtiderna för tillstånd i vattenbruket. Flera deltagare pekade också på att Blekinge saknar en mötesplats där företag, forskare och offentliga aktörer träffas regelbundet. Den frågan togs upp särskilt i Sölvesborg, där ett trettiotal företag inom livsmedel och fiske deltog. Färdplanen har därför kompletterats med ett förslag om en årlig klusterdag som växlar mellan länets fem kommuner.</p>

<h2>Färdplanens huvudpunkter</h2>
<p>Färdplanen innehåller fem åtgärdsområden med mål till 2046:</p>
<ol>
<li>Ett gemensamt testbädd för undervattensteknik i Karlskrona skärgård ska vara i drift senast 2043</li>
<li>Klustret ska erbjuda minst 30 små företag per år stöd i att söka EU-projekt och delta i upphandlingar</li>
<li>En yrkeshögskoleutbildning i marin elektrifiering startar i Karlshamn hösten 2042</li>
<li>Vattenbruket i länet ska fördubbla sin produktion genom ett samarbete med Kalmar län och Gotland</li>
<li>Blekinge ska delta i minst två interregionala partnerskap för smart specialisering inom blå ekonomi</li>
</ol>

<h2>Så går vi vidare</h2>
<p>Färdplanen presenteras för näringslivet på Blå Dagen i Karlskrona torsdagen den 16 maj 2041, där även Tobias Nyberg från Tillväxtverket och Kerstin Aalto-Holm, chef för Blue Economy-enheten vid Åbo Akademi, medverkar. En första uppföljning sker vid klustrets höstmöte tisdagen den 24 september 2041.</p>
<p>Blå Dagen har tidigare hållits i Karlshamn (2038) och Ronneby (2039 och 2040).</p>
<p>Ansökningar om medel för förstudier inom färdplanens områden kan lämnas till Region Blekinge senast den 31 augusti 2041.</p>

<h3>Kontakt</h3>
<p>Anders Öhrström, klusterchef, Marint Centrum Blekinge, 0455-00 00 00<br>Maria Sandahl, näringslivsutvecklare, Region Blekinge</p>
<p><a href="/dokument/fardplan-marint-2041.pdf">Ladda ner färdplanen (pdf, 2,4 MB)</a> · <a href="#">Dela på LinkedIn</a> · <a href="#">Skriv ut</a></p>
</main>
<footer><p>Region Blekinge · Valhallavägen 1, 371 41 Karlskrona · Växel 0455-73 50 00 · <a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/personuppgifter">Behandling av personuppgifter</a></p></footer>
</body></html>
"""
write(F, T)
M="Marint Centrum Blekinge"
gold(F,
 [P("Johanna Lindqvist-Haddad","Processledare","Regionanalys Syd AB"),
  P("Anders Öhrström","klusterchef",M),
  P("Lena Björkqvist","ordförande i regionala utvecklingsnämnden","Region Blekinge"),
  P("Tobias Nyberg",None,"Tillväxtverket"),
  P("Kerstin Aalto-Holm","chef för Blue Economy-enheten","Åbo Akademi"),
  P("Maria Sandahl","näringslivsutvecklare","Region Blekinge")],
 [O("Region Blekinge"), O(M), O("Blekinge Tekniska Högskola","BTH"), O("Karlskrona kommun"),
  O("Regionanalys Syd AB"), O("Saab Kockums AB"), O("Tillväxtverket"), O("Åbo Akademi")],
 [E("sammanträde","2041-04-03",None,None,None),
  E("workshoppar","2040-03","2040-10","Karlskrona, Ronneby, Karlshamn, Sölvesborg","Sweden"),
  E("Blå Dagen","2041-05-16",None,"Karlskrona","Sweden"),
  E("höstmöte","2041-09-24",None,None,None),
  E("Blå Dagen","2038",None,"Karlshamn","Sweden"),
  E("Blå Dagen","2039",None,"Ronneby","Sweden"),
  E("Blå Dagen","2040",None,"Ronneby","Sweden")],
 ["2041/2046","2041-04-03","2041-04-08","2041-04-12","2040-03/2040-10","2039","2046","2043","2042","2041-05-16","2041-09-24","2038","2040","2041-08-31"],
 ["Ett gemensamt testbädd för undervattensteknik i Karlskrona skärgård ska vara i drift senast 2043",
  "Klustret ska erbjuda minst 30 små företag per år stöd i att söka EU-projekt och delta i upphandlingar",
  "En yrkeshögskoleutbildning i marin elektrifiering startar i Karlshamn hösten 2042",
  "Vattenbruket i länet ska fördubbla sin produktion genom ett samarbete med Kalmar län och Gotland",
  "Blekinge ska delta i minst två interregionala partnerskap för smart specialisering inom blå ekonomi"],
 pub="2041-04-08")
