from h import *
F = 'g14_west_sweden_mobility_forum_report.txt'
assert wd(2036,10,2)=='Thursday' and wd(2036,10,3)=='Friday' and wd(2036,12,11)=='Thursday'
T = """WEST SWEDEN MOBILITY CLUSTER FORUM 2036
Conference report and conclusions

Gothenburg, 2–3 October 2036
Organised by Lindholmen Mobility Cluster ek. för. with the Västra Götaland Region and Business Region Göteborg AB
Report prepared by: Elin Åkesson-Nyberg (rapporteur) and Marcus O'Donnell-Hjalmarsson (Lindholmen Mobility Cluster)
Date of report: 11 December 2036

--------------------------------------------------------------------
1. INTRODUCTION
--------------------------------------------------------------------

The sixth West Sweden Mobility Cluster Forum gathered 320 participants at Lindholmen Conference Centre in Gothenburg. The theme of this year's forum was "Electrified heavy transport: from pilots to corridors". The forum brought together vehicle manufacturers, suppliers, ports, logistics companies, charging operators, universities and public authorities from Sweden, Norway, Denmark, Germany and Poland.

Previous editions: Gothenburg (2031, 2032, 2034), Borås (2033), Trollhättan (2035).

--------------------------------------------------------------------
2. PROGRAMME
--------------------------------------------------------------------

Thursday 2 October
08:30  Registration and coffee
09:15  Welcome – Anna-Karin Sjöberg, Chair of the Regional Development Committee, Västra Götaland Region
09:30  Keynote: The state of electrified freight in Europe – Dr. Matthias Brenninkmeijer, Head of Research, Volvo Group Trucks Technology
10:30  Panel: Charging corridors between Oslo, Gothenburg and Malmö
12:00  Lunch
13:30  Parallel workshops: (A) depot charging, (B) battery second life, (C) skills for electrified transport
16:00  Site visit to the Port of Gothenburg's electric terminal tractors
19:00  Forum dinner at Eriksbergshallen

Friday 3 October
09:00  Cluster managers' breakfast (by invitation)
10:00  Reports from the workshops
11:00  Conclusions – Elin Åkesson-Nyberg, rapporteur
12:00  Closing – Johan Lindqvist, CEO, Lindholmen Mobility Cluster

--------------------------------------------------------------------
3. SUMMARY OF DISCUSSIONS
--------------------------------------------------------------------

In his keynote, Dr. Brenninkmeijer argued that the technology for electrified long-haul trucks is mature, but that grid capacity at depots and along motorways is now the main constraint. The panel on charging corridors, moderated by Sofie Lund-Pettersen of the Norwegian cluster Ocean Autonomy Cluster, agreed that charging points are planned nationally but used internationally.

Workshop A heard from haulier Per Gunnarsson of Gunnarssons Åkeri AB, who has electrified 14 of his 40 trucks and said that the waiting time for a grid connection at his depot in Kungälv was 26 months. Workshop B, led by Chalmers University of Technology, discussed second-life use of truck batteries for port equipment. Workshop C, chaired by Katarzyna Wróbel-Nilsson of the Swedish Transport Administration (Trafikverket), looked at the shortage of technicians able to service high-voltage vehicles.

--------------------------------------------------------------------
4. CONCLUSIONS OF THE FORUM
--------------------------------------------------------------------

The rapporteur presented the following conclusions, which were endorsed by the participants:

a) Grid capacity is the bottleneck for electrified heavy transport; grid operators must be part of the cluster's work from now on
b) Charging corridors need cross-border planning between the Nordic countries, not only national plans
c) Second-life batteries offer a business opportunity for regional suppliers and should be tested in the ports of Gothenburg and Trelleborg
d) The region needs a joint training offer for high-voltage technicians, organised by vocational schools together with employers
e) Small hauliers need advice and shared depot solutions to be able to switch

--------------------------------------------------------------------
5. LESSONS LEARNT FOR THE ORGANISERS
--------------------------------------------------------------------

- The site visit was the most appreciated item and should be repeated with more places
- Parallel workshops were too large; groups of at most 30 people work better
- Participation of grid operators and municipalities should be actively sought

--------------------------------------------------------------------
6. FOLLOW-UP
--------------------------------------------------------------------

The conclusions were presented to the board of Lindholmen Mobility Cluster on 20 November 2036 and will be sent to the Nordic Council of Ministers' working group on transport. The seventh forum will take place in Trollhättan on 7–8 October 2037.

Contact: forum@lindholmen-mobility.example.se
"""
assert wd(2036,11,20)=='Thursday' and wd(2037,10,7)=='Wednesday'
write(F, T)
L = "Lindholmen Mobility Cluster ek. för."
gold(F,
 [P("Elin Åkesson-Nyberg","rapporteur",None),
  P("Marcus O'Donnell-Hjalmarsson",None,"Lindholmen Mobility Cluster"),
  P("Anna-Karin Sjöberg","Chair of the Regional Development Committee","Västra Götaland Region"),
  P("Matthias Brenninkmeijer","Head of Research","Volvo Group Trucks Technology"),
  P("Johan Lindqvist","CEO","Lindholmen Mobility Cluster"),
  P("Sofie Lund-Pettersen",None,"Ocean Autonomy Cluster"),
  P("Per Gunnarsson","haulier","Gunnarssons Åkeri AB"),
  P("Katarzyna Wróbel-Nilsson",None,"Swedish Transport Administration")],
 [O(L), O("Västra Götaland Region"), O("Business Region Göteborg AB"), O("Volvo Group Trucks Technology"),
  O("Port of Gothenburg"), O("Ocean Autonomy Cluster"), O("Gunnarssons Åkeri AB"), O("Chalmers University of Technology"),
  O("Swedish Transport Administration","Trafikverket"), O("Nordic Council of Ministers")],
 [E("West Sweden Mobility Cluster Forum","2036-10-02","2036-10-03","Gothenburg","Sweden"),
  E("Site visit","2036-10-02",None,"Gothenburg","Sweden"),
  E("Forum dinner","2036-10-02",None,"Gothenburg","Sweden"),
  E("Cluster managers' breakfast","2036-10-03",None,"Gothenburg","Sweden"),
  E("West Sweden Mobility Cluster Forum","2031",None,"Gothenburg","Sweden"),
  E("West Sweden Mobility Cluster Forum","2032",None,"Gothenburg","Sweden"),
  E("West Sweden Mobility Cluster Forum","2034",None,"Gothenburg","Sweden"),
  E("West Sweden Mobility Cluster Forum","2033",None,"Borås","Sweden"),
  E("West Sweden Mobility Cluster Forum","2035",None,"Trollhättan","Sweden"),
  E("board of Lindholmen Mobility Cluster","2036-11-20",None,None,None),
  E("West Sweden Mobility Cluster Forum","2037-10-07","2037-10-08","Trollhättan","Sweden")],
 ["2036-10-02/2036-10-03","2036-12-11","2031","2032","2034","2033","2035","2036-10-02","2036-10-03","2036-11-20","2037-10-07/2037-10-08"],
 ["Grid capacity is the bottleneck for electrified heavy transport; grid operators must be part of the cluster's work from now on",
  "Charging corridors need cross-border planning between the Nordic countries, not only national plans",
  "Second-life batteries offer a business opportunity for regional suppliers and should be tested in the ports of Gothenburg and Trelleborg",
  "The region needs a joint training offer for high-voltage technicians, organised by vocational schools together with employers",
  "Small hauliers need advice and shared depot solutions to be able to switch",
  "The site visit was the most appreciated item and should be repeated with more places",
  "Parallel workshops were too large; groups of at most 30 people work better",
  "Participation of grid operators and municipalities should be actively sought"],
 pub="2036-12-11")
