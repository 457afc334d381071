from h import *
F = 'g08_emsland_energy_cluster_annual_report-pdf.txt'
assert wd(2039,3,15)=='Tuesday' and wd(2038,9,17)=='Friday'
H = "Emsland Energy Cluster e.V. · Annual Report 2038"
T = f"""{H}
People and Partners

1 Who we are
The Emsland Energy Cluster e.V. (EEC) brings together companies, research insti-
tutes and municipalities working on hydrogen, biogas and grid technology in the
district of Emsland and the neighbouring County of Bentheim. At the end of 2038
the association had 87 members, eleven more than a year earlier. This chapter
presents the people who ran the cluster in 2038 and the partners we worked with.

2 Executive board
The members' assembly on 17 September 2038 in Lingen elected the executive
board for the period 2038–2041:
Chair: Dr. Friederike Schulte-Ebbert, Managing Director, Lingen Hydrogen Hub GmbH
Deputy Chair: Hendrik van der Meulen, Head of Innovation, Meppen Netzbetrieb AG
Treasurer: Gisela Kotte, Volksbank Emsland-Nord eG
Board member: Prof. Dr. Jens Brüning (Hochschule Osnabrück, Campus Lingen)
Board member: Anke Thoben (Biogas Thoben GmbH & Co. KG, Haselünne)
The outgoing deputy chair, Bernd Wilmes, left the board after nine years. We
thank him for his commitment, in particular for setting up the hydrogen work-
ing group in 2031.

{H}                                                        Page 1 of 3

3 The team
Managing director: Stefan Lögering (since 2035)
Project manager, European projects: Carla Mendes Ribeiro
Project manager, hydrogen working group: Timo Wessels
Office and finance: Marion Dankelmann
Trainee: Luca Hermes (from 1 August 2038)
In 2038 Jana Kramer, who had looked after the members' service for six years,
moved to the Lower Saxony Ministry for Economic Affairs in Hanover. Her tasks
were taken over by Marion Dankelmann.

4 New members in 2038
Eleven organisations joined the cluster during the year. The following list
gives each new member with its country:
– Elektrolyse Nord GmbH, Germany
– Coevorden Gas Storage B.V., Netherlands
– Twente Hydrogen Coalition, Netherlands
– Ems Achse e.V., Germany
– Stadtwerke Papenburg GmbH, Germany
– H2 Sensorik Meppen UG, Germany
– Hanze University of Applied Sciences Groningen, Netherlands
– Nordic Electrolyser ApS, Denmark
– Freren Solarpark GmbH, Germany
– Gemeente Emmen, Netherlands
– Biomethan Lathen KG, Germany

{H}                                                        Page 2 of 3

5 European partners
Within the Interreg VI A Deutschland-Nederland project H2-GRENS the cluster
worked with Energy Valley Netherlands (lead partner), New Energy Coalition and
the Groningen Seaports N.V. Our contact persons
there are Marieke Hoekstra-Lubbers (Energy Valley Netherlands, Netherlands) and Pieter Zandstra (New En-
ergy Coalition, Netherlands). The cluster is a member of the European Clean
Hydrogen Alliance and of the network Cluster Niedersachsen.

6 Events in 2038
The cluster held the 6th Emsland Hydrogen Day on 3 May 2038 in Meppen (280
participants) and a study trip to Esbjerg, Denmark, from 20 to 22 June 2038.
The members' assembly in Lingen on 17 September 2038 was followed by a din-
ner for the members at 19:00.

7 Key takeaways
– Cross-border partners now make up a quarter of our new members
– The members' service must be staffed by two people, not one
– Municipalities want the cluster to advise them on hydrogen filling stations
– The board should meet in Meppen and Papenburg as well as in Lingen

The next members' assembly will be held on Tuesday 15 March 2039 in Papen-
burg.

Lingen (Ems), February 2039
Dr. Friederike Schulte-Ebbert, Chair · Stefan Lögering, Managing Director

{H}                                                        Page 3 of 3
"""
write(F, T)
E_="Emsland Energy Cluster e.V."
gold(F,
 [P("Friederike Schulte-Ebbert","Chair",E_), P("Hendrik van der Meulen","Deputy Chair",E_), P("Gisela Kotte","Treasurer",E_),
  P("Jens Brüning","Board member",E_), P("Anke Thoben","Board member",E_),
  P("Bernd Wilmes","deputy chair",E_), P("Stefan Lögering","Managing director",E_),
  P("Carla Mendes Ribeiro","Project manager",E_), P("Timo Wessels","Project manager",E_),
  P("Marion Dankelmann","Office and finance",E_), P("Luca Hermes","Trainee",E_),
  P("Jana Kramer",None,"Lower Saxony Ministry for Economic Affairs"),
  P("Marieke Hoekstra-Lubbers",None,"Energy Valley Netherlands"), P("Pieter Zandstra",None,"New Energy Coalition")],
 [O(E_,"EEC"), O("Lingen Hydrogen Hub GmbH"), O("Meppen Netzbetrieb AG"), O("Volksbank Emsland-Nord eG"),
  O("Hochschule Osnabrück"), O("Biogas Thoben GmbH & Co. KG"), O("Lower Saxony Ministry for Economic Affairs"),
  O("Elektrolyse Nord GmbH"), O("Coevorden Gas Storage B.V."), O("Twente Hydrogen Coalition"), O("Ems Achse e.V."),
  O("Stadtwerke Papenburg GmbH"), O("H2 Sensorik Meppen UG"), O("Hanze University of Applied Sciences Groningen"),
  O("Nordic Electrolyser ApS"), O("Freren Solarpark GmbH"), O("Gemeente Emmen"), O("Biomethan Lathen KG"),
  O("Energy Valley Netherlands"), O("New Energy Coalition"), O("Groningen Seaports N.V."),
  O("European Clean Hydrogen Alliance"), O("Cluster Niedersachsen")],
 [E("members' assembly","2038-09-17",None,"Lingen","Germany"),
  E("6th Emsland Hydrogen Day","2038-05-03",None,"Meppen","Germany"),
  E("study trip to Esbjerg","2038-06-20","2038-06-22","Esbjerg","Denmark"),
  E("dinner for the members","2038-09-17",None,"Lingen","Germany"),
  E("members' assembly","2039-03-15",None,"Papenburg","Germany")],
 ["2038","2038-09-17","2038/2041","2031","2035","2038-08-01","2038-05-03","2038-06-20/2038-06-22","2039-03-15","2039-02"],
 ["Cross-border partners now make up a quarter of our new members",
  "The members' service must be staffed by two people, not one",
  "Municipalities want the cluster to advise them on hydrogen filling stations",
  "The board should meet in Meppen and Papenburg as well as in Lingen"],
 pub="2039-02")
