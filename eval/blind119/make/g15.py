from h import *
F = 'g15_plzen_annual_report_people-pdf.txt'
assert wd(2040,4,25)=='Wednesday' and wd(2040,11,21)=='Wednesday' and wd(2041,4,24)=='Wednesday'
T = """West Bohemian Engineering Cluster, z.s. | Annual Report 2040                                   7

4 OUR PEOPLE AND GOVERNANCE

4.1 General Assembly
The General Assembly met twice in 2040. The or-
dinary session on Wednesday 25 April 2040 in
Plzeň approved the 2039 accounts and elected
the Board for the term 2040–2043. An
extraordinary session on 21 November 2040, held online,
approved the merger with the former Klatovy
Metalworking Network and raised the member-
ship fee for large companies.

4.2 Board (Představenstvo)
After the April elections the Board consists of:
Chair ............ Ing. Pavel Kratochvíl, Ph.D.
                   (ŠKODA Transportation a.s.)
Vice-Chair ....... Mgr. Lenka Hrubá-Svobodová
                   (University of West Bohemia)
Member ........... Ing. Radek Šimánek
                   (Kovárna Rokycany s.r.o.)
Member ........... Dipl.-Ing. Wolfgang Reiter
                   (Regensburg Präzisionsteile GmbH,
                   Domažlice branch)
Member ........... Ing. Hana Ottová
                   (Plzeň Region Regional Authority)
Outgoing members Ing. Miroslav Beneš and Jitka
Marková were thanked for their service since
2031.

4.3 Cluster management team
The team grew from five to seven people in 2040.
Executive Director: Ing. Tomáš Vondráček, MBA
Deputy Director and Head of Projects: Ing. Kateřina
  Nováková-Frey
Innovation Manager: Dr. Oleksandr Bondarenko
  (since March 2040)
Internationalisation Manager: Zuzana Dvořáková
Skills and Education Officer: Petr Černý
Communication Officer: Adéla Kubíková
Office and Finance Manager: Ivana Procházková
Tomáš Vondráček took over the management on
1 January 2040 from Dr. Martina Zelenková, who
had led the office since 2033 and moved to the
national business agency CzechInvest as head of
its Plzeň regional office. The Board thanked her
for building the cluster's project portfolio.

West Bohemian Engineering Cluster, z.s. | Annual Report 2040                                   8

4.4 Supervisory Board
The Supervisory Board (chair: Ing. Jaroslav
Hošek, Komerční banka, Plzeň branch) met four
times. It found no irregularities in the accounts.

4.5 Membership
At 31 December 2040 the cluster had 87 members:
72 companies, 4 universities and research organi-
sations, 6 schools and 5 public bodies. New mem-
bers in 2040 included the Research and Testing
Institute Plzeň (VZÚ Plzeň), BIC Plzeň and
the town of Klatovy. Two companies left after
insolvency.

4.6 Events
- Engineering Day West Bohemia, 12–13 June
  2040, Plzeň (fifth edition, 410 visitors)
- Study visit of the Board to the Bavarian cluster
  Bayern Innovativ, Nuremberg, 3 October 2040
- Cluster Talks (online), monthly
The sixth Engineering Day is planned for June
2041; the next ordinary General Assembly will
be held on Wednesday 24 April 2041.

4.7 Cooperation
The cluster works closely with the Czech National
Cluster Association (NCA), whose annual
conference in Ostrava on 8 November 2040 was attend-
ed by four members of the team, and with the
Bavarian partners of the cross-border
Engineering Alliance Bohemia–Bavaria. Two joint work-
shops with Bayern Innovativ are planned for the
first half of 2041.

4.8 Lessons learnt
Looking back at 2040, the Board names three
lessons:
a) A merger of two networks takes longer than a
   year; members need to see early results.
b) Schools become active members only when a
   company invites them into a real project.
c) The cluster needs a second source of income
   beyond membership fees and EU projects.

4.9 Staff development
In 2040 three team members completed the Euro-
pean cluster manager training, and the office
introduced a common project management tool
shared with the Board. The staff survey in De-
cember showed high satisfaction with flexible
working hours.

West Bohemian Engineering Cluster, z.s. | Annual Report 2040                                   9
"""
write(F, T)
C="West Bohemian Engineering Cluster, z.s."
gold(F,
 [P("Pavel Kratochvíl","Chair",C),
  P("Lenka Hrubá-Svobodová","Vice-Chair",C),
  P("Radek Šimánek","Member",C),
  P("Wolfgang Reiter","Member",C),
  P("Hana Ottová","Member",C),
  P("Miroslav Beneš","Member",C),
  P("Jitka Marková","Member",C),
  P("Tomáš Vondráček","Executive Director",C),
  P("Kateřina Nováková-Frey","Deputy Director and Head of Projects",C),
  P("Oleksandr Bondarenko","Innovation Manager",C),
  P("Zuzana Dvořáková","Internationalisation Manager",C),
  P("Petr Černý","Skills and Education Officer",C),
  P("Adéla Kubíková","Communication Officer",C),
  P("Ivana Procházková","Office and Finance Manager",C),
  P("Jaroslav Hošek","chair",C),
  P("Martina Zelenková","head of its Plzeň regional office","CzechInvest")],
 [O(C), O("Klatovy Metalworking Network"), O("ŠKODA Transportation a.s."), O("University of West Bohemia"), O("Kovárna Rokycany s.r.o."),
  O("Regensburg Präzisionsteile GmbH"), O("Plzeň Region Regional Authority"), O("Komerční banka"),
  O("Research and Testing Institute Plzeň","VZÚ Plzeň"), O("BIC Plzeň"), O("town of Klatovy"), O("Bayern Innovativ"), O("CzechInvest"), O("Czech National Cluster Association","NCA"), O("Engineering Alliance Bohemia–Bavaria")],
 [E("General Assembly","2040-04-25",None,"Plzeň","Czech Republic"),
  E("extraordinary session","2040-11-21",None,None,None),
  E("Engineering Day West Bohemia","2040-06-12","2040-06-13","Plzeň","Czech Republic"),
  E("Study visit","2040-10-03",None,"Nuremberg","Germany"),
  E("Cluster Talks",None,None,None,None),
  E("annual conference","2040-11-08",None,"Ostrava","Czech Republic"),
  E("Engineering Day","2041-06",None,None,None),
  E("General Assembly","2041-04-24",None,None,None)],
 ["2040","2040-04-25","2040/2043","2040-11-21","2031","2040-03","2040-12-31","2040-06-12/2040-06-13","2040-10-03","2041-06","2041-04-24","2040-01-01","2033","2040-11-08","2041","2040-12"],
 ["A merger of two networks takes longer than a year; members need to see early results",
  "Schools become active members only when a company invites them into a real project",
  "The cluster needs a second source of income beyond membership fees and EU projects"])
