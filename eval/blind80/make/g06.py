from h import *
F = 'g06_waterclusterfryslan_alv_verslag.md'
T = """# Verslag Algemene Ledenvergadering 2037

**Vereniging Watertechnologie Cluster Fryslân (WCF)**
Gepubliceerd op 24 april 2037 · Categorie: Nieuws voor leden · Leestijd 5 minuten

[Home](/) › [Nieuws](/nieuws) › Verslag ALV 2037

Op vrijdag 17 april 2037 kwamen 83 leden van het Watertechnologie Cluster Fryslân bijeen voor de jaarlijkse Algemene Ledenvergadering (ALV) in het WaterCampus-gebouw aan de Oostergoweg in Leeuwarden. Met 61 stemgerechtigde leden aanwezig of vertegenwoordigd via een volmacht was het quorum ruim gehaald. Op de agenda stonden het jaarverslag en de jaarrekening 2036, de begroting 2037, de verkiezing van een nieuw bestuur en het afscheid van voorzitter Hylke Dijkstra, die het cluster negen jaar heeft geleid.

## Jaarverslag en jaarrekening

Directeur ir. Anneke de Vries-Hoekstra presenteerde het jaarverslag. Het cluster groeide in 2036 van 118 naar 131 leden, startte twee nieuwe Interreg-projecten met partners in Nedersaksen en Denemarken en organiseerde samen met Wetsus, European Centre of Excellence for Sustainable Water Technology, de internationale Water Innovation Summit. Penningmeester Jelle Postma lichtte de jaarrekening toe: de omzet bedroeg 2,4 miljoen euro, met een klein positief resultaat van 38.000 euro. Namens de kascommissie verklaarde Marrit Bosma dat de commissie de stukken in orde had bevonden. De ALV verleende het bestuur decharge voor het gevoerde beleid.

## Verkiezing van het bestuur

Omdat de zittingstermijn van vijf bestuursleden afliep, koos de ALV een grotendeels nieuw bestuur. De kandidaten waren vooraf voorgedragen door de selectiecommissie onder leiding van Geertje Hoekstra-Wiersma. Er waren geen tegenkandidaten. De vergadering koos bij acclamatie:

- **voorzitter:** drs. Sjoerd van der Meer, algemeen directeur van Noordwater Technologies B.V. in Sneek
- **eerste vicevoorzitter:** dr. Femke Zwart, lector Watertechnologie aan NHL Stenden Hogeschool
- **tweede vicevoorzitter:** Pieter-Jan Oosterhof, directeur van Vitens Innovatie B.V.
- **penningmeester:** Jelle Postma, eigenaar van Postma & Van Dijk Accountants (herkozen)
- **secretaris:** mr. Wietske Feenstra, advocaat bij Feenstra Bakker Advocaten
- **lid:** Karim Benali, CTO van AquaSense Sensors B.V.
- **lid:** Aukje Terpstra, gedeputeerde economie, namens de Provincie Fryslân (adviserend lid)

In de kascommissie voor het boekjaar 2037 werden Marrit Bosma (Bosma Installatietechniek B.V.) en Tjeerd de Haan (Coöperatie Waterland U.A.) gekozen, met Ruben van 't Hof als reservelid. Het nieuwe bestuur treedt per 1 mei 2037 aan voor een termijn van drie jaar, tot de ALV van 2040.

## Afscheid van Hylke Dijkstra

Hylke Dijkstra was sinds 2028 voorzitter van het cluster, eerst van de stichting en vanaf 2031 van de vereniging. Onder zijn leiding groeide het cluster van een netwerk van twintig bedrijven uit tot een organisatie met een eigen bureau en een internationaal profiel. Sjoerd van der Meer dankte hem namens alle leden "voor negen jaar onvermoeibare inzet, voor zijn geduld in lange vergaderingen en voor zijn talent om iedereen aan tafel te krijgen". De ALV benoemde Dijkstra bij acclamatie tot erelid. Gedeputeerde Aukje Terpstra reikte hem namens de provincie de Fryske Wetterpriis uit. Dijkstra zelf blikte terug op de moeilijke eerste jaren, toen het cluster nog met vrijwilligers draaide, en riep de leden op om "vooral samen te blijven optrekken richting Den Haag en Brussel".

## Besluiten van de ALV

De vergadering nam de volgende besluiten:

1. Het jaarverslag en de jaarrekening 2036 worden vastgesteld en het bestuur krijgt decharge.
2. De begroting 2037 wordt vastgesteld, met een contributieverhoging van 3 procent.
3. Het cluster sluit zich aan bij de Nederlandse Vereniging van Clusterorganisaties (NVCO).
4. Het bestuur stelt vóór de ALV van 2038 een nieuw meerjarenplan 2038–2042 op, samen met de leden.
5. Er komt een werkgroep 'water en landbouw' onder voorzitterschap van Tjeerd de Haan.

## Rondvraag en vooruitblik

In de rondvraag vroeg Sybren Jongsma (Jongsma Pompen B.V.) aandacht voor de krappe arbeidsmarkt voor technici. Het bestuur zegde toe dit op te pakken met het Friesland College en de Regionale Ontwikkelingsmaatschappij voor Noord-Nederland (NOM). Na de vergadering volgde een netwerkborrel in het WaterCampus-café.

De volgende ALV vindt plaats op vrijdag 23 april 2038. De eerstvolgende ledenbijeenkomst is het Zomercongres Watertechnologie op 25 juni 2037 in Harlingen.

*Vragen over dit verslag? Neem contact op met het clusterbureau: info@wcfryslan.example.nl, 058 000 00 00.*

---
Watertechnologie Cluster Fryslân · Oostergoweg 9, Leeuwarden · KvK 00000000 · [Privacy](/privacy) · [Nieuwsbrief](/nieuwsbrief)
"""
write(F, T)
W = "Watertechnologie Cluster Fryslân"
gold(F,
 [P("Hylke Dijkstra", "voorzitter", W),
  P("Anneke de Vries-Hoekstra", "Directeur", W),
  P("Jelle Postma", "penningmeester", W),
  P("Marrit Bosma", "kascommissie", "Bosma Installatietechniek B.V."),
  P("Geertje Hoekstra-Wiersma", None, None),
  P("Sjoerd van der Meer", "voorzitter", W),
  P("Femke Zwart", "eerste vicevoorzitter", W),
  P("Pieter-Jan Oosterhof", "tweede vicevoorzitter", W),
  P("Wietske Feenstra", "secretaris", W),
  P("Karim Benali", "lid", W),
  P("Aukje Terpstra", "gedeputeerde economie", "Provincie Fryslân"),
  P("Tjeerd de Haan", "kascommissie", "Coöperatie Waterland U.A."),
  P("Ruben van 't Hof", "reservelid", None),
  P("Sybren Jongsma", None, "Jongsma Pompen B.V.")],
 [O("Vereniging Watertechnologie Cluster Fryslân", "WCF"), O("WaterCampus"),
  O("Wetsus, European Centre of Excellence for Sustainable Water Technology"),
  O("Noordwater Technologies B.V."), O("NHL Stenden Hogeschool"), O("Vitens Innovatie B.V."),
  O("Postma & Van Dijk Accountants"), O("Feenstra Bakker Advocaten"), O("AquaSense Sensors B.V."), O("Provincie Fryslân"),
  O("Bosma Installatietechniek B.V."), O("Coöperatie Waterland U.A."),
  O("Nederlandse Vereniging van Clusterorganisaties", "NVCO"), O("Jongsma Pompen B.V."), O("Friesland College"),
  O("Regionale Ontwikkelingsmaatschappij voor Noord-Nederland", "NOM")],
 [E("Algemene Ledenvergadering 2037", "2037-04-17", None, "Leeuwarden", "Netherlands"),
  E("Water Innovation Summit", "2036"),
  E("Fryske Wetterpriis", "2037-04-17", None, "Leeuwarden", "Netherlands"),
  E("netwerkborrel", "2037-04-17", None, "Leeuwarden", "Netherlands"),
  E("volgende ALV", "2038-04-23"),
  E("Zomercongres Watertechnologie", "2037-06-25", None, "Harlingen", "Netherlands")],
 ["2037-04-24", "2037-04-17", "2036", "2037", "2037-05-01", "2040", "2028", "2031", "2038", "2038/2042", "2038-04-23", "2037-06-25"],
 ["Het jaarverslag en de jaarrekening 2036 worden vastgesteld en het bestuur krijgt decharge",
  "De begroting 2037 wordt vastgesteld, met een contributieverhoging van 3 procent",
  "Het cluster sluit zich aan bij de Nederlandse Vereniging van Clusterorganisaties (NVCO)",
  "Het bestuur stelt vóór de ALV van 2038 een nieuw meerjarenplan 2038–2042 op, samen met de leden",
  "Er komt een werkgroep 'water en landbouw' onder voorzitterschap van Tjeerd de Haan"],
 pub="2037-04-24")
