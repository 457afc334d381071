from h import *
F = 'g04_weser_ems_annual_events-pdf.txt'
assert wd(2039,4,25)=='Monday' and wd(2039,11,16)=='Wednesday' and wd(2039,6,14)=='Tuesday'
T = """Energy Cluster Weser-Ems e.V. · Annual Report 2039 · Chapter 3: Events                    14

3 Events and networking in 2039

In 2039 the cluster office organised or co-organised 23 events with a total of 1,870 par-
ticipants, the highest number since the association was founded in 2031. This chapter
describes the main formats; a full list is given in Annex B.

3.1 General Assembly
The ordinary General Assembly was held on Monday 25 April 2039 at the premises of our
member EWE AG in Oldenburg. 61 of the 94 member organisations were represented. The
assembly approved the accounts for 2038, discharged the Board and elected Dr. Frauke
Janssen-Tiedemann (Jade University of Applied Sciences) as Chair for the term 2039–2042.
She succeeds Hinrich Oltmanns, who chaired the cluster from 2031 to 2039 and was made
honorary member. Dirk van der Meulen of the Oldenburgische Industrie- und Handelskammer
(Oldenburg IHK) was re-elected Treasurer.

3.2 Hydrogen Summer School
The fourth Hydrogen Summer School took place from 22 to 26 August 2039 in Wilhelmshaven,
organised with the Carl von Ossietzky University of Oldenburg and the Deutsches Zentrum für
Luft- und Raumfahrt (DLR) Institute of Networked Energy Systems. 38 young engineers from eleven countries spent five days on electrolyser operation, safety and
business models. The week ended with a visit to the import terminal on the Jade.

3.3 Study tour to Esbjerg
From 14 to 16 June 2039 a delegation of 19 members travelled to Esbjerg, Denmark, on the
invitation of Energy Cluster Denmark. The programme included the Port of Esbjerg, the
offshore service base of Ørsted and a round table at Aalborg University Esbjerg on skills
for the offshore wind sector. Tour leader was cluster manager Wiebke Hoogestraat.

Energy Cluster Weser-Ems e.V. · Annual Report 2039 · Chapter 3: Events                    15

3.4 Cluster Forum Weser-Ems
The annual Cluster Forum, our largest event, brought 340 participants to the Weser-Ems-
Halle in Oldenburg on Wednesday 16 November 2039. The Lower Saxony Minister for Economic
Affairs, Transport and Digitalisation, Ole Brünjes-Kaya, opened the forum. In the after-
noon 27 start-ups pitched to the members, and the Weser-Ems Energy Innovation Award went
to Nordmoor Wärme GmbH from Papenburg for its heat-pump system for greenhouses.

3.5 Online formats
The monthly "Energy Breakfast" webinars continued with ten editions. The most visited was
the March edition with Gesine Albers-Kuhl of the Federal Network Agency (Bundesnetzagen-
tur) on grid connection queues, with 210 viewers.

3.6 Lessons learnt
The cluster office and the Board reviewed the year's events in December. Lessons learnt:
- Small formats with a clear target group (such as the Summer School) generate more new
  projects per participant than the large forum
- Study tours should be prepared with two online meetings with the host cluster, so that
  visits can be matched to the members' questions
- Members in the Emsland and East Frisia districts attend online formats far more often
  than events in Oldenburg; at least two events a year should take place outside the city
- Sponsoring covered only 31 per cent of event costs; the target for 2040 is 45 per cent

3.7 Outlook
For 2040 the Board has approved a calendar of 20 events. The General Assembly 2040 is
planned for April in Emden, and the Cluster Forum for 14 November 2040. The fifth Summer
School will move to Lingen in cooperation with the Emsland hydrogen network.

Energy Cluster Weser-Ems e.V. · Annual Report 2039 · Chapter 3: Events                    16
"""
write(F, T)
C="Energy Cluster Weser-Ems e.V."
gold(F,
 [P("Frauke Janssen-Tiedemann","Chair",C),
  P("Hinrich Oltmanns","Chair",C),
  P("Dirk van der Meulen","Treasurer",C),
  P("Wiebke Hoogestraat","cluster manager",C),
  P("Ole Brünjes-Kaya","Lower Saxony Minister for Economic Affairs, Transport and Digitalisation",None),
  P("Gesine Albers-Kuhl",None,"Federal Network Agency")],
 [O(C), O("EWE AG"), O("Jade University of Applied Sciences"), O("Oldenburgische Industrie- und Handelskammer","Oldenburg IHK"),
  O("Carl von Ossietzky University of Oldenburg"), O("Deutsches Zentrum für Luft- und Raumfahrt","DLR"),
  O("Institute of Networked Energy Systems"), O("Energy Cluster Denmark"), O("Port of Esbjerg"), O("Ørsted"),
  O("Aalborg University Esbjerg"), O("Nordmoor Wärme GmbH"), O("Federal Network Agency"), O("Emsland hydrogen network")],
 [E("General Assembly","2039-04-25",None,"Oldenburg","Germany"),
  E("Hydrogen Summer School","2039-08-22","2039-08-26","Wilhelmshaven","Germany"),
  E("visit to the import terminal on the Jade","2039-08-26",None,"Wilhelmshaven","Germany"),
  E("Study tour to Esbjerg","2039-06-14","2039-06-16","Esbjerg","Denmark"),
  E("Cluster Forum Weser-Ems","2039-11-16",None,"Oldenburg","Germany"),
  E("Energy Breakfast","2039-03",None,None,None),
  E("General Assembly 2040","2040-04",None,"Emden","Germany"),
  E("Cluster Forum","2040-11-14",None,None,None),
  E("fifth Summer School","2040",None,"Lingen","Germany")],
 ["2039","2031","2039-04-25","2038","2039/2042","2031/2039","2039-08-22/2039-08-26","2039-06-14/2039-06-16",
  "2039-11-16","2039-03","2039-12","2040","2040-04","2040-11-14"],
 ["Small formats with a clear target group (such as the Summer School) generate more new projects per participant than the large forum",
  "Study tours should be prepared with two online meetings with the host cluster, so that visits can be matched to the members' questions",
  "Members in the Emsland and East Frisia districts attend online formats far more often than events in Oldenburg; at least two events a year should take place outside the city",
  "Sponsoring covered only 31 per cent of event costs; the target for 2040 is 45 per cent"])
