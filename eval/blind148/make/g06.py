from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g06_dubrovnik_cluster_board_meeting.eml'
assert wd(2035,2,19)=='Monday' and wd(2035,3,2)=='Friday' and wd(2035,2,26)=='Monday' and wd(2035,2,12)=='Monday' and wd(2035,2,9)=='Friday'
body = """Dear members of the Management Board,

On behalf of the President, I am sending you the invitation and the draft agenda for the first Management Board meeting of this year. Please note the change of venue compared with my message of last week (see below): because of the renovation works at the Chamber, we will meet in Ston.

INVITATION
1st meeting of the Management Board in 2035
Friday, 2 March 2035, 10:30–14:00
Ston, Solana Ston salt works, seminar room (upper floor)
Online participation via the usual link is possible for members travelling

Draft agenda
1. Opening, quorum, adoption of the agenda
2. Approval of the minutes of the 8th Board meeting of 11 December 2034
3. Report of the Cluster Director on activities October 2034 – February 2035
4. Annual accounts 2034 and draft financial plan 2035 (for submission to the Assembly)
5. Preparation of the annual Assembly of members (proposed date: Friday 20 April 2035, Dubrovnik)
6. Applications for membership: Pelješac Oyster Growers Cooperative, Konavle Wine Route Association, Hotel Lapad d.d.
7. Participation in the Adriatic Blue Tourism Forum in Kotor, Montenegro (14–16 May 2035)
8. Study visit of the Balearic tourism cluster to our region in June 2035 – hosting arrangements
9. Any other business

A short note on item 7: the organisers in Kotor have offered us a joint stand and a speaking slot in the session on cruise tourism management. The Board needs to decide whether we accept and which members will travel; the cluster budget covers the stand fee for up to four member companies. On item 8, the Balearic delegation (about 20 people from Mallorca and Menorca) would like to see our work on visitor flows in the old town and on the Pelješac oyster and wine routes.

The documents for items 3, 4 and 6 are in the shared folder. Please send comments on the draft financial plan to Dora Kuljiš (finance) by Monday 26 February 2035.

After the meeting, the Solana management has kindly offered a short guided tour of the salt pans (14:15–15:00) and lunch at the oyster farm of our member Bota Šare in Mali Ston for those who can stay.

Please confirm your attendance by replying to this e-mail by Monday 19 February.

With kind regards,

Ivana Lučić-Marinović
Cluster Director
Dubrovnik-Neretva Tourism and Heritage Cluster (DUNERA Cluster)
Branitelja Dubrovnika 41, 20000 Dubrovnik, Croatia
T +385 20 000 000 | ivana.lucic@dunera.example.hr
www.dunera-cluster.example.hr

Please consider the environment before printing this e-mail.

-----Original Message-----
From: Ivana Lučić-Marinović
Sent: Friday, 9 February 2035 16:42
To: DUNERA Management Board
Cc: Nikola Baće
Subject: Save the date: Board meeting 2 March

Dear all,

Save the date: our next Board meeting will take place on Friday 2 March at the premises of the Croatian Chamber of Economy, County Chamber Dubrovnik, from 10:30. The President, Antun Pasković-Đurović (Valamar Riviera d.d.), asked me to reserve most of the time for the Assembly preparations and for the new membership fee structure.

For information: at the Board meeting of 11 December 2034 the Board agreed
- to join the European Cluster Partnership for Sustainable Tourism;
- to open the cluster to members from the Neretva valley agriculture sector;
- to postpone the decision on the fee structure until the accounts for 2034 are known.

Our Vice-President, Mato Glavić (Dubrovnik-Neretva County Development Agency DUNEA), will present a first proposal.

Best,
Ivana
"""
m = EmailMessage()
m['From'] = 'Ivana Lučić-Marinović <ivana.lucic@dunera.example.hr>'
m['To'] = 'DUNERA Management Board <board@dunera.example.hr>'
m['Subject'] = 'Invitation and agenda: 1st Management Board meeting 2035, Friday 2 March, Ston'
m['Date'] = format_datetime(datetime.datetime(2035,2,12,9,5,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
C = "Dubrovnik-Neretva Tourism and Heritage Cluster"
gold(F,
 [P("Dora Kuljiš","finance",None),
  P("Ivana Lučić-Marinović","Cluster Director",C),
  P("Nikola Baće",None,None),
  P("Antun Pasković-Đurović","President",C),
  P("Mato Glavić","Vice-President",C)],
 [O(C,"DUNERA Cluster"), O("Solana Ston"), O("Pelješac Oyster Growers Cooperative"), O("Konavle Wine Route Association"),
  O("Hotel Lapad d.d."), O("Bota Šare"), O("Croatian Chamber of Economy"), O("County Chamber Dubrovnik"),
  O("Valamar Riviera d.d."), O("European Cluster Partnership for Sustainable Tourism"),
  O("Dubrovnik-Neretva County Development Agency","DUNEA")],
 [E("1st meeting of the Management Board in 2035","2035-03-02",None,"Ston","Croatia"),
  E("8th Board meeting","2034-12-11",None,None,None),
  E("annual Assembly of members","2035-04-20",None,"Dubrovnik","Croatia"),
  E("Adriatic Blue Tourism Forum","2035-05-14","2035-05-16","Kotor","Montenegro"),
  E("Study visit of the Balearic tourism cluster","2035-06",None,None,"Croatia"),
  E("guided tour of the salt pans","2035-03-02",None,"Ston","Croatia"),
  E("lunch","2035-03-02",None,"Mali Ston","Croatia")],
 ["2035-03-02","2034-12-11","2034-10/2035-02","2034","2035","2035-04-20","2035-05-14/2035-05-16","2035-06","2035-02-26",
  "2035-02-19","2035-02-09","2035-02-12"],
 ["to join the European Cluster Partnership for Sustainable Tourism",
  "to open the cluster to members from the Neretva valley agriculture sector",
  "to postpone the decision on the fee structure until the accounts for 2034 are known"], pub="2035-02-12")
