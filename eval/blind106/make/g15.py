from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g15_idaviru_peer_review_email.eml'
assert wd(2036,11,3)=='Monday' and wd(2036,10,21)=='Tuesday' and wd(2036,10,23)=='Thursday' and wd(2036,12,4)=='Thursday' and wd(2036,10,28)=='Tuesday'
LL = ["A cluster in a transition region must show quick wins within the first year, or members lose patience",
 "Former oil shale engineers are the region's biggest asset; retraining should start from their skills, not from zero",
 "The cluster needs its own voice in the Just Transition monitoring committee, not only through the county government",
 "Cooperation with Narva College of the University of Tartu should be formalised in a framework agreement",
 "Communication in Estonian and Russian is essential to reach the small companies of the region"]
body = f"""Dear members of the Board,

please find below and attached the final report of the peer review of our cluster, which took place in Jõhvi and Narva
from Tuesday 21 to Thursday 23 October 2036. The review was carried out under the Baltic Cluster Peer Review
Programme by two colleagues from other transition regions: Dr. Agnieszka Wróblewska, Managing Director of the Silesian
Energy Transition Cluster in Katowice, and Sami Heikkilä, Senior Adviser at the Regional Council of Lapland. Their
visit was coordinated by Liis Tamm of Enterprise Estonia.

The report confirms much of what we discussed at the board meeting, but the reviewers put some points more sharply
than we would have done ourselves. I suggest we discuss it at the board meeting on Thursday 4 December 2036 and agree
which recommendations go into the action plan for 2037.

A short summary:

1) Programme of the visit

Day 1 (21 October), Jõhvi: meeting with the board and the cluster team; visit to the Ida-Viru Industrial Areas
Development Centre (IVIA) in Kohtla-Järve; dinner with member companies.
Day 2 (22 October), Narva: Narva College of the University of Tartu; Narva Energy Technology Park; round table with
the Ida-Viru County Government, Narva City Government and the Estonian Unemployment Insurance Fund.
Day 3 (23 October), Jõhvi: feedback session with members; closing meeting.

In total the reviewers interviewed 37 people from 22 organisations.

2) Main lessons learnt (from section 5 of the report)

{bl(LL, '  - ')}

3) Strengths mentioned

The reviewers were impressed by the commitment of our members, by the speed with which the cluster grew from 12 to 46
members since 2033, and by the joint training centre with Viru Keemia Grupp AS and Enefit Green AS. They also praised
the Ida-Viru Green Industry Days, which in September drew more than 600 visitors.

4) Points for improvement

They found the cluster strategy too broad ("everything green"), the team too small for the number of projects, and the
website available only in Estonian. They recommend choosing two or three focus areas, for example battery materials,
rare earth processing and industrial heat.

Dr. Wróblewska also offered to host a return visit to Katowice in spring 2037, which could be combined with the
European Forum for Industrial Transition there. I think we should accept.

5) My proposal for next steps

- Adopt a short focus statement at the December board meeting and revise the strategy by March 2037.
- Ask the Ida-Viru County Government to support a seat for the cluster in the monitoring committee.
- Prepare the framework agreement with Narva College together with its director, Dr. Olga Smirnova, who already
  confirmed her interest during the visit.
- Translate the main pages of the website into Russian and English before the end of the year.
- Hire a second project manager, financed partly from the membership fee increase we discussed in June.

I am aware that some of these steps cost money. Our budget for 2037 is not yet final, and I will present two options
at the meeting: one with the additional position and one without. Kristjan Saar, our treasurer, has already looked at
both and thinks the first is possible if two pending projects are approved.

The full report (32 pages, PDF) is attached. Please send me your comments by 24 November 2036.

Best regards,
Marko Kask
Cluster Manager
Ida-Viru Green Industry Cluster (IVGIC)
Keskväljak 0, 41531 Jõhvi, Estonia
+372 000 0000 | marko.kask@ivgic.example.ee

This e-mail and any attachments are confidential and intended solely for the addressee.

-----Original Message-----
From: Liis Tamm <liis.tamm@eas.example.ee>
Sent: Tuesday, 28 October 2036 16:12
To: Marko Kask <marko.kask@ivgic.example.ee>
Cc: Agnieszka Wróblewska; Sami Heikkilä
Subject: Peer review Ida-Viru – final report

Dear Marko,

thank you again for the excellent organisation of last week's visit. As promised, Agnieszka and Sami have
finalised their report within a week; you will find it attached. We would be grateful if the cluster could fill in the
short feedback form of the programme (link below) and indicate whether you agree that the report is published on the
programme website in anonymised form.

The next round of peer reviews will start in March 2037. If any of your board members would like to act as a
reviewer in another region, they can apply until 15 January 2037.

Kind regards,
Liis Tamm
Cluster Programme Manager
Enterprise Estonia (EAS)
Lasnamäe 2, 11412 Tallinn
"""
m = EmailMessage()
m['From'] = 'Marko Kask <marko.kask@ivgic.example.ee>'
m['To'] = 'board@ivgic.example.ee'
m['Cc'] = 'Liis Tamm <liis.tamm@eas.example.ee>'
m['Subject'] = 'FW: Peer review Ida-Viru – final report and lessons learnt'
m['Date'] = format_datetime(datetime.datetime(2036, 11, 3, 9, 41, tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
m.add_attachment(b'%PDF-1.4 placeholder', maintype='application', subtype='pdf', filename='IVGIC_peer_review_report_2036.pdf')
open(path(F), 'wb').write(bytes(m))
C = "Ida-Viru Green Industry Cluster"
gold(F,
 [P("Agnieszka Wróblewska","Managing Director","Silesian Energy Transition Cluster"),
  P("Sami Heikkilä","Senior Adviser","Regional Council of Lapland"),
  P("Liis Tamm","Cluster Programme Manager","Enterprise Estonia"),
  P("Marko Kask","Cluster Manager",C),
  P("Olga Smirnova","director","Narva College of the University of Tartu"),
  P("Kristjan Saar","treasurer",C)],
 [O(C,"IVGIC"), O("Silesian Energy Transition Cluster"), O("Regional Council of Lapland"), O("Enterprise Estonia","EAS"),
  O("Ida-Viru Industrial Areas Development Centre","IVIA"), O("Narva College of the University of Tartu"),
  O("Narva Energy Technology Park"), O("Ida-Viru County Government"), O("Narva City Government"),
  O("Estonian Unemployment Insurance Fund"), O("Viru Keemia Grupp AS"), O("Enefit Green AS")],
 [E("peer review","2036-10-21","2036-10-23","Jõhvi, Narva","Estonia"),
  E("board meeting","2036-12-04",None,None,None),
  E("visit to the Ida-Viru Industrial Areas Development Centre","2036-10-21",None,"Kohtla-Järve","Estonia"),
  E("dinner with member companies","2036-10-21",None,"Jõhvi","Estonia"),
  E("round table","2036-10-22",None,"Narva","Estonia"),
  E("feedback session","2036-10-23",None,"Jõhvi","Estonia"),
  E("Ida-Viru Green Industry Days","2036-09",None,None,None),
  E("return visit to Katowice","2037",None,"Katowice","Poland"),
  E("European Forum for Industrial Transition","2037",None,"Katowice","Poland")],
 ["2036-11-03","2036-10-21/2036-10-23","2036-12-04","2037","2036-10-21","2036-10-22","2036-10-23","2033","2036-09",
  "2036-11-24","2036-10-28","2037-03","2037-01-15","2036-06"],
 LL, "2036-11-03")
