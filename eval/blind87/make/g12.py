from h import *
F = 'g12_bornholm_energy_island_summit_series.md'
ed = [(2034,9,6,7),(2035,9,5,6),(2036,9,3,4),(2037,9,2,3),(2038,9,8,9),(2039,9,7,8)]
for y,m,a,b in ed: assert wd(y,m,a) in ('Wednesday','Thursday','Tuesday'), (y,wd(y,m,a))
assert wd(2034,9,6)=='Wednesday' and wd(2035,9,5)=='Wednesday' and wd(2036,9,3)=='Wednesday' and wd(2037,9,2)=='Wednesday' and wd(2038,9,8)=='Wednesday' and wd(2039,9,7)=='Wednesday' and wd(2040,9,5)=='Wednesday' and wd(2040,4,30)=='Monday'
T = """Bornholm Energy Cluster
[Home](/) · [The cluster](/cluster) · [Members](/members) · **Energy Island Summit** · [Projects](/projects) · [News](/news) · [Contact](/contact) · [DA](/da)

We use cookies to improve the site. [OK](#) [No thanks](#)

# Energy Island Summit

*The annual meeting place for the Baltic energy island – since 2034*

The Energy Island Summit gathers companies, grid operators, researchers, municipalities and citizens around one question: how does a small island become a hub for offshore wind and green fuels for the whole Baltic Sea region? The summit is organised every September in Rønne by Bornholm Energy Cluster together with Bornholms Regionskommune and Business Center Bornholm.

## Energy Island Summit 2040 – save the date

**Wednesday 5 – Thursday 6 September 2040, Rønne Theatre and Kulturværftet, Rønne**

Theme: *From cables to communities*. Early bird registration opens on 30 April 2040. Call for speakers is open until 1 June 2040 – [submit a proposal](/summit/speakers).

## Past editions

### 2039 – "Power to X, people to work"
6th edition, 7–8 September 2039, Kulturværftet, Rønne. 610 participants.
Keynote: Lars Aagaard, Minister for Climate, Energy and Utilities. Panel with Energinet and 50Hertz Transmission on the Bornholm Energy Island grid connection to Germany. Award: *Island Innovator 2039* to Nordlys Brint ApS.
[Programme (PDF)](#) · [Photos](#) · [Video recordings](#)

### 2038 – "The island as a test bench"
5th edition, 8–9 September 2038, Rønne. 540 participants.
Keynote: Kadri Simson-Tamm, Director for Energy Security at the European Commission's Directorate-General for Energy. First Baltic Islands Mayors' Breakfast with representatives of Gotland, Saaremaa and Åland. Award to the Hasle Heat Pump Cooperative.
[Programme (PDF)](#) · [Photos](#)

### 2037 – "Skills for the energy island"
4th edition, 2–3 September 2037, Rønne. 470 participants.
Keynote: Professor Jacob Østergaard, Technical University of Denmark (DTU). Launch of the Energy Island Skills Pact signed by 22 companies and Campus Bornholm.
[Report](#) · [Photos](#)

### 2036 – "Offshore wind meets tourism"
3rd edition, 3–4 September 2036, Rønne. 380 participants.
Keynote: Ørsted's Head of Baltic Development, Christina Grumstrup Sørensen. Study tour to the Rønne harbour extension.
[Report](#)

### 2035 – "Connecting the Baltic"
2nd edition, 5–6 September 2035, Nexø. 260 participants.
Co-hosted with Energy Cluster Denmark. Keynote: Marianne Lindbjerg, Mayor of Bornholms Regionskommune.
[Report](#)

### 2034 – "A small island with big cables"
1st edition, 6–7 September 2034, Rønne. 150 participants.
The first summit was opened by cluster founder Poul Erik Kofoed. The *Bornholm Declaration* on a fair energy transition was signed by 14 organisations.

## About the summit

Every edition combines a plenary day with keynotes and panels and a second day of site visits, workshops and B2B meetings. Since 2036 the summit has also included a public evening programme for residents of the island, with open debates about wind turbines on the horizon, electricity prices and jobs for young people. The organisers aim to keep at least one third of the speakers from companies based on Bornholm and to give students from Campus Bornholm free entry. Most sessions are held in English; the public evening is in Danish.

## What participants say

> "Nowhere else do you sit at the same table as the grid operator, the ferry company and the local fisherman. That is the strength of the summit." – Ingrid Holmberg, CEO, Gotland Energy Agency, participant 2038 and 2039

> "We found our first customer for green methanol in the coffee break." – Mikkel Rasch, co-founder, Nordlys Brint ApS

## Organisers

Bornholm Energy Cluster · Bornholms Regionskommune · Business Center Bornholm

**Partners 2039:** Energinet · Ørsted · 50Hertz Transmission · Danfoss · Bornholms Energi & Forsyning (BEOF) · Campus Bornholm · Region Hovedstaden · Nordic Energy Research

## Sustainability

The summit is run as a low-waste event. Food is sourced from Bornholm farms and fisheries, name badges are collected and reused, and participants arriving from Copenhagen are encouraged to take the train and ferry via Ystad instead of flying. Since the third edition the cluster has published a short climate account of the summit every year, with the emissions from travel, venues and catering, and the measures planned to reduce them next time. The climate accounts of all editions are available on request. Lanyards are made from recycled fishing nets collected in Nexø harbour.

## Practical information

Rønne can be reached by ferry from Ystad (80 min) or by air from Copenhagen (35 min). During the summit the cluster organises a shuttle bus between the ferry terminal, the airport and the venues. Hotels in Rønne are limited in September – we recommend booking early. A block of rooms is reserved at Hotel Griffen and Green Solution House until 15 July 2040.

## Contact

Summit team: **Sara Munch-Petersen**, Project Manager, Bornholm Energy Cluster
summit@bornholmenergy.example.dk · +45 00 00 00 00

*Share this page:* [LinkedIn](#) · [Facebook](#) · [Email](#)

© 2040 Bornholm Energy Cluster · [Privacy](/privacy) · [Cookies](/cookies)
"""
write(F, T)
gold(F,
 [P("Lars Aagaard","Minister for Climate, Energy and Utilities",None),
  P("Kadri Simson-Tamm","Director for Energy Security","Directorate-General for Energy"),
  P("Jacob Østergaard","Professor","Technical University of Denmark"),
  P("Christina Grumstrup Sørensen","Head of Baltic Development","Ørsted"),
  P("Marianne Lindbjerg","Mayor","Bornholms Regionskommune"),
  P("Poul Erik Kofoed","cluster founder","Bornholm Energy Cluster"),
  P("Ingrid Holmberg","CEO","Gotland Energy Agency"),
  P("Mikkel Rasch","co-founder","Nordlys Brint ApS"),
  P("Sara Munch-Petersen","Project Manager","Bornholm Energy Cluster")],
 [O("Bornholm Energy Cluster"), O("Bornholms Regionskommune"), O("Business Center Bornholm"),
  O("Energinet"), O("50Hertz Transmission"), O("Nordlys Brint ApS"), O("European Commission"),
  O("Directorate-General for Energy"), O("Hasle Heat Pump Cooperative"), O("Technical University of Denmark","DTU"),
  O("Campus Bornholm"), O("Ørsted"), O("Energy Cluster Denmark"), O("Gotland Energy Agency"), O("Danfoss"),
  O("Bornholms Energi & Forsyning","BEOF"), O("Region Hovedstaden"), O("Nordic Energy Research")],
 [E("Energy Island Summit 2040","2040-09-05","2040-09-06","Rønne","Denmark"),
  E("Energy Island Summit (2039 edition)","2039-09-07","2039-09-08","Rønne","Denmark"),
  E("Energy Island Summit (2038 edition)","2038-09-08","2038-09-09","Rønne","Denmark"),
  E("Baltic Islands Mayors' Breakfast","2038-09",None,"Rønne","Denmark"),
  E("Energy Island Summit (2037 edition)","2037-09-02","2037-09-03","Rønne","Denmark"),
  E("Energy Island Summit (2036 edition)","2036-09-03","2036-09-04","Rønne","Denmark"),
  E("Study tour to the Rønne harbour extension","2036-09",None,"Rønne","Denmark"),
  E("Energy Island Summit (2035 edition)","2035-09-05","2035-09-06","Nexø","Denmark"),
  E("Energy Island Summit (2034 edition)","2034-09-06","2034-09-07","Rønne","Denmark")],
 ["2034","2040-09-05/2040-09-06","2040-04-30","2040-06-01","2039-09-07/2039-09-08","2038-09-08/2038-09-09",
  "2037-09-02/2037-09-03","2036-09-03/2036-09-04","2035-09-05/2035-09-06","2034-09-06/2034-09-07","2040-07-15",
  "2039","2038","2037","2036","2035"], [], pub=None)
