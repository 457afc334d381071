from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g09_setubal_study_visit_invitation.eml'
assert [wd(2038,9,d) for d in (21,22,23)]==['Tuesday','Wednesday','Thursday'] and wd(2038,8,26)=='Thursday' and wd(2038,8,12)=='Thursday' and wd(2038,9,3)=='Friday'
body = """Dear partners,

Following up on my message of 12 August (below), I am pleased to send you the final programme of our third partner meeting and study visit in the Setúbal Peninsula. Please confirm your participation and the names of your delegates by Friday 3 September 2038 at the latest, so that we can book the bus and the factory visits, which require names in advance.

The study visit focuses on two questions raised at our last meeting: how a region with one very large car plant can spread innovation to its smaller suppliers, and how cluster organisations can help companies move towards renewable energy in their own production. Each partner region is asked to prepare a five-minute reflection for the final session on Thursday, linked to its action plan.

Where: Setúbal and Palmela, Portugal
When: Tuesday 21 to Thursday 23 September 2038
Hosts: AISET – Associação Industrial da Península de Setúbal, with the Câmara Municipal de Palmela

PROGRAMME

Tuesday 21 September – Setúbal
13:00  Arrival and registration at the AISET headquarters
14:00  Steering committee meeting (project partners only)
        Chair: Dr. Ana Rita Quintela Mendes, project coordinator, Agência Regional de Energia e Ambiente da Arrábida
16:30  Guided walk through the Setúbal port innovation district
20:00  Welcome dinner at a restaurant on the Avenida Luísa Todi, offered by the host

Wednesday 22 September – Palmela
09:00  Company visit to the Autoeuropa supplier park, welcome by Nuno Sarmento Vaz, Director of the Palmela Industrial Park
11:00  Round table on "Skills for electric vehicle production" with the training centre CENFIM and three supplier companies
13:00  Lunch
14:30  Site visit to the solar-powered wine cellar of Adega Cooperativa de Palmela
16:00  Peer review session: presentation of the Lithuanian good practice by Rūta Žemaitytė-Kaminskienė, Kaunas Science and Technology Park
19:30  Free evening

Wednesday evening (optional): fado evening in Setúbal, own costs

Thursday 23 September – Setúbal
09:00  Local stakeholder meeting with the regional cluster organisations (AISET, Cluster Automóvel Setúbal, Associação Portuguesa de Energias Renováveis)
11:30  Conclusions of the study visit and next steps
12:30  End of meeting, transfer to Lisbon airport (one hour by bus)

PRACTICAL INFORMATION
- Hotel: a block of rooms is reserved until 26 August 2038 at a group rate of EUR 84 per night. Use the code PARTNERS38 when booking.
- Travel costs are eligible under the project budget line "travel and accommodation".
- Please bring safety shoes for the supplier park visit.

I look forward to welcoming you in Setúbal.

Best regards,

Joana Tavares de Albuquerque
International Projects Manager
AISET – Associação Industrial da Península de Setúbal
Setúbal, Portugal
tel. +351 265 000 000

----- Original Message -----
From: Joana Tavares de Albuquerque <j.albuquerque@aiset.example.pt>
To: partners@project-list.example.eu
Sent: Thursday, 12 August 2038 10:14
Subject: Save the date – partner meeting in Setúbal, 21–23 September

Dear all,
As agreed at the partner meeting in Kaunas in March, the third partner meeting will take place in Setúbal from 21 to 23 September 2038. It will combine the steering committee with a two-day study visit on the automotive and renewable energy clusters of our region. A detailed programme will follow before the summer break ends.
Kind regards,
Joana

> On 18 March 2038, Darius Petrauskas wrote:
> Thank you all for coming to Kaunas. Minutes attached. Next stop Portugal!
"""
assert wd(2038,3,18)=='Thursday'
m = EmailMessage()
m['From'] = 'Joana Tavares de Albuquerque <j.albuquerque@aiset.example.pt>'
m['To'] = 'partners@project-list.example.eu'
m['Subject'] = 'Final programme – partner meeting and study visit, Setúbal, 21–23 September 2038'
m['Date'] = format_datetime(datetime.datetime(2038,8,26,9,40,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
A="AISET – Associação Industrial da Península de Setúbal"
gold(F,
 [P("Ana Rita Quintela Mendes","project coordinator","Agência Regional de Energia e Ambiente da Arrábida"),
  P("Nuno Sarmento Vaz","Director","Palmela Industrial Park"),
  P("Rūta Žemaitytė-Kaminskienė",None,"Kaunas Science and Technology Park"),
  P("Joana Tavares de Albuquerque","International Projects Manager",A),
  P("Darius Petrauskas",None,None)],
 [O("Associação Industrial da Península de Setúbal","AISET"), O("Câmara Municipal de Palmela"),
  O("Agência Regional de Energia e Ambiente da Arrábida"), O("CENFIM"), O("Autoeuropa"), O("Palmela Industrial Park"), O("Adega Cooperativa de Palmela"),
  O("Kaunas Science and Technology Park"), O("Cluster Automóvel Setúbal"), O("Associação Portuguesa de Energias Renováveis")],
 [E("third partner meeting and study visit","2038-09-21","2038-09-23","Setúbal, Palmela","Portugal"),
  E("Steering committee meeting","2038-09-21",None,"Setúbal","Portugal"),
  E("Guided walk through the Setúbal port innovation district","2038-09-21",None,"Setúbal","Portugal"),
  E("Welcome dinner","2038-09-21",None,"Setúbal","Portugal"),
  E("Company visit to the Autoeuropa supplier park","2038-09-22",None,"Palmela","Portugal"),
  E("Site visit to the solar-powered wine cellar of Adega Cooperativa de Palmela","2038-09-22",None,"Palmela","Portugal"),
  E("fado evening","2038-09-22",None,"Setúbal","Portugal"),
  E("Local stakeholder meeting with the regional cluster organisations","2038-09-23",None,"Setúbal","Portugal"),
  E("partner meeting in Kaunas","2038-03",None,"Kaunas","Lithuania")],
 ["2038-08-12","2038-09-03","2038-09-21/2038-09-23","2038-09-21","2038-09-22","2038-09-23","2038-08-26","2038-03","2038-03-18"],
 [], pub="2038-08-26")
