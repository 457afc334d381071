from h import *
F = 'g03_symbiosis_final_conference_tarragona.md'
assert wd(2041,11,27)=='Wednesday' and wd(2040,2,20)=='Monday'
T = """# SYMBIO-PORTS final conference: four years of industrial symbiosis in European port clusters

*Tarragona, 27.11.2041 – Conference report prepared by the project communication team*

[Home](#) · [About](#) · [Partners](#) · [Results](#) · [News](#) · [Contact](#)

---

The Horizon Europe project SYMBIO-PORTS held its final conference in Tarragona on Wednesday, 27 November 2041, at the headquarters of the Port Authority of Tarragona. Over 190 people followed the day on site and another 240 online. The project started on 1 December 2037 and ends on 30 November 2041; it tested industrial symbiosis schemes – shared steam, waste heat, CO2 and process water – in five port-industrial clusters.

## Consortium

The project was coordinated by **Clúster Químic de Tarragona (CQT)**. The other partners were the Port Authority of Tarragona, Universitat Rovira i Virgili (URV), Port of Ghent-Terneuzen cluster association North Sea Industry Network vzw, Klaipėdos laisvosios ekonominės zonos valdymo bendrovė (Klaipėda FEZ), the Gdańsk maritime cluster Pomorski Klaster Morski, TNO, and the consultancy Symbiosis Advisory SRL from Constanța. The European Chemical Industry Council (Cefic) and the European Clusters Alliance sat on the advisory board.

## Programme

**09:00** Registration and coffee

**09:30** Welcome – Núria Castells i Ferré, President of CQT, and Joan-Marc Pujol Ribas, Director General of the Port Authority of Tarragona

**10:00** Keynote: "Symbiosis is a business, not a project" – Dr. Marta Kowalczyk-Nowak, Head of Unit, Directorate-General for Research and Innovation (DG RTD), European Commission

**10:40** Results of the five pilots – presented by the pilot leaders:
- Tarragona steam network – Òscar Vidal Solé (CQT)
- Ghent-Terneuzen heat exchange – Pieter De Smedt (North Sea Industry Network)
- Klaipėda process water loop – Rūta Jankauskienė (Klaipėda FEZ)
- Gdańsk CO2 hub – Tomasz Wiśniewski (Pomorski Klaster Morski)
- Constanța by-product exchange – Ioana-Cristina Dumitrescu (Symbiosis Advisory SRL)

**12:15** Panel: "Who pays for the pipe?" with investors and port managers, moderated by Dr. Hanneke van der Veen (TNO)

**13:15** Networking lunch

**14:30** Workshop on the SYMBIO-PORTS replication toolkit

**16:00** Policy recommendations and closing – Prof. Jordi Mas Llorach (URV), scientific coordinator

**19:30** Farewell dinner at the Tarraco Arena restaurant

## Highlights of the day

In her keynote, Dr. Kowalczyk-Nowak reminded the audience that the first SYMBIO-PORTS partner meeting, in Klaipėda in February 2038, had been held "in a room with no heating and a lot of ambition". She welcomed the fact that three of the five pilots will continue with private money.

Pieter De Smedt explained that the heat exchange between a fertiliser plant and a greenhouse cluster in the Ghent-Terneuzen area now saves 41 GWh a year. Rūta Jankauskienė described a more difficult path in Klaipėda, where permits took nineteen months.

The panel agreed that the biggest obstacle is not technology but the split of investment costs among companies with different planning horizons.

## Policy recommendations

Prof. Mas Llorach presented the recommendations of the consortium, addressed to the European Commission, national governments and port authorities:

1. Treat shared utility infrastructure in ports as eligible for state aid under the same rules as district heating.
2. Give cluster organisations a formal role as neutral brokers of symbiosis deals.
3. Publish anonymised data on waste streams in every large port by 2045.
4. Fund permanent symbiosis facilitators rather than one-off feasibility studies.
5. Include industrial symbiosis in the next Transition Pathway for the chemicals ecosystem.

## What remains

The replication toolkit, the five pilot reports and the policy brief are available on the project website. A last project webinar for port authorities outside the consortium will be held online on 20 February 2040 – *correction: the webinar will take place on 20 February 2042; we apologise for the error in the printed programme*.

Contact: communication@symbio-ports.example.eu

*This project has received funding from the European Union's Horizon Europe research and innovation programme. Views and opinions expressed are those of the authors only.*

[Share](#) · [Print](#) · [Back to news](#)
"""
write(F, T)
C="Clúster Químic de Tarragona"; PA="Port Authority of Tarragona"
gold(F,
 [P("Núria Castells i Ferré","President","CQT"),
  P("Joan-Marc Pujol Ribas","Director General",PA),
  P("Marta Kowalczyk-Nowak","Head of Unit","Directorate-General for Research and Innovation"),
  P("Òscar Vidal Solé","pilot leader","CQT"),
  P("Pieter De Smedt","pilot leader","North Sea Industry Network"),
  P("Rūta Jankauskienė","pilot leader","Klaipėda FEZ"),
  P("Tomasz Wiśniewski","pilot leader","Pomorski Klaster Morski"),
  P("Ioana-Cristina Dumitrescu","pilot leader","Symbiosis Advisory SRL"),
  P("Hanneke van der Veen",None,"TNO"),
  P("Jordi Mas Llorach","scientific coordinator","URV")],
 [O(C,"CQT"), O(PA), O("Universitat Rovira i Virgili","URV"), O("North Sea Industry Network vzw"),
  O("Klaipėdos laisvosios ekonominės zonos valdymo bendrovė","Klaipėda FEZ"), O("Pomorski Klaster Morski"), O("TNO"),
  O("Symbiosis Advisory SRL"), O("European Chemical Industry Council","Cefic"), O("European Clusters Alliance"),
  O("Directorate-General for Research and Innovation","DG RTD"), O("European Commission"), O("European Union")],
 [E("SYMBIO-PORTS final conference","2041-11-27",None,"Tarragona","Spain"),
  E("Networking lunch","2041-11-27",None,"Tarragona","Spain"),
  E("Workshop on the SYMBIO-PORTS replication toolkit","2041-11-27",None,"Tarragona","Spain"),
  E("Farewell dinner","2041-11-27",None,"Tarragona","Spain"),
  E("SYMBIO-PORTS partner meeting","2038-02",None,"Klaipėda","Lithuania"),
  E("project webinar","2042-02-20",None,None,None)],
 ["2041-11-27","2037-12-01/2041-11-30","2038-02","2045","2040-02-20","2042-02-20"],
 ["Treat shared utility infrastructure in ports as eligible for state aid under the same rules as district heating",
  "Give cluster organisations a formal role as neutral brokers of symbiosis deals",
  "Publish anonymised data on waste streams in every large port by 2045",
  "Fund permanent symbiosis facilitators rather than one-off feasibility studies",
  "Include industrial symbiosis in the next Transition Pathway for the chemicals ecosystem"],
 pub="2041-11-27")
