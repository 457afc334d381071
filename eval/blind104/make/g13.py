from h import *
F = 'g13_dalarna_workshop_notes.txt'
assert wd(2038,10,6)=='Wednesday' and wd(2038,11,24)=='Wednesday'
T = """EVENT NOTES – INTERNAL, FOR MEMBERS AND PARTNERS
Workshop "Mining equipment goes electric: what suppliers need to know"
Wednesday, 6 October 2038, 09:30–15:30
Venue: Dalarna Science Park, Borlänge, Sweden
Organised by: Bergslagen Mining Tech Cluster, with Dalarna University and Business Sweden
Notes: Maja Lindgren-Öst, cluster analyst · circulated 11 October 2038

Participants: 58 (31 supplier companies, 6 mining companies, 9 from universities and institutes, 12 others)

PROGRAMME
09:30  Coffee and registration
10:00  Welcome – Per-Olof Hedström, Chair of the Board, Bergslagen Mining Tech Cluster
10:10  "Electrification roadmap 2038–2045" – Sara Nyqvist, Head of Mine Automation, Boliden Garpenberg
10:40  "Batteries underground: safety lessons" – Dr. Henrik Ålund, Dalarna University
11:20  Supplier pitches (8 companies, 5 minutes each)
12:15  Lunch
13:15  Group work in three tables: charging, maintenance, skills
14:30  Reporting back and discussion, moderated by Karin Wästberg, cluster manager
15:15  Closing – Jonas Ek, Business Sweden, on export support
15:30  Site visit to the battery test rig at Dalarna University (optional, 20 participants)

SUMMARY OF THE PRESENTATIONS
Sara Nyqvist explained that the mine plans to replace all diesel loaders and trucks underground by 2045, starting with the ventilation-heavy lower levels. Suppliers were reminded that the mining company now scores offers on lifetime energy use and not only on price. She also announced that a call for tenders for charging infrastructure will be published in the first quarter of 2039.

Henrik Ålund summarised three years of battery tests. The main risk is not fire during operation but damage during transport and maintenance in narrow drifts. He recommended that small suppliers train at least two staff members in battery handling before they bid for service contracts.

The eight supplier pitches came from Falu Hydraulik AB, Borlänge Kabel & Kontakt AB, Siljan Robotics AB, Nordic Drive Systems AB, Västerdal Svets AB, Ludvika Power Electronics AB, Gruvteknik i Smedjebacken AB and a start-up from the university's incubator, Minera Labs AB. Three of them have already delivered to Boliden or LKAB.

DISCUSSION AFTER THE PITCHES
Several suppliers said that the mining companies' pilot projects were too short to prove a new product: three months underground rarely covers a full maintenance cycle. Sara Nyqvist answered that Boliden was ready to discuss pilots of up to a year for products that had passed the university's test rig. LKAB was not represented at the workshop, but its purchasing department had sent written questions about spare parts and service response times, which the cluster will forward to the suppliers. Participants also asked whether the cluster could negotiate a common insurance for equipment tested underground; the office will investigate with two brokers. Finally, two companies complained that public tenders from the municipalities' water and energy utilities were written so that only large suppliers could bid, and asked the cluster to raise the matter with Region Dalarna.

GROUP WORK
Charging table (moderator: Erik Sandberg, Ludvika Power Electronics AB): no common connector standard yet; suppliers prefer to wait for the mining companies to agree. Maintenance table (moderator: Lina Berglöf, Falu Hydraulik AB): shortage of technicians who know both hydraulics and high-voltage systems. Skills table (moderator: Ola Forsberg, Högskolan Dalarna's continuing education unit): the vocational programmes in Ludvika and Falun do not yet cover battery systems.

KEY TAKEAWAYS
- Mining customers will reward lifetime energy efficiency, so suppliers must be able to document it
- Battery safety in maintenance is the main practical risk, not operation
- A common charging standard is missing and should be pushed jointly through the cluster
- The shortage of technicians with both hydraulic and high-voltage skills is the main bottleneck
- Small suppliers gain access to the large mines more easily through joint offers

RECOMMENDATIONS TO THE CLUSTER BOARD
1. Set up a working group on charging interfaces with the two mining companies and at least four suppliers before the end of 2038
2. Ask Dalarna University and the municipal adult education services to design a short course in battery handling for 2039
3. Organise a joint supplier visit to the Kiruna mine of LKAB in spring 2039

FOLLOW-UP
The Board will discuss the recommendations at its meeting on Wednesday, 24 November 2038. Business Sweden offered to include interested suppliers in the mining mission to Chile planned for March 2039. Presentations are available in the members' area (login required).

Feedback from participants (survey, 41 answers): 4.4 out of 5 overall; the pitches and the group work were rated highest, the length of the morning session lowest. Several participants asked for the next workshop to be held in Ludvika or Kiruna, and for more time for questions after each presentation. Two asked for the slides to be sent before the event.

Next events: Bergslagen Mining Days, 2–3 February 2039, Falun · Annual meeting of the cluster, April 2039 (date to follow).

Contact: Maja Lindgren-Öst, maja@bmtc.example.se · Bergslagen Mining Tech Cluster, Framtidsvägen 10, Borlänge
"""
write(F, T)
C="Bergslagen Mining Tech Cluster"
gold(F,
 [P("Maja Lindgren-Öst","cluster analyst",C),
  P("Per-Olof Hedström","Chair of the Board",C),
  P("Sara Nyqvist","Head of Mine Automation","Boliden Garpenberg"),
  P("Henrik Ålund",None,"Dalarna University"),
  P("Karin Wästberg","cluster manager",C),
  P("Jonas Ek",None,"Business Sweden"),
  P("Erik Sandberg","moderator","Ludvika Power Electronics AB"),
  P("Lina Berglöf","moderator","Falu Hydraulik AB"),
  P("Ola Forsberg","moderator","Dalarna University")],
 [O(C), O("Dalarna University"), O("Business Sweden"), O("Boliden Garpenberg"),
  O("Boliden"), O("LKAB"), O("Falu Hydraulik AB"), O("Borlänge Kabel & Kontakt AB"), O("Siljan Robotics AB"),
  O("Nordic Drive Systems AB"), O("Västerdal Svets AB"), O("Ludvika Power Electronics AB"),
  O("Gruvteknik i Smedjebacken AB"), O("Minera Labs AB"), O("Region Dalarna")],
 [E("Mining equipment goes electric: what suppliers need to know","2038-10-06",None,"Borlänge","Sweden"),
  E("Site visit to the battery test rig at Dalarna University","2038-10-06",None,None,"Sweden"),
  E("Board meeting","2038-11-24",None,None,None),
  E("joint supplier visit to the Kiruna mine of LKAB","2039",None,"Kiruna","Sweden"),
  E("mining mission to Chile","2039-03",None,None,"Chile"),
  E("Bergslagen Mining Days","2039-02-02","2039-02-03","Falun","Sweden"),
  E("Annual meeting of the cluster","2039-04",None,None,None)],
 ["2038-10-06","2038-10-11","2038/2045","2045","2039","2038","2038-11-24","2039-03","2039-02-02/2039-02-03","2039-04"],
 ["Mining customers will reward lifetime energy efficiency, so suppliers must be able to document it",
  "Battery safety in maintenance is the main practical risk, not operation",
  "A common charging standard is missing and should be pushed jointly through the cluster",
  "The shortage of technicians with both hydraulic and high-voltage skills is the main bottleneck",
  "Small suppliers gain access to the large mines more easily through joint offers",
  "Set up a working group on charging interfaces with the two mining companies and at least four suppliers before the end of 2038",
  "Ask Dalarna University and the municipal adult education services to design a short course in battery handling for 2039",
  "Organise a joint supplier visit to the Kiruna mine of LKAB in spring 2039"], pub="2038-10-11")
