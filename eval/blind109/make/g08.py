from h import *
F = 'g08_drenthe_kunststof_nieuwsbrief.md'
assert wd(2041,2,14)=='Thursday' and wd(2041,3,21)=='Thursday' and wd(2041,1,17)=='Thursday'
T = """[Home](/) | [Over ons](/over-ons) | [Leden](/leden) | [Agenda](/agenda) | [Nieuws](/nieuws) | [Contact](/contact)

# Nieuwsbrief Kunststofcluster Drenthe – januari 2041

*Verschenen op 29 januari 2041 · Emmen · Deel: LinkedIn · e-mail*

---

## Van de voorzitter

Beste leden,

Het nieuwe jaar begint met goed nieuws: de provincie heeft onze aanvraag voor het recyclinglab op het Emmtec-terrein
goedgekeurd. Daarmee krijgen kleine leden toegang tot een extruder en een testopstelling die ze zelf nooit zouden
kunnen betalen. Tegelijk zie ik dat de vraag naar gerecyclede granulaten sneller groeit dan het aanbod. We moeten
samen investeren in sortering, anders gaat dat werk naar Duitsland. Ik zie u graag op de nieuwjaarsbijeenkomst.

Met vriendelijke groet,
**Gerrit-Jan Oosting**, voorzitter

## Ledennieuws

- **Nieuwe leden:** Kunststofrecycling Zuidwolde B.V. (Zuidwolde), Hondsrug Moulding B.V. (Borger), Coöperatie Drentse
  Plastic Inzameling U.A. (Assen) en het Drenthe College, opleiding Procestechniek (Emmen).
- **Jubileum:** Van der Veen Spuitgiettechniek B.V. uit Coevorden bestaat 50 jaar. Het bedrijf werd in 1991 opgericht
  door Harm van der Veen en heeft nu 140 medewerkers.
- **Investering:** Hondsrug Moulding B.V. investeert 6,2 miljoen euro in een nieuwe hal voor biobased producten, die in
  het najaar van 2041 opengaat.

## Mensen

Marieke Hofstede-Bakker is per 1 februari 2041 benoemd tot directeur van het Kunststofcluster Drenthe. Zij volgt
Jan-Willem Kuipers op, die met pensioen gaat. In het bestuur is Fatima el Idrissi (Kunststofrecycling Zuidwolde B.V.)
benoemd tot penningmeester. Lector Circulaire Kunststoffen dr. Sanne Wolters van NHL Stenden Hogeschool treedt toe tot
de adviesraad.

## Agenda

| Datum | Activiteit | Locatie |
|---|---|---|
| do 14 februari 2041, 16:00–19:00 | Nieuwjaarsbijeenkomst | Wildlands, Emmen |
| do 21 maart 2041, 9:30–15:00 | Kennisdag Chemische Recycling | Assen |
| 8–10 mei 2041 | Kunststoffenbeurs | Veldhoven |

Aanmelden voor de kennisdag kan tot 14 maart 2041 via de website. Voor de Kunststoffenbeurs zoeken we nog vier
bedrijven voor het gezamenlijke paviljoen van de Noord-Nederlandse clusters. De kosten voor een standplaats van
negen vierkante meter bedragen 2.400 euro exclusief btw; leden met minder dan tien medewerkers krijgen 40 procent korting
dankzij een bijdrage van de provincie. Meer informatie bij het clusterbureau.

**Terugblik:** op donderdag 17 januari 2041 bezochten 32 leden de sorteerinstallatie van Attero in Wijster. Er werden
drie afspraken gemaakt over proeven met gemengd folie-afval.

## Uit Brussel

De Europese Commissie heeft de nieuwe Europese Clusterstrategie gepresenteerd. Volgens Tjeerd de Boer van het
Samenwerkingsverband Noord-Nederland (SNN) in Brussel komen er vanaf 2042 meer middelen voor interregionale
samenwerking tussen clusters in de chemie en kunststoffen.

## Onderzoek: circulaire kunststoffen in Drenthe

Samen met de Rijksuniversiteit Groningen ondervroegen we 57 leden. De belangrijkste conclusies:

1. Drie op de vier bedrijven willen in 2045 minstens 30 procent recyclaat verwerken
2. De kwaliteit van gerecyclede granulaten is de grootste belemmering
3. Bedrijven vragen om een gezamenlijke inkooporganisatie voor recyclaat

## Vacatures en oproepen

Het Kunststofcluster Drenthe zoekt een projectleider Circulaire Economie (32 uur). Reageren vóór 20 februari 2041.
De provincie Drenthe opent op 1 maart 2041 de regeling Innovatie MKB; aanvragen tot 30 april 2041.

> "Via het cluster vonden we binnen een maand een afnemer voor ons regranulaat." – **Bart Mulder**, eigenaar,
> Kunststofrecycling Zuidwolde B.V.

---

Stichting Kunststofcluster Drenthe · Bargermeerweg 00, 7800 AA Emmen · KvK 00000000
Foto's: Jelle Zwiers. U ontvangt deze nieuwsbrief omdat u lid bent. [Afmelden](/afmelden) · [Privacyverklaring](/privacy)
"""
write(F, T)
KD="Kunststofcluster Drenthe"
gold(F,
 [P("Gerrit-Jan Oosting","voorzitter",KD),
  P("Harm van der Veen",None,"Van der Veen Spuitgiettechniek B.V."),
  P("Marieke Hofstede-Bakker","directeur",KD),
  P("Jan-Willem Kuipers",None,KD),
  P("Fatima el Idrissi","penningmeester",KD),
  P("Sanne Wolters","Lector Circulaire Kunststoffen","NHL Stenden Hogeschool"),
  P("Tjeerd de Boer",None,"Samenwerkingsverband Noord-Nederland"),
  P("Bart Mulder","eigenaar","Kunststofrecycling Zuidwolde B.V."),
  P("Jelle Zwiers",None,None)],
 [O("Stichting Kunststofcluster Drenthe"), O("Kunststofrecycling Zuidwolde B.V."), O("Hondsrug Moulding B.V."),
  O("Coöperatie Drentse Plastic Inzameling U.A."), O("Drenthe College"), O("Van der Veen Spuitgiettechniek B.V."),
  O("NHL Stenden Hogeschool"), O("Attero"), O("Europese Commissie"),
  O("Samenwerkingsverband Noord-Nederland","SNN"), O("Rijksuniversiteit Groningen"), O("provincie Drenthe")],
 [E("Nieuwjaarsbijeenkomst","2041-02-14",None,"Emmen","Netherlands"),
  E("Kennisdag Chemische Recycling","2041-03-21",None,"Assen","Netherlands"),
  E("Kunststoffenbeurs","2041-05-08","2041-05-10","Veldhoven","Netherlands"),
  E("sorteerinstallatie van Attero","2041-01-17",None,"Wijster","Netherlands")],
 ["2041-01","2041-01-29","1991","2041","2041-02-01","2041-02-14","2041-03-21","2041-05-08/2041-05-10","2041-03-14",
  "2041-01-17","2042","2045","2041-02-20","2041-03-01","2041-04-30"],
 ["Drie op de vier bedrijven willen in 2045 minstens 30 procent recyclaat verwerken",
  "De kwaliteit van gerecyclede granulaten is de grootste belemmering",
  "Bedrijven vragen om een gezamenlijke inkooporganisatie voor recyclaat"], "2041-01-29")
