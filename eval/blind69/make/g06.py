from h import *
F='vidzeme-mechatronics-joint-stand-call-hannover-2035.txt'
T=f'''VIDZEME MECHATRONICS CLUSTER
Call for co-exhibitors: European cluster joint stand at HANNOVER MESSE 2035
Hannover, Germany, {wd(2035,4,23)} 23 – {wd(2035,4,27)} 27 April 2035 · Hall 2 ("Research & Technology")

Published: {wd(2035,1,8)} 8 January 2035 | Valmiera | Reference VMC-JS-2035

1. WHAT WE OFFER

For the third time, the Vidzeme Mechatronics Cluster (VMC) coordinates a joint stand of European cluster organisations and their member companies at Hannover Messe. After the joint stands of 2031 and 2033, which hosted 22 and 31 companies respectively, the 2035 stand will cover 320 m² and offer space for up to 30 co-exhibitors from 14 clusters in nine countries.

Each co-exhibitor receives:
- a furnished counter module (2 m²) with lockable cupboard, screen, electricity and Wi-Fi;
- an entry in the fair's official catalogue and on the joint stand's web page;
- access to the shared meeting room and the stand kitchen;
- two exhibitor passes and 20 visitor vouchers;
- participation in the guided stand tour for delegations, held daily at 11:00;
- an invitation for two persons to the cluster reception on the stand on {wd(2035,4,24)} 24 April 2035 from 17:00.

Partner clusters already confirmed: Sønderborg Energy Cluster (Denmark), Medical Technology Cluster East Bohemia (Czechia), Mechatronik-Cluster Oberösterreich of Business Upper Austria, Automation Cluster Tampere (Finland), Lithuanian Laser Association and the Estonian Robotics Cluster.

2. WHO CAN APPLY

Small and medium-sized enterprises and research organisations that are members of one of the participating clusters and that develop products or services in automation, robotics, sensors, drives, embedded software or industrial energy efficiency. Companies from Vidzeme and the other Latvian planning regions may apply directly to VMC; companies from other countries apply through their own cluster.

Priority is given to companies that have not exhibited at Hannover Messe before and to those that bring a working demonstrator.

3. COSTS

The participation fee is EUR 3,900 (excl. VAT) per counter module. For Latvian SMEs, up to 70 % of the fee and of travel costs can be reimbursed under the export promotion programme of the Investment and Development Agency of Latvia (LIAA); applications for that support are submitted separately to LIAA by 28 February 2035. Additional modules may be booked if space allows.

4. DEADLINES

- {wd(2035,2,6)} 6 February 2035: deadline for applications (online form, company profile of max. 1,000 characters, photo of the exhibit)
- {wd(2035,2,13)} 13 February 2035: selection by the steering group of the partner clusters and notification of applicants
- {wd(2035,3,2)} 2 March 2035: signature of the co-exhibitor agreement and payment of 50 % of the fee
- {wd(2035,3,23)} 23 March 2035: delivery of texts, logos and stand graphics
- {wd(2035,4,6)} 6 April 2035: delivery of exhibits to the freight forwarder in Riga (shared transport)
- {wd(2035,4,21)} 21 – {wd(2035,4,22)} 22 April 2035: stand set-up in Hannover
- {wd(2035,4,27)} 27 April 2035, from 18:00: dismantling

5. PREPARATORY WEBINAR

All selected co-exhibitors are invited to an online briefing on {wd(2035,3,9)} 9 March 2035, 10:00–11:30 EET. Speakers: Dr. Anke Sievers, head of the Research & Technology area at Deutsche Messe AG, on the visitor profile of Hall 2, and Edgars Ozoliņš, founder of Ozols Robotics SIA (Valmiera), who exhibited in 2033, on "What we would do differently next time". The briefing is followed by a short session on the matchmaking tool of the fair.

6. SELECTION CRITERIA

The steering group scores each application on innovation (40 %), readiness of the exhibit for demonstration (30 %), export plan (20 %) and contribution to the common theme "Human-centred automation" (10 %). The steering group is chaired by Ilze Kalniņa-Bērziņa, VMC board member, and includes one representative of each partner cluster.

7. CONTACT

Contact person for this call:
Kristaps Lūsis
International projects manager, Vidzeme Mechatronics Cluster
Vidzemes Augstskola building, Cēsu iela 4, Valmiera, LV-4201, Latvia
Phone: +371 64 000 212 · Mobile: +371 29 000 187
E-mail: jointstand@vmc.example.lv

Press enquiries: Līga Ābele, communication officer, liga.abele@vmc.example.lv

The Vidzeme Mechatronics Cluster is a non-profit association of 48 companies, Vidzeme University of Applied Sciences and the Valmiera Development Agency. Its board is chaired by Arvīds Priedītis, managing director of Valmieras Dzinēji SIA.

-- page 1 of 1 -- VMC-JS-2035 -- www.vmc.example.lv --
'''
write(F,T)
V='Vidzeme Mechatronics Cluster'
gold(F,[P('Anke Sievers','head of the Research & Technology area','Deutsche Messe AG'),P('Edgars Ozoliņš','founder','Ozols Robotics SIA'),
 P('Ilze Kalniņa-Bērziņa','VMC board member',V),P('Kristaps Lūsis','International projects manager',V),P('Līga Ābele','communication officer',V),
 P('Arvīds Priedītis','managing director','Valmieras Dzinēji SIA')],
 [O(V,'VMC'),O('Sønderborg Energy Cluster'),O('Medical Technology Cluster East Bohemia'),O('Mechatronik-Cluster Oberösterreich'),O('Business Upper Austria'),
  O('Automation Cluster Tampere'),O('Lithuanian Laser Association'),O('Estonian Robotics Cluster'),O('Investment and Development Agency of Latvia','LIAA'),
  O('Deutsche Messe AG'),O('Ozols Robotics SIA'),O('Vidzeme University of Applied Sciences'),O('Valmiera Development Agency'),O('Valmieras Dzinēji SIA')],
 [E('HANNOVER MESSE 2035','2035-04-23','2035-04-27','Hannover','Germany'),E('guided stand tour','2035-04-23','2035-04-27','Hannover','Germany'),
  E('cluster reception','2035-04-24','2035-04-24','Hannover','Germany'),E('online briefing','2035-03-09','2035-03-09',None,None)],
 ['2035-04-23/2035-04-27','2035-01-08','2031','2033','2035','2035-04-24','2035-02-28','2035-02-06','2035-02-13','2035-03-02','2035-03-23','2035-04-06','2035-04-21/2035-04-22','2035-04-27','2035-03-09'],pub='2035-01-08')
