from h import *
F = 'g13_frederikshavn_medlemsdag_generalforsamling.html'
assert wd(2037,4,23)=='Thursday' and wd(2037,4,2)=='Thursday' and wd(2037,4,22)=='Wednesday' and wd(2036,4,16)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Medlemsdag og generalforsamling 2037 | Maritim Klynge Nord</title></head>
<body>
<div class="cookie">Vi bruger cookies til statistik og til at forbedre hjemmesiden. <a href="#">Læs mere</a> <button>Accepter alle</button> <button>Kun nødvendige</button></div>
<header><p class="logo">Maritim Klynge Nord · Frederikshavn · Skagen · Hirtshals</p>
<nav><a href="/">Forside</a> | <a href="/om-klyngen">Om klyngen</a> | <a href="/medlemmer">Medlemmer</a> | <a href="/projekter">Projekter</a> | <a href="/arrangementer">Arrangementer</a> | <a href="/nyheder">Nyheder</a> | <a href="/en">English</a></nav></header>
<main>
<p class="sti">Forside / Arrangementer / Medlemsdag 2037</p>
<h1>Medlemsdag og generalforsamling 2037</h1>
<p class="dato">Torsdag den 23. april 2037 kl. 10.00–17.00 · Frederikshavn, Maritimt Videncenter, Havnepladsen 12</p>
<p>Maritim Klynge Nord inviterer alle medlemmer til den årlige medlemsdag med ordinær generalforsamling. Dagen er i år bygget op om grøn omstilling af værfter og havne i Nordjylland, og vi får besøg af gæster fra både Norge og Tyskland. Tilmelding senest torsdag den 2. april 2037. Deltagelse er gratis for medlemmer; ikke-medlemmer betaler 950 kr. ekskl. moms.</p>

<h2>Program</h2>
<ul>
<li>09.30 Ankomst, kaffe og rundstykker</li>
<li>10.00 Velkomst ved klyngens formand, Kirsten Bach-Sørensen (Danfoss Marine Systems A/S)</li>
<li>10.15 Oplæg: "Fra skrot til ressource – grøn skibsophugning i Frederikshavn" ved Mikkel Friis Rasmussen, direktør, Fayard Ophugning ApS</li>
<li>11.00 Oplæg: Havnenes rolle i Nordsøens energiø ved Ingrid Haugland Berge, seniorrådgiver i Norsk Havneforening</li>
<li>11.45 Tre medlemmer pitcher nye projekter</li>
<li>12.30 Frokost og netværk</li>
<li>13.30 Ordinær generalforsamling (se dagsorden nedenfor)</li>
<li>15.00 Rundvisning på Ørskov Værft – tilmelding påkrævet, max 30 deltagere</li>
<li>17.00 Tak for i dag</li>
</ul>
<p>Gæsterne fra Norge kommer fra Norsk Havneforening og fra havnene i Kristiansand og Larvik, mens den tyske delegation består af fem virksomheder fra Maritimes Cluster Norddeutschland. Delegationerne deltager i hele programmet og står til rådighed for korte møder i frokostpausen.</p>
<p>Aftenen før, onsdag den 22. april kl. 19.00, holder bestyrelsen middag for gæsterne fra Norge og Tyskland på Restaurant Havnegrillen.</p>

<h2>Dagsorden for generalforsamlingen</h2>
<ol>
<li>Valg af dirigent og referent</li>
<li>Formandens beretning for 2036</li>
<li>Fremlæggelse af regnskab 2036 og budget 2037</li>
<li>Indkomne forslag: forslag fra bestyrelsen om nye vedtægter</li>
<li>Valg af bestyrelsesmedlemmer. På valg er Jens-Ole Kjærgaard (Skagen Havn) og Lotte Winther-Madsen (Aalborg Universitet), som begge modtager genvalg</li>
<li>Valg af revisor. Bestyrelsen foreslår BDO Statsautoriseret Revisionsaktieselskab</li>
<li>Eventuelt</li>
</ol>
<p>Forslag til generalforsamlingen skal være formanden i hænde senest 14 dage før.</p>

<h2>Sidste års medlemsdag</h2>
<p>Medlemsdagen 2036 blev holdt onsdag den 16. april 2036 i Hirtshals med 112 deltagere. Klyngesekretariatet samlede efterfølgende de vigtigste pointer fra dagens workshops:</p>
<ul>
<li>Værfterne mangler svejsere og elektrikere, og klyngen bør sammen med erhvervsskolerne lave et fælles rekrutteringsforløb</li>
<li>Små virksomheder har brug for hjælp til at byde ind på EU-projekter om grøn skibsfart</li>
<li>Havnene i Frederikshavn, Skagen og Hirtshals bør koordinere deres landstrømsprojekter</li>
</ul>
<p>Tidligere medlemsdage: Medlemsdag 2035 i Skagen · Medlemsdag 2034 i Frederikshavn (klyngens stiftelse).</p>

