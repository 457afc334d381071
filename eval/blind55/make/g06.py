from h import *
F = 'call_b2b-just-transition-matchmaking-kozani-2034.txt'
T = '''CALL FOR PARTICIPATION

WEST MACEDONIA JUST TRANSITION MATCHMAKING 2034
B2B meetings for energy, materials and agri-food companies
Kozani, Greece – Wednesday 11 October 2034
Venue: University of Western Macedonia, ZEP Campus, Kozani

Organised by the Western Macedonia Energy & Innovation Cluster (WMEIC) together with the Region of Western Macedonia, the Enterprise Europe Network Greece (Hellenic Org for Standardization – HELEXPO consortium) and the Centre for Research and Technology Hellas (CERTH/CPERI)

Kozani, 3 July 2034

1. WHY THIS EVENT

The last lignite power station of Western Macedonia closed in 2028. Since then, the region has become a testing ground for the just transition in Europe: solar parks on former mines, a hydrogen valley around Ptolemaida, new materials from fly ash, district heating without coal, and a growing agri-food sector around Florina and Kastoria. The matchmaking brings together companies, research centres and investors from the region and from other European coal and carbon-intensive regions to find partners for projects, supply contracts and joint applications.

2. WHO CAN TAKE PART

- SMEs and large companies in renewable energy, storage, hydrogen, construction materials, mining reclamation, agri-food and digital services
- Research organisations and universities
- Cluster organisations and business support organisations
- Public authorities and investors (as observers, with meeting rights)

Participation is free of charge. Participants from outside Greece can apply for a travel grant of up to EUR 600 (20 grants available) funded by the Just Transition Development Programme 2021–2027 of Greece.

3. PROGRAMME (11 October 2034)

09:00 Registration
09:30 Welcome by Dr. Eleni Papadopoulou-Raptis, Cluster Manager, WMEIC, and Georgios Amanatidis, Vice-Governor for Development, Region of Western Macedonia
09:50 Keynote: "Coal regions in transition – what worked elsewhere", Dr. Wojciech Kamiński-Zieliński, Head of Unit, Silesian Technology Transfer Centre (Katowice)
10:20 Pitches of 12 regional projects looking for partners (3 minutes each)
11:00–13:00 B2B meetings, round 1 (20-minute slots)
13:00 Lunch
14:00–16:30 B2B meetings, round 2
14:00 In parallel: workshop "Applying together to the Innovation Fund and Horizon Europe", with Maria Nikolaidou, National Contact Point, General Secretariat for Research and Innovation
16:30 Networking drinks
Optional on 12 October 2034: site visit to the Ptolemaida hydrogen pilot plant and the former Kardia mine (bus from Kozani at 08:30, return 14:00; 45 places).

4. KEY DATES AND DEADLINES

- Registration opens: Friday 7 July 2034
- Deadline for travel grant applications: Tuesday 5 September 2034
- Travel grant decisions communicated: by 15 September 2034
- Deadline for registration and publication of your profile: Tuesday 26 September 2034
- Meeting booking phase: 29 September – 8 October 2034
- Final meeting schedules sent: 9 October 2034
- Event: 11 October 2034; site visit: 12 October 2034

Only participants with a validated profile can request and accept meetings. Profiles are checked by the organisers within three working days.

5. HOW TO REGISTER

Register on the matchmaking platform (link on the cluster website). Describe in your profile what you offer and what you are looking for (technology, partner for a project, supplier, customer, investor). Please write profiles in English.

6. CONTACT

Dr. Eleni Papadopoulou-Raptis, Cluster Manager, Western Macedonia Energy & Innovation Cluster – b2b@wmeic.example, +30 24610 00000
Konstantinos Tsiakiris, Enterprise Europe Network Greece, Western Macedonia office – een@example.gr

Previous editions: the first matchmaking in 2031 (Kozani, 82 participants) and the second in 2032 (Florina, 134 participants, 210 meetings). The 2033 edition was held online because of the floods in September 2033. Partner regions joining this year: Silesia (Poland), Lusatia (Germany), Jiu Valley (Romania), Upper Nitra (Slovakia) and Asturias (Spain).

Data protection: your profile data will be visible to the other registered participants and will be deleted on 31 December 2034.

WMEIC · Western Macedonia Energy & Innovation Cluster · ZEP Kozani, 50100 Kozani, Greece
'''
write_text(F, T)
W = 'Western Macedonia Energy & Innovation Cluster'
gold(F, '2034-07-03',
 [P('Eleni Papadopoulou-Raptis','Cluster Manager',W),
  P('Georgios Amanatidis','Vice-Governor for Development','Region of Western Macedonia'),
  P('Wojciech Kamiński-Zieliński','Head of Unit','Silesian Technology Transfer Centre'),
  P('Maria Nikolaidou','National Contact Point','General Secretariat for Research and Innovation'),
  P('Konstantinos Tsiakiris',None,'Enterprise Europe Network Greece')],
 [O(W,'WMEIC'),O('Region of Western Macedonia'),O('Enterprise Europe Network Greece'),O('Hellenic Org for Standardization'),O('HELEXPO'),
  O('Centre for Research and Technology Hellas','CERTH'),O('CPERI'),O('University of Western Macedonia'),O('Silesian Technology Transfer Centre'),
  O('General Secretariat for Research and Innovation')],
 [E('West Macedonia Just Transition Matchmaking 2034','2034-10-11',None,'Kozani','Greece'),
  E('site visit to the Ptolemaida hydrogen pilot plant and the former Kardia mine','2034-10-12',None,'Ptolemaida','Greece'),
  E('matchmaking (first edition)','2031',None,'Kozani','Greece'),
  E('matchmaking (second edition)','2032',None,'Florina','Greece'),
  E('matchmaking (2033 edition)','2033')],
 ['2034-10-11','2034-07-03','2028','2021/2027','2034-10-12','2034-07-07','2034-09-05','2034-09-15','2034-09-26','2034-09-29/2034-10-08','2034-10-09',
  '2031','2032','2033','2033-09','2034-12-31'],
 [])
