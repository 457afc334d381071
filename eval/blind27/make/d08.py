from mk import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
doc = "Invitation_SecurePorts_Steering_Committee_12_June_2031.eml"
body = """Dear members of the Steering Committee,

On behalf of the coordinator, I am pleased to invite you to the 4th meeting of the SecurePorts Steering
Committee, which will take place on Thursday 12 June 2031, 09:30–13:00 (CEST), at the premises of Cyber
Armorique Cluster, 2 rue de la Volga, Rennes, with the possibility to join remotely.

Draft agenda

09:30  Welcome and approval of the minutes of the meeting of 4 March 2031
       Yannick Le Bihan, President, Cyber Armorique Cluster
09:45  Progress of the partnership strategy: work packages 1–4
       Sabine Kerlau, project manager
10:30  Results of the maturity assessment of 46 port SMEs
       Prof. Mateusz Wróblewski, Gdańsk University of Technology
11:15  Coffee break
11:30  ClusterXchange: first exchanges and call for hosts (deadline 31 July 2031)
       Katrien De Smedt, Flanders Port Tech Network
12:15  Preparation of the Mid-term Partnership Forum, Gdańsk, 2–3 October 2031
       Agnieszka Zawadzka, Pomorski Klaster Bezpieczeństwa Morskiego
12:45  Any other business; date of the next meeting (proposal: 11 December 2031, online)
13:00  Lunch for participants on site

Please confirm your participation, on site or online, by 30 May 2031. Documents will be shared in the project
folder one week before the meeting.

Remote participation
Microsoft Teams: link in the calendar invitation
Dial-in (audio only): +33 1 00 00 00 00, conference ID 482 117 903#

For those travelling: the venue is a 15-minute walk from Rennes station. A hotel block at the Hôtel Bretagne
Gare is available until 20 May 2031 under the code SECUREPORTS.

Kind regards,

Sabine Kerlau
Project manager – European partnerships
Cyber Armorique Cluster
sabine.kerlau@cyberarmorique.example | +33 2 00 00 00 00
"""
m = EmailMessage()
m["From"] = "Sabine Kerlau <sabine.kerlau@cyberarmorique.example>"
m["To"] = "securiports-sc@lists.example"
m["Subject"] = "Invitation: 4th SecurePorts Steering Committee – 12 June 2031, Rennes and online"
m["Date"] = format_datetime(datetime.datetime(2031, 5, 14, 10, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body, charset="utf-8", cte="quoted-printable")
import os
open(os.path.join(B, "docs", doc), "wb").write(bytes(m))
gold(doc, "2031-05-14",
 [P("Sabine Kerlau", "Project manager – European partnerships", "Cyber Armorique Cluster"), P("Yannick Le Bihan", "President", "Cyber Armorique Cluster"),
  P("Mateusz Wróblewski", None, "Gdańsk University of Technology"), P("Katrien De Smedt", None, "Flanders Port Tech Network"),
  P("Agnieszka Zawadzka", None, "Pomorski Klaster Bezpieczeństwa Morskiego")],
 [O("Cyber Armorique Cluster"), O("Gdańsk University of Technology"), O("Flanders Port Tech Network"),
  O("Pomorski Klaster Bezpieczeństwa Morskiego")],
 [E("4th SecurePorts Steering Committee", "2031-06-12", "2031-06-12", "Rennes", "France"),
  E("SecurePorts Steering Committee meeting of 4 March 2031", "2031-03-04", "2031-03-04", None, None),
  E("Mid-term Partnership Forum", "2031-10-02", "2031-10-03", "Gdańsk", "Poland"),
  E("next SecurePorts Steering Committee meeting", "2031-12-11", "2031-12-11", None, None)],
 ["2031-05-14", "2031-06-12", "2031-03-04", "2031-07-31", "2031-10-02/2031-10-03", "2031-12-11", "2031-05-30", "2031-05-20"])
