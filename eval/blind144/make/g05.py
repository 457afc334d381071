from h import *
F = 'g05_holstebro_klynge_medarbejdere.html'
assert wd(2040,4,26)=='Thursday' and wd(2040,9,13)=='Thursday' and wd(2040,5,4)=='Friday'
T = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Medarbejdere og bestyrelse – MetalKlynge Vest</title></head>
<body>
<div class="cookie">Vi bruger cookies til statistik og til at forbedre hjemmesiden. <a href="/cookiepolitik">Læs mere</a> <button>Tillad alle</button> <button>Kun nødvendige</button></div>
<header><p>MetalKlynge Vest – Netværk for maskin- og metalindustrien i Vestjylland</p>
<nav><a href="/">Forside</a> | <a href="/om">Om klyngen</a> | <a href="/medlemmer">Medlemmer</a> | <a href="/projekter">Projekter</a> | <a href="/arrangementer">Arrangementer</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">English</a></nav></header>
<main>
<h1>Medarbejdere og bestyrelse</h1>
<p class="dato">Opdateret 4. maj 2040</p>
<p>MetalKlynge Vest er en forening med 118 medlemsvirksomheder, fra smedjer med fem ansatte til store producenter af landbrugsmaskiner og vindmøllekomponenter. Sekretariatet ligger i Holstebro og har syv medarbejdere. Du er altid velkommen til at ringe direkte til den medarbejder, der arbejder med dit område.</p>

<h2>Sekretariatet</h2>
<ul>
<li><strong>Mette Kjærsgaard Bach</strong>, klyngedirektør. Ansvar for strategi, økonomi og samarbejdet med Danmarks Erhvervsfremmebestyrelse. Tlf. 96 00 00 01</li>
<li><strong>Søren Østergaard-Nielsen</strong>, projektchef, leder klyngens projekter om automatisering og robotter. Tlf. 96 00 00 02</li>
<li><strong>Lærke Holm</strong>, projektleder, grøn omstilling og energi. Tlf. 96 00 00 03</li>
<li><strong>Tomasz Wójcik</strong>, konsulent, kompetencer og rekruttering af udenlandsk arbejdskraft (taler dansk, polsk og tysk). Tlf. 96 00 00 04</li>
<li><strong>Anna-Sofie Thygesen</strong>, kommunikationsansvarlig. Tlf. 96 00 00 05</li>
<li><strong>Ib Madsen</strong>, økonomimedarbejder (mandag–onsdag). Tlf. 96 00 00 06</li>
<li><strong>Jakob Hvid</strong>, studentermedhjælper fra Aarhus Universitet, Herning. Tlf. 96 00 00 07</li>
</ul>
<p>Ny i teamet: Lærke Holm kom til os den 1. marts 2040 fra Energi Vest A/S, hvor hun i fire år arbejdede med energirenovering af industribygninger. Tomasz Wójcik har siden 2037 været vores bindeled til de polske og litauiske underleverandører.</p>

<h2>Bestyrelsen</h2>
<p>Bestyrelsen blev valgt på den ordinære generalforsamling torsdag den 26. april 2040 i Holstebro. Den består af:</p>
<table>
<tr><td>Formand</td><td>Henrik Lauridsen</td><td>adm. direktør, Lauridsen Maskinfabrik A/S, Vinderup</td></tr>
<tr><td>Næstformand</td><td>Birgitte Juul Andersen</td><td>produktionschef, Vestas Wind Systems A/S, Lem</td></tr>
<tr><td>Kasserer</td><td>Niels Christian Dam</td><td>ejer, Dam Smedie ApS, Struer</td></tr>
<tr><td>Bestyrelsesmedlem</td><td>Helle Frandsen</td><td>uddannelseschef, Uddannelsescenter Holstebro</td></tr>
<tr><td>Bestyrelsesmedlem</td><td>Karsten Bro</td><td>erhvervschef, Holstebro Kommune</td></tr>
<tr><td>Bestyrelsesmedlem</td><td>Dr. Ewa Marciniak-Lund</td><td>lektor, Institut for Mekanik og Produktion, Aalborg Universitet</td></tr>
</table>
<p>Formanden Henrik Lauridsen blev genvalgt for en ny periode på to år (2040–2042). Han takkede den afgående næstformand, Poul Erik Stampe fra Struer Hydraulik A/S, der efter otte år i bestyrelsen ikke genopstillede. "Poul Erik har været klyngens hukommelse. Ingen kender flere smede i Vestjylland end ham," sagde Lauridsen.</p>

