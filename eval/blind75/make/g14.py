from h import *
F = 'arctic-industry-clusters-summit-2034-sett-av-datoen.html'
T = """<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><title>Sett av datoen: Arctic Industry Clusters Summit 2034 i Brønnøysund</title></head>
<body>
<div class="cookies">Vi bruker informasjonskapsler (cookies) for å forstå hvordan nettstedet brukes. <a href="#">Godta</a> <a href="#">Avvis</a></div>
<header><a href="/">Brønnøy marine næringsklynge</a>
<nav><a href="/om-oss">Om oss</a> · <a href="/medlemmer">Medlemmer</a> · <a href="/prosjekter">Prosjekter</a> · <a href="/aktuelt">Aktuelt</a> · <a href="/arrangementer">Arrangementer</a> · <a href="/en">English</a></nav></header>
<main>
<p class="crumbs">Hjem / Arrangementer / Arctic Industry Clusters Summit 2034</p>
<h1>SETT AV DATOEN: Arctic Industry Clusters Summit 2034</h1>
<h2>Tirsdag 19. og onsdag 20. september 2034 · Brønnøysund</h2>
<p class="meta">Publisert 3. mars 2034 av Brønnøy marine næringsklynge · Del: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-post</a></p>

<p>Vi har gleden av å invitere til den tredje <strong>Arctic Industry Clusters Summit</strong>, som i år arrangeres i Brønnøysund. Konferansen samler næringsklynger, bedrifter, forskningsmiljøer og offentlige aktører fra Nord-Norge, Nord-Sverige, Nord-Finland, Island og Færøyene. Temaet for 2034 er <em>«Havbruk, mineraler og kraft – hvordan får vi verdiskapingen til å bli i nord?»</em></p>

<p>Arrangør er Brønnøy marine næringsklynge i samarbeid med Nordland fylkeskommune, Brønnøy kommune og Nord universitet. Konferansen får støtte fra Innovasjon Norge og programmet Interreg Aurora.</p>

<h3>Foreløpig program</h3>
<p><strong>Tirsdag 19. september</strong><br>
11.00 Registrering og lunsj<br>
12.00 Åpning ved fylkesrådsleder i Nordland, Anne-Cathrine Lie Solbakken, og ordfører i Brønnøy kommune, Eirik Fagerli<br>
12.45 Hovedinnlegg: «Kraft til industri i nord – nok til alle?» ved professor Tor Arne Strømsnes, Nord universitet<br>
14.00 Parallelle sesjoner: havbruk, mineraler og bygningsindustri<br>
17.00 Bedriftsbesøk hos Brønnøy Kalk AS og Marine Harvest Nordland<br>
20.00 Konferansemiddag på Torghatten Hotell</p>
<p><strong>Onsdag 20. september</strong><br>
09.00 Paneldebatt: «Hvordan beholder vi de unge?» Ordstyrer: journalist Karoline Hegge-Mathisen, NRK Nordland<br>
10.30 B2B-møter mellom klyngemedlemmer fra de fem landene<br>
12.30 Oppsummering og overlevering til neste vertskap<br>
13.00 Lunsj og avreise</p>
<p>Fullstendig program med alle innledere publiseres i juni.</p>

<h3>Bekreftede innledere</h3>
<ul>
<li>Anne-Cathrine Lie Solbakken, fylkesrådsleder, Nordland fylkeskommune</li>
<li>Prof. Tor Arne Strømsnes, Fakultet for biovitenskap og akvakultur, Nord universitet</li>
<li>Lena Marklund-Åström, klusterchef, Skellefteå Industrial Cluster (Sverige)</li>
<li>Jukka Heikkilä, toimitusjohtaja, Oulu Mining Cluster (Finland)</li>
<li>Guðrún Sigurðardóttir, framkvæmdastjóri, Sjávarklasinn (Island)</li>
<li>Dr. Jan-Willem van Bergen, Policy Officer, Europakommisjonen, DG GROW</li>
</ul>

<h3>Hvorfor delta?</h3>
<p>Nord-Norge står foran store industrisatsinger: nye havbruksanlegg, gruvedrift, kraftutbygging og batteriproduksjon. Samtidig mangler bedriftene folk, og mange unge flytter sørover. Klyngene i nord har mye å lære av hverandre – både om hvordan man samarbeider om kompetanse, om hvordan man deler infrastruktur som kaier og kraftlinjer, og om hvordan lokalsamfunnene kan få mer igjen for verdiskapingen. På konferansen får du møte beslutningstakere og bedriftsledere fra hele Arktis, og du kan booke B2B-møter på forhånd.</p>

<h3>Om nettverket</h3>
<p>Arctic Industry Clusters Summit er den årlige møteplassen for nettverket Arctic Industry Clusters, som ble etablert i Mosjøen i 2031 og i dag har tolv medlemsklynger i fem land. Nettverket ledes for tiden av Sjávarklasinn på Island.</p>

<h3>Tidligere konferanser</h3>
<p>Den første Arctic Industry Clusters Summit ble arrangert i Sandnessjøen 14.–15. september 2032 med 140 deltakere. I 2033 var Vega vertskap, og over 200 deltakere fra seks land møttes på Vega 12.–13. september 2033. Konferansen går på rundgang mellom klyngene i nettverket; vertskap for 2035 er Skellefteå.</p>

<h3>Praktisk informasjon</h3>
<p>Påmeldingen åpner 2. mai 2034 og stenger 1. september 2034. Deltakeravgiften er 2 900 kroner for medlemmer av klyngene i nettverket og 4 200 kroner for andre. Avgiften dekker lunsj begge dager og konferansemiddagen. Studenter deltar gratis. Konferansen holdes på norsk og engelsk, og alle plenumsinnlegg blir tolket. Ønsker du å holde et kort innlegg i en av de parallelle sesjonene, kan du sende et sammendrag på inntil 200 ord til prosjektlederen innen 15. april 2034. Vi har reservert rom på Torghatten Hotell og Thon Hotel Brønnøysund fram til 15. august 2034.</p>
<p>Brønnøysund har daglige flyavganger fra Bodø, Trondheim og Oslo. Hurtigruten anløper byen både nord- og sørgående.</p>

<h3>Kontakt</h3>
<p>Prosjektleder Siri Hatlevoll Ravnå, Brønnøy marine næringsklynge<br>
Telefon 975 41 208 · e-post siri@bmnk.no</p>
<p>Presse: Ole-Johan Tverå, kommunikasjonsrådgiver, Nordland fylkeskommune</p>
</main>
<footer><p>Brønnøy marine næringsklynge · Havnegata 34, 8900 Brønnøysund · Org.nr. 921 456 337</p><p><a href="#">Personvern</a> · <a href="#">Informasjonskapsler</a> · <a href="#">Tilgjengelighetserklæring</a></p></footer>
</body></html>
"""
write(F, T)
gold(F, [P('Anne-Cathrine Lie Solbakken','fylkesrådsleder','Nordland fylkeskommune'),
 P('Eirik Fagerli','ordfører','Brønnøy kommune'),
 P('Tor Arne Strømsnes','professor','Nord universitet'),
 P('Karoline Hegge-Mathisen','Ordstyrer','NRK Nordland'),
 P('Lena Marklund-Åström','klusterchef','Skellefteå Industrial Cluster'),
 P('Jukka Heikkilä','toimitusjohtaja','Oulu Mining Cluster'),
 P('Guðrún Sigurðardóttir','framkvæmdastjóri','Sjávarklasinn'),
 P('Jan-Willem van Bergen','Policy Officer','DG GROW'),
 P('Siri Hatlevoll Ravnå','Prosjektleder','Brønnøy marine næringsklynge'),
 P('Ole-Johan Tverå','kommunikasjonsrådgiver','Nordland fylkeskommune')],
 [O('Brønnøy marine næringsklynge'), O('Nordland fylkeskommune'), O('Brønnøy kommune'), O('Nord universitet'),
  O('Innovasjon Norge'), O('Brønnøy Kalk AS'), O('Marine Harvest Nordland'), O('NRK Nordland'),
  O('Fakultet for biovitenskap og akvakultur'), O('Skellefteå Industrial Cluster'), O('Oulu Mining Cluster'),
  O('Sjávarklasinn'), O('Europakommisjonen'), O('DG GROW'), O('Hurtigruten'), O('Arctic Industry Clusters')],
 [E('Arctic Industry Clusters Summit 2034','2034-09-19','2034-09-20','Brønnøysund','Norway'),
  E('Bedriftsbesøk hos Brønnøy Kalk AS og Marine Harvest Nordland','2034-09-19','2034-09-19','Brønnøysund','Norway'),
  E('Konferansemiddag på Torghatten Hotell','2034-09-19','2034-09-19','Brønnøysund','Norway'),
  E('Paneldebatt: «Hvordan beholder vi de unge?»','2034-09-20','2034-09-20','Brønnøysund','Norway'),
  E('B2B-møter','2034-09-20','2034-09-20','Brønnøysund','Norway'),
  E('Arctic Industry Clusters Summit (2032 edition)','2032-09-14','2032-09-15','Sandnessjøen','Norway'),
  E('Arctic Industry Clusters Summit (2033 edition)','2033-09-12','2033-09-13','Vega','Norway'),
  E('Arctic Industry Clusters Summit (2035 edition)','2035','2035','Skellefteå','Sweden')],
 ['2034-09-19/2034-09-20','2034-03-03','2034-09-19','2034-09-20','2034-06','2032-09-14/2032-09-15','2033',
  '2033-09-12/2033-09-13','2035','2034-05-02','2034-09-01','2034-08-15','2031','2034-04-15'], [], pub='2034-03-03')
