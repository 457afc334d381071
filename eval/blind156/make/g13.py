from h import *
F = 'g13_parkstad_circulair_bouwen_nieuwsbrief.txt'
assert wd(2040,9,10)=='Monday' and wd(2040,9,24)=='Monday' and wd(2040,10,9)=='Tuesday' and wd(2040,10,15)=='Monday' and wd(2040,11,5)=='Monday' and wd(2040,11,6)=='Tuesday' and wd(2040,8,28)=='Tuesday'
T = """Nieuwsbrief Cluster Circulair Bouwen Limburg
September 2040 | editie 22

Bekijk deze e-mail in je browser | Doorsturen naar een collega

------------------------------------------------------------
VOORWOORD
------------------------------------------------------------
Beste leden en partners,

Na de zomer gaan we meteen flink aan de slag. In deze nieuwsbrief lees je wat de ledenvergadering heeft besloten, hoe het werkbezoek aan Aken verliep en tot wanneer je kunt inschrijven voor de tweede ronde van de Materialenbank-regeling. Ook kijken we vooruit naar de Bouwcirkeldagen in november.

Met vriendelijke groet,
ir. Mieke Ramakers-Pluijmen
directeur Cluster Circulair Bouwen Limburg

------------------------------------------------------------
1. LEDENVERGADERING: NIEUW BESTUUR EN HOGERE AMBITIE
------------------------------------------------------------
Op dinsdag 28 augustus 2040 vond in Heerlen de algemene ledenvergadering van de Coöperatie Cluster Circulair Bouwen Limburg U.A. (CCBL) plaats. Aanwezig waren 44 van de 60 leden. De vergadering stelde de jaarrekening 2039 vast en koos een nieuw bestuur voor de periode 2040–2043.

Voorzitter: Jos van den Heuvel (Bouwbedrijf Janssen de Jong Limburg)
Vicevoorzitter: drs. Femke Lemmens (Woningstichting Weller)
Penningmeester: Ruud Schaepkens (Rabobank Zuid-Limburg Oost)
Secretaris: dr. Anouk Hermans-Dols (Zuyd Hogeschool, lectoraat Circulaire Bouweconomie)

De leden stemden in met een nieuwe ambitie: in 2030 moest al 30 procent van de bouwmaterialen in Parkstad hergebruikt zijn; dat doel is in 2039 gehaald. Het nieuwe doel is 60 procent in 2045. Vertrekkend voorzitter Harrie Vluggen werd benoemd tot erelid.

------------------------------------------------------------
2. WERKBEZOEK AAN AKEN
------------------------------------------------------------
Op maandag 10 september 2040 bezocht een groep van vijftien leden de regio Aken. Gastheer was de Duitse partner Bauforum Aachen e.V. In de ochtend stond een rondleiding op het programma bij het sloop- en recyclingbedrijf Recycling Nievelstein GmbH in Herzogenrath; 's middags volgde een gesprek met onderzoekers van de RWTH Aachen over materiaalpaspoorten.

De belangrijkste conclusies van de deelnemers:
• Duitse regels voor hergebruikt beton zijn strenger, maar ook duidelijker dan de Nederlandse
• Een gezamenlijke grensoverschrijdende materialenbank is haalbaar als beide kanten hetzelfde paspoort gebruiken
• Kleine aannemers hebben behoefte aan een vaste contactpersoon over de grens

------------------------------------------------------------
3. MATERIALENBANK-REGELING: TWEEDE RONDE
------------------------------------------------------------
Heb je als mkb-bouwbedrijf herbruikbare materialen over of zoek je ze juist? Met de Materialenbank-regeling krijg je tot 5.000 euro subsidie voor opslag, keuring en transport. De regeling wordt betaald door de Provincie Limburg en de gemeente Heerlen en uitgevoerd door LIOF.

Inschrijven kan tot en met maandag 15 oktober 2040, 12.00 uur. Op maandag 24 september 2040 is er een informatiebijeenkomst in het gebouw van de Open Universiteit in Heerlen (15.30–17.00 uur, aansluitend een borrel). Vragen? Neem contact op met Sven Coenen, projectleider bij CCBL.

------------------------------------------------------------
4. BOUWCIRKELDAGEN 2040
------------------------------------------------------------
De vierde Bouwcirkeldagen vinden plaats op maandag 5 en dinsdag 6 november 2040 in Kerkrade. Op maandag is er een congres met als hoofdspreker Bram Douven van Rijkswaterstaat, op dinsdag volgen bedrijfsbezoeken in Landgraaf en Brunssum. De inschrijving opent op dinsdag 9 oktober.

Eerdere edities:
2039 – Heerlen, 7 en 8 november
2038 – Sittard-Geleen, 15 november
2037 – Heerlen, 9 november

------------------------------------------------------------
5. KORT NIEUWS
------------------------------------------------------------
- Welkom aan onze nieuwe leden: Sloopbedrijf Vinken uit Kerkrade, architectenbureau Wiel Arets Studio en de gemeente Voerendaal.
- Onze collega Lotte Wijnen (communicatie) is met zwangerschapsverlof tot en met januari 2041. Tijdelijke vervanger: Daan Paulissen.
- Het Europese project over circulaire renovatie waarin CCBL partner is, gaat in 2041 een tweede fase in.

------------------------------------------------------------
Cluster Circulair Bouwen Limburg | Akerstraat 80, 6411 HB Heerlen | info@ccbl.example.nl
Je ontvangt deze nieuwsbrief omdat je lid of partner bent. Afmelden
"""
write(F, T)
C = "Coöperatie Cluster Circulair Bouwen Limburg U.A."
gold(F,
 [P("Mieke Ramakers-Pluijmen", "directeur", "Cluster Circulair Bouwen Limburg"),
  P("Jos van den Heuvel", "Voorzitter", C),
  P("Femke Lemmens", "Vicevoorzitter", C),
  P("Ruud Schaepkens", "Penningmeester", C),
  P("Anouk Hermans-Dols", "Secretaris", C),
  P("Harrie Vluggen", "voorzitter", C),
  P("Sven Coenen", "projectleider", "CCBL"),
  P("Bram Douven", "hoofdspreker", "Rijkswaterstaat"),
  P("Lotte Wijnen", "communicatie", "CCBL"),
  P("Daan Paulissen", "Tijdelijke vervanger", None)],
 [O(C, "CCBL"), O("Bouwbedrijf Janssen de Jong Limburg"), O("Woningstichting Weller"), O("Rabobank Zuid-Limburg Oost"),
  O("Zuyd Hogeschool"), O("lectoraat Circulaire Bouweconomie"), O("Bauforum Aachen e.V."), O("Recycling Nievelstein GmbH"),
  O("RWTH Aachen"), O("Provincie Limburg"), O("gemeente Heerlen"), O("LIOF"), O("Open Universiteit"), O("Rijkswaterstaat"),
  O("Sloopbedrijf Vinken"), O("Wiel Arets Studio"), O("gemeente Voerendaal")],
 [E("algemene ledenvergadering", "2040-08-28", None, "Heerlen", "Netherlands"),
  E("WERKBEZOEK AAN AKEN", "2040-09-10", None, "Aken", "Germany"),
  E("rondleiding", "2040-09-10", None, "Herzogenrath", "Germany"),
  E("gesprek met onderzoekers van de RWTH Aachen", "2040-09-10", None, None, "Germany"),
  E("informatiebijeenkomst", "2040-09-24", None, "Heerlen", "Netherlands"),
  E("borrel", "2040-09-24", None, "Heerlen", "Netherlands"),
  E("Bouwcirkeldagen 2040", "2040-11-05", "2040-11-06", "Kerkrade", "Netherlands"),
  E("congres", "2040-11-05", None, "Kerkrade", "Netherlands"),
  E("bedrijfsbezoeken", "2040-11-06", None, "Landgraaf, Brunssum", "Netherlands"),
  E("Bouwcirkeldagen", "2039-11-07", "2039-11-08", "Heerlen", "Netherlands"),
  E("Bouwcirkeldagen", "2038-11-15", None, "Sittard-Geleen", "Netherlands"),
  E("Bouwcirkeldagen", "2037-11-09", None, "Heerlen", "Netherlands")],
 ["2040-09", "2040-08-28", "2039", "2040/2043", "2030", "2045", "2040-09-10", "2040-10-15", "2040-09-24",
  "2040-11-05/2040-11-06", "2040-10-09", "2039-11-07/2039-11-08", "2038-11-15", "2037-11-09", "2041-01", "2041", "2040-11"],
 ["Duitse regels voor hergebruikt beton zijn strenger, maar ook duidelijker dan de Nederlandse",
  "Een gezamenlijke grensoverschrijdende materialenbank is haalbaar als beide kanten hetzelfde paspoort gebruiken",
  "Kleine aannemers hebben behoefte aan een vaste contactpersoon over de grens"])
