from common import *
fn = "benoemingen-photonics-oost-2033.md"
write_txt(fn, """
# Benoemingen bij PhotonOost: nieuwe Managing Director en uitbreiding van het Supervisory Board

*Geplaatst op 6 juni 2033 door redactie PhotonOost · Leestijd 4 min*

[Home](/) > [Nieuws](/nieuws) > Benoemingen

Het high-tech cluster **PhotonOost**, het netwerk van fotonica- en materiaalbedrijven in Twente en de Achterhoek,
heeft per 1 juli 2033 een nieuwe **Managing Director**. Ir. Femke ter Horst volgt dan Bart Nijhuis op, die na zes jaar
vertrekt om **Chief Technology Officer** te worden bij de chipverpakker LumiPack B.V. in Hengelo.

Ter Horst (44) was de afgelopen vijf jaar **Head of Business Development** bij het nanotechnologie-onderzoeksinstituut
van de Universiteit Twente, het Nanolab Twente, en daarvoor **programme manager** bij Oost NL, de regionale
ontwikkelingsmaatschappij. "Twente heeft alles in huis om een Europese fotonica-regio te worden: kennis,
maakbedrijven en ruimte. Mijn taak is om die drie sneller bij elkaar te brengen," zegt zij.

## Dank aan Bart Nijhuis

Voorzitter van het Supervisory Board **Willemijn van Dijk-Oosterhof** (CEO van Oosterhof Optics B.V.) bedankt Nijhuis
uitgebreid. "Bart heeft PhotonOost in 2027 overgenomen als een clubje van twintig bedrijven. Nu zijn het er 96, en
staan we op de kaart bij FotonicaNed en in Brussel. We zijn hem veel dank verschuldigd en wensen hem veel succes bij
LumiPack."

Nijhuis blijft tot 30 juni 2033 aan en draagt zijn dossiers over, waaronder de aanvraag voor het Europese
Chips JU-pilotlijnproject en het opleidingsprogramma *Licht op Werk* met ROC van Twente.

## Wat verandert er?

Ter Horst begint met een ronde langs alle leden. Zij wil vóór het einde van het jaar een vernieuwde strategie aan de
leden voorleggen, met drie speerpunten: geïntegreerde fotonica voor de zorg, sensoren voor de landbouw en het opleiden
van technici. Ook wil zij de samenwerking met Duitse clusters over de grens versterken; een deel van de leden heeft
al klanten in Münster en Osnabrück. Het budget van het cluster blijft voorlopig gelijk, maar het bestuur onderzoekt
of een hogere bijdrage van de grootste leden mogelijk is.

## Nieuwe leden Supervisory Board

Op de Algemene Ledenvergadering van 29 mei 2033 in Enschede zijn twee nieuwe leden van het Supervisory Board
gekozen:

- **Dr. Hatice Yılmaz-Brinkman**, **Director R&D** bij Twentelux Photonics B.V. (Enschede)
- **Gert-Jan de Wolff**, **Chief Financial Officer** bij Achterhoek Glass Solutions B.V. (Winterswijk)

Zij volgen **Ruud Kamphuis** en **Anneke Bosch** op, die statutair aftraden na twee termijnen. Ook
**prof. dr. Joris van 't Riet** (**Dean**, faculteit EEMCS, Universiteit Twente) werd herbenoemd als **Treasurer**
van het bestuur.

## Team

Het operationele team krijgt er met **Niels Hofstede** een **Cluster Coordinator** bij; hij komt over van de
Provincie Overijssel, waar hij **beleidsadviseur** innovatie was. **Sanne Wiggers** blijft **Communications Manager**.

## Agenda

- 12 september 2033 – Photonics Pitch Night, Hengelo (met Oost NL)
- 14–15 november 2033 – PhotonOost op de High Tech Systems-beurs in Veldhoven
- januari 2034 – nieuwjaarsbijeenkomst (datum volgt)

---

*Deel dit bericht:* LinkedIn · X · E-mail

**Gerelateerd:** PhotonOost ontvangt subsidie Provincie Gelderland (14-03-2033) · Ledenvergadering: verslag (02-06-2033)
""")
C="PhotonOost"
gold(fn, "2033-06-06",
 [P("Femke ter Horst","Managing Director",C),
  P("Bart Nijhuis","Chief Technology Officer","LumiPack B.V."),
  P("Willemijn van Dijk-Oosterhof","Voorzitter van het Supervisory Board",C),
  P("Hatice Yılmaz-Brinkman","Director R&D","Twentelux Photonics B.V."),
  P("Gert-Jan de Wolff","Chief Financial Officer","Achterhoek Glass Solutions B.V."),
  P("Ruud Kamphuis",None,None), P("Anneke Bosch",None,None),
  P("Joris van 't Riet","Treasurer",C),
  P("Niels Hofstede","Cluster Coordinator",C),
  P("Sanne Wiggers","Communications Manager",C)],
 [O("PhotonOost"), O("LumiPack B.V."), O("Nanolab Twente"), O("Universiteit Twente"), O("Oost NL"),
  O("Oosterhof Optics B.V."), O("FotonicaNed"), O("Chips JU"), O("ROC van Twente"),
  O("Twentelux Photonics B.V."), O("Achterhoek Glass Solutions B.V."), O("faculteit EEMCS"),
  O("Provincie Overijssel"), O("Provincie Gelderland")],
 [E("Algemene Ledenvergadering","2033-05-29","2033-05-29","Enschede","Netherlands"),
  E("Photonics Pitch Night","2033-09-12","2033-09-12","Hengelo","Netherlands"),
  E("High Tech Systems","2033-11-14","2033-11-15","Veldhoven","Netherlands"),
  E("nieuwjaarsbijeenkomst","2034-01","2034-01",None,None)],
 ["2033-06-06","2033-07-01","2027","2033-06-30","2033-05-29","2033-09-12","2033-11-14/2033-11-15","2034-01","2033-03-14","2033-06-02"],
 [])
