from h import *
F = 'g12_kampen_maritiem_cluster_ons_team.md'
assert wd(2036,9,26)=='Friday' and wd(2036,10,9)=='Thursday' and wd(2036,11,18)=='Tuesday' and wd(2036,6,12)=='Thursday'
T = """[Home](/) | [Over ons](/over-ons) | [**Ons team**](/team) | [Leden](/leden) | [Projecten](/projecten) | [Agenda](/agenda) | [Nieuws](/nieuws) | [Lid worden](/lid-worden)

# Ons team

*Maritiem Cluster IJsseldelta – scheepsbouw, watertechniek en binnenvaart tussen Kampen, Zwolle en het Zwarte Water*

Het Maritiem Cluster IJsseldelta (MCIJ) is een vereniging van 58 bedrijven, twee onderwijsinstellingen en drie gemeenten. Het bureau in Kampen telt zes mensen. Hieronder stellen zij zich voor, samen met het bestuur dat de koers bepaalt.

## Het bureau

**Jan-Willem van der Wal** – directeur
Jan-Willem leidt het cluster sinds 2032. Daarvoor was hij twaalf jaar projectleider bij scheepswerf Van Dijk & Zonen in Genemuiden. Hij is het aanspreekpunt voor provincie, gemeenten en landelijke netwerken zoals Netherlands Maritime Technology.

**Ineke ter Horst** – programmamanager innovatie
Ineke begeleidt de gezamenlijke projecten rond elektrisch varen en waterstof in de binnenvaart, samen met Windesheim en het Deltion College.

**Gerrit ten Brinke** – accountmanager leden
Gerrit kent elke werf, elk installatiebedrijf en elk ingenieursbureau in de regio. Heeft u een vraag, bel Gerrit.

**Fatima el Idrissi** – projectmedewerker arbeidsmarkt *(nieuw)*
Fatima is op 1 september 2036 begonnen. Zij komt van het UWV in Zwolle en gaat het leerwerkplekkenplan voor lassers en scheepsbouwkundigen uitvoeren.

**Sanne de Boer-Kamphuis** – communicatie en evenementen
Nieuwsbrief, website, beurzen en de jaarlijkse Werfdag.

**Bram Ruitenberg** – office manager (maandag tot en met donderdag)

## Het bestuur

Het bestuur is gekozen door de algemene ledenvergadering van 12 juni 2036 en zit voor de periode 2036-2039:

- voorzitter: Hendrika (Rieke) Oosterveld, algemeen directeur Oosterveld Shipyards B.V., Kampen
- vicevoorzitter: Marco Schuttenbeld, Schuttenbeld Watertechniek, Hasselt
- penningmeester: Wim de Jonge, Rabobank IJsseldelta
- secretaris: drs. Annelies Veltkamp, wethouder economie van de gemeente Kampen
- algemeen bestuurslid: Karin Bosch, lector maritieme techniek, Windesheim
- algemeen bestuurslid: Erik-Jan Mulder, Mulder Binnenvaart Logistiek, Zwartsluis

## Afscheid

Op vrijdag 26 september 2036 nemen wij afscheid van **Henk Dijkhuis**, die tien jaar lang (2026-2036) secretaris van het bestuur was en de laatste maanden als vrijwilliger nog het ledenbestand bijhield. Henk was in 2026 een van de oprichters van het cluster, samen met Rieke Oosterveld en wijlen Jaap Kok. Wie Henk de hand wil schudden, is welkom vanaf 16.00 uur in de kantine van Oosterveld Shipyards, Buitennieuwstraat, Kampen.

## Werken bij het cluster

Wij zoeken per 1 januari 2037 een projectleider energietransitie (32 uur). Je werkt aan het laadnetwerk voor elektrische binnenvaartschepen langs de IJssel en het Zwarte Water en aan de subsidieaanvragen die daarbij horen. Ervaring met publiek-private samenwerking is een pré; een vaarbewijs niet verplicht, wel leuk. Reageren kan tot en met 10 oktober 2036 via vacatures@mcij.example.nl. Meer weten? Bel Jan-Willem.

Stagiairs van het mbo en hbo zijn altijd welkom om mee te lopen op het bureau of bij een van onze leden. Vraag naar Fatima.

## Kom langs

- donderdag 9 oktober 2036, 19.30 uur – Werfdag: open avond voor scholieren en ouders, verspreid over vijf werven in Kampen en Genemuiden
- dinsdag 18 november 2036, 15.00 uur – algemene ledenvergadering, Stadhuis Kampen, met aansluitend de nieuwjaarsplannen van het bestuur
- 4 december 2036 – bedrijfsbezoek aan de nieuwe elektrische veerpont van Provincie Overijssel in Zwartsluis

Het bureau werkt nauw samen met de Provincie Overijssel, de gemeenten Kampen, Zwartewaterland en Zwolle, de Kamer van Koophandel en het Topsectorbureau Water & Maritiem.

---

Maritiem Cluster IJsseldelta · Haven 11, 8261 Kampen · 038 000 00 00 · info@mcij.example.nl · [Privacyverklaring](/privacy) · Laatst bijgewerkt: 15 september 2036
"""
write(F, T)
C = "Maritiem Cluster IJsseldelta"
gold(F,
 [P("Jan-Willem van der Wal","directeur",C),
  P("Ineke ter Horst","programmamanager innovatie",C),
  P("Gerrit ten Brinke","accountmanager leden",C),
  P("Fatima el Idrissi","projectmedewerker arbeidsmarkt",C),
  P("Sanne de Boer-Kamphuis","communicatie en evenementen",C),
  P("Bram Ruitenberg","office manager",C),
  P("Hendrika (Rieke) Oosterveld","voorzitter",C),
  P("Marco Schuttenbeld","vicevoorzitter",C),
  P("Wim de Jonge","penningmeester",C),
  P("Annelies Veltkamp","secretaris",C),
  P("Karin Bosch","algemeen bestuurslid",C),
  P("Erik-Jan Mulder","algemeen bestuurslid",C),
  P("Henk Dijkhuis","secretaris van het bestuur",C),
  P("Jaap Kok",None,None)],
 [O(C,"MCIJ"), O("Van Dijk & Zonen"), O("Netherlands Maritime Technology"), O("Windesheim"), O("Deltion College"),
  O("UWV"), O("Oosterveld Shipyards B.V."), O("Schuttenbeld Watertechniek"), O("Rabobank IJsseldelta"),
  O("gemeente Kampen"), O("Mulder Binnenvaart Logistiek"), O("Provincie Overijssel"),
  O("Kamer van Koophandel"), O("Topsectorbureau Water & Maritiem")],
 [E("algemene ledenvergadering","2036-06-12",None,None,None),
  E("afscheid van Henk Dijkhuis","2036-09-26",None,"Kampen","Netherlands"),
  E("Werfdag","2036-10-09",None,"Kampen, Genemuiden","Netherlands"),
  E("algemene ledenvergadering","2036-11-18",None,"Kampen","Netherlands"),
  E("bedrijfsbezoek aan de nieuwe elektrische veerpont van Provincie Overijssel","2036-12-04",None,"Zwartsluis","Netherlands")],
 ["2032","2036-09-01","2036-06-12","2036/2039","2036-09-26","2026/2036","2026","2036-10-09","2036-11-18","2036-12-04","2036-09-15","2037-01-01","2036-10-10"],
 [], pub=None)
