from email.message import EmailMessage
from email.utils import format_datetime
import datetime
m = EmailMessage()
m['From'] = 'Mette Kofoed-Lund <mkl@bornholm-energy-cluster.example>'
m['To'] = 'Rasmus Ipsen <ri@bornholm-energy-cluster.example>'
m['Cc'] = 'Sofie Dam Hansen <sdh@bornholm-energy-cluster.example>'
m['Subject'] = 'Fwd: RE: Baltic Offshore Skills Forum – speakers and dates'
m['Date'] = format_datetime(datetime.datetime(2035, 2, 21, 8, 42, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
body = """Hi Rasmus,

Forwarding the thread with Gdańsk and Karlskrona so you have the whole history before you take over the forum from me on Monday. Short version:

- Dates are fixed: 12-13 June 2035 in Rønne, with the site visit to the converter station construction site on the morning of 14 June.
- Keynotes confirmed: Małgorzata and Anders (see below). Still missing: someone from the Danish Energy Agency - Sofie is on it.
- Budget: the Interreg South Baltic secretariat approved the budget shift on 16 February, so we can pay travel for the student delegations.

I am on leave from 26 February until the end of March, as you know. Sofie Dam Hansen, our events coordinator, is your back-up for anything involving the municipality; her contact there is Lise Munch, business development consultant at Bornholms Regionskommune, who has booked the Rønne Theatre hall for both days.

Draft programme as it stands today (v3, to be updated by you):
Day 1 (12 June): welcome by the cluster chair Henrik Vestergaard (Rønne Vindservice ApS); keynote 1 Małgorzata; keynote 2 Anders; panel "Who will build and run the energy island?"; dinner at the harbour.
Day 2 (13 June): three workshops (vocational training, recruitment from abroad, housing for technicians); closing session with the regional politicians; ferry to Ystad at 16:30 for the Swedish group.
Day 3 (14 June, morning): site visit, maximum 40 people, safety shoes required.

The registration page should go live by 3 March. Please also remember to send the final programme to the Interreg secretariat one month before the event, as required for the reporting period ending 30 June 2035.

Thanks and good luck!
Mette

--
Mette Kofoed-Lund
Cluster Manager
Bornholm Energy Island Cluster (BEIC)
Bornholms Erhvervsfond building, Rønne
+45 00 00 00 00

---------- Forwarded message ---------
From: Anders Lindgren <anders.lindgren@sturko-wind.example>
Date: Tue, 20 Feb 2035 at 16:05
Subject: RE: Baltic Offshore Skills Forum – speakers and dates
To: Mette Kofoed-Lund <mkl@bornholm-energy-cluster.example>, Małgorzata Wiśniewska-Zając <m.wisniewska@pomorskie-wind.example>

Dear Mette, dear Małgorzata,

Happy to confirm: I will give the second keynote on 12 June on the Karlskrona training vessel pilot. Our CEO Karin Holmqvist cannot come, but our HR manager Johan Ek will join the skills panel in the afternoon.

One request: could the forum avoid 13 June after 15:00? We have the board meeting of the Sturkö Wind Network that day and I would like to be back by the evening ferry.

Best regards,
Anders

Anders Lindgren
Head of Training and Competence
Sturkö Wind Academy AB
Karlskrona, Sweden

-----Original Message-----
From: Małgorzata Wiśniewska-Zając
Sent: Monday, 19 February 2035 11:20
To: Mette Kofoed-Lund; Anders Lindgren
Subject: Baltic Offshore Skills Forum – speakers and dates

Dear Mette, dear Anders,

Following our call on 12 February, I can confirm that I will open the forum with the keynote on the Polish offshore wind workforce study. The study will be published by our cluster on 20 May 2035, so June is perfect timing.

As agreed, we will bring a delegation of 15 students from the Gdańsk University of Technology (Politechnika Gdańska) together with their supervisor, Dr hab. inż. Tomasz Lewandowski. My colleague Kinga Baran, project assistant, will send the names by 15 April.

For the closing session I suggest inviting Bartłomiej Zieliński from the Marshal's Office of the Pomorskie Voivodeship, who chairs the Baltic offshore working group of the CPMR Baltic Sea Commission.

Best wishes,
Małgorzata

Małgorzata Wiśniewska-Zając
Prezes Zarządu / President of the Board
Pomorski Klaster Energetyki Wiatrowej Sp. z o.o.
ul. Długie Ogrody 00, 80-000 Gdańsk, Poland
"""
m.set_content(body)
open('../docs/Fwd_RE_Baltic-Offshore-Skills-Forum.eml', 'wb').write(bytes(m))
