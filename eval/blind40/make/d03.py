from common import *
fn = "Minutes_AGM_2035_Baltic-Timber-Cluster-pdf.txt"
t = """Baltic Timber & Furniture Cluster (BTFC) – Minutes of the Annual General Assembly 2035            page 1 of 3

MINUTES
of the Annual General Assembly of the association
"Baltijos medienos ir baldų klasteris" (Baltic Timber & Furniture Cluster, BTFC)

Date and time: Thursday, 26 April 2035, 13:30–16:45
Place: Kaunas Science and Technology Park, conference hall "Nemunas", Kaunas, and online
Chair of the meeting: Rūta Žilinskienė, President of BTFC
Secretary of the meeting: Dovydas Petrauskas, cluster coordinator

Present: 41 of 57 full members (of which 9 by proxy); quorum reached. Guests: Gintarė Vaitkutė (Innovation Agency
Lithuania), Martynas Bagdonas (Kaunas City Municipality, Economic Development Division).

1. Opening and approval of the agenda
The President opened the meeting at 13:35, welcomed the members and the guests and confirmed the quorum. The agenda
sent with the invitation of 27 March 2035 was approved without changes (41 in favour).

2. Approval of the minutes of the General Assembly of 20 April 2034
The minutes were approved (39 in favour, 2 abstentions).

3. Activity report 2034
R. Žilinskienė presented the activity report. Highlights: 11 new members (total 57); the joint stand at the
furniture fair imm cologne in January 2034; the study tour to Småland (Sweden) on 4–6 Sep-
tember 2034; the launch of the CLT-Baltic pilot line together with Kaunas University
of Technology (KTU); 23 training days for 310 employees of member companies. The cluster also joined the
European Cluster Collaboration Platform's wood partnership "Wood4Europe Clusters".

4. Financial report 2034 and auditor's opinion
The treasurer, Egidijus Mockus (CFO, UAB Medvilnė Home), presented the accounts: income EUR 412 300, expenditure
EUR 398 750, surplus EUR 13 550. The auditor, Audrius Kalvaitis of UAB Auditas Baltica, gave an unqualified opinion.
Accounts approved: 40 in favour, 1 abstention.

Baltic Timber & Furniture Cluster – Minutes AGA 2035                                        page 2 of 3

5. Discharge of the Board
The Board was discharged for the financial year 2034 (38 in favour, 3 abstentions).

6. Elections
The mandate of the Board (2032–2035) expires with this Assembly. The election committee (chair: Laima Jurgelionienė)
received eight nominations by the deadline of 10 April 2035. Voting was by secret ballot.

6.1 President
Candidates: Rūta Žilinskienė (did not stand again), Tomas Sabaliauskas (CEO, UAB Girios Baldai). Result: Tomas
Sabaliauskas elected President for 2035–2038 with 37 votes.

6.2 Board members (six seats)
Elected:
- Ieva Stankevičiūtė-Lee, Managing Director, UAB Ąžuolo Dirbtuvės – 36 votes
- Egidijus Mockus, CFO, UAB Medvilnė Home – 35 votes (re-elected)
- Prof. Arūnas Dambrauskas, Dean of the Faculty of Mechanical Engineering and Design, KTU – 34 votes
- Vilma Grigaitė, owner, MB Drožyba – 31 votes
- Karolis Venckus, Head of Production, AB Nemuno Plokštės – 29 votes
- Justė O'Connor-Rimkutė, founder, Lentvaris Design Studio – 27 votes
Not elected: Paulius Zubavičius (22 votes), Simona Liaudanskė (19 votes).

6.3 Vice-President and Treasurer
The new Board met briefly during the break and chose Ieva Stankevičiūtė-Lee as Vice-President and Egidijus Mockus
as Treasurer.

6.4 Honorary President
On the proposal of the Board, the Assembly awarded Rūta Žilinskienė, President 2026–2035, the title of Honorary
President (unanimous, standing ovation).

Baltic Timber & Furniture Cluster – Minutes AGA 2035                                        page 3 of 3

7. Work plan and budget 2035
The cluster coordinator presented the work plan. Main items: the Baltic Wood Construction Forum in Kaunas on
18–19 October 2035; a joint stand at Salone del Mobile (Milan, April 2036); a new working group on fire-
safety testing of timber buildings. Budget 2035 approved: EUR 430 000 (41 in favour).

8. Membership fees 2036
Fees unchanged (39 in favour, 2 against).

9. Any other business
M. Bagdonas informed the members about the municipal call for wood-construction demonstrators (deadline 30 June
2035). G. Vaitkutė presented the national cluster-programme call opening in September 2035.

The meeting closed at 16:40. The next Annual General Assembly will take place in spring 2036 in Vilnius.

Signed:
Rūta Žilinskienė, Chair of the meeting        Dovydas Petrauskas, Secretary of the meeting
Kaunas, 2 May 2035
"""
write_doc(fn, t)
C = "Baltic Timber & Furniture Cluster"
write_gold(fn, None, [
 P("Rūta Žilinskienė", "Honorary President", "BTFC"),
 P("Dovydas Petrauskas", "cluster coordinator", None),
 P("Gintarė Vaitkutė", None, "Innovation Agency Lithuania"),
 P("Martynas Bagdonas", None, "Kaunas City Municipality"),
 P("Egidijus Mockus", "treasurer", "BTFC"),
 P("Audrius Kalvaitis", "auditor", "UAB Auditas Baltica"),
 P("Laima Jurgelionienė", "chair", None),
 P("Tomas Sabaliauskas", "President", "BTFC"),
 P("Ieva Stankevičiūtė-Lee", "Vice-President", "BTFC"),
 P("Arūnas Dambrauskas", "Dean of the Faculty of Mechanical Engineering and Design", "KTU"),
 P("Vilma Grigaitė", "owner", "MB Drožyba"),
 P("Karolis Venckus", "Head of Production", "AB Nemuno Plokštės"),
 P("Justė O'Connor-Rimkutė", "founder", "Lentvaris Design Studio"),
 P("Paulius Zubavičius", None, None),
 P("Simona Liaudanskė", None, None),
],[
 O("Baltic Timber & Furniture Cluster", "BTFC"), O("Innovation Agency Lithuania"), O("Kaunas City Municipality"),
 O("Economic Development Division"), O("Kaunas University of Technology", "KTU"),
 O("European Cluster Collaboration Platform"), O("UAB Medvilnė Home"), O("UAB Auditas Baltica"), O("UAB Girios Baldai"),
 O("UAB Ąžuolo Dirbtuvės"), O("Faculty of Mechanical Engineering and Design"), O("MB Drožyba"), O("AB Nemuno Plokštės"),
 O("Lentvaris Design Studio"), O("Wood4Europe Clusters"),
],[
 E("Annual General Assembly", "2035-04-26", "2035-04-26", "Kaunas", "Lithuania"),
 E("General Assembly", "2034-04-20", "2034-04-20", None, None),
 E("imm cologne", "2034-01", "2034-01", None, None),
 E("study tour to Småland", "2034-09-04", "2034-09-06", None, "Sweden"),
 E("Baltic Wood Construction Forum", "2035-10-18", "2035-10-19", "Kaunas", "Lithuania"),
 E("Salone del Mobile", "2036-04", "2036-04", "Milan", "Italy"),
 E("next Annual General Assembly", "2036", "2036", "Vilnius", "Lithuania"),
],["2035-04-26","2035-03-27","2034-04-20","2034","2034-01","2034-09-04/2034-09-06","2032/2035","2035-04-10",
   "2035/2038","2026/2035","2035","2035-10-18/2035-10-19","2036-04","2036","2035-06-30","2035-09","2035-05-02"])
