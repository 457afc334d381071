from h import *
from email.message import EmailMessage
F = 'g11_cumbria_cluster_meeting_invite_fwd.eml'
assert wd(2034,9,8)=='Friday' and wd(2034,9,5)=='Tuesday' and wd(2034,10,3)=='Tuesday' and wd(2034,9,22)=='Friday'
body = """Hi all,

forwarding Gwen's invitation below in case it did not reach you - the supply chain meeting on 3 October is the one where the Sellafield decommissioning pipeline for 2035-2040 will be presented, so I think at least two of us should go. I have registered myself already. Marcus, could you check whether you can join for the afternoon session on skills? Priya, please add it to the team calendar.

One more point: the Cumbria Local Enterprise Partnership has asked us for two case studies for their annual report by 22 September (Friday). I will draft one on the Workington fabrication contract; any volunteer for the second one?

Thanks,
Daniel

--
Daniel Ashworth
Business Development Manager
Solway Precision Engineering Ltd
Lillyhall Industrial Estate, Workington CA14 4JW
T +44 1900 000000 | M +44 7700 000000
www.solwayprecision.example.co.uk

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Solway Precision Engineering Ltd is registered in England and Wales, company no. 00000000.

---------- Forwarded message ---------
From: Gwen Tyson <gwen.tyson@energycoastcluster.example.org.uk>
Date: Tue, 5 Sep 2034 at 16:42
Subject: Invitation: Energy Coast Supply Chain Meeting, Tuesday 3 October 2034, Whitehaven
To: Energy Coast Cluster members <members@energycoastcluster.example.org.uk>

Dear members,

I am pleased to invite you to our autumn Supply Chain Meeting, which will take place on Tuesday, 3 October 2034 from 09:30 to 15:30 at the Beacon Museum, West Strand, Whitehaven.

This meeting is the main occasion of the year for members to hear directly from the major buyers on the Energy Coast about their procurement plans. We are delighted that the following speakers have confirmed:

- Helen Carruthers, Head of Supply Chain Development, Sellafield Ltd - "The decommissioning pipeline 2035-2040"
- Dr. Ravi Menon, Programme Director, National Nuclear Laboratory (NNL) - "Innovation challenges open to SMEs"
- Stuart Irving, Procurement Lead, Moorside Clean Energy Hub - "Small modular reactors: what suppliers need to know now"
- Lucy Fell, Skills Manager, Lakes College West Cumbria - "Apprenticeships and upskilling for the supply chain"

Programme
09:30 Registration and coffee
10:00 Welcome - Andrew Pattinson, Chair of the Energy Coast Cluster
10:15 Buyer presentations and Q&A
12:30 Lunch and networking
13:30 Skills workshop (Lakes College West Cumbria)
14:30 Meet-the-buyer sessions (15-minute slots, booking required)
15:30 Close

The meeting is free for members; non-members pay GBP 45. Meet-the-buyer slots are limited, so please book via the members' portal by Friday, 22 September 2034. The event is supported by the Cumbria Local Enterprise Partnership and Cumberland Council.

As last year, members can bring a pull-up banner and product samples; tables in the foyer will be allocated on a first-come basis. If you would like your company to be featured in the delegate pack, send a 100-word profile and logo to me by the same date.

Please note that the Beacon Museum has limited parking; there is a public car park at the harbour, and the venue is a 10-minute walk from Whitehaven station.

Looking forward to seeing you in Whitehaven,

Gwen

Gwen Tyson
Cluster Coordinator | Energy Coast Cluster
Westlakes Science Park, Moor Row, Cumbria CA24 3JZ
T +44 1946 000000
Follow us on LinkedIn: Energy Coast Cluster

You are receiving this message as a member of the Energy Coast Cluster. To change your preferences, reply with "unsubscribe".
"""
m = EmailMessage()
m['From'] = 'Daniel Ashworth <d.ashworth@solwayprecision.example.co.uk>'
m['To'] = 'Marcus Ridley <m.ridley@solwayprecision.example.co.uk>, Priya Nair <p.nair@solwayprecision.example.co.uk>'
m['Subject'] = 'Fwd: Invitation: Energy Coast Supply Chain Meeting, Tuesday 3 October 2034, Whitehaven'
m['Date'] = 'Fri, 08 Sep 2034 09:12:05 +0100'
m.set_content(body)
open(path(F),'wb').write(bytes(m))
C = "Energy Coast Cluster"
gold(F,
 [P("Daniel Ashworth","Business Development Manager","Solway Precision Engineering Ltd"),
  P("Marcus Ridley"), P("Priya Nair"),
  P("Gwen Tyson","Cluster Coordinator",C),
  P("Helen Carruthers","Head of Supply Chain Development","Sellafield Ltd"),
  P("Ravi Menon","Programme Director","National Nuclear Laboratory"),
  P("Stuart Irving","Procurement Lead","Moorside Clean Energy Hub"),
  P("Lucy Fell","Skills Manager","Lakes College West Cumbria"),
  P("Andrew Pattinson","Chair",C)],
 [O(C), O("Solway Precision Engineering Ltd"), O("Sellafield Ltd"), O("National Nuclear Laboratory","NNL"),
  O("Moorside Clean Energy Hub"), O("Lakes College West Cumbria"), O("Cumbria Local Enterprise Partnership"),
  O("Cumberland Council"), O("Westlakes Science Park")],
 [E("Energy Coast Supply Chain Meeting","2034-10-03",None,"Whitehaven","United Kingdom"),
  E("Skills workshop","2034-10-03",None,"Whitehaven","United Kingdom"),
  E("Meet-the-buyer sessions","2034-10-03",None,"Whitehaven","United Kingdom")],
 ["2034-09-08","2034-09-05","2034-10-03","2035/2040","2034-09-22"],
 [], "2034-09-08")
