from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g05_wrexham_cluster_manager_farewell.eml'
assert wd(2036,9,26)=='Friday' and wd(2036,10,1)=='Wednesday' and wd(2036,10,8)=='Wednesday' and wd(2036,9,19)=='Friday' and wd(2036,9,22)=='Monday'
body = """Dear members and friends of the cluster,

After nine years as Cluster Manager of the Dee Valley Advanced Manufacturing Cluster (DVAMC), I am writing to let you know that I will be leaving at the end of this month. My last working day will be Friday 26 September 2036. From October I will join the Welsh Government's Office for Science in Cardiff as Deputy Director for Industry Partnerships, so I will not be far away and I hope our paths will cross often.

I am delighted that the board has appointed Dr Rhiannon Pritchard-Jones as my successor. Many of you already know her: she has been our Skills and Talent Lead since 2032 and ran the apprenticeship pathway we set up with Coleg Cambria and Glyndŵr University (now Wrexham University). Rhiannon takes up the post on Wednesday 1 October 2036. Before joining us she worked for eight years at Airbus in Broughton, latterly as a composites engineer.

A few practical points for the handover:
- Rhiannon's e-mail address stays the same (rhiannon.pritchard-jones@dvamc.example.wales); my address will be forwarded to her until Christmas.
- Membership renewals for 2037 will be handled by Owen Lloyd, our Membership Officer, as in previous years.
- The chair of the board, Siobhán Gallagher (Managing Director, Gallagher Precision Ltd, Deeside), remains your contact for any governance question.
- Our project officer Marek Kowalczyk continues to run the supply-chain decarbonisation programme with Flintshire County Council and Wrexham County Borough Council.

Looking back, the things I am proudest of are not the reports but the people: the 38 companies that joined in the last three years, the first cluster delegation to the Hannover Messe in 2033, and the way members opened their factories to each other during the energy-price crisis.

There will be a small farewell gathering after the members' meeting on Wednesday 8 October 2036 at the Optic Technium in St Asaph, from 17:30. Rhiannon will present her first ideas for the 2037 work plan at the meeting itself, which starts at 14:00. Please let Owen know by Friday 3 October if you plan to come.

I would also like to thank the many people outside the cluster who have helped us over the years: the officials in Cardiff who kept faith with a cluster that was, at the start, little more than a mailing list; the college and university staff who turned up at seven in the morning to talk to shift supervisors; and the other Welsh clusters, with whom we have shared ideas, stands at trade fairs and more than one late train home. Rhiannon inherits a strong network and a board that knows what it wants, and I have no doubt she will take the cluster further than I could.

Thank you for everything, and diolch yn fawr iawn.

Best wishes,
Gareth Ellis-Vaughan
Cluster Manager
Dee Valley Advanced Manufacturing Cluster
c/o AMRC Cymru, Broughton, Flintshire CH4 0BR
+44 1244 000 000 | www.dvamc.example.wales

This e-mail and any attachments are confidential and intended solely for the addressee. DVAMC is a company limited by guarantee registered in Wales.

-----Original Message-----
From: Siobhán Gallagher <chair@dvamc.example.wales>
Sent: Friday, 19 September 2036 16:42
To: DVAMC Board
Cc: Gareth Ellis-Vaughan
Subject: Appointment of Cluster Manager – decision

Dear fellow directors,

Following the interviews held this week, the selection panel (Ravinder Sandhu, Dr Carys Hughes and myself) recommends the appointment of Dr Rhiannon Pritchard-Jones as Cluster Manager from 1 October 2036. As agreed at the board meeting on 10 September 2036, this can be confirmed by written procedure. Unless I hear an objection by Monday 22 September at noon, I will ask Gareth to announce it to members.

Kind regards,
Siobhán
"""
m = EmailMessage()
m['From'] = 'Gareth Ellis-Vaughan <manager@dvamc.example.wales>'
m['To'] = 'members@dvamc.example.wales'
m['Subject'] = 'Farewell – and welcome to our new Cluster Manager'
m['Date'] = format_datetime(datetime.datetime(2036,9,23,9,5,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
assert wd(2036,10,3)=='Friday'
open(path(F),'wb').write(bytes(m))
D="Dee Valley Advanced Manufacturing Cluster"
gold(F,
 [P("Gareth Ellis-Vaughan","Cluster Manager",D),
  P("Rhiannon Pritchard-Jones","Cluster Manager",D),
  P("Owen Lloyd","Membership Officer",D),
  P("Siobhán Gallagher","chair of the board",D),
  P("Marek Kowalczyk","project officer",D),
  P("Ravinder Sandhu",None,None),
  P("Carys Hughes",None,None)],
 [O(D,"DVAMC"), O("Welsh Government"), O("Office for Science"), O("Coleg Cambria"), O("Glyndŵr University"),
  O("Airbus"), O("Gallagher Precision Ltd"), O("Flintshire County Council"),
  O("Wrexham County Borough Council")],
 [E("members' meeting","2036-10-08",None,"St Asaph","United Kingdom"),
  E("farewell gathering","2036-10-08",None,"St Asaph","United Kingdom"),
  E("Hannover Messe","2033",None,"Hannover","Germany"),
  E("board meeting","2036-09-10",None,None,None)],
 ["2036-09-26","2036-10","2036-10-01","2032","2037","2033","2036-10-08","2036-10-03","2036-09-19","2036-09-22","2036-09-10","2036-09-23"],
 [], pub="2036-09-23")
