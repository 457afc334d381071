from h import *
F = 'g07_saaremaa_maritime_cluster_board_minutes.md'
assert wd(2035,11,8)=='Thursday' and wd(2035,12,13)=='Thursday' and wd(2036,1,24)=='Thursday'
T = """# Saaremaa Maritime Cluster – Minutes of the Board meeting

**Meeting no.** 6/2035
**Date and time:** Thursday, 8 November 2035, 10:00–13:15
**Place:** Kuressaare, office of the Saaremaa Development Centre, Tallinna 9 (and via video link)
**Chair:** Reet Saar (chair of the board)
**Minutes:** Kaspar Tamm, cluster coordinator

**Present:** Reet Saar (Saaremaa Yachts OÜ), Andres Kallas (Baltic Workboats AS), Liina Rebane (TalTech Kuressaare College), Tõnu Mets (Saaremaa Municipality), Margit Luik (Kuressaare Port Ltd)
**Present by video:** Jaan Sepp (Harbour Composites OÜ)
**Absent (excused):** Helen Kask (Estonian Maritime Academy)
**Guests:** Kristiina Lepik, head of the cluster programme, Enterprise and Innovation Foundation (EISA); Mikael Lindholm, managing director of the Åland Maritime Cluster (item 4)

The chair opened the meeting at 10:00 and stated that six of seven board members were present and the board had a quorum. The agenda was approved without changes.

## Agenda

1. Approval of the minutes of meeting 5/2035 (13 September 2035)
2. Membership: applications of new members
3. Cluster coordinator's report for July–October 2035
4. Cooperation with Åland and Gotland
5. Preparation of the general meeting and board elections
6. Any other business

## 1. Minutes of the previous meeting

The minutes of meeting 5/2035 were approved. The action on the member survey has been completed; the results were sent to all members on 2 October 2035.

## 2. New members

Three applications were received: Muhu Boat Services OÜ (boat repair, Muhu), Sõrve Marine Electronics OÜ (navigation equipment, Salme) and the vocational school Kuressaare Ametikool. Andres Kallas asked whether the vocational school should pay the full fee. Kaspar Tamm explained that the statutes give education institutions a reduced fee.

## 3. Coordinator's report

Kaspar Tamm presented the report. Between July and October the cluster organised the Saaremaa Boat Week (2–4 August 2035), with 19 exhibitors, and a company visit of 14 members to Turku on 17 September 2035. The cluster's joint stand at the Tallinn Boat Show is booked for March 2036. Kristiina Lepik of EISA reminded the board that the interim report of the cluster programme is due on 31 January 2036.

## 4. Cooperation with Åland and Gotland

Mikael Lindholm presented the Åland Maritime Cluster and proposed a joint application with Gotland's boatbuilders' network Båtbyggarna på Gotland for an Interreg Central Baltic project on electric small craft. The board discussed the share of work and the co-financing. Tõnu Mets said that Saaremaa Municipality could support the co-financing of the Estonian partners.

## 5. General meeting and elections

The term of the current board ends at the general meeting. Reet Saar announced that she will not stand again as chair after two terms but is willing to remain a board member. Liina Rebane and Andres Kallas have been proposed as candidates for chair.

## Decisions

1. The minutes of meeting 5/2035 are approved
2. Muhu Boat Services OÜ, Sõrve Marine Electronics OÜ and Kuressaare Ametikool are admitted as members from 1 December 2035
3. The coordinator's report is approved
4. The cluster will prepare a joint project proposal with the Åland Maritime Cluster and Båtbyggarna på Gotland; responsible: Kaspar Tamm
5. The general meeting of members will be held on Thursday 24 January 2036 in Kuressaare; the board will be elected for 2036–2038

## 6. Any other business

Margit Luik invited the board to the opening of the new small-craft pier in Roomassaare harbour on 1 December 2035. The next board meeting will be held on Thursday 13 December 2035 at 10:00.

The chair closed the meeting at 13:15.

Reet Saar, chair of the board
Kaspar Tamm, keeper of the minutes

*Attachments: coordinator's report (slides), membership applications, draft budget 2036.*
"""
write(F, T)
S="Saaremaa Maritime Cluster"
gold(F,
 [P("Reet Saar","chair of the board",S),
  P("Kaspar Tamm","cluster coordinator",S),
  P("Andres Kallas",None,"Baltic Workboats AS"),
  P("Liina Rebane",None,"TalTech Kuressaare College"),
  P("Tõnu Mets",None,"Saaremaa Municipality"),
  P("Margit Luik",None,"Kuressaare Port Ltd"),
  P("Jaan Sepp",None,"Harbour Composites OÜ"),
  P("Helen Kask",None,"Estonian Maritime Academy"),
  P("Kristiina Lepik","head of the cluster programme","Enterprise and Innovation Foundation"),
  P("Mikael Lindholm","managing director","Åland Maritime Cluster")],
 [O(S), O("Saaremaa Development Centre"), O("Saaremaa Yachts OÜ"), O("Baltic Workboats AS"), O("TalTech Kuressaare College"),
  O("Saaremaa Municipality"), O("Kuressaare Port Ltd"), O("Harbour Composites OÜ"), O("Estonian Maritime Academy"),
  O("Enterprise and Innovation Foundation","EISA"), O("Åland Maritime Cluster"), O("Muhu Boat Services OÜ"),
  O("Sõrve Marine Electronics OÜ"), O("Kuressaare Ametikool"), O("Båtbyggarna på Gotland")],
 [E("Board meeting","2035-11-08",None,"Kuressaare","Estonia"),
  E("meeting 5/2035","2035-09-13",None,None,None),
  E("Saaremaa Boat Week","2035-08-02","2035-08-04",None,None),
  E("company visit","2035-09-17",None,"Turku","Finland"),
  E("Tallinn Boat Show","2036-03",None,"Tallinn","Estonia"),
  E("general meeting of members","2036-01-24",None,"Kuressaare","Estonia"),
  E("opening of the new small-craft pier","2035-12-01",None,"Roomassaare","Estonia"),
  E("next board meeting","2035-12-13",None,None,None)],
 ["2035-11-08","2035-09-13","2035-07/2035-10","2035-10-02","2035-08-02/2035-08-04","2035-09-17","2036-03","2036-01-31",
  "2035-12-01","2036-01-24","2036/2038","2035-12-13"],
 ["The minutes of meeting 5/2035 are approved",
  "Muhu Boat Services OÜ, Sõrve Marine Electronics OÜ and Kuressaare Ametikool are admitted as members from 1 December 2035",
  "The coordinator's report is approved",
  "The cluster will prepare a joint project proposal with the Åland Maritime Cluster and Båtbyggarna på Gotland; responsible: Kaspar Tamm",
  "The general meeting of members will be held on Thursday 24 January 2036 in Kuressaare; the board will be elected for 2036–2038"],
 pub="2035-11-08")
