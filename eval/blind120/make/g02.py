from h import *
F = 'g02_fryslan_workshop_uitkomsten.md'
assert wd(2040,5,22)=='Tuesday' and wd(2040,6,5)=='Tuesday'
T = """[Home](/) | [Over ons](/over-ons) | [Clusters](/clusters) | [Nieuws](/nieuws) | [Agenda](/agenda) | [Contact](/contact)

# Uitkomsten werkconferentie 'Circulair bouwen in Fryslân'

*Gepubliceerd op 5 juni 2040 door Sjoukje van der Meulen-Hoekstra, communicatieadviseur*

Op dinsdag 22 mei 2040 kwamen ruim negentig ondernemers, onderzoekers en beleidsmakers bijeen in het WTC Expo in Leeuwarden voor de werkconferentie 'Circulair bouwen in Fryslân'. De bijeenkomst werd georganiseerd door het Bouwcluster Noord-Nederland, samen met de Noordelijke Ontwikkelingsmaatschappij (NOM) en de Provincie Fryslân. Doel van de dag: de resultaten van de regionale enquête onder 214 bouwbedrijven bespreken en afspraken maken over de volgende stappen.

## Programma

- 09.30 uur – Ontvangst met koffie
- 10.00 uur – Opening door gedeputeerde Douwe Sijbesma (Provincie Fryslân)
- 10.20 uur – Presentatie van de enquête door dr. ir. Annelies de Boer-Talsma, lector Circulair Bouwen aan NHL Stenden Hogeschool
- 11.15 uur – Drie tafelgesprekken: biobased isolatie, hergebruik van betonelementen, digitale materialenpaspoorten
- 13.00 uur – Lunch
- 14.00 uur – Bedrijfsbezoek aan de houtbouwfabriek van Jorritsma Bouw B.V. in Drachten
- 16.30 uur – Afsluiting en borrel

## Wat de enquête laat zien

Van de ondervraagde bedrijven zegt 58 procent al biobased materialen te gebruiken, maar slechts 12 procent doet dat in meer dan de helft van zijn projecten. Het grootste obstakel is volgens de bedrijven niet de techniek, maar de aanbesteding: gemeenten en woningcorporaties vragen nog te vaak om de laagste prijs. Ook de certificering van hergebruikte bouwdelen kost veel tijd. Opvallend is verder dat kleine aannemers met minder dan tien medewerkers vaker zeggen geen tijd te hebben voor scholing over nieuwe materialen, terwijl juist zij het grootste deel van de renovaties in de Friese dorpen uitvoeren.

"De bereidheid is er, de markt nog niet," vatte De Boer-Talsma samen. "Zolang opdrachtgevers niet anders inkopen, blijft circulair bouwen een hobby van voorlopers."

## Tafelgesprekken

Aan de tafel over biobased isolatie schoven onder meer vlasverwerker Hindrik Wiersma (Flaxfiber Friesland) en Merel van 't Hof van woningcorporatie Elkien aan. Zij pleitten voor een gezamenlijke inkoop van vlas- en hennepisolatie door de Friese corporaties. De tafel over betonelementen werd geleid door ir. Pieter-Jan Hoekstra van TNO, die het project voor een regionale 'materialenbank' in Heerenveen toelichtte. Bij de tafel over materialenpaspoorten gaf Gerrit ten Velde, directeur van het Bouwcluster Noord-Nederland, een overzicht van de ervaringen in de Groninger aardbevingsversterking.

## Belangrijkste uitkomsten

De deelnemers kwamen aan het eind van de dag tot de volgende afspraken:

1. De Friese woningcorporaties onderzoeken vóór 1 januari 2041 een gezamenlijke inkoop van biobased isolatiemateriaal
2. Het Bouwcluster Noord-Nederland start een leernetwerk voor circulaire aanbesteding met vijf gemeenten
3. De NOM verkent een fonds voor de opschaling van de regionale materialenbank
4. NHL Stenden herhaalt de enquête in het voorjaar van 2042 om de voortgang te meten

## Evaluatie door de deelnemers

Uit de evaluatie onder deelnemers kwamen twee aandachtspunten naar voren: de tafelgesprekken waren te kort, en gemeenten waren ondervertegenwoordigd. Bij de volgende werkconferentie, in het najaar van 2040 in Sneek, krijgen de tafels daarom anderhalf uur en worden wethouders persoonlijk uitgenodigd.

De presentaties en de volledige enquêteresultaten zijn te downloaden via de website. Het verslag is opgesteld door Sjoukje van der Meulen-Hoekstra en Bauke Kingma.

**Meer weten?** Neem contact op met het clusterbureau: info@bouwclusternoord.example.nl

---

Lees ook: [Nieuwe leden in de werkgroep biobased](/nieuws/werkgroep-biobased) · [Terugblik op de Bouwbeurs Noord 2039](/nieuws/bouwbeurs-2039)

Deel dit bericht: LinkedIn | Facebook | E-mail

© 2040 Bouwcluster Noord-Nederland · Zuiderkruis 2, Leeuwarden · [Privacyverklaring](/privacy) · [Cookies](/cookies)
"""
write(F, T)
B_ = "Bouwcluster Noord-Nederland"
gold(F,
 [P("Sjoukje van der Meulen-Hoekstra","communicatieadviseur",None),
  P("Douwe Sijbesma","gedeputeerde","Provincie Fryslân"),
  P("Annelies de Boer-Talsma","lector Circulair Bouwen","NHL Stenden Hogeschool"),
  P("Hindrik Wiersma","vlasverwerker","Flaxfiber Friesland"),
  P("Merel van 't Hof",None,"Elkien"),
  P("Pieter-Jan Hoekstra",None,"TNO"),
  P("Gerrit ten Velde","directeur",B_),
  P("Bauke Kingma")],
 [O(B_), O("Noordelijke Ontwikkelingsmaatschappij","NOM"), O("Provincie Fryslân"), O("NHL Stenden Hogeschool"),
  O("Jorritsma Bouw B.V."), O("Flaxfiber Friesland"), O("Elkien"), O("TNO")],
 [E("werkconferentie 'Circulair bouwen in Fryslân'","2040-05-22",None,"Leeuwarden","Netherlands"),
  E("Bedrijfsbezoek","2040-05-22",None,"Drachten","Netherlands"),
  E("werkconferentie","2040",None,"Sneek","Netherlands"),
  E("Bouwbeurs Noord","2039",None,None,None)],
 ["2040-06-05","2040-05-22","2041-01-01","2042","2040"],
 ["De Friese woningcorporaties onderzoeken vóór 1 januari 2041 een gezamenlijke inkoop van biobased isolatiemateriaal",
  "Het Bouwcluster Noord-Nederland start een leernetwerk voor circulaire aanbesteding met vijf gemeenten",
  "De NOM verkent een fonds voor de opschaling van de regionale materialenbank",
  "NHL Stenden herhaalt de enquête in het voorjaar van 2042 om de voortgang te meten"],
 pub="2040-06-05")
