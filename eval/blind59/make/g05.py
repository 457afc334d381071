from h import *
from email.message import EmailMessage
F = 'panevezys_mechatronics_board_meeting_invitation.eml'
body = f"""Dear members of the Board,

I am pleased to invite you to the 2nd meeting of the Board of the Aukštaitija Mechatronics Cluster (AMC) in 2032.

Date: {wd(2032,3,18)}, 18 March 2032, 14:00–17:00 (EET)
Place: Panevėžys Science and Technology Park, Klaipėdos g. 3, Panevėžys, meeting room "Nevėžis"
Online connection: link will follow on the day before the meeting

Draft agenda

1. Opening, adoption of the agenda and of the minutes of the meeting of 2 December 2031
2. Financial report 2031 and draft budget 2032 (presented by Rasa Žemaitytė-Kairienė, treasurer)
3. Membership: applications of UAB Robotika LT and of the Kaunas University of Technology Panevėžys Faculty
4. Preparation of the General Assembly of 22 April 2032 (date, venue in Biržai, election of the auditor)
5. Cluster stand at the Hannover Messe, 26–30 April 2032: participants and costs
6. Interreg South Baltic project "MechaSkills": state of the application (Dr. Jonas Ramanauskas)
7. Study visit of the Latvian cluster from Jelgava in June 2032
8. Any other business

The documents for items 2 to 5 are in the shared folder of the Board. As Mr Vaitkus suggested in his message below, item 4 has been placed before the Hannover Messe discussion, and Ms Lindström from the Swedish partner cluster will join for item 6 via video.

A few words on the items that are new for some of you:

– Item 3: UAB Robotika LT is a start-up from Pasvalys that builds grippers for food packaging lines; it was founded in 2029 by two graduates of the faculty and now employs eleven people. Its director, Tomas Jurgelevičius, will be available by phone during the meeting if the Board has questions.
– Item 5: at the last meeting the Board agreed to share a stand of 36 m² with the Lithuanian national pavilion organised by Innovation Agency Lithuania. Four members have expressed interest so far. We need to decide whether the cluster covers part of the stand fee from the 2032 budget.
– Item 7: the Zemgale Mechanical Engineering Cluster has asked us to host a group of about fifteen company representatives for two days. The proposed dates are 9 and 10 June 2032. Their coordinator, Ilze Ozoliņa, would like to visit at least three member companies and the laboratories of the Science and Technology Park.

Coffee and a light lunch will be served from 13:30. Parking is available in front of the Park's main building.

Please confirm your participation by 11 March 2032. If you cannot attend, you may give a written proxy to another Board member (form attached to the previous mail).

Kind regards,

Giedrė Balčiūnaitė
Cluster Manager
Aukštaitija Mechatronics Cluster (AMC) / Aukštaitijos mechatronikos klasteris
Panevėžys Science and Technology Park
tel. +370 45 000 000 | giedre.balciunaite@amc-cluster.example

-----Original Message-----
From: Mindaugas Vaitkus <m.vaitkus@vaitkus-automation.example>
Sent: {wd(2032,3,2)}, 2 March 2032 09:12
To: Giedrė Balčiūnaitė <giedre.balciunaite@amc-cluster.example>
Cc: Board AMC <board@amc-cluster.example>
Subject: RE: Board meeting in March – proposal for agenda

> Dear Giedrė,
>
> thank you for the first draft. Two remarks from my side as Chair:
>
> – Please put the General Assembly before the Hannover Messe item. We need to decide on the venue in Biržai first, because the
>   municipality (Mayor Algirdas Stankevičius offered the cultural centre) wants an answer by mid-March.
> – For the MechaSkills project, I would invite Karin Lindström, project manager at Småland Automation Cluster (Sweden), who leads the
>   partnership, to present the feedback from the Joint Secretariat.
>
> I also spoke with Prof. Dr. Laura Grigaliūnė, dean of the KTU Panevėžys Faculty. She would be happy to present the faculty's
> membership application herself.
>
> Best regards,
> Mindaugas Vaitkus
> Chair of the Board, AMC
> CEO, UAB Vaitkus Automation
"""
msg = EmailMessage()
msg['From'] = 'Giedrė Balčiūnaitė <giedre.balciunaite@amc-cluster.example>'
msg['To'] = 'Board AMC <board@amc-cluster.example>'
msg['Cc'] = 'Karin Lindström <karin.lindstrom@smaland-automation.example>'
msg['Subject'] = 'Invitation: Board meeting 18 March 2032 – agenda'
msg['Date'] = 'Thu, 04 Mar 2032 16:40:00 +0200'
msg.set_content(body)
open(os.path.join(B, 'docs', F), 'wb').write(bytes(msg))
gold(F,
 [P('Rasa Žemaitytė-Kairienė', 'treasurer', 'Aukštaitija Mechatronics Cluster'),
  P('Jonas Ramanauskas', None, None),
  P('Giedrė Balčiūnaitė', 'Cluster Manager', 'Aukštaitija Mechatronics Cluster'),
  P('Mindaugas Vaitkus', 'Chair of the Board', 'Aukštaitija Mechatronics Cluster'),
  P('Algirdas Stankevičius', 'Mayor', None),
  P('Tomas Jurgelevičius', 'director', 'UAB Robotika LT'),
  P('Ilze Ozoliņa', 'coordinator', 'Zemgale Mechanical Engineering Cluster'),
  P('Karin Lindström', 'project manager', 'Småland Automation Cluster'),
  P('Laura Grigaliūnė', 'dean', 'KTU Panevėžys Faculty')],
 [O('Aukštaitija Mechatronics Cluster', 'AMC'), O('Panevėžys Science and Technology Park'), O('UAB Robotika LT'),
  O('Kaunas University of Technology Panevėžys Faculty', 'KTU Panevėžys Faculty'), O('Joint Secretariat'),
  O('Småland Automation Cluster'), O('Innovation Agency Lithuania'), O('Zemgale Mechanical Engineering Cluster'), O('UAB Vaitkus Automation')],
 [E('2nd meeting of the Board of the Aukštaitija Mechatronics Cluster', '2032-03-18', '2032-03-18', 'Panevėžys', 'Lithuania'),
  E('General Assembly', '2032-04-22', '2032-04-22', 'Biržai', 'Lithuania'),
  E('Hannover Messe', '2032-04-26', '2032-04-30', 'Hannover', 'Germany'),
  E('Study visit of the Latvian cluster from Jelgava', '2032-06-09', '2032-06-10', None, 'Lithuania'),
  E('meeting of 2 December 2031', '2031-12-02', '2031-12-02', None, None)],
 ['2032-03-18', '2031-12-02', '2032', '2032-04-22', '2032-04-26/2032-04-30', '2032-06', '2032-03-11', '2032-03-02', '2032-03-04', '2032-03', '2029', '2032-06-09/2032-06-10'],
 [], pub='2032-03-04')
