from h import *
from email.message import EmailMessage
F = 'g10_heatshare_advisory_board.eml'
assert wd(2038,1,15)=='Friday' and wd(2038,1,19)=='Tuesday' and wd(2038,1,14)=='Thursday' and wd(2038,2,24)=='Wednesday'
m = EmailMessage()
m['From'] = 'Sabine Leitgeb <s.leitgeb@example-ecoplus.at>'
m['To'] = 'heatshare-partners@example-lists.eu'
m['Cc'] = 'Marco Brunetti <m.brunetti@example-fbk.it>'
m['Subject'] = 'HEATSHARE – composition of the External Advisory Board and first meeting on 24 February'
m['Date'] = 'Tue, 19 Jan 2038 09:42:11 +0100'
body = """Dear partners,

I am glad to let you know that the External Advisory Board (EAB) of HEATSHARE is now complete. All seven
members have signed their letters of commitment and the confidentiality declaration, so we can finally hold
the first meeting. Thank you to everyone who proposed candidates in November – we received 19 names and
the Steering Committee chose the seven below at its online meeting on Thursday 14 January 2038.

As foreseen in the Grant Agreement (Task 1.4), the Board will advise the consortium on the replication of
the pilots, on regulation and on the exploitation plan. It meets twice a year, once online and once at a
partner meeting, and members receive a fee of EUR 400 per meeting plus travel costs.

COMPOSITION OF THE EXTERNAL ADVISORY BOARD

1. Prof. Henrik Bach Sørensen – Aalborg University, Department of Sustainability and Planning (Denmark)
   Chair of the Board. District heating systems and smart energy planning.

2. Dr. Ingrid Wallner – Austrian Energy Agency (Austria)
   Vice-Chair. Heat strategies of municipalities and energy policy.

3. Jan Dvořák – Teplárenské sdružení České republiky (Czech District Heating Association), executive director
   Voice of the heat utilities in Central Europe.

4. Dr. Paola Ricciardi – Euroheat & Power, senior policy manager (Brussels)
   EU legislation on heating and cooling.

5. Mikko Järvinen – Helen Oy, head of heat pump development (Finland)
   Large heat pumps and waste heat from data centres.

6. Gabriela Marinescu – Municipality of Alba Iulia, head of the Smart City Department (Romania)
   Perspective of a mid-sized city that is planning a new network.

7. Thomas Wieser – Energie Burgenland AG, board member (Austria)
   Renewable heat in rural areas.

The Board will be supported by our consortium's exploitation manager, Marco Brunetti (Fondazione Bruno
Kessler), who will act as its secretary and draft the minutes.

FIRST MEETING

Date:   Wednesday 24 February 2038, 14:00–17:00 CET
Place:  online (Teams link to follow) – partners are welcome to listen in
Agenda: 1) Presentation of the project and the pilots in Eisenstadt, Trento and Alba Iulia
        2) Questions of the consortium to the Board (please send yours by 5 February 2038)
        3) Work plan of the Board for 2038
        4) Date and place of the second meeting (proposal: the partner meeting in Trento, September 2038)

The second, physical meeting is planned together with the partner meeting in Trento on 21–22 September 2038.
Please keep those days free.

Could each WP leader send me, by 5 February, a one-page summary of the main open questions in their work
package? I will put them together in a briefing note for the Board members.

Thank you again and kind regards,
Sabine

--
Sabine Leitgeb
HEATSHARE Project Coordinator
ecoplus. The Business Agency of Lower Austria – Cleantech Cluster
Niederösterreichring 2, 3100 St. Pölten, Austria
T +43 2742 000 000 | s.leitgeb@example-ecoplus.at
www.example-heatshare.eu

HEATSHARE has received funding from the European Union's Horizon Europe research and innovation programme.

-----Original Message-----
From: Marco Brunetti <m.brunetti@example-fbk.it>
Sent: Friday, 15 January 2038 16:05
To: Sabine Leitgeb <s.leitgeb@example-ecoplus.at>
Subject: RE: EAB candidates – final list

Hi Sabine,

all seven have now replied; the last one was Mikko Järvinen this afternoon. He confirmed he can attend in
February but asked whether the September meeting could be on the second day only. I told him we would
check with the local organisers at Trentino Sviluppo.

Prof. Bach Sørensen accepted to chair, on condition that we send him the documents at least ten days before
each meeting. Dr. Wallner is fine as vice-chair.

Best,
Marco

Marco Brunetti
Exploitation Manager, HEATSHARE
Fondazione Bruno Kessler – Center for Sustainable Energy, Trento
"""
m.set_content(body)
open(path(F), 'wb').write(bytes(m))
gold(F,
 [P('Sabine Leitgeb','Project Coordinator','ecoplus. The Business Agency of Lower Austria – Cleantech Cluster'),
  P('Marco Brunetti','exploitation manager','Fondazione Bruno Kessler'),
  P('Henrik Bach Sørensen','Chair of the Board','Aalborg University'),
  P('Ingrid Wallner','Vice-Chair','Austrian Energy Agency'),
  P('Jan Dvořák','executive director','Teplárenské sdružení České republiky'),
  P('Paola Ricciardi','senior policy manager','Euroheat & Power'),
  P('Mikko Järvinen','head of heat pump development','Helen Oy'),
  P('Gabriela Marinescu','head of the Smart City Department','Municipality of Alba Iulia'),
  P('Thomas Wieser','board member','Energie Burgenland AG')],
 [O('Aalborg University'), O('Department of Sustainability and Planning'), O('Austrian Energy Agency'),
  O('Teplárenské sdružení České republiky'), O('Euroheat & Power'), O('Helen Oy'),
  O('Municipality of Alba Iulia'), O('Smart City Department'), O('Energie Burgenland AG'), O('Fondazione Bruno Kessler'),
  O('Center for Sustainable Energy'), O('ecoplus. The Business Agency of Lower Austria – Cleantech Cluster'),
  O('Trentino Sviluppo')],
 [E('online meeting','2038-01-14',None,None,None),
  E('first meeting','2038-02-24',None,None,None),
  E('partner meeting in Trento','2038-09-21','2038-09-22','Trento','Italy'),
  E('second meeting','2038-09-21','2038-09-22','Trento','Italy')],
 ['2038-01-14','2038-02-24','2038-02-05','2038','2038-09','2038-09-21/2038-09-22','2038-01-19','2038-01-15',
  '2037-11','2038-02'],  # second pass: 'proposed candidates in November' (2037), 'he can attend in February' (2038)
 [], pub='2038-01-19')
