from h import *
F = 'g08_west_vlaanderen_oproep_clusters.html'
assert wd(2040,2,13)=='Monday' and wd(2040,3,5)=='Monday' and wd(2040,3,8)=='Thursday' and wd(2040,4,27)=='Friday' and wd(2040,6,19)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Oproep clusterprojecten 2040 | POM West-Vlaanderen</title></head>
<body>
<div id="cookiebar">Deze website gebruikt cookies om uw surfervaring te verbeteren. <button>Akkoord</button> <a href="#">Meer info</a></div>
<header><a href="/">POM West-Vlaanderen</a> · Ondernemen · Ruimte · Innovatie · Projecten · Nieuws · Agenda · Contact | Zoeken</header>
<nav class="breadcrumb">Home / Nieuws / Oproep clusterprojecten 2040</nav>
<article>
<h1>Nieuwe oproep voor clusterprojecten: dien uw voorstel in vóór 27 april</h1>
<p class="datum">13 februari 2040 · Innovatie · Leestijd 4 minuten</p>
<p>De Provinciale Ontwikkelingsmaatschappij West-Vlaanderen (POM West-Vlaanderen) lanceert vandaag een nieuwe oproep voor clusterprojecten. Met een budget van 1,8 miljoen euro wil de provincie samenwerkingsverbanden van bedrijven, kennisinstellingen en clusterorganisaties ondersteunen die inspelen op de West-Vlaamse speerpunten uit de slimme-specialisatiestrategie: blauwe economie, agrovoeding, maakindustrie en zorgtechnologie.</p>
<p>"We zien dat West-Vlaamse kmo's steeds vaker samen innoveren, maar dat ze daarvoor iemand nodig hebben die het overzicht bewaart", zegt gedeputeerde voor Economie Bart Vandewalle-Declercq. "Met deze oproep financieren we precies dat: de trekker van de samenwerking."</p>
<h2>Wat wordt ondersteund?</h2>
<p>Projecten moeten minstens vijf West-Vlaamse ondernemingen samenbrengen, waarvan minstens drie kmo's. Een clusterorganisatie, een kennisinstelling of een sectorfederatie kan optreden als promotor. Ondersteunde activiteiten zijn onder meer:</p>
<ul>
<li>de aanstelling van een clustercoördinator voor maximaal 24 maanden;</li>
<li>gezamenlijke haalbaarheidsstudies en demonstratieprojecten;</li>
<li>opleidingstrajecten die samen met VIVES Hogeschool of de Universiteit Gent Campus Kortrijk worden uitgewerkt;</li>
<li>deelname aan internationale beurzen en missies, bijvoorbeeld in het kader van Flanders Investment &amp; Trade.</li>
</ul>
<p>De maximale steun bedraagt 250.000 euro per project, met een eigen bijdrage van de partners van minstens 30 procent. Voorstellen die aansluiten bij een Europees project of bij een Vlaamse speerpuntcluster krijgen extra punten, op voorwaarde dat de West-Vlaamse meerwaarde duidelijk wordt beschreven.</p>
<h2>Timing</h2>
<ul>
<li><strong>13 februari 2040</strong>: lancering van de oproep</li>
<li><strong>maandag 5 maart 2040</strong>: infosessie in Roeselare (Inagro, Ieperseweg 87), van 14 tot 17 uur</li>
<li><strong>donderdag 8 maart 2040</strong>: online infosessie, van 10 tot 11.30 uur</li>
<li><strong>vrijdag 27 april 2040, 12 uur</strong>: uiterste indieningsdatum</li>
<li><strong>dinsdag 19 juni 2040</strong>: beslissing door de deputatie</li>
<li>ten vroegste september 2040: start van de projecten</li>
</ul>
<h2>Programma infosessie Roeselare</h2>
<p>14.00 uur – Ontvangst<br>
14.15 uur – Verwelkoming door Lieve Desmet, algemeen directeur POM West-Vlaanderen<br>
14.30 uur – De oproep in detail – Jonas Van Acker, projectleider innovatie, POM<br>
15.00 uur – Getuigenissen van projecten uit de oproep 2038: Marie-Claire D'Hondt (Flanders' FOOD) en Pieter-Jan Verhaeghe (Blue Cluster vzw)<br>
15.45 uur – Vragen en antwoorden<br>
16.15 uur – Netwerkdrink</p>
<p>Inschrijven voor de infosessies kan tot 1 maart 2040 via het online formulier.</p>
<h2>Resultaten van de vorige oproep</h2>
<p>In de oproep 2038 werden 31 voorstellen ingediend en kregen er 11 steun. Een externe jury onder leiding van prof. dr. Annelies Vanhoutte (KU Leuven Kulak) beoordeelde de dossiers. De POM liet de oproep nadien evalueren door het adviesbureau IDEA Consult.</p>
<h3>Aanbevelingen uit de evaluatie</h3>
<p>Op basis van de evaluatie werden volgende aanbevelingen in de nieuwe oproep verwerkt:</p>
<ol>
<li>Laat bedrijven al in de aanvraag een concreet engagement aangaan, met een ondertekende intentieverklaring</li>
<li>Voorzie een begeleidingsgesprek met de POM vóór de indiening, zodat zwakke voorstellen vroeg worden bijgestuurd</li>
<li>Beperk het aantal indicatoren tot drie en koppel ze aan omzet, export of werkgelegenheid</li>
<li>Stimuleer samenwerking met clusters in Noord-Frankrijk en Zeeland</li>
</ol>
<p>Meer informatie: Jonas Van Acker, jonas.vanacker@pomwvl.example.be, 050 00 00 00.</p>
<p><a href="#">Download het reglement (pdf)</a> · <a href="#">Aanvraagformulier</a> · <a href="#">Lees meer over de projecten van 2038</a></p>
<p class="share">Deel dit artikel: Facebook · LinkedIn · X · Mail</p>
</article>
<aside><h3>Agenda</h3><p>05.03 Infosessie clusteroproep – Roeselare<br>22.03 Ondernemersontbijt blauwe economie – Oostende</p></aside>
<footer>POM West-Vlaanderen · Baron Ruzettelaan 35, 8310 Brugge · Privacy · Disclaimer · © 2040</footer>
</body></html>
"""
write(F, T)
POM="Provinciale Ontwikkelingsmaatschappij West-Vlaanderen"
gold(F,
 [P("Bart Vandewalle-Declercq","gedeputeerde voor Economie",None),
  P("Lieve Desmet","algemeen directeur","POM West-Vlaanderen"),
  P("Jonas Van Acker","projectleider innovatie","POM"),
  P("Marie-Claire D'Hondt",None,"Flanders' FOOD"),
  P("Pieter-Jan Verhaeghe",None,"Blue Cluster vzw"),
  P("Annelies Vanhoutte",None,"KU Leuven Kulak")],
 [O(POM,"POM West-Vlaanderen"), O("VIVES Hogeschool"), O("Universiteit Gent Campus Kortrijk"), O("Flanders Investment & Trade"),
  O("Inagro"), O("Flanders' FOOD"), O("Blue Cluster vzw"), O("KU Leuven Kulak"), O("IDEA Consult")],
 [E("infosessie","2040-03-05",None,"Roeselare","Belgium"),
  E("online infosessie","2040-03-08",None,None,None),
  E("Netwerkdrink","2040-03-05",None,"Roeselare","Belgium"),
  E("Ondernemersontbijt blauwe economie","2040-03-22",None,"Oostende","Belgium")],
 ["2040-02-13","2040-03-05","2040-03-08","2040-04-27","2040-06-19","2040-09","2040-03-01","2038","2040-03-22"],
 ["Laat bedrijven al in de aanvraag een concreet engagement aangaan, met een ondertekende intentieverklaring",
  "Voorzie een begeleidingsgesprek met de POM vóór de indiening, zodat zwakke voorstellen vroeg worden bijgestuurd",
  "Beperk het aantal indicatoren tot drie en koppel ze aan omzet, export of werkgelegenheid",
  "Stimuleer samenwerking met clusters in Noord-Frankrijk en Zeeland"],
 pub="2040-02-13")
