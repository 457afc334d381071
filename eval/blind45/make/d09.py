from common import *
import email.message, email.utils
fn = "Reminder_register-by-Friday_Blue-Baltic-Brokerage-2036.eml"
body = """Dear colleagues,

This is a friendly reminder: registration for the Blue Baltic Brokerage Event 2036 closes this Friday, 15 February 2036, at 23:59 EET. After that date we cannot guarantee a B2B agenda or a seat at the dinner.

WHAT:  Blue Baltic Brokerage Event 2036 – one-to-one meetings for ports, shipyards, offshore wind suppliers and marine ICT
WHEN:  Wednesday 5 and Thursday 6 March 2036
WHERE: Klaipėda Science and Technology Park, Klaipėda, Lithuania (and online for the remote B2B slots)
WHO:   organised by the Klaipėda Maritime Cluster (KMC) with the Enterprise Europe Network Lithuania, Klaipėda University and the Port of Klaipėda

So far 164 organisations from 17 countries have registered and 290 meetings have been requested.

PROGRAMME AT A GLANCE

Wednesday 5 March
09:30  Welcome – Rūta Daukšienė, Managing Director, Klaipėda Maritime Cluster
09:45  Keynote: "Green corridors in the Baltic" – Jan-Erik Lindroos, Head of Sustainability, Fjärdvik Rederi Ab
10:30  Session 1: Shore power and port electrification (chair: Dr. Mindaugas Petrauskas, Klaipėda University)
11:30  B2B meetings – round 1
13:00  Lunch and exhibition
14:00  Session 2: Offshore wind supply chain in Lithuania, Latvia and Poland (chair: Aistė Jurgaitytė, Pajūrio vėjo tiekėjų klasteris)
15:00  B2B meetings – round 2
19:00  Networking dinner on board the training ship "Meridianas" (limited to 120 seats)

Thursday 6 March
09:00  Session 3: Autonomous vessels and marine ICT (chair: Søren Kjærgaard Holm, CEO, Nordsea Autonomy ApS)
10:00  B2B meetings – round 3
12:00  Session 4: Funding opportunities – Interreg South Baltic, Horizon Europe and the Innovation Fund (speaker: Vilija Stankevičiūtė, EEN advisor, Innovation Agency Lithuania)
13:00  Closing and lunch
14:00  Optional technical visit: Western Shipyard repair docks (max. 40 persons)

WHY JOIN?
Last year's edition brought 211 participants to Klaipėda and generated 19 signed cooperation agreements, among them two joint bids for shore-power tenders in Lithuanian and Latvian ports. This year we have added a dedicated track for offshore wind suppliers, because the first Lithuanian offshore wind farm enters its construction phase and local companies want to be ready for subcontracting.

PRACTICAL INFORMATION
- Venue: the park is a 10-minute walk from the old town; free parking is available for participants.
- Hotels: a limited number of rooms at a reduced rate can be booked through the registration form until 20 February.
- Language: English.
- Remote participation: companies that cannot travel may book online B2B slots on both days; please choose "online" in your profile.
- Exhibition: tabletop displays are free for cluster members and cost EUR 150 for other participants.

HOW TO REGISTER
1. Create your profile on the matchmaking platform (link in the original invitation of 20 January).
2. Publish at least one cooperation offer or request.
3. Book meetings from 19 February; the meeting schedule will be sent on 3 March.

Participation is free of charge; the dinner costs EUR 45.

If you have problems with the platform, please contact me or my colleague Tomas Vaitkus (tomas.vaitkus@kmc.example).

See you in Klaipėda!

Best regards,

Gintarė Norkutė
Project Manager | Klaipėda Maritime Cluster
Naujoji Uosto g. 3, LT-92125 Klaipėda
+370 600 00000 | www.kmc.example

---
You receive this message because you attended a KMC event in 2035. Unsubscribe: reply with "STOP".
"""
m = email.message.EmailMessage()
m["From"] = "Gintarė Norkutė <gintare.norkute@kmc.example>"
m["To"] = "Blue Baltic contacts <bbb2036-invitees@kmc.example>"
m["Subject"] = "Reminder: register by Friday – Blue Baltic Brokerage Event, 5–6 March 2036"
m["Date"] = "Mon, 11 Feb 2036 08:42:10 +0200"
m.set_content(body)
open('../docs/'+fn,'wb').write(bytes(m))
K="Klaipėda Maritime Cluster"
gold(fn,
 [P("Rūta Daukšienė","Managing Director",K),
  P("Jan-Erik Lindroos","Head of Sustainability","Fjärdvik Rederi Ab"),
  P("Mindaugas Petrauskas",None,"Klaipėda University"),
  P("Aistė Jurgaitytė",None,"Pajūrio vėjo tiekėjų klasteris"),
  P("Søren Kjærgaard Holm","CEO","Nordsea Autonomy ApS"),
  P("Vilija Stankevičiūtė","EEN advisor","Innovation Agency Lithuania"),
  P("Tomas Vaitkus",None,K),
  P("Gintarė Norkutė","Project Manager",K)],
 [O(K,"KMC"), O("Enterprise Europe Network Lithuania"), O("Klaipėda University"), O("Port of Klaipėda"),
  O("Fjärdvik Rederi Ab"), O("Pajūrio vėjo tiekėjų klasteris"), O("Nordsea Autonomy ApS"),
  O("Innovation Agency Lithuania"), O("Western Shipyard")],
 [E("Blue Baltic Brokerage Event 2036","2036-03-05","2036-03-06","Klaipėda","Lithuania")],
 ["2036-02-11","2036-02-15","2036-03-05/2036-03-06","2036-03-05","2036-03-06","2036-01-20","2036-02-19","2036-03-03","2035","2036-02-20"],
 pub="2036-02-11")
