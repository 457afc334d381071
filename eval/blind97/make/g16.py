from h import *
F = 'g16_latgale_metalworking_agm.txt'
assert wd(2037,4,16)=='Thursday' and wd(2037,5,26)=='Tuesday' and wd(2037,6,10)=='Wednesday'
T = """Skip to content
Latgale Metalworking and Machinery Cluster
LV | EN | RU
About  Members  Services  Projects  News  Events  Contact
This website uses cookies. By continuing to browse the site, you agree to our use of cookies. OK  More info

Home / News / Association news

General Meeting 2037: new board, new strategy, two new services
Posted: 21 April 2037 | Author: Inese Vanaga | Views: 412

Share: f  in  X  ✉

[Photo: Members voting at the General Meeting in Daugavpils. Photo: Jānis Kalvišs]

The annual General Meeting of the association "Latgale Metalworking and Machinery Cluster" (LMMC) was held on Thursday, 16 April 2037, at the Daugavpils University Science Centre. 38 of the 52 member organisations were represented, so the meeting had a quorum. The meeting was chaired by Valdis Kokins, outgoing Chairman of the Board, with Inese Vanaga as secretary of the meeting.

Guests included Aivars Ruskulis, Deputy Executive Director of the Investment and Development Agency of Latvia (LIAA), and Oksana Petrovska, Head of the Development Department of Daugavpils City Council. Mr Ruskulis presented the national cluster programme for 2036–2040 and reminded members that the next evaluation of cluster organisations is planned for the autumn.

Report of the board for 2036
In his report, Mr Kokins looked back at a year in which the cluster grew from 44 to 52 members. The joint training centre for CNC operators in Rēzekne, run with Rēzekne Academy of Technologies, trained 118 workers, and the cluster led three trade missions – to Vilnius, Tampere and Gothenburg. Member companies signed contracts worth an estimated EUR 6.4 million with partners met on these missions. The revision commission, represented by auditor Dmitrijs Savickis, found the accounts in order.

"Six years ago we were eleven companies around one table in a cafe in Daugavpils. Today we have the training centre, a laboratory and a voice in Riga," said Mr Kokins, who stepped down after two terms.

Decisions
The General Meeting decided:
1. To approve the annual report and financial statements for 2036
2. To adopt the Cluster Development Strategy 2037–2041 with three priorities: skills, automation and export
3. To raise the membership fee for companies with more than 50 employees from EUR 600 to EUR 800 a year from 2038
4. To launch a shared metrology laboratory service and a joint export sales office in Vilnius
5. To elect the new board for 2037–2040

New board
The members elected a board of five:
Chairwoman: Natālija Griškeviča, CEO, Dinaburg Metāls SIA
Deputy Chairman: Ēriks Stivriņš, Production Director, Latgales Mašīnbūve AS
Board member: Pavel Ivanov, Owner, Ivmet SIA
Board member: Dr. Ilona Ščeglova, Dean of the Faculty of Engineering, Rēzekne Academy of Technologies
Board member: Kristaps Ločmelis, Managing Director, Rēzeknes SEZ Precision SIA

Ms Griškeviča thanked the members for their trust. "Our first job is people. Every member company I know is looking for welders and machinists. The strategy is only as good as the training centre," she said.

Discussion
In the discussion, several members asked the board to speed up work on automation. Sergejs Bogdanovs of Krāslava Tools SIA said that small workshops could not buy robots alone and proposed a shared robot cell at the training centre. Others raised the cost of energy and the shortage of apprentices in vocational schools in Latgale. Ms Petrovska offered the city's support for a joint recruitment campaign aimed at young people in Daugavpils and promised to present the city's new industrial land plan to the board. The new board was asked to report on automation at the next meeting.

Cluster team
Cluster manager Artūrs Kļaviņš continues in his role. From 1 May 2037 the team is joined by Jeļena Solovjova as export manager, who will open the office in Vilnius.

Upcoming events
- Tuesday, 26 May 2037: Open day at the metrology laboratory, Daugavpils, 10:00–14:00
- Wednesday, 10 June 2037: Board meeting (members may send topics by 3 June)
- 22–25 September 2037: Joint stand at the Baltic Machine Tool Fair (BalticMetal), Riga
- October 2037: Trade mission to Lower Silesia, Poland, with the Wrocław Technology Park

Documents
Minutes of the General Meeting (PDF, for members only)
Cluster Development Strategy 2037–2041 (PDF)
Annual report 2036 (PDF)

Comments (2)
Mārtiņš O. – 21 April 2037 at 18:02
Congratulations to the new board! Will the metrology service be open to non-members too?
Reply
Inese Vanaga – 22 April 2037 at 09:15
Yes, at a non-member rate; the price list follows in May.
Reply

Related posts
Cluster training centre welcomes 100th graduate – 12 February 2037
Trade mission to Tampere: what we learned – 30 November 2036
Read more

Contact us
Association "Latgale Metalworking and Machinery Cluster"
Saules iela 1, Daugavpils, LV-5401, Latvia
Reg. No. 40000000000
info@lmmc.example.lv | +371 65 000 000

Supported by the Investment and Development Agency of Latvia.
© 2037 LMMC | Privacy policy | Sitemap
"""
write(F, T)
C = "Latgale Metalworking and Machinery Cluster"
gold(F,
 [P("Inese Vanaga","secretary of the meeting",None), P("Jānis Kalvišs",None,None),
  P("Valdis Kokins","Chairman of the Board",C),
  P("Aivars Ruskulis","Deputy Executive Director","Investment and Development Agency of Latvia"),
  P("Oksana Petrovska","Head of the Development Department","Daugavpils City Council"),
  P("Dmitrijs Savickis","auditor",None),
  P("Natālija Griškeviča","Chairwoman",C), P("Ēriks Stivriņš","Deputy Chairman",C), P("Pavel Ivanov","Board member",C),
  P("Ilona Ščeglova","Board member",C), P("Kristaps Ločmelis","Board member",C),
  P("Artūrs Kļaviņš","Cluster manager",C), P("Jeļena Solovjova","export manager",C), P("Mārtiņš O.",None,None), P("Sergejs Bogdanovs",None,"Krāslava Tools SIA")],
 [O(C,"LMMC"), O("Daugavpils University"), O("Investment and Development Agency of Latvia","LIAA"), O("Daugavpils City Council"),
  O("Rēzekne Academy of Technologies"), O("Dinaburg Metāls SIA"), O("Latgales Mašīnbūve AS"), O("Ivmet SIA"),
  O("Faculty of Engineering"), O("Rēzeknes SEZ Precision SIA"), O("Wrocław Technology Park"), O("Krāslava Tools SIA")],
 [E("General Meeting","2037-04-16",None,"Daugavpils","Latvia"),
  E("Open day at the metrology laboratory","2037-05-26",None,"Daugavpils","Latvia"),
  E("Board meeting","2037-06-10",None,None,None),
  E("Baltic Machine Tool Fair","2037-09-22","2037-09-25","Riga","Latvia"),
  E("Trade mission to Lower Silesia","2037-10",None,None,"Poland")],
 ["2037-04-21","2037-04-16","2036/2040","2036","2037/2041","2038","2037/2040","2037-05-01","2037-05-26","2037-06-10","2037-06-03",
  "2037-09-22/2037-09-25","2037-10","2037-04-22","2037-05","2037-02-12","2036-11-30"],
 ["To approve the annual report and financial statements for 2036",
  "To adopt the Cluster Development Strategy 2037–2041 with three priorities: skills, automation and export",
  "To raise the membership fee for companies with more than 50 employees from EUR 600 to EUR 800 a year from 2038",
  "To launch a shared metrology laboratory service and a joint export sales office in Vilnius",
  "To elect the new board for 2037–2040"], "2037-04-21")
