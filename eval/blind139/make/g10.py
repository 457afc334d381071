from h import *
import docx
F = 'g10_lovech_steering_committee_minutes.docx'
assert wd(2039,10,4)=='Tuesday' and wd(2039,10,5)=='Wednesday' and wd(2039,12,15)=='Thursday' and wd(2040,3,13)=='Tuesday'
paras = [
("h","DANUCLUST – Clusters for Resilient Value Chains in the Danube Region"),
("p","Minutes of the 3rd Steering Committee meeting · Lovech, Bulgaria, 4–5 October 2039 · Version 1.1 (approved by written procedure on 20 October 2039)"),
("p","Host: Mechatronics Cluster Lovech (MCL), in cooperation with the Municipality of Lovech. Venue: Hotel Lovech, conference hall \"Osam\"."),
("h2","1. Participants"),
("p","The Steering Committee (SC) consists of one voting representative of each project partner. The following members and substitutes attended:"),
("t",[("Partner","Representative","Function in the SC"),
 ("Mechatronics Cluster Lovech (BG), lead partner","Dr Stoyan Petkov","Chair of the SC"),
 ("ecoplus. The Business Agency of Lower Austria (AT)","Mag. Verena Hofbauer-Lentsch","Vice-Chair of the SC"),
 ("Technical University of Gabrovo (BG)","Assoc. Prof. Desislava Koleva","Member"),
 ("Pannon Business Network Association (HU)","Gergely Szalai","Member"),
 ("Regional Development Agency Niš (RS)","Milica Đorđević","Member"),
 ("Slovak Business Agency (SK)","Ing. Tomáš Kollár","Substitute member"),
 ("Automotive Cluster of Romania – West (RO)","Andrei Munteanu","Member")]),
("p","Also present: Nikolay Ivanov, project manager, and Ralitsa Georgieva, financial manager (both MCL); Elena Bratu, joint secretariat officer of the Interreg Danube Region Programme (online, item 5 only). Apologies: Dr. Zoran Marković (Regional Development Agency Niš), represented by Milica Đorđević."),
("h2","2. Opening"),
("p","Dr Petkov opened the meeting on Tuesday 4 October 2039 at 9:30. The Deputy Mayor of Lovech, Vesela Hristova, welcomed the partners and presented the municipality's plans for an industrial zone for mechatronics suppliers near the city. The SC adopted the agenda without changes and approved the minutes of its 2nd meeting, held in Pécs on 28–29 March 2039."),
("h2","3. Change in the Steering Committee"),
("p","The Chair informed the SC that Dr. Wolfgang Strasser, who had represented ecoplus and served as Vice-Chair since the kick-off in Vienna in October 2038, retired at the end of August 2039. ecoplus has nominated Mag. Verena Hofbauer-Lentsch, Head of Cluster Internationalisation, as its new representative. The SC elected her Vice-Chair unanimously. Members thanked Dr Strasser for his contribution, in particular the cluster mapping method used in work package 2."),
("h2","4. Progress of work packages"),
("p","WP1 (management) is on schedule. WP2 (value chain mapping): the mapping of 412 companies in seven regions is complete; the regional reports were presented by Gergely Szalai. WP3 (pilot actions): four of the six cross-cluster pilots have started; the pilot between Lovech and Timișoara on cable harnesses is delayed by three months. WP4 (policy learning) will start with the peer review in Gabrovo."),
("h2","5. Finance and reporting"),
("p","Ralitsa Georgieva presented the expenditure of the second reporting period. Spending stands at 41% of the budget, below the planned 48%. Elena Bratu reminded partners that the third progress report is due on 15 December 2039 and that underspending above 15% may lead to a budget reduction."),
("h2","6. Study visit"),
("p","On Wednesday 5 October 2039 the partners visited Mechatronika AD and the training centre of the Vocational School of Mechanical Engineering in Lovech, and met eleven member companies of the cluster at a B2B session in the afternoon."),
("h2","7. Decisions"),
("p","The Steering Committee decided:"),
("b","Mag. Verena Hofbauer-Lentsch is elected Vice-Chair of the Steering Committee until the end of the project"),
("b","The cable-harness pilot is extended until 31 March 2040; no additional budget is allocated"),
("b","Partners below 35% spending submit a recovery plan to the lead partner by 15 November 2039"),
("b","The 4th Steering Committee meeting will take place in Bratislava on 12–13 March 2040, hosted by the Slovak Business Agency"),
("h2","8. Closing"),
("p","The Chair closed the meeting at 17:10 on 4 October. The minutes were drafted by Nikolay Ivanov and circulated on 11 October 2039 for comments."),
("p","Signed: Dr Stoyan Petkov, Chair of the Steering Committee · Nikolay Ivanov, Project Manager"),
("p","This project is co-funded by the Interreg Danube Region Programme. Document reference: DANUCLUST_SC3_minutes_v1.1"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="b": d.add_paragraph(t, style='List Bullet')
    elif k=="t":
        tb = d.add_table(rows=0, cols=3)
        for row in t:
            cells = tb.add_row().cells
            for i,v in enumerate(row): cells[i].text = v
    else: d.add_paragraph(t)
d.save(path(F))
M="Mechatronics Cluster Lovech"; S="Steering Committee"
gold(F,
 [P("Stoyan Petkov","Chair of the SC",M),
  P("Verena Hofbauer-Lentsch","Vice-Chair of the SC","ecoplus. The Business Agency of Lower Austria"),
  P("Desislava Koleva","Member","Technical University of Gabrovo"),
  P("Gergely Szalai","Member","Pannon Business Network Association"),
  P("Milica Đorđević","Member","Regional Development Agency Niš"),
  P("Tomáš Kollár","Substitute member","Slovak Business Agency"),
  P("Andrei Munteanu","Member","Automotive Cluster of Romania – West"),
  P("Nikolay Ivanov","project manager",M),
  P("Ralitsa Georgieva","financial manager",M),
  P("Elena Bratu","joint secretariat officer",None),
  P("Zoran Marković",None,"Regional Development Agency Niš"),
  P("Vesela Hristova","Deputy Mayor of Lovech","Municipality of Lovech"),
  P("Wolfgang Strasser","Vice-Chair","ecoplus. The Business Agency of Lower Austria")],
 [O(M,"MCL"), O("Municipality of Lovech"), O("ecoplus. The Business Agency of Lower Austria"), O("Technical University of Gabrovo"),
  O("Pannon Business Network Association"), O("Regional Development Agency Niš"), O("Slovak Business Agency"),
  O("Automotive Cluster of Romania – West"), O("Mechatronika AD"), O("Vocational School of Mechanical Engineering")],
 [E("3rd Steering Committee meeting","2039-10-04","2039-10-05","Lovech","Bulgaria"),
  E("2nd meeting","2039-03-28","2039-03-29","Pécs","Hungary"),
  E("kick-off","2038-10",None,"Vienna","Austria"),
  E("peer review",None,None,"Gabrovo","Bulgaria"),
  E("Study visit","2039-10-05",None,"Lovech","Bulgaria"),
  E("B2B session","2039-10-05",None,"Lovech","Bulgaria"),
  E("4th Steering Committee meeting","2040-03-12","2040-03-13","Bratislava","Slovakia")],
 ["2039-10-04/2039-10-05","2039-10-20","2039-10-04","2039-03-28/2039-03-29","2038-10","2039-08","2039-12-15","2039-10-05","2040-03-31","2039-11-15","2040-03-12/2040-03-13","2039-10-11"],
 ["Mag. Verena Hofbauer-Lentsch is elected Vice-Chair of the Steering Committee until the end of the project",
  "The cable-harness pilot is extended until 31 March 2040; no additional budget is allocated",
  "Partners below 35% spending submit a recovery plan to the lead partner by 15 November 2039",
  "The 4th Steering Committee meeting will take place in Bratislava on 12–13 March 2040, hosted by the Slovak Business Agency"],
 pub="2039-10-20")
