from common import *
doc = "ALPIMOVE_minutes_PM4_Bolzano.txt"
text(doc, """
Interreg Alpine Space | ALPIMOVE – Zero-emission mobility for Alpine tourism destinations

MINUTES OF THE 4th PARTNER MEETING
Bolzano/Bozen (Italy), 15–16 May 2033
Venue: NOI Techpark, Via A. Volta 13
Minutes taken by: Lena Oberhofer (Lead Partner, Standortagentur Tirol)
Approved by the partners by written procedure on 6 June 2033

Participants
LP – Standortagentur Tirol (AT): Lena Oberhofer, project manager; Florian von Stettenheim, financial manager
PP2 – IDM Südtirol – Alto Adige (IT): Giulia Di Pietrantonio, mobility cluster manager
PP3 – Cluster Mobilité Alpes (FR): Jérôme Vasseur-Blanc, director
PP4 – Slovenian Alpine Tourism Association (SI): Urška Kralj
PP5 – Graubünden Innovation Network (CH, observer): Reto Caduff, head of projects
Online: Sabine Moosbrugger, Joint Secretariat of the Interreg Alpine Space Programme

Day 1 – 15 May 2033

1. Welcome
Giulia Di Pietrantonio welcomed the partners on behalf of IDM Südtirol – Alto Adige. The agenda was adopted without
changes.

2. Project progress (WP1–WP3)
The LP presented the status of deliverables. The pilot with electric shuttle buses in Val Gardena started on 1 April
2033 and reached 18,400 passengers by mid-May. The pilot in Chamonix is delayed by three months because of the tender
for charging infrastructure; Jérôme Vasseur-Blanc expects the first buses in August 2033.

Partners discussed the first guest survey. Guests who used the shuttles were mostly satisfied; complaints concerned
the last connection in the evening and the lack of space for skis and bicycles. The partners agreed to add questions
on luggage and on the willingness to pay for a combined ticket in the next survey wave.

3. Finance
Florian von Stettenheim reminded partners that the second progress report is due on 30 September 2033. Partners with
an underspending above 20% will present a recovery plan at the next meeting.

4. Communication
Urška Kralj presented the draft of the mobility toolkit for destinations. The publication is planned for November 2033
in four languages.

Day 2 – 16 May 2033
Study visit to the hydrogen bus depot of SASA in Bolzano and to the Plan de Corones cable car (electric feeder line).

Decisions
- The partners approved the revised work plan for period 3.
- The Chamonix pilot will run until 31 March 2034 instead of 31 December 2033.
- PP5 will host a webinar for Swiss and Austrian ski resorts in autumn.

Main outcomes of the meeting
- Electric shuttles are accepted by guests when they run at least every 20 minutes
- Destinations need a single ticket covering cable cars and buses
- Charging infrastructure tenders must start one year before the pilot season

Next meetings
- Steering Committee (online): 12 September 2033, 10:00–12:00
- 5th Partner Meeting: 20–21 November 2033, Chamonix-Mont-Blanc (France), hosted by Cluster Mobilité Alpes
- 6th Partner Meeting and mid-term conference: March 2034, Bled (Slovenia)
- Final conference: 2035, Innsbruck (date to be confirmed)

Annex: attendance list (signed) – not published
""")
gold(doc, None,
 [P("Lena Oberhofer","project manager","Standortagentur Tirol"), P("Florian von Stettenheim","financial manager","Standortagentur Tirol"),
  P("Giulia Di Pietrantonio","mobility cluster manager","IDM Südtirol – Alto Adige"), P("Jérôme Vasseur-Blanc","director","Cluster Mobilité Alpes"),
  P("Urška Kralj",None,"Slovenian Alpine Tourism Association"), P("Reto Caduff","head of projects","Graubünden Innovation Network"),
  P("Sabine Moosbrugger",None,"Joint Secretariat of the Interreg Alpine Space Programme")],
 [O("Standortagentur Tirol"), O("IDM Südtirol – Alto Adige"), O("Cluster Mobilité Alpes"), O("Slovenian Alpine Tourism Association"),
  O("Graubünden Innovation Network"), O("Joint Secretariat of the Interreg Alpine Space Programme"), O("SASA")],
 [E("4th partner meeting","2033-05-15","2033-05-16","Bolzano","Italy"),
  E("webinar for Swiss and Austrian ski resorts",None,None,None,None),
  E("Steering Committee","2033-09-12","2033-09-12",None,None),
  E("5th Partner Meeting","2033-11-20","2033-11-21","Chamonix-Mont-Blanc","France"),
  E("6th Partner Meeting and mid-term conference","2034-03","2034-03","Bled","Slovenia"),
  E("Final conference","2035","2035","Innsbruck","Austria")],
 ["2033-05-15/2033-05-16","2033-06-06","2033-05-15","2033-04-01","2033-08","2033-09-30","2033-11","2033-05-16",
  "2034-03-31","2033-12-31","2033-09-12","2033-11-20/2033-11-21","2034-03","2035"],
 ["Electric shuttles are accepted by guests when they run at least every 20 minutes",
  "Destinations need a single ticket covering cable cars and buses",
  "Charging infrastructure tenders must start one year before the pilot season"])
