from h import *
F = 'g05_portflow_final_conference_report-pdf.txt'
assert wd(2041,11,18)=='Monday' and wd(2041,11,19)=='Tuesday' and wd(2041,10,2)=='Wednesday'
T = """PORTFLOW – Final Conference Report                                    D7.6 | Public
Horizon Europe Grant Agreement No. 101XXXXXX


                 PORTFLOW
     Circular Logistics Clusters for European Ports

             FINAL CONFERENCE REPORT
     Rotterdam, 18–19 November 2041

Deliverable D7.6 · Work package 7 (Dissemination) · Version 1.0 · 12 December 2041
Lead beneficiary: Stichting Port Innovation Hub Zuid-Holland
Authors: Maartje van Leeuwen-Boer, Jasper Ooms, Karolina Nowicka-Hart


1. Introduction

The final conference of PORTFLOW took place on 18 and 19 Novem-
ber 2041 in the Maassilo in Rotterdam and at the Delft University
of Technology (TU Delft). It closed four years of work by 14 benefi-
ciaries from eight countries on circular logistics in and around Eu-
ropean ports. The conference was attended by 236 participants on
site and 410 online, among them cluster managers, port authorities,
logistics SMEs and policy makers.

The event was opened by Gerrit-Jan Mulder, Alderman for Port and
Economy of the Municipality of Rotterdam, and by Chiara Benedetti-Ruiz,
Programme Officer at the European Health and Digital Executive Agency
(HaDEA), who followed the project on behalf of the European
Commission. Both stressed that the pilots had produced evidence that
regional and national authorities could use well beyond the port sec-
tor.

PORTFLOW – Final Conference Report                                    D7.6 | Public
                                                                            page 2

2. Programme overview

Day 1 – Monday 18 November 2041, Maassilo, Rotterdam
09:30  Opening and welcome
10:00  Keynote: "Ports as circular hubs" – Prof. Rasmus Thorvaldsen,
       Copenhagen Business School
11:00  Results of the four pilots (Rotterdam, Gdańsk, Valencia, Koper)
14:00  Panel: How can clusters help logistics SMEs to go circular?
       with Anke Vogt-Reimers (Maritime Cluster Northern Germany),
       Luka Kovačič (Slovenian Logistics Cluster),
       Paula Ibáñez Soler (Fundación Valenciaport)
16:30  Harbour tour by boat with the Port of Rotterdam Authority
19:00  Conference dinner at the Maassilo

Day 2 – Tuesday 19 November 2041, TU Delft
09:30  Policy roundtable with DG MOVE and DG GROW
11:00  Launch of the PORTFLOW Cluster Toolkit
12:30  Visit to the TU Delft Hydraulic Engineering laboratory
14:00  Closing of the conference

3. Results presented

Over the project period (October 2037 – December 2041) the partners
ran pilots with 68 SMEs. In Gdańsk the Pomeranian Logistics
Cluster tested shared empty-container planning; in Valencia the partners
rebuilt reverse logistics for pallets; in Koper the Port of Koper
(Luka Koper d.d.) set up a digital marketplace for secondary ma-
terials. The Rotterdam pilot, led by Stichting Port Innovation Hub
Zuid-Holland, showed a 17% reduction of empty truck kilometres.

PORTFLOW – Final Conference Report                                    D7.6 | Public
                                                                            page 3

4. Conclusions of the conference

The moderators summarised the two days in the following con-
clusions:

• Cluster organisations are the most effective channel to reach
  logistics SMEs, but they need multi-year funding to keep pilots
  running after a project ends
• Data sharing between competitors only works when a neutral
  party, such as a port authority or a cluster, hosts the platform
• Circular logistics must become part of the regional smart
  specialisation strategies of port regions
• Skills are the bottleneck: few SMEs employ staff able to redesign
  reverse flows

5. Follow-up

The toolkit will be maintained by the partners until at least 2044.
A follow-up proposal under the Single Market Programme was sub-
mitted on 2 October 2041 by a group of six clusters. The consortium
thanks Dr. Wim Zandvliet (TU Delft) for hosting the second day.

Contact: info@portflow.example.eu

PORTFLOW – Final Conference Report                                    D7.6 | Public
                                                                            page 4

Funded by the European Union under Grant Agreement No. 101XXXXXX.
Views and opinions expressed are those of the authors only and do
not necessarily reflect those of the European Union or HaDEA.
"""
write(F, T)
gold(F,
 [P("Maartje van Leeuwen-Boer",None,None), P("Jasper Ooms",None,None), P("Karolina Nowicka-Hart",None,None),
  P("Gerrit-Jan Mulder","Alderman for Port and Economy","Municipality of Rotterdam"),
  P("Chiara Benedetti-Ruiz","Programme Officer","European Health and Digital Executive Agency"),
  P("Rasmus Thorvaldsen",None,"Copenhagen Business School"),
  P("Anke Vogt-Reimers",None,"Maritime Cluster Northern Germany"),
  P("Luka Kovačič",None,"Slovenian Logistics Cluster"),
  P("Paula Ibáñez Soler",None,"Fundación Valenciaport"),
  P("Wim Zandvliet",None,"TU Delft")],
 [O("Stichting Port Innovation Hub Zuid-Holland"), O("Delft University of Technology","TU Delft"),
  O("Municipality of Rotterdam"), O("European Health and Digital Executive Agency","HaDEA"), O("European Commission"),
  O("Copenhagen Business School"), O("Maritime Cluster Northern Germany"), O("Slovenian Logistics Cluster"),
  O("Fundación Valenciaport"), O("Port of Rotterdam Authority"), O("DG MOVE"), O("DG GROW"),
  O("Pomeranian Logistics Cluster"), O("Port of Koper")],
 [E("final conference","2041-11-18","2041-11-19","Rotterdam, Delft","Netherlands"),
  E("Harbour tour by boat","2041-11-18",None,"Rotterdam","Netherlands"),
  E("Conference dinner","2041-11-18",None,"Rotterdam","Netherlands"),
  E("Visit to the TU Delft Hydraulic Engineering laboratory","2041-11-19",None,"Delft","Netherlands")],
 ["2041-11-18/2041-11-19","2041-12-12","2041-11-18","2041-11-19","2037-10/2041-12","2044","2041-10-02"],
 ["Cluster organisations are the most effective channel to reach logistics SMEs, but they need multi-year funding to keep pilots running after a project ends",
  "Data sharing between competitors only works when a neutral party, such as a port authority or a cluster, hosts the platform",
  "Circular logistics must become part of the regional smart specialisation strategies of port regions",
  "Skills are the bottleneck: few SMEs employ staff able to redesign reverse flows"],
 pub="2041-12-12")
