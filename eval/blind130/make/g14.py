from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g14_thrace_agrifood_lessons_learnt.eml'
assert wd(2036,7,15)=='Tuesday' and wd(2036,6,10)=='Tuesday' and wd(2036,6,11)=='Wednesday' and wd(2036,6,16)=='Monday' and wd(2036,5,28)=='Wednesday'
body = """Dear partners,

Thank you again for coming to Alexandroupolis for our final partner meeting and the closing conference. Below you will find the short summary we promised, including the lessons learnt that we agreed on in the last session. Please send any corrections by Tuesday 15 July 2036; after that we will include the text in the final report, which is due to the Joint Secretariat by 30 September 2036.

--------------------------------------------------------------
AGRIFOOD-LINK – Final partner meeting and closing conference
Alexandroupolis, 10–11 June 2036
Summary of outcomes
--------------------------------------------------------------

1. Final partner meeting (Tuesday 10 June, Hotel Astir, Alexandroupolis)

Present: Thrace Agri-Food Cluster (lead partner: Eleni Karamanli-Tsoukala, Stavros Ioannidis), Democritus University of Thrace (Prof. Anastasios Vafeiadis), Haskovo Chamber of Commerce and Industry (Mariyana Dimitrova-Petkova), Municipality of Kardzhali (Kiril Yordanov), Centre for Research and Technology Hellas – CERTH (Dr. Vasiliki Oikonomou, online). Apologies: Bulgarian Food Cluster.

The partners approved the last progress report and the reallocation of EUR 18,400 from travel to external expertise. The communication manager presented the final figures: 118 companies supported on both sides of the border, 9 new cross-border products (among them a feta-and-rose-oil cosmetic line and a Rhodope herbal tea blend), and 27 students placed in agri-food companies. The partners also agreed that the project website and the online product catalogue will be kept running by the lead partner for at least five years after the end of the project, as the programme rules require.

2. Closing conference (Wednesday 11 June, Alexandroupolis Cultural Centre)

About 160 participants. Opening by Georgios Papathanasiou, Deputy Regional Governor for Development of the Region of Eastern Macedonia and Thrace, and by Petya Angelova, Deputy Mayor of Kardzhali. Keynote by Dr. Marta Sobczak (European Commission, DG AGRI) on short supply chains. In the afternoon, 14:00–16:30, a B2B session with 74 meetings between Greek and Bulgarian producers and retailers, followed at 17:00 by a site visit to the Evros dairy cooperative in Feres.

3. Lessons learnt (agreed by the partners)

- Cross-border matchmaking works only when it is prepared with the companies weeks in advance; open B2B days without pre-selected pairs produced few results
- Bilingual (Greek-Bulgarian) staff in each partner organisation are indispensable, and should be budgeted from the start
- Small producers need help with labelling and food safety rules of the other country before they can sell there
- The university's involvement was most useful when students worked on real company problems, not when it delivered general training
- Eighteen months is too short for companies to move from a first contact to a joint product; future projects should plan at least three years

4. Next steps

The lead partner will circulate the draft final report by 14 July 2036. A follow-up proposal under the next call of the cooperation programme is being discussed; a brainstorming meeting is planned in Haskovo in October 2036 (date to be confirmed).

Kind regards,

Eleni Karamanli-Tsoukala
Project Coordinator, AGRIFOOD-LINK
Thrace Agri-Food Cluster
14 Dimokratias Ave., 681 00 Alexandroupolis, Greece
Tel. +30 25510 00000

P.S. Photos from both days are in the shared folder (credit: Nikos Chatzidimitriou).

-----Original Message-----
From: Stavros Ioannidis
Sent: Wednesday, May 28, 2036 11:02 AM
To: AGRIFOOD-LINK partners
Subject: Final meeting - practical information

Dear all, a reminder that the final partner meeting starts on 10 June at 09:30 at Hotel Astir. Airport transfers from Alexandroupolis airport can be arranged on request. Best, Stavros
"""
m = EmailMessage()
m['From'] = 'Eleni Karamanli-Tsoukala <coordination@thrace-agrifood.example.gr>'
m['To'] = 'AGRIFOOD-LINK partners <partners@thrace-agrifood.example.gr>'
m['Subject'] = 'AGRIFOOD-LINK final meeting – summary and lessons learnt (please check by 15 July)'
m['Date'] = format_datetime(datetime.datetime(2036,6,16,9,25,0,tzinfo=datetime.timezone(datetime.timedelta(hours=3))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
T = "Thrace Agri-Food Cluster"
gold(F,
 [P("Eleni Karamanli-Tsoukala", "Project Coordinator", T),
  P("Stavros Ioannidis", None, T),
  P("Anastasios Vafeiadis", None, "Democritus University of Thrace"),
  P("Mariyana Dimitrova-Petkova", None, "Haskovo Chamber of Commerce and Industry"),
  P("Kiril Yordanov", None, "Municipality of Kardzhali"),
  P("Vasiliki Oikonomou", None, "Centre for Research and Technology Hellas"),
  P("Georgios Papathanasiou", "Deputy Regional Governor for Development", "Region of Eastern Macedonia and Thrace"),
  P("Petya Angelova", "Deputy Mayor of Kardzhali", None),
  P("Marta Sobczak", None, "DG AGRI"),
  P("Nikos Chatzidimitriou", None, None)],
 [O(T), O("Democritus University of Thrace"), O("Haskovo Chamber of Commerce and Industry"), O("Municipality of Kardzhali"),
  O("Centre for Research and Technology Hellas", "CERTH"), O("Bulgarian Food Cluster"), O("Region of Eastern Macedonia and Thrace"),
  O("European Commission"), O("DG AGRI"), O("Joint Secretariat")],
 [E("Final partner meeting", "2036-06-10", None, "Alexandroupolis", "Greece"),
  E("closing conference", "2036-06-11", None, "Alexandroupolis", "Greece"),
  E("B2B session", "2036-06-11", None, "Alexandroupolis", "Greece"),
  E("site visit to the Evros dairy cooperative", "2036-06-11", None, "Feres", "Greece"),
  E("brainstorming meeting", "2036-10", None, "Haskovo", "Bulgaria")],
 ["2036-07-15", "2036-09-30", "2036-06-10/2036-06-11", "2036-06-10", "2036-06-11", "2036-07-14", "2036-10", "2036-06-16", "2036-05-28"],
 ["Cross-border matchmaking works only when it is prepared with the companies weeks in advance; open B2B days without pre-selected pairs produced few results",
  "Bilingual (Greek-Bulgarian) staff in each partner organisation are indispensable, and should be budgeted from the start",
  "Small producers need help with labelling and food safety rules of the other country before they can sell there",
  "The university's involvement was most useful when students worked on real company problems, not when it delivered general training",
  "Eighteen months is too short for companies to move from a first contact to a joint product; future projects should plan at least three years"],
 pub="2036-06-16")
