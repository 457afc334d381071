from h import *
F = 'g14_dundalk_newry_medtech_panel_debate.txt'
assert wd(2039,2,24)=='Thursday' and wd(2039,1,19)=='Wednesday'
T = """Skip to main content
Border MedTech Cluster | About | Members | Programmes | News & Events | Contact | Member Portal
Search...

News & Events > Events > Panel debate: Made on the border

PANEL DEBATE: MADE ON THE BORDER – CAN ONE CLUSTER LIVE WITH TWO RULEBOOKS?

Date: Thursday 24 February 2039
Time: 17:30 registration, 18:00–19:45 debate, followed by refreshments
Venue: PJ Carroll Building, Dundalk Institute of Technology, Dundalk, Co. Louth
Admission: free, registration required (closes 21 February)
Posted 1 February 2039 | Events team

Since the cluster was founded in 2033, medical device companies on both sides of the border between Dundalk and Newry have learned to work with two sets of rules – for product approval, for employment, for public funding and, most of the time, for the customers they sell to. Many of them say this has made them resilient. Others say it costs them a market they could have had.

On 24 February the Border MedTech Cluster brings four people who live with this question every day onto one stage. The debate is organised with InterTradeIreland and the Newry, Mourne and Down District Council, and is the first public event of our new "Border Conversations" series.

Panellists
• Dr Orla Ní Bhriain, Chief Executive Officer, NíB Surgical Ltd, Dundalk
• Conor McKeown, Operations Director, Carlingford Catheters Ltd, Newry
• Prof. Maria-Elena Vasquez-Flynn, Head of School of Health and Science, Dundalk Institute of Technology
• Tadeusz Brzęczek, policy officer at the European Commission's Representation in Ireland (speaking in a personal capacity)

Moderator: Aoife Quinlan-Devlin, broadcaster and former business editor of the Dundalk Democrat

Welcome: Ciarán Ó Duibhir, Cluster Manager, Border MedTech Cluster

Why now?
The debate comes one month after the cluster published its study "Two Rulebooks, One Workforce", written with Ulster University Business School and presented to members at the cluster's New Year briefing in Newry on Wednesday 19 January 2039. The study surveyed 63 member companies and interviewed 24 managers between June and November 2038.

Recommendations of the study:
1. Set up a joint regulatory help desk for companies certifying products in both jurisdictions
2. Recognise apprenticeships and technician qualifications on both sides of the border through a common cluster skills passport
3. Open the cluster's shared testing laboratory in Newry to companies from the whole region at the same price
4. Ask both governments for a cross-border innovation voucher that can be spent with any member of the cluster

The full study (48 pages) can be downloaded from the Member Portal. A short summary in Irish is also available.

About the Border MedTech Cluster
The Border MedTech Cluster is an all-island cluster organisation with 71 member companies, three higher education institutions and two local authorities. It is supported by Enterprise Ireland, Invest Northern Ireland and Louth County Council. The chair of its board is Fiona Gallagher-Reid, former director of Medtronic's Galway operations.

Upcoming in the "Border Conversations" series
• April 2039 – "Selling to two health services", Newry (details to follow)
• June 2039 – summer reception with the Irish Medtech Association, Carlingford

Related events
› Cluster members' breakfast – Newry, 10 March 2039
› Regulatory clinic: MDR and UKCA update – online, 16 March 2039
› Annual General Meeting 2039 – Dundalk, 12 May 2039

Share: Facebook | LinkedIn | X | Email

You may also like: "New Year briefing: the cluster in figures" | "Members welcome new testing laboratory" | "Cluster joins European Health Clusters Net…

© 2039 Border MedTech Cluster CLG | Registered office: Unit 4, Xerox Technology Park, Dundalk | Privacy | Cookies | Accessibility
"""
write(F, T)
N="Border MedTech Cluster"
gold(F,
 [P("Orla Ní Bhriain","Chief Executive Officer","NíB Surgical Ltd"),
  P("Conor McKeown","Operations Director","Carlingford Catheters Ltd"),
  P("Maria-Elena Vasquez-Flynn","Head of School of Health and Science","Dundalk Institute of Technology"),
  P("Tadeusz Brzęczek","policy officer","European Commission's Representation in Ireland"),
  P("Aoife Quinlan-Devlin","broadcaster",None),
  P("Ciarán Ó Duibhir","Cluster Manager",N),
  P("Fiona Gallagher-Reid","chair",N)],
 [O(N+" CLG"), O("Dundalk Institute of Technology"), O("InterTradeIreland"), O("Newry, Mourne and Down District Council"),
  O("NíB Surgical Ltd"), O("Carlingford Catheters Ltd"), O("School of Health and Science"),
  O("European Commission's Representation in Ireland"), O("Dundalk Democrat"), O("Ulster University Business School"),
  O("Enterprise Ireland"), O("Invest Northern Ireland"), O("Louth County Council"), O("Medtronic"),
  O("Irish Medtech Association")],
 [E("Panel debate: Made on the border","2039-02-24",None,"Dundalk","Ireland"),
  E("New Year briefing","2039-01-19",None,"Newry","United Kingdom"),
  E("Selling to two health services","2039-04",None,"Newry","United Kingdom"),
  E("summer reception","2039-06",None,"Carlingford","Ireland"),
  E("Cluster members' breakfast","2039-03-10",None,"Newry","United Kingdom"),
  E("Regulatory clinic: MDR and UKCA update","2039-03-16",None,None,None),
  E("Annual General Meeting 2039","2039-05-12",None,"Dundalk","Ireland")],
 ["2039-02-24","2039-02-21","2039-02-01","2033","2039-01-19","2038-06/2038-11","2039-04","2039-06","2039-03-10",
  "2039-03-16","2039-05-12"],
 ["Set up a joint regulatory help desk for companies certifying products in both jurisdictions",
  "Recognise apprenticeships and technician qualifications on both sides of the border through a common cluster skills passport",
  "Open the cluster's shared testing laboratory in Newry to companies from the whole region at the same price",
  "Ask both governments for a cross-border innovation voucher that can be spent with any member of the cluster"],
 pub="2039-02-01")
