from h import *
F = 'g15_stendal_rural_hydrogen_network_ga_minutes.txt'
assert wd(2040,11,28)=='Wednesday' and wd(2040,11,29)=='Thursday' and wd(2040,12,12)=='Wednesday' and wd(2041,5,22)=='Wednesday' and wd(2040,10,24)=='Wednesday'
T = """RURAL HYDROGEN CLUSTERS EUROPE (RH2CE) AISBL
Rue du Commerce 31, 1000 Brussels · Register of legal entities 0000.000.000

MINUTES OF THE 6th ORDINARY GENERAL ASSEMBLY
Stendal (Germany), Hanseatic Hall, Wednesday 28 November 2040, 14:00–17:45

Draft – circulated to members on 12 December 2040 for approval at the next General Assembly

Present: 27 of 34 full members in person or by proxy (quorum: 18). Associate members and guests without voting rights: 11.
Chair: Helga Brandenburg-Kühn, President of RH2CE (Wasserstoffnetzwerk Altmark e. V.)
Secretary of the meeting: Tomás Ó Briain, Secretary General of RH2CE
Guests: Dr Martin Seifert-Lang, State Secretary, Ministry of Economy, Tourism, Agriculture and Forestry of Saxony-Anhalt; Ilona Varga, Policy Officer, European Commission, Directorate-General for Energy (DG ENER), Unit B.1

Item 1 – Opening and welcome
The President opened the Assembly at 14:05 and thanked the host, Wasserstoffnetzwerk Altmark e. V., and the City of Stendal. State Secretary Seifert-Lang welcomed the members to Saxony-Anhalt and presented the state's programme for hydrogen in rural areas, which supports electrolysers linked to wind and biogas plants. The Assembly followed the Rural Hydrogen Days, held in Stendal and Osterburg on 27 and 28 November, with site visits to the electrolyser in Arneburg on the morning of 28 November.

Item 2 – Approval of the agenda and of the minutes of the 5th General Assembly
The agenda was approved without changes. The minutes of the 5th General Assembly, held online on 24 October 2039, were approved unanimously.

Item 3 – Activity report 2040
The Secretary General presented the activity report. Highlights were the network's first policy paper on "Hydrogen valleys beyond the cities", presented at the European Hydrogen Week in Brussels in October 2040, the Summer School on Rural Hydrogen in Aalborg from 30 June to 4 July 2040, and the start of the Horizon Europe project RURALH2-SKILLS, coordinated by the network. Four new members joined: Hydrogen Cluster Podkarpacie, Cluster Énergies Nouvelles Morvan, Galicia Hydrogen Platform and the Hydrogen Innovation Cluster of Southern Transdanubia.

Item 4 – Accounts 2040 and budget 2041
Treasurer Mirjam de Vries-Bakker (Energy Valley Drenthe) presented the provisional accounts, which show income of EUR 418,000 and a small surplus. The auditors, Katarzyna Nowicka and Jean-Luc Perrin, confirmed that the books were in order. The budget for 2041 of EUR 455,000 was presented, including a rise of the full membership fee to EUR 4,200.

Item 5 – Elections
The term of the Executive Board 2037–2040 ends with this Assembly. The election committee, chaired by Jean-Luc Perrin, received seven nominations for seven seats. The following were elected by secret ballot for the term 2041–2043:
- President: Helga Brandenburg-Kühn (Wasserstoffnetzwerk Altmark e. V.), re-elected, 25 votes
- Vice-President: Javier Sotelo Carreira (Galicia Hydrogen Platform), 24 votes
- Treasurer: Mirjam de Vries-Bakker (Energy Valley Drenthe), 26 votes
- Board members: Jukka Heinonen (Kokkola Industrial Park Hydrogen Cluster), Anna Wrzesińska (Hydrogen Cluster Podkarpacie), Luca Benedetti (Polo Idrogeno Val Padana) and Siobhán Carey (Midlands Energy Cluster)
Outgoing Vice-President Henrik Dahl-Sørensen (Hydrogen Valley Nordjylland) was thanked for six years of service.

Item 6 – Resolutions
The General Assembly adopted the following resolutions:
1. The activity report and the accounts 2040 are approved and the Executive Board is discharged (unanimous).
2. The budget 2041 of EUR 455,000 and the new membership fees are approved (24 in favour, 3 abstentions).
3. The network will apply for observer status in the European Clean Hydrogen Alliance (unanimous).
4. A working group on rural hydrogen skills is set up, coordinated by the Galicia Hydrogen Platform (unanimous).
5. The 7th General Assembly will be held in Lugo, Spain, in May 2041 (unanimous).

Item 7 – Policy exchange with the European Commission
Ilona Varga presented the Commission's plans for a second wave of hydrogen valleys and invited members to contribute to the consultation that closes on 31 January 2041. Members stressed that grid connection and permitting, not technology, are the main barriers in rural areas. Javier Sotelo Carreira reported that in Galicia three electrolyser projects had waited more than two years for a grid connection, and Siobhán Carey described how farmers' cooperatives in the Irish Midlands are considering shared ownership of small electrolysers. Several members asked the Commission to allow smaller valleys below 20 MW to apply. Ilona Varga noted the point and offered to attend a webinar of the network in the first quarter of 2041 to discuss the draft rules in more detail.

Item 8 – Any other business
The President announced that the network's office will move within Brussels in March 2041. The Assembly closed at 17:45, followed by a dinner at the Stendal town hall cellar.

Signed: Helga Brandenburg-Kühn, President · Tomás Ó Briain, Secretary of the meeting

Annexes (members' area): A. Attendance list · B. Activity report 2040 · C. Accounts 2040 · D. Budget 2041 · E. Ballot report

Rural Hydrogen Clusters Europe AISBL is an international non-profit association under Belgian law, founded in 2034 by eleven cluster organisations from seven countries.

The 7th General Assembly has since been fixed for Wednesday 22 May 2041 in Lugo.
"""
write(F, T)
gold(F,
 [P("Helga Brandenburg-Kühn","President","Rural Hydrogen Clusters Europe AISBL"),
  P("Tomás Ó Briain","Secretary General","RH2CE"),
  P("Martin Seifert-Lang","State Secretary","Ministry of Economy, Tourism, Agriculture and Forestry of Saxony-Anhalt"),
  P("Ilona Varga","Policy Officer","Directorate-General for Energy"),
  P("Mirjam de Vries-Bakker","Treasurer","Rural Hydrogen Clusters Europe AISBL"),
  P("Katarzyna Nowicka","auditor",None),
  P("Jean-Luc Perrin","auditor",None),
  P("Javier Sotelo Carreira","Vice-President","Rural Hydrogen Clusters Europe AISBL"),
  P("Jukka Heinonen","Board member","Rural Hydrogen Clusters Europe AISBL"),
  P("Anna Wrzesińska","Board member","Rural Hydrogen Clusters Europe AISBL"),
  P("Luca Benedetti","Board member","Rural Hydrogen Clusters Europe AISBL"),
  P("Siobhán Carey","Board member","Rural Hydrogen Clusters Europe AISBL"),
  P("Henrik Dahl-Sørensen","Outgoing Vice-President","Rural Hydrogen Clusters Europe AISBL")],
 [O("Rural Hydrogen Clusters Europe AISBL","RH2CE"), O("Wasserstoffnetzwerk Altmark e. V."),
  O("Ministry of Economy, Tourism, Agriculture and Forestry of Saxony-Anhalt"), O("European Commission"),
  O("Directorate-General for Energy","DG ENER"), O("City of Stendal"), O("Hydrogen Cluster Podkarpacie"),
  O("Cluster Énergies Nouvelles Morvan"), O("Galicia Hydrogen Platform"), O("Hydrogen Innovation Cluster of Southern Transdanubia"),
  O("Energy Valley Drenthe"), O("Kokkola Industrial Park Hydrogen Cluster"), O("Polo Idrogeno Val Padana"),
  O("Midlands Energy Cluster"), O("Hydrogen Valley Nordjylland"), O("European Clean Hydrogen Alliance")],
 [E("6th Ordinary General Assembly","2040-11-28",None,"Stendal","Germany"),
  E("Rural Hydrogen Days","2040-11-27","2040-11-28","Stendal, Osterburg","Germany"),
  E("site visits to the electrolyser in Arneburg","2040-11-28",None,"Arneburg","Germany"),
  E("5th General Assembly","2039-10-24",None,None,None),
  E("European Hydrogen Week","2040-10",None,"Brussels","Belgium"),
  E("Summer School on Rural Hydrogen","2040-06-30","2040-07-04","Aalborg","Denmark"),
  E("7th General Assembly","2041-05-22",None,"Lugo","Spain"),
  E("dinner at the Stendal town hall cellar","2040-11-28",None,"Stendal","Germany")],
 ["2040-11-28","2040-12-12","2040-11-27/2040-11-28","2039-10-24","2040","2040-10","2040-06-30/2040-07-04","2041","2037/2040","2041/2043","2041-05","2041-01-31","2041-03","2041-05-22","2034"],
 ["The activity report and the accounts 2040 are approved and the Executive Board is discharged (unanimous)",
  "The budget 2041 of EUR 455,000 and the new membership fees are approved (24 in favour, 3 abstentions)",
  "The network will apply for observer status in the European Clean Hydrogen Alliance (unanimous)",
  "A working group on rural hydrogen skills is set up, coordinated by the Galicia Hydrogen Platform (unanimous)",
  "The 7th General Assembly will be held in Lugo, Spain, in May 2041 (unanimous)"],
 "2040-12-12")
