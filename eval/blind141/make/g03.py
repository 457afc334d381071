from h import *
F = 'g03_overijssel_ledennieuws.md'
assert wd(2036,10,4)=='Saturday' and wd(2036,9,11)=='Thursday' and wd(2036,9,25)=='Thursday' and wd(2036,10,9)=='Thursday' and wd(2036,10,14)=='Tuesday' and wd(2036,10,15)=='Wednesday'
T = """[Home](/) · [Over ons](/over-ons) · [Leden](/leden) · [Agenda](/agenda) · [Nieuws](/nieuws) · [Contact](/contact) · EN

# Ledennieuws september 2036

*Gepubliceerd op 29 september 2036 door Femke ter Haar · Leestijd 5 minuten*

Deze maand in het ledennieuws van **Kunststof Cluster Oost (KCO)**: een nieuwe voorzitter, een drukbezochte ledenbijeenkomst in Deventer, nieuws van zeven leden en de agenda voor het najaar.

---

## Nieuwe voorzitter gekozen

Tijdens de algemene ledenvergadering van donderdag 11 september 2036 in Zwolle is **Ruud van den Berg-Kamphuis** gekozen tot voorzitter van Kunststof Cluster Oost. Van den Berg-Kamphuis is algemeen directeur van Rotovorm Hardenberg B.V. en zat sinds 2033 in het bestuur. Hij volgt Ingrid Wolters op, die de cluster van 2029 tot 2036 leidde en nu lid wordt van de Raad van Advies.

De vergadering stemde ook in met de jaarrekening 2035 en met een verhoging van de contributie met 4 procent. Penningmeester Jeroen Nijhuis (Nijhuis Extrusie B.V., Almelo) lichtte toe dat de reserve weer op het gewenste niveau is.

> "Wij zijn klein genoeg om elkaar te kennen en groot genoeg om in Den Haag en Brussel gehoord te worden." – Ruud van den Berg-Kamphuis

## Ledenbijeenkomst bij Saxion: recyclaat in de praktijk

Op donderdag 25 september kwamen 61 deelnemers naar de ledenbijeenkomst bij Saxion Hogeschool in Deventer. Lector Kunststoftechnologie dr. ir. Maarten Jansen-Ottink liet zien waar gerecyclede kunststoffen in technische toepassingen nog tekortschieten. Daarna vertelde Sanne Pieterse, duurzaamheidsmanager bij Wavin in Hardenberg, hoe haar bedrijf het aandeel recyclaat in rioolbuizen heeft verhoogd.

De belangrijkste lessen van de middag:

1. Begin met één product en één stroom recyclaat, niet met het hele assortiment
2. Maak afspraken met de afvalverwerker over vaste kwaliteit, liefst voor meerdere jaren
3. Deel testresultaten binnen de cluster; iedereen loopt tegen dezelfde vragen aan

[Lees het volledige verslag »](/nieuws/ledenbijeenkomst-saxion)

## Nieuws van de leden

- **Rotovorm Hardenberg B.V.** investeert 3,2 miljoen euro in een nieuwe rotatiegietmachine.
- **Nijhuis Extrusie B.V.** viert het 50-jarig bestaan met een open dag op zaterdag 4 oktober 2036.
- **Polymer Science Park** in Zwolle heeft een nieuwe directeur: Hanneke Lubbers-Mulder, eerder werkzaam bij TNO.
- **Oost NL**, de regionale ontwikkelingsmaatschappij, opent een nieuw loket voor circulaire maakbedrijven.
- **Universiteit Twente** en KCO starten een gezamenlijke leerstoel voor polymeerverwerking.
- De **Provincie Overijssel** verlengt de subsidieregeling voor circulaire kunststoffen tot en met 2038.
- Nieuw lid: **Vechtdal Verpakkingen B.V.** uit Ommen.

## Agenda najaar 2036

| Datum | Activiteit | Locatie |
|---|---|---|
| do 9 oktober 2036 | Themamiddag *Ontwerpen voor recycling* | Polymer Science Park, Zwolle |
| 14–15 oktober 2036 | Bedrijfsbezoek en matchmaking met Kunststoff-Netzwerk Franken | Bayreuth (Duitsland) |
| 20 november 2036 | Kunststofdag Oost 2036 | Deventer |
| december 2036 | Eindejaarsborrel | Zwolle |

De busreis naar Bayreuth vertrekt dinsdag 14 oktober om 6.00 uur vanaf Zwolle; op woensdag 15 oktober volgt de matchmaking met Duitse leden van het netwerk. Aanmelden kan tot 3 oktober. De reis wordt mede georganiseerd door de Duitse partner; leden betalen alleen de bus en één overnachting. Vragen over het programma kun je stellen aan het secretariaat.

Eerdere edities van de Kunststofdag Oost trokken steeds meer bezoekers: de Kunststofdag Oost 2034 in Enschede (210 deelnemers) en de Kunststofdag Oost 2035 in Hengelo (265 deelnemers).

---

**Kunststof Cluster Oost** · Hanzelaan 00, 8017 Zwolle · info@kco.example.nl
Contactpersoon ledenzaken: Femke ter Haar, communicatieadviseur · 038 000 00 00

Je ontvangt dit bericht omdat je lid bent van KCO. [Afmelden](#) · [Privacyverklaring](#)
"""
write(F, T)
K="Kunststof Cluster Oost"
gold(F,
 [P("Femke ter Haar","communicatieadviseur",K),
  P("Ruud van den Berg-Kamphuis","voorzitter",K),
  P("Ingrid Wolters","lid",K),
  P("Jeroen Nijhuis","Penningmeester",K),
  P("Maarten Jansen-Ottink","Lector Kunststoftechnologie","Saxion Hogeschool"),
  P("Sanne Pieterse","duurzaamheidsmanager","Wavin"),
  P("Hanneke Lubbers-Mulder","directeur","Polymer Science Park")],
 [O(K,"KCO"), O("Rotovorm Hardenberg B.V."), O("Nijhuis Extrusie B.V."), O("Saxion Hogeschool"), O("Wavin"),
  O("Polymer Science Park"), O("TNO"), O("Oost NL"), O("Universiteit Twente"), O("Provincie Overijssel"),
  O("Vechtdal Verpakkingen B.V."), O("Kunststoff-Netzwerk Franken")],
 [E("algemene ledenvergadering","2036-09-11",None,"Zwolle","Netherlands"),
  E("ledenbijeenkomst","2036-09-25",None,"Deventer","Netherlands"),
  E("open dag","2036-10-04",None,None,None),
  E("Ontwerpen voor recycling","2036-10-09",None,"Zwolle","Netherlands"),
  E("Bedrijfsbezoek en matchmaking met Kunststoff-Netzwerk Franken","2036-10-14","2036-10-15","Bayreuth","Germany"),
  E("matchmaking","2036-10-15",None,"Bayreuth","Germany"),
  E("Kunststofdag Oost 2036","2036-11-20",None,"Deventer","Netherlands"),
  E("Eindejaarsborrel","2036-12",None,"Zwolle","Netherlands"),
  E("Kunststofdag Oost 2034","2034",None,"Enschede","Netherlands"),
  E("Kunststofdag Oost 2035","2035",None,"Hengelo","Netherlands")],
 ["2036-09","2036-09-29","2036-09-11","2033","2029/2036","2036-09-25","2036-10-04","2038","2036","2036-10-09","2036-10-14/2036-10-15",
  "2036-11-20","2036-12","2036-10-14","2036-10-15","2036-10-03"],
 ["Begin met één product en één stroom recyclaat, niet met het hele assortiment",
  "Maak afspraken met de afvalverwerker over vaste kwaliteit, liefst voor meerdere jaren",
  "Deel testresultaten binnen de cluster; iedereen loopt tegen dezelfde vragen aan"],
 pub="2036-09-29")
