from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'NEW-DATE_glass-design-roundtable_Liberec.eml'
body = '''Dear members and partners,

please note that the Crystal Valley Roundtable on "Glass, light and design after the energy crisis" has been MOVED from Thursday 9 March 2034 to Thursday 23 March 2034. The venue and the programme stay the same: Liberec, Technical University of Liberec, Building G, hall G-101, from 13:00 to 17:30, followed by a visit to the glassworks at 18:00.

Why the change? Our keynote speaker, Ing. arch. Veronika Hrdličková-Salač, Head of Design at Lasvit s.r.o., has to be in Milan on the original date, and the Regional Authority of the Liberec Region asked us to avoid the week of its budget session. We are sorry for the inconvenience.

What you need to do:
- If you are already registered, you do not need to do anything; your registration is transferred to 23 March. If you cannot attend on the new date, please cancel by Friday 17 March 2034 so that we can offer your place to the waiting list (currently 18 people).
- If you have not registered yet, registration is open until Monday 20 March 2034.
- Hotel reservations at Pytloun Grand Hotel Imperial under the code CVR34 have been moved by the hotel to 22–23 March; please check your confirmation.

One addition to the programme: Mgr. Tomáš Dvořák, Director of the Czech Glass Association (Asociace sklářského a keramického průmyslu ČR), will present the results of the 2033 energy survey of Czech glassworks at 15:45.

Practical note: on 23 March the university car park P3 is reserved for roundtable guests from 12:30. The bus to the glassworks leaves from the main entrance of Building G at 17:45 and brings you back to Liberec railway station by 21:00. The German interpretation remains available, and the presentations will again be shared with registered participants after the event.

The next roundtable, on skills and apprenticeships, remains planned for Thursday 8 June 2034 in Jablonec nad Nisou.

With kind regards,

Kateřina Benešová
Event Manager
Crystal Valley Cluster, z. s.
Masarykova 28, 460 01 Liberec, Czech Republic
+420 000 000 000 | events@crystalvalley-cluster.example

-------- Original message --------
From: Kateřina Benešová <events@crystalvalley-cluster.example>
Sent: Monday 6 February 2034 10:12
To: Members of Crystal Valley Cluster
Subject: Invitation: Crystal Valley Roundtable "Glass, light and design after the energy crisis" – 9 March 2034

Dear members and partners,

we are pleased to invite you to the first Crystal Valley Roundtable of 2034:

"Glass, light and design after the energy crisis"
Thursday 9 March 2034, 13:00–17:30
Technical University of Liberec, Building G, hall G-101, Studentská 2, Liberec

Programme
13:00 Welcome – Ing. Pavel Kučera, Chairman of the Board, Crystal Valley Cluster
13:10 Opening – Mgr. Jana Horáčková, Deputy Governor of the Liberec Region responsible for regional development
13:30 Keynote "Lighting objects for a low-energy future" – Ing. arch. Veronika Hrdličková-Salač, Head of Design, Lasvit s.r.o.
14:15 "Electric melting furnaces: first results" – doc. Ing. Martin Šimek, Ph.D., Department of Glass Technology, Technical University of Liberec
15:00 Coffee break
15:20 Panel "Design as a way out of price competition" with Lucie Koldová (designer), Jiří Pačinek (Pačinek Glass s.r.o.), Dr. Anke von Rosenberg (Glasfachschule Zwiesel, Germany) and Radek Novák (Preciosa, a.s.)
16:45 Discussion and conclusions
17:30 End; at 18:00 optional visit to the Ajeto glassworks in Lindava (bus provided)

The roundtable is free of charge for members; non-members pay CZK 900. Please register by Friday 3 March 2034 via the cluster website.

The event is part of the Interreg Czech Republic–Saxony project "GlasNetz" with our partner network Glas- und Keramik-Netzwerk Oberlausitz e. V. Simultaneous interpretation into German will be available.

We look forward to seeing you in Liberec.

Kateřina Benešová
Event Manager, Crystal Valley Cluster, z. s.
'''
m = EmailMessage()
m['From'] = 'Kateřina Benešová <events@crystalvalley-cluster.example>'
m['To'] = 'Members of Crystal Valley Cluster <members@crystalvalley-cluster.example>'
m['Subject'] = 'NEW DATE: Crystal Valley Roundtable moved to 23 March 2034'
m['Date'] = format_datetime(datetime.datetime(2034, 2, 24, 9, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(B + '/docs/' + F, 'wb').write(bytes(m))
CV = 'Crystal Valley Cluster, z. s.'; TUL = 'Technical University of Liberec'
gold(F, '2034-02-24',
 [P('Veronika Hrdličková-Salač','Head of Design','Lasvit s.r.o.'),
  P('Tomáš Dvořák','Director','Czech Glass Association'),
  P('Kateřina Benešová','Event Manager',CV),
  P('Pavel Kučera','Chairman of the Board','Crystal Valley Cluster'),
  P('Jana Horáčková','Deputy Governor of the Liberec Region',None),
  P('Martin Šimek',None,TUL),
  P('Lucie Koldová','designer',None),
  P('Jiří Pačinek',None,'Pačinek Glass s.r.o.'),
  P('Anke von Rosenberg',None,'Glasfachschule Zwiesel'),
  P('Radek Novák',None,'Preciosa, a.s.')],
 [O(CV),O(TUL),O('Department of Glass Technology'),O('Lasvit s.r.o.'),O('Regional Authority of the Liberec Region'),
  O('Czech Glass Association','Asociace sklářského a keramického průmyslu ČR'),O('Pačinek Glass s.r.o.'),O('Glasfachschule Zwiesel'),O('Preciosa, a.s.'),O('Ajeto'),O('Glas- und Keramik-Netzwerk Oberlausitz e. V.')],
 [E('Crystal Valley Roundtable "Glass, light and design after the energy crisis"','2034-03-23',None,'Liberec','Czechia'),
  E('Crystal Valley Roundtable on skills and apprenticeships','2034-06-08',None,'Jablonec nad Nisou','Czechia')],
 ['2034-02-24','2034-03-09','2034-03-23','2034-03-17','2034-03-20','2034-03-22/2034-03-23','2033','2034-06-08','2034-02-06','2034','2034-03-03'],
 [])
