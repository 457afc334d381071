from h import *
F = 'g02_louth_engineering_cluster_news-pdf.txt'
assert wd(2039,9,28)=='Wednesday' and wd(2039,10,13)=='Thursday' and wd(2039,11,9)=='Wednesday' and wd(2039,9,14)=='Wednesday'
T = """BORDERLANDS ENGINEERING CLUSTER NEWS | Issue 31 | Autumn 2039
Dundalk · Drogheda · Newry

Inside this issue
2 Members' corner
3 Events and training
4 EU projects update
5 Board and team

From the chair
Welcome to the autumn issue. It has been a year of change for the
cluster: we moved into new offices at the Regional Develop-
ment Centre in Dundalk, our membership passed 120 companies,
and we signed a cross-border cooperation agreement with
Newry, Mourne and Down District Council in June. None of this would
have happened without the small team led by Síle Ní Bhriain, our
Cluster Manager, and the volunteers on our working groups. Autumn
brings our biggest programme yet, so please keep the dates free
and bring a colleague who has not met us before.
Declan Mac Giolla Phádraig, Chair

BORDERLANDS ENGINEERING CLUSTER NEWS | Issue 31 | Autumn 2039 1

MEMBERS' CORNER

Precision Castings Drogheda wins export award
Precision Castings (Drogheda) Ltd received the export award of the
Louth Chamber of Commerce at the chamber's gala on 14 Septem-
ber. Róisín O'Dowd-Kelly, the firm's finance director, said the
foundry now ships to nineteen countries and has hired 22 people
this year.

Graduate programme
Seven member companies have taken on engineering graduates through
the joint programme run with Dundalk Institute of Technology (DkIT).
Dr Oluwaseun Adeyemi-Byrne, head of the School of Engineering at
DkIT, says the next intake opens in January 2040 and will for the
first time include apprentices from Newry.

New members
Carlingford Marine Systems Ltd, a designer of offshore winches,
joined in August. Welcome also to Vantage Robotics Teoranta in Dun-
dalk and to the Newry-based McAteer Fabrication Ltd.

BORDERLANDS ENGINEERING CLUSTER NEWS | Issue 31 | Autumn 2039 2

EVENTS AND TRAINING

Lean Manufacturing Masterclass
Wednesday 28 September 2039, 09:30–16:00, at the cluster offices
in Dundalk. Trainer: Kieran Lyons, lean consultant at Lyons
Operational Excellence. Places are limited to sixteen.

Cross-Border Supplier Day
Thursday 13 October 2039, Canal Court Hotel, Newry. Buyers from
Almac and Glen Dimplex meet cluster suppliers in pre-booked one-
to-one meetings. Organised with InterTradeIreland and Invest
Northern Ireland. Past Supplier Days were held in Newry in 2037
and in Dundalk in 2038; the third edition is the first under the
new cross-border agreement.

Cluster Annual Conference 2039
Wednesday 9 November 2039, Drogheda. Keynote speaker: Dr Matthias
Vogelsang of Fraunhofer IPA, Stuttgart.
09:00 Registration
09:45 Opening by the Chair
10:00 Keynote: the factory of 2050
11:15 Panel: skills for the twin transition
13:00 Lunch and exhibition
14:00 Site visits to member plants
17:30 Close

Save the date: Annual General Meeting, 7 December 2039, Dundalk.

BORDERLANDS ENGINEERING CLUSTER NEWS | Issue 31 | Autumn 2039 3

EU PROJECTS UPDATE

Our Interreg project SKILL-BRIDGE (2038–2041) has reached its mid-
term. The partners are Tallinn Science Park Tehnopol, Cluster
Manufacturing Valencia and the Agência de Inovação do Norte in
Braga. The partner meeting in Tallinn on 21–22 September 2039 was
hosted by Tehnopol, with a visit to two training factories run by
Estonian vocational schools.

Lessons learnt at mid-term
• Employers join training pilots only when they shape the content
• Short modules of two days work better than long courses
• Cross-border job shadowing needs a contact person on each side

The next partner meeting will take place in Valencia in spring
2040.

BORDERLANDS ENGINEERING CLUSTER NEWS | Issue 31 | Autumn 2039 4

BOARD AND TEAM

Board
Declan Mac Giolla Phádraig (Chair)
Róisín O'Dowd-Kelly (Vice-Chair)
Aidan Carroll (Treasurer), Carroll Toolmakers Ltd
Dr Oluwaseun Adeyemi-Byrne

Team
Síle Ní Bhriain, Cluster Manager
Tomasz Wiśniewski, Project Officer
Emer Quinn, Membership and Events

Borderlands Engineering Cluster CLG
Regional Development Centre, Dublin Road, Dundalk, Co. Louth
www.borderlands-eng.example.ie | info@borderlands-eng.example.ie
Printed on recycled paper. Unsubscribe from the print edition by
e-mail.

BORDERLANDS ENGINEERING CLUSTER NEWS | Issue 31 | Autumn 2039 5
"""
write(F, T)
C = "Borderlands Engineering Cluster CLG"
gold(F,
 [P("Declan Mac Giolla Phádraig", "Chair", C),
  P("Síle Ní Bhriain", "Cluster Manager", C),
  P("Róisín O'Dowd-Kelly", "Vice-Chair", C),
  P("Oluwaseun Adeyemi-Byrne", "head of the School of Engineering", "DkIT"),
  P("Kieran Lyons", "lean consultant", "Lyons Operational Excellence"),
  P("Matthias Vogelsang", None, "Fraunhofer IPA"),
  P("Aidan Carroll", "Treasurer", C),
  P("Tomasz Wiśniewski", "Project Officer", C),
  P("Emer Quinn", "Membership and Events", C)],
 [O(C), O("Newry, Mourne and Down District Council"), O("Precision Castings (Drogheda) Ltd"),
  O("Louth Chamber of Commerce"), O("Dundalk Institute of Technology", "DkIT"), O("School of Engineering"),
  O("Carlingford Marine Systems Ltd"), O("Vantage Robotics Teoranta"), O("Lyons Operational Excellence"),
  O("Almac"), O("Glen Dimplex"), O("InterTradeIreland"), O("Invest Northern Ireland"), O("Fraunhofer IPA"),
  O("Tallinn Science Park Tehnopol"), O("Cluster Manufacturing Valencia"), O("Agência de Inovação do Norte"), O("McAteer Fabrication Ltd"), O("Carroll Toolmakers Ltd")],
 [E("Lean Manufacturing Masterclass", "2039-09-28", None, "Dundalk", "Ireland"),
  E("Cross-Border Supplier Day", "2039-10-13", None, "Newry", "United Kingdom"),
  E("Cluster Annual Conference 2039", "2039-11-09", None, "Drogheda", "Ireland"),
  E("Site visits to member plants", "2039-11-09", None, None, None),
  E("Cross-Border Supplier Day (2037)", "2037", None, "Newry", "United Kingdom"),
  E("Cross-Border Supplier Day (2038)", "2038", None, "Dundalk", "Ireland"),
  E("Annual General Meeting", "2039-12-07", None, "Dundalk", "Ireland"),
  E("partner meeting", "2039-09-21", "2039-09-22", "Tallinn", "Estonia"),
  E("next partner meeting", "2040", None, "Valencia", "Spain")],
 ["2039-09-14", "2040-01", "2039-08", "2039-09-28", "2039-10-13", "2039-11-09", "2037", "2038", "2039-12-07",
  "2038/2041", "2039-09-21/2039-09-22", "2039-06", "2040", "2039"],
 ["Employers join training pilots only when they shape the content",
  "Short modules of two days work better than long courses",
  "Cross-border job shadowing needs a contact person on each side"],
 pub=None)
