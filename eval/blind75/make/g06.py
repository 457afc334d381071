from h import *
from email.message import EmailMessage
F = 'oaec-general-assembly-2034-notice.eml'
body = """Dear members,

As announced in October, the Annual General Assembly of the Offaly Agri-Engineering Cluster (OAEC) will take place on

Thursday 23 November 2034, 14:00–17:30
Bridge House Hotel, Distillery Lane, Tullamore, Co. Offaly

followed at 19:00 by the members' networking dinner in the hotel's River Room.

Please find the agenda below. The annual report 2034, the accounts and the draft work plan 2035–2036 are available in the members' area from today.

AGENDA

14:00  Registration and coffee
14:20  Welcome by the Chair, Siobhán Ní Bhriain (Managing Director, Brosna Valley Fabrication Ltd)
14:30  Approval of the minutes of the General Assembly of 24 November 2033
14:40  Annual report 2034 – Declan O'Mahony, Cluster Manager
15:10  Financial statements 2034 and auditors' report – Gráinne Fitzgerald, Treasurer
15:30  Work plan and budget 2035–2036
15:50  Coffee break
16:10  Election of the Board (four seats; see below)
16:40  Guest address: "What the new EU cluster partnerships mean for rural engineering SMEs" – Dr. Klaus-Peter Wendt, Head of Sector Clusters, European Innovation Council and SMEs Executive Agency (EISMEA)
17:10  Any other business
17:30  Close

THE YEAR IN BRIEF

The annual report shows a good year for the cluster. Membership grew from 58 to 71 organisations, including eleven companies from Laois and Westmeath that joined after the open day at Axis Business Park in March. Together with the Technological University of the Shannon we ran three rounds of the Precision Farming Bootcamp, trained 96 apprentices through the OAEC Skills Academy and completed the first joint tender for sensor components on behalf of nine member companies. The cluster also took part in two European projects and hosted a delegation of dairy-technology companies from the Netherlands in June. The accounts close with a small surplus, which the Board proposes to put towards a shared test rig for autonomous feeding systems.

ELECTION OF THE BOARD

Four of the nine Board seats are up for election this year. The Board received six valid nominations before the deadline of 10 November 2034:

- Aoife Brennan-Kiely, Operations Director, Glanbia Agritech (nominated by Offaly County Council)
- Michael "Mick" Dwyer, Owner, Dwyer Precision Engineering, Birr (re-standing)
- Dr. Marek Zieliński, Senior Lecturer, Technological University of the Shannon (TUS)
- Eoin Mac Cárthaigh, CEO, FeedSense Ltd
- Patricia Ryan-Hogan, Head of Enterprise, Local Enterprise Office Offaly (re-standing)
- Niamh de Búrca, Founder, Slieve Bloom Robotics

Each full member organisation has one vote. Members who cannot attend may appoint a proxy using the form attached; proxies must reach the secretariat by Tuesday 21 November 2034 at 12:00. The Chair's and the Treasurer's terms run until 2035 and are not affected.

Candidates will have two minutes each to introduce themselves before the vote. Voting is by secret ballot; the four candidates with the most votes are elected for a three-year term. The count will be supervised by two members who are not standing, to be proposed by the Chair at the start of the meeting.

NETWORKING DINNER

The dinner is free for two people per member organisation. Please confirm your attendance and any dietary requirements by Friday 17 November. Our guest of honour will be the Cathaoirleach of Offaly County Council, Cllr. Máire Uí Shé.

The next day, Friday 24 November, members are welcome to join a visit to the new robotic milking test farm at Teagasc Grange, Dunsany (bus leaves the Bridge House Hotel at 09:30; 25 places, first come first served).

PRACTICAL INFORMATION

Free parking is available at the hotel. If you travel by train, the station is a ten-minute walk from the Bridge House Hotel. The meeting will also be streamed for members who cannot travel, but please note that only members present in person or represented by a proxy can vote in the Board election and on the accounts. The documents for the meeting, including the auditors' report and the CVs of the candidates, can be downloaded from the members' area with your usual login; printed copies will be available at registration.

Kind regards,

Orla Keating
Membership & Events Officer
Offaly Agri-Engineering Cluster CLG
Axis Business Park, Arden Road, Tullamore, Co. Offaly R35 K2W7
+353 57 934 1120 | www.oaec.ie
OAEC is a member of Engineering Clusters Ireland.

-------- Original Message --------
From: Orla Keating <orla.keating@oaec.ie>
Sent: Monday, 16 October 2034 10:02
To: members@lists.oaec.ie
Subject: Save the date: General Assembly 23 November + call for Board nominations

Dear members,

Please save the date of our Annual General Assembly on Thursday 23 November 2034 in Tullamore.

Four Board seats will be elected. Nominations (a short CV and a statement of up to 200 words, signed by the nominating member) must reach the secretariat by 10 November 2034. Outgoing Board members Tadhg Ó Riain and Caroline Walsh-Doyle have decided not to stand again after six years; we thank them for their work, in particular for launching the OAEC Skills Academy with the Laois and Offaly Education and Training Board in 2031.

Best regards,
Orla
"""
m = EmailMessage()
m['From'] = 'Orla Keating <orla.keating@oaec.ie>'
m['To'] = 'members@lists.oaec.ie'
m['Subject'] = 'Agenda and Board election: OAEC General Assembly, 23 November 2034, Tullamore'
m['Date'] = 'Thu, 02 Nov 2034 09:14:37 +0000'
m.set_content(body)
open(os.path.join(B, 'docs', F), 'wb').write(bytes(m))
gold(F, [P('Siobhán Ní Bhriain','Chair','OAEC'), P("Declan O'Mahony",'Cluster Manager','OAEC'),
 P('Gráinne Fitzgerald','Treasurer','OAEC'),
 P('Klaus-Peter Wendt','Head of Sector Clusters','European Innovation Council and SMEs Executive Agency'),
 P('Aoife Brennan-Kiely','Operations Director','Glanbia Agritech'), P('Michael "Mick" Dwyer','Owner','Dwyer Precision Engineering'),
 P('Marek Zieliński','Senior Lecturer','Technological University of the Shannon'), P('Eoin Mac Cárthaigh','CEO','FeedSense Ltd'),
 P('Patricia Ryan-Hogan','Head of Enterprise','Local Enterprise Office Offaly'), P('Niamh de Búrca','Founder','Slieve Bloom Robotics'),
 P('Máire Uí Shé','Cathaoirleach','Offaly County Council'),
 P('Orla Keating','Membership & Events Officer','Offaly Agri-Engineering Cluster CLG'),
 P('Tadhg Ó Riain','Board member','OAEC'), P('Caroline Walsh-Doyle','Board member','OAEC')],
 [O('Offaly Agri-Engineering Cluster CLG','OAEC'), O('Brosna Valley Fabrication Ltd'),
  O('European Innovation Council and SMEs Executive Agency','EISMEA'), O('Glanbia Agritech'), O('Offaly County Council'),
  O('Dwyer Precision Engineering'), O('Technological University of the Shannon','TUS'), O('FeedSense Ltd'),
  O('Local Enterprise Office Offaly'), O('Slieve Bloom Robotics'), O('Teagasc'), O('Engineering Clusters Ireland'),
  O('OAEC Skills Academy'), O('Laois and Offaly Education and Training Board')],
 [E('Annual General Assembly','2034-11-23','2034-11-23','Tullamore','Ireland'),
  E('Election of the Board','2034-11-23','2034-11-23','Tullamore','Ireland'),
  E("members' networking dinner",'2034-11-23','2034-11-23','Tullamore','Ireland'),
  E('open day at Axis Business Park','2034-03','2034-03',None,None),
  E('Precision Farming Bootcamp',None,None,None,None),
  E('delegation of dairy-technology companies from the Netherlands','2034-06','2034-06',None,None),
  E('General Assembly of 24 November 2033','2033-11-24','2033-11-24',None,None),
  E('visit to the new robotic milking test farm at Teagasc Grange','2034-11-24','2034-11-24','Dunsany','Ireland')],
 ['2034-11-23','2035/2036','2033-11-24','2034-11-10','2034-11-21','2035','2034-11-17','2034-11-24','2034-10-16','2031','2034-11-02','2034-03','2034-06'],
 [], pub='2034-11-02')
