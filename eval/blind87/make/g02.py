from h import *
F = 'g02_savonia_health_events_calendar.txt'
for (y,m,d,w) in [(2039,9,2,'Friday'),(2039,9,7,'Wednesday'),(2039,9,13,'Tuesday'),(2039,9,14,'Wednesday'),(2039,9,21,'Wednesday'),
                  (2039,9,27,'Tuesday'),(2039,9,29,'Thursday'),(2039,10,4,'Tuesday'),(2039,10,11,'Tuesday'),(2039,10,18,'Tuesday'),
                  (2039,10,20,'Thursday'),(2039,10,26,'Wednesday'),(2039,11,8,'Tuesday'),(2039,11,15,'Tuesday'),(2039,11,16,'Wednesday'),(2039,11,24,'Thursday')]:
    assert wd(y,m,d)==w, (y,m,d)
T = """Kuopio Health Tech Cluster – Events

Accept cookies   Reject   Settings
This site uses cookies for statistics. Read our privacy notice.

KHTC
Front page   Cluster   Members   Services   Events   News   Contact   FI | EN | SV
Search...

Events calendar
Upcoming events of the cluster and our partners in Northern Savonia. Times are Finnish time (EET/EEST). Last updated 2 September 2039.

Filter: All events | Cluster events | Partner events | Online | Kuopio | Outside Kuopio
Showing 12 events     List view   Month view

SEP
7
Wed 7 September 2039, 8.30–10.00
Health Tech Breakfast: Wearables in home care
Technopolis Kuopio, Microkatu 1, Kuopio
Morning coffee and three short pitches from member companies. Speakers: Riikka Hämäläinen, CEO of Sykevahti Oy, and Juho Kettunen, Development Manager at Wellbeing Services County of North Savo.
Free for members. Register by 5 September.
Read more

SEP
13–14
Tue 13 – Wed 14 September 2039
Nordic Life Science Days
Malmö, Sweden
Partner event. The cluster has a joint stand with Business Kuopio and six member companies. Contact Mikaela Strandberg if you want a meeting slot on the stand.
Read more

SEP
21
Wed 21 September 2039, 13.00–14.30
Webinar: MDR clinical evaluation in practice
Online (Teams)
Organised with the University of Eastern Finland (UEF). Speaker Professor Antti Toivanen, Department of Applied Physics, UEF.
Read more

SEP
27
Tue 27 September 2039, 9.00–16.00
Workshop: Funding for health innovation pilots
Kuopio City Hall, Suurtori
Business Finland experts present the funding instruments for 2040. Afternoon one-to-one clinics.
Registration closes 20 September.
Read more

SEP
29
Thu 29 September 2039
KHTC Annual Members' Meeting
Scandic Kuopio
Statutory annual meeting of the association, followed by dinner at 18.00 for members. Agenda will be sent three weeks before.
Read more

OCT
4
Tue 4 October 2039, 10.00–12.00
Info session: Interreg Aurora call for projects
Online
Presented by the Joint Secretariat of the Interreg Aurora programme. The call closes on 30 November 2039.
Read more

OCT
11
Tue 11 October 2039
Study visit to Oulu Health Labs
Oulu
Bus leaves from Kuopio railway station at 6.30. Hosted by Oulu University Hospital. Max 25 participants.
Read more

OCT
18–20
Tue 18 – Thu 20 October 2039
Slush Health Side Event & Matchmaking
Helsinki
A matchmaking day on 19 October organised by Enterprise Europe Network Finland together with the cluster. Meetings are booked in b2match.
Read more

OCT
26
Wed 26 October 2039, 14.00–16.00
Data for AI in diagnostics – roundtable
Kuopio University Hospital (KYS), Auditorium 2
Host: Dr Leena Savolainen, Chief Medical Information Officer, KYS. Invitation only.
Read more

NOV
8
Tue 8 November 2039, 17.00–20.00
Startup Evening: From lab to market
Kuopio Innovation Hub, Snellmaninkatu
Pitches, pizza and stories from founders. In cooperation with Savonia University of Applied Sciences.
Read more

NOV
15–16
Tue 15 – Wed 16 November 2039
MEDICA trade fair – Finland pavilion
Düsseldorf, Germany
The pavilion is coordinated by Business Finland. Five KHTC members exhibit.
Read more

NOV
24
Thu 24 November 2039, 9.00–15.00
Cluster Day 2039: Health tech in the wellbeing county
Musiikkikeskus, Kuopio
Our yearly main event. Keynote by Minna Korhonen-Lind, Director-General at the Ministry of Social Affairs and Health. Panel with members and the City of Kuopio.
Read more

Highlights from the spring season
Over 420 people took part in cluster events between January and June 2039. The most popular was the Health Tech Breakfast series, which was fully booked every time, and the spring webinar on reimbursement of digital therapeutics with 160 online participants. Feedback from members asked for more hands-on workshops and fewer long presentations, so the autumn programme has more workshops and a new roundtable format with limited seats. We also tested a hybrid format for the first time; recordings of the spring webinars can be found in the member area.

Past events
See the archive of events from 2034 to 2039 ›

Good to know
Cluster events are free for members unless otherwise stated. Non-members pay a small fee for workshops and study visits; webinars are open to everybody. If you register and cannot come, please cancel at least two days before, because many of our events have waiting lists. Travel costs for study visits are shared between the participants. For events in other countries the cluster can help to book meetings, but participants book their own travel and accommodation. Special diets can be told in the registration form.

Add your event
Members can suggest events for the calendar. Send the title, time, place and a short description to events@khtc.example.fi at least three weeks before.

Subscribe to the calendar (iCal)   Print this page

Contact for events
Mikaela Strandberg
Events and Communications Coordinator
Kuopio Health Tech Cluster ry
+358 40 000 0000
mikaela.strandberg@khtc.example.fi

Kuopio Health Tech Cluster ry
Microkatu 1, 70210 Kuopio, Finland
Business ID 0000000-0

Follow us
LinkedIn   Instagram   YouTube

The cluster is funded by the Regional Council of North Savo and the City of Kuopio.
Accessibility statement   Privacy notice   Cookie settings
© Kuopio Health Tech Cluster 2039
"""
write(F, T)
gold(F,
 [P("Riikka Hämäläinen","CEO","Sykevahti Oy"),
  P("Juho Kettunen","Development Manager","Wellbeing Services County of North Savo"),
  P("Mikaela Strandberg","Events and Communications Coordinator","Kuopio Health Tech Cluster ry"),
  P("Antti Toivanen","Professor","University of Eastern Finland"),
  P("Leena Savolainen","Chief Medical Information Officer","Kuopio University Hospital"),
  P("Minna Korhonen-Lind","Director-General","Ministry of Social Affairs and Health")],
 [O("Kuopio Health Tech Cluster ry","KHTC"), O("Sykevahti Oy"), O("Wellbeing Services County of North Savo"),
  O("Business Kuopio"), O("University of Eastern Finland","UEF"), O("Department of Applied Physics"),
  O("Business Finland"), O("Joint Secretariat of the Interreg Aurora programme"),
  O("Oulu University Hospital"), O("Enterprise Europe Network Finland"), O("Kuopio University Hospital","KYS"),
  O("Savonia University of Applied Sciences"), O("Ministry of Social Affairs and Health"), O("City of Kuopio"),
  O("Regional Council of North Savo"), O("Oulu Health Labs")],
 [E("Health Tech Breakfast: Wearables in home care","2039-09-07",None,"Kuopio","Finland"),
  E("Nordic Life Science Days","2039-09-13","2039-09-14","Malmö","Sweden"),
  E("Webinar: MDR clinical evaluation in practice","2039-09-21"),
  E("Workshop: Funding for health innovation pilots","2039-09-27",None,"Kuopio","Finland"),
  E("KHTC Annual Members' Meeting","2039-09-29",None,"Kuopio","Finland"),
  E("dinner","2039-09-29",None,"Kuopio","Finland"),
  E("Info session: Interreg Aurora call for projects","2039-10-04"),
  E("Study visit to Oulu Health Labs","2039-10-11",None,"Oulu","Finland"),
  E("Slush Health Side Event & Matchmaking","2039-10-18","2039-10-20","Helsinki","Finland"),
  E("matchmaking day","2039-10-19",None,"Helsinki","Finland"),
  E("Data for AI in diagnostics – roundtable","2039-10-26",None,"Kuopio","Finland"),
  E("Startup Evening: From lab to market","2039-11-08",None,"Kuopio","Finland"),
  E("MEDICA trade fair – Finland pavilion","2039-11-15","2039-11-16","Düsseldorf","Germany"),
  E("Cluster Day 2039: Health tech in the wellbeing county","2039-11-24",None,"Kuopio","Finland"),
  E("spring webinar on reimbursement of digital therapeutics","2039")],
 ["2039-09-02","2039-09-07","2039-09-05","2039-09-13/2039-09-14","2039-09-21","2039-09-27","2040","2039-09-20",
  "2039-09-29","2039-10-04","2039-11-30","2039-10-11","2039-10-18/2039-10-20","2039-10-19","2039-10-26",
  "2039-11-08","2039-11-15/2039-11-16","2039-11-24","2034/2039","2039-01/2039-06"], [], pub="2039-09-02")
