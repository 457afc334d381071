from h import *
F = 'g11_tipperary_cluster_members_directory.txt'
assert wd(2037,4,23)=='Thursday' and wd(2037,3,12)=='Thursday'
T = """TIPPERARY AGRI-TECH CLUSTER CLG
Home   About   Members   Join   Projects   News   Contact
Log in | Search

MEMBERS DIRECTORY
Last reviewed: 23/04/2037

The Tipperary Agri-Tech Cluster (TATC) is a company limited by guarantee founded in 2031 by eleven machinery, dairy-technology and software firms from Clonmel, Thurles and Nenagh. Today it brings together 64 members from County Tipperary and neighbouring counties. Members below are listed by category; the full profiles are visible to logged-in members only.

Founding and strategic members (board seats)
The following organisations hold a seat on the board of directors under the cluster's constitution:
  * Clonmel Dairy Engineering Ltd – represented by Aoife Hennessy, Managing Director
  * Suir Valley Robotics DAC – represented by Tadhg O'Donoghue-Ryan, Founder and CTO
  * Technological University of the Shannon (TUS), Thurles campus – represented by Dr. Niamh Cusack
  * Tipperary County Council, Local Enterprise Office – represented by Declan Maher, Head of Enterprise
  * Teagasc, Moorepark Research Centre – represented by Dr. Grzegorz Wiśniewski, Senior Research Officer

Company members (selection)
  - Nenagh Feed Systems Ltd
  - Galtee Precision Farming Ltd
  - AgriSense Analytics Ltd, Cashel
  - Knockmealdown Milking Solutions
  - Carrick Timber Structures Ltd
  - O'Dwyer & Sons Agricultural Contractors, Cahir
  - FarmLedger Software DAC, Roscrea
  - Slievenamon Drone Services Ltd

Research and education members
  - University of Limerick, School of Engineering
  - Tipperary Education and Training Board (Tipperary ETB)
  - Gurteen Agricultural College, Ballingarry

Support organisations
  - Enterprise Ireland, South-East regional office
  - Irish Farmers' Association (IFA), Tipperary branch
  - Bank of Ireland Agri Team, Clonmel

New members in 2037
We welcomed four new members at the Annual General Meeting on Thursday 12 March 2037 in the Hotel Minella, Clonmel: Dromana Biogas Ltd, Lough Derg Aquaponics, PastureBase Ireland, and Waterford-based Déise Sensor Labs Ltd.

Board of directors 2037–2039
At the AGM, Aoife Hennessy was re-elected Chairperson, Declan Maher became Vice-Chairperson, and Dr. Niamh Cusack was elected Company Secretary. Tadhg O'Donoghue-Ryan and Dr. Grzegorz Wiśniewski continue as directors. Outgoing director Séamus Ó Cinnéide (Galtee Precision Farming Ltd) stepped down after six years; the members thanked him for chairing the skills working group since 2032.

Cluster team
  Cluster Manager: Róisín Fitzgerald-Kowalczyk
  Innovation Advisor: Kevin Brennan
  Events and Communications: Laura McGrath (part-time)

Lessons learnt from the 2036 membership review
A review of the membership carried out in autumn 2036 with the support of the Western Development Commission led the board to these conclusions:
  1. Members value introductions to buyers and research partners more than general networking events
  2. Small firms need a lower fee band and a named contact person in the cluster team
  3. Research members should commit to at least one joint project proposal per year

Join the cluster
Membership is open to companies, research bodies and public organisations with an interest in agricultural technology. Fees for 2037 range from EUR 250 (micro companies) to EUR 2,500 (large companies and universities). Applications are reviewed by the board at its quarterly meeting; the next one takes place on 19 June 2037 in Thurles. Deadline for applications: 5 June 2037.

Upcoming: Tipperary Agri-Tech Open Day, 9 September 2037, Gurteen Agricultural College (4th edition; earlier editions at Moorepark in 2034, in Thurles in 2035 and in Nenagh in 2036).

Contact: Róisín Fitzgerald-Kowalczyk, Cluster Manager, TATC, Unit 4, Clonmel Enterprise Centre, Clonmel, Co. Tipperary · hello@tatc.example.ie · +353 52 000 0000

(c) 2037 Tipperary Agri-Tech Cluster CLG | Registered in Ireland | Privacy | Cookies | Accessibility
"""
write(F, T)
T_="Tipperary Agri-Tech Cluster CLG"
gold(F,
 [P("Aoife Hennessy","Chairperson",T_),
  P("Tadhg O'Donoghue-Ryan","director",T_),
  P("Niamh Cusack","Company Secretary",T_),
  P("Declan Maher","Vice-Chairperson",T_),
  P("Grzegorz Wiśniewski","director",T_),
  P("Séamus Ó Cinnéide","director",T_),
  P("Róisín Fitzgerald-Kowalczyk","Cluster Manager",T_),
  P("Kevin Brennan","Innovation Advisor",T_),
  P("Laura McGrath","Events and Communications",T_)],
 [O(T_,"TATC"), O("Clonmel Dairy Engineering Ltd"), O("Suir Valley Robotics DAC"), O("Technological University of the Shannon","TUS"),
  O("Tipperary County Council"), O("Local Enterprise Office"), O("Teagasc"), O("Moorepark Research Centre"),
  O("Nenagh Feed Systems Ltd"), O("Galtee Precision Farming Ltd"), O("AgriSense Analytics Ltd"), O("Knockmealdown Milking Solutions"),
  O("Carrick Timber Structures Ltd"), O("O'Dwyer & Sons Agricultural Contractors"), O("FarmLedger Software DAC"), O("Slievenamon Drone Services Ltd"),
  O("University of Limerick"), O("School of Engineering"), O("Tipperary Education and Training Board","Tipperary ETB"), O("Gurteen Agricultural College"),
  O("Enterprise Ireland"), O("Irish Farmers' Association","IFA"), O("Bank of Ireland"),
  O("Dromana Biogas Ltd"), O("Lough Derg Aquaponics"), O("PastureBase Ireland"), O("Déise Sensor Labs Ltd"), O("Western Development Commission")],
 [E("Annual General Meeting","2037-03-12",None,"Clonmel","Ireland"),
  E("quarterly meeting","2037-06-19",None,"Thurles","Ireland"),
  E("Tipperary Agri-Tech Open Day","2037-09-09",None,"Ballingarry","Ireland"),
  E("Tipperary Agri-Tech Open Day (2034)","2034",None,None,"Ireland"),
  E("Tipperary Agri-Tech Open Day (2035)","2035",None,"Thurles","Ireland"),
  E("Tipperary Agri-Tech Open Day (2036)","2036",None,"Nenagh","Ireland")],
 ["2037-04-23","2031","2037","2037-03-12","2037/2039","2032","2036","2037-06-19","2037-06-05","2037-09-09","2034","2035"],
 ["Members value introductions to buyers and research partners more than general networking events",
  "Small firms need a lower fee band and a named contact person in the cluster team",
  "Research members should commit to at least one joint project proposal per year"],
 pub="2037-04-23")
