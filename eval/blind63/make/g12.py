from h import *
F = 'interreg-rurawool-meetings-calendar-pdf.txt'
H = 'RURAWOOL – Interreg Europe – Project meetings and events 2033–2037'
T = f"""{H}                                   1

RURAWOOL
Rural wool and natural fibre value chains for regional innovation
Interreg Europe project, programme period 2028–2034

CALENDAR OF PROJECT MEETINGS AND EVENTS
Version 4 – approved by the Steering Group on 14 March 2035

Lead partner: Regional Agency for Development and Innovation of Molise (ARDIM), Campo-
basso, Italy
Project coordinator: Dott.ssa Giovanna Di Iorio-Mastrangelo
Communication manager: Fabrizio Colavita

Partners
1. Regional Agency for Development and Innovation of Molise (ARDIM), IT – lead partner
2. Lugo Provincial Council (Deputación de Lugo), ES
3. Galician Textile Cluster (Clúster Téxtil Moda de Galicia, COINTEGA), ES – advisory
   partner
4. Latgale Planning Region, LV
5. Daugavpils University, LV
6. Lower Silesian Voivodeship – Marshal's Office, PL
7. Wool Cluster Sudety (Klaster Wełny Sudeckiej), PL
8. Regional Council of North Karelia? – withdrawn in 2034, replaced by the Municipality
   of Joensuu, FI

The project started on 1 March 2033 and ends on 28 February 2037 (core phase until 31
August 2035, follow-up phase until the end of the project). Total budget: EUR 1.68
million, of which EUR 1.34 million co-financed by the European Regional Development
Fund.

1. COMPLETED MEETINGS

1.1 Kick-off meeting
Campobasso (IT), 18–19 April 2033. Hosted by ARDIM at the University of Molise. Ap-
proval of the partnership agreement, the communication plan and the calendar. Wel-
come address by Roberto Di Baggio-Cefaratti, Regional Councillor for Productive Activi-
ties of the Molise Region. Presentation of the Interreg Europe Joint Secretariat by
project officer Anaïs Lefebvre-Dumont.

1.2 First Steering Group meeting and study visit 1
Lugo (ES), 10–12 October 2033. Study visit to sheep farms in the Os Ancares moun-
tains and to the wool washing plant of Lanas do Miño S.L. in Sarria. Presentation by
Xosé Manuel Fernández Cotarelo, Deputy for Economic Promotion of the Lugo Pro-
vincial Council.

1.3 Second Steering Group meeting and study visit 2
Daugavpils (LV), 5–7 June 2034. Host: Latgale Planning Region, with Daugavpils Uni-
versity. Visits to the Latgale Special Economic Zone and the linen and wool workshop
of SIA Latgales Vilna in Rēzekne. Welcome by Ilze Stabulniece-Krūmiņa, Head of the
Latgale Planning Region Development Agency.

{H}                                   2

1.4 Online Steering Group meeting
14 March 2035 (online). Replacement of the Finnish partner; approval of this calen-
dar (version 4).

1.5 Third Steering Group meeting and study visit 3
Wałbrzych and Kamienna Góra (PL), 13–15 May 2035. Host: Marshal's Office of the
Lower Silesian Voivodeship, with the Wool Cluster Sudety. Visit to the textile
museum in Kamienna Góra and to the felt producer Filc-Sudety Sp. z o.o. Speaker:
Dr hab. inż. Katarzyna Nowak-Zielonka, President of the Wool Cluster Sudety.

2. UPCOMING MEETINGS AND EVENTS

2.1 Fourth Steering Group meeting and interregional policy workshop
Lugo (ES), 24–25 September 2035. Host: Deputación de Lugo with COINTEGA. Policy
workshop "Wool as a raw material, not a waste" with the Galician Innovation Agency
(GAIN). Contact: Uxía Rodríguez Vilariño, project manager, Deputación de Lugo.

2.2 Fifth Steering Group meeting
Joensuu (FI), 16–17 April 2036. Host: Municipality of Joensuu. Visit to the Business
Joensuu wood and fibre programme and to the Finnish Natural Resources Institute
(Luke) research station.

2.3 Monitoring meetings of the follow-up phase (online)
Every six months from October 2036: the first on 15 October 2036, the second on 15
April 2037 (after the end of the project, for the final report only).

2.4 Final conference
Campobasso (IT), 27–28 January 2037. "Wool, rural regions and the circular economy".
The final conference will present the seven regional action plans and the results of
the monitoring. Confirmed: Dr. Maria Cristina Fabbri-Lombardo, Head of Unit at the
European Commission's Directorate-General for Regional and Urban Policy (DG REGIO);
Prof. Dr. Jānis Ozoliņš-Berzins, Rector of Daugavpils University. A stakeholders' fair
with products of partner regions will be held in the Palazzo della Provincia.

3. RESULTS OF THE CORE PHASE
- Seven good practices uploaded to the Policy Learning Platform
- 212 stakeholders involved in regional stakeholder groups
- Three policy instruments improved (Molise ERDF programme, Lugo rural development
  plan, Lower Silesian RIS3)

{H}                                   3

4. PRACTICAL NOTES FOR PARTNERS
Each partner sends at most three staff members and up to four stakeholders to the
study visits. Travel costs of stakeholders are paid by the partner. The host partner
circulates an agenda six weeks before each meeting and a short report within four
weeks after it. Dates can change; the lead partner will inform all partners at least
one month in advance.

Abbreviations: ARDIM – Regional Agency for Development and Innovation of Molise;
COINTEGA – Clúster Téxtil Moda de Galicia; GAIN – Axencia Galega de Innovación; DG
REGIO – Directorate-General for Regional and Urban Policy; SG – Steering Group.

Document prepared by the lead partner, Campobasso, 20 March 2035.                  4
"""
T = T.replace('Regional Council of North Karelia? – withdrawn', 'Regional Council of North Karelia – withdrawn')
write(F, T)
AR='Regional Agency for Development and Innovation of Molise'
gold(F,
 [P('Giovanna Di Iorio-Mastrangelo','Project coordinator',AR), P('Fabrizio Colavita','Communication manager',AR),
  P('Roberto Di Baggio-Cefaratti','Regional Councillor','Molise Region'), P('Anaïs Lefebvre-Dumont','project officer','Interreg Europe Joint Secretariat'),
  P('Xosé Manuel Fernández Cotarelo','Deputy for Economic Promotion','Lugo Provincial Council'),
  P('Ilze Stabulniece-Krūmiņa','Head of the Latgale Planning Region Development Agency',None), P('Katarzyna Nowak-Zielonka','President','Wool Cluster Sudety'),
  P('Uxía Rodríguez Vilariño','project manager','Deputación de Lugo'), P('Maria Cristina Fabbri-Lombardo','Head of Unit','DG REGIO'),
  P('Jānis Ozoliņš-Berzins','Rector of Daugavpils University',None)],
 [O(AR,'ARDIM'), O('Lugo Provincial Council'), O('Clúster Téxtil Moda de Galicia','COINTEGA'), O('Latgale Planning Region'), O('Daugavpils University'),
  O("Lower Silesian Voivodeship – Marshal's Office"), O('Wool Cluster Sudety'), O('Regional Council of North Karelia'), O('Municipality of Joensuu'),
  O('University of Molise'), O('Molise Region'), O('Interreg Europe Joint Secretariat'), O('Lanas do Miño S.L.'), O('Latgale Special Economic Zone'), O('SIA Latgales Vilna'),
  O('Latgale Planning Region Development Agency'), O('Filc-Sudety Sp. z o.o.'), O('Galician Innovation Agency','GAIN'), O('Business Joensuu'),
  O('Finnish Natural Resources Institute','Luke'), O('European Commission'), O("Directorate-General for Regional and Urban Policy",'DG REGIO')],
 [E('Kick-off meeting','2033-04-18','2033-04-19','Campobasso','Italy'), E('First Steering Group meeting and study visit 1','2033-10-10','2033-10-12','Lugo','Spain'),
  E('Second Steering Group meeting and study visit 2','2034-06-05','2034-06-07','Daugavpils','Latvia'), E('Online Steering Group meeting','2035-03-14','2035-03-14',None,None),
  E('Third Steering Group meeting and study visit 3','2035-05-13','2035-05-15','Wałbrzych, Kamienna Góra','Poland'),
  E('Fourth Steering Group meeting and interregional policy workshop','2035-09-24','2035-09-25','Lugo','Spain'),
  E('Fifth Steering Group meeting','2036-04-16','2036-04-17','Joensuu','Finland'), E('first monitoring meeting','2036-10-15','2036-10-15',None,None),
  E('second monitoring meeting','2037-04-15','2037-04-15',None,None), E('Final conference','2037-01-27','2037-01-28','Campobasso','Italy'),
  E("stakeholders' fair",'2037-01-27','2037-01-28','Campobasso','Italy')],
 ['2033/2037','2028/2034','2035-03-14','2034','2033-03-01','2037-02-28','2035-08-31','2033-04-18/2033-04-19','2033-10-10/2033-10-12','2034-06-05/2034-06-07',
  '2035-05-13/2035-05-15','2035-09-24/2035-09-25','2036-04-16/2036-04-17','2036-10','2036-10-15','2037-04-15','2037-01-27/2037-01-28','2035-03-20'], pub='2035-03-20', km=['Seven good practices uploaded to the Policy Learning Platform',
  '212 stakeholders involved in regional stakeholder groups',
  'Three policy instruments improved (Molise ERDF programme, Lugo rural development plan, Lower Silesian RIS3)'])
