from h import *
F = 'g13_iasi_ict_cluster_board_minutes.txt'
assert wd(2041,9,18)=='Wednesday' and wd(2041,10,2)=='Wednesday' and wd(2041,10,21)=='Monday' and wd(2041,11,13)=='Wednesday' and wd(2041,8,28)=='Wednesday'
T = """MOLDOVA DIGITAL CLUSTER ASSOCIATION (ASOCIAȚIA CLUSTERUL DIGITAL MOLDOVA)
Iași, Str. Palat 3E · CUI 00000000

MINUTES OF THE BOARD OF DIRECTORS MEETING No. 7/2041

Date: Wednesday, 18 September 2041, 16:00–18:40
Place: cluster office, Iași, and online (hybrid)
Chair: Radu-Mihai Constantinescu, President
Minutes taken by: Alina Vasilache, Cluster Office Assistant

Present:
- Radu-Mihai Constantinescu, President (Codeforge Solutions S.R.L.)
- Ioana Dumitrașcu-Weber, Vice-President (Alexandru Ioan Cuza University of Iași, Faculty of Computer Science)
- Bogdan Sîrbu, Treasurer (Banca Transilvania, Iași branch)
- Mihaela Ungureanu, board member (Nordlicht Software Romania S.R.L.)
- Cristian Apetrei, board member (Iași Municipality, Directorate for Economic Development)

Absent (excused): Florin Bejan, board member.
Also attending: Ștefan Lungu, Executive Director of the cluster; Dr. Anja Hoffmeister-Radu, Project Officer, North-East Regional Development Agency (ADR Nord-Est), for item 4.

1. Opening and quorum
The President opened the meeting at 16:05. Five of six board members were present; the quorum was met. The agenda was adopted without changes. The President welcomed Dr. Hoffmeister-Radu, who attended a board meeting of the cluster for the first time.

2. Approval of the previous minutes
The minutes of the board meeting of 28 August 2041 were approved unanimously.

3. Executive Director's report
Ștefan Lungu reported on the activities since the summer:
- the Moldova Digital Cluster Association now has 84 members, its highest number since it was founded in 2029 (71 companies, 5 universities and research institutes, 8 public and support bodies);
- the Iași Tech Summer School, held from 1 to 12 July 2041 with Technical University "Gheorghe Asachi" of Iași, trained 46 students;
- the cluster took part in the trade mission to Chișinău on 4–5 September together with the Moldova ICT Association (ATIC), with 28 B2B meetings held.
He also noted that three members had not paid the 2041 fee.

4. European Digital Innovation Hub and regional funding
Dr. Hoffmeister-Radu presented the new call of the North-East Regional Programme 2035–2041 for cluster projects. The call opens on 1 October and closes on 15 December 2041. She recommended that the cluster apply together with the Nord-Est European Digital Innovation Hub (EDIH Nord-Est). The board discussed the co-financing (10%) and whether member companies should contribute.

5. Iași Digital Week 2041
The board reviewed the preparations for the fourth edition of Iași Digital Week, to be held from Monday 21 October to Friday 25 October 2041 at the Palas Congress Hall. The programme includes a cluster conference on 21 October, a job fair for students on Wednesday 23 October and a hackathon with the Romanian Space Agency (ROSA) on 24–25 October. Past editions: 2038 (first, 900 visitors), 2039 and 2040 (2,300 visitors).

6. Miscellaneous
The Vice-President informed the board that the university will host the annual meeting of the Romanian Cluster Association (CLUSTERO) on 13 November 2041.

DECISIONS
The board decided:
1. The cluster will submit a project proposal under the North-East Regional Programme by 15 December 2041, with EDIH Nord-Est as partner
2. Members will contribute to the co-financing in proportion to their membership fee category
3. The Executive Director will send a final reminder to members with unpaid fees; members who have not paid by 31 October 2041 will be suspended
4. The budget of Iași Digital Week 2041 is approved at RON 410,000

The next board meeting will take place on Wednesday 2 October 2041 at 16:00.

The meeting closed at 18:40.

Radu-Mihai Constantinescu, President                 Alina Vasilache, minutes
"""
assert wd(2041,10,25)=='Friday' and wd(2041,10,23)=='Wednesday'
write(F, T)
C = "Moldova Digital Cluster Association"
gold(F,
 [P("Radu-Mihai Constantinescu", "President", C),
  P("Alina Vasilache", "Cluster Office Assistant", C),
  P("Ioana Dumitrașcu-Weber", "Vice-President", C),
  P("Bogdan Sîrbu", "Treasurer", C),
  P("Mihaela Ungureanu", "board member", C),
  P("Cristian Apetrei", "board member", C),
  P("Florin Bejan", "board member", C),
  P("Ștefan Lungu", "Executive Director", C),
  P("Anja Hoffmeister-Radu", "Project Officer", "North-East Regional Development Agency")],
 [O(C), O("Codeforge Solutions S.R.L."), O("Alexandru Ioan Cuza University of Iași"), O("Faculty of Computer Science"),
  O("Banca Transilvania"), O("Nordlicht Software Romania S.R.L."), O("Iași Municipality"),
  O("Directorate for Economic Development"), O("North-East Regional Development Agency", "ADR Nord-Est"),
  O("Technical University \"Gheorghe Asachi\" of Iași"), O("Moldova ICT Association", "ATIC"),
  O("Nord-Est European Digital Innovation Hub", "EDIH Nord-Est"), O("Romanian Space Agency", "ROSA"),
  O("Romanian Cluster Association", "CLUSTERO")],
 [E("BOARD OF DIRECTORS MEETING No. 7/2041", "2041-09-18", None, "Iași", "Romania"),
  E("board meeting", "2041-08-28", None, None, None),
  E("Iași Tech Summer School", "2041-07-01", "2041-07-12", None, None),
  E("trade mission to Chișinău", "2041-09-04", "2041-09-05", "Chișinău", "Moldova"),
  E("Iași Digital Week 2041", "2041-10-21", "2041-10-25", "Iași", "Romania"),
  E("cluster conference", "2041-10-21", None, "Iași", "Romania"),
  E("job fair", "2041-10-23", None, "Iași", "Romania"),
  E("hackathon", "2041-10-24", "2041-10-25", "Iași", "Romania"),
  E("Iași Digital Week (2038)", "2038", None, None, None),
  E("Iași Digital Week (2039)", "2039", None, None, None),
  E("Iași Digital Week (2040)", "2040", None, None, None),
  E("annual meeting of the Romanian Cluster Association", "2041-11-13", None, None, None),
  E("board meeting", "2041-10-02", None, None, None)],
 ["2041-09-18", "2041-08-28", "2041-07-01/2041-07-12", "2041-09-04/2041-09-05", "2041", "2035/2041", "2041-10-01",
  "2041-12-15", "2041-10-21/2041-10-25", "2041-10-21", "2041-10-23", "2041-10-24/2041-10-25", "2038", "2039", "2040",
  "2041-11-13", "2041-10-31", "2041-10-02", "2029"],
 ["The cluster will submit a project proposal under the North-East Regional Programme by 15 December 2041, with EDIH Nord-Est as partner",
  "Members will contribute to the co-financing in proportion to their membership fee category",
  "The Executive Director will send a final reminder to members with unpaid fees; members who have not paid by 31 October 2041 will be suspended",
  "The budget of Iași Digital Week 2041 is approved at RON 410,000"],
 pub=None)
