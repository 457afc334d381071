from h import *
F = 'g05_jamtland_medlemsenkat_resultat.html'
assert wd(2035,4,26)=='Thursday' and wd(2035,5,15)=='Tuesday'
KF = ["Sju av tio medlemsföretag planerar att anställa under de kommande två åren, men 58 procent har svårt att hitta rätt kompetens",
 "Exporten är viktigast för de större företagen: 41 procent säljer redan till Norge och 23 procent till Tyskland",
 "Medlemmarna värderar nätverksträffarna högst av klustrets tjänster, följt av hjälp med finansiering",
 "Bara 19 procent har en skriftlig hållbarhetsstrategi, trots att kunderna allt oftare efterfrågar den",
 "Två av tre företag vill att klustret driver gemensamma testbäddar i fjällmiljö"]
T = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Medlemsenkäten 2035: resultaten är klara – Jämtland Outdoor & Sporttech</title></head>
<body>
<div id="cookie">Vi använder kakor för att förbättra webbplatsen. <a href="/kakor">Läs mer om kakor</a> <button>Godkänn</button> <button>Neka</button></div>
<header><a class="logo" href="/">Jämtland Outdoor &amp; Sporttech</a>
<nav><a href="/">Start</a> | <a href="/om-oss">Om oss</a> | <a href="/medlemmar">Medlemmar</a> | <a href="/projekt">Projekt</a> | <a href="/nyheter">Nyheter</a> | <a href="/kalender">Kalender</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">English</a></nav></header>
<main>
<p class="crumbs">Start / Nyheter / Medlemsenkäten 2035</p>
<h1>Medlemsenkäten 2035: kompetens och export toppar listan</h1>
<p class="byline">Publicerad 26 april 2035 av Elin Sundqvist · Lästid 5 min</p>
<figure><img src="/img/enkat2035.jpg" alt="Deltagare på medlemsmöte i Östersund"><figcaption>Medlemsmötet i Östersund i mars. Foto: Per-Ola Jonsson</figcaption></figure>

<p>I februari och mars skickade Jämtland Outdoor &amp; Sporttech ut sin årliga medlemsenkät till alla 112 medlemsföretag och organisationer. 78 svarade, en svarsfrekvens på 70 procent. Enkäten genomfördes tillsammans med Mittuniversitetet, där forskaren Dr. Karin Ekström-Lund vid Nationellt vintersportcentrum analyserade svaren.</p>

<p>– Vi ser att företagen växer men att de slåss om samma personer. Det är den tydligaste signalen på flera år, säger Magnus Olofsson, verksamhetsledare för klustret.</p>

<h2>Viktigaste resultaten</h2>
<ul>
{chr(10).join('<li>'+x+'</li>' for x in KF)}
</ul>

<h2>Fler siffror</h2>
<p>Medlemsföretagen omsatte tillsammans drygt 3,1 miljarder kronor under 2034, en ökning med nio procent jämfört med året innan. Antalet anställda ökade till 1 640. Hälften av företagen har färre än tio anställda, och de minsta företagen är också de som oftast svarar att de saknar tid för utvecklingsarbete. Nästan var tredje svarande har sökt offentlig finansiering det senaste året, men bara en av tio har deltagit i ett EU-projekt.</p>
<p>Nöjdheten med klustret är fortsatt hög: 84 procent anger att medlemskapet är värt avgiften, och 62 procent har fått minst en ny affärskontakt genom klustret. Flera svarande efterfrågar dock tydligare information om vilka tjänster som ingår i medlemskapet och önskar fler aktiviteter i Härjedalen, inte bara i Östersund och Åre.</p>

<h2>Så går vi vidare</h2>
<p>Resultaten presenterades för styrelsen den 19 april. Styrelsens ordförande Annika Bergström, vd för Fjällvind Textil AB, säger att klustret nu tar fram en kompetensplan tillsammans med Region Jämtland Härjedalen och Arbetsförmedlingen. Planen ska vara klar till hösten.</p>