<h2>Bestyrelsen</h2>
<p>Klyngens bestyrelse består af:</p>
<ul>
<li>Formand: Kirsten Bach-Sørensen, Danfoss Marine Systems A/S</li>
<li>Næstformand: Torben Hvidberg, Frederikshavn Havn A/S</li>
<li>Bestyrelsesmedlem: Jens-Ole Kjærgaard, Skagen Havn</li>
<li>Bestyrelsesmedlem: Lotte Winther-Madsen, Aalborg Universitet</li>
<li>Bestyrelsesmedlem: Søren de Place Hansen, Erhvervshus Nordjylland</li>
</ul>
<p>Frederikshavn Kommune deltager i bestyrelsens møder som observatør ved erhvervschef Mette Lundgaard-Iversen.</p>

<h2>Praktisk</h2>
<p>Parkering er gratis på havnens p-plads. Fra Frederikshavn Station er der ti minutters gang. Husk sikkerhedssko og refleksvest til rundvisningen på værftet; vi har kun et begrænset antal veste til udlån ved indgangen. Oplæggene lægges på medlemssiden dagen efter arrangementet. Spørgsmål kan rettes til klyngesekretariatet: Anders Kloster Thomsen, klyngeleder, tlf. 98 00 00 00, akt@maritimklyngenord.example.dk.</p>
<p><a href="#">Tilmeld dig her</a> · <a href="#">Tilføj til kalender</a> · Del: <a href="#">LinkedIn</a> <a href="#">Facebook</a></p>
</main>
<footer><p>Maritim Klynge Nord · CVR 00000000 · Havnepladsen 12, 9900 Frederikshavn · Støttet af Uddannelses- og Forskningsministeriet og Region Nordjylland · <a href="#">Privatlivspolitik</a></p></footer>
</body></html>
"""
write(F, T)
C = "Maritim Klynge Nord"
gold(F,
 [P("Kirsten Bach-Sørensen","formand",C),
  P("Mikkel Friis Rasmussen","direktør","Fayard Ophugning ApS"),
  P("Ingrid Haugland Berge","seniorrådgiver","Norsk Havneforening"),
  P("Jens-Ole Kjærgaard","Bestyrelsesmedlem",C),
  P("Lotte Winther-Madsen","Bestyrelsesmedlem",C),
  P("Anders Kloster Thomsen","klyngeleder",C),
  P("Torben Hvidberg","Næstformand",C),
  P("Søren de Place Hansen","Bestyrelsesmedlem",C),
  P("Mette Lundgaard-Iversen","erhvervschef","Frederikshavn Kommune")],
 [O(C), O("Danfoss Marine Systems A/S"), O("Fayard Ophugning ApS"), O("Norsk Havneforening"),
  O("Ørskov Værft"), O("Skagen Havn"), O("Aalborg Universitet"), O("BDO Statsautoriseret Revisionsaktieselskab"),
  O("Uddannelses- og Forskningsministeriet"), O("Region Nordjylland"), O("Frederikshavn Havn A/S"), O("Erhvervshus Nordjylland"), O("Frederikshavn Kommune"), O("Maritimes Cluster Norddeutschland")],
 [E("Medlemsdag og generalforsamling 2037","2037-04-23",None,"Frederikshavn","Denmark"),
  E("Frokost og netværk","2037-04-23",None,"Frederikshavn","Denmark"),
  E("Ordinær generalforsamling","2037-04-23",None,"Frederikshavn","Denmark"),
  E("Rundvisning på Ørskov Værft","2037-04-23",None,"Frederikshavn","Denmark"),
  E("middag","2037-04-22",None,"Frederikshavn","Denmark"),
  E("Medlemsdagen 2036","2036-04-16",None,"Hirtshals","Denmark"),
  E("Medlemsdag 2035","2035",None,"Skagen","Denmark"),
  E("Medlemsdag 2034","2034",None,"Frederikshavn","Denmark")],
 ["2037-04-23","2037-04-02","2037-04-22","2036","2037","2036-04-16"],
 ["Værfterne mangler svejsere og elektrikere, og klyngen bør sammen med erhvervsskolerne lave et fælles rekrutteringsforløb",
  "Små virksomheder har brug for hjælp til at byde ind på EU-projekter om grøn skibsfart",
  "Havnene i Frederikshavn, Skagen og Hirtshals bør koordinere deres landstrømsprojekter"])
