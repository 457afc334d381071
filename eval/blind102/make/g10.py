from h import *
F = 'g10_pomorskie_offshore_supply_study-pdf.txt'
T = """Offshore Wind Supply Chain in Pomorskie – Summary of the Study                              1

POMERANIAN OFFSHORE & MARITIME CLUSTER
Pomorski Klaster Morski i Offshore

OFFSHORE WIND SUPPLY CHAIN
IN POMORSKIE 2039
Capacities, gaps and the road to 2045

Summary for decision-makers

Prepared by: Institute for Maritime Economy, University of Gdańsk
Commissioned by: Pomeranian Offshore & Maritime Cluster (POMC)
Co-financed by: Marshal's Office of the Pomorskie Voivodeship
Gdańsk, May 2039

Authors: dr hab. Katarzyna Wiśniewska-Mroczek (lead author), Piotr Zaremba,
Agnieszka Lis-Kowalczyk, with contributions from Magnus Ekström (Ramboll
Energy, Malmö)

--------------------------------------------------------------------------------
Offshore Wind Supply Chain in Pomorskie – Summary of the Study                              2

Foreword

When the first Polish offshore wind farms were connected to the grid in the early
2030s, most of the heavy components still came from Denmark, Germany and the
Netherlands. Six years later the picture has changed. Pomeranian shipyards, steel
fabricators and service companies now deliver a growing share of the founda-
tions, cables and vessels, and the ports of Gdańsk and Gdynia have built dedica-
ted installation terminals. This study, commissioned by the cluster in Septem-
ber 2038, asks how far the regional supply chain has come and what is still mis-
sing for the second wave of projects planned until 2045.

We thank the 143 companies that answered the survey and the 38 experts who took
part in interviews and in the validation workshop held in Gdynia on 12 March 2039.

Tomasz Kurek-Zieliński
President of the Management Board, Pomeranian Offshore & Maritime Cluster

Method in brief

The study combines a survey of 143 companies located in the Pomorskie Voivodeship
(conducted from 3 October to 15 December 2038), 38 semi-structured interviews with
developers, tier-1 suppliers and public bodies, and a comparison with three refe-
rence regions: Esbjerg (Denmark), Rostock (Germany) and Eemshaven (the Nether-
lands). Data on contracts were taken from the public registers of the Polish
Offshore Wind Industry Association (PSEW) and from company reports.

--------------------------------------------------------------------------------
Offshore Wind Supply Chain in Pomorskie – Summary of the Study                              3

Key findings

1. The regional content of Polish offshore wind projects rose from about 12% in
   2033 to 31% in 2038, mainly thanks to steel structures and cables.
2. Foundations and transition pieces are the strongest segment: four Pomeranian
   fabricators now hold contracts with all three active developers.
3. The region still lacks a turbine blade factory and a facility for nacelle
   assembly, which together account for more than 40% of project value.
4. Almost two thirds of surveyed companies report a shortage of certified welders
   and offshore technicians, and half of them have turned down orders for this
   reason.
5. Small and medium-sized suppliers rarely qualify directly with developers and
   reach the market through tier-1 contractors, often on unfavourable payment
   terms.
6. Port capacity in Gdańsk and Gdynia is sufficient for the projects planned until
   2040 but not for the second wave expected after 2041.

Recommendations

For the regional government:
- Create a regional offshore skills fund financing welder and technician courses
  for at least 1,500 people by 2043.
- Support the search for an investor in blade production with a dedicated site
  and a fast-track permitting team.

For the cluster:
- Launch a supplier qualification programme that prepares SMEs for the audits of
  developers and tier-1 contractors.
- Organise an annual meet-the-buyer day with the three active developers.

For national authorities:
- Include local content criteria that reward training and research in the next
  auction rounds.

--------------------------------------------------------------------------------
Offshore Wind Supply Chain in Pomorskie – Summary of the Study                              4

Next steps

The findings were presented to the cluster's General Assembly on 27 May 2039 in
Gdańsk and to the regional Offshore Wind Council chaired by Vice-Marshal Marek
Dombrowski-Kruk on 4 June 2039. The first meet-the-buyer day is planned for
the Baltic Offshore Week in Gdynia in September 2039. The full report (146
pages, Polish with an English summary) can be downloaded from the cluster's
website.

Contact
Pomeranian Offshore & Maritime Cluster
Joanna Szymańska, Analyst
al. Grunwaldzka 00, 80-000 Gdańsk
biuro@pomc.example.pl

Publication co-financed by the Marshal's Office of the Pomorskie Voivodeship
under the Regional Programme European Funds for Pomorskie 2034–2040. The views
expressed are those of the authors.

--------------------------------------------------------------------------------
"""
write(F, T)
PO='Pomeranian Offshore & Maritime Cluster'
gold(F,
 [P("Katarzyna Wiśniewska-Mroczek","lead author","Institute for Maritime Economy"),
  P("Piotr Zaremba",None,"Institute for Maritime Economy"),
  P("Agnieszka Lis-Kowalczyk",None,"Institute for Maritime Economy"),
  P("Magnus Ekström",None,"Ramboll Energy"),
  P("Tomasz Kurek-Zieliński","President of the Management Board",PO),
  P("Marek Dombrowski-Kruk","Vice-Marshal",None),
  P("Joanna Szymańska","Analyst",PO)],
 [O(PO,"POMC"), O("Institute for Maritime Economy"), O("University of Gdańsk"),
  O("Marshal's Office of the Pomorskie Voivodeship"), O("Ramboll Energy"),
  O("Polish Offshore Wind Industry Association","PSEW"), O("Offshore Wind Council")],
 [E("validation workshop","2039-03-12",None,"Gdynia","Poland"),
  E("General Assembly","2039-05-27",None,"Gdańsk","Poland"),
  E("Offshore Wind Council","2039-06-04",None,None,None),
  E("meet-the-buyer day","2039-09",None,"Gdynia","Poland"),
  E("Baltic Offshore Week","2039-09",None,"Gdynia","Poland")],
 ["2039-05","2045","2038-09","2039-03-12","2038-10-03/2038-12-15","2033","2038","2040","2041","2043","2039-05-27","2039-06-04","2039-09","2034/2040"],
 ["The regional content of Polish offshore wind projects rose from about 12% in 2033 to 31% in 2038, mainly thanks to steel structures and cables",
  "Foundations and transition pieces are the strongest segment: four Pomeranian fabricators now hold contracts with all three active developers",
  "The region still lacks a turbine blade factory and a facility for nacelle assembly, which together account for more than 40% of project value",
  "Almost two thirds of surveyed companies report a shortage of certified welders and offshore technicians, and half of them have turned down orders for this reason",
  "Small and medium-sized suppliers rarely qualify directly with developers and reach the market through tier-1 contractors, often on unfavourable payment terms",
  "Port capacity in Gdańsk and Gdynia is sufficient for the projects planned until 2040 but not for the second wave expected after 2041",
  "Create a regional offshore skills fund financing welder and technician courses for at least 1,500 people by 2043",
  "Support the search for an investor in blade production with a dedicated site and a fast-track permitting team",
  "Launch a supplier qualification programme that prepares SMEs for the audits of developers and tier-1 contractors",
  "Organise an annual meet-the-buyer day with the three active developers",
  "Include local content criteria that reward training and research in the next auction rounds"],
 pub="2039-05")
