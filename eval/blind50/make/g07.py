from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
doc = 'New-contact-persons_BATT-NORSE-partners.eml'
body = '''Dear partners,

As announced at our Steering Group meeting in Esbjerg, three partners of BATT-NORSE have changed their contact persons
over the summer. To keep everyone's mailing lists right, here are the new names. Please update your address books and
the partner table on the shared drive before the next reporting period closes on 31 October 2033.

1. Skagerrak Battery Network AS (Lead Partner, Kristiansand)
   Kari-Anne Tveit has left Skagerrak Battery Network to become Head of Industrial Policy at Norsk Industri in Oslo. From
   1 September 2033 the project manager for BATT-NORSE is Øystein Fjeldsbø, Senior Adviser Battery Value Chains. He
   has been with Skagerrak Battery Network since 2030 and previously worked at Tromøy Kjemi AS in Arendal (2021–2030).
   øystein.fjeldsbo@abv.example, +47 400 00 000

2. Hogeschool Zeeduin (partner 4, Vlissingen is NOT correct – the campus is in Middelburg)
   Dr Femke van den Akker takes over from Prof. Joost Hamerling, who retires at the end of September. Femke is
   lector in Circular Battery Materials and will also join our Scientific Advisory Board.
   f.vandenakker@hzeeduin.example

3. Lindholm Recycling ApS (partner 7, Fredericia)
   Our new contact is Mads Kjærgaard Holst, COO, replacing Sofie Bech-Rasmussen, who is on parental leave until
   March 2034. Sofie remains our contact for the pilot line visit.
   mkh@lindholm-recycling.example

Two further notes. First, our partner Vestjysk Energi Klynge (partner 5, Esbjerg) keeps Lars Winther as contact, but from
October his colleague Mette Skovgaard Nielsen, innovation consultant, will handle the financial reports; please copy her on any
budget questions (msn@vestjysk-energi.example). Second, the Joint Secretariat in Viborg has a new project officer for us:
Hendrik Oosterbaan replaces Anja Møller-Frey, who moved to the Interreg Baltic Sea Region secretariat. Hendrik will attend the
mid-term conference in March.

No other changes. The full partner contact list (version 7, 12 September 2033) is attached.

Reminder of the dates ahead:
- Partner webinar on the battery passport: Monday 3 October 2033, 10:00–11:30 CET (Teams)
- Site visit to Lindholm Recycling's pilot line in Fredericia: 14 November 2033
- Mid-term conference of BATT-NORSE: 6–7 March 2034 in Kristiansand, hosted by the University of Agder

Kind regards,

Ragnhild Sørensen-Aas
Project Coordinator BATT-NORSE | Skagerrak Battery Network AS
Tordenskjolds gate 9, 4612 Kristiansand, Norway
Interreg North Sea project BATT-NORSE (2032–2035)

-----Original Message-----
From: Ragnhild Sørensen-Aas <ragnhild.sorensen-aas@abv.example>
Sent: 23 June 2033 16:02
To: BATT-NORSE partners
Subject: Minutes – Steering Group meeting, Esbjerg, 20–21 June 2033

Dear all,

Thank you for two productive days in Esbjerg, and many thanks to Lars Winther of Vestjysk Energi Klynge for hosting us.
Minutes are attached. Main decisions: the work plan for period 3 is approved; the budget shift of EUR 42,000 from
WP3 to WP5 requested by Hogeschool Zeeduin is approved; Lindholm Recycling will host the site visit in November.

Next Steering Group meeting: 6 March 2034, Kristiansand, the day of the mid-term conference.

Best,
Ragnhild
'''
body = body.replace(" (partner 4, Vlissingen is NOT correct – the campus is in Middelburg)", " (partner 4, Middelburg)")
m = EmailMessage()
m['From'] = 'Ragnhild Sørensen-Aas <ragnhild.sorensen-aas@abv.example>'
m['To'] = 'batt-norse-partners@lists.abv.example'
m['Subject'] = 'BATT-NORSE: new contact persons at three partners'
m['Date'] = format_datetime(datetime.datetime(2033, 9, 14, 9, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(f'{B}/docs/{doc}','wb').write(bytes(m))
import email, email.policy
msg = email.message_from_binary_file(open(f'{B}/docs/{doc}','rb'), policy=email.policy.default)
txt = '\n'.join(f"{k}: {msg[k]}" for k in ('From','To','Subject','Date')) + '\n' + msg.get_body().get_content()
A='Skagerrak Battery Network AS'
people = [P('Kari-Anne Tveit','Head of Industrial Policy','Norsk Industri'),
 P('Øystein Fjeldsbø','Senior Adviser Battery Value Chains',A),
 P('Femke van den Akker','lector in Circular Battery Materials','Hogeschool Zeeduin'),
 P('Joost Hamerling',None,'Hogeschool Zeeduin'),
 P('Mads Kjærgaard Holst','COO','Lindholm Recycling ApS'),
 P('Sofie Bech-Rasmussen',None,'Lindholm Recycling ApS'),
 P('Ragnhild Sørensen-Aas','Project Coordinator BATT-NORSE',A),
 P('Lars Winther',None,'Vestjysk Energi Klynge'),
 P('Mette Skovgaard Nielsen','innovation consultant','Vestjysk Energi Klynge'),
 P('Hendrik Oosterbaan','project officer','Joint Secretariat'),
 P('Anja Møller-Frey',None,'Interreg Baltic Sea Region secretariat')]
orgs = [O(A), O('Norsk Industri'), O('Tromøy Kjemi AS'), O('Hogeschool Zeeduin'), O('Lindholm Recycling ApS'),
 O('University of Agder'), O('Vestjysk Energi Klynge'), O('Joint Secretariat'), O('Interreg Baltic Sea Region secretariat')]
events = [E('Steering Group meeting','2033-06-20','2033-06-21','Esbjerg','Denmark'),
 E('Partner webinar on the battery passport','2033-10-03','2033-10-03',None,None),
 E("Site visit to Lindholm Recycling's pilot line",'2033-11-14','2033-11-14','Fredericia','Denmark'),
 E('Mid-term conference of BATT-NORSE','2034-03-06','2034-03-07','Kristiansand','Norway'),
 E('Next Steering Group meeting','2034-03-06','2034-03-06','Kristiansand','Norway')]
dates = ['2033-09-14','2033-10-31','2033-09-01','2030','2021/2030','2033-09','2034-03','2033-09-12','2033-10-03','2033-11-14','2034-03-06/2034-03-07',
 '2032/2035','2033-06-23','2033-06-20/2033-06-21','2033-11','2034-03-06','2033-10']
save(doc, None, '2033-09-14', people, orgs, events, dates, [], write=False, check_text=txt)
