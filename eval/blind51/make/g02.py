from h import *
T = """Interreg Europe | SMARTHOST project
Study visit and peer review — Istria (Croatia)
AGENDA (final version, 3 April 2032)

Dates: Wednesday 21 – Thursday 22 April 2032
Venue: Istrian Development Agency (IDA d.o.o.), Mletačka 12, Pula; site visits in Poreč, Rovinj and Pazin
Host partner: Istrian Development Agency – Department for Tourism Innovation
Lead partner: Västkust Turism Region (Sweden)
[Version 3 replaces version 2 of 29 March 2032: the Day 2 site visit has moved from Motovun to Pazin.]

Background
SMARTHOST (2031–2035) brings together seven regions that want to make digital tools work for small hotels, campsites and agritourism farms. The Istrian study visit is the third of six. The first took place in Varberg in October 2031, the second in Bastia (Corsica) on 2–3 February 2032. Each visit ends with a peer-review session in which the visiting partners give the host region feedback on one of its policy instruments — here, the measure "Digital Istria 2030" of the Istria County development programme.

DAY 1 — Wednesday 21 April 2032

08:45 Registration and coffee, IDA, Pula
09:15 Welcome
      Marina Grbac-Šuran, Director, Istrian Development Agency
      Tomislav Brajković, Head of the Administrative Department for Tourism, Istria County
09:40 SMARTHOST: where we are after 18 months
      Elin Svärd, project coordinator, Västkust Turism Region
10:10 The Istrian hospitality ecosystem in figures
      Dr. Ana Poropat, University of Pula "Juraj Dobrila" – Faculty of Economics and Tourism
10:45 Coffee break
11:00 Good practice pitches from the partners (5 minutes each)
      – "Booking data sharing for micro-hotels" — Provincia di Cosenza (Italy)
      – "Green Key for campsites" — Agence de Développement Économique de la Corse (ADEC)
      – "One-stop digital shop" — Regional Council of Kainuu (Finland)
12:30 Lunch at the Pula Innovation Hub
13:45 Departure by bus
14:30 Site visit 1: Camping Stancija Verde, Poreč — smart energy metering on 900 pitches; host Igor Milotić, operations manager
16:00 Site visit 2: Hotel Mala Vala, Rovinj — a 14-room family hotel that runs its own revenue software; host Ivana Kraljević-Pauletić, owner
18:00 Return to Pula
19:30 Dinner offered by Istria County, Restaurant Kaštel

DAY 2 — Thursday 22 April 2032

08:30 Bus to Pazin
09:15 Site visit 3: Agroturizam Pod Orahom, near Pazin — booking and olive-oil shop in one app; host Luka Sinčić
10:30 Peer-review session (closed, partners and stakeholders only), Pazin Castle conference room
      Moderator: Helga Ruusunen, thematic expert, Interreg Europe Policy Learning Platform
      Round 1: the host presents "Digital Istria 2030" and its three open questions
      Round 2: peers in two groups (funding rules / take-up by micro-firms)
      Round 3: peers report back; first recommendations
12:30 Lunch
13:30 Feedback to the host: 10 recommendations to be written up by the expert
14:30 Partners' steering group meeting (SG4)
16:00 End of visit

Practical information
Travel: the nearest airport is Pula (PUY). Partners arrive on 20 April; hotel rooms are booked at Hotel Amfiteatar until 22 April.
Registration: please confirm by 9 April 2032 to Mateja Zohil (IDA), mateja.zohil@ida.example.
Language: English; Croatian–English interpretation on Day 1 morning.
Dress code: sturdy shoes for the campsite visit.

Next study visits
– Study visit 4: Kainuu (Kajaani), 15–16 September 2032
– Study visit 5: Cosenza (Calabria), spring 2033
– Final conference: Brussels, 2035 (date to follow)

The SMARTHOST project is co-funded by the European Union through the Interreg Europe programme.
"""
write("SMARTHOST_Study-visit-Istria_agenda_final.txt", T, None,
 [P("Marina Grbac-Šuran","Director","Istrian Development Agency"),
  P("Tomislav Brajković","Head","Istria County"),
  P("Elin Svärd","project coordinator","Västkust Turism Region"),
  P("Ana Poropat",None,"University of Pula \"Juraj Dobrila\""),
  P("Igor Milotić","operations manager","Camping Stancija Verde"),
  P("Ivana Kraljević-Pauletić","owner","Hotel Mala Vala"),
  P("Luka Sinčić",None,"Agroturizam Pod Orahom"),
  P("Helga Ruusunen","thematic expert","Interreg Europe Policy Learning Platform"),
  P("Mateja Zohil",None,"IDA")],
 [O("Istrian Development Agency","IDA"),O("Västkust Turism Region"),O("Istria County"),O("Administrative Department for Tourism"),
  O("University of Pula \"Juraj Dobrila\""),O("Faculty of Economics and Tourism"),O("Provincia di Cosenza"),
  O("Agence de Développement Économique de la Corse","ADEC"),O("Regional Council of Kainuu"),
  O("Camping Stancija Verde"),O("Hotel Mala Vala"),O("Agroturizam Pod Orahom"),O("Interreg Europe Policy Learning Platform"),
  O("Department for Tourism Innovation")],
 [E("SMARTHOST study visit and peer review — Istria","2032-04-21","2032-04-22","Pula","Croatia"),
  E("first SMARTHOST study visit","2031-10","2031-10","Varberg","Sweden"),
  E("second SMARTHOST study visit","2032-02-02","2032-02-03","Bastia","France"),
  E("Partners' steering group meeting (SG4)","2032-04-22","2032-04-22","Pazin","Croatia"),
  E("Study visit 4","2032-09-15","2032-09-16","Kajaani","Finland"),
  E("Study visit 5","2033","2033","Cosenza","Italy"),
  E("SMARTHOST final conference","2035","2035","Brussels","Belgium")],
 ["2032-04-03","2032-03-29","2032-04-21/2032-04-22","2031/2035","2031-10","2032-02-02/2032-02-03","2032-04-21","2032-04-22",
  "2032-04-20","2032-04-09","2032-09-15/2032-09-16","2033","2035"])