<p>– Det är glädjande att så många svarade. Nu måste vi visa att svaren leder till något, säger Annika Bergström.</p>

<p>För att möta efterfrågan på testbäddar har klustret inlett samtal med Åre kommun och Mid Sweden Science Park om en gemensam testanläggning i Åre. En förstudie finansieras av Tillväxtverket.</p>

<p>Exportfrågorna tas upp på frukostmötet ”Sälja till Norge” tisdagen den 15 maj 2035 kl. 07.30–09.00 i Östersund, tillsammans med Business Sweden och Innovasjon Norge. Gästtalare är Siri Hågensen från Innovasjon Norge i Trondheim.</p>

<h2>Om enkäten</h2>
<p>Enkäten har genomförts varje år sedan 2031. Frågorna täcker anställning, export, innovation, hållbarhet och synen på klustrets tjänster. Hela rapporten (24 sidor, pdf) kan laddas ner av medlemmar på medlemssidorna. Tidigare års rapporter: <a href="#">2034</a> · <a href="#">2033</a> · <a href="#">2032</a>.</p>

<h3>Svarande efter bransch</h3>
<table>
<tr><th>Bransch</th><th>Antal svar</th></tr>
<tr><td>Friluftsutrustning och textil</td><td>24</td></tr>
<tr><td>Sportteknik och sensorer</td><td>17</td></tr>
<tr><td>Turism och upplevelser</td><td>21</td></tr>
<tr><td>Forskning och offentlig sektor</td><td>9</td></tr>
<tr><td>Övriga</td><td>7</td></tr>
</table>

<div class="contact"><h3>Kontakt</h3>
<p>Elin Sundqvist, kommunikatör<br>elin.sundqvist@jost.example.se<br>070-000 00 00</p>
<p>Magnus Olofsson, verksamhetsledare<br>magnus.olofsson@jost.example.se</p></div>

<p class="share">Dela: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">E-post</a></p>

<aside><h3>Senaste nyheterna</h3>
<ul><li><a href="#">Tre nya medlemmar i april</a></li>
<li><a href="#">Klustret på ISPO i München</a></li>
<li><a href="#">Ny testbana för skidvalla vid Mittuniversitetet</a></li></ul></aside>
</main>
<footer><p>Jämtland Outdoor &amp; Sporttech ekonomisk förening · Rådhusgatan 00, 831 00 Östersund · Org.nr 000000-0000</p>
<p>Medfinansierat av Europeiska unionen och Region Jämtland Härjedalen · © 2035 · <a href="/integritet">Integritetspolicy</a></p></footer>
</body></html>
"""
write(F, T)
J = "Jämtland Outdoor & Sporttech"
gold(F,
 [P("Elin Sundqvist","kommunikatör",J),
  P("Per-Ola Jonsson","Foto",None),
  P("Karin Ekström-Lund","forskaren","Nationellt vintersportcentrum"),
  P("Magnus Olofsson","verksamhetsledare",J),
  P("Annika Bergström","ordförande",J),
  P("Siri Hågensen",None,"Innovasjon Norge")],
 [O(J), O("Mittuniversitetet"), O("Nationellt vintersportcentrum"), O("Fjällvind Textil AB"),
  O("Region Jämtland Härjedalen"), O("Arbetsförmedlingen"), O("Åre kommun"), O("Mid Sweden Science Park"),
  O("Tillväxtverket"), O("Business Sweden"), O("Innovasjon Norge"), O("Europeiska unionen")],
 [E("Medlemsmötet","2035-03",None,"Östersund","Sweden"),
  E("Sälja till Norge","2035-05-15",None,"Östersund","Sweden"),
  E("ISPO",None,None,"München","Germany")],
 ["2035-04-26","2035-02","2035-03","2035-04-19","2035-05-15","2031","2034","2033","2032"],
 KF, "2035-04-26")
