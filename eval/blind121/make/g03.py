from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g03_northumberland_subsea_fwd_invitation.eml'
assert wd(2039,11,24)=='Thursday' and wd(2039,11,25)=='Friday' and wd(2039,11,10)=='Thursday'
body = """Hi all,

Forwarding this in case it is of interest - Blyth is only forty minutes from us and the site visit alone is worth the trip. Gemma and I are planning to go on both days. If anyone else from the team wants to join, let me know by Friday and I will register us together (the deadline is 14 November).

Also note the AGM on the second morning - as an associate member we can attend but not vote.

Cheers,
Tomasz

--
Tomasz Zieliński-Reid
Business Development Lead
Hexham Marine Robotics Ltd
Unit 4, Tyne Green Business Park, Hexham NE46 3SG
www.hexmarinerobotics.example.co.uk

---------- Forwarded message ---------
From: NESC Events <events@northeastsubsea.example.org.uk>
Date: Thu, 10 Nov 2039 at 09:02
Subject: Invitation - Partner Meeting and AGM, Blyth, 24-25 November
To: <members@northeastsubsea.example.org.uk>

[View this e-mail in your browser]

NORTH EAST SUBSEA CLUSTER
Members' bulletin - special edition

Dear members and partners,

You are warmly invited to our autumn Partner Meeting, which this year is hosted by the Port of Blyth on Thursday 24 and Friday 25 November 2039. The meeting brings together the cluster's 64 member companies, our research partners and guests from the Norwegian cluster Subsea Valley AS and from the Scottish network Subsea Scotland.

PROGRAMME

Thursday 24 November 2039 - Port of Blyth, Training Centre
12:30  Registration and sandwich lunch
13:30  Welcome - Alan Hetherington, Chief Executive, Port of Blyth
13:45  "The state of the North Sea supply chain" - Dr Ingrid Solheim-Næss, Managing Director, Subsea Valley AS
14:30  Panel: decommissioning as a growth market
       Moderator: Hannah Osei-Bonsu, Cluster Manager, NESC
       Panellists: Rob Charlton (Tees Decom Ltd), Prof. Lucia Ferraro-Lynch (Newcastle University), Greig MacAulay (Subsea Scotland)
15:45  Coffee
16:15  Site visit to the ORE Catapult National Renewable Energy Centre, Blyth (blade and drivetrain test halls; safety boots provided)
19:00  Cluster dinner at the Commissioners Quay Inn, Blyth

Friday 25 November 2039 - Port of Blyth, Training Centre
09:00  Annual General Meeting of North East Subsea Cluster Ltd (members only)
10:15  B2B meetings with the Norwegian and Scottish delegations (pre-booked, 20 minutes each)
12:30  Closing remarks and lunch

Please register by 14 November 2039 using the link below. Attendance is free for members; non-members pay GBP 95 for both days. The dinner costs GBP 40 and must be booked separately.

AGM papers
The notice of the AGM, the accounts for the year ended 31 July 2039 and the nominations for the board will be sent to voting members by 17 November. Two board seats are up for election this year; the outgoing directors, Karen Dodds (Chair) and Mehmet Aydın, have both agreed to stand again.

Key points from the members' survey
Ahead of the meeting we asked members what the cluster should focus on in 2040. The key messages were:
- Keep the focus on decommissioning and offshore wind operations, not on oil and gas exploration
- Organise at least two international missions per year, one of them to Norway
- Help small members qualify as suppliers to the port and to the large contractors
- Publish the skills mapping that the cluster carried out with Northumberland County Council

We look forward to seeing you in Blyth.

Hannah Osei-Bonsu
Cluster Manager
North East Subsea Cluster Ltd (NESC)
Registered in England and Wales. You are receiving this e-mail as a member or partner of NESC. Unsubscribe | Update preferences
"""
m = EmailMessage()
m['From'] = 'Tomasz Zieliński-Reid <t.zielinski-reid@hexmarinerobotics.example.co.uk>'
m['To'] = 'engineering-team@hexmarinerobotics.example.co.uk'
m['Subject'] = 'Fwd: Invitation - Partner Meeting and AGM, Blyth, 24-25 November'
m['Date'] = format_datetime(datetime.datetime(2039,11,10,11,47,0,tzinfo=datetime.timezone.utc))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
N = "North East Subsea Cluster Ltd"
gold(F,
 [P("Tomasz Zieliński-Reid","Business Development Lead","Hexham Marine Robotics Ltd"),
  P("Alan Hetherington","Chief Executive","Port of Blyth"),
  P("Ingrid Solheim-Næss","Managing Director","Subsea Valley AS"),
  P("Hannah Osei-Bonsu","Cluster Manager",N),
  P("Rob Charlton",None,"Tees Decom Ltd"),
  P("Lucia Ferraro-Lynch",None,"Newcastle University"),
  P("Greig MacAulay",None,"Subsea Scotland"),
  P("Karen Dodds","Chair",N),
  P("Mehmet Aydın","director",N)],
 [O("Hexham Marine Robotics Ltd"), O(N,"NESC"), O("Port of Blyth"), O("Subsea Valley AS"), O("Subsea Scotland"),
  O("Tees Decom Ltd"), O("Newcastle University"), O("ORE Catapult"), O("Northumberland County Council")],
 [E("Partner Meeting","2039-11-24","2039-11-25","Blyth","United Kingdom"),
  E("Site visit to the ORE Catapult National Renewable Energy Centre","2039-11-24",None,"Blyth","United Kingdom"),
  E("Cluster dinner","2039-11-24",None,"Blyth","United Kingdom"),
  E("Annual General Meeting of North East Subsea Cluster Ltd","2039-11-25",None,"Blyth","United Kingdom"),
  E("B2B meetings","2039-11-25",None,"Blyth","United Kingdom")],
 ["2039-11-14","2039-11-10","2039-11-24/2039-11-25","2039-11-24","2039-11-25","2039-07-31","2039-11-17","2040"],
 ["Keep the focus on decommissioning and offshore wind operations, not on oil and gas exploration",
  "Organise at least two international missions per year, one of them to Norway",
  "Help small members qualify as suppliers to the port and to the large contractors",
  "Publish the skills mapping that the cluster carried out with Northumberland County Council"],
 pub="2039-11-10")
