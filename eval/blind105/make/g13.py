from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g13_tromso_arctic_people_on_move.eml'
assert wd(2041,2,4)=='Monday' and wd(2041,2,19)=='Tuesday' and wd(2041,3,11)=='Monday' and wd(2041,1,29)=='Tuesday'
BODY = """Hi all,

Forwarding the February newsletter as promised at the board meeting on Tuesday. Please note the item on Sigrid's move - she asked me to mention that her cluster e-mail address stays active until the end of February.

Best,
Henrik

Henrik Nygaard-Olsen
Communication Adviser | Arctic Blue Economy Cluster
+47 776 45 210 | henrik@arcticblue.no

-----Original Message-----
From: Arctic Blue Economy Cluster <newsletter@arcticblue.no>
Sent: Monday, 4 February 2041 08:00
Subject: Arctic Blue Bulletin no. 2/2041 - People on the move, new members, dates

View this e-mail in your browser | Unsubscribe | Update preferences

ARCTIC BLUE BULLETIN - No. 2/2041
News from the Arctic Blue Economy Cluster, Tromsø

IN THIS ISSUE
1. Leader: a busy winter
2. People on the move
3. New members
4. Dates for your diary

1. LEADER: A BUSY WINTER

Dear members, January brought record catches of skrei, a new offshore aquaculture licence round and, for our secretariat, a record number of applications to the Arctic Scale-up Programme. Thirty-one companies applied; twelve have been selected and start on 19 February. Thank you to the jury, and to everyone who helped new applicants fill in the forms.

In February we also submit our annual report to Innovation Norway. Most of you have already answered the member survey; if you have not, there is still a week left, and every answer counts when the programme decides on our funding for the next three years. The survey takes about ten minutes and the link is in the members' area.

Solveig Martinsen-Aas, CEO

2. PEOPLE ON THE MOVE

Our column on members' appointments and changes. Send your news to henrik@arcticblue.no by the 20th of each month.

* Sigrid Hætta-Johansen, who has led our seafood innovation team since 2035, will become Director of Innovation at the Norwegian Seafood Research Fund (FHF) in Oslo from 1 March 2041. Sigrid built our sensor test bed at the Kvaløya fish farm and coordinated the cluster's part in the Horizon Europe project BlueTrace. Her successor will be announced in March; until then, contact Jonas Eira.

* Dr. Maria Kristiansen has been appointed Research Director of Nofima's Tromsø office. She comes from UiT The Arctic University of Norway, where she was professor of fish health, and succeeds Tor-Erling Hansen, who retires after 28 years at the institute.

* Bjørn Åge Solbakken is the new managing director of Lyngen Salmon AS. He was previously operations manager at Nordlaks Oppdrett AS in Stokmarknes.

* Kari-Anne Brodtkorb has joined SINTEF Ocean as senior business developer for the northern region and will work from the Tromsø office from April.

* Ole Johnny Pedersen, chair of the board of Troms Kraft Sjø AS, has been elected vice-chair of the Norwegian Offshore Wind association. Congratulations!

* Tromsø Municipality has a new head of business development: Fatma Yilmaz-Berg, formerly at Innovation Norway Arctic, took up the post on 2 January.

* After eleven years, Arne Kvalvik steps down as chair of our Blue Food working group. The group has elected Ingeborg Lie (Arctic Fish Feed AS) as new chair, with Per-Kristian Jakobsen (Aker BioMarine Tromsø) as co-chair.

* Nils-Petter Bongo has been appointed plant manager of Skjervøy Fiskeindustri AS, one of our new members this month (see below). He has worked at the plant for fifteen years, most recently as production planner.

* Hege Rasmussen, until now head of the environmental unit of the Troms and Finnmark County Authority, has become the county's director of regional development.

* Leaving the region: Mikael Strand, for six years our man on everything logistics at Tromsø Havn KF, moves to the Port of Rotterdam Authority. We will miss his weekly ship-arrival statistics.

* In memoriam: We learned with sadness that Leif Are Nordmo, co-founder of the cluster in 2024 and first chair of the board, passed away on 22 January at the age of 79.

3. NEW MEMBERS

Welcome to Polar Hydro Robotics AS (Tromsø), Senja Kelp AS (Finnsnes), Skjervøy Fiskeindustri AS (Skjervøy) and the Lofoten Fisheries Museum Foundation (Å i Lofoten). The cluster now has 118 members.

4. DATES FOR YOUR DIARY

- Tuesday 19 February 2041: Kick-off, Arctic Scale-up Programme, cohort 2041 - Clarion Hotel The Edge, Tromsø, 10:00-15:00
- Monday 11 March 2041: Arctic Blue Morning: "Offshore aquaculture in the north", breakfast seminar, 08:00-09:30, Tromsø Science Park and online
- 2-4 April 2041: Aqua Nor North side event, Bodø (cluster delegation; register by 15 March)
- Tuesday 29 January 2041 (past): Board meeting - minutes available in the members' area

The Arctic Blue Economy Cluster is part of the Norwegian Innovation Clusters programme, financed by Innovation Norway, Siva and the Research Council of Norway.

Arctic Blue Economy Cluster, Sykehusvegen 21, 9019 Tromsø, Norway
You receive this e-mail because you are a member contact. Unsubscribe
"""
m = EmailMessage()
m['From'] = 'Henrik Nygaard-Olsen <henrik@arcticblue.no>'
m['To'] = 'board@arcticblue.no'
m['Subject'] = 'FW: Arctic Blue Bulletin no. 2/2041 - People on the move, new members, dates'
m['Date'] = format_datetime(datetime.datetime(2041,2,6,9,14,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(BODY)
open(path(F),'wb').write(bytes(m))
C='Arctic Blue Economy Cluster'
gold(F,
 [P("Henrik Nygaard-Olsen","Communication Adviser",C), P("Solveig Martinsen-Aas","CEO",C),
  P("Sigrid Hætta-Johansen","Director of Innovation","Norwegian Seafood Research Fund"), P("Jonas Eira",None,None),
  P("Maria Kristiansen","Research Director","Nofima"), P("Tor-Erling Hansen",None,"Nofima"),
  P("Bjørn Åge Solbakken","managing director","Lyngen Salmon AS"),
  P("Kari-Anne Brodtkorb","senior business developer","SINTEF Ocean"),
  P("Ole Johnny Pedersen","vice-chair","Norwegian Offshore Wind"),
  P("Fatma Yilmaz-Berg","head of business development","Tromsø Municipality"),
  P("Arne Kvalvik","chair","Blue Food working group"), P("Ingeborg Lie","chair","Blue Food working group"),
  P("Per-Kristian Jakobsen","co-chair","Blue Food working group"), P("Nils-Petter Bongo","plant manager","Skjervøy Fiskeindustri AS"), P("Hege Rasmussen","director of regional development","Troms and Finnmark County Authority"), P("Mikael Strand",None,"Port of Rotterdam Authority"),
  P("Leif Are Nordmo","co-founder",C)],
 [O(C), O("Norwegian Seafood Research Fund","FHF"), O("Nofima"), O("UiT The Arctic University of Norway"),
  O("Lyngen Salmon AS"), O("Nordlaks Oppdrett AS"), O("SINTEF Ocean"), O("Troms Kraft Sjø AS"), O("Norwegian Offshore Wind"),
  O("Tromsø Municipality"), O("Innovation Norway Arctic"), O("Arctic Fish Feed AS"), O("Aker BioMarine Tromsø"), O("Tromsø Havn KF"),
  O("Port of Rotterdam Authority"), O("Polar Hydro Robotics AS"), O("Senja Kelp AS"), O("Skjervøy Fiskeindustri AS"),
  O("Lofoten Fisheries Museum Foundation"), O("Innovation Norway"), O("Siva"), O("Research Council of Norway"), O("Troms and Finnmark County Authority")],
 [E("Kick-off, Arctic Scale-up Programme","2041-02-19",None,"Tromsø","Norway"),
  E("Arctic Blue Morning","2041-03-11",None,"Tromsø","Norway"),
  E("Aqua Nor North side event","2041-04-02","2041-04-04","Bodø","Norway"),
  E("Board meeting","2041-01-29",None,None,None)],
 ["2041-02-06","2041-02-04","2041-02-19","2035","2041-03-01","2041-03","2041-04","2041-01-02","2024","2041-01-22","2041-03-11",
  "2041-04-02/2041-04-04","2041-03-15","2041-01-29","2041-02","2041-01"], [], "2041-02-04")
