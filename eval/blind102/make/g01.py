from h import *
F = 'g01_dalarna_metal_matchmaking_news.txt'
assert wd(2037,3,11)=='Wednesday' and wd(2037,3,12)=='Thursday' and wd(2037,5,20)=='Wednesday'
T = """Skip to main content
We use cookies to improve your experience. By continuing you accept our use of cookies.
Accept
Settings

Dalarna Metal & Mining Cluster
Home
About
Members
Projects
News
Events
Contact
SV | EN

Home / News / Matchmaking in Borlänge brought 74 companies to the table

Matchmaking in Borlänge brought 74 companies to the table

Published 17 March 2037 | By Ebba Lindqvist-Håkansson | Events, Internationalisation

Photo: Participants in the B2B area at Kupolen conference hall. Photo: Jonas Öhrn

More than 140 participants from 74 companies and research organisations met in Borlänge on Wednesday 11 and Thursday 12 March 2037 for the Steel & Circularity Matchmaking 2037, the third edition of the cluster's two-day brokerage event for the metal and mining value chain. The event was organised by the Dalarna Metal & Mining Cluster (DMMC) together with Enterprise Europe Network Sweden and Högskolan Dalarna.

Over the two days the participants held 236 pre-booked one-to-one meetings. According to the organisers, roughly one meeting in five has already led to a follow-up call or a site visit.

"We have never had this many foreign visitors in Borlänge for a cluster event," said cluster manager Anders Wikström. "The interest from Finnish and Polish suppliers in recycled steel scrap and slag valorisation shows that our members have something the rest of Europe needs."

Programme in short
Wednesday 11 March
09:30 Registration and coffee
10:00 Welcome by Karin Bergström-Ek, Chair of the Board, DMMC
10:20 Keynote: Fossil-free steel and what it means for suppliers – Dr. Matti Kallio-Rantanen, Research Director, Outokumpu Tornio Works
11:00 B2B meetings (round 1)
15:30 Pitch session: 12 start-ups from Dalarna and Gävleborg
19:00 Networking dinner at Hotel Gyllene Hornet

Thursday 12 March
08:30 Site visits to SSAB Borlänge and Stora Kopparberg Recycling AB
13:00 B2B meetings (round 2)
16:00 Closing

The keynote by Matti Kallio-Rantanen drew the largest audience of the two days. He told the hall that suppliers who can document the carbon footprint of each delivery would "move to the front of the queue" when large steelmakers renew their contracts.

A delegation of eleven companies from Silesia travelled with the Silesian Metallurgy Cluster (Śląski Klaster Metalurgiczny), led by its president Tomasz Wróblewski-Nowak. Another group came from Central Finland with Jyväskylä Innovation Oy, which brought seven machine shops and two recyclers.

Marie Sandgren of Enterprise Europe Network Sweden, who ran the meeting platform, noted that "the share of meetings requested across borders rose from 38 to 57 per cent compared with last year".

What's next?
The cluster will report on the results of the matchmaking at its spring member meeting on Wednesday 20 May 2037 in Falun. Members who want to join the next delegation to the Metalix fair in Katowice in October 2037 should contact the cluster office.

Read more: Steel & Circularity Matchmaking 2036 – the results
Read more: Our members

Tags: matchmaking, steel, circular economy, EEN, internationalisation

Share this:
Facebook
LinkedIn
X
E-mail

Related posts
Cluster welcomes six new members (2 March 2037)
Call for pilots: digital twins for small foundries (19 February 2037)
Annual report 2036 now online (5 February 2037)

Contact
Anders Wikström
Cluster Manager
+46 70 000 00 00
anders.wikstrom@dmmc.example.se

Dalarna Metal & Mining Cluster
Box 0000, 781 00 Borlänge
Newsletter | Privacy policy | Cookie settings
© 2037 Dalarna Metal & Mining Cluster
"""
write(F, T)
D='Dalarna Metal & Mining Cluster'
gold(F,
 [P("Ebba Lindqvist-Håkansson"), P("Jonas Öhrn"),
  P("Anders Wikström","Cluster Manager",D),
  P("Karin Bergström-Ek","Chair of the Board","DMMC"),
  P("Matti Kallio-Rantanen","Research Director","Outokumpu Tornio Works"),
  P("Tomasz Wróblewski-Nowak","president","Silesian Metallurgy Cluster"),
  P("Marie Sandgren",None,"Enterprise Europe Network Sweden")],
 [O(D,"DMMC"), O("Enterprise Europe Network Sweden"), O("Högskolan Dalarna"), O("Outokumpu Tornio Works"),
  O("SSAB Borlänge"), O("Stora Kopparberg Recycling AB"), O("Silesian Metallurgy Cluster"), O("Jyväskylä Innovation Oy"),
  ],
 [E("Steel & Circularity Matchmaking 2037","2037-03-11","2037-03-12","Borlänge","Sweden"),
  E("B2B meetings","2037-03-11","2037-03-12","Borlänge","Sweden"),
  E("Pitch session","2037-03-11",None,"Borlänge","Sweden"),
  E("Networking dinner","2037-03-11",None,"Borlänge","Sweden"),
  E("Site visits","2037-03-12",None,"Borlänge","Sweden"),
  E("spring member meeting","2037-05-20",None,"Falun","Sweden"),
  E("Metalix fair","2037-10",None,"Katowice","Poland"),
  E("Steel & Circularity Matchmaking 2036",None,None,None,None)],
 ["2037-03-17","2037-03-11/2037-03-12","2037-03-11","2037-03-12","2037-05-20","2037-10","2037-03-02","2037-02-19","2037-02-05"],
 [], pub="2037-03-17")
