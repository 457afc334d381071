from h import *
F = 'g01_gelderland_nieuw_bestuur.html'
assert wd(2038,4,22)=='Thursday' and wd(2038,6,10)=='Thursday' and wd(2038,9,14)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Nieuw bestuur gekozen | Energiecluster Gelderland</title></head>
<body>
<div class="cookiebalk">Wij gebruiken functionele en analytische cookies. <a href="/cookies">Meer informatie</a> <button>Akkoord</button> <button>Alleen noodzakelijk</button></div>
<header><p class="logo">Energiecluster Gelderland</p>
<nav><a href="/">Home</a> | <a href="/over-ons">Over ons</a> | <a href="/leden">Leden</a> | <a href="/projecten">Projecten</a> | <a href="/agenda">Agenda</a> | <a href="/nieuws">Nieuws</a> | <a href="/contact">Contact</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="kruimelpad">Home › Nieuws › Vereniging</p>
<h1>Algemene ledenvergadering kiest nieuw bestuur</h1>
<p class="meta">Gepubliceerd op 26 april 2038 · door redactie · Leestijd 4 minuten</p>

<p>ARNHEM – De leden van de Vereniging Energiecluster Gelderland hebben tijdens de algemene ledenvergadering van donderdag 22 april 2038 een grotendeels vernieuwd bestuur gekozen. De vergadering vond plaats bij het IPKW-terrein in Arnhem en werd bijgewoond door 61 van de 148 leden, ruim boven het quorum dat de statuten vragen.</p>

<p>Nieuwe voorzitter is ir. Maarten van der Heijden-Bos, algemeen directeur van Alliander Innovatie B.V. Hij volgt mevrouw Ingrid Wolters op, die het cluster sinds de oprichting in 2031 heeft voorgezeten. Wolters kreeg bij haar afscheid een staande ovatie en werd door de vergadering benoemd tot erelid. "Zeven jaar geleden waren we twaalf bedrijven rond een keukentafel in Nijmegen. Nu zijn we een vereniging die in Den Haag en Brussel gehoord wordt," zei zij in haar afscheidswoord.</p>

<h2>Samenstelling van het bestuur</h2>
<p>Het bestuur bestaat na de verkiezing uit zeven leden:</p>
<ul>
<li>Voorzitter: Maarten van der Heijden-Bos (Alliander Innovatie B.V.)</li>
<li>Vicevoorzitter: dr. Sevda Yılmaz, Hogeschool van Arnhem en Nijmegen (HAN)</li>
<li>Penningmeester: Joost de Vries-Lammers, Rabobank Vallei en Rijn</li>
<li>Secretaris: Anouk ter Horst, HyGear Gelderland B.V.</li>
<li>Lid: prof. dr. Bart Hoogendoorn, Radboud Universiteit</li>
<li>Lid: Petra Lindeboom, Provincie Gelderland (adviserend, zonder stemrecht)</li>
<li>Lid: Karim El Amrani, Installatiebedrijf El Amrani &amp; Zn.</li>
</ul>
<p>De bestuursleden zijn gekozen voor een termijn van drie jaar (2038–2041) en zijn daarna eenmaal herkiesbaar. Het mandaat van Petra Lindeboom loopt gelijk met de bestuursperiode van Gedeputeerde Staten.</p>

<p>Van der Heijden-Bos gaf aan dat hij de komende periode vooral wil inzetten op de aansluiting van kleine installateurs en warmtebedrijven. "Het cluster is sterk in waterstof en in onderzoek, maar de monteur die morgen een warmtepomp plaatst, moet zich hier net zo thuis voelen als de onderzoeker van de universiteit," aldus de nieuwe voorzitter.</p>

<h2>Afscheid van de clustermanager</h2>
<p>Tijdens dezelfde vergadering nam de vereniging afscheid van clustermanager Henk-Jan Brouwer, die na zes jaar overstapt naar Oost NL, de regionale ontwikkelingsmaatschappij, als programmadirecteur energietransitie. Zijn opvolger, Lotte Sánchez Vermeulen, is per 1 juni 2038 in dienst getreden. Zij werkte eerder bij de Topsector Energie en bij TNO in Petten.</p>

