from h import *
F = 'g13_constanta_panel_debate_report.md'
assert wd(2041,4,11)=='Thursday' and wd(2041,4,17)=='Wednesday' and wd(2041,6,6)=='Thursday'
T = """Black Sea Maritime Cluster › News › Event reports

# Panel debate: "Can the Black Sea ports go green without losing traffic?"

**Constanța, 17.04.2041** – *Event report by the cluster secretariat*

Share: [LinkedIn](#) · [Facebook](#) · [Copy link](#)

---

More than 120 people from ports, shipping companies, universities and public authorities filled the auditorium of the Constanța Maritime University on Thursday 11 April 2041 for a public panel debate on the green transition of the Black Sea ports. The debate was organised by the Black Sea Maritime Cluster (BSMC) together with the Bulgarian Marine Cluster from Varna and the Romanian Ministry of Transport, and was held as an independent event in the cluster's "Blue Talks" series, which started in 2039.

The panel was moderated by journalist Ioana Crăciun-Duval. On stage were:

- **Mihai Radu Enescu**, Director General of the Maritime Ports Administration, Constanța
- **Dr. Petya Hristova-Markova**, chair of the Bulgarian Marine Cluster
- **Kerem Aydın**, Head of Sustainability at a container terminal operator in the port of Constanța
- **Prof. Luminița Stan**, Vice-Rector of the Constanța Maritime University
- **Jens-Peter Albrechtsen**, policy officer, European Commission, Directorate-General for Mobility and Transport (DG MOVE)

## What was said

Mr Enescu opened by presenting the port's plan to offer shore power at all passenger and Ro-Ro berths by 2042. He admitted that the port was "at least five years behind Rotterdam and Gdańsk" and that the grid connection was the main bottleneck. Dr. Hristova-Markova described how the Varna cluster had brought together twelve small shipyards to retrofit fishing vessels with hybrid engines, financed partly by the Bulgarian Development Bank.

The most lively part of the evening was the exchange on costs. Mr Aydın warned that higher port fees for polluting ships could push traffic to ports outside the EU, while Mr Albrechtsen insisted that the EU rules on alternative fuels infrastructure apply to all core network ports and that funding from the Connecting Europe Facility would be available in the call closing on 15 October 2041. The audience was less divided than the panel: in a show of hands at the end, a clear majority supported common green port fees for the whole region. Students from the university asked several questions about jobs; Prof. Stan announced a new master's programme in maritime energy systems from autumn 2042.

## Key takeaways

- Shore power is technically ready, but the grid connections need a joint plan of ports, grid operators and the region
- Small shipyards can only retrofit vessels if they work together, as the Varna example shows
- Green port fees must be introduced at the same time in all Black Sea ports of the EU to avoid losing traffic
- Universities and clusters should train the technicians before the equipment arrives, not after

## Next in the series

The next Blue Talks debate, on offshore wind in the Black Sea, will take place on Thursday 6 June 2041 in Varna, hosted by the Bulgarian Marine Cluster. Earlier debates in the series were held in Constanța (November 2039, on LNG as a transition fuel) and in Mangalia (May 2040, on coastal tourism and shipping).

Photos: Vlad Dumitrescu / BSMC. Recording available on the cluster's YouTube channel.

---

*Black Sea Maritime Cluster · Str. Mircea cel Bătrân 104, Constanța · secretariat@bsmc.example.ro*
*Member of the European Network of Maritime Clusters. [Privacy](#) · [Cookies](#) · [Newsletter](#)*
"""
write(F, T)
B="Black Sea Maritime Cluster"
gold(F,
 [P("Ioana Crăciun-Duval","journalist",None),
  P("Mihai Radu Enescu","Director General","Maritime Ports Administration"),
  P("Petya Hristova-Markova","chair","Bulgarian Marine Cluster"),
  P("Kerem Aydın","Head of Sustainability",None),
  P("Luminița Stan","Vice-Rector","Constanța Maritime University"),
  P("Jens-Peter Albrechtsen","policy officer","Directorate-General for Mobility and Transport"),
  P("Vlad Dumitrescu",None,None)],
 [O(B,"BSMC"), O("Constanța Maritime University"), O("Bulgarian Marine Cluster"), O("Romanian Ministry of Transport"),
  O("Maritime Ports Administration"), O("European Commission"), O("Directorate-General for Mobility and Transport","DG MOVE"),
  O("Bulgarian Development Bank"), O("European Network of Maritime Clusters")],
 [E("Panel debate: \"Can the Black Sea ports go green without losing traffic?\"","2041-04-11",None,"Constanța","Romania"),
  E("Blue Talks","2041-06-06",None,"Varna","Bulgaria"),
  E("Blue Talks","2039-11",None,"Constanța","Romania"),
  E("Blue Talks","2040-05",None,"Mangalia","Romania")],
 ["2041-04-17","2041-04-11","2039","2041-10-15","2042","2041-06-06","2039-11","2040-05"],
 ["Shore power is technically ready, but the grid connections need a joint plan of ports, grid operators and the region",
  "Small shipyards can only retrofit vessels if they work together, as the Varna example shows",
  "Green port fees must be introduced at the same time in all Black Sea ports of the EU to avoid losing traffic",
  "Universities and clusters should train the technicians before the equipment arrives, not after"],
 pub="2041-04-17")
