from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g07_lancashire_workshop_invitation_fwd.eml'
assert wd(2042,4,10)=='Thursday' and wd(2042,3,24)=='Monday' and wd(2042,3,20)=='Thursday' and wd(2042,4,3)=='Thursday' and wd(2042,5,14)=='Wednesday'
body = """Hi Tom, hi Priya,

Forwarding this one from the cluster – I think one of us should go, ideally both. The afternoon session on qualification of recycled composites is exactly the question the Samlesbury customer keeps asking us. Places are limited to 60 and they fill up fast, so could you let me know by Thursday 3 April?

Cheers,
Bronwen

--
Bronwen O'Sullivan-Price
Head of Engineering
Ribble Composites Ltd, Walton Summit, Preston
T +44 1772 000 000

---------- Forwarded message ---------
From: Northern Aerospace Cluster Events <events@northernaero.example.org.uk>
Date: Thu, 20 Mar 2042 at 09:15
Subject: Invitation: Circular Composites Workshop – 10 April 2042, Preston
To: <members@northernaero.example.org.uk>

Dear Member,

The Northern Aerospace Cluster (NAC) and the Lancashire Advanced Manufacturing Hub are pleased to invite you to the

CIRCULAR COMPOSITES WORKSHOP
"From scrap to certified part"
Thursday 10 April 2042, 09:30–16:00
University of Central Lancashire (UCLan), Engineering Innovation Centre, Preston

This is the third workshop in our Materials for Tomorrow series, following "Lightweight by design" (Burnley, November 2041) and "Hydrogen-ready structures" (Lancaster, January 2042). It is part-funded by Lancashire County Council through its Innovation Fund.

WHY THIS WORKSHOP
Every year the region's aerospace suppliers send several hundred tonnes of cured and uncured composite offcuts to landfill or incineration. Customers now ask for recycled content, but few suppliers know how to qualify such material for flight or even for ground equipment. The workshop brings together recyclers, certification specialists and manufacturers to map the route from scrap to a certified part, and to identify two or three pilot projects that cluster members could run together in 2042–2043.

AGENDA
09:30  Arrival, coffee and registration
10:00  Welcome – Dr. Helen Kowalski-Reid, Cluster Director, NAC
10:15  Keynote: Where does aerospace composite scrap go today? – Prof. Gareth Ainsworth, Director of the Composites Research Group, UCLan
11:00  Case study: Recovering carbon fibre at industrial scale – Hannes Vermeulen, CEO, ReFibre NV (Ghent, Belgium)
11:45  Case study: Certification pathways for recycled material – Dr. Sofia Almeida-Lindström, Certification Engineer, Aerostructures Sweden AB
12:30  Networking lunch
13:30  Facilitated table discussions: qualification, supply, design rules
15:00  Guided tour of the UCLan composites laboratory
15:45  Wrap-up and next steps – Sean McAllister, Innovation Manager, Lancashire Advanced Manufacturing Hub
16:00  Close

WHO SHOULD ATTEND
Engineers, quality managers and buyers from aerospace and defence suppliers; research staff working on composites recycling.

COST AND REGISTRATION
Free for NAC members; £95 + VAT for non-members. Register by Friday 4 April 2042 via the cluster portal. Lunch is included.

SAVE THE DATE
Our Annual Members' Conference will take place on Wednesday 14 May 2042 at the Lancaster House Hotel, Lancaster, with the presentation of the NAC Supplier of the Year award.

Questions? Contact Aisling Dunne, Events and Membership Coordinator: events@northernaero.example.org.uk | +44 1254 000 000

Northern Aerospace Cluster Ltd is a company limited by guarantee, registered in England no. 00000000. You receive this e-mail as a registered contact of a member company. Unsubscribe | Manage preferences

---------- Earlier message ----------
From: Tom Halliwell
Sent: 12 March 2042 16:02
To: Bronwen O'Sullivan-Price
Subject: RE: recycled prepreg offcuts

Bronwen – the offcut trial is done, 38% of the material passed incoming inspection. Not good enough yet. Worth finding out what others are doing?
Tom
"""
m = EmailMessage()
m['From'] = "Bronwen O'Sullivan-Price <b.osullivan-price@ribblecomposites.example.co.uk>"
m['To'] = 'Tom Halliwell <t.halliwell@ribblecomposites.example.co.uk>, Priya Chandrasekar <p.chandrasekar@ribblecomposites.example.co.uk>'
m['Subject'] = 'Fwd: Invitation: Circular Composites Workshop – 10 April 2042, Preston'
m['Date'] = format_datetime(datetime.datetime(2042,3,24,8,47,0,tzinfo=datetime.timezone.utc))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
N="Northern Aerospace Cluster"; R="Ribble Composites Ltd"
gold(F,
 [P("Bronwen O'Sullivan-Price","Head of Engineering",R),
  P("Tom Halliwell",None,R),
  P("Priya Chandrasekar",None,R),
  P("Helen Kowalski-Reid","Cluster Director",N),
  P("Gareth Ainsworth","Director of the Composites Research Group","University of Central Lancashire"),
  P("Hannes Vermeulen","CEO","ReFibre NV"),
  P("Sofia Almeida-Lindström","Certification Engineer","Aerostructures Sweden AB"),
  P("Sean McAllister","Innovation Manager","Lancashire Advanced Manufacturing Hub"),
  P("Aisling Dunne","Events and Membership Coordinator",N)],
 [O(R), O("Northern Aerospace Cluster Ltd","NAC"), O("Lancashire Advanced Manufacturing Hub"),
  O("University of Central Lancashire","UCLan"), O("Composites Research Group"), O("ReFibre NV"), O("Aerostructures Sweden AB"),
  O("Lancashire County Council")],
 [E("Circular Composites Workshop","2042-04-10",None,"Preston","United Kingdom"),
  E("Lightweight by design","2041-11",None,"Burnley","United Kingdom"),
  E("Hydrogen-ready structures","2042-01",None,"Lancaster","United Kingdom"),
  E("Networking lunch","2042-04-10",None,"Preston","United Kingdom"),
  E("Guided tour of the UCLan composites laboratory","2042-04-10",None,"Preston","United Kingdom"),
  E("Annual Members' Conference","2042-05-14",None,"Lancaster","United Kingdom")],
 ["2042-04-03","2042-03-20","2042/2043","2042-04-10","2041-11","2042-01","2042-04-04","2042-05-14","2042-03-12","2042-03-24"],
 [], pub=None)
