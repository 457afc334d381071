from h import *
F = 'g04_kainuu_data_cluster_annual_report-pdf.txt'
assert wd(2039,3,9)=='Wednesday' and wd(2039,5,24)=='Tuesday' and wd(2039,9,14)=='Wednesday' and wd(2039,11,29)=='Tuesday' and wd(2040,4,3)=='Tuesday'
HL = ["27 new member organisations, bringing the total to 143",
 "€4.6 million in joint R&D projects started with member companies",
 "1,850 participants at 31 cluster events, 44% of them from outside Kainuu",
 "Two new data centre investments in Kajaani and Sotkamo announced, with 160 jobs expected",
 "The Kainuu Games Academy trained its first 48 students"]
H = "Kainuu Data & Games Cluster · Annual Report 2039"
T = f"""{H}

ANNUAL REPORT 2039
Highlights of the year

Kainuu Data & Games Cluster
Kajaani, Finland

Approved by the Board on 12 March 2040

                                                                         1
{H}

Foreword

The year 2039 was the busiest in the cluster's eleven-year history. Two large data
centre operators chose our region, the games academy opened its doors, and our
members took part in more European projects than ever before. I want to thank our
members, the Regional Council of Kainuu and the City of Kajaani for their continued
trust. Sadly we also said goodbye to our long-time board member Veikko Heikkinen,
who retired in June after 23 years at CSC – IT Center for Science.

Riikka Pulkkinen-Mäkelä
Chair of the Board

Highlights 2039

{bl(HL, '•  ')}

                                                                         2
{H}

Events of the year

Kainuu Data Days, Wednesday 9 March 2039, Kajaani. The cluster's main annual event
gathered 410 participants. Keynote speakers included Dr. Ville Kemppainen, Research
Director at CSC – IT Center for Science, and Sofia Granlund, Head of Sustainability at
Nordic Datahall Oy. The panel on waste-heat reuse led directly to a pilot with
Loiste Lämpö Oy, the district heating company of Kajaani.

Game Jam Kainuu, 20–22 May 2039, Kajaani University of Applied Sciences. Eighty-six
students and developers built 19 games in 48 hours. The jury was chaired by Aleksi
Räsänen, Creative Director of Snowpine Studios.

Study visit to Luleå, Tuesday 24 May 2039. Twelve members visited the Node Pole data
centre area and the Luleå University of Technology with Business Sweden. Lessons from
the visit were presented to the board in June.

Kainuu Cloud & Energy Forum, Wednesday 14 September 2039, Sotkamo. Co-organised with
the Energy Authority and Business Finland; 230 participants.

Members' Christmas seminar, Tuesday 29 November 2039, Kajaani. Annual review and
approval of the operating plan 2040–2042.

                                                                         3
{H}

Finances and organisation

The cluster's income in 2039 was €1.92 million (2038: €1.51 million), of which 38%
came from membership fees, 41% from projects and 21% from the Regional Council of
Kainuu. The office employed seven people. In September, Jarkko Tolonen joined as
Development Manager for games and Anni Korhonen as Communications Coordinator.

Board 2039–2041
Riikka Pulkkinen-Mäkelä, Chair (Kajaani University of Applied Sciences)
Matti Huotari, Vice Chair (Nordic Datahall Oy)
Laura Seppänen (City of Kajaani)
Petri Karjalainen (Snowpine Studios)
Hanna Ruotsalainen (Kainuun Yrittäjät ry)

Managing Director: Tuomas Leinonen

Outlook for 2040

In 2040 the cluster will focus on three priorities: skills for the data centre
construction phase, the internationalisation of games companies and the use of waste
heat. The next Kainuu Data Days will take place on Tuesday 3 April 2040. We also
expect the decision on our application to the European Cluster Excellence Program-
me partnership call in the first half of the year.

Contact: Kainuu Data & Games Cluster, Ketunpolku 1, 87100 Kajaani,
office@kainuudata.example.fi

                                                                         4
"""
write(F, T)
O_ = "Kainuu Data & Games Cluster"
gold(F,
 [P("Veikko Heikkinen","board member",O_),
  P("Riikka Pulkkinen-Mäkelä","Chair of the Board",O_),
  P("Ville Kemppainen","Research Director","CSC – IT Center for Science"),
  P("Sofia Granlund","Head of Sustainability","Nordic Datahall Oy"),
  P("Aleksi Räsänen","Creative Director","Snowpine Studios"),
  P("Jarkko Tolonen","Development Manager",O_),
  P("Anni Korhonen","Communications Coordinator",O_),
  P("Matti Huotari","Vice Chair",O_),
  P("Laura Seppänen",None,"City of Kajaani"),
  P("Petri Karjalainen",None,"Snowpine Studios"),
  P("Hanna Ruotsalainen",None,"Kainuun Yrittäjät ry"),
  P("Tuomas Leinonen","Managing Director",O_)],
 [O(O_), O("Regional Council of Kainuu"), O("City of Kajaani"), O("CSC – IT Center for Science"),
  O("Nordic Datahall Oy"), O("Loiste Lämpö Oy"), O("Kajaani University of Applied Sciences"), O("Snowpine Studios"),
  O("Luleå University of Technology"), O("Business Sweden"), O("Energy Authority"), O("Business Finland"),
  O("Kainuun Yrittäjät ry"), O("Kainuu Games Academy")],
 [E("Kainuu Data Days","2039-03-09",None,"Kajaani","Finland"),
  E("Game Jam Kainuu","2039-05-20","2039-05-22","Kajaani","Finland"),
  E("Study visit to Luleå","2039-05-24",None,"Luleå","Sweden"),
  E("Kainuu Cloud & Energy Forum","2039-09-14",None,"Sotkamo","Finland"),
  E("Members' Christmas seminar","2039-11-29",None,"Kajaani","Finland"),
  E("Kainuu Data Days","2040-04-03",None,None,None)],
 ["2039","2040-03-12","2039-06","2039-03-09","2039-05-20/2039-05-22","2039-05-24","2039-09-14","2039-11-29",
  "2040/2042","2038","2039-09","2039/2041","2040","2040-04-03"],
 HL, "2040-03-12")
