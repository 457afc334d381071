from h import *
F = 'g02_achterhoek_clusternieuws.txt'
assert wd(2036,9,11)=='Thursday' and wd(2036,10,2)=='Thursday' and wd(2036,10,21)=='Tuesday' and wd(2036,11,13)=='Thursday'
T = """Clusternieuws Maakindustrie Achterhoek | nr. 7 | september 2036
Bekijk deze e-mail in je browser | Doorsturen naar een collega

-------------------------------------------------------------
IN DIT NUMMER
- Rondetafel over technisch personeel in Winterswijk
- Nieuwe leden
- Werkbezoek aan Kleve
- Agenda najaar 2036
-------------------------------------------------------------

Beste clusterleden,

Na een rustige zomer gaat het cluster weer op volle snelheid verder. In dit nummer vind je een verslag van de rondetafel van 11 september, het nieuws van onze leden en de agenda tot de kerst. Veel leesplezier!

Met vriendelijke groet,
Marloes ter Haar-Wolters
clustermanager, Stichting Maakindustrie Achterhoek

=============================================================
RONDETAFEL: WIE BOUWT ONZE MACHINES IN 2040?
=============================================================

Op donderdag 11 september 2036 kwamen 28 ondernemers, docenten en beleidsmakers bijeen in de kantine van Hoveling Metaalbewerking B.V. in Winterswijk voor een rondetafel over het tekort aan technisch personeel. De bijeenkomst werd georganiseerd samen met het Graafschap College en de Regio Achterhoek.

Wethouder economie van de gemeente Winterswijk, Henk-Jan Klein Gunnewiek, opende de middag met cijfers: in de regio staan ruim 1.400 technische vacatures open, terwijl het aantal mbo-studenten techniek sinds 2031 met een kwart is gedaald. Daarna schetste Ayşe Yıldırım, directeur van Hoveling Metaalbewerking, hoe haar bedrijf zelf lasser-monteurs opleidt in een eigen leerwerkplaats.

Conclusies van de rondetafel
1. Bedrijven moeten hun vakmensen vaker inzetten als gastdocent; het Graafschap College faciliteert dat met een flexibel contract
2. Een gezamenlijke leerwerkplaats voor kleine bedrijven is kansrijker dan tien eigen opleidingen
3. Het cluster moet de regionale vacatures bundelen op één platform, ook voor werkzoekenden uit Duitsland
4. Zij-instromers hebben behoefte aan een praktijkgerichte omscholing van maximaal zes maanden

De conclusies worden op 2 oktober besproken in het bestuur van de stichting.

=============================================================
NIEUWE LEDEN
=============================================================

Het cluster verwelkomt deze maand drie nieuwe leden: Van der Sluis Lasertechniek uit Lichtenvoorde, het ingenieursbureau Engineering Oost B.V. uit Doetinchem en de Rabobank Noord- en Oost-Achterhoek. Daarmee telt het cluster 97 leden.

=============================================================
WERKBEZOEK AAN KLEVE
=============================================================

Van 21 oktober tot en met 22 oktober 2036 brengt een delegatie van het cluster een werkbezoek aan Kleve en Emmerich am Rhein. Het programma wordt opgezet met de Wirtschaftsförderung Kreis Kleve GmbH en de Euregio Rijn-Waal. Op dinsdag 21 oktober staat een bezoek aan de Hochschule Rhein-Waal op het programma, met een presentatie van prof. dr. Katrin Ohlendorf over robotica in het mkb. 's Avonds is er een gezamenlijk diner met Duitse ondernemers. Woensdag volgen bedrijfsbezoeken in Emmerich. Aanmelden kan tot 10 oktober bij Sven Oude Luttikhuis, projectleider internationaal (s.oudeluttikhuis@maakindustrie-achterhoek.example.nl).

=============================================================
AGENDA NAJAAR 2036
=============================================================

2 oktober 2036 - bestuursvergadering Stichting Maakindustrie Achterhoek (besloten)
21-22 oktober 2036 - werkbezoek Kleve en Emmerich am Rhein
13 november 2036 - Achterhoekse Techniekdag, Doetinchem, Amphion - voor leerlingen van groep 8 en het voortgezet onderwijs; al ruim 60 bedrijven doen mee
4 december 2036 - Jaarcongres Maakindustrie Oost, Hengelo - georganiseerd door Oost NL met het cluster als partner
eind januari 2037 - nieuwjaarsbijeenkomst (datum volgt)

=============================================================
KORT NIEUWS
=============================================================

* Het Achterhoekse cluster is door Oost NL geselecteerd als partner in het programma Smart Industry Hub Oost 2036-2039.
* Bestuurslid Gerrit Nijenhuis (Nijenhuis Gietwerk B.V.) treedt per 1 januari 2037 af. Het bestuur zoekt een opvolger uit de metaalsector.
* De Kamer van Koophandel houdt op donderdag 13 november ook een spreekuur op de Techniekdag.

Je ontvangt deze nieuwsbrief omdat je lid bent van Stichting Maakindustrie Achterhoek.
Afmelden | Privacyverklaring | Stichting Maakindustrie Achterhoek, Terborgseweg 00, 7000 XX Doetinchem
"""
write(F, T)
S = "Stichting Maakindustrie Achterhoek"
gold(F,
 [P("Marloes ter Haar-Wolters","clustermanager",S),
  P("Henk-Jan Klein Gunnewiek","Wethouder economie","gemeente Winterswijk"),
  P("Ayşe Yıldırım","directeur","Hoveling Metaalbewerking B.V."),
  P("Katrin Ohlendorf",None,"Hochschule Rhein-Waal"),
  P("Sven Oude Luttikhuis","projectleider internationaal",S),
  P("Gerrit Nijenhuis","Bestuurslid",S)],
 [O(S), O("Hoveling Metaalbewerking B.V."), O("Graafschap College"), O("Regio Achterhoek"), O("gemeente Winterswijk"),
  O("Van der Sluis Lasertechniek"), O("Engineering Oost B.V."), O("Rabobank Noord- en Oost-Achterhoek"),
  O("Wirtschaftsförderung Kreis Kleve GmbH"), O("Euregio Rijn-Waal"), O("Hochschule Rhein-Waal"), O("Oost NL"),
  O("Nijenhuis Gietwerk B.V."), O("Kamer van Koophandel")],
 [E("Rondetafel over technisch personeel","2036-09-11",None,"Winterswijk","Netherlands"),
  E("bestuursvergadering Stichting Maakindustrie Achterhoek","2036-10-02",None,None,None),
  E("werkbezoek aan Kleve","2036-10-21","2036-10-22","Kleve, Emmerich am Rhein","Germany"),
  E("bezoek aan de Hochschule Rhein-Waal","2036-10-21",None,None,"Germany"),
  E("gezamenlijk diner","2036-10-21",None,None,"Germany"),
  E("bedrijfsbezoeken","2036-10-22",None,"Emmerich","Germany"),
  E("Achterhoekse Techniekdag","2036-11-13",None,"Doetinchem","Netherlands"),
  E("Jaarcongres Maakindustrie Oost","2036-12-04",None,"Hengelo","Netherlands"),
  E("nieuwjaarsbijeenkomst","2037-01",None,None,None),
  E("spreekuur","2036-11-13",None,"Doetinchem","Netherlands")],
 ["2036-09","2036","2036-09-11","2031","2036-10-02","2036-10-21/2036-10-22","2036-10-21","2036-10-22","2036-10-10",
  "2036-11-13","2036-12-04","2037-01","2036/2039","2037-01-01"],
 ["Bedrijven moeten hun vakmensen vaker inzetten als gastdocent; het Graafschap College faciliteert dat met een flexibel contract",
  "Een gezamenlijke leerwerkplaats voor kleine bedrijven is kansrijker dan tien eigen opleidingen",
  "Het cluster moet de regionale vacatures bundelen op één platform, ook voor werkzoekenden uit Duitsland",
  "Zij-instromers hebben behoefte aan een praktijkgerichte omscholing van maximaal zes maanden"],
 pub="2036-09")
