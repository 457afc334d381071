import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from h import *
F = 'g06.md'
t = f"""Menu: Home | Over ons | **Stuurgroep** | Partners | Agenda | Nieuws | Contact
_Deze website gebruikt functionele en analytische cookies. [Akkoord] [Instellingen]_

# Stuurgroep Waterstofnetwerk Drenthe

Het Waterstofnetwerk Drenthe (WND) verbindt sinds 2035 bedrijven, kennisinstellingen en overheden die in de provincie werken aan de productie, opslag en toepassing van groene waterstof. De stuurgroep bepaalt de koers van het netwerk, keurt het jaarplan en de begroting goed en beslist over nieuwe deelnemers. De dagelijkse leiding ligt bij het programmabureau, dat is ondergebracht bij de Noordelijke Ontwikkelingsmaatschappij (NOM) in Assen.

_Laatst bijgewerkt: 9 januari 2038_

De stuurgroep bestaat uit bestuurders uit de zogeheten 'gouden driehoek' van overheid, onderwijs en ondernemers. Leden worden voor drie jaar benoemd en zijn eenmaal herbenoembaar. Zij ontvangen geen vergoeding. Deelnemers van het netwerk kunnen via het programmabureau agendapunten aandragen; twee keer per jaar is een deel van de vergadering openbaar. Naast de stuurgroep kent het netwerk drie werkgroepen (Productie en infrastructuur, Mobiliteit, Opleidingen) die elk door een lid van de stuurgroep worden getrokken.

## Leden van de stuurgroep

**Henk-Jan Bosscher** – voorzitter
Gedeputeerde Economie en Energie, Provincie Drenthe

**Ingrid Lubbers-Timmer** – vicevoorzitter
Directeur Bedrijfsontwikkeling, Gasunie Transport Services B.V.

**prof. dr. Wouter Hazenberg**
Lector Energietransitie, NHL Stenden Hogeschool, vestiging Emmen

**Marleen Wolters**
Wethouder Economische Zaken, gemeente Emmen

**Sander Eising**
Algemeen directeur, Emmtec Industry & Business Park B.V.

**Fatima El Idrissi**
Programmamanager Waterstof, Rijksuniversiteit Groningen

**Geert Strijker**
Voorzitter, VNO-NCW Noord, regio Drenthe

**Ruud Kamphuis** – adviserend lid
Senior adviseur, Rijksdienst voor Ondernemend Nederland (RVO)

Secretaris van de stuurgroep is **Jolanda Meijering**, programmamanager van het WND (NOM).

## Wisselingen in 2037

Op de stuurgroepvergadering van {day(2037,12,11,'nl')} 11 december 2037 in het provinciehuis in Assen is afscheid genomen van **Albert Nijenhuis**, die als gedeputeerde de stuurgroep sinds de oprichting voorzat. Hij is per 1 januari 2038 benoemd tot burgemeester van Coevorden. Henk-Jan Bosscher neemt het voorzitterschap over. Ook **Tineke Veenstra** (Emmtec) heeft de stuurgroep verlaten; zij is opgevolgd door Sander Eising.

In zijn afscheidswoord blikte Nijenhuis terug op de eerste jaren: de bouw van de 20 MW-elektrolyser in Emmen, de waterstoftankstations in Assen en Hoogeveen en de Waterstofdeal Noord-Nederland die in 2036 werd ondertekend door 31 partijen.

## Besluiten van de stuurgroep van 11 december 2037

- Het jaarplan 2038 en de begroting van € 1,4 miljoen worden vastgesteld.
- De werkgroep Opleidingen wordt omgezet in een vast programma met het Drenthe College en NHL Stenden.
- Het netwerk sluit zich aan bij het Europese Hydrogen Valleys-partnerschap.
- Nieuwe deelnemers vanaf 2038: Bolder Waterstofopslag B.V., Transportbedrijf Hartlief Hoogeveen B.V. en Coöperatie Drentse Energie U.A.

## Vergaderschema 2038

| Datum | Plaats | Hoofdonderwerp |
|---|---|---|
| {day(2038,3,5,'nl')} 5 maart 2038 | Assen, provinciehuis | Voortgang elektrolyser fase 2 |
| {day(2038,6,18,'nl')} 18 juni 2038 | Emmen, Emmtec | Werkbezoek en veiligheidsregels |
| {day(2038,10,1,'nl')} 1 oktober 2038 | Hoogeveen | Waterstof in de logistiek |
| {day(2038,12,10,'nl')} 10 december 2038 | Assen | Jaarplan 2039 |

De stuurgroep vergadert van 14.00 tot 16.30 uur. Verslagen worden binnen vier weken op deze pagina geplaatst.

## Netwerkdag

Alle deelnemers zijn welkom op de **Drentse Waterstofdag** op {day(2038,4,16,'nl')} 16 april 2038 in het Atlas Theater in Emmen (09.30–16.00 uur), met een rondleiding langs de elektrolyser.

---
**Programmabureau Waterstofnetwerk Drenthe**
p/a NOM, Mercuriusweg 4, 9405 BN Assen · 050 555 2800 · waterstof@wnd-drenthe.nl
[LinkedIn](#) · [Nieuwsbrief](#) · [Privacyverklaring](#)
"""
write(F, t)
W = 'Waterstofnetwerk Drenthe'
people = [P('Henk-Jan Bosscher', 'voorzitter', 'Waterstofnetwerk Drenthe'),
 P('Ingrid Lubbers-Timmer', 'vicevoorzitter', 'Waterstofnetwerk Drenthe'),
 P('Wouter Hazenberg', 'Lector Energietransitie', 'NHL Stenden Hogeschool'),
 P('Marleen Wolters', 'Wethouder Economische Zaken', 'gemeente Emmen'),
 P('Sander Eising', 'Algemeen directeur', 'Emmtec Industry & Business Park B.V.'),
 P('Fatima El Idrissi', 'Programmamanager Waterstof', 'Rijksuniversiteit Groningen'),
 P('Geert Strijker', 'Voorzitter', 'VNO-NCW Noord'), P('Ruud Kamphuis', 'Senior adviseur', 'Rijksdienst voor Ondernemend Nederland'),
 P('Jolanda Meijering', 'Secretaris', W), P('Albert Nijenhuis', 'gedeputeerde', 'Provincie Drenthe'),
 P('Tineke Veenstra', None, 'Emmtec')]
