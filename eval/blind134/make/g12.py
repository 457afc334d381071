from h import *
F = 'g12_trnava_agm_candidates-pdf.txt'
assert wd(2039,6,12)=='Sunday' and wd(2039,6,22)=='Wednesday' and wd(2039,5,20)=='Friday'
T = """Automotive Cluster – Western Slovakia                                  Page 1/3
Invitation to the Ordinary General Assembly 2039 and candidates for the Board

AUTOMOTIVE CLUSTER – WESTERN SLOVAKIA (ACWS), záujmové združenie právnických osôb
Hlavná 00, 917 01 Trnava · IČO 00000000

Trnava, 20 May 2039

INVITATION

Dear members,

In accordance with Article 9 of the Statutes, the Board of the Automotive Cluster – Western Slovakia
invites you to the Ordinary General Assembly, which will take place on Wednesday 22 June 2039 at
10:00 in the Aula of the Faculty of Materials Science and Technology of the Slovak University of
Technology in Bratislava (MTF STU), Jána Bottu 25, Trnava.

Proposed agenda
1. Opening and election of the chair of the meeting, the minute-taker and two vote counters
2. Annual report 2038 and financial statements
3. Report of the Supervisory Board
4. Election of the Board for the period 2039–2042
5. Membership fees 2040
6. Any other business

Members who wish to stand for the Board had to submit their nomination by 12 June 2039. The Nomi-
nation Committee received eight nominations for seven seats. The candidates are presented below in
alphabetical order, each with a short biography supplied by the candidate.

Automotive Cluster – Western Slovakia                                  Page 2/3
Invitation to the Ordinary General Assembly 2039 and candidates for the Board

CANDIDATES FOR THE BOARD 2039–2042

Ing. Martina Baláž-Horváthová
Head of Purchasing, Stellantis Slovakia s.r.o., Trnava. Joined the plant in 2018 as a buyer and has
led its local supplier development programme since 2033. Board member of ACWS since 2036.

Doc. Ing. Róbert Čierny, PhD.
Dean of the Faculty of Materials Science and Technology, STU, in Trnava since 2037. Research in
welding and joining of lightweight materials. Member of the Slovak Academy of Engineering.

Mgr. Lucia Dvořáková
Managing Director of the Trnava Self-Governing Region's development agency, Regionálna rozvojová
agentúra Trnava. Previously worked for six years at the Ministry of Economy of the Slovak Republic
on industrial policy.

Ing. Jozef Kráľ
Owner and CEO of Kráľ Precision s.r.o., Hlohovec, a family company producing machined parts for
brake systems (140 employees). Current Chairman of the Board of ACWS (2033–2039), standing for
a third term.

Dr. Annette Vogelsang-Kubík
Plant Manager at Schaeffler Skalica, spol. s r.o. German citizen, living in Slovakia since 2029.
Vice-Chair of the German-Slovak Chamber of Industry and Commerce (DSIHK) working group on
vocational education.

Ing. Peter Šimko
Head of the Trnava branch of the Slovak Business Agency (SBA). Mentor in the agency's start-
up programme. Former sales manager at ZF Slovakia, a.s.

Bc. Tomáš Ondrejka
Co-founder of the software company Drivetwin s.r.o., Trnava, which develops digital twins of
production lines. Member of the Slovak Alliance for Innovation Economy (SAPIE).

Ing. Eva Zelenayová
Energy Manager at Samsung Display Slovakia, s.r.o., Galanta. Chairs the ACWS working group on
energy efficiency.

Automotive Cluster – Western Slovakia                                  Page 3/3
Invitation to the Ordinary General Assembly 2039 and candidates for the Board

RECOMMENDATIONS OF THE NOMINATION COMMITTEE
The Nomination Committee (chair: Ing. Milan Hudec, Supervisory Board) recommends to the General
Assembly that:
- at least two seats on the Board should be held by representatives of SMEs
- the Board should include at least one member from a research or education organisation
- the new Board should elect a Vice-Chair responsible for the energy transition of the sector
- the term limit of three terms for the Chairman should be written into the Statutes in 2040

Members who cannot attend may give a written proxy to another member. Each member has one vote.
A member may represent no more than two other members.

After the General Assembly, at 13:30, members are invited to a guided tour of the Stellantis
plant in Trnava (registration required, limited to 40 persons, safety shoes provided).

Please confirm your participation to the cluster office by 15 June 2039:
Ing. Katarína Lipková, Cluster Manager, lipkova@acws.example.sk, +421 33 000 0000

On behalf of the Board
Ing. Jozef Kráľ, Chairman of the Board
"""
write(F, T)
A="AUTOMOTIVE CLUSTER – WESTERN SLOVAKIA"
gold(F,
 [P("Martina Baláž-Horváthová","Head of Purchasing","Stellantis Slovakia s.r.o."),
  P("Róbert Čierny","Dean","Faculty of Materials Science and Technology of the Slovak University of Technology in Bratislava"),
  P("Lucia Dvořáková","Managing Director","Regionálna rozvojová agentúra Trnava"),
  P("Jozef Kráľ","Chairman of the Board",A),
  P("Annette Vogelsang-Kubík","Plant Manager","Schaeffler Skalica, spol. s r.o."),
  P("Peter Šimko","Head of the Trnava branch","Slovak Business Agency"),
  P("Tomáš Ondrejka","Co-founder","Drivetwin s.r.o."),
  P("Eva Zelenayová","Energy Manager","Samsung Display Slovakia, s.r.o."),
  P("Milan Hudec","chair",A),
  P("Katarína Lipková","Cluster Manager",A)],
 [O(A,"ACWS"), O("Faculty of Materials Science and Technology of the Slovak University of Technology in Bratislava","MTF STU"),
  O("Stellantis Slovakia s.r.o."), O("Slovak Academy of Engineering"), O("Trnava Self-Governing Region"),
  O("Regionálna rozvojová agentúra Trnava"), O("Ministry of Economy of the Slovak Republic"), O("Kráľ Precision s.r.o."),
  O("Schaeffler Skalica, spol. s r.o."), O("German-Slovak Chamber of Industry and Commerce","DSIHK"),
  O("Slovak Business Agency","SBA"), O("ZF Slovakia, a.s."), O("Drivetwin s.r.o."),
  O("Slovak Alliance for Innovation Economy","SAPIE"), O("Samsung Display Slovakia, s.r.o.")],
 [E("Ordinary General Assembly","2039-06-22",None,"Trnava","Slovakia"),
  E("guided tour of the Stellantis plant","2039-06-22",None,"Trnava","Slovakia")],
 ["2039-05-20","2039-06-22","2038","2039/2042","2040","2039-06-12","2018","2033","2036","2037","2033/2039","2029","2039-06-15"],
 ["at least two seats on the Board should be held by representatives of SMEs",
  "the Board should include at least one member from a research or education organisation",
  "the new Board should elect a Vice-Chair responsible for the energy transition of the sector",
  "the term limit of three terms for the Chairman should be written into the Statutes in 2040"],
 pub="2039-05-20")
