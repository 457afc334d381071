from h import *
F = 'g02_algarve_blue_digest.txt'
assert wd(2039,3,28)=='Monday' and wd(2039,4,14)=='Thursday' and wd(2039,5,19)=='Thursday' and wd(2039,5,20)=='Friday' and wd(2039,4,29)=='Friday'
T = """ALGARVE BLUE DIGEST
Weekly e-mail bulletin of the Algarve Sea & Tourism Cluster (ASTC) – No. 13/2039, Monday 28 March 2039
You receive this digest because you are a member or partner of the cluster. To stop receiving it, reply with UNSUBSCRIBE.
------------------------------------------------------------

IN THIS ISSUE
1. Open call: Sea Experience Lab pilots – deadline 29 April
2. Save the date: Algarve Blue Economy Days, Loulé, 19–20 May
3. Member news: new marina services in Olhão, a new face at the University
4. From Brussels: what the tourism transition pathway means for us
5. Jobs and internships

------------------------------------------------------------
1. OPEN CALL: SEA EXPERIENCE LAB PILOTS

The cluster invites small tourism and maritime companies in the Algarve to propose pilot experiences that combine the sea with local knowledge outside the summer peak: guided fishing trips with the lota of Quarteira, salt-pan walks in Castro Marim, octopus cooking with Santa Luzia fishermen, and so on.

What is on offer: up to 8,000 euros per pilot, mentoring by the cluster team and a test week with tour operators in October 2039.
Who can apply: micro and small enterprises with a registered seat in the Algarve region, alone or in groups of up to three.
How: online form on the cluster website, maximum five pages plus a budget.
Deadline: Friday 29 April 2039, 17:00 (Lisbon time).

An online information session will take place on Thursday 14 April 2039 at 10:00. Questions can be sent in advance to Rita Palma Cavaco, project officer, at calls@astc.example.pt.

------------------------------------------------------------
2. SAVE THE DATE: ALGARVE BLUE ECONOMY DAYS 2039

The sixth Algarve Blue Economy Days will be held on 19 and 20 May 2039 at the Cineteatro Louletano in Loulé, co-organised with the Câmara Municipal de Loulé and the Universidade do Algarve. The first day is dedicated to tourism in the shoulder seasons; the second to aquaculture, seaweed and the ports of Portimão and Faro. A technical visit to the aquaculture station of the Instituto Português do Mar e da Atmosfera (IPMA) in Olhão is planned for the afternoon of Friday 20 May.

Earlier editions:
2034 – Portimão, 8–9 May
2035 – Lagos, 14–15 May
2036 – Tavira, 22–23 April
2037 – Faro, 6–7 May
2038 – Albufeira, 12–13 May

Programme and registration will be published in the next digest. Companies wishing to exhibit should contact Tiago Nunes.

------------------------------------------------------------
3. MEMBER NEWS

* Marina de Olhão Serviços Náuticos, Lda. opened a new dry dock for boats up to 18 metres. Managing partner Joaquim Sousa Brito says the company wants to keep owners in the Algarve over winter instead of sending them to Spain.
* Professor Helena Mascarenhas has been appointed pro-rector for knowledge transfer of the Universidade do Algarve. She replaces Prof. Rui Valadares, who returns to teaching at the Faculty of Sciences and Technology.
* Ria Formosa Kayak Tours joined the cluster as its 112th member.
* The regional tourism board, Região de Turismo do Algarve (RTA), published its figures for 2038: overnight stays in November to March rose by 9 per cent.

------------------------------------------------------------
4. FROM BRUSSELS

Our director, Margarida Sequeira, attended a meeting of the European Cluster Collaboration Platform on tourism clusters in Brussels on 16 March 2039. She reports that the Commission's services want regions to show concrete projects on data sharing and on skills for the 2040–2046 period. The cluster will prepare a short note with the Comissão de Coordenação e Desenvolvimento Regional do Algarve (CCDR Algarve) before the summer.

------------------------------------------------------------
5. JOBS AND INTERNSHIPS

* Junior project manager (Erasmus+ project on maritime skills), full time, Loulé office – applications by 11 April 2039.
* Two summer internships in communication, June–September 2039.
See the cluster website under "Join us".

------------------------------------------------------------
Algarve Sea & Tourism Cluster – Associação para a Economia do Mar e do Turismo do Algarve
Edifício Nova Loulé, Av. José da Costa Mealha 24, 8100-501 Loulé
Editor of this digest: Tiago Nunes, communication officer | digest@astc.example.pt

Forwarded message below – please ignore if you already received it.
> From: Rita Palma Cavaco
> Subject: Sea Experience Lab – FAQ
> Can a company in Spain's Huelva province take part? Only as a partner of an Algarve lead applicant, and it cannot rec
"""
write(F, T)
C = "Algarve Sea & Tourism Cluster"
gold(F,
 [P("Rita Palma Cavaco","project officer",C), P("Tiago Nunes","communication officer",C),
  P("Joaquim Sousa Brito","Managing partner","Marina de Olhão Serviços Náuticos, Lda."),
  P("Helena Mascarenhas","pro-rector for knowledge transfer","Universidade do Algarve"),
  P("Rui Valadares",None,"Faculty of Sciences and Technology"),
  P("Margarida Sequeira","director",C)],
 [O(C,"ASTC"), O("Câmara Municipal de Loulé"),
  O("Universidade do Algarve"), O("Instituto Português do Mar e da Atmosfera","IPMA"),
  O("Marina de Olhão Serviços Náuticos, Lda."), O("Faculty of Sciences and Technology"), O("Ria Formosa Kayak Tours"),
  O("Região de Turismo do Algarve","RTA"), O("European Cluster Collaboration Platform"), O("Commission"),
  O("Comissão de Coordenação e Desenvolvimento Regional do Algarve","CCDR Algarve")],
 [E("online information session","2039-04-14",None,None,None),
  E("Algarve Blue Economy Days","2039-05-19","2039-05-20","Loulé","Portugal"),
  E("technical visit to the aquaculture station","2039-05-20",None,"Olhão","Portugal"),
  E("Algarve Blue Economy Days","2034-05-08","2034-05-09","Portimão","Portugal"),
  E("Algarve Blue Economy Days","2035-05-14","2035-05-15","Lagos","Portugal"),
  E("Algarve Blue Economy Days","2036-04-22","2036-04-23","Tavira","Portugal"),
  E("Algarve Blue Economy Days","2037-05-06","2037-05-07","Faro","Portugal"),
  E("Algarve Blue Economy Days","2038-05-12","2038-05-13","Albufeira","Portugal"),
  E("test week with tour operators","2039-10",None,None,None),
  E("meeting of the European Cluster Collaboration Platform on tourism clusters","2039-03-16",None,"Brussels","Belgium")],
 ["2039-03-28","2039-04-29","2039-05-19/2039-05-20","2039-10","2039-04-14","2034-05-08/2034-05-09","2035-05-14/2035-05-15",
  "2036-04-22/2036-04-23","2037-05-06/2037-05-07","2038-05-12/2038-05-13","2039-05-20","2038","2039-03-16","2040/2046",
  "2039-04-11","2039-06/2039-09"],
 [], pub="2039-03-28")
