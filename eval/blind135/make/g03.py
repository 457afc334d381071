from h import *
F = 'g03_flevoland_positiepapier.md'
assert wd(2039,2,14)=='Monday' and wd(2039,1,27)=='Thursday' and wd(2039,3,9)=='Wednesday'
T = """# Positiepapier: clusters als motor van de circulaire bouw

**Flevoland Bouw & Circulair Cluster (FBCC)** · Lelystad, 14 februari 2039
*Reactie op de raadpleging van de Europese Commissie over de herziening van het transitiepad voor het industriële ecosysteem bouw*

[Home](/) | [Over het cluster](/over) | [Publicaties](/publicaties) | [Agenda](/agenda) | [Contact](/contact)

---

## Samenvatting

Het Flevoland Bouw & Circulair Cluster vertegenwoordigt 142 bedrijven, van modulaire woningbouwers in Almere tot producenten van biobased isolatiemateriaal in de Noordoostpolder. Dit positiepapier is opgesteld door de werkgroep Beleid van het cluster en vastgesteld in de bestuursvergadering van donderdag 27 januari 2039. Het is ingediend via de consultatieportal van de Europese Commissie (DG GROW), met een kopie aan het Comité van de Regio's en aan het Huis van de Nederlandse Provincies in Brussel.

De Commissie publiceerde het transitiepad voor de bouw in 2022; de herziening loopt van 2038 tot 2040. Wij zijn van mening dat het oorspronkelijke pad te weinig oog had voor de rol van regionale clusters. Grote aannemers kunnen de omslag naar circulair bouwen zelf organiseren, maar het midden- en kleinbedrijf heeft een tussenpersoon nodig die kennis, materiaalstromen en opdrachtgevers samenbrengt.

## Wie wij zijn

Het cluster werd in 2031 opgericht door de Provincie Flevoland, de Ontwikkelingsmaatschappij Flevoland (OMFL), Windesheim Flevoland en twaalf bedrijven. Het secretariaat is gevestigd in Lelystad. Het bestuur bestaat uit:

- voorzitter: ir. Hendrik-Jan van der Meulen, Van der Meulen Modulair B.V.
- vicevoorzitter: Samira El Amrani, Windesheim Flevoland
- penningmeester: Gert Rozendaal, Rabobank Flevoland

Clustermanager is Ilse Bakker-Nauta.

## Onze analyse

Uit een enquête onder onze leden, gehouden tussen september en november 2038, blijkt dat 71 procent van de bedrijven circulaire materialen wil toepassen, maar dat slechts 23 procent dat nu doet. De belangrijkste belemmeringen zijn onzekerheid over certificering, gebrek aan opslagruimte voor gebruikte bouwmaterialen en aanbestedingsregels die de laagste prijs belonen.

Tijdens de ledenbijeenkomst in Almere op 9 november 2038 bespraken 58 leden deze uitkomsten met Stefan Kowalczyk van de Europese Commissie en met Marleen Ouwehand, gedeputeerde Economie van de Provincie Flevoland. Kowalczyk erkende dat het transitiepad "te veel vanuit Brussel en te weinig vanuit de bouwplaats" was geschreven.

Ook de cijfers over opslag zijn veelzeggend. Slechts vier van onze leden beschikken over een terrein waar vrijgekomen materiaal langer dan een maand kan worden bewaard. Gemeenten in de regio willen wel meewerken, maar missen een partij die de logistiek regelt. Het cluster zou die rol kunnen spelen, mits er een stabiele financiering tegenover staat.

## Aanbevelingen

Het cluster doet de Europese Commissie de volgende aanbevelingen:

1. Erken regionale clusters in het herziene transitiepad als uitvoeringspartner, met een eigen actielijn en bijbehorende indicatoren
2. Ontwikkel samen met de lidstaten één Europees certificaat voor hergebruikte bouwproducten, zodat een balk uit Almere ook in Antwerpen mag worden toegepast
3. Stel binnen het programma voor het eengemaakte markt middelen beschikbaar voor regionale materiaalhubs die door clusters worden beheerd
4. Pas de richtsnoeren voor overheidsopdrachten aan zodat circulariteit zwaarder weegt dan de laagste prijs
5. Betrek clusterorganisaties vanaf het begin bij de volgende herziening, en niet pas in de raadplegingsfase

## Vervolg

Het cluster presenteert dit positiepapier op woensdag 9 maart 2039 tijdens de rondetafel "Bouwen met wat er al is" in het Provinciehuis in Lelystad, waarvoor ook vertegenwoordigers van het Vlaamse cluster Bouwunie Circulair en de Duitse Cluster Bau Niedersachsen zijn uitgenodigd. De reactietermijn van de Commissie sluit op 31 maart 2039.

Vragen over dit document kunt u richten aan de clustermanager, Ilse Bakker-Nauta (ilse.bakker@fbcc.example.nl).

---

*Dit document is vrij te verspreiden met bronvermelding. Versie 1.0, 14-02-2039.*

[↑ Terug naar boven](#) · [Deel op LinkedIn](#) · [Download als pdf](#)
"""
write(F, T)
C = "Flevoland Bouw & Circulair Cluster"
gold(F,
 [P("Hendrik-Jan van der Meulen","voorzitter",C),
  P("Samira El Amrani","vicevoorzitter",C),
  P("Gert Rozendaal","penningmeester",C),
  P("Ilse Bakker-Nauta","Clustermanager",C),
  P("Stefan Kowalczyk",None,"Europese Commissie"),
  P("Marleen Ouwehand","gedeputeerde Economie","Provincie Flevoland")],
 [O(C,"FBCC"), O("Europese Commissie"), O("DG GROW"), O("Comité van de Regio's"), O("Huis van de Nederlandse Provincies"),
  O("Provincie Flevoland"), O("Ontwikkelingsmaatschappij Flevoland","OMFL"), O("Windesheim Flevoland"),
  O("Van der Meulen Modulair B.V."), O("Rabobank Flevoland"), O("Bouwunie Circulair"), O("Cluster Bau Niedersachsen")],
 [E("bestuursvergadering","2039-01-27",None,None,None),
  E("ledenbijeenkomst","2038-11-09",None,"Almere","Netherlands"),
  E("Bouwen met wat er al is","2039-03-09",None,"Lelystad","Netherlands")],
 ["2039-02-14","2039-01-27","2022","2038/2040","2031","2038-09/2038-11","2038-11-09","2039-03-09","2039-03-31"],
 ["Erken regionale clusters in het herziene transitiepad als uitvoeringspartner, met een eigen actielijn en bijbehorende indicatoren",
  "Ontwikkel samen met de lidstaten één Europees certificaat voor hergebruikte bouwproducten, zodat een balk uit Almere ook in Antwerpen mag worden toegepast",
  "Stel binnen het programma voor het eengemaakte markt middelen beschikbaar voor regionale materiaalhubs die door clusters worden beheerd",
  "Pas de richtsnoeren voor overheidsopdrachten aan zodat circulariteit zwaarder weegt dan de laagste prijs",
  "Betrek clusterorganisaties vanaf het begin bij de volgende herziening, en niet pas in de raadplegingsfase"],
 pub="2039-02-14")
