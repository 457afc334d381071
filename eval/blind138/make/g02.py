from h import *
F = 'g02_dorset_blue_forum_series.txt'
assert wd(2039,10,6)=='Thursday' and wd(2039,10,7)=='Friday' and wd(2039,7,29)=='Friday'
T = """Dorset Marine Cluster | Home | About | Members | Projects | Events | News | Contact | Member login
Search this site...

Events > Wessex Blue Economy Forum

WESSEX BLUE ECONOMY FORUM
The annual conference of the Dorset Marine Cluster

Sixth edition: Wessex Blue Economy Forum 2039
Weymouth Pavilion, Weymouth · Thursday 6 and Friday 7 October 2039
Early-bird tickets until Friday 29 July 2039 · Members £95, non-members £160
[Book your place]  [Exhibit or sponsor]  [Add to calendar]

Every autumn the Forum brings together boatbuilders, port operators, offshore wind suppliers, aquaculture farms, researchers and the public bodies that regulate the coast from Lyme Regis to Christchurch. This year's theme is "Ports as energy hubs". The Forum is organised by the Dorset Marine Cluster with Bournemouth University, Dorset Council and BCP Council, and supported by Maritime UK South West.

PROGRAMME (DRAFT, SUBJECT TO CHANGE)

Thursday 6 October
08:30  Registration, coffee and exhibition
09:15  Welcome – Rebecca Ashworth-Lyle, Chair, Dorset Marine Cluster
09:30  Keynote: "From fishing harbour to floating wind base"
       Pieter van den Heuvel, Director of Port Development, Port of Den Helder
10:30  Panel: Ports as energy hubs – what Dorset can learn
       Moderator: Siobhán O'Driscoll, cluster manager, Irish Maritime and Energy Cluster (IMEC)
       With Dr Kwame Mensah-Boateng (Bournemouth University), Charlotte Pym (Portland Port Ltd)
       and Councillor Trevor Halsey (Dorset Council, Portfolio Holder for Economic Growth)
12:30  Lunch and exhibition
14:00  Parallel workshops: skills for offshore installation / seaweed farming licences / electric workboats
17:30  Harbour boat tour (limited to 40 places)
19:30  Forum dinner at the Royal Dorset Yacht Club

Friday 7 October
09:00  B2B meetings with buyers from the offshore wind supply chain
13:00  Site visits to Portland Port and the Weymouth marine test area
15:30  Close

PAST EDITIONS
The Forum started in 2034 as a one-day members' event and has grown every year since.

• Dorset Marine Day 2034 – Poole, 23 September. The first meeting, with 80 participants, at which the idea of a formal cluster organisation was launched.
• Wessex Blue Economy Forum 2035 – Weymouth, 29–30 September. The new name and the first two-day format; 190 delegates.
• Wessex Blue Economy Forum 2036 – online, 8 October. Held online because of the harbour works; 260 logins.
• Wessex Blue Economy Forum 2037 – Bournemouth, 30 September – 1 October. First B2B programme, 140 meetings.
• Wessex Blue Economy Forum 2038 – Poole, 12–13 October. 310 delegates, 22 exhibitors and a visit of the Norwegian cluster Blue Legasea from Ålesund.

KEY TAKEAWAYS FROM THE 2038 FORUM
Asked at the closing session what they would take home, delegates voted for these points:
1. Dorset's harbours need one shared plan for shore power, not five separate ones
2. Small yards can win offshore work if they bid as consortia
3. Seaweed and shellfish farms need faster licensing from the Marine Management Organisation
4. Apprenticeships in marine engineering should start at 16, with the colleges in Weymouth and Poole

"The Forum is where our members meet the people who buy from them," says cluster manager Daniel Okafor. "Half of the partnerships in our current projects started over a coffee at one of these events."

Speakers of past editions include Dame Helen Carrow (Maritime UK), Jens-Ole Kristiansen (Offshoreenergy.dk, Esbjerg) and Dr Marta Szczepańska-Nowak (Maritime University of Szczecin).

Contact: events@dorsetmarine.example.org.uk · 01202 000 000
Dorset Marine Cluster CIC, Innovation Quay, Poole BH15 0XX

Share: Facebook | LinkedIn | X | Email
Cookie settings | Privacy | Accessibility | Terms
"""
write(F, T)
D = "Dorset Marine Cluster"
gold(F,
 [P("Rebecca Ashworth-Lyle","Chair",D),
  P("Pieter van den Heuvel","Director of Port Development","Port of Den Helder"),
  P("Siobhán O'Driscoll","cluster manager","Irish Maritime and Energy Cluster"),
  P("Kwame Mensah-Boateng",None,"Bournemouth University"),
  P("Charlotte Pym",None,"Portland Port Ltd"),
  P("Trevor Halsey","Portfolio Holder for Economic Growth","Dorset Council"),
  P("Daniel Okafor","cluster manager",D),
  P("Helen Carrow",None,"Maritime UK"),
  P("Jens-Ole Kristiansen",None,"Offshoreenergy.dk"),
  P("Marta Szczepańska-Nowak",None,"Maritime University of Szczecin")],
 [O("Dorset Marine Cluster CIC"), O("Bournemouth University"), O("Dorset Council"), O("BCP Council"),
  O("Maritime UK South West"), O("Port of Den Helder"), O("Irish Maritime and Energy Cluster","IMEC"),
  O("Portland Port Ltd"), O("Blue Legasea"), O("Marine Management Organisation"),
  O("Maritime UK"), O("Offshoreenergy.dk"), O("Maritime University of Szczecin")],
 [E("Wessex Blue Economy Forum 2039","2039-10-06","2039-10-07","Weymouth","United Kingdom"),
  E("Harbour boat tour","2039-10-06",None,"Weymouth","United Kingdom"),
  E("Forum dinner","2039-10-06",None,"Weymouth","United Kingdom"),
  E("B2B meetings","2039-10-07",None,"Weymouth","United Kingdom"),
  E("Site visits","2039-10-07",None,"Weymouth","United Kingdom"),
  E("Dorset Marine Day 2034","2034-09-23",None,"Poole","United Kingdom"),
  E("Wessex Blue Economy Forum 2035","2035-09-29","2035-09-30","Weymouth","United Kingdom"),
  E("Wessex Blue Economy Forum 2036","2036-10-08",None,None,None),
  E("Wessex Blue Economy Forum 2037","2037-09-30","2037-10-01","Bournemouth","United Kingdom"),
  E("Wessex Blue Economy Forum 2038","2038-10-12","2038-10-13","Poole","United Kingdom")],
 ["2039-10-06/2039-10-07","2039-07-29","2039-10-06","2039-10-07","2034","2034-09-23","2035-09-29/2035-09-30",
  "2036-10-08","2037-09-30/2037-10-01","2038-10-12/2038-10-13"],
 ["Dorset's harbours need one shared plan for shore power, not five separate ones",
  "Small yards can win offshore work if they bid as consortia",
  "Seaweed and shellfish farms need faster licensing from the Marine Management Organisation",
  "Apprenticeships in marine engineering should start at 16, with the colleges in Weymouth and Poole"])
