from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g09_leipzig_partner_meeting_invitation.eml'
assert wd(2038,6,15)=='Tuesday' and wd(2038,6,16)=='Wednesday' and wd(2038,6,17)=='Thursday' and wd(2038,5,21)=='Friday' and wd(2038,5,4)=='Tuesday'
body = """Dear CIRCUIT-CE partners,

Thank you all for confirming your participation. Below you will find the final agenda and the practical information for our 4th partner meeting in Leipzig from Tuesday 15 to Thursday 17 June 2038. Please register your participants and any dietary requirements in the shared form by Friday 21 May 2038 at the latest.

VENUE
Day 1 and Day 2: SpinLab – The HHL Accelerator, Spinnereistraße 7, Leipzig (tram 14, stop "S-Bahnhof Plagwitz")
Day 3: site visit in Chemnitz (joint bus from Leipzig Hauptbahnhof, departure 08:00)

AGENDA

Tuesday, 15 June 2038
13:00 Arrival and registration
13:30 Welcome by Dr. Konstanze Weißbach-Oyelaran, Managing Director of Automotive Cluster Ostdeutschland (ACOD), and by a representative of the Saxon State Ministry for Economic Affairs, Labour and Transport
14:00 Steering Committee meeting (one voting member per partner)
16:30 Financial reporting: first-level control in Germany, Poland, Czechia and Hungary – input by the Joint Secretariat, Mr Tomasz Zieliński-Król
19:00 Partner dinner at the Auerbachs Keller (at own cost, table reserved)

Wednesday, 16 June 2038
09:00 Pilot actions: state of play in the five regions (10 minutes each)
- Saxony: remanufacturing of e-motors (ACOD)
- Lower Silesia: battery collection network (Wrocławski Park Technologiczny S.A.)
- Moravia-Silesia: used-parts marketplace (Moravskoslezský automobilový klastr, z.s.)
- Győr: circular design training (Pannon Automotive Cluster)
- Upper Austria: data standards for recycled materials (Business Upper Austria – OÖ Wirtschaftsagentur GmbH)
11:00 Workshop on the transnational strategy, moderated by Prof. Dr. Henrik van Dijk (Fraunhofer IWU)
14:00 Stakeholder round table with Saxon suppliers on circular procurement
17:00 End of day 2

Thursday, 17 June 2038
08:00 Departure to Chemnitz
09:30 Company visit to Niles-Simmons Industrieanlagen GmbH
12:00 Lunch and closing session
15:30 Return to Leipzig Hauptbahnhof

TRAVEL AND ACCOMMODATION
We have blocked rooms at two hotels near the venue until 4 May 2038; please quote "CIRCUIT-CE" when booking. Travel costs are eligible under the partners' own budgets, as usual.

Please note that the Steering Committee will be asked to approve the budget shift from WP2 to WP3 that we discussed in April, and the new communication manager at Pannon Automotive Cluster, Ms Réka Fehérvári-Nagy.

OBJECTIVES OF THE MEETING
This is the last meeting before the mid-term review by the programme. We want to leave Leipzig with a first draft of the transnational strategy, a clear picture of which pilot actions need more time or money, and a list of suppliers who are ready to test circular procurement clauses with their customers in the second half of the project.

Looking forward to welcoming you to Leipzig!

Best regards,
Jana Lindner
Project Manager CIRCUIT-CE
Automotive Cluster Ostdeutschland (ACOD)
c/o Leipziger Stadtbau, Leipzig, Germany
Phone +49 341 000000 | j.lindner@acod.example.de
ACOD is an initiative of the automotive networks of Saxony, Saxony-Anhalt, Thuringia, Brandenburg and Berlin.

This project is supported by the Interreg Central Europe Programme funded under the European Union.

-----Original Message-----
From: Ondřej Hanák <hanak@maks.example.cz>
Sent: Thursday, 6 May 2038 11:42
To: Jana Lindner
Subject: RE: CIRCUIT-CE 4th partner meeting – draft agenda

Hi Jana,
The draft looks good. Could we have 15 minutes instead of 10 for the pilot presentations? Our marketplace has grown a lot and we would like to show a short demo. Also, two of our member companies would like to join the round table on Wednesday if there is space.
Best,
Ondřej
Ondřej Hanák, cluster manager
Moravskoslezský automobilový klastr, z.s., Ostrava
"""
assert wd(2038,5,6)=='Thursday'
m = EmailMessage()
m['From'] = 'Jana Lindner <j.lindner@acod.example.de>'
m['To'] = 'circuit-ce-partners@lists.example.eu'
m['Subject'] = 'CIRCUIT-CE 4th partner meeting, Leipzig 15-17 June 2038 – final agenda and practical information'
m['Date'] = format_datetime(datetime.datetime(2038,5,11,9,5,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
A="Automotive Cluster Ostdeutschland"; M="Moravskoslezský automobilový klastr, z.s."
gold(F,
 [P("Konstanze Weißbach-Oyelaran","Managing Director",A),
  P("Tomasz Zieliński-Król",None,"Joint Secretariat"),
  P("Henrik van Dijk",None,"Fraunhofer IWU"),
  P("Réka Fehérvári-Nagy","communication manager","Pannon Automotive Cluster"),
  P("Jana Lindner","Project Manager",A),
  P("Ondřej Hanák","cluster manager",M)],
 [O(A,"ACOD"), O("Saxon State Ministry for Economic Affairs, Labour and Transport"), O("Joint Secretariat"),
  O("Wrocławski Park Technologiczny S.A."), O(M), O("Pannon Automotive Cluster"),
  O("Business Upper Austria – OÖ Wirtschaftsagentur GmbH"), O("Fraunhofer IWU"), O("Niles-Simmons Industrieanlagen GmbH"),
  O("Leipziger Stadtbau")],
 [E("4th partner meeting","2038-06-15","2038-06-17","Leipzig","Germany"),
  E("Steering Committee meeting","2038-06-15",None,"Leipzig","Germany"),
  E("Partner dinner","2038-06-15",None,"Leipzig","Germany"),
  E("Workshop on the transnational strategy","2038-06-16",None,"Leipzig","Germany"),
  E("Stakeholder round table with Saxon suppliers on circular procurement","2038-06-16",None,"Leipzig","Germany"),
  E("Company visit to Niles-Simmons Industrieanlagen GmbH","2038-06-17",None,"Chemnitz","Germany")],
 ["2038-06-15/2038-06-17","2038-05-21","2038-06-15","2038-06-16","2038-06-17","2038-05-04","2038-04","2038-05-06","2038-05-11"],
 [], pub="2038-05-11")
