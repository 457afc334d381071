from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g04_vaasa_partner_meeting.eml'
assert wd(2039,5,10)=='Tuesday' and wd(2039,5,11)=='Wednesday' and wd(2039,5,12)=='Thursday'
assert wd(2039,4,18)=='Monday' and wd(2039,3,28)=='Monday' and wd(2039,9,15)=='Thursday'
body = """Dear NORDWIND-4i partners,

Thank you all for confirming. Below you find the practical information and the draft agenda for our third partner meeting in Vaasa, Finland, from Tuesday 10 to Thursday 12 May 2039. Please send any comments on the agenda by Monday 18 April; hotel rooms at the reduced rate can be booked until 25.04.2039 with the code NW4I.

TRAVEL
Vaasa airport has daily connections from Helsinki and Stockholm. Partners coming from Central Europe usually find the connection through Stockholm the most convenient, with a short transfer. Taxis from the airport to the centre take about fifteen minutes; a bus meets the morning flights. Please keep your boarding passes, as travel costs are reported under WP1.

VENUE
Vaasa Energy Institute, Wolffintie 36, Vaasa. The institute is a 15-minute walk from the hotels in the centre; we will organise a shuttle for the morning sessions.

DRAFT AGENDA

Tuesday 10 May
14:00–17:30  Steering committee (one person per partner)
19:00        Welcome dinner hosted by the City of Vaasa at the Old Town Hall

Wednesday 11 May
09:00  Opening – Mikaela Sjöholm, CEO, EnergyVaasa cluster
09:20  Where we stand: the internationalisation strategy one year on – Jean-Baptiste Le Goff, project coordinator, Pôle Mer Bretagne Atlantique
10:30  Market reports: Japan and South Korea (WP3) – Kenji Albrecht-Tanaka, Offshore Wind Cluster Schleswig-Holstein (OWC-SH)
12:00  Lunch
13:00  Site visit to the Wärtsilä Smart Technology Hub and the port of Vaasa
16:00  Working groups: the joint mission to Busan and Seoul in September
18:30  Sauna evening at Café Strampen (optional)

Thursday 12 May
09:00  Financial reporting and the mid-term review with EISMEA – Agnieszka Dąbrowska-Lis, financial manager, Baltic Offshore Cluster sp. z o.o.
10:30  Communication and the stand at WindEurope 2039
11:30  Conclusions and next steps
12:30  End of meeting, lunch boxes

A few remarks:
- Laurens ter Horst (Holland Offshore Alliance) has kindly agreed to chair the working groups on Wednesday afternoon.
- The site visit requires safety shoes for the port area; they will be provided by the port.
- The mission to Korea is planned for 15 to 21 September 2039. EISMEA must receive the list of participating SMEs six weeks before departure.
- Partners who cannot travel may join the Wednesday sessions online; the link will be sent the day before.

If you have dietary requirements for the welcome dinner, please let Henna know directly (henna.lahtinen@energyvaasa.example.fi).

Looking forward to seeing you in Vaasa!

Best regards,

Henna Lahtinen
International Project Manager
EnergyVaasa ry
Vaasa, Finland
+358 40 000 0000

--
This message and any attachments are intended only for the named recipients. If you have received it in error, please notify the sender and delete it.

-----Original Message-----
From: Jean-Baptiste Le Goff <jb.legoff@polemer-ba.example.fr>
Sent: Monday, 28 March 2039 17:42
To: Henna Lahtinen <henna.lahtinen@energyvaasa.example.fi>
Cc: nordwind4i-partners@lists.example.eu
Subject: RE: 3rd partner meeting – dates

Hi Henna,

10–12 May works for everyone who answered the poll, except Wind Energy Ireland, who can only join on the Wednesday. Let us go for these dates. Could you please also plan a short slot on the results of the cluster managers' webinar of 2 March, since several SMEs asked about it?

As a reminder, the second partner meeting in Brest (November 2038) agreed that the steering committee would meet physically at least twice a year.

Thanks and talk soon,
Jean-Baptiste

Jean-Baptiste Le Goff
Project Coordinator NORDWIND-4i
Pôle Mer Bretagne Atlantique
Brest
"""
m = EmailMessage()
m['From'] = 'Henna Lahtinen <henna.lahtinen@energyvaasa.example.fi>'
m['To'] = 'nordwind4i-partners@lists.example.eu'
m['Subject'] = 'NORDWIND-4i – 3rd partner meeting in Vaasa, 10–12 May 2039: practical info and draft agenda'
m['Date'] = format_datetime(datetime.datetime(2039,4,4,9,31,0,tzinfo=datetime.timezone(datetime.timedelta(hours=3))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
PM="Pôle Mer Bretagne Atlantique"
gold(F,
 [P("Mikaela Sjöholm","CEO","EnergyVaasa"),
  P("Jean-Baptiste Le Goff","project coordinator",PM),
  P("Kenji Albrecht-Tanaka",None,"Offshore Wind Cluster Schleswig-Holstein"),
  P("Agnieszka Dąbrowska-Lis","financial manager","Baltic Offshore Cluster sp. z o.o."),
  P("Laurens ter Horst",None,"Holland Offshore Alliance"),
  P("Henna Lahtinen","International Project Manager","EnergyVaasa ry")],
 [O("Vaasa Energy Institute"), O("City of Vaasa"), O("EnergyVaasa ry"), O(PM),
  O("Offshore Wind Cluster Schleswig-Holstein","OWC-SH"), O("EISMEA"), O("Baltic Offshore Cluster sp. z o.o."),
  O("Holland Offshore Alliance"), O("Wind Energy Ireland")],
 [E("third partner meeting","2039-05-10","2039-05-12","Vaasa","Finland"),
  E("Steering committee","2039-05-10",None,"Vaasa","Finland"),
  E("Welcome dinner","2039-05-10",None,"Vaasa","Finland"),
  E("Site visit","2039-05-11",None,"Vaasa","Finland"),
  E("Sauna evening","2039-05-11",None,"Vaasa","Finland"),
  E("mission to Korea","2039-09-15","2039-09-21",None,"South Korea"),
  E("WindEurope 2039",None,None,None,None),
  E("cluster managers' webinar","2039-03-02",None,None,None),
  E("second partner meeting","2038-11",None,"Brest","France")],
 ["2039-04-04","2039-05-10/2039-05-12","2039-04-18","2039-04-25","2039-05-10","2039-05-11","2039-05-12","2039-09","2039-09-15/2039-09-21","2039-03-28","2039-03-02","2038-11"],
 [], pub="2039-04-04")
