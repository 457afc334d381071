from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g09_tyrol_evaluation_panel_invitation.eml'
assert wd(2039,3,1)=='Tuesday' and wd(2039,3,17)=='Thursday' and wd(2039,3,24)=='Thursday' and wd(2039,3,23)=='Wednesday' and wd(2039,4,5)=='Tuesday' and wd(2039,2,15)=='Tuesday'
body = """Dear members of the evaluation panel,

Thank you again for agreeing to serve on the panel for the 2039 call of the Tyrolean Cluster Cooperation Programme. As announced in my message of 15 February (below), the call closed on 25 February 2039 and we have received 14 eligible proposals from the six Tyrolean clusters and their partners. This e-mail gives you the practical details for the next four weeks.

1. Access to the proposals
You will receive your login to the evaluation platform in a separate message today. Each proposal will be read by three of you; the allocation is attached as a spreadsheet. Please tell me by Friday this week if you see a conflict of interest with any applicant.

2. Written scores
Please enter your individual scores and comments on the platform by Thursday 17 March 2039, 18:00. The scoring guide is the same as in 2037: relevance to the Tyrolean smart specialisation strategy, quality of the consortium, expected impact on companies, and budget.

3. Panel meeting
The panel meeting will take place on Thursday 24 March 2039 from 09:00 to 16:30 at our offices, Standortagentur Tirol GmbH, Ing.-Etzel-Straße 17, Innsbruck (4th floor, room "Karwendel"). Applicants will not be present. For those arriving the day before, we have reserved rooms at a hotel near the station and you are welcome to join us for an informal dinner on Wednesday 23 March at 19:30.

Draft agenda:
09:00 Welcome and declaration of conflicts of interest – Dr. Elisabeth Kathrein-Moser, Head of Cluster Management, Standortagentur Tirol
09:20 Overview of the call and the eligibility check – Lukas Obholzer, Programme Officer
09:45 Discussion of proposals 1–7
12:30 Lunch
13:15 Discussion of proposals 8–14
15:30 Ranking and funding recommendation to the Tyrolean Government
16:30 End

4. Composition of the panel
Chair: Prof. Dr. Matthias Gruber-Stanek (Management Center Innsbruck)
Members: Dr. Sofia Lindqvist (Vinnova, Stockholm), Ing. Paolo Dal Lago (Trentino Sviluppo S.p.A., Rovereto), Mag. Hanna Rautenberg (Austria Wirtschaftsservice GmbH), Dr. Georg Unterkircher (IDM Südtirol – Alto Adige)
Observer without voting rights: Mag. Barbara Pfurtscheller, Department of Economic Affairs, Office of the Tyrolean Government

5. After the meeting
We will inform applicants of the outcome by Tuesday 5 April 2039. The Tyrolean Government is expected to take the formal funding decision in May 2039. Selected projects can start on 1 July 2039.

Lessons learnt from the 2037 round
At our debriefing in 2037, panel members asked us to change three things, and we have done so:
- Proposals are now limited to 15 pages, plus a one-page summary for the panel
- Each cluster may lead no more than three proposals
- Companies must confirm their participation with a signed letter, not only by logo on the cover page

Travel costs will be reimbursed according to the Tyrolean travel expenses regulation; please keep your receipts. The fee for the evaluation (EUR 1,200 per member) will be paid after the panel meeting.

If you have any question, do not hesitate to call me.

Best regards,
Lukas Obholzer
Programme Officer | Cluster Management
Standortagentur Tirol GmbH
Ing.-Etzel-Straße 17, 6020 Innsbruck, Austria
T +43 512 000 000 | l.obholzer@standort-tirol.example.at

-----Original Message-----
From: Lukas Obholzer
Sent: Tuesday, 15 February 2039 11:02
To: Evaluation panel 2039
Subject: Cluster Cooperation Programme 2039 – save the date

Dear all,
Please keep Thursday 24 March 2039 free for the panel meeting in Innsbruck. The call closes on 25 February; I will send the proposals and the login at the beginning of March.
Kind regards,
Lukas
"""
m = EmailMessage()
m['From'] = 'Lukas Obholzer <l.obholzer@standort-tirol.example.at>'
m['To'] = 'Evaluation panel 2039 <panel2039@standort-tirol.example.at>'
m['Subject'] = 'Cluster Cooperation Programme 2039 – proposals, scoring and panel meeting on 24 March'
m['Date'] = format_datetime(datetime.datetime(2039,3,1,9,14,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
S="Standortagentur Tirol GmbH"
gold(F,
 [P("Elisabeth Kathrein-Moser","Head of Cluster Management","Standortagentur Tirol"),
  P("Lukas Obholzer","Programme Officer",S),
  P("Matthias Gruber-Stanek","Chair",S),
  P("Sofia Lindqvist","Member",S),
  P("Paolo Dal Lago","Member",S),
  P("Hanna Rautenberg","Member",S),
  P("Georg Unterkircher","Member",S),
  P("Barbara Pfurtscheller","Observer without voting rights",S)],
 [O(S), O("Management Center Innsbruck"), O("Vinnova"), O("Trentino Sviluppo S.p.A."), O("Austria Wirtschaftsservice GmbH"),
  O("IDM Südtirol – Alto Adige"), O("Department of Economic Affairs"), O("Office of the Tyrolean Government"), O("Tyrolean Government")],
 [E("panel meeting","2039-03-24",None,"Innsbruck","Austria"),
  E("informal dinner","2039-03-23",None,None,None),
  E("debriefing","2037",None,None,None)],
 ["2039-02-15","2039-02-25","2039-03-17","2039-03-24","2039-03-23","2039-04-05","2039-05","2039-07-01","2037","2039-03-01","2039-03","2039"],
 ["Proposals are now limited to 15 pages, plus a one-page summary for the panel",
  "Each cluster may lead no more than three proposals",
  "Companies must confirm their participation with a signed letter, not only by logo on the cover page"],
 pub="2039-03-01")
