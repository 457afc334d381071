from h import *
F = 'g13_celje_mobility_partner_meeting_minutes.txt'
assert wd(2036,11,4)=='Tuesday' and wd(2036,11,5)=='Wednesday' and wd(2037,1,20)=='Tuesday' and wd(2037,3,10)=='Tuesday'
T = """E-FLEET CE – Electrified fleets for Central European SMEs
Interreg Central Europe · Priority 1

MINUTES OF THE 3rd PARTNER MEETING AND STEERING COMMITTEE

Venue: Celje Chamber of Commerce, Celje, Slovenia
Date: 4–5 November 2036
Minutes taken by: Nika Zupančič-Rossi (Lead Partner)
Version: final, approved by written procedure on 2 December 2036

Participants
PP1  Automotive Cluster of Slovenia (ACS), Celje – Matej Kranjc (project manager), Nika Zupančič-Rossi
PP2  Moravian-Silesian Automotive Cluster (MSAC), Ostrava – Petra Nováková-Schmidt
PP3  Automobil-Cluster Oberösterreich, Linz – DI Stefan Wimmer-Obermayr
PP4  Lombardy Mobility Cluster, Milan – Dr. Giulia Ferri
PP5  Győr Automotive Industrial Cluster (PANAC Győr) – Bence Tóth-Varga
PP6  University of Maribor, Faculty of Logistics – Prof. Dr. Jure Medved
Observer: Joint Secretariat, Interreg Central Europe – Dóra Kelemen, project officer (online, day 1 only)

Agenda, Tuesday 4 November 2036
09:00  Welcome by the host (Matej Kranjc, ACS) and by Boris Novak, director of the Celje Chamber of Commerce
09:30  Item 1 – State of play of work packages 1–3
11:00  Item 2 – Pilot fleets: progress in the six regions
14:00  Item 3 – Financial reporting, period 2
16:00  Study visit to the electric bus depot of the municipal operator Celeia Promet d.o.o.
19:30  Partner dinner

Agenda, Wednesday 5 November 2036
09:00  Item 4 – Communication and the mid-term conference
10:30  Item 5 – Steering Committee (partners with voting rights only)
12:30  Closing

Summary of discussion

Item 1. Work packages 1 to 3 are on time except deliverable D2.3 (regional fleet audits), which is late in Lombardy and Győr because of delays in subcontracting. Dr. Ferri explained that the audit tender had to be repeated. MSAC offered to share its audit template.

Item 2. Five of the six pilots are running. In Linz, 14 delivery vans of three SMEs have been electrified; in Ostrava a shared charging hub for 9 companies opened in September 2036. Prof. Medved presented first data: running costs per kilometre are 31 % lower than for diesel vans, but downtime for charging is higher than expected. The Slovenian pilot will start in January 2037.

Item 3. The Lead Partner reminded partners that the reporting period ends on 31 December 2036 and that partner reports are due by 20 January 2037. Ms Kelemen from the Joint Secretariat stressed that staff costs must be supported by time sheets for all persons not working full time on the project.

Item 4. The mid-term conference "Electric fleets for small firms" will be held in Ostrava on 10 March 2037 together with the Moravian-Silesian Region. PANAC Győr will host the final conference in autumn 2037. Partners agreed to publish a joint leaflet in six languages.

Item 5. The Steering Committee, chaired by Matej Kranjc, reviewed the risks and took the decisions listed below.

Decisions
1. The deadline for deliverable D2.3 is moved to 28 February 2037 for PP4 and PP5
2. The audit template of MSAC will be used by all partners from the next reporting period
3. PP3 is appointed responsible for the joint leaflet, with a draft due by 15 January 2037
4. A budget shift of EUR 18,000 from WP3 to WP2 will be requested from the Joint Secretariat
5. The 4th partner meeting will take place in Ostrava on 9–10 March 2037, back to back with the mid-term conference

Action points
- All partners: partner reports by 20 January 2037
- PP2: send audit template to all partners by 14 November 2036
- LP: prepare the request for the budget shift

Next meeting: 9–10 March 2037, Ostrava (Czech Republic).

Annex: presentations (shared folder), attendance sheet, photos.
"""
assert wd(2037,3,9)=='Monday'
write(F, T)
A="Automotive Cluster of Slovenia"
gold(F,
 [P("Nika Zupančič-Rossi",None,A),
  P("Matej Kranjc","project manager",A),
  P("Petra Nováková-Schmidt",None,"Moravian-Silesian Automotive Cluster"),
  P("Stefan Wimmer-Obermayr",None,"Automobil-Cluster Oberösterreich"),
  P("Giulia Ferri",None,"Lombardy Mobility Cluster"),
  P("Bence Tóth-Varga",None,"Győr Automotive Industrial Cluster"),
  P("Jure Medved",None,"University of Maribor"),
  P("Dóra Kelemen","project officer","Joint Secretariat, Interreg Central Europe"),
  P("Boris Novak","director","Celje Chamber of Commerce")],
 [O(A,"ACS"), O("Celje Chamber of Commerce"), O("Moravian-Silesian Automotive Cluster","MSAC"), O("Automobil-Cluster Oberösterreich"),
  O("Lombardy Mobility Cluster"), O("Győr Automotive Industrial Cluster","PANAC Győr"), O("University of Maribor"),
  O("Faculty of Logistics"), O("Joint Secretariat, Interreg Central Europe"), O("Celeia Promet d.o.o."), O("Moravian-Silesian Region")],
 [E("3rd PARTNER MEETING AND STEERING COMMITTEE","2036-11-04","2036-11-05","Celje","Slovenia"),
  E("Study visit to the electric bus depot of the municipal operator Celeia Promet d.o.o.","2036-11-04",None,"Celje","Slovenia"),
  E("Partner dinner","2036-11-04",None,"Celje","Slovenia"),
  E("Steering Committee","2036-11-05",None,"Celje","Slovenia"),
  E("Electric fleets for small firms","2037-03-10",None,"Ostrava","Czech Republic"),
  E("final conference","2037",None,None,None),
  E("4th partner meeting","2037-03-09","2037-03-10","Ostrava","Czech Republic")],
 ["2036-11-04/2036-11-05","2036-12-02","2036-11-04","2036-11-05","2036-09","2037-01","2036-12-31","2037-01-20","2037-03-10","2037",
  "2037-02-28","2037-01-15","2037-03-09/2037-03-10","2036-11-14"],
 ["The deadline for deliverable D2.3 is moved to 28 February 2037 for PP4 and PP5",
  "The audit template of MSAC will be used by all partners from the next reporting period",
  "PP3 is appointed responsible for the joint leaflet, with a draft due by 15 January 2037",
  "A budget shift of EUR 18,000 from WP3 to WP2 will be requested from the Joint Secretariat",
  "The 4th partner meeting will take place in Ostrava on 9–10 March 2037, back to back with the mid-term conference"],
 pub="2036-12-02")
