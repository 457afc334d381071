from h import *
F = 'g16_ingolstadt_board_minutes.txt'
assert wd(2035,2,7)=='Wednesday' and wd(2035,3,21)=='Wednesday' and wd(2035,4,25)=='Wednesday' and wd(2035,2,14)=='Wednesday'
T = """MOBILITY CLUSTER REGION 10 e.V. (MCR10)
Minutes of the 22nd meeting of the Executive Board
English working translation – the German minutes are binding

Date: Wednesday, 7 February 2035, 14:00–17:10
Place: IN-Campus, Ingolstadt, meeting room "Donau"; two members joined online
Chair: Prof. Dr. Gabriele Hirschvogel-Ambach (Chair of the Board, Technische Hochschule Ingolstadt)
Present: Stefan Ruckdäschel (Deputy Chair, AUDI AG), Yasemin Aydın-Schröder (Treasurer, Stadtwerke Ingolstadt), Dr. Jean-Luc Wagener (member, Continental Automotive Technologies GmbH), Andrea Pfaffenzeller (member, Landkreis Eichstätt)
Guests: Konstantin Roth, Managing Director of MCR10 (minutes); Dr. Ilse Kreutmair, Bayern Innovativ GmbH (item 4 only)
Excused: Michael Brunnhuber

1. Opening and approval of the agenda
The Chair opened the meeting at 14:00, noted that the Board had a quorum and that the invitation had been sent on 24 January 2035. The agenda was approved without changes. The minutes of the 21st meeting on 29 November 2034 were approved.

2. Report of the Managing Director
Konstantin Roth reported on the last quarter. The cluster has 131 members (+6). The Autonomous Driving Test Days at the Audi test track in Neustadt an der Donau on 17–18 October 2034 attracted 46 exhibitors. The cluster's study trip to Gothenburg and Trollhättan on 3–5 December 2034, with 14 participants from nine member companies, led to two joint project ideas with the Swedish cluster Lindholmen Science Park AB.
Membership fee income for 2035 is on track; four members have not yet paid.

3. Event planning 2035
The Managing Director presented the events calendar for the first half of 2035:
- 14 February 2035, 17:00 – New Year's reception for members, IN-Campus, with a keynote by the Bavarian Minister of Economic Affairs (to be confirmed)
- 21 March 2035 – Members' assembly (Mitgliederversammlung) with elections to the Board, Stadttheater Ingolstadt, foyer
- 25 April 2035 – Cluster round table "Charging infrastructure in rural areas" with the Regionalmanagement Region Ingolstadt e.V. in Pfaffenhofen an der Ilm
- 11–13 June 2035 – joint stand of the region at the Automotive Forum in Munich
The Board asked for a more international programme in the second half of the year and suggested a delegation trip to the cluster network in Győr (Hungary) in autumn.

4. Cooperation with Bayern Innovativ
Dr. Ilse Kreutmair presented the Bavarian cluster offensive 2035–2040 and the new funding rules for cluster management. Clusters will have to show impact indicators from 2036 onwards. The Board discussed whether MCR10 should apply for the "cluster excellence" label of the European Secretariat for Cluster Analysis (ESCA).

5. Budget 2035
The Treasurer presented the draft budget. Total income EUR 1.24 million, of which 38 % membership fees, 45 % public funding and 17 % events and services.

6. Decisions
The Board decided:
a) the budget 2035 is approved as presented and will be put to the members' assembly on 21 March 2035
b) the Managing Director will prepare an application for the ESCA Gold label by 30 September 2035
c) the members' fee for start-ups under three years old is reduced to EUR 250 per year from 2036
d) a delegation trip to Győr will be prepared for October 2035, if at least eight member companies register

7. Any other business
Yasemin Aydın-Schröder informed the Board that she will not stand again as Treasurer at the members' assembly. The Chair thanked her for six years of service (2029–2035).
Next Board meeting: Wednesday 25 April 2035, 10:00, Pfaffenhofen an der Ilm, before the round table.

Ingolstadt, 9 February 2035
Konstantin Roth, Managing Director (minutes)       Prof. Dr. Gabriele Hirschvogel-Ambach, Chair of the Board
"""
write(F, T)
M="MOBILITY CLUSTER REGION 10 e.V."
gold(F,
 [P("Gabriele Hirschvogel-Ambach","Chair of the Board","MCR10"),
  P("Stefan Ruckdäschel","Deputy Chair","MCR10"),
  P("Yasemin Aydın-Schröder","Treasurer","MCR10"),
  P("Jean-Luc Wagener","member","MCR10"),
  P("Andrea Pfaffenzeller","member","MCR10"),
  P("Konstantin Roth","Managing Director","MCR10"),
  P("Ilse Kreutmair",None,"Bayern Innovativ GmbH"),
  P("Michael Brunnhuber",None,None)],
 [O(M,"MCR10"), O("Technische Hochschule Ingolstadt"), O("AUDI AG"), O("Stadtwerke Ingolstadt"),
  O("Continental Automotive Technologies GmbH"), O("Landkreis Eichstätt"), O("Bayern Innovativ GmbH"),
  O("Lindholmen Science Park AB"), O("Regionalmanagement Region Ingolstadt e.V."),
  O("European Secretariat for Cluster Analysis","ESCA")],
 [E("22nd meeting of the Executive Board","2035-02-07",None,"Ingolstadt","Germany"),
  E("21st meeting","2034-11-29"),
  E("Autonomous Driving Test Days","2034-10-17","2034-10-18","Neustadt an der Donau","Germany"),
  E("study trip to Gothenburg and Trollhättan","2034-12-03","2034-12-05","Gothenburg, Trollhättan","Sweden"),
  E("New Year's reception","2035-02-14",None,"Ingolstadt","Germany"),
  E("Members' assembly","2035-03-21",None,"Ingolstadt","Germany"),
  E("Charging infrastructure in rural areas","2035-04-25",None,"Pfaffenhofen an der Ilm","Germany"),
  E("Automotive Forum","2035-06-11","2035-06-13","Munich","Germany"),
  E("delegation trip to Győr","2035-10",None,"Győr","Hungary"),
  E("Next Board meeting","2035-04-25",None,"Pfaffenhofen an der Ilm","Germany")],
 ["2035-02-07","2035-01-24","2034-11-29","2034-10-17/2034-10-18","2034-12-03/2034-12-05","2035","2035-02-14","2035-03-21",
  "2035-04-25","2035-06-11/2035-06-13","2035/2040","2036","2035-09-30","2035-10","2029/2035","2035-02-09"],
 ["the budget 2035 is approved as presented and will be put to the members' assembly on 21 March 2035",
  "the Managing Director will prepare an application for the ESCA Gold label by 30 September 2035",
  "the members' fee for start-ups under three years old is reduced to EUR 250 per year from 2036",
  "a delegation trip to Győr will be prepared for October 2035, if at least eight member companies register"],
 pub="2035-02-09")
