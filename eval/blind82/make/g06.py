from h import *
F = 'g06_nordjylland_pilotprojekt_slutrapport.md'
T = """# Slutrapport: Pilotprojektet „Grøn Havn Nord" (2033–2035)

*Udarbejdet af MARCOD Nordjylland – Maritimt Klyngesamarbejde | Aalborg, den 30. januar 2036*

Projektleder: **Mette Kjærgaard Østergaard**, chefkonsulent, MARCOD Nordjylland
Styregruppens formand: **Jens-Peter Lund**, havnedirektør, Hirtshals Havn

## Baggrund

Pilotprojektet „Grøn Havn Nord" blev gennemført fra 1. marts 2033 til 31. december 2035 af klyngeorganisationen MARCOD Nordjylland i samarbejde med Aalborg Universitet, Frederikshavn Havn A/S, Hirtshals Havn og Skagen Havn. Projektet blev medfinansieret af Danmarks Erhvervsfremmebestyrelse og Region Nordjylland.

Formålet var at afprøve, hvordan små og mellemstore virksomheder i de nordjyske havne kan levere løsninger til landstrøm, batteridrift af havnefartøjer og energistyring, og at samle erfaringerne til brug for andre danske havne.

## Aktiviteter

I alt 27 virksomheder deltog. Projektet gennemførte fire demonstrationer i havnene, bl.a. landstrøm til fiskefartøjer i Skagen og et batteridrevet arbejdsfartøj i Frederikshavn. Der blev afholdt seks temamøder og en afsluttende konference i Aalborg den 27. november 2035 med 160 deltagere, hvor erhvervsminister Camilla Refsgaard Nielsen holdt åbningstalen.

## Økonomi

Projektets samlede budget var 9,4 mio. kr., hvoraf 5,1 mio. kr. kom fra Danmarks Erhvervsfremmebestyrelse, 1,5 mio. kr. fra Region Nordjylland og resten fra de deltagende virksomheder og havne i form af timer og udstyr. Ved projektets afslutning var 96 % af budgettet anvendt. Revisionen blev foretaget af Nordrevision Statsautoriseret Revisionspartnerselskab uden anmærkninger.

## Demonstrationerne i korte træk

I Skagen blev seks fiskefartøjer sluttet til landstrøm i løbet af vinteren 2034, hvilket erstattede dieselgeneratorer under liggetiden. I Frederikshavn testede værftet Kattegat Marine ApS et batteridrevet arbejdsfartøj i 14 måneder. I Hirtshals blev et system til energistyring af kølehuse koblet til havnens elnet, og i Aalborg afprøvede to softwarevirksomheder en fælles platform for måling af havnenes energiforbrug. Alle fire demonstrationer er dokumenteret i tekniske notater, som kan hentes på klyngens hjemmeside.

## Indikatorer

| Indikator | Mål | Resultat |
|---|---|---|
| Deltagende SMV'er | 25 | 27 |
| Gennemførte demonstrationer | 4 | 4 |
| Nye produkter eller ydelser | 10 | 8 |
| Reduktion i CO2 fra havnefartøjer (ton/år) | 1.200 | 940 |
| Nye samarbejdsaftaler mellem virksomheder | 15 | 19 |
| Deltagere i formidlingsaktiviteter | 400 | 512 |

Projektet nåede fire af seks mål. Målet for nye produkter blev ikke nået, fordi to udviklingsforløb blev forsinket af leverancer af batterier.

## Erfaringer (lessons learnt)

- Havnene skal være med fra starten som aktive købere; ellers bliver demonstrationerne til udstillingsvinduer uden efterfølgende ordrer.
- Små virksomheder har brug for en fast kontaktperson i klyngen, der kan hjælpe med tekniske krav og udbudsregler.
- Tidsplaner for demonstrationer skal have en buffer på mindst seks måneder, fordi leverancer af komponenter ofte er forsinkede.
- Fælles data om energiforbrug i havnene er en forudsætning for at kunne dokumentere effekten over for kunder og myndigheder.
- Samarbejdet mellem konkurrerende virksomheder fungerer bedst i afgrænsede opgaver med klar fordeling af rettigheder.

## Deltagernes vurdering

En evaluering blandt de deltagende virksomheder i december 2035 viste, at 21 af 27 vil anbefale andre at deltage i et lignende forløb. De mest værdsatte elementer var adgangen til havnene som testmiljø og de fælles temamøder, mens administrationen af timeregistrering blev oplevet som tung.

## Videre forløb

Styregruppen har anbefalet, at erfaringerne videreføres i et nationalt projekt sammen med klyngeorganisationen MARLOG og havne på Fyn og i Sønderjylland. En ansøgning forventes indsendt i foråret 2036. Resultaterne præsenteres desuden på Danske Havnes årsmøde i Esbjerg den 14. maj 2036.

Styregruppen takker alle deltagende virksomheder og især havnenes driftspersonale, der stillede tid og kajplads til rådighed under demonstrationerne.

## Kontakt

Mette Kjærgaard Østergaard, tlf. 99 00 00 00, mko@marcod.example.dk
MARCOD Nordjylland, Niels Bohrs Vej 6, 9220 Aalborg Øst · CVR 00 00 00 00

*Rapporten kan frit citeres med kildeangivelse.*
"""
write(F, T)
gold(F,
 [P("Mette Kjærgaard Østergaard","chefkonsulent","MARCOD Nordjylland"), P("Jens-Peter Lund","havnedirektør","Hirtshals Havn"),
  P("Camilla Refsgaard Nielsen","erhvervsminister",None)],
 [O("MARCOD Nordjylland – Maritimt Klyngesamarbejde"), O("Aalborg Universitet"), O("Frederikshavn Havn A/S"), O("Hirtshals Havn"),
  O("Skagen Havn"), O("Danmarks Erhvervsfremmebestyrelse"), O("Region Nordjylland"), O("Nordrevision Statsautoriseret Revisionspartnerselskab"), O("Kattegat Marine ApS"), O("MARLOG"), O("Danske Havne")],
 [E("afsluttende konference","2035-11-27",None,"Aalborg","Denmark"), E("Danske Havnes årsmøde","2036-05-14",None,"Esbjerg","Denmark")],
 ["2033/2035","2036-01-30","2033-03-01/2035-12-31","2034","2035-11-27","2035-12","2036","2036-05-14"],
 ["Havnene skal være med fra starten som aktive købere; ellers bliver demonstrationerne til udstillingsvinduer uden efterfølgende ordrer",
  "Små virksomheder har brug for en fast kontaktperson i klyngen, der kan hjælpe med tekniske krav og udbudsregler",
  "Tidsplaner for demonstrationer skal have en buffer på mindst seks måneder, fordi leverancer af komponenter ofte er forsinkede",
  "Fælles data om energiforbrug i havnene er en forudsætning for at kunne dokumentere effekten over for kunder og myndigheder",
  "Samarbejdet mellem konkurrerende virksomheder fungerer bedst i afgrænsede opgaver med klar fordeling af rettigheder"],
 pub="2036-01-30")
