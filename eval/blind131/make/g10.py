from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g10_norrkoping_workshop_invitation_fwd.eml'
assert wd(2036,3,4)=='Tuesday' and wd(2036,3,24)=='Monday' and wd(2036,4,16)=='Wednesday' and wd(2036,3,2)=='Sunday'
body = """Hi Jonas,

Forwarding this in case it is useful for the circularity people in your team. I'll go myself – could you check whether Emil can join too? The agenda looks better than last year's, and the speaker from the Commission should be able to tell us when the delegated acts are expected.

/Karin

Karin Wahlgren Berg
Business Development Manager
Holmen Packaging Solutions AB, Norrköping

---------- Forwarded message ---------
From: Paper Province Östergötland <events@paperprovince-og.example.se>
Date: Tue, 4 March 2036 at 09:15
Subject: Invitation: Workshop "Fibre-based packaging after 2040" – Norrköping, 16 April
To: <members@paperprovince-og.example.se>

Dear members and partners,

Paper Province Östergötland, the cluster organisation for the forest-based bioeconomy in Östergötland, together with RISE Research Institutes of Sweden and Linköping University, invites you to a half-day workshop:

FIBRE-BASED PACKAGING AFTER 2040 – WHAT WILL THE EU PACKAGING RULES MEAN FOR US?
Wednesday 16 April 2036, 08:30–13:00
Norrköping Visualization Center, Kungsgatan, Norrköping
Language: English

Why this workshop?
From 2040 new EU requirements on recyclability and reuse will apply to most packaging placed on the market. Our members told us at the General Assembly in November that they need a clearer picture of what this means for fibre-based solutions, and where joint projects could help.

In the group work, each track will map the packaging its members put on the market today, check it against the draft requirements and pick one or two ideas for a joint pilot. The cluster team will turn the results into short project sketches, which we hope to bring to the Vinnova call on circular packaging in the autumn. Please bring one or two examples of your own packaging; samples are welcome.

Programme
08:30  Registration and coffee
09:00  Welcome – Maria Lindqvist-Osei, Cluster Manager, Paper Province Östergötland
09:15  "The new rules in brief" – Hendrik Vos, Policy Officer, European Commission, DG Environment (online)
09:45  "What the recycling plants can and cannot handle" – Dr. Ana Sofía Jiménez Ruiz, Senior Researcher, RISE
10:30  Break
10:50  Group work in three tracks: food packaging, e-commerce, industrial packaging
12:00  Reporting back and next steps – moderated by Prof. Lars-Erik Nyström, Linköping University
12:45  Lunch and networking
13:00  End

Practical information
Participation is free of charge for members; non-members pay SEK 950.
Register by Monday 24 March 2036 via the cluster website. Places are limited to 60.
The workshop is part of the cluster's series "Bioeconomy Mornings"; earlier editions were held in Linköping (2034) and Finspång (2035).

We also remind you of:
- Paper Province Östergötland members' study trip to the Paper Province cluster in Karlstad, 20–21 May 2036
- the Nordic Packaging Days, Malmö, 9–11 September 2036

Kind regards,
Elin Sjöberg
Project Coordinator
Paper Province Östergötland
Norrköping Science Park, Norrköping
+46 11 000 00 00

This project is co-financed by Region Östergötland and the Swedish Agency for Economic and Regional Growth (Tillväxtverket).
You receive this message as a member or partner of the cluster. Unsubscribe: reply with "stop".

> -----Original Message-----
> From: Karin Wahlgren Berg
> Sent: Sunday, 2 March 2036 21:40
> To: Jonas Lindgren
> Subject: RE: packaging rules
>
> Jonas, I think the cluster is planning something on the new rules in April. I will keep you posted.
> K.
"""
m = EmailMessage()
m['From'] = 'Karin Wahlgren Berg <karin.wahlgren.berg@holmen-pack.example.se>'
m['To'] = 'Jonas Lindgren <jonas.lindgren@holmen-pack.example.se>'
m['Subject'] = 'Fwd: Invitation: Workshop "Fibre-based packaging after 2040" – Norrköping, 16 April'
m['Date'] = format_datetime(datetime.datetime(2036,3,4,11,2,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
PP="Paper Province Östergötland"
gold(F,
 [P("Karin Wahlgren Berg","Business Development Manager","Holmen Packaging Solutions AB"),
  P("Jonas Lindgren",None,None),
  P("Maria Lindqvist-Osei","Cluster Manager",PP),
  P("Hendrik Vos","Policy Officer","DG Environment"),
  P("Ana Sofía Jiménez Ruiz","Senior Researcher","RISE"),
  P("Lars-Erik Nyström",None,"Linköping University"),
  P("Elin Sjöberg","Project Coordinator",PP)],
 [O("Holmen Packaging Solutions AB"), O(PP), O("RISE Research Institutes of Sweden","RISE"), O("Linköping University"),
  O("European Commission"), O("DG Environment"), O("Paper Province"), O("Region Östergötland"), O("Vinnova"),
  O("Swedish Agency for Economic and Regional Growth","Tillväxtverket")],
 [E("Fibre-based packaging after 2040","2036-04-16",None,"Norrköping","Sweden"),
  E("General Assembly","2035-11",None,None,None),
  E("Bioeconomy Mornings (2034)","2034",None,"Linköping","Sweden"),
  E("Bioeconomy Mornings (2035)","2035",None,"Finspång","Sweden"),
  E("study trip to the Paper Province cluster in Karlstad","2036-05-20","2036-05-21","Karlstad","Sweden"),
  E("Nordic Packaging Days","2036-09-09","2036-09-11","Malmö","Sweden")],
 ["2036-03-04","2036-04-16","2040","2036-03-24","2034","2035","2036-05-20/2036-05-21","2036-09-09/2036-09-11","2036-03-02","2035-11"],
 [], pub="2036-03-04")
