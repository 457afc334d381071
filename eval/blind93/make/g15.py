from h import *
F = 'g15_tilburg_studiereis_aarhus.txt'
NL={'Monday':'maandag','Tuesday':'dinsdag','Wednesday':'woensdag','Thursday':'donderdag','Friday':'vrijdag'}
for y,m,d,w in [(2039,9,20,'dinsdag'),(2039,9,21,'woensdag'),(2039,9,22,'donderdag'),(2039,10,4,'dinsdag'),(2039,11,17,'donderdag')]:
    assert NL[wd(y,m,d)]==w,(y,m,d)
KM=["Een neutrale partij die data van verladers en vervoerders bundelt, werkt alleen als de gemeente en de haven samen eigenaar zijn",
 "Begin met één corridor en één goederenstroom, niet met een platform voor de hele regio",
 "Elektrische trucks worden pas rendabel als laadpunten op bedrijventerreinen gedeeld worden",
 "Onderwijs moet vanaf het eerste jaar in de bedrijven plaatsvinden; de Deense 'vekseluddannelse' is daar een goed voorbeeld van",
 "Investeer in persoonlijke contacten: de Denen kiezen partners die ze al kennen"]
T = """Logistiek Cluster Midden-Brabant  |  Nieuws  |  Agenda  |  Projecten  |  Leden  |  Over ons  |  Contact
Je bent hier: Home > Nieuws > Verslag studiereis Aarhus en Vejle

VERSLAG STUDIEREIS DENEMARKEN: WAT BRABANT KAN LEREN VAN AARHUS EN VEJLE

Tilburg, 4 oktober 2039 - door Femke van den Berg en Joost Smulders
Leestijd: 6 minuten

Van dinsdag 20 tot en met donderdag 22 september 2039 reisde een delegatie van 19 personen van het
Logistiek Cluster Midden-Brabant naar Oost-Jutland. De studiereis werd georganiseerd samen met de
Regio Hart van Brabant en de Brabantse Ontwikkelings Maatschappij (BOM), met steun van de
Netherlands Enterprise Agency (RVO) en de Nederlandse ambassade in Kopenhagen. Doel: zien hoe Deense havens,
gemeenten en vervoerders samenwerken aan slimme en emissievrije stadslogistiek, en welke ideeen we
mee naar huis kunnen nemen voor de Logistieke Hotspot Tilburg-Waalwijk.

De delegatie bestond uit vertegenwoordigers van negen logistieke bedrijven, de gemeenten Tilburg en
Waalwijk, Fontys Hogescholen, Avans Hogeschool en het Midden-Brabantse mbo-college ROC Tilburg. De
reis stond onder leiding van clustervoorzitter Gerard Hoeks, directeur van Hoeks Transport B.V.

WAAROM DENEMARKEN?
Midden-Brabant is met ruim 40.000 banen in de logistiek een van de grootste logistieke regio's van
Nederland, maar de ruimte voor nieuwe distributiecentra raakt op en de binnensteden willen vanaf
2035 alleen nog emissievrije bestelauto's toelaten. Oost-Jutland staat voor dezelfde opgaven en
werkt al tien jaar met een gezamenlijke aanpak van haven, gemeenten, onderwijs en bedrijven. Het
Deense cluster werd ons aangeraden door het European Cluster Collaboration Platform, waar beide
clusters sinds 2037 in dezelfde partnergroep zitten.

DAG 1 - DINSDAG 20 SEPTEMBER: AARHUS HAVN
Na aankomst op Billund Airport reisden we door naar Aarhus. In de haven ontving havendirecteur
Mette Kjærgaard Sørensen ons met een presentatie over de nieuwe containerterminal en het plan om
vanaf 2041 alle binnenkomende vrachtwagens digitaal te laten aanmelden. Daarna volgde een
rondleiding over de terminal met Lars Bech, Head of Operations van Aarhus Havn. 's Avonds was er
een diner met de Deense logistieke sector in het Godsbanen-cultuurcentrum, waar ambassaderaad
Willemijn Stroeve namens de Nederlandse ambassade een toespraak hield.

DAG 2 - WOENSDAG 21 SEPTEMBER: STADSLOGISTIEK IN AARHUS
De ochtend stond in het teken van het city hub-project van de gemeente Aarhus. Projectleider
Sofie Damgaard (Aarhus Kommune) liet zien hoe pakketten voor de binnenstad op een centrale plek worden
gebundeld en met elektrische bakfietsen worden bezorgd. Dr. Niels Ravn van Aarhus University
presenteerde cijfers: 38 procent minder vrachtbewegingen in het centrum. 's Middags bezochten we
het distributiecentrum van Salling Group in Tilst en het laadplein voor elektrische trucks van
DFDS Logistics.

DAG 3 - DONDERDAG 22 SEPTEMBER: VEJLE EN DE LOGISTIEKE CORRIDOR
In Vejle werden we ontvangen door Anne-Marie Holm, directeur van het
Transport- og Logistikcenter Trekantområdet, het Deense logistieke cluster van de Driehoeksregio. Zij vertelde hoe het cluster
twintig jaar geleden begon als klein netwerk en nu 140 leden heeft. Na een bezoek aan het
opleidingscentrum EUC Lillebælt, waar chauffeurs en planners worden opgeleid in een duaal traject,
sloot de reis af met een werksessie met Deense clusterleden. Gerard Hoeks en Anne-Marie Holm
ondertekenden daar een intentieverklaring voor samenwerking tussen de twee clusters.

RESULTATEN
- 27 gesprekken tussen Nederlandse en Deense bedrijven;
- een intentieverklaring tussen beide clusters;
- een uitnodiging voor een tegenbezoek aan Tilburg in het voorjaar van 2040.

LESSEN VOOR BRABANT
Na afloop bespraken de deelnemers wat ze hebben geleerd. De belangrijkste lessen:
1. """+KM[0]+""".
2. """+KM[1]+""".
3. """+KM[2]+""".
4. """+KM[3]+""".
5. """+KM[4]+""".

REACTIES VAN DEELNEMERS
"Ik had verwacht dat de techniek het verschil zou maken, maar het gaat om vertrouwen tussen
concurrenten," zei Mirjam de Kort, directeur van De Kort Logistics uit Waalwijk.
Wethouder Economie van de gemeente Tilburg Rob Verhagen: "Het city hub-model van Aarhus willen we
in 2040 met een pilot in de Spoorzone testen."
Docent logistiek Hakan Yilmaz (Fontys Hogescholen): "Onze studenten gaan in het voorjaar op
uitwisseling naar EUC Lillebælt."

HOE VERDER?
Het cluster organiseert op donderdag 17 november 2039 een terugkomavond voor alle leden, waarin
de deelnemers hun ervaringen delen en een werkgroep Stadslogistiek wordt opgericht. Ook leden die niet
mee waren op reis zijn van harte welkom. Aanmelden via de agenda op onze website.

Foto's: Joost Smulders

Meer weten? Neem contact op met Femke van den Berg, programmamanager, via
f.vandenberg@logistiekclustermb.example.nl of 013 000 00 00.

Deel dit bericht: LinkedIn | X | E-mail

Logistiek Cluster Midden-Brabant | Spoorlaan 00 | 5038 CB Tilburg
Privacyverklaring | Cookieverklaring | Disclaimer
"""
write(F, T)
L="Logistiek Cluster Midden-Brabant"
gold(F,
 [P("Femke van den Berg","programmamanager",L), P("Joost Smulders",None,None),
  P("Gerard Hoeks","clustervoorzitter",L),
  P("Mette Kjærgaard Sørensen","havendirecteur","Aarhus Havn"),
  P("Lars Bech","Head of Operations","Aarhus Havn"),
  P("Willemijn Stroeve","ambassaderaad","Nederlandse ambassade"),
  P("Sofie Damgaard","Projectleider","Aarhus Kommune"),
  P("Niels Ravn",None,"Aarhus University"),
  P("Anne-Marie Holm","directeur","Transport- og Logistikcenter Trekantområdet"),
  P("Mirjam de Kort","directeur","De Kort Logistics"),
  P("Rob Verhagen","Wethouder Economie","gemeente Tilburg"),
  P("Hakan Yilmaz","Docent logistiek","Fontys Hogescholen")],
 [O(L), O("Regio Hart van Brabant"), O("Brabantse Ontwikkelings Maatschappij","BOM"), O("Netherlands Enterprise Agency","RVO"),
  O("Nederlandse ambassade in Kopenhagen"), O("gemeente Tilburg"), O("Fontys Hogescholen"), O("Avans Hogeschool"), O("ROC Tilburg"),
  O("Hoeks Transport B.V."), O("Aarhus Havn"), O("Aarhus Kommune"), O("Aarhus University"), O("Salling Group"),
  O("DFDS Logistics"), O("Transport- og Logistikcenter Trekantområdet"), O("EUC Lillebælt"), O("De Kort Logistics"), O("European Cluster Collaboration Platform")],
 [E("studiereis","2039-09-20","2039-09-22","Aarhus, Vejle","Denmark"),
  E("rondleiding over de terminal","2039-09-20",None,"Aarhus","Denmark"),
  E("diner met de Deense logistieke sector","2039-09-20",None,"Aarhus","Denmark"),
  E("bezoek aan het distributiecentrum van Salling Group","2039-09-21",None,"Tilst","Denmark"),
  E("bezoek aan het opleidingscentrum EUC Lillebælt","2039-09-22",None,None,"Denmark"),
  E("werksessie met Deense clusterleden","2039-09-22",None,"Vejle","Denmark"),
  E("ondertekening intentieverklaring","2039-09-22",None,"Vejle","Denmark"),
  E("tegenbezoek aan Tilburg","2040",None,"Tilburg","Netherlands"),
  E("terugkomavond","2039-11-17",None,None,None)],
 ["2039-10-04","2039-09-20/2039-09-22","2041","2039-09-20","2039-09-21","2039-09-22","2040","2039-11-17","2035","2037"],
 KM, "2039-10-04")
