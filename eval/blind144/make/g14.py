from h import *
F = 'g14_nancy_farewell_cluster_director.txt'
assert wd(2040,12,4)=='Tuesday' and wd(2040,12,10)=='Monday' and wd(2040,11,26)=='Monday'
T = """MATÉRIAUX LORRAINE NEWSLETTER · No. 112 · November 2040
English edition · Subscribe | Unsubscribe | View in browser

IN THIS ISSUE
1. "A cluster is a promise kept every week": Dominique Rousselot says goodbye
2. Who is who in the team from January
3. Dates for your diary

----------------------------------------------------------------------
1. "A CLUSTER IS A PROMISE KEPT EVERY WEEK"
----------------------------------------------------------------------
Nancy, 26 November 2040 – After fourteen years at the head of Pôle Matériaux Lorraine, the materials and surface-engineering cluster of the Grand Est region, Managing Director Dominique Rousselot will retire at the end of the year. The Board, chaired by Franz-Josef Ehrlacher (CEO of Saarstahl Oberflächentechnik GmbH in Völklingen), has appointed Dr Amélie Nguyen-Ferrand, currently Deputy Director, to succeed him from 1 January 2041.

Career at a glance
1987–1995: research engineer, Institut de Recherches de la Sidérurgie (IRSID), Maizières-lès-Metz
1995–2009: head of the coatings laboratory, then R&D director, Arcelor Packaging in Florange
2009–2026: founder and manager of the consulting firm Surfaces & Procédés SARL, Nancy
2026–2040: Managing Director, Pôle Matériaux Lorraine

When he arrived, the cluster had 38 members and two staff in a borrowed office at the École européenne d'ingénieurs en génie des matériaux (EEIGM). Today it has 164 members in Lorraine, Saarland and Luxembourg, twelve staff and a shared test line for coatings in Pont-à-Mousson. Under his leadership the cluster earned the gold label of the European Cluster Excellence Initiative in 2032 and launched the cross-border Materials Days, held alternately in Nancy and Saarbrücken since 2030.

We asked him for the advice he would give a new cluster manager.

Advice to a new cluster manager:
- Visit three member companies every week, even when the calendar says you have no time
- Never launch a project that only the cluster office wants
- Treat the university and the smallest subcontractor with the same respect
- Say no to funding that pulls the cluster away from its members' needs
- Train your successor from the first day

"The best moment? The day a small plating shop from Lunéville signed its first contract with an aircraft maker we had introduced it to at the Materials Days. The worst? Every evening spent writing reports instead of meeting people," he said.

Rousselot will remain a member of the scientific council of the Institut Jean Lamour, the joint research unit of the Université de Lorraine and the CNRS, and intends to write a history of the steel industry in the Lorraine valley.

Farewell evening
Members and partners are invited to say goodbye to Dominique on Tuesday 4 December 2040 at 18:30 at the Salons de l'Hôtel de Ville de Nancy, Place Stanislas. Speeches by Franz-Josef Ehrlacher and by Valérie Schmitt-Kieffer, Vice-President for Economy of the Région Grand Est. Please register by 30 November.

----------------------------------------------------------------------
2. WHO IS WHO IN THE TEAM FROM JANUARY
----------------------------------------------------------------------
Managing Director: Dr Amélie Nguyen-Ferrand (previously Deputy Director; before 2034 a researcher at the Luxembourg Institute of Science and Technology, LIST)
Deputy Director and Head of Projects: Mathieu Thiriet
International and Saarland desk: Katharina Wendel (based in Saarbrücken at the offices of saaris – saarland.innovation&standort e. V.)
Members and services: Nadia Boukhari
Test line manager: Grégory Colin, Pont-à-Mousson

The post of Head of Communication is vacant; applications are open until 10 December 2040 (Monday).

----------------------------------------------------------------------
3. DATES FOR YOUR DIARY
----------------------------------------------------------------------
4 December 2040 – Farewell evening for Dominique Rousselot, Nancy
22–23 January 2041 – Workshop "Corrosion and hydrogen" with the Institut Jean Lamour, Nancy
March 2041 – General Assembly of Pôle Matériaux Lorraine
21–22 May 2041 – Materials Days 2041, 11th edition, Saarbrücken

Pôle Matériaux Lorraine · 2 allée André Guinier, 54000 Nancy · contact@pml.example.fr
You receive this newsletter as a member or partner of the cluster. Manage your preferences | Privacy
"""
assert wd(2041,1,22)=='Tuesday' and wd(2041,5,21)=='Tuesday'
write(F, T)
P_ = "Pôle Matériaux Lorraine"
gold(F,
 [P("Dominique Rousselot","Managing Director",P_),
  P("Franz-Josef Ehrlacher","CEO","Saarstahl Oberflächentechnik GmbH"),
  P("Amélie Nguyen-Ferrand","Managing Director",P_),
  P("Valérie Schmitt-Kieffer","Vice-President for Economy","Région Grand Est"),
  P("Mathieu Thiriet","Deputy Director and Head of Projects",P_),
  P("Katharina Wendel","International and Saarland desk",P_),
  P("Nadia Boukhari","Members and services",P_),
  P("Grégory Colin","Test line manager",P_)],
 [O(P_,None), O("Saarstahl Oberflächentechnik GmbH"), O("Institut de Recherches de la Sidérurgie","IRSID"),
  O("Arcelor Packaging"), O("Surfaces & Procédés SARL"), O("École européenne d'ingénieurs en génie des matériaux","EEIGM"),
  O("Institut Jean Lamour"), O("Université de Lorraine"), O("CNRS"), O("Région Grand Est"),
  O("Luxembourg Institute of Science and Technology","LIST"), O("saarland.innovation&standort e. V.","saaris")],
 [E("Farewell evening","2040-12-04",None,"Nancy","France"),
  E("Corrosion and hydrogen","2041-01-22","2041-01-23","Nancy","France"),
  E("General Assembly of Pôle Matériaux Lorraine","2041-03",None,None,None),
  E("Materials Days 2041, 11th edition","2041-05-21","2041-05-22","Saarbrücken","Germany")],
 ["2040-11","2040-11-26","2041-01","2041-01-01","1987/1995","1995/2009","2009/2026","2026/2040","2032","2030","2040-12-04","2040-11-30","2034","2040-12-10","2041-01-22/2041-01-23","2041-03","2041-05-21/2041-05-22"],
 ["Visit three member companies every week, even when the calendar says you have no time",
  "Never launch a project that only the cluster office wants",
  "Treat the university and the smallest subcontractor with the same respect",
  "Say no to funding that pulls the cluster away from its members' needs",
  "Train your successor from the first day"],
 pub="2040-11-26")
