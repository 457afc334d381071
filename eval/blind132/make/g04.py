from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g04_hexapack_partner_meeting_veszprem.eml'
assert wd(2040,6,4)=='Monday' and wd(2040,6,5)=='Tuesday' and wd(2040,5,20)=='Sunday' and wd(2040,3,5)=='Monday'
body = """Dear HEXAPACK partners,

Following our last call, here is the practical information for the 4th consortium meeting (M18), which will be hosted by the University of Pannonia in Veszprém on Monday 4 and Tuesday 5 June 2040. Please register by Sunday 20 May 2040 using the form linked below, so that we can confirm the catering numbers to the venue.

VENUE
University of Pannonia, Building A, Egyetem utca 10, 8200 Veszprém, Hungary (Senate Hall, 2nd floor). The nearest airport is Budapest Ferenc Liszt International; a shuttle will leave from Budapest Keleti station at 07:00 on Monday.

DRAFT AGENDA

Monday 4 June
09:30 Welcome – Prof. Zsófia Kálmánné Bartos, Vice-Rector for Research, University of Pannonia
09:45 Project status and risk register – Dr. Henrik Aalto-Söderberg, coordinator (VTT Technical Research Centre of Finland Ltd)
10:30 WP2 Bio-based barrier coatings – results of the pilot runs (Fraunhofer IVV)
12:00 Lunch
13:00 WP3 Recycling trials with the cluster SMEs – Pannon Plastics Cluster and Plastics Cluster Slovenia
15:00 WP5 Exploitation: first draft of the business models – Arianna Colonna-Walsh, innovation manager, Materias S.r.l.
16:30 Visit to the pilot line of Bakony Packaging Kft. in Ajka
19:30 Consortium dinner in Veszprém old town

Tuesday 5 June
09:00 General Assembly (voting members only): amendment request, budget shifts between WP2 and WP3
10:30 Preparation of the mid-term review with the EU project officer
12:00 Open session with Hungarian cluster managers and SMEs, organised with the Enterprise Europe Network Hungary
13:30 End of meeting / lunch

ABOUT THE OPEN SESSION
The open session on Tuesday is the first time HEXAPACK presents its results outside the consortium. About 40 participants are expected, mostly packaging converters, food producers and recyclers from Central Transdanubia. Each WP leader is asked to prepare a five-minute pitch without technical jargon; the Pannon Plastics Cluster will moderate the discussion and collect contacts of SMEs interested in joining the second round of recycling trials. Interpretation into Hungarian will be provided.

PRACTICAL
Hotel rooms have been pre-booked at the Hotel Villa Medici until 5 May 2040 under "HEXAPACK". Please send your slides to the WP leaders by Friday 1 June. Dietary requirements and the names of any accompanying colleagues should be entered in the registration form; partners joining only online will receive a separate link.

Reminder: the periodic technical report for period 1 must be uploaded to the Funding & Tenders Portal by 31 May 2040. Several partners still have to submit their use-of-resources tables.

Best regards,
Sanna Heikkilä
Project Manager, HEXAPACK (Horizon Europe, Cluster 4)
VTT Technical Research Centre of Finland Ltd
Tietotie 2, Espoo, Finland
+358 20 000 000

-------- Forwarded message --------
From: Henrik Aalto-Söderberg
Date: Monday, 5 March 2040 at 16:12
To: HEXAPACK Steering Committee
Subject: Minutes of the SC call of 5 March

Dear SC members,

Thank you for joining today. Short summary of what we decided:

Decisions
1. The M18 meeting will be held in Veszprém, hosted by the University of Pannonia
2. The deadline for deliverable D3.2 is moved from month 16 to month 19, subject to the approval of the project officer
3. Plastics Cluster Slovenia will take over the SME survey from Materias S.r.l.
4. The final conference will be organised in Brussels in autumn 2041, back to back with the European Cluster Conference

Kind regards,
Henrik

Dr. Henrik Aalto-Söderberg
Research Team Leader, Sustainable Packaging
VTT Technical Research Centre of Finland Ltd
"""
m = EmailMessage()
m['From'] = 'Sanna Heikkilä <sanna.heikkila@vtt.example.fi>'
m['To'] = 'hexapack-all@lists.example.eu'
m['Subject'] = 'HEXAPACK – 4th consortium meeting, Veszprém, 4-5 June 2040: practical information and draft agenda'
m['Date'] = format_datetime(datetime.datetime(2040,4,17,9,3,0,tzinfo=datetime.timezone(datetime.timedelta(hours=3))))
m.set_content(body)
assert wd(2040,6,1)=='Friday'
open(path(F),'wb').write(bytes(m))
V="VTT Technical Research Centre of Finland Ltd"
gold(F,
 [P("Zsófia Kálmánné Bartos","Vice-Rector for Research","University of Pannonia"),
  P("Henrik Aalto-Söderberg","coordinator",V),
  P("Arianna Colonna-Walsh","innovation manager","Materias S.r.l."),
  P("Sanna Heikkilä","Project Manager",V)],
 [O("University of Pannonia"), O(V), O("Fraunhofer IVV"), O("Pannon Plastics Cluster"), O("Plastics Cluster Slovenia"),
  O("Materias S.r.l."), O("Bakony Packaging Kft."), O("Enterprise Europe Network Hungary")],
 [E("4th consortium meeting","2040-06-04","2040-06-05","Veszprém","Hungary"),
  E("Visit to the pilot line of Bakony Packaging Kft.","2040-06-04",None,"Ajka","Hungary"),
  E("Consortium dinner","2040-06-04",None,"Veszprém","Hungary"),
  E("General Assembly","2040-06-05",None,"Veszprém","Hungary"),
  E("Open session with Hungarian cluster managers and SMEs","2040-06-05",None,"Veszprém","Hungary"),
  E("SC call","2040-03-05",None,None,None),
  E("final conference","2041",None,"Brussels","Belgium"),
  E("European Cluster Conference","2041",None,None,None)],
 ["2040-06-04/2040-06-05","2040-05-20","2040-06-04","2040-06-05","2040-05-05","2040-06-01","2040-05-31","2040-03-05","2041","2040-04-17"],
 ["The M18 meeting will be held in Veszprém, hosted by the University of Pannonia",
  "The deadline for deliverable D3.2 is moved from month 16 to month 19, subject to the approval of the project officer",
  "Plastics Cluster Slovenia will take over the SME survey from Materias S.r.l.",
  "The final conference will be organised in Brussels in autumn 2041, back to back with the European Cluster Conference"],
 pub="2040-04-17")
