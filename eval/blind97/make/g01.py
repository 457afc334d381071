from h import *
F = 'g01_shannon_medtech_news.txt'
assert wd(2036,3,12)=='Wednesday' and wd(2036,4,23)=='Wednesday' and wd(2036,5,14)=='Wednesday'
T = """Skip to main content
Shannon MedTech Cluster
Home
About us
Members
Projects
News & Events
Contact
Join the cluster
We use cookies to give you the best experience on our website. By clicking "Accept" you consent to all cookies. Accept  Reject  Settings

Home > News & Events > Spring round-up: three events, one busy month

Spring round-up: three events, one busy month
Posted on 17 March 2036 by Aoife Brannigan | News, Events | 0 comments

Share this:
Facebook
LinkedIn
X
Email

[Photo: Delegates at the Regulatory Readiness Breakfast in Limerick. Photo credit: Cathal Daly Photography]

It has been a lively few weeks for the Shannon MedTech Cluster. Between the regulatory breakfast in Limerick, our first joint session with colleagues from Galway and a factory visit in Shannon, more than 230 people from 61 member companies took part in cluster activities since the start of February. Here is what happened, and what is coming next.

Regulatory Readiness Breakfast, Limerick
On Wednesday, 12 March 2036, 74 quality and regulatory managers gathered at the Castletroy Park Hotel for our Regulatory Readiness Breakfast. Dr Niamh Costigan, Head of Regulatory Affairs at Vartrix Medical Ltd, walked the room through the practical lessons of the latest notified body audits, and Ronan Fitzgibbon of the Health Products Regulatory Authority (HPRA) answered questions on clinical evaluation reports for legacy devices. The session was chaired by cluster manager Siobhán Ní Mhurchú.

"Smaller members told us again and again that they cannot afford a full-time regulatory team," said Ms Ní Mhurchú. "A shared pool of expertise across the cluster is now top of our list for the work plan."

Galway–Limerick Supplier Session (online)
Together with the Western Medical Devices Network, we ran an online supplier session on 26 February 2036. Twelve contract manufacturers from the Shannon region presented capabilities in precision moulding, laser welding and sterile packaging to buyers from 19 original equipment manufacturers. Declan Moriarty, Supply Chain Director at Corrib Orthopaedics, described the session as "the fastest hour of sourcing we have done this year".

Factory visit to Lumenpath Diagnostics, Shannon
On 5 March 2036, 28 members toured the new clean-room line of Lumenpath Diagnostics in the Shannon Free Zone. Chief Operating Officer Gráinne Hegarty explained how the company cut changeover time by 40% with digital work instructions. The visit was organised with the support of Shannon Group plc.

What's coming

Wednesday, 23 April 2036 – MedTech Skills Forum, University of Limerick
Our annual skills forum returns to the Analog Devices Building at the University of Limerick (UL). The programme opens at 09:30 with a keynote by Prof. Eamon Gallagher, Dean of Engineering at UL, followed by a panel on apprenticeships with Limerick and Clare Education and Training Board (LCETB). Lunch and networking from 13:00. Free for members, €45 for non-members.

Wednesday, 14 May 2036 – Cluster AGM and summer reception
The Annual General Meeting of Shannon MedTech Cluster CLG takes place at 16:00 in the Hunt Museum, Limerick, followed at 18:30 by the summer reception on the riverside terrace. Members will elect three board directors; nominations close on 30 April 2036.

3–5 June 2036 – MedTech Week Europe, Dublin (cluster stand)
We will share a stand with Enterprise Ireland at the RDS in Dublin. Members who want space on the stand should contact Aoife before 9 April 2036.

Key takeaways from the breakfast
- A shared regulatory expertise pool should be set up for small members before the end of 2036
- Members should start clinical evaluation updates for legacy devices at least 18 months ahead of certificate expiry
- The cluster will publish a short guide on notified body audit preparation in the summer

From the members' survey
Ahead of the skills forum, 52 member companies answered our annual survey. Four in five expect to hire in 2036, mostly quality engineers, validation technicians and production operators. Half of them said that they had lost at least one candidate to a larger employer in Dublin or Galway in the past year. Many members asked for a regional apprenticeship in medical device manufacturing and for shared induction training for new operators. The full results will be presented at the forum by Dr Orla Keane of the Kemmy Business School at UL, who analysed the survey for the cluster.

About the cluster
Shannon MedTech Cluster brings together 96 companies, the University of Limerick, the Technological University of the Shannon (TUS) and public agencies across Limerick, Clare and North Tipperary. The cluster is supported by the Regional Enterprise Development Fund of Enterprise Ireland.

Tags: regulatory, MDR, skills, supply chain, events

Related posts
Shannon MedTech Cluster welcomes eight new members
February 2036
Cluster launches sterile packaging working group
January 2036
Read more

Leave a Reply
Your email address will not be published. Required fields are marked *

Contact
Aoife Brannigan, Communications and Events Officer
events@shannonmedtech.example.ie | +353 61 000 000
Shannon MedTech Cluster CLG, Unit 4, National Technology Park, Limerick V94 0000

(c) 2036 Shannon MedTech Cluster CLG | Privacy policy | Cookie policy | Accessibility statement
"""
write(F, T)
C = "Shannon MedTech Cluster"
gold(F,
 [P("Aoife Brannigan","Communications and Events Officer",C),
  P("Niamh Costigan","Head of Regulatory Affairs","Vartrix Medical Ltd"),
  P("Ronan Fitzgibbon",None,"Health Products Regulatory Authority"),
  P("Siobhán Ní Mhurchú","cluster manager",C),
  P("Declan Moriarty","Supply Chain Director","Corrib Orthopaedics"),
  P("Gráinne Hegarty","Chief Operating Officer","Lumenpath Diagnostics"),
  P("Eamon Gallagher","Dean of Engineering","UL"), P("Orla Keane",None,"Kemmy Business School")],
 [O(C), O("Vartrix Medical Ltd"), O("Health Products Regulatory Authority","HPRA"), O("Western Medical Devices Network"),
  O("Corrib Orthopaedics"), O("Lumenpath Diagnostics"), O("Shannon Group plc"), O("Kemmy Business School"), O("University of Limerick","UL"),
  O("Limerick and Clare Education and Training Board","LCETB"), O("Enterprise Ireland"), O("Cathal Daly Photography"),
  O("Technological University of the Shannon","TUS")],
 [E("Regulatory Readiness Breakfast","2036-03-12",None,"Limerick","Ireland"),
  E("Galway–Limerick Supplier Session","2036-02-26",None,None,None),
  E("Factory visit to Lumenpath Diagnostics","2036-03-05",None,"Shannon","Ireland"),
  E("MedTech Skills Forum","2036-04-23",None,"Limerick","Ireland"),
  E("Annual General Meeting of Shannon MedTech Cluster CLG","2036-05-14",None,"Limerick","Ireland"),
  E("summer reception","2036-05-14",None,"Limerick","Ireland"),
  E("MedTech Week Europe","2036-06-03","2036-06-05","Dublin","Ireland")],
 ["2036-03-17","2036-03-12","2036-02-26","2036-03-05","2036-04-23","2036-05-14","2036-04-30","2036-06-03/2036-06-05","2036-04-09","2036","2036-02","2036-01"],
 ["A shared regulatory expertise pool should be set up for small members before the end of 2036",
  "Members should start clinical evaluation updates for legacy devices at least 18 months ahead of certificate expiry",
  "The cluster will publish a short guide on notified body audit preparation in the summer"], "2036-03-17")
