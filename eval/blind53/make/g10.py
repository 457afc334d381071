from h import *
F = 'AgriHack-Vojvodina-2033_call.txt'
T = '''
AGRIHACK VOJVODINA 2033
Four regional rounds. One final. 72 hours to make farming smarter.

Posted on 9 January 2033 by Panonski klaster pametne poljoprivrede | News, Calls | Share: LinkedIn · Facebook · X

The Pannonian Smart Farming Cluster (Panonski klaster pametne poljoprivrede, PKPP) launches the third edition of AgriHack Vojvodina, the region's hackathon for students, developers, agronomists and young farmers. This year's challenge: "Less water, same harvest". Teams of three to five people will develop digital or hardware solutions that help farms in the Danube–Tisa plain cope with longer dry periods.

AgriHack is organised with the University of Novi Sad (Faculty of Agriculture and Faculty of Technical Sciences), the BioSense Institute and the Provincial Secretariat for Agriculture, Water Management and Forestry of AP Vojvodina. Main partners: Žitopanon d.o.o., AgroDron Sistemi d.o.o. and Banka Podunavlje a.d.

HOW IT WORKS

1) Regional rounds (24 hours each)
Each round is a 24-hour hackathon hosted by a local partner. The two best teams of each round go to the final.

- Round 1 – Subotica: 17–18 February 2033, hosted by the Subotica Tech college (Visoka tehnička škola strukovnih studija), with the City of Subotica
- Round 2 – Zrenjanin: 3–4 March 2033, hosted by Tehnički fakultet "Mihajlo Pupin", Zrenjanin
- Round 3 – Sombor: 17–18 March 2033, hosted by the Sombor Business Incubator (Poslovni inkubator Sombor)
- Round 4 – Sremska Mitrovica: 31 March – 1 April 2033, hosted by the Regional Development Agency Srem (RRA Srem)

2) Mentoring phase
From 3 April to 5 May 2033 the eight finalist teams work with mentors from PKPP member companies. Two online check-ins are scheduled: 13 April and 27 April 2033 (17:00, Zoom).

3) Final
AgriHack Vojvodina Final – 12–14 May 2033 – 48 hours at the BioSense Institute, Novi Sad. Pitches on Saturday 14 May from 14:00, award ceremony at 18:00. The final is held during the International Agricultural Fair in Novi Sad (Međunarodni poljoprivredni sajam), and the winning team presents at the fair's "Agro Innovation" stage on 16 May 2033.

PRIZES
- 1st prize: EUR 5,000 and a three-month incubation place at the BioSense Institute
- 2nd prize: EUR 3,000 and a field test on 50 ha with Žitopanon d.o.o.
- 3rd prize: EUR 1,500
- Special prize "Drone solution" offered by AgroDron Sistemi d.o.o.

WHO CAN APPLY
Teams of 3–5 people aged 18 or over, living or studying in Serbia or in a neighbouring country. At least one team member must have an agricultural background (student, farmer or agronomist). Individuals without a team can register and will be matched at the start of each round.

DEADLINES
- Registration for Round 1: until 10 February 2033
- Registration for Rounds 2–4: until one week before each round
- Registration closes for all rounds on 24 March 2033

JURY OF THE FINAL
- Prof. dr Milica Stojanović-Kiš, Dean, Faculty of Agriculture, University of Novi Sad
- Dr Nemanja Vuković, research group leader, BioSense Institute
- Zoltán Kovács, Managing Director, Žitopanon d.o.o.
- Jelena Radovanović Tot, Assistant Provincial Secretary for Agriculture
- Ivana Pejić, President of the Management Board, Panonski klaster pametne poljoprivrede

LAST YEAR
AgriHack Vojvodina 2032 (Novi Sad, 20–22 May 2032) was won by team "SoilSense" from Zrenjanin, whose low-cost soil-moisture sensor is now being tested on 14 farms. The first edition, in 2031, was a single 24-hour event in Novi Sad with 11 teams. "The hackathon gave us our first customers and our first investor," says SoilSense co-founder Dragan Marić.

"Vojvodina produces a large part of Serbia's food, but our farms are old and water is becoming scarce. We need the ideas of young people, and we need them on the field, not only in presentations," says cluster manager Aleksandar Bošnjak.

CONTACT
AgriHack team, PKPP – Bulevar Mihajla Pupina 6, 21000 Novi Sad, Serbia – agrihack@pkpp.example – +381 21 000 7733
Cluster manager: Aleksandar Bošnjak · Project officer: Tamara Nađ

Tags: hackathon, agritech, water, Vojvodina, students
← Previous post: PKPP members at the Agritechnica fair | Next post: New members in December →
'''
write_text(F, T)
PK='Panonski klaster pametne poljoprivrede'
gold(F, '2033-01-09',
 [P('Milica Stojanović-Kiš','Dean','University of Novi Sad'),P('Nemanja Vuković','research group leader','BioSense Institute'),
  P('Zoltán Kovács','Managing Director','Žitopanon d.o.o.'),P('Jelena Radovanović Tot','Assistant Provincial Secretary for Agriculture','Provincial Secretariat for Agriculture, Water Management and Forestry of AP Vojvodina'),
  P('Ivana Pejić','President of the Management Board',PK),P('Dragan Marić','co-founder','SoilSense'),
  P('Aleksandar Bošnjak','cluster manager',PK),P('Tamara Nađ','Project officer',PK)],
 [O(PK,'PKPP'),O('University of Novi Sad'),O('Faculty of Agriculture'),O('Faculty of Technical Sciences'),O('BioSense Institute'),
  O('Provincial Secretariat for Agriculture, Water Management and Forestry of AP Vojvodina'),O('Žitopanon d.o.o.'),O('AgroDron Sistemi d.o.o.'),
  O('Banka Podunavlje a.d.'),O('Visoka tehnička škola strukovnih studija','Subotica Tech'),O('City of Subotica'),O('Tehnički fakultet "Mihajlo Pupin"'),
  O('Poslovni inkubator Sombor','Sombor Business Incubator'),O('Regional Development Agency Srem','RRA Srem'),O('SoilSense')],
 [E('AgriHack Vojvodina 2033','2033-02-17','2033-05-14',None,'Serbia'),
  E('AgriHack Vojvodina 2033 Round 1 – Subotica','2033-02-17','2033-02-18','Subotica','Serbia'),
  E('AgriHack Vojvodina 2033 Round 2 – Zrenjanin','2033-03-03','2033-03-04','Zrenjanin','Serbia'),
  E('AgriHack Vojvodina 2033 Round 3 – Sombor','2033-03-17','2033-03-18','Sombor','Serbia'),
  E('AgriHack Vojvodina 2033 Round 4 – Sremska Mitrovica','2033-03-31','2033-04-01','Sremska Mitrovica','Serbia'),
  E('online check-in','2033-04-13'),E('online check-in','2033-04-27'),
  E('AgriHack Vojvodina Final','2033-05-12','2033-05-14','Novi Sad','Serbia'),
  E('International Agricultural Fair',None,None,'Novi Sad','Serbia'),
  E('AgriHack Vojvodina 2032','2032-05-20','2032-05-22','Novi Sad','Serbia'),
  E('AgriHack Vojvodina 2031','2031',None,'Novi Sad','Serbia')],
 ['2033-01-09','2033-02-17/2033-02-18','2033-03-03/2033-03-04','2033-03-17/2033-03-18','2033-03-31/2033-04-01','2033-04-03/2033-05-05',
  '2033-04-13','2033-04-27','2033-05-12/2033-05-14','2033-05-14','2033-05-16','2033-02-10','2033-03-24','2032-05-20/2032-05-22','2031'],
 [])