<h2>Generalforsamlingens beslutninger</h2>
<p>Generalforsamlingen besluttede:</p>
<ul>
<li>Årsregnskabet for 2039 blev godkendt</li>
<li>Kontingentet fastholdes uændret for 2041</li>
<li>Klyngen søger optagelse i det europæiske netværk European Cluster Alliance for Wind Supply Chains</li>
<li>Vedtægternes § 7 ændres, så to bestyrelsespladser fremover er reserveret til virksomheder med under 50 ansatte</li>
</ul>

<h2>Kommende arrangementer</h2>
<p>Klyngedagen 2040 finder sted torsdag den 13. september 2040 hos Lauridsen Maskinfabrik i Vinderup, med rundvisning kl. 13.00 og netværksmiddag kl. 18.00. Sidste års klyngedag i Lemvig samlede 164 deltagere.</p>

<h2>Bliv medlem</h2>
<p>Alle virksomheder og uddannelsesinstitutioner med aktiviteter i Vestjylland kan blive medlem. Kontingentet afhænger af antallet af ansatte og starter ved 2.500 kr. om året for virksomheder med under ti ansatte. Som medlem får du adgang til klyngens erfa-grupper, fælles indkøb af kurser, sparring om projektansøgninger og en plads på fællesstanden, når klyngen deltager i messer i Tyskland og Polen. Nye medlemmer får et opstartsmøde med en medarbejder fra sekretariatet inden for den første måned. Skriv til sekretariatet, hvis du vil høre mere, eller kom forbi til en kop kaffe i Holstebro.</p>

<h2>Kontakt</h2>
<p>MetalKlynge Vest, Nupark 00, 7500 Holstebro · info@metalklyngevest.example.dk · CVR 00000000<br>
Klyngen er en del af den nationale klyngeindsats og medfinansieres af Uddannelses- og Forskningsministeriet og Region Midtjylland.</p>
</main>
<footer><p>© 2040 MetalKlynge Vest · <a href="/privatliv">Privatlivspolitik</a> · Følg os på <a href="#">LinkedIn</a></p></footer>
</body></html>
"""
write(F, T)
M = "MetalKlynge Vest"
gold(F,
 [P("Mette Kjærsgaard Bach","klyngedirektør",M), P("Søren Østergaard-Nielsen","projektchef",M),
  P("Lærke Holm","projektleder",M), P("Tomasz Wójcik","konsulent",M), P("Anna-Sofie Thygesen","kommunikationsansvarlig",M),
  P("Ib Madsen","økonomimedarbejder",M), P("Jakob Hvid","studentermedhjælper",M),
  P("Henrik Lauridsen","Formand",M), P("Birgitte Juul Andersen","Næstformand",M), P("Niels Christian Dam","Kasserer",M),
  P("Helle Frandsen","Bestyrelsesmedlem",M), P("Karsten Bro","Bestyrelsesmedlem",M), P("Ewa Marciniak-Lund","Bestyrelsesmedlem",M),
  P("Poul Erik Stampe","næstformand",M)],
 [O(M,None), O("Danmarks Erhvervsfremmebestyrelse"), O("Aarhus Universitet"), O("Energi Vest A/S"),
  O("Lauridsen Maskinfabrik A/S"), O("Vestas Wind Systems A/S"), O("Dam Smedie ApS"), O("Uddannelsescenter Holstebro"),
  O("Holstebro Kommune"), O("Institut for Mekanik og Produktion"), O("Aalborg Universitet"), O("Struer Hydraulik A/S"),
  O("European Cluster Alliance for Wind Supply Chains"), O("Uddannelses- og Forskningsministeriet"), O("Region Midtjylland")],
 [E("ordinære generalforsamling","2040-04-26",None,"Holstebro","Denmark"),
  E("Klyngedagen 2040","2040-09-13",None,"Vinderup","Denmark"),
  E("rundvisning","2040-09-13",None,"Vinderup","Denmark"),
  E("netværksmiddag","2040-09-13",None,"Vinderup","Denmark"),
  E("klyngedag","2039",None,"Lemvig","Denmark")],
 ["2040-05-04","2040-03-01","2037","2040-04-26","2040/2042","2039","2041","2040-09-13"],
 ["Årsregnskabet for 2039 blev godkendt",
  "Kontingentet fastholdes uændret for 2041",
  "Klyngen søger optagelse i det europæiske netværk European Cluster Alliance for Wind Supply Chains",
  "Vedtægternes § 7 ændres, så to bestyrelsespladser fremover er reserveret til virksomheder med under 50 ansatte"],
 pub="2040-05-04")
