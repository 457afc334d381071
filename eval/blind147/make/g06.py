from h import *
F = 'g06_symbioskills_slutkonference_kalundborg.html'
assert wd(2040,11,27)=='Tuesday' and wd(2040,11,28)=='Wednesday' and wd(2040,12,3)=='Monday'
T = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Slutkonference: SYMBIO-SKILLS samler tråden | Symbiosecenter Danmark</title></head>
<body>
<div class="cookies">Vi bruger cookies til statistik og til at forbedre hjemmesiden. <a href="/cookiepolitik">Læs mere</a> <button>OK</button> <button>Afvis</button></div>
<header><p>Symbiosecenter Danmark</p>
<nav><a href="/">Forside</a> | <a href="/om-os">Om os</a> | <a href="/projekter">Projekter</a> | <a href="/nyheder">Nyheder</a> | <a href="/arrangementer">Arrangementer</a> | <a href="/en">English</a></nav></header>
<main>
<p class="sti">Forside / Nyheder / Projekter</p>
<h1>Slutkonference: SYMBIO-SKILLS samler tråden efter tre år</h1>
<p class="dato">Offentliggjort mandag den 3. december 2040 · Af Line Kjeldgaard-Møller</p>

<p>Mere end 120 deltagere fra virksomheder, kommuner, uddannelsesinstitutioner og klynger mødtes tirsdag den 27. november 2040 i Kalundborg til slutkonferencen for SYMBIO-SKILLS. Projektet er støttet af EIT RawMaterials og har siden januar 2038 udviklet kurser i industriel symbiose for ingeniører, driftsledere og kommunale planlæggere i fem lande.</p>

<p>Konsortiet består af Symbiosecenter Danmark (koordinator), Danmarks Tekniske Universitet (DTU), Erhvervshus Sjælland, TNO fra Nederlandene, Fraunhofer-Institut für Umwelt-, Sicherheits- und Energietechnik UMSICHT fra Oberhausen, Politecnico di Torino og det polske Łukasiewicz-IMN. Hertil kommer syv virksomheder som associerede partnere, bl.a. Novo Nordisk og Kalundborg Forsyning A/S.</p>

<h2>Program</h2>
<table>
<tr><td>09.00</td><td>Registrering og morgenmad</td></tr>
<tr><td>09.30</td><td>Velkomst ved borgmester Martin Damm-Holgersen, Kalundborg Kommune</td></tr>
<tr><td>09.45</td><td>Tre års SYMBIO-SKILLS – resultater og tal, ved projektleder Mette Østergaard Lund</td></tr>
<tr><td>10.30</td><td>Keynote: Råstoffer, kompetencer og Europas strategiske autonomi – Friederike von Aschenbach, Director of Education, EIT RawMaterials</td></tr>
<tr><td>11.15</td><td>Paneldebat: Hvem skal uddanne symbiosens medarbejdere?</td></tr>
<tr><td>12.15</td><td>Frokost og netværk</td></tr>
<tr><td>13.15</td><td>Parallelle workshops: kommunal planlægning · vand og energi · efteruddannelse</td></tr>
<tr><td>15.00</td><td>Kursisterne fortæller: erfaringer fra de første hold</td></tr>
<tr><td>15.45</td><td>Afslutning</td></tr>
</table>

<h2>Fra kursus til praksis</h2>
<p>Projektleder Mette Østergaard Lund fortalte, at 412 personer har gennemført mindst ét af projektets seks moduler, og at 58 virksomheder har sendt medarbejdere af sted. "Det vigtigste resultat er ikke kurserne, men at folk fra forskellige virksomheder nu ringer til hinanden, før de smider noget ud," sagde hun.</p>
<p>Fra Polen fortalte Zbigniew Kołodziej-Wąs, forskningschef ved Łukasiewicz-IMN i Gliwice, at instituttet nu tilbyder modulerne på polsk til virksomheder i Schlesien. I Torino er kurserne blevet en del af en kandidatuddannelse i miljøteknik, og i Oberhausen bruger Fraunhofer UMSICHT materialet i sine kurser for kommunale klimakoordinatorer. Samlet har projektet kostet 2,4 mio. euro, hvoraf EIT RawMaterials har finansieret omkring to tredjedele.</p>
<p>I paneldebatten deltog Koen van 't Hof fra TNO, lektor Jens Peter Bach-Nielsen fra DTU, HR-direktør Anja Riis Thomsen fra Kalundborg Forsyning A/S og Giuseppe Lo Russo, professor ved Politecnico di Torino. Debatten blev ledet af Rasmus Kirkegaard, direktør for Erhvervshus Sjælland.</p>

