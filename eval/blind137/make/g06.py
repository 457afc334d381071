from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g06_leeds_eit_partner_meeting.eml'
assert wd(2042,2,3)=='Monday' and wd(2042,2,4)=='Tuesday' and wd(2042,1,16)=='Thursday' and wd(2041,11,25)=='Monday'
body = """Dear HEALTHBRIDGE partners,

As agreed at our last call, the third partner meeting of the project will take place in Leeds on Monday 3 and Tuesday 4 February 2042, hosted by Leeds Beckett University together with the Yorkshire Health Innovation Cluster (YHIC). Please find the practical details and the draft agenda below. I would be grateful if you could confirm the names of your delegates by Thursday 16 January 2042.

VENUE
Rose Bowl building, Leeds Beckett University, City Campus, Leeds LS1 3HB. The nearest hotel with a project rate is the Park Plaza next to the station (code HB42).

DRAFT AGENDA

Monday 3 February
09:30  Coffee and registration
10:00  Welcome – Professor Adaeze Okonkwo-Hale, Dean of the School of Health, Leeds Beckett University
10:20  Project status and budget (Coordinator: Dr. Ruairí Ó Donnchadha, Munster Technological University)
11:30  WP3 – the innovation voucher scheme for health-tech SMEs: results of the first round (Kristína Bábiková, Bratislava Health Tech Cluster)
14:00  Visit to the Nexus innovation hub and meetings with three start-ups
18:30  Partner dinner at the Corn Exchange

Tuesday 4 February
09:00  WP4 – training academy for cluster managers: feedback from the pilot in Kaunas
10:30  Preparing the mid-term review with EIT Health
12:00  AOB, dates of the next meetings, close

PRACTICAL
- Lunches and the partner dinner are covered by the host.
- Please bring one printed copy of your partner report.
- Remote participation will be possible for the Tuesday sessions only.

As discussed, the mid-term review with our EIT Health programme officer, Dr. Sofie Vandenbroucke, is planned for the morning of 4 February; she will join online from Brussels.

TRAVEL
Leeds Bradford Airport has direct flights from Dublin, Amsterdam and Bilbao; from Manchester Airport the direct train to Leeds takes about an hour. The campus is a ten-minute walk from Leeds station. If you need a letter of invitation for your travel or your finance department, please write to me before the end of December and I will send it on university letterhead.

Looking forward to seeing you all in Leeds.

Best wishes,
Hannah Brightwell-Oduya
Project Officer, HEALTHBRIDGE
Yorkshire Health Innovation Cluster (YHIC)
Leeds, United Kingdom
+44 113 000 0000

-----Original Message-----
From: Ruairí Ó Donnchadha <ruairi.odonnchadha@mtu.example.ie>
Sent: Monday, 25 November 2041 16:42
To: HEALTHBRIDGE consortium list
Subject: Minutes of the consortium call

Dear all,

Thank you for joining today's consortium call. Short minutes:

1. Leeds confirmed as host of the third partner meeting, 3–4 February 2042. Hannah will send the agenda.
2. The first voucher round closed with 44 applications from nine countries; 18 SMEs were funded.
3. The training academy pilot in Kaunas (organised by Kaunas University of Technology and the Lithuanian Biotechnology Association) ran from 4 to 8 November 2041 with 21 cluster managers.
4. Ignacio Ruiz-Mateos (Basque Health Cluster) will lead the preparation of the final conference, planned for Bilbao in October 2042.

Action points:
- All partners: send partner reports to Ruairí by 20 January 2042.
- Kristína: circulate the voucher evaluation summary before the meeting.

Decisions of the call:
- The second voucher round will open on 1 March 2042 with a budget of EUR 400,000
- The consortium will apply for a six-month extension only if the second round is delayed

Kind regards,
Ruairí

Dr. Ruairí Ó Donnchadha
HEALTHBRIDGE Coordinator
Munster Technological University, Cork
"""
m = EmailMessage()
m['From'] = 'Hannah Brightwell-Oduya <h.brightwell@yhic.example.org.uk>'
m['To'] = 'healthbridge-partners@lists.example.eu'
m['Subject'] = 'HEALTHBRIDGE 3rd partner meeting, Leeds 3-4 February 2042 - agenda and practical information'
m['Date'] = format_datetime(datetime.datetime(2041,12,9,11,5,0,tzinfo=datetime.timezone.utc))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
Y="Yorkshire Health Innovation Cluster"; M="Munster Technological University"
gold(F,
 [P("Adaeze Okonkwo-Hale","Dean of the School of Health","Leeds Beckett University"),
  P("Ruairí Ó Donnchadha","Coordinator",M),
  P("Kristína Bábiková",None,"Bratislava Health Tech Cluster"),
  P("Sofie Vandenbroucke","programme officer","EIT Health"),
  P("Hannah Brightwell-Oduya","Project Officer",Y),
  P("Ignacio Ruiz-Mateos",None,"Basque Health Cluster")],
 [O("Leeds Beckett University"), O(Y,"YHIC"), O(M), O("Bratislava Health Tech Cluster"), O("EIT Health"),
  O("Kaunas University of Technology"), O("Lithuanian Biotechnology Association"), O("Basque Health Cluster"),
  O("School of Health")],
 [E("third partner meeting","2042-02-03","2042-02-04","Leeds","United Kingdom"),
  E("Visit to the Nexus innovation hub","2042-02-03",None,"Leeds","United Kingdom"),
  E("Partner dinner","2042-02-03",None,"Leeds","United Kingdom"),
  E("mid-term review","2042-02-04",None,None,None),
  E("consortium call","2041-11-25",None,None,None),
  E("training academy pilot","2041-11-04","2041-11-08","Kaunas","Lithuania"),
  E("final conference","2042-10",None,"Bilbao","Spain")],
 ["2042-02-03/2042-02-04","2042-01-16","2042-02-03","2042-02-04","2041-11-25","2041-11-04/2041-11-08","2042-10","2042-01-20","2042-03-01","2041-12-09","2041-12"],
 ["The second voucher round will open on 1 March 2042 with a budget of EUR 400,000",
  "The consortium will apply for a six-month extension only if the second round is delayed"],
 pub="2041-12-09")
