from h import *
F = 'g16_turin_aerospace_cluster_bulletin.txt'
assert wd(2036,11,27)=='Thursday' and wd(2036,12,11)=='Thursday' and wd(2037,1,20)=='Tuesday'
T = """PIEDMONT AEROSPACE CLUSTER – MEMBERS' BULLETIN · Issue 11
Turin, 28 November 2036
You receive this bulletin as a contact person of a member organisation. Unsubscribe | View in browser

In this issue
1. Board meeting of 27 November: four new members admitted
2. New faces in the cluster office
3. Peer review by the Basque aerospace cluster: recommendations
4. Member news
5. Dates for your diary

------------------------------------------------------------
1. BOARD MEETING OF 27 NOVEMBER: FOUR NEW MEMBERS ADMITTED
------------------------------------------------------------
The Board of Directors of the Piedmont Aerospace Cluster (Distretto Aerospaziale Piemonte, DAP) met on Thursday 27 November at the Turin offices of the Unione Industriali Torino. The Board admitted four new members, bringing the total to 94:
- Meccanica Fenestrelle S.r.l. (Pinerolo) – precision machining of titanium parts
- SpaceNexus Italia S.p.A. (Turin) – satellite ground segment software
- the Interuniversity Centre for Advanced Materials of the University of Eastern Piedmont (Novara)
- Fondazione ITS Aerospazio Piemonte – higher technical education for aircraft maintenance

President Giovanna Ferrero-Bonaudo (Thales Alenia Space Italia) welcomed the new members: "Two of the four are small companies from the valleys around Turin. That is exactly the supply chain we want to keep in Piedmont."

The Board also approved the cluster's budget for 2037 and took note of the resignation of board member Alberto Rinaldi (Leonardo S.p.A., Aircraft Division), who retires at the end of the year. His seat will be filled by co-optation at the next meeting.

------------------------------------------------------------
2. NEW FACES IN THE CLUSTER OFFICE
------------------------------------------------------------
Since 3 November, Dr. Chiara Dell'Oro is the cluster's new Innovation Manager. She joins from the Politecnico di Torino, where she coordinated industrial PhD programmes with aerospace companies (2030–2036). She replaces Federico Actis, who has moved to the Piedmont regional agency Finpiemonte.

From January, Kwame Asante-Boateng will strengthen the team as International Projects Officer, responsible for the cluster's participation in the European Space Clusters Partnership. Kwame grew up in Kumasi and Turin and previously worked at Ceipiemonte, the region's internationalisation agency.

The office team (Director: Ing. Paolo Gribaudo) now counts six people.

------------------------------------------------------------
3. PEER REVIEW BY THE BASQUE AEROSPACE CLUSTER: RECOMMENDATIONS
------------------------------------------------------------
From 6 to 8 October a team of three peers from HEGAN, the Basque Aeronautics and Space Cluster, reviewed our services and governance. The team was led by Iñaki Goikoetxea Urrutia, HEGAN's Director of Internationalisation, with Miren Etxeberria and Jon Arrizabalaga Ruiz. Their report, received on 14 November, ends with five recommendations:

- Give SMEs a dedicated seat on the Board, elected by the SME members
- Replace the general newsletter with short thematic bulletins for each value chain
- Set up a joint purchasing service for certification and testing
- Measure member satisfaction every year, not every three years
- Use the cluster's 20th anniversary in 2037 to present a five-year strategy

The Board will discuss the recommendations at its next meeting in December.

------------------------------------------------------------
4. MEMBER NEWS
------------------------------------------------------------
- ALTEC S.p.A., the Turin centre for space logistics, has appointed Marta Gili-Baudino as Head of Engineering from 1 December. She succeeds Renato Peyron, who becomes Chief Technology Officer of the company.
- Avio Aero opened a new additive-manufacturing line at its Rivalta di Torino plant on 17 November; the cluster organised a visit for 22 member companies the same week.
- The Turin Chamber of Commerce and the cluster renewed their agreement on export services for 2037–2039. Contact at the Chamber: Elisa Marchisio, Head of International Affairs.
- Our biennial matchmaking event Aerospace & Defence Meetings Torino returns in November 2037. The 2035 edition (25–27 November 2035) brought 1,400 B2B meetings and buyers from 28 countries; the call for sponsors opens in March.

------------------------------------------------------------
5. DATES FOR YOUR DIARY
------------------------------------------------------------
- Thursday 11 December, 17:30 – Members' Christmas meeting and Board meeting, Turin, Palazzo Birago
- 1 December 2036 – 31 January 2037 – Call for the cluster's innovation vouchers open (deadline 31 January, 12:00)
- Tuesday 20 January 2037 – Workshop "Space sustainability and debris removal", Politecnico di Torino, Lingotto campus
- 24–26 March 2037 – cluster delegation to the Aerospace & Defence Meetings in Seville (registration by 15 February)
- 2037 – 20th anniversary of the cluster; programme to follow

Piedmont Aerospace Cluster – Distretto Aerospaziale Piemonte
c/o Unione Industriali Torino, Via Manfredo Fanti 17, 10128 Torino
info@dap.example.it | Privacy policy
"""
write(F, T)
D="Piedmont Aerospace Cluster"
gold(F,
 [P("Giovanna Ferrero-Bonaudo","President",D),
  P("Alberto Rinaldi","board member",D),
  P("Chiara Dell'Oro","Innovation Manager",D),
  P("Federico Actis",None,"Finpiemonte"),
  P("Kwame Asante-Boateng","International Projects Officer",D),
  P("Paolo Gribaudo","Director",D),
  P("Iñaki Goikoetxea Urrutia","Director of Internationalisation","HEGAN"),
  P("Miren Etxeberria",None,"HEGAN"),
  P("Jon Arrizabalaga Ruiz",None,"HEGAN"),
  P("Marta Gili-Baudino","Head of Engineering","ALTEC S.p.A."),
  P("Renato Peyron","Chief Technology Officer","ALTEC S.p.A."),
  P("Elisa Marchisio","Head of International Affairs","Turin Chamber of Commerce")],
 [O(D,"DAP"), O("Unione Industriali Torino"), O("Meccanica Fenestrelle S.r.l."), O("SpaceNexus Italia S.p.A."),
  O("Interuniversity Centre for Advanced Materials"), O("University of Eastern Piedmont"), O("Fondazione ITS Aerospazio Piemonte"),
  O("Thales Alenia Space Italia"), O("Leonardo S.p.A."), O("Politecnico di Torino"), O("Finpiemonte"),
  O("European Space Clusters Partnership"), O("Ceipiemonte"), O("Basque Aeronautics and Space Cluster","HEGAN"),
  O("ALTEC S.p.A."), O("Avio Aero"), O("Turin Chamber of Commerce")],
 [E("Board meeting","2036-11-27",None,"Turin","Italy"),
  E("Peer review","2036-10-06","2036-10-08",None,None),
  E("Members' Christmas meeting","2036-12-11",None,"Turin","Italy"),
  E("Board meeting","2036-12-11",None,"Turin","Italy"),
  E("Workshop \"Space sustainability and debris removal\"","2037-01-20",None,"Turin","Italy"),
  E("Aerospace & Defence Meetings","2037-03-24","2037-03-26","Seville","Spain"),
  E("visit","2036-11",None,"Rivalta di Torino","Italy"),
  E("Aerospace & Defence Meetings Torino","2037-11",None,"Turin","Italy"),
  E("2035 edition","2035-11-25","2035-11-27","Turin","Italy")],
 ["2036-11-28","2036-11-27","2037","2036-11-03","2030/2036","2037-01","2036-10-06/2036-10-08","2036-11-14","2036-12",
  "2036-12-11","2036-12-01/2037-01-31","2037-01-31","2037-01-20","2037-03-24/2037-03-26","2037-02-15","2036-12-01","2036-11-17","2037/2039","2037-11","2035-11-25/2035-11-27","2037-03"],
 ["Give SMEs a dedicated seat on the Board, elected by the SME members",
  "Replace the general newsletter with short thematic bulletins for each value chain",
  "Set up a joint purchasing service for certification and testing",
  "Measure member satisfaction every year, not every three years",
  "Use the cluster's 20th anniversary in 2037 to present a five-year strategy"],
 pub="2036-11-28")
