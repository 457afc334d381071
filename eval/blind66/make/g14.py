from h import *
F='zwolle-kunststofcluster-bestuur.html'
T=f'''<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Bestuur | Polymeer Cluster Oost-Nederland</title></head>
<body>
<div class="cookiemelding">Wij gebruiken functionele en analytische cookies. Met uw toestemming plaatsen wij ook cookies van derden. <button>Alle cookies accepteren</button> <button>Alleen noodzakelijke</button> <a href="/cookiebeleid">Cookiebeleid</a></div>
<header><a class="logo" href="/">Polymeer Cluster Oost-Nederland</a>
<nav><a href="/">Home</a> · <a href="/over-ons">Over ons</a> · <a href="/over-ons/bestuur" class="actief">Bestuur</a> · <a href="/leden">Leden</a> · <a href="/projecten">Projecten</a> · <a href="/agenda">Agenda</a> · <a href="/nieuws">Nieuws</a> · <a href="/contact">Contact</a> · <a href="/de">DE</a> · <a href="/en">EN</a></nav></header>
<main>
<p class="kruimelpad">Home / Over ons / Bestuur</p>
<h1>Bestuur en Raad van Advies</h1>
<p>De vereniging Polymeer Cluster Oost-Nederland (PCON) verbindt 96 bedrijven, kennisinstellingen en overheden in Overijssel, Gelderland en het aangrenzende Graafschap Bentheim en Emsland. Onze leden maken kunststof producten en componenten, recyclen kunststoffen, ontwikkelen biobased materialen of leveren machines en matrijzen. Het bureau is gevestigd op het Kunststof Innovatiecentrum in Zwolle. Het bestuur wordt gekozen door de algemene ledenvergadering voor een termijn van drie jaar en kan één keer worden herkozen.</p>

<h2>Dagelijks bestuur</h2>
<div class="kaarten">
<div class="kaart"><h3>Ir. Maarten van der Veen</h3><p class="functie">Voorzitter</p><p class="org">Wavin Nederland B.V., Hardenberg</p><p>Voorzitter sinds 2033. Maarten is directeur operations bij Wavin Nederland B.V. en was eerder penningmeester van de vereniging (2030–2033).</p></div>
<div class="kaart"><h3>Dr. Ingrid Bosch-Hoekstra</h3><p class="functie">Vicevoorzitter</p><p class="org">Universiteit Twente, Enschede</p><p>Hoogleraar polymeerchemie en circulaire materialen. Vertegenwoordigt de kennisinstellingen in het bestuur.</p></div>
<div class="kaart"><h3>Erik Wessels</h3><p class="functie">Penningmeester</p><p class="org">Wessels Spuitgiettechniek B.V., Nijverdal</p><p>Familiebedrijf in de derde generatie met 85 medewerkers.</p></div>
<div class="kaart"><h3>Mr. Sanne ter Horst</h3><p class="functie">Secretaris</p><p class="org">Oost NL – Oost-Nederlandse Ontwikkelingsmaatschappij N.V., Arnhem</p><p>Senior investment manager circulaire economie.</p></div>
</div>

<h2>Algemeen bestuur</h2>
<table class="bestuur">
<tr><th>Naam</th><th>Organisatie</th><th>Plaats</th><th>Lid sinds</th></tr>
<tr><td>Hans-Jürgen Möllenkamp</td><td>Emsland Kunststofftechnik GmbH</td><td>Lingen (Ems), Duitsland</td><td>2034</td></tr>
<tr><td>Fatima El Idrissi</td><td>Coöperatie Kunststof Recycling Oost U.A.</td><td>Deventer</td><td>2032</td></tr>
<tr><td>Joost van 't Hul</td><td>Stichting Saxion Hogeschool</td><td>Enschede</td><td>2033</td></tr>
<tr><td>Dr.-Ing. Birgit Hölscher</td><td>Kunststoff-Netzwerk Grafschaft Bentheim e.V.</td><td>Nordhorn, Duitsland</td><td>2035</td></tr>
<tr><td>Wouter Lammers</td><td>Provincie Overijssel (adviserend lid)</td><td>Zwolle</td><td>2033</td></tr>
</table>

<h2>Taken van het bestuur</h2>
<p>Het dagelijks bestuur komt elke maand bijeen en bereidt de besluiten van het algemeen bestuur voor. Het algemeen bestuur vergadert vier keer per jaar en stelt het jaarplan, de begroting en de contributie vast. Elk bestuurslid is aanspreekpunt voor een van de vier werkgroepen van het cluster: recycling en circulair ontwerp (Fatima El Idrissi), biobased materialen (Ingrid Bosch-Hoekstra), vakmanschap en onderwijs (Joost van 't Hul) en grensoverschrijdende samenwerking (Hans-Jürgen Möllenkamp). Zo weten leden altijd bij wie zij met vragen en ideeën terecht kunnen.</p>
<p>Bestuursleden ontvangen geen vergoeding. Bestuursleden die ook projectpartner zijn, melden dit bij de secretaris en stemmen niet mee over projecten waarin hun eigen organisatie deelneemt. De verslagen van de vergaderingen van het algemeen bestuur staan voor leden in het ledenportaal.</p>

<h2>Raad van Advies</h2>
<p>De Raad van Advies adviseert het bestuur over de strategie en de Europese samenwerking. Leden: prof. dr. Karel de Wit (voorzitter; voormalig directeur van TNO Industrie), drs. Marieke Kamphuis-Ruiter (Brightlands Materials Center, Geleen), Dipl.-Ing. Thomas zu Bentheim-Steinfurt (IHK Osnabrück-Emsland-Grafschaft Bentheim) en Anouk Lensink (NRK – Nederlandse Rubber- en Kunststofindustrie).</p>

<h2>Wisselingen in het bestuur</h2>
<p>Tijdens de algemene ledenvergadering van {wd(2035,11,20,'nl')} 20 november 2035 in Zwolle nam Dr.-Ing. Birgit Hölscher (Kunststoff-Netzwerk Grafschaft Bentheim e.V.) zitting in het algemeen bestuur, als eerste Duitse vertegenwoordiger van de Grafschaft. Zij volgt Gerrit Jan Oude Luttikhuis op, oprichter van Oude Luttikhuis Verpakkingen B.V., die na twee termijnen (2029–2035) afscheid nam. Het bestuur dankt Gerrit Jan voor zijn inzet, vooral bij de oprichting van het recyclingproject PLASTIC-TWIN met Duitse partners.</p>
<p>De termijn van voorzitter Maarten van der Veen loopt af in 2036. Kandidaten voor het voorzitterschap kunnen zich tot 1 september 2036 melden bij de secretaris. De verkiezing vindt plaats tijdens de algemene ledenvergadering op {wd(2036,11,19,'nl')} 19 november 2036.</p>

<h2>Bureau</h2>
<p>Het bureau voert de besluiten van het bestuur uit. Clustermanager is Lotte Brinkhuis-Schmidt (sinds 1 maart 2034). Zij wordt ondersteund door projectleider Daan Mulder, communicatieadviseur Yara Haddad en office manager Petra Nijenhuis.</p>

<h2>Agenda</h2>
<ul>
<li>{wd(2036,3,12,'nl')} 12 maart 2036 – Bestuursvergadering, Zwolle</li>
<li>{wd(2036,4,9,'nl')} 9 april 2036 – Ledenbijeenkomst „Recycling over de grens", bij Emsland Kunststofftechnik GmbH in Lingen, met bedrijfsbezoek</li>
<li>16–18 juni 2036 – Gezamenlijke stand op de Kunststoffen beurs in Veldhoven</li>
<li>{wd(2036,11,19,'nl')} 19 november 2036 – Algemene ledenvergadering met bestuursverkiezing, Zwolle</li>
</ul>
<p>Statuten, huishoudelijk reglement en het jaarverslag 2035 zijn voor leden beschikbaar in het ledenportaal.</p>
</main>
<footer><p>Polymeer Cluster Oost-Nederland · Vereniging · Dokter van Thienenweg 1, 8025 AM Zwolle · KvK 81234567</p>
<p>Met steun van de Provincie Overijssel, de Provincie Gelderland en het INTERREG-programma Deutschland-Nederland · <a href="/privacy">Privacyverklaring</a> · <a href="/cookiebeleid">Cookies</a></p></footer>
</body></html>
'''
write(F,T)
C='Polymeer Cluster Oost-Nederland'
gold(F,[P('Maarten van der Veen','Voorzitter',C),P('Ingrid Bosch-Hoekstra','Vicevoorzitter',C),P('Erik Wessels','Penningmeester',C),P('Sanne ter Horst','Secretaris',C),
 P('Hans-Jürgen Möllenkamp',None,'Emsland Kunststofftechnik GmbH'),P('Fatima El Idrissi',None,'Coöperatie Kunststof Recycling Oost U.A.'),P("Joost van 't Hul",None,'Stichting Saxion Hogeschool'),
 P('Birgit Hölscher',None,'Kunststoff-Netzwerk Grafschaft Bentheim e.V.'),P('Wouter Lammers','adviserend lid','Provincie Overijssel'),
 P('Karel de Wit','voorzitter',C),P('Marieke Kamphuis-Ruiter',None,'Brightlands Materials Center'),P('Thomas zu Bentheim-Steinfurt',None,'IHK Osnabrück-Emsland-Grafschaft Bentheim'),
 P('Anouk Lensink',None,'NRK – Nederlandse Rubber- en Kunststofindustrie'),P('Gerrit Jan Oude Luttikhuis','oprichter','Oude Luttikhuis Verpakkingen B.V.'),
 P('Lotte Brinkhuis-Schmidt','Clustermanager',C),P('Daan Mulder','projectleider',C),P('Yara Haddad','communicatieadviseur',C),P('Petra Nijenhuis','office manager',C)],
 [O(C,'PCON'),O('Kunststof Innovatiecentrum'),O('Wavin Nederland B.V.'),O('Universiteit Twente'),O('Wessels Spuitgiettechniek B.V.'),
  O('Oost NL – Oost-Nederlandse Ontwikkelingsmaatschappij N.V.','Oost NL'),O('Emsland Kunststofftechnik GmbH'),O('Coöperatie Kunststof Recycling Oost U.A.'),O('Stichting Saxion Hogeschool'),
  O('Kunststoff-Netzwerk Grafschaft Bentheim e.V.'),O('Provincie Overijssel'),O('TNO Industrie'),O('Brightlands Materials Center'),O('IHK Osnabrück-Emsland-Grafschaft Bentheim'),
  O('NRK – Nederlandse Rubber- en Kunststofindustrie','NRK'),O('Oude Luttikhuis Verpakkingen B.V.'),O('Provincie Gelderland')],
 [E('algemene ledenvergadering','2035-11-20','2035-11-20','Zwolle','Netherlands'),E('Bestuursvergadering','2036-03-12','2036-03-12','Zwolle','Netherlands'),
  E('Ledenbijeenkomst „Recycling over de grens"','2036-04-09','2036-04-09','Lingen','Germany'),E('bedrijfsbezoek','2036-04-09','2036-04-09','Lingen','Germany'),
  E('Kunststoffen beurs','2036-06-16','2036-06-18','Veldhoven','Netherlands'),E('Algemene ledenvergadering met bestuursverkiezing','2036-11-19','2036-11-19','Zwolle','Netherlands')],
 ['2033','2030/2033','2034','2032','2035','2035-11-20','2029/2035','2036','2036-09-01','2036-11-19','2034-03-01','2036-03-12','2036-04-09','2036-06-16/2036-06-18'])
