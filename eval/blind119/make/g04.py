from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g04_kent_speaker_bios.eml'
assert wd(2035,10,9)=='Tuesday' and wd(2035,10,10)=='Wednesday' and wd(2035,9,24)=='Monday'
body = """Dear speakers,

Thank you again for agreeing to take part in the Garden of England Life Sciences Summit on Tuesday 9 and Wednesday 10 October 2035 at the Discovery Park campus in Sandwich. Below are the short biographies we will print in the programme booklet and publish on the website. Please check yours and send any corrections by Friday 28 September. Slides are due on 3 October.

Speaker biographies (in order of appearance)

Dame Helen Ashworth-Clarke – Chair, Kent and Medway Life Sciences Cluster (KMLSC)
Helen chairs the cluster's board since 2033. A pharmacologist by training, she spent twenty years in drug development at two global companies before founding the contract research firm Medway BioAnalytics Ltd in 2019, which she sold in 2031. She will open the summit.

Professor Oluwaseun Adeyemi, Pro Vice-Chancellor for Research, University of Kent
Seun leads the university's research strategy and its partnership with the cluster on the Kent Medicines Manufacturing Hub. Before joining Kent in 2032 he was Director of the Centre for Bioprocessing at the University of Leeds.

Sophie-Charlotte de Villiers, Head of Life Sciences Investment, Locate in Kent
Sophie-Charlotte has helped more than forty overseas companies set up in the county. She previously worked for Business France in Lyon and for the Department for Business and Trade in London.

Dr. Rasmus Kjærgaard (Cluster Manager, BioInnovation Øresund)
Rasmus manages a Danish–Swedish life sciences cluster of 260 members. He will present the lessons of ten years of cross-border cooperation in the session "Clusters without borders" on day two.

Anja Kovač, Policy Officer, European Cluster Collaboration Platform (ECCP)
Anja follows the European Strategic Cluster Partnerships in health. Before that she was a project manager at the Slovenian cluster SiEVA in Ljubljana (2027–2031).

Thomas O'Sullivan-Reid – Managing Director, Canterbury Diagnostics plc
Tom founded the company in a university spin-out lab in 2028; it now employs 140 people in Canterbury and Ashford. He will speak on the panel on scaling up.

Camille Lefèvre-Duarte – Director of Growth and Enterprise, Kent County Council
Camille oversees the council's business support, inward investment and skills services. She was previously chief executive of the South East Local Enterprise Partnership (2029–2034) and sits on the advisory board of the cluster. On day one she will explain how the county's new life sciences skills compact will work and which training places it funds from January 2036.

Programme at a glance
Tuesday 9 October
09:30 Registration and coffee
10:00 Opening: Dame Helen Ashworth-Clarke
10:20 Keynote: Professor Oluwaseun Adeyemi
11:30 Panel: From spin-out to scale-up (moderated by Sophie-Charlotte de Villiers)
14:00 Site visit to the Kent Medicines Manufacturing Hub
19:00 Summit dinner at Canterbury Cathedral Lodge
Wednesday 10 October
09:30 Session: Clusters without borders (Dr. Rasmus Kjærgaard, Anja Kovač)
11:00 B2B meetings
13:00 Close

Practical points
- A car will collect speakers arriving at Ashford International station on the morning of 9 October.
- Please let us know of any dietary requirements for the dinner.

Many thanks and best regards,

Priya Raghunathan
Events and Communications Manager
Kent and Medway Life Sciences Cluster
Discovery Park, Sandwich, Kent
+44 1304 000 000

-----Original Message-----
From: Priya Raghunathan
Sent: Monday, 24 September 2035 09:12
To: Dame Helen Ashworth-Clarke
Subject: RE: bios

Helen, I have shortened your biography to 70 words as agreed. I will send the full set to all speakers today. Priya
"""
m = EmailMessage()
m['From'] = 'Priya Raghunathan <events@kmlsc.example.org.uk>'
m['To'] = 'summit-speakers@kmlsc.example.org.uk'
m['Subject'] = 'Garden of England Life Sciences Summit – speaker biographies for checking'
m['Date'] = format_datetime(datetime.datetime(2035,9,24,15,40,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
assert wd(2035,9,28)=='Friday'
open(path(F),'wb').write(bytes(m))
C="Kent and Medway Life Sciences Cluster"
gold(F,
 [P("Helen Ashworth-Clarke","Chair",C),
  P("Oluwaseun Adeyemi","Pro Vice-Chancellor for Research","University of Kent"),
  P("Sophie-Charlotte de Villiers","Head of Life Sciences Investment","Locate in Kent"),
  P("Rasmus Kjærgaard","Cluster Manager","BioInnovation Øresund"),
  P("Anja Kovač","Policy Officer","European Cluster Collaboration Platform"),
  P("Thomas O'Sullivan-Reid","Managing Director","Canterbury Diagnostics plc"),
  P("Camille Lefèvre-Duarte","Director of Growth and Enterprise","Kent County Council"),
  P("Priya Raghunathan","Events and Communications Manager",C)],
 [O(C,"KMLSC"), O("Medway BioAnalytics Ltd"), O("University of Kent"), O("Kent Medicines Manufacturing Hub"),
  O("Centre for Bioprocessing"), O("University of Leeds"), O("Locate in Kent"), O("Business France"),
  O("Department for Business and Trade"), O("BioInnovation Øresund"), O("European Cluster Collaboration Platform","ECCP"),
  O("SiEVA"), O("Canterbury Diagnostics plc"), O("Kent County Council"), O("South East Local Enterprise Partnership")],
 [E("Garden of England Life Sciences Summit","2035-10-09","2035-10-10","Sandwich","United Kingdom"),
  E("Site visit","2035-10-09",None,None,None),
  E("Summit dinner","2035-10-09",None,"Canterbury","United Kingdom"),
  E("B2B meetings","2035-10-10",None,"Sandwich","United Kingdom")],
 ["2035-10-09/2035-10-10","2035-09-28","2035-10-03","2033","2019","2031","2032","2027/2031","2028","2035-10-09","2035-10-10","2035-09-24","2029/2034","2036-01"],
 [], pub="2035-09-24")
