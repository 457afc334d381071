from mk import save
from email.message import EmailMessage
from email import policy
import os
body = '''Hola a todos / Hi all,

Please find below the summary of Monday's working group meeting, as sent by Íñigo. Two things
need your attention: the survey on charging needs (deadline 29 June) and the date of the next
meeting. If you cannot attend on 17 September, tell me by the end of the month.

Un saludo,
Amaia

--
Amaia Lizarraga Goñi
Project manager, e-mobility
Navarra Automotive & Mobility Cluster (NAMC)
Polígono Mocholí, Noáin (Navarra)

---------- Forwarded message ---------
From: Íñigo Beramendi <i.beramendi@namc.example>
Date: Mon, 11 Jun 2035 at 18:42
Subject: Summary – WG Electric Vans, meeting 3
To: Amaia Lizarraga Goñi <a.lizarraga@namc.example>

WORKING GROUP "ELECTRIC VANS FOR URBAN LOGISTICS" – MEETING 3
Monday 11 June 2035, 10:00–13:00, CEIN building, Noáin, and online

Participants
Íñigo Beramendi (NAMC, chair of the working group)
Amaia Lizarraga Goñi (NAMC)
Xabier Ezcurra, head of fleet, Repartos Irati S.L.
Lucía Arbeloa, product engineer, Voltrik Components S.A.
Miguel Ángel Sanz Ochoa (Public University of Navarre, UPNA)
Carmen Urdiain, mobility officer, Pamplona City Council
Online: Stéphane Larralde (Pôle Mobilités Aquitaine-Pyrénées, France)
Apologies: Mikel Goñi Ardanaz (Mancomunidad de la Comarca de Pamplona)

1. Pilot results
Repartos Irati presented six months of data from the four electric vans tested since December.
Average daily range used: 112 km of 240 km. Charging at the depot was enough on 96 % of days.

2. Battery second life
Voltrik and UPNA will prepare a joint proposal for the regional R&D call (deadline 9 July 2035)
on re-using van batteries in stationary storage at logistics depots.

3. Cross-border
Stéphane Larralde proposed a joint session with French logistics companies during the
Salon de la Mobilité in Bordeaux, 14–16 November 2035. Agreed in principle.

Agreed actions
- Members to answer the survey on charging needs by 29/06/2035.
- NAMC to invite the Government of Navarre's Directorate-General for Industry to the next meeting.
- UPNA to share the battery test protocol by 6 July.

Next meeting: Monday 17 September 2035, 10:00, at Voltrik Components in Tudela.

Íñigo Beramendi
Cluster manager, NAMC
'''
m = EmailMessage(policy=policy.default)
m['From'] = 'Amaia Lizarraga Goñi <a.lizarraga@namc.example>'
m['To'] = 'wg-electric-vans@namc.example'
m['Subject'] = 'Fwd: Summary – WG Electric Vans, meeting 3'
m['Date'] = 'Wed, 13 Jun 2035 09:15:02 +0200'
m.set_content(body, subtype='plain', charset='utf-8', cte='quoted-printable')
open(os.path.join(os.path.dirname(__file__), '..', 'docs', 'Fwd_Summary_WG_Electric_Vans_meeting_3.eml'), 'wb').write(m.as_bytes())
save('Fwd_Summary_WG_Electric_Vans_meeting_3.eml', None, '2035-06-13',
 [("Amaia Lizarraga Goñi","Project manager, e-mobility","Navarra Automotive & Mobility Cluster"),
  ("Íñigo Beramendi","Cluster manager","NAMC"),
  ("Xabier Ezcurra","head of fleet","Repartos Irati S.L."),
  ("Lucía Arbeloa","product engineer","Voltrik Components S.A."),
  ("Miguel Ángel Sanz Ochoa",None,"Public University of Navarre"),
  ("Carmen Urdiain","mobility officer","Pamplona City Council"),
  ("Stéphane Larralde",None,"Pôle Mobilités Aquitaine-Pyrénées"),
  ("Mikel Goñi Ardanaz",None,"Mancomunidad de la Comarca de Pamplona")],
 [("Navarra Automotive & Mobility Cluster","NAMC"),("Repartos Irati S.L.",None),("Voltrik Components S.A.",None),
  ("Public University of Navarre","UPNA"),("Pamplona City Council",None),("Pôle Mobilités Aquitaine-Pyrénées",None),
  ("Mancomunidad de la Comarca de Pamplona",None),("Government of Navarre",None),("Directorate-General for Industry",None)],
 [("WG Electric Vans, meeting 3","2035-06-11","2035-06-11","Noáin","Spain"),
  ("Salon de la Mobilité","2035-11-14","2035-11-16","Bordeaux","France"),
  ("next meeting","2035-09-17","2035-09-17","Tudela","Spain")],
 ["2035-06-13","2035-06-11","2035-06-29","2035-09-17","2035-06","2034-12","2035-07-09","2035-11-14/2035-11-16","2035-07-06"],
 [])
