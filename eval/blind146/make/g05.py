from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g05_norrkoping_fwd_workshop_invitation.eml'
assert wd(2039,10,13)=='Thursday' and wd(2039,10,6)=='Thursday' and wd(2039,9,26)=='Monday' and wd(2039,9,27)=='Tuesday'
body = """Hi Sofia,

Forwarding this one as discussed on Monday – I think it fits our packaging project perfectly. Could you check whether Jakob can join? I am travelling that week, so one of you will have to go. If Jakob goes, he should bring the tray samples from our last trial run and the cost sheet we prepared for the board, because the working group on moulding will certainly ask for numbers.

Registration closes on 6 October, so please decide by Friday.

/Anders

--
Anders Lindqvist
Head of R&D, Kolmården Förpackning AB
Norrköping, Sweden
Mobile +46 70 000 00 00

-----Original Message-----
From: Paper Province Östergötland <events@ppo.example.se>
Sent: Tuesday, 27 September 2039 09:14
To: Anders Lindqvist <anders.lindqvist@kolmarden.example.se>
Subject: Invitation: Workshop "Fibre-based packaging for food – from lab to shelf", 13 October, Norrköping

Dear member,

We are pleased to invite you to the third workshop in our series "Fibre Futures", organised by the cluster Paper Province Östergötland together with RISE Research Institutes of Sweden and Linköping University.

WHEN: Thursday 13 October 2039, 09:30–16:00
WHERE: Norrköping Visualization Center C (Kungsgatan 54), Norrköping
LANGUAGE: English
FEE: free of charge for members, SEK 1,500 for non-members

Why attend?
Brand owners are under pressure to replace plastic trays and films. Fibre-based solutions exist, but scaling them from laboratory samples to full production lines remains the bottleneck. The workshop brings together packaging producers, food companies, machine builders and researchers to identify joint pilot projects.

PROGRAMME

09:30  Registration and coffee
10:00  Welcome – Linnea Åkesson, Cluster Director, Paper Province Östergötland
10:15  Keynote: "What the retailers will ask for in 2045" – Dr Pablo Martínez-Oyarzún, Head of Sustainable Packaging, Axfood AB
10:45  Research pitch: barrier coatings without fluorine – Prof. Karin Holmqvist-Nyberg, Linköping University, Campus Norrköping
11:15  Case: moulded fibre trays for ready meals – Ewa Kowalczyk-Berg, COO, Pulpform Nordic AB
11:45  Panel: who pays for the pilot line? Moderated by Henrik Ståhl, RISE
12:30  Lunch
13:30  Parallel working groups (three tables: coatings, moulding, recycling)
15:00  Presentation of results and next steps
15:45  Pitch of the Vinnova call "Circular packaging 2040" – Maja Eriksson, Vinnova
16:00  End of workshop

16:15  Optional guided visit to the pilot hall of RISE in Norrköping (limited to 20 people)

Previous editions of Fibre Futures: Workshop 1 "Paper in the car interior" (Linköping, 15 March 2039) and Workshop 2 "Fibre meets textiles" (Borås, 9 June 2039). Presentations are available at ppo.example.se/fibre-futures.

Practical information
The Visualization Center is a ten-minute walk from Norrköping Central Station. Parking is limited; we recommend the Spiralen car park. Lunch is vegetarian by default; please state allergies when you register. Participants in the working groups are asked to bring one concrete problem from their own production, written on a single page, so that the tables can start from real cases rather than general statements.

About the series
Fibre Futures is a series of four workshops in 2039 for members of the cluster and invited guests. Each workshop ends with a short list of pilot ideas that the cluster office follows up with the companies concerned. The fourth workshop, on fibre in construction, is planned for December in Linköping; the date will be announced with the results of this one.

Registration: ppo.example.se/register – deadline 6 October 2039. Places are limited to 60 participants; members have priority.

Questions? Contact our project manager Oskar Nguyen Lindberg, oskar@ppo.example.se, +46 11 000 00 00.

Kind regards,
The Paper Province Östergötland team

Paper Province Östergötland ek. för. | Bredgatan 6, 602 21 Norrköping
The workshop is co-financed by Region Östergötland.
You receive this message as a contact of a member organisation. Unsubscribe.
"""
m = EmailMessage()
m['From'] = 'Anders Lindqvist <anders.lindqvist@kolmarden.example.se>'
m['To'] = 'Sofia Berglund <sofia.berglund@kolmarden.example.se>'
m['Subject'] = 'FW: Invitation: Workshop "Fibre-based packaging for food – from lab to shelf", 13 October, Norrköping'
m['Date'] = format_datetime(datetime.datetime(2039,9,28,8,2,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
assert wd(2039,3,15)=='Tuesday' and wd(2039,6,9)=='Thursday'
N="Paper Province Östergötland"
gold(F,
 [P("Sofia Berglund",None,None),
  P("Anders Lindqvist","Head of R&D","Kolmården Förpackning AB"),
  P("Linnea Åkesson","Cluster Director",N),
  P("Pablo Martínez-Oyarzún","Head of Sustainable Packaging","Axfood AB"),
  P("Karin Holmqvist-Nyberg","Prof.","Linköping University"),
  P("Ewa Kowalczyk-Berg","COO","Pulpform Nordic AB"),
  P("Henrik Ståhl",None,"RISE"),
  P("Maja Eriksson",None,"Vinnova"),
  P("Oskar Nguyen Lindberg","project manager",N)],
 [O(N+" ek. för."), O("Kolmården Förpackning AB"), O("RISE Research Institutes of Sweden","RISE"), O("Linköping University"),
  O("Axfood AB"), O("Pulpform Nordic AB"), O("Vinnova"), O("Region Östergötland")],
 [E("Fibre-based packaging for food – from lab to shelf","2039-10-13",None,"Norrköping","Sweden"),
  E("guided visit to the pilot hall of RISE","2039-10-13",None,"Norrköping","Sweden"),
  E("Paper in the car interior","2039-03-15",None,"Linköping","Sweden"),
  E("Fibre meets textiles","2039-06-09",None,"Borås","Sweden"),
  E("fourth workshop, on fibre in construction","2039-12",None,"Linköping","Sweden")],
 ["2039-10-06","2039-09-27","2039-10-13","2039-03-15","2039-06-09","2039-09-28","2039","2039-12"],
 [], pub="2039-09-28")
