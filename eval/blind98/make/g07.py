from h import *
F = 'g07_burgos_agrifood_brokerage_event.txt'
for (y,m,d,w) in [(2040,3,21,'Wednesday'),(2040,3,22,'Thursday'),(2040,3,2,'Friday'),(2040,3,14,'Wednesday'),(2040,3,19,'Monday'),(2040,2,7,'Tuesday'),(2040,3,20,'Tuesday')]:
    assert wd(y,m,d)==w, (y,m,d)
T = """b2b-burgos-2040 · event website
Home | About | Participants (212) | Marketplace (318) | Agenda | Practical info | FAQ | Login | REGISTER

================================================================
PACK & FOOD BROKERAGE EVENT BURGOS 2040
International matchmaking for the agri-food and packaging value chain
21–22 March 2040 · Fórum Evolución, Burgos (Spain) · on site
================================================================

Organised by: Agri-Food Cluster of Castilla y León (VITARTIS), Packaging Cluster of Castilla y León and the Institute for Business Competitiveness of Castilla y León (ICE), partners of Enterprise Europe Network Castilla y León
With the support of: European Cluster Collaboration Platform, Burgos Chamber of Commerce, University of Burgos

ABOUT THE EVENT
The Pack & Food Brokerage Event brings together food and drink producers, packaging manufacturers, machinery makers, retailers and research centres from across Europe for pre-arranged, 25-minute bilateral meetings. It takes place alongside the second day of the Burgos Food Packaging Congress and the regional fair Alimenta Burgos, which gives participants access to about 150 exhibitors. The event is part of the joint action plan of five European agri-food and packaging clusters, signed in Lyon in 2038.

Topics of the meetings:
 - sustainable, recyclable and compostable packaging
 - shelf-life extension and active packaging
 - automation of meat, bakery and dairy lines
 - logistics and cold chain
 - food waste and by-product valorisation
 - research cooperation for Horizon Europe and Interreg proposals

WHO SHOULD PARTICIPATE
Companies, clusters, universities, technology centres and investors looking for commercial, technical or research partners. Last edition (Valladolid, 16 November 2038): 188 participants from 14 countries, 604 meetings, 41 agreements reported six months later.

KEY DATES AND DEADLINES
 Tuesday 7 February 2040, 11:00 CET – Online info session for participants (30 minutes, via the platform)
 Friday 2 March 2040 – Deadline for registration and publication of your profile
 From 5 March 2040 – Booking of meetings opens
 Wednesday 14 March 2040 – Deadline for meeting requests
 Monday 19 March 2040 – Final meeting schedules sent by e-mail
 Wednesday 21 – Thursday 22 March 2040 – Brokerage event in Burgos
Please note: profiles without a clear offer or request will not be validated. Your EEN contact point can help you write it.

AGENDA
Wednesday 21 March 2040
 09:00 Registration and badges, Fórum Evolución, Hall B
 09:30 Welcome by Ana Belén Ortega, Director General of ICE, and Javier Santamaría, President of VITARTIS
 10:00 Keynote: "Plastic-free by 2045? What retailers will ask from suppliers" – Elena Rubio Llorente, Head of Packaging, Grupo Mercadona Norte
 10:45 – 13:30 Bilateral meetings (round 1)
 13:30 Networking lunch
 14:30 – 18:00 Bilateral meetings (round 2)
 20:30 Networking dinner at the Monasterio de San Juan (for registered participants, on invitation)
Thursday 22 March 2040
 09:00 – 12:30 Bilateral meetings (round 3)
 09:30 Company visit to the Packaging Technology Centre ITENE-Burgos (limited to 25 participants; register on the platform)
 12:30 Closing and farewell coffee
 13:00 Optional: visit of the fair Alimenta Burgos

PARTICIPATION FEE
Participation is free of charge. Travel and accommodation are at the participant's expense. Lunch and coffee breaks on both days are offered by the organisers.

COUNTRIES REGISTERED SO FAR
Spain (98), Portugal (23), France (19), Italy (17), Poland (12), Germany (9), Netherlands (7), Belgium (6), Ireland (5), Greece (4), Lithuania (4), Morocco (3), Chile (3), Mexico (2)

FEATURED PARTICIPANTS
 Embalajes del Duero S.L. (Aranda de Duero, ES) – corrugated packaging; looking for distributors in France and Portugal
 Queserías Ribera Alta S.A. (Burgos, ES) – sheep's cheese; looking for compostable trays
 Pack4Agro Lda (Leiria, PT) – moulded pulp; offers contract manufacturing
 Vivatech Foods SAS (Lyon, FR) – shelf-life sensors; looking for pilot users among dairies
 Polska Grupa Opakowań Sp. z o.o. (Łódź, PL) – plastic films; looking for research partners on mono-materials
 Teagasc Food Research Centre (Ashtown, IE) – looking for partners for a Horizon Europe proposal on meat packaging

SUPPORT
Each participant can ask their local Enterprise Europe Network partner for help with the profile and the follow-up of meetings. Contact points of the organisers:
 María José Alonso, Cluster Manager, VITARTIS – mj.alonso@vitartis.example.es
 Rubén Díez Palacios, Technical Officer, Packaging Cluster of Castilla y León – ruben@clusterenvase.example.es
 Laura Gil Hernando, EEN Adviser, ICE – een@ice.example.es

PRACTICAL INFORMATION
Venue: Fórum Evolución Burgos, Paseo Sierra de Atapuerca s/n, 09002 Burgos. Burgos can be reached by high-speed train from Madrid (1 h 30) and by car from Bilbao (1 h 45). Hotels with preferential rates: Hotel Abba Burgos and NH Collection Palacio de Burgos, until 20 March 2040. Airport transfers from Bilbao airport are not provided.

FREQUENTLY ASKED QUESTIONS
Can I take part online? – No, this edition is on site only.
Can two persons of one company attend? – Yes, but they share one profile and one meeting table.
What happens if I cancel? – Please cancel your meetings on the platform at least 48 hours before so that your partners can re-plan.

Data protection: your profile is visible to registered participants only. The organisers process your data according to the privacy notice of the platform.
Powered by a matchmaking platform · Terms · Privacy · Cookie settings
"""
write(F, T)
gold(F,
 [P("Ana Belén Ortega","Director General","ICE"), P("Javier Santamaría","President","VITARTIS"),
  P("Elena Rubio Llorente","Head of Packaging","Grupo Mercadona Norte"),
  P("María José Alonso","Cluster Manager","VITARTIS"),
  P("Rubén Díez Palacios","Technical Officer","Packaging Cluster of Castilla y León"),
  P("Laura Gil Hernando","EEN Adviser","ICE")],
 [O("Agri-Food Cluster of Castilla y León","VITARTIS"), O("Packaging Cluster of Castilla y León"),
  O("Institute for Business Competitiveness of Castilla y León","ICE"), O("Enterprise Europe Network Castilla y León","EEN"),
  O("European Cluster Collaboration Platform"), O("Burgos Chamber of Commerce"), O("University of Burgos"),
  O("Grupo Mercadona Norte"), O("Packaging Technology Centre ITENE-Burgos"),
  O("Embalajes del Duero S.L."), O("Queserías Ribera Alta S.A."), O("Pack4Agro Lda"), O("Vivatech Foods SAS"),
  O("Polska Grupa Opakowań Sp. z o.o."), O("Teagasc Food Research Centre")],
 [E("Pack & Food Brokerage Event Burgos 2040","2040-03-21","2040-03-22","Burgos","Spain"),
  E("Burgos Food Packaging Congress",None,None,"Burgos","Spain"),
  E("Alimenta Burgos",None,None,"Burgos","Spain"),
  E("Networking lunch","2040-03-21",None,"Burgos","Spain"),
  E("Pack & Food Brokerage Event","2038-11-16",None,"Valladolid","Spain"),
  E("Online info session for participants","2040-02-07"),
  E("Networking dinner","2040-03-21",None,"Burgos","Spain"),
  E("Company visit to the Packaging Technology Centre ITENE-Burgos","2040-03-22",None,"Burgos","Spain"),
  E("Bilateral meetings","2040-03-21","2040-03-22","Burgos","Spain")],
 ["2040-03-21/2040-03-22","2038","2038-11-16","2040-02-07","2040-03-02","2040-03-05","2040-03-14","2040-03-19","2040-03-21","2040-03-22","2040-03-20"],
 [])
