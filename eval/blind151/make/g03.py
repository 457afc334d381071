from h import *
F = 'g03_amersfoort_bouwcluster_nieuwsbrief.md'
assert wd(2036,11,18)=='Tuesday' and wd(2036,12,4)=='Thursday' and wd(2037,1,20)=='Tuesday' and wd(2036,11,27)=='Thursday'
T = """[Bekijk deze e-mail in je browser](https://example.nl/nb/2036-11) | [Afmelden](https://example.nl/afmelden)

# Nieuwsbrief Cluster Circulair Bouwen Eemland

**Editie november 2036** · Amersfoort, 28 november 2036

---

## Van de clustermanager

Beste leden en partners,

Het jaar loopt ten einde en het was een druk jaar. We groeiden van 64 naar 81 leden, haalden twee Europese projecten binnen en organiseerden elf bijeenkomsten. In deze nieuwsbrief lees je hoe de ledenvergadering van 18 november verliep, wat we leerden tijdens het werkbezoek aan Kalundborg en welke activiteiten er in de komende maanden op de planning staan.

*Yvonne Hazelaar, clustermanager*

---

## Ledenvergadering: nieuwe voorzitter gekozen

Op dinsdag 18 november 2036 kwamen 47 leden bijeen in het gebouw van de Hogeschool Utrecht aan de Stadsring in Amersfoort voor de najaarsledenvergadering. De vergadering koos Pieter-Jan de Vries, directeur van aannemersbedrijf Bouwbedrijf Van Hamersveld B.V., tot nieuwe voorzitter van het cluster. Hij volgt Marleen ten Brink-Kok op, die het cluster sinds de oprichting in 2031 heeft geleid en nu wethouder is in de Gemeente Leusden.

Verder werd Fatima el Amrani (Woningcorporatie Portaal) gekozen als penningmeester. De begroting voor 2037 werd zonder tegenstemmen aangenomen.

> "We moeten van praten naar bouwen. Elk lid moet in 2037 minstens één project met hergebruikte materialen opleveren." – Pieter-Jan de Vries

---

## Terugblik: werkbezoek aan Kalundborg

Van 3 tot en met 5 november 2036 bezocht een groep van achttien leden de industriële symbiose in Kalundborg (Denemarken). Het bezoek werd georganiseerd samen met de Regio Amersfoort en het Deense Kalundborg Symbiosis Center. Gastheer was Søren Kjærgaard-Holm, hoofd internationale relaties van het centrum.

**Lessen voor ons cluster**

1. Een symbiose groeit uit concrete bilaterale afspraken tussen twee bedrijven, niet uit een groot plan vooraf
2. Een neutrale coördinator met een vaste financiering is onmisbaar
3. Gemeenten moeten bouwstromen uit eigen projecten beschikbaar stellen als startpunt

---

## Europese projecten van start

Het cluster is partner in twee nieuwe Europese projecten. In het eerste werken we met bouwclusters uit Vlaanderen en Noordrijn-Westfalen aan gestandaardiseerde hergebruikte gevelelementen; in het tweede leren we van vier regio's hoe gemeenten circulair kunnen aanbesteden. Projectleider namens het cluster is Joost van der Linden. De aftrap van beide projecten vindt plaats in januari 2037; leden die willen meedoen aan een pilot kunnen zich tot half december melden.

---

## Circulair Bouwen Café: de reeks gaat door

Ons kennisprogramma in cafévorm loopt sinds 2034. Eerdere edities gingen over houtbouw (Soest, maart 2036), biobased isolatie (Nijkerk, juni 2036) en hergebruik van beton (Baarn, september 2036). De volgende editie:

**Circulair Bouwen Café #12 – Materialenpaspoorten in de praktijk**
Donderdag 4 december 2036, 16.00–18.30 uur, Amersfoort
Met bijdragen van ir. Bas Kooistra (Madaster) en Annelies Verhoef-Smit, inkoopadviseur bij de Rijksvastgoedbedrijf-regio Midden.

---

## Agenda

| Datum | Activiteit | Plaats |
|---|---|---|
| 4 december 2036 | Circulair Bouwen Café #12 | Amersfoort |
| 20 januari 2037 (dinsdag) | Nieuwjaarsbijeenkomst met matchmaking | Amersfoort, De Observant |
| 2 februari 2037 | Deadline inschrijving Innovatievouchers Eemland | – |
| 10–12 maart 2037 | Gezamenlijke stand op de beurs Building Holland | Amsterdam |

---

## Nieuws van leden

- **Bouwbedrijf Van Hamersveld B.V.** start in Hoogland een wijk met 60 woningen uit hergebruikt staal.
- **Oosterhof Sloopwerken** uit Woudenberg heeft als eerste sloper in de regio een materialenhub geopend.
- De **Provincie Utrecht** stelt 2,5 miljoen euro beschikbaar voor circulaire pilots in de periode 2037–2039.

---

Cluster Circulair Bouwen Eemland · p/a Economic Board Regio Amersfoort · Stadsring 2, Amersfoort
Je ontvangt deze nieuwsbrief omdat je lid of partner bent. [Voorkeuren wijzigen](https://example.nl/profiel)
"""
write(F, T)
CC="Cluster Circulair Bouwen Eemland"
gold(F,
 [P("Yvonne Hazelaar","clustermanager",CC),
  P("Pieter-Jan de Vries","voorzitter",CC),
  P("Marleen ten Brink-Kok","wethouder","Gemeente Leusden"),
  P("Fatima el Amrani","penningmeester",CC),
  P("Søren Kjærgaard-Holm","hoofd internationale relaties","Kalundborg Symbiosis Center"),
  P("Joost van der Linden","Projectleider",CC),
  P("Bas Kooistra",None,"Madaster"),
  P("Annelies Verhoef-Smit","inkoopadviseur","Rijksvastgoedbedrijf-regio Midden")],
 [O(CC), O("Hogeschool Utrecht"), O("Bouwbedrijf Van Hamersveld B.V."), O("Gemeente Leusden"), O("Woningcorporatie Portaal"),
  O("Regio Amersfoort"), O("Kalundborg Symbiosis Center"), O("Madaster"), O("Rijksvastgoedbedrijf-regio Midden"),
  O("Oosterhof Sloopwerken"), O("Provincie Utrecht"), O("Economic Board Regio Amersfoort")],
 [E("ledenvergadering","2036-11-18",None,"Amersfoort","Netherlands"),
  E("werkbezoek aan Kalundborg","2036-11-03","2036-11-05","Kalundborg","Denmark"),
  E("Circulair Bouwen Café","2036-03",None,"Soest","Netherlands"),
  E("Circulair Bouwen Café","2036-06",None,"Nijkerk","Netherlands"),
  E("Circulair Bouwen Café","2036-09",None,"Baarn","Netherlands"),
  E("Circulair Bouwen Café #12 – Materialenpaspoorten in de praktijk","2036-12-04",None,"Amersfoort","Netherlands"),
  E("Nieuwjaarsbijeenkomst met matchmaking","2037-01-20",None,"Amersfoort","Netherlands"),
  E("aftrap","2037-01",None,None,None),
  E("Building Holland","2037-03-10","2037-03-12","Amsterdam","Netherlands")],
 ["2036-11","2036-11-28","2036-11-18","2031","2037","2036-11-03/2036-11-05","2036-12","2034","2036-03","2036-06","2036-09",
  "2036-12-04","2037-01-20","2037-02-02","2037-03-10/2037-03-12","2037/2039","2037-01"],
 ["Een symbiose groeit uit concrete bilaterale afspraken tussen twee bedrijven, niet uit een groot plan vooraf",
  "Een neutrale coördinator met een vaste financiering is onmisbaar",
  "Gemeenten moeten bouwstromen uit eigen projecten beschikbaar stellen als startpunt"],
 pub="2036-11-28")
