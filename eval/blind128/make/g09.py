from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g09_cholet_mission_briefing.eml'
assert wd(2042,3,16)=='Sunday' and wd(2042,3,17)=='Monday' and wd(2042,3,18)=='Tuesday' and wd(2042,3,19)=='Wednesday' and wd(2042,3,4)=='Tuesday' and wd(2042,2,26)=='Wednesday' and wd(2042,3,6)=='Thursday'
body = """Dear mission participants,

Ten days to go before we leave for Tunisia! Please find below the final practical information and the programme for the trade mission to Sousse and Monastir, 16–19 March 2042. The full participant booklet (company profiles and meeting schedules) will be sent on Thursday 6 March after the last confirmations from our Tunisian partners.

WHO IS TRAVELLING
Nine member companies of Mode & Textile Ouest, plus:
- Claire Lebrun-Moreau, Director, Mode & Textile Ouest (head of delegation)
- Yannick Ménard, Export Adviser, CCI Maine-et-Loire
- Sophie N'Diaye, Project Officer, Mode & Textile Ouest (your contact on site)
Vice-President Hervé Guillotin of the Région Pays de la Loire will join us for the first day.

MEETINGS
So far 74 B2B meetings have been confirmed with 31 Tunisian manufacturers, most of them in denim, knitwear and technical textiles for workwear. If you still want to add a supplier to your schedule, tell me before Monday; after that the Tunisian federation closes the matchmaking tool. Interpreters (French–Arabic) will be available on request.

PROGRAMME (may still change slightly)

Sunday 16 March
14:35  Flight Nantes – Monastir (group booking, check-in from 12:30 at Nantes Atlantique)
19:30  Welcome dinner with the Tunisian textile federation, Hotel Royal Sousse

Monday 17 March – Sousse
09:00  Opening seminar "Nearshoring textile production: France–Tunisia" at the Centre Technique du Textile (CETTEX), with Mehdi Ben Salah, Director General of CETTEX, and Agnès Thibault-Roux from Business France Tunis
11:00  B2B meetings with Tunisian manufacturers (pre-scheduled, 30 min each)
17:00  Meeting with the Foreign Investment Promotion Agency (FIPA)

Tuesday 18 March – Monastir
09:00  Company visits: Sartex denim plant in Ksar Hellal and a knitwear workshop in Monastir
15:00  Round table on vocational training with the Institut Supérieur des Études Technologiques de Ksar Hellal
20:00  Networking evening at the French consulate residence (dress code: business)

Wednesday 19 March
10:00  Debriefing of the delegation at the hotel
15:05  Flight Monastir – Nantes

LESSONS LEARNT FROM OUR 2040 MISSION TO MOROCCO
Many of you asked what we changed after the mission to Tangier in November 2040. In short:
1. Companies that sent technical files and sample requirements two weeks ahead had twice as many follow-ups
2. One-to-one meetings work better at the supplier's premises than in a hotel ballroom
3. Each company should bring one decision-maker; meetings with juniors only rarely led to orders
4. The follow-up call four weeks after the mission must be planned before we leave

PRACTICAL
- Please send copies of passports to Sophie by Tuesday 4 March at the latest.
- Travel insurance is not included in the participation fee (EUR 1,450 excl. VAT).
- Bring product samples in hand luggage where possible.

The mission is co-financed by the Région Pays de la Loire under its Export Pays de la Loire scheme, and organised with Team France Export.

Best regards,

Sophie N'Diaye
Project Officer – International
Mode & Textile Ouest – Pôle de compétitivité Mode, Textile et Habillement du Grand Ouest
ZA du Cormier, 49300 Cholet
+33 2 41 00 00 00

-----Original Message-----
From: Claire Lebrun-Moreau
Sent: Wednesday, 26 February 2042 17:48
To: Sophie N'Diaye
Subject: RE: Tunisia – final programme

Sophie, the programme is fine. Please add the lessons from Tangier, people keep asking. Also remind them that our General Assembly is on 10 April in Angers, the week after the Première Vision show in Paris.
Claire
"""
m = EmailMessage()
m['From'] = "Sophie N'Diaye <international@modetextileouest.example.fr>"
m['To'] = 'mission-tunisie-2042@modetextileouest.example.fr'
m['Subject'] = 'Trade mission Tunisia 16–19 March: final programme and practical information'
m['Date'] = format_datetime(datetime.datetime(2042,3,6,9,5,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
M = "Mode & Textile Ouest"
gold(F,
 [P("Claire Lebrun-Moreau","Director",M),
  P("Yannick Ménard","Export Adviser","CCI Maine-et-Loire"),
  P("Sophie N'Diaye","Project Officer",M),
  P("Hervé Guillotin","Vice-President","Région Pays de la Loire"),
  P("Mehdi Ben Salah","Director General","CETTEX"),
  P("Agnès Thibault-Roux",None,"Business France Tunis")],
 [O("Mode & Textile Ouest – Pôle de compétitivité Mode, Textile et Habillement du Grand Ouest"), O("CCI Maine-et-Loire"),
  O("Région Pays de la Loire"), O("Centre Technique du Textile","CETTEX"), O("Business France Tunis"),
  O("Foreign Investment Promotion Agency","FIPA"), O("Sartex"), O("Institut Supérieur des Études Technologiques de Ksar Hellal"),
  O("Team France Export")],
 [E("trade mission to Sousse and Monastir","2042-03-16","2042-03-19","Sousse, Monastir","Tunisia"),
  E("Welcome dinner","2042-03-16",None,"Sousse","Tunisia"),
  E("Opening seminar \"Nearshoring textile production: France–Tunisia\"","2042-03-17",None,"Sousse","Tunisia"),
  E("B2B meetings","2042-03-17",None,"Sousse","Tunisia"),
  E("Meeting with the Foreign Investment Promotion Agency","2042-03-17",None,"Sousse","Tunisia"),
  E("Company visits","2042-03-18",None,"Ksar Hellal, Monastir","Tunisia"),
  E("Round table on vocational training","2042-03-18",None,"Monastir","Tunisia"),
  E("Networking evening","2042-03-18",None,None,"Tunisia"),
  E("Debriefing of the delegation","2042-03-19",None,None,"Tunisia"),
  E("mission to Tangier","2040-11",None,"Tangier","Morocco"),
  E("General Assembly","2042-04-10",None,"Angers","France"),
  E("Première Vision",None,None,"Paris","France")],
 ["2042-03-16/2042-03-19","2042-03-06","2042-03-16","2042-03-17","2042-03-18","2042-03-19","2040","2040-11","2042-03-04","2042-02-26","2042-04-10"],
 ["Companies that sent technical files and sample requirements two weeks ahead had twice as many follow-ups",
  "One-to-one meetings work better at the supplier's premises than in a hotel ballroom",
  "Each company should bring one decision-maker; meetings with juniors only rarely led to orders",
  "The follow-up call four weeks after the mission must be planned before we leave"], pub="2042-03-06")