<h2>Vigtigste konklusioner</h2>
<p>Konferencen samlede projektets erfaringer i fem konklusioner:</p>
<ol>
<li>Industriel symbiose kræver tværfaglige kompetencer, som ingen enkelt uddannelse dækker i dag</li>
<li>Korte moduler på fem til ti dage passer bedst til virksomhedernes travle medarbejdere</li>
<li>Kommunerne er nøgleaktører, fordi de planlægger arealer, forsyning og tilladelser</li>
<li>Kurserne skal fortsætte efter projektets afslutning gennem DTU's efteruddannelse og en betalingsmodel for virksomhederne</li>
<li>Erfaringerne fra Kalundborg kan overføres til mindre industriområder, hvis der er en lokal tovholder</li>
</ol>

<h2>Studiebesøg og næste skridt</h2>
<p>Onsdag den 28. november 2040 deltog 35 af konferencedeltagerne i et studiebesøg i Kalundborg Symbiosis, hvor de så udvekslingen af damp, vand og gips mellem virksomhederne. Om eftermiddagen fulgte et besøg hos Køge Kyst, som viste det nye industriområde ved Køge Havn, hvor overskudsvarme fra tre virksomheder skal forsyne byens fjernvarmenet fra 2042.</p>
<p>Projektet afsluttes formelt den 31. december 2040. Kursusmaterialet bliver frit tilgængeligt på projektets hjemmeside fra januar 2041. SYMBIO-SKILLS var også med på Symbiosedagen, som har været afholdt i Kalundborg i 2036, i Køge i 2038 og i Holbæk i 2040.</p>
<p><a href="/nyheder">« Tilbage til nyheder</a> · Del: <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">E-mail</a></p>
</main>
<footer><p>Symbiosecenter Danmark · Kalundborg · CVR 00000000 · kontakt@symbiosecenter.example.dk</p>
<p>SYMBIO-SKILLS er støttet af EIT RawMaterials, et organ under Det Europæiske Institut for Innovation og Teknologi (EIT), som er et organ under Den Europæiske Union.</p></footer>
</body></html>
"""
write(F, T)
S="Symbiosecenter Danmark"
gold(F,
 [P("Line Kjeldgaard-Møller",None,None),
  P("Martin Damm-Holgersen","borgmester","Kalundborg Kommune"),
  P("Mette Østergaard Lund","projektleder",None),
  P("Friederike von Aschenbach","Director of Education","EIT RawMaterials"),
  P("Koen van 't Hof",None,"TNO"),
  P("Jens Peter Bach-Nielsen","lektor","DTU"),
  P("Zbigniew Kołodziej-Wąs","forskningschef","Łukasiewicz-IMN"),
  P("Anja Riis Thomsen","HR-direktør","Kalundborg Forsyning A/S"),
  P("Giuseppe Lo Russo","professor","Politecnico di Torino"),
  P("Rasmus Kirkegaard","direktør","Erhvervshus Sjælland")],
 [O(S), O("EIT RawMaterials"), O("Danmarks Tekniske Universitet","DTU"), O("Erhvervshus Sjælland"), O("TNO"),
  O("Fraunhofer-Institut für Umwelt-, Sicherheits- und Energietechnik UMSICHT","Fraunhofer UMSICHT"), O("Politecnico di Torino"),
  O("Łukasiewicz-IMN"), O("Novo Nordisk"), O("Kalundborg Forsyning A/S"), O("Kalundborg Kommune"),
  O("Kalundborg Symbiosis"), O("Køge Kyst"), O("Det Europæiske Institut for Innovation og Teknologi","EIT"), O("Den Europæiske Union")],
 [E("slutkonferencen for SYMBIO-SKILLS","2040-11-27",None,"Kalundborg","Denmark"),
  E("studiebesøg i Kalundborg Symbiosis","2040-11-28",None,"Kalundborg","Denmark"),
  E("besøg hos Køge Kyst","2040-11-28",None,"Køge","Denmark"),
  E("Symbiosedagen","2036",None,"Kalundborg","Denmark"),
  E("Symbiosedagen","2038",None,"Køge","Denmark"),
  E("Symbiosedagen","2040",None,"Holbæk","Denmark")],
 ["2040-12-03","2040-11-27","2038-01","2040-11-28","2040-12-31","2041-01","2036","2038","2040","2042"],
 ["Industriel symbiose kræver tværfaglige kompetencer, som ingen enkelt uddannelse dækker i dag",
  "Korte moduler på fem til ti dage passer bedst til virksomhedernes travle medarbejdere",
  "Kommunerne er nøgleaktører, fordi de planlægger arealer, forsyning og tilladelser",
  "Kurserne skal fortsætte efter projektets afslutning gennem DTU's efteruddannelse og en betalingsmodel for virksomhederne",
  "Erfaringerne fra Kalundborg kan overføres til mindre industriområder, hvis der er en lokal tovholder"],
 pub="2040-12-03")
