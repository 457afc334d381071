from h import *
F = 'g02_mechelen_afscheid_clustermanager.txt'
assert wd(2038,9,14)=='Tuesday' and wd(2038,9,29)=='Wednesday' and wd(2038,10,1)=='Friday' and wd(2038,11,22)=='Monday'
T = """Nieuws | Zorgtech Cluster Rivierenland vzw
Home > Over ons > Nieuws > Wissel aan het roer

Gepubliceerd op 16/09/2038 · Leestijd 4 min · Categorie: Cluster

WISSEL AAN HET ROER: GEERT VAN HOOYDONCK NEEMT AFSCHEID, SAÏDA EL MOUSSAOUI WORDT CLUSTERMANAGER

Na elf jaar geeft Geert Van Hooydonck (62) de fakkel door. De raad van bestuur van Zorgtech Cluster Rivierenland vzw heeft op dinsdag 14 september 2038 Saïda El Moussaoui aangesteld als nieuwe clustermanager. Zij begint op vrijdag 1 oktober 2038; Geert blijft tot eind december aan boord om de overdracht te begeleiden.

Saïda El Moussaoui (41) is geen onbekende in de Mechelse zorgsector. Ze studeerde biomedische wetenschappen aan de KU Leuven en werkte daarna zes jaar als innovatieadviseur bij het AZ Sint-Maarten in Mechelen. Sinds 2033 leidde ze het living lab van Thomas More Hogeschool op de campus De Vest, waar bedrijven hun zorgtoepassingen testen met bewoners van woonzorgcentra. "Ik wil dat elke kmo in de regio weet dat ze bij ons terechtkan met een idee, ook als het nog op een bierviltje staat," zegt ze.

Voorzitter van de raad van bestuur Dirk-Jan ter Borgh (CEO van Medivalue NV) is blij met de keuze: "Saïda kent de ziekenhuizen, de hogeschool en de bedrijven. Ze spreekt hun drie talen. Dat hadden we nodig voor de volgende fase." De selectie gebeurde door een commissie met ter Borgh, ondervoorzitster An Peeters-Coppens (Stad Mechelen) en Kris Wauters, innovatieadviseur van VLAIO.

ELF JAAR CLUSTER
Geert Van Hooydonck richtte de cluster in 2027 mee op met twaalf bedrijven uit Mechelen, Lier en Willebroek. Vandaag telt Zorgtech Cluster Rivierenland 93 leden, van start-ups tot de grote ziekenhuisgroepen. Onder zijn leiding kwamen er drie opleidingstrajecten, een gezamenlijk testplatform met Imec en de jaarlijkse Zorgtechdag, die dit jaar haar negende editie beleefde. Voor hij clustermanager werd, was hij 22 jaar actief bij Agfa HealthCare in Mortsel, laatst als salesdirecteur Benelux.

Wij vroegen Geert wat hij zijn opvolger meegeeft.

Geleerde lessen na elf jaar clusterwerk:
- Een cluster leeft van de leden die komen opdagen, niet van het aantal handtekeningen onder een lidmaatschapsformulier
- Zorg dat ziekenhuizen en bedrijven elkaar ontmoeten voordat er subsidie op tafel ligt
- Kleine successen moet je vieren en delen; ze overtuigen meer dan een strategisch plan
- Houd het secretariaat klein en laat de leden de werkgroepen trekken

"Ik ga nu meer fietsen en mijn kleinkinderen zien," lacht hij. "Maar als Saïda me belt, neem ik op."

AFSCHEIDSRECEPTIE
Alle leden en partners zijn welkom op de afscheidsreceptie voor Geert op woensdag 29 september 2038 om 17.30 uur in de Kazerne Dossin-zaal van Lamot Mechelen. Graag inschrijven via het ledenportaal vóór 22 september.

TEAM VANAF 1 OKTOBER
- Saïda El Moussaoui – clustermanager
- Jonas Verbiest – projectcoördinator opleidingen
- Femke D'hondt – communicatie en ledenbeheer
- Tijl Mertens-Okafor – innovatiemakelaar (halftijds, gedetacheerd door POM Antwerpen)

Het team verhuist in november naar het nieuwe Zorgtechhuis aan de Vaartkaai. Meer daarover in de volgende nieuwsbrief.

AGENDA
22/11/2038 – Algemene vergadering van de leden, met stemming over het jaarplan 2039 (Mechelen)
02/12/2038 – Netwerkmoment "Zorg op afstand" bij Medivalue in Lier
Voorjaar 2039 – Tiende Zorgtechdag

Contact: info@zorgtechrivierenland.example.be · 015 00 00 00
Foto's: © Bart Dewilde

Deel dit artikel: Facebook | LinkedIn | E-mail
Lees ook: "Drie nieuwe leden in de werkgroep valpreventie" | "Terugblik op de Zorgtechdag 2038"

Zorgtech Cluster Rivierenland vzw · Ondernemingsnummer 0000.000.000 · Met de steun van het Agentschap Innoveren & Ondernemen (VLAIO) en de Provincie Antwerpen
Privacyverklaring · Cookiebeleid
"""
write(F, T)
Z = "Zorgtech Cluster Rivierenland vzw"
gold(F,
 [P("Geert Van Hooydonck","clustermanager",Z),
  P("Saïda El Moussaoui","clustermanager",Z),
  P("Dirk-Jan ter Borgh","Voorzitter van de raad van bestuur",Z),
  P("An Peeters-Coppens","ondervoorzitster",Z),
  P("Kris Wauters","innovatieadviseur","VLAIO"),
  P("Jonas Verbiest","projectcoördinator opleidingen",Z),
  P("Femke D'hondt","communicatie en ledenbeheer",Z),
  P("Tijl Mertens-Okafor","innovatiemakelaar",Z),
  P("Bart Dewilde",None,None)],
 [O(Z,None), O("KU Leuven"), O("AZ Sint-Maarten"), O("Thomas More Hogeschool"), O("Medivalue NV"),
  O("Stad Mechelen"), O("Agentschap Innoveren & Ondernemen","VLAIO"), O("Imec"), O("Agfa HealthCare"),
  O("POM Antwerpen"), O("Provincie Antwerpen")],
 [E("afscheidsreceptie","2038-09-29",None,"Mechelen","Belgium"),
  E("Algemene vergadering van de leden","2038-11-22",None,"Mechelen","Belgium"),
  E("Zorg op afstand","2038-12-02",None,"Lier","Belgium"),
  E("Tiende Zorgtechdag","2039",None,None,None),
  E("Zorgtechdag 2038","2038",None,None,None)],
 ["2038-09-16","2038-09-14","2038-10-01","2038-12","2033","2027","2038-09-29","2038-09-22","2038-11","2038-11-22","2038-12-02","2039"],
 ["Een cluster leeft van de leden die komen opdagen, niet van het aantal handtekeningen onder een lidmaatschapsformulier",
  "Zorg dat ziekenhuizen en bedrijven elkaar ontmoeten voordat er subsidie op tafel ligt",
  "Kleine successen moet je vieren en delen; ze overtuigen meer dan een strategisch plan",
  "Houd het secretariaat klein en laat de leden de werkgroepen trekken"],
 pub="2038-09-16")