<h2>Besluiten van de vergadering</h2>
<p>De algemene ledenvergadering nam de volgende besluiten:</p>
<ol>
<li>De jaarrekening 2037 is vastgesteld en het bestuur is decharge verleend</li>
<li>De contributie voor mkb-leden blijft in 2039 ongewijzigd; grote bedrijven betalen 5 procent meer</li>
<li>Het bestuur krijgt opdracht een werkgroep netcongestie op te richten, samen met TenneT en de netbeheerders</li>
<li>De vereniging sluit zich aan bij het Europese netwerk van energieclusters, de Cluster Alliance for Energy Transition</li>
</ol>

<h2>Agenda</h2>
<p>De eerste bestuursvergadering van het nieuwe bestuur is op 10 juni 2038. De ledenbijeenkomst "Netcongestie in de praktijk" staat gepland voor dinsdag 14 september 2038 van 15.00 tot 18.00 uur in het Huis van de Provincie in Arnhem. Aanmelden kan tot 7 september via de website.</p>

<p>Meer weten over het bestuur of lid worden? Neem contact op met het verenigingsbureau: Lotte Sánchez Vermeulen, clustermanager, lotte@energieclustergelderland.example.nl, 026 000 00 00.</p>

<p class="share">Deel dit bericht: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a></p>
<p><a href="/nieuws">« Terug naar het overzicht</a></p>

<aside><h3>Ook interessant</h3>
<p><a href="#">Twaalf nieuwe leden in het eerste kwartaal</a></p>
<p><a href="#">Terugblik: Gelderse Energiedag 2037</a></p>
<p><a href="#">Vacature: projectleider warmte (24–32 uur)</a></p></aside>
</main>
<footer><p>Vereniging Energiecluster Gelderland · Westervoortsedijk 73, Arnhem · KvK 00000000</p>
<p>© 2038 Energiecluster Gelderland · <a href="/privacy">Privacyverklaring</a> · <a href="/disclaimer">Disclaimer</a> · Volg ons op LinkedIn</p></footer>
</body></html>
"""
write(F, T)
V="Vereniging Energiecluster Gelderland"
gold(F,
 [P("Maarten van der Heijden-Bos","Voorzitter",V),
  P("Ingrid Wolters","voorzitter",V),
  P("Sevda Yılmaz","Vicevoorzitter",V),
  P("Joost de Vries-Lammers","Penningmeester",V),
  P("Anouk ter Horst","Secretaris",V),
  P("Bart Hoogendoorn","Lid",V),
  P("Petra Lindeboom","Lid",V),
  P("Karim El Amrani","Lid",V),
  P("Henk-Jan Brouwer","programmadirecteur energietransitie","Oost NL"),
  P("Lotte Sánchez Vermeulen","clustermanager",V)],
 [O(V), O("Alliander Innovatie B.V."), O("Hogeschool van Arnhem en Nijmegen","HAN"), O("Rabobank Vallei en Rijn"),
  O("HyGear Gelderland B.V."), O("Radboud Universiteit"), O("Provincie Gelderland"), O("Installatiebedrijf El Amrani & Zn."),
  O("Gedeputeerde Staten"), O("Oost NL"), O("Topsector Energie"), O("TNO"), O("TenneT"), O("Cluster Alliance for Energy Transition")],
 [E("algemene ledenvergadering","2038-04-22",None,"Arnhem","Netherlands"),
  E("bestuursvergadering","2038-06-10",None,None,None),
  E("Gelderse Energiedag 2037","2037",None,None,None),
  E("Netcongestie in de praktijk","2038-09-14",None,"Arnhem","Netherlands")],
 ["2038-04-26","2038-04-22","2031","2038/2041","2038-06-01","2037","2039","2038-06-10","2038-09-14","2038-09-07"],
 ["De jaarrekening 2037 is vastgesteld en het bestuur is decharge verleend",
  "De contributie voor mkb-leden blijft in 2039 ongewijzigd; grote bedrijven betalen 5 procent meer",
  "Het bestuur krijgt opdracht een werkgroep netcongestie op te richten, samen met TenneT en de netbeheerders",
  "De vereniging sluit zich aan bij het Europese netwerk van energieclusters, de Cluster Alliance for Energy Transition"],
 pub="2038-04-26")
