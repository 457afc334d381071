from mk import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime, os
F = 'Fwd_ Save the date - PackValley Open Day 2033.eml'
body = '''Ciao Stefano,

see below: I registered both of us for the PackValley open day. Can you book the train? The factory tour starts early.

Save also the second date: the cluster's general assembly is on 27 June 2033 in Bologna, Opificio Golinelli.

Un saluto,
Chiara

--
Chiara Fontanesi
Export manager | Confezionatrici Emiliane S.r.l.
Via dell'Industria 12, 40012 Calderara di Reno (BO)

---------- Forwarded message ---------
From: PackValley Events <events@packvalley.example>
Date: Sun, 3 Apr 2033 at 09:12
Subject: Registration confirmed – PackValley Open Day 2033
To: <c.fontanesi@confemiliane.example>

Dear Chiara Fontanesi,

thank you for registering for PackValley Open Day 2033. Your registration number is PV-2033-0417.

Event: PackValley Open Day 2033 – "Machines that learn"
Date: 18 May 2033, 08:30–17:00
Place: Tecnopolo Manifattura, Bologna
Participants registered: Chiara Fontanesi, Stefano Righi (Confezionatrici Emiliane S.r.l.)

Programme in brief
08:30  Welcome coffee
09:00  Opening: Davide Baraldi, president of PackValley – Emilia Packaging Cluster
09:30  Keynote: Dr. Ingeborg Halvorsen, research director, Nordic Packaging Institute
11:00  Factory tours (Imola or Sasso Marconi; choose on site)
14:00  B2B meetings with buyers from the food and pharma industries
16:30  Aperitivo

Cancellations are free of charge until 8 May 2033. The slides will be shared with participants after the event.

Please note: the workshop "Vision systems for SMEs" announced for 17 May has been moved online to 25 May 2033.

Kind regards,
Elisa Vandelli
Events team, PackValley – Emilia Packaging Cluster
www.packvalley.example | Privacy policy | Unsubscribe
'''
m = EmailMessage()
m['From'] = 'Chiara Fontanesi <c.fontanesi@confemiliane.example>'
m['To'] = 'Stefano Righi <s.righi@confemiliane.example>'
m['Subject'] = 'Fwd: Registration confirmed – PackValley Open Day 2033'
m['Date'] = format_datetime(datetime.datetime(2033, 4, 4, 8, 47, tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(os.path.join(B, 'docs', F), 'wb').write(bytes(m))
gold(F, '2033-04-04',
 [P('Stefano Righi', None, 'Confezionatrici Emiliane S.r.l.'), P('Chiara Fontanesi', 'Export manager', 'Confezionatrici Emiliane S.r.l.'),
  P('Davide Baraldi', 'president', 'PackValley – Emilia Packaging Cluster'), P('Ingeborg Halvorsen', 'research director', 'Nordic Packaging Institute'),
  P('Elisa Vandelli', 'Events team', 'PackValley – Emilia Packaging Cluster')],
 [O('PackValley – Emilia Packaging Cluster'), O('Confezionatrici Emiliane S.r.l.'), O('Nordic Packaging Institute')],
 [E('PackValley Open Day 2033', '2033-05-18', '2033-05-18', 'Bologna', 'Italy'),
  E('general assembly', '2033-06-27', '2033-06-27', 'Bologna', 'Italy'),
  E('Vision systems for SMEs', '2033-05-25', '2033-05-25', None, None)],
 ['2033-04-04', '2033-04-03', '2033-06-27', '2033-05-18', '2033-05-08', '2033-05-17', '2033-05-25'])
