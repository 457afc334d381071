from common import *
T = """PRESS RELEASE                                    PuuPohjola – Northern Finland Wood Construction Cluster
                                                                                        1 / 2
Oulu, 26.4.2035

PuuPohjola elects new Board at its General Assembly – Hanna-Riikka Lampinen
is the first woman to chair the cluster

The annual General Assembly of PuuPohjola ry, the Northern Finland Wood Con-
struction Cluster, met on Tuesday 24 April 2035 at the Tietotalo building of the
University of Oulu. 58 of the cluster's 96 member organisations were represen-
ted in person or by proxy. The Assembly approved the activity report and the fin-
ancial statements for 2034, discharged the outgoing Board and elected a new Board
for the term 2035–2037.

Hanna-Riikka Lampinen, CEO of Kuusamo Lamelli Oy, was elected Chair of the Board.
She succeeds Esa Kärkkäinen (Rakennusliike Kärkkäinen Oy), who led the Board
for six years and did not stand again. Matti Heikkilä, research director at the
Oulu University of Applied Sciences (OAMK), continues as Vice-Chair.

The new Board members are:
• Aino Väisänen, head of production, Pohjolan Moduulitalot Oy
• Jussi Tervonen, managing director, Tervo CLT Oy
• Lauri Keränen, city architect, City of Oulu
• Elina Mäkelä-Ruotsalainen, partner, Arkkitehtitoimisto Linja Oy
• Olli-Pekka Niskanen, sales director, Metsä-Kaira Sawmills Oy (deputy member)

"Wood has moved from the margins to the mainstream of northern construc-
tion. My priority is to get our SMEs into the large public tenders – schools,
care homes, the new student housing in Linnanmaa," Lampinen said after the

PuuPohjola ry · Press release 26.4.2035                                           page 1
---------------------------------------------------------------------------------------------
PRESS RELEASE                                    PuuPohjola – Northern Finland Wood Construction Cluster
                                                                                        2 / 2
vote. She thanked Kärkkäinen for steering the cluster through the difficult
years of high interest rates in 2031 and 2032.

Cluster manager Ville Hautala presented the activity plan for 2035. The cluster
will run a joint stand at the Wood Building Days in Helsinki on 9–10 October 2035,
a study tour to Skellefteå and Umeå in Sweden in June, and its third Timber
Procurement Forum for municipalities in Rovaniemi on 13 November 2035.
The Assembly also approved a membership fee increase of 4 % from January 2036.

The Assembly heard a guest address by Riikka Ojala, head of unit for regional
innovation at the Council of Oulu Region, on the region's smart specialisation
strategy 2035–2040, and a presentation by Teemu Saarela from Business Finland
on the Wood Building Programme calls.

The next General Assembly will be held in spring 2036 in Kajaani.

Further information:
Ville Hautala, cluster manager, PuuPohjola ry, +358 40 000 2211,
ville.hautala@puupohjola.example
Hanna-Riikka Lampinen, Chair of the Board, +358 50 000 7788

About PuuPohjola
PuuPohjola ry was founded in 2014 by eleven sawmills, builders and the Univer-
sity of Oulu to grow industrial wood construction in Northern Ostrobothnia, Kai-
nuu and Lapland. Its members employ around 6,800 people.

PuuPohjola ry · Press release 26.4.2035                                           page 2
"""
C="PuuPohjola ry"
write("PuuPohjola_press-release_general-assembly_2035-pdf.txt", T,
 [P("Hanna-Riikka Lampinen","Chair of the Board",C),
  P("Esa Kärkkäinen",None,"Rakennusliike Kärkkäinen Oy"),
  P("Matti Heikkilä","Vice-Chair",C),
  P("Aino Väisänen","head of production","Pohjolan Moduulitalot Oy"),
  P("Jussi Tervonen","managing director","Tervo CLT Oy"),
  P("Lauri Keränen","city architect","City of Oulu"),
  P("Elina Mäkelä-Ruotsalainen","partner","Arkkitehtitoimisto Linja Oy"),
  P("Olli-Pekka Niskanen","sales director","Metsä-Kaira Sawmills Oy"),
  P("Ville Hautala","cluster manager",C),
  P("Riikka Ojala","head of unit for regional innovation","Council of Oulu Region"),
  P("Teemu Saarela",None,"Business Finland")],
 [O(C),O("University of Oulu"),O("Kuusamo Lamelli Oy"),O("Rakennusliike Kärkkäinen Oy"),
  O("Oulu University of Applied Sciences","OAMK"),O("Pohjolan Moduulitalot Oy"),O("Tervo CLT Oy"),O("City of Oulu"),
  O("Arkkitehtitoimisto Linja Oy"),O("Metsä-Kaira Sawmills Oy"),O("Council of Oulu Region"),O("Business Finland")],
 [E("General Assembly","2035-04-24","2035-04-24","Oulu","Finland"),
  E("Wood Building Days","2035-10-09","2035-10-10","Helsinki","Finland"),
  E("study tour to Skellefteå and Umeå","2035-06","2035-06",None,"Sweden"),
  E("Timber Procurement Forum","2035-11-13","2035-11-13","Rovaniemi","Finland"),
  E("General Assembly","2036","2036","Kajaani","Finland")],
 ["2035-04-26","2035-04-24","2034","2035/2037","2031","2032","2035","2035-10-09/2035-10-10","2035-06","2035-11-13",
  "2036-01","2035/2040","2036","2014"], pub="2035-04-26")
