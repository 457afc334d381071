from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g09.eml'
assert wd(2041,2,26)=='Tuesday' and wd(2041,3,7)=='Thursday' and wd(2041,3,21)=='Thursday' and wd(2041,3,12)=='Tuesday' and wd(2041,2,14)=='Thursday' and wd(2041,3,8)=='Friday' and wd(2041,2,20)=='Wednesday'
m = EmailMessage()
m['From'] = 'Niamh Breathnach <niamh.breathnach@kerrytechcluster.example.ie>'
m['To'] = 'members@kerrytechcluster.example.ie'
m['Subject'] = 'REMINDER + EXTENSION: Regional Enterprise Innovation Fund deadline now 21 March'
m['Date'] = format_datetime(datetime.datetime(2041,2,26,9,14,0,tzinfo=datetime.timezone.utc))
body = """Dear members,

A quick reminder, with good news: Enterprise Ireland has extended the deadline of the Regional Enterprise
Innovation Fund (REIF), Call 4. The new closing date is Thursday 21 March 2041 at 15:00 (Irish time), two
weeks later than the original date of Thursday 7 March 2041. The extension was announced yesterday after
several regions asked for more time to collect the letters of support from local authorities.

What has NOT changed:
- the budget of the call (EUR 45 million nationally, grants of EUR 200,000 to EUR 2 million per project);
- the requirement for at least two enterprise partners in the consortium;
- the online application system (the old drafts are still there, nothing needs to be re-entered).

What has changed:
- closing date: 21 March 2041, 15:00;
- the last day to ask Enterprise Ireland questions is now 14 March 2041;
- the results are now expected in late June 2041 instead of early June.

As you know, the Kerry Technology Cluster is preparing a joint application with Munster Technological
University (MTU), Kerry County Council and the Tralee Chamber Alliance for the "Kerry Sensor Lab". Seven
member companies have already confirmed their participation. If your company would like to join, please
reply to me by Friday 8 March 2041, so that we have time to include you in the budget.

We will hold one more drop-in clinic on the application at the Kerry Innovation Hub, Tralee, on Tuesday
12 March 2041 from 10:00 to 12:00. Brendan Ó Súilleabháin, Regional Development Manager at Enterprise
Ireland, has kindly agreed to attend and answer questions on eligibility and state aid. No registration is
needed; coffee will be provided. If you cannot come, send your questions in advance and I will
forward the answers to everyone on the list.

Thanks to everyone who came to the info session on 14 February; the slides are now on the members' area.

Kind regards,
Niamh

--
Niamh Breathnach
Cluster Manager | Kerry Technology Cluster
Kerry Innovation Hub, Dromtacker, Tralee, Co. Kerry, V92 XXXX
T: +353 66 000 4411 | www.kerrytechcluster.example.ie
Please consider the environment before printing this e-mail.

-----Original Message-----
From: Niamh Breathnach
Sent: Thursday, February 14, 2041 4:52 PM
To: members@kerrytechcluster.example.ie
Subject: Regional Enterprise Innovation Fund - info session slides and next steps

Dear all,

Many thanks for the strong turnout at today's info session (31 people from 22 member companies). A summary:

1. The call closes on 7 March 2041. Applications must be led by a company, a higher-education institution or
   a local authority; the cluster cannot lead, but it can be a partner.
2. Our proposal, the Kerry Sensor Lab, would set up a shared test and calibration facility for sensors used in
   agriculture, marine and medical devices, run by MTU with the cluster as the link to industry.
3. Cathal Moriarty (Kerry County Council, Head of Enterprise) confirmed that the council will provide the
   site and a letter of support.
4. Aoife Kenny of Munster Technological University (Head of Research, Kerry campus) will lead the technical
   part of the proposal.
5. Companies are asked to send a one-page description of how they would use the facility by 28 February.

Next meeting of the working group: Wednesday 20 February 2041, 08:30, online.

Best,
Niamh
"""
m.set_content(body)
open(path(F),'wb').write(bytes(m))
gold(F,
 [P("Niamh Breathnach","Cluster Manager","Kerry Technology Cluster"),
  P("Brendan Ó Súilleabháin","Regional Development Manager","Enterprise Ireland"),
  P("Cathal Moriarty","Head of Enterprise","Kerry County Council"),
  P("Aoife Kenny","Head of Research, Kerry campus","Munster Technological University")],
 [O("Enterprise Ireland"), O("Kerry Technology Cluster"), O("Munster Technological University","MTU"),
  O("Kerry County Council"), O("Tralee Chamber Alliance")],
 [E("drop-in clinic","2041-03-12",None,"Tralee","Ireland"),
  E("info session","2041-02-14"),
  E("meeting of the working group","2041-02-20")],
 ["2041-02-26","2041-03-21","2041-03-07","2041-03-14","2041-06","2041-03-08","2041-03-12","2041-02-14",
  "2041-02-28","2041-02-20"],
 [], pub="2041-02-26")
