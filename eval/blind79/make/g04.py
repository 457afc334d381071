from h import *
F = 'g04_westfriese_paviljoen_maritime_industry.md'
T = f"""# Westfries Paviljoen op Maritime Industry 2036: zestien bedrijven onder één dak

*Nieuwsbericht · Maritiem Cluster West-Friesland · 3 april 2036 · leestijd 4 minuten*

[Home](/) > [Nieuws](/nieuws) > Westfries Paviljoen 2036

Van {w(2036,5,20,'nl')} 20 tot en met {w(2036,5,22,'nl')} 22 mei 2036 staat het Maritiem Cluster West-Friesland (MCWF) opnieuw met een gezamenlijke stand op Maritime Industry in de Evenementenhal Gorinchem. Het Westfries Paviljoen vindt u in **Hal 2, standnummer 2.118**, direct naast de hoofdingang van de hal. Het is de vijfde keer dat het cluster met een paviljoen naar de vakbeurs gaat; in 2034 trok de stand ruim 1.400 bezoekers.

„Voor een kleine werf of een toeleverancier uit Enkhuizen of Medemblik is een eigen stand van drie dagen een flinke investering," zegt clustermanager Marieke van 't Hof. „Samen maken we een stand die opvalt, delen we de kosten en nemen we elkaar mee in gesprekken. Dat werkt: vorig jaar kwamen er vanuit het paviljoen elf nieuwe opdrachten."

Het paviljoen wordt mede mogelijk gemaakt door de Provincie Noord-Holland en het Ontwikkelingsbedrijf Noord-Holland Noord (NHN). Ook de Kamer van Koophandel en Netherlands Maritime Technology (NMT) denken mee over het programma.

## Deelnemers aan het Westfries Paviljoen

De volgende bedrijven en organisaties staan dit jaar op het paviljoen:

- Scheepswerf De Kogge B.V., Enkhuizen – nieuwbouw en refit van rondvaart- en passagiersschepen
- Zijlstra Jachtbouw B.V., Medemblik – aluminium werkboten tot 24 meter
- Hoogland Scheepselektro, Andijk – elektrische en hybride aandrijvingen
- Kroon Maritieme Interieurs B.V., Hoorn – interieurbouw voor jachten en cruiseschepen
- Van der Meer Hydrauliek B.V., Wervershoof – hydraulische dekwerktuigen
- Marine Composites Noord B.V., Stede Broec – composiet rompen en onderdelen
- Scheepvaartbedrijf Wierdijk v.o.f., Enkhuizen – charter en bemanning
- Regionaal Opleidingscentrum Horizon College – maritieme opleidingen niveau 2 tot 4
- Hogeschool Inholland, lectoraat Maritieme Innovatie
- Maritiem Cluster West-Friesland – informatie over lidmaatschap en projecten

Zes andere leden delen een gezamenlijke balie en zijn niet met een eigen wand aanwezig.

## Programma op de stand

Op de stand is er elke dag een kort programma. Aanmelden is niet nodig, maar de zitplaatsen zijn beperkt.

**{w(2036,5,20,'nl').capitalize()} 20 mei**
- 11.00 uur – Officiële opening van het paviljoen door gedeputeerde Economie Jan-Willem de Boer (Provincie Noord-Holland)
- 14.00 uur – Pitchsessie „Elektrisch varen op het IJsselmeer", met ir. Femke Hoogland-Visser, directeur van Hoogland Scheepselektro, en Bas Kroon (Kroon Maritieme Interieurs B.V.)
- 16.30 uur – Westfriese borrel op de stand voor klanten en relaties

**{w(2036,5,21,'nl').capitalize()} 21 mei**
- 10.30 uur – Studentenontbijt: studenten van Horizon College ontmoeten werkgevers
- 13.00 uur – Presentatie van het onderzoek „Werven in 2040" door dr. Sjoerd Klaver, lector Maritieme Innovatie bij Hogeschool Inholland
- 15.00 uur – Ondertekening van de samenwerkingsovereenkomst tussen het cluster en het Fryske Maritiem Netwurk, met voorzitter Sietse Zijlstra

**{w(2036,5,22,'nl').capitalize()} 22 mei**
- 11.00 uur – Ronde tafel met inkopers van Rijkswaterstaat en gemeentelijke havenbedrijven, onder leiding van mevrouw Van der Meer (Van der Meer Hydrauliek B.V.)
- 14.00 uur – Afsluiting en trekking van de winnaar van de standquiz

## Bezoek en tickets

Maritime Industry is geopend van 10.00 tot 17.00 uur; op {w(2036,5,21,'nl')} tot 21.00 uur. Leden van het cluster kunnen gratis toegangskaarten aanvragen tot 13 mei 2036 via het secretariaat. Wie een afspraak op de stand wil maken met een van de deelnemers, kan dat doen via de afsprakenplanner op de website van de beurs.

Wilt u in 2037 ook met het paviljoen mee? De inschrijving voor de volgende editie opent op 1 oktober 2036. Het aantal plaatsen is beperkt tot zestien.

**Meer informatie**
Marieke van 't Hof, clustermanager Maritiem Cluster West-Friesland
E-mail: info@mcwf.example.nl · Telefoon: 0228 000 000

*Foto boven: het Westfries Paviljoen tijdens Maritime Industry 2034. Foto: Dirk-Jan Schagen.*

Deel dit bericht: [LinkedIn](#) · [X](#) · [E-mail](#)

---
© 2036 Maritiem Cluster West-Friesland · [Privacyverklaring](#) · [Cookies](#) · [Nieuwsbrief](#)
"""
write(F, T)
gold(F,
 [P("Marieke van 't Hof", "clustermanager", "Maritiem Cluster West-Friesland"),
  P("Jan-Willem de Boer", "gedeputeerde Economie", "Provincie Noord-Holland"),
  P("Femke Hoogland-Visser", "directeur", "Hoogland Scheepselektro"),
  P("Bas Kroon", None, "Kroon Maritieme Interieurs B.V."),
  P("Sjoerd Klaver", "lector Maritieme Innovatie", "Hogeschool Inholland"),
  P("Sietse Zijlstra", "voorzitter", "Fryske Maritiem Netwurk"),
  P("Van der Meer", None, "Van der Meer Hydrauliek B.V."),
  P("Dirk-Jan Schagen", None, None)],
 [O("Maritiem Cluster West-Friesland", "MCWF"), O("Provincie Noord-Holland"), O("Ontwikkelingsbedrijf Noord-Holland Noord", "NHN"),
  O("Kamer van Koophandel"), O("Netherlands Maritime Technology", "NMT"), O("Scheepswerf De Kogge B.V."),
  O("Zijlstra Jachtbouw B.V."), O("Hoogland Scheepselektro"), O("Kroon Maritieme Interieurs B.V."),
  O("Van der Meer Hydrauliek B.V."), O("Marine Composites Noord B.V."), O("Scheepvaartbedrijf Wierdijk v.o.f."),
  O("Regionaal Opleidingscentrum Horizon College", "Horizon College"), O("Hogeschool Inholland"), O("Fryske Maritiem Netwurk"),
  O("Rijkswaterstaat"), ],
 [E("Maritime Industry 2036", "2036-05-20", "2036-05-22", "Gorinchem", "Netherlands"),
  E("Officiële opening van het paviljoen", "2036-05-20", None, "Gorinchem", "Netherlands"),
  E("Pitchsessie „Elektrisch varen op het IJsselmeer\"", "2036-05-20", None, "Gorinchem", "Netherlands"),
  E("Westfriese borrel", "2036-05-20", None, "Gorinchem", "Netherlands"),
  E("Studentenontbijt", "2036-05-21", None, "Gorinchem", "Netherlands"),
  E("Presentatie van het onderzoek „Werven in 2040\"", "2036-05-21", None, "Gorinchem", "Netherlands"),
  E("Ondertekening van de samenwerkingsovereenkomst", "2036-05-21", None, "Gorinchem", "Netherlands"),
  E("Ronde tafel met inkopers van Rijkswaterstaat en gemeentelijke havenbedrijven", "2036-05-22", None, "Gorinchem", "Netherlands"),
  E("Maritime Industry 2034", "2034", None, None, None)],
 ["2036-04-03", "2036-05-20/2036-05-22", "2036-05-20", "2036-05-21", "2036-05-22", "2034", "2036-05-13", "2037", "2036-10-01"],
 [], pub="2036-04-03")