orgs = [O(W, 'WND'), O('Noordelijke Ontwikkelingsmaatschappij', 'NOM'), O('Provincie Drenthe'),
 O('Gasunie Transport Services B.V.'), O('NHL Stenden Hogeschool'), O('gemeente Emmen'),
 O('Emmtec Industry & Business Park B.V.'), O('Rijksuniversiteit Groningen'), O('VNO-NCW Noord'),
 O('Rijksdienst voor Ondernemend Nederland', 'RVO'), O('Drenthe College'), O('Hydrogen Valleys-partnerschap'),
 O('Bolder Waterstofopslag B.V.'), O('Transportbedrijf Hartlief Hoogeveen B.V.'), O('Coöperatie Drentse Energie U.A.'),
 O('Programmabureau Waterstofnetwerk Drenthe')]
events = [E('stuurgroepvergadering', '2037-12-11', None, 'Assen', 'Netherlands'),
 E('stuurgroepvergadering', '2038-03-05', None, 'Assen', 'Netherlands'),
 E('stuurgroepvergadering', '2038-06-18', None, 'Emmen', 'Netherlands'),
 E('stuurgroepvergadering', '2038-10-01', None, 'Hoogeveen', 'Netherlands'),
 E('stuurgroepvergadering', '2038-12-10', None, 'Assen', 'Netherlands'),
 E('Drentse Waterstofdag', '2038-04-16', None, 'Emmen', 'Netherlands'),
 E('rondleiding langs de elektrolyser', '2038-04-16', None, 'Emmen', 'Netherlands')]
dates = ['2035', '2038-01-09', '2037', '2037-12-11', '2038-01-01', '2036', '2038', '2038-03-05', '2038-06-18', '2038-10-01', '2038-12-10', '2038-04-16']
km = ['Het jaarplan 2038 en de begroting van € 1,4 miljoen worden vastgesteld',
 'De werkgroep Opleidingen wordt omgezet in een vast programma met het Drenthe College en NHL Stenden',
 'Het netwerk sluit zich aan bij het Europese Hydrogen Valleys-partnerschap',
 'Nieuwe deelnemers vanaf 2038: Bolder Waterstofopslag B.V., Transportbedrijf Hartlief Hoogeveen B.V. en Coöperatie Drentse Energie U.A']
gold(F, people, orgs, events, dates, km, pub='2038-01-09')
