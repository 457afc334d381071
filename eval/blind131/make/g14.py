from h import *
F = 'g14_veszprem_partner_meeting_news.txt'
assert wd(2037,6,8)=='Monday' and wd(2037,6,9)=='Tuesday' and wd(2037,6,10)=='Wednesday' and wd(2037,10,14)=='Wednesday'
T = """Skip to main content
Bakony Digital Cluster | Veszprém
Home   About   Members   Projects   News   Events   Contact   HU | EN
Search...

NEWS  >  PROJECTS

Veszprém hosts the third partner meeting of DIGI-RURAL
Published: 15 June 2037 | Author: Réka Fehérvári-Tóth | Reading time: 5 min

From 8 to 10 June 2037 the Bakony Digital Cluster welcomed 24 partners from seven countries to Veszprém for the third partner meeting of DIGI-RURAL, an Interreg Europe project on digital services for small businesses in rural areas. The lead partner is the regional development agency of Central Macedonia, ANATOLIKI S.A., based in Thessaloniki.

The meeting was opened on Monday 8 June by the mayor of Veszprém, Dr. Balázs Orbán-Kelemen, and by the cluster's president, Judit Szalai. Project coordinator Eleni Papadopoulou (ANATOLIKI S.A.) presented the state of the project after two years.

PROGRAMME IN BRIEF

Monday, 8 June
14:00  Opening and project update
15:30  Steering committee (partners only)
19:30  Welcome dinner at the Szaletli restaurant

Tuesday, 9 June
09:00  Interregional learning session: "Digital vouchers – what worked?"
11:00  Good practices from Veszprém: the cluster's Digital Village Lab
14:00  Study visit to the Pannon Equestrian Centre in Zirc and to the cooperative Bakonyi Termelők Szövetkezete
19:00  Dinner hosted by the University of Pannonia

Wednesday, 10 June
09:00  Meeting with regional stakeholders
11:30  Closing and next steps

WHAT THE PARTNERS LEARNED

Dr. Tamás Horváth, senior lecturer at the University of Pannonia, showed how the Digital Village Lab has helped 120 rural micro-enterprises since 2034. Visitors from Lapland, Alentejo and Pomorskie then tested the lab's mobile kit, a van equipped with laptops, a 3D printer and a satellite connection that tours the villages of the Bakony hills.

Piotr Zieliński of the Pomorskie Regional Development Agency (ARP) presented the Polish voucher scheme, which has funded more than 3,000 small digital projects since 2031. Ana Rita Valente from the Alentejo Regional Coordination and Development Commission (CCDR Alentejo) described a network of rural co-working spaces.

Lessons learnt from the first two years, as agreed by the partners on the last day:
- Vouchers work only if a trusted local adviser helps companies choose what to buy
- Mobile services reach more micro-enterprises than fixed centres in small towns
- Regional policy instruments must allow small amounts and simple reporting
- Exchange between partners is most useful when local stakeholders travel too

NEXT STEPS

The fourth partner meeting will be held in Rovaniemi (Finland) on 14–15 October 2037, hosted by the Regional Council of Lapland. Each partner will present its draft action plan there, and the Hungarian team will bring the first results of a survey among 400 rural businesses in Veszprém county. The final conference of the project is planned in Brussels in spring 2039.

Contact: Réka Fehérvári-Tóth, project manager, Bakony Digital Cluster, digirural@bakonycluster.example.hu

Tags: DIGI-RURAL | Interreg Europe | partner meeting | rural digitalisation
Share: Facebook | LinkedIn | E-mail

RELATED NEWS
> Cluster members at the Hungarian Digital Week (2 June 2037)
> DIGI-RURAL stakeholder group meets for the fourth time (20 April 2037)
> Call for digital ambassadors in Bakony villages (3 March 2037)

Bakony Digital Cluster Association, H-8200 Veszprém, Wartha Vince u. 00 | Tel. +36 88 000 000
Privacy policy | Cookie settings | Imprint
© 2037 Bakony Digital Cluster. This project is co-funded by the European Union.
"""
write(F, T)
B="Bakony Digital Cluster Association"
gold(F,
 [P("Réka Fehérvári-Tóth","project manager",B),
  P("Balázs Orbán-Kelemen","mayor of Veszprém",None),
  P("Judit Szalai","president",B),
  P("Eleni Papadopoulou","Project coordinator","ANATOLIKI S.A."),
  P("Tamás Horváth","senior lecturer","University of Pannonia"),
  P("Piotr Zieliński",None,"Pomorskie Regional Development Agency"),
  P("Ana Rita Valente",None,"Alentejo Regional Coordination and Development Commission")],
 [O(B), O("ANATOLIKI S.A."), O("Bakonyi Termelők Szövetkezete"), O("University of Pannonia"),
  O("Pomorskie Regional Development Agency","ARP"), O("Alentejo Regional Coordination and Development Commission","CCDR Alentejo"),
  O("Regional Council of Lapland"), O("European Union")],
 [E("third partner meeting of DIGI-RURAL","2037-06-08","2037-06-10","Veszprém","Hungary"),
  E("Steering committee","2037-06-08",None,"Veszprém","Hungary"),
  E("Welcome dinner","2037-06-08",None,"Veszprém","Hungary"),
  E("Study visit","2037-06-09",None,"Zirc","Hungary"),
  E("Dinner hosted by the University of Pannonia","2037-06-09",None,"Veszprém","Hungary"),
  E("Meeting with regional stakeholders","2037-06-10",None,"Veszprém","Hungary"),
  E("fourth partner meeting","2037-10-14","2037-10-15","Rovaniemi","Finland"),
  E("final conference","2039",None,"Brussels","Belgium"),
  E("Hungarian Digital Week",None,None,None,None)],
 ["2037-06-15","2037-06-08/2037-06-10","2037-06-08","2037-06-09","2037-06-10","2034","2031","2037-10-14/2037-10-15","2039",
  "2037-06-02","2037-04-20","2037-03-03"],
 ["Vouchers work only if a trusted local adviser helps companies choose what to buy",
  "Mobile services reach more micro-enterprises than fixed centres in small towns",
  "Regional policy instruments must allow small amounts and simple reporting",
  "Exchange between partners is most useful when local stakeholders travel too"],
 pub="2037-06-15")
