from h import *
F = 'g16_azores_sea_cluster_board_minutes.txt'
for (y,m,d,w) in [(2037,1,19,'Monday'),(2037,3,12,'Thursday'),(2037,3,13,'Friday'),(2037,4,22,'Wednesday'),(2037,5,18,'Monday'),(2037,5,20,'Wednesday'),(2037,6,8,'Monday'),(2037,9,24,'Thursday'),(2037,2,2,'Monday')]:
    assert wd(y,m,d)==w,(y,m,d)
T = """Azores Sea Cluster – Association for the Blue Economy of the Azores
Minutes of the Board meeting no. 1/2037

Date: Monday, 19 January 2037, 15:00–17:40
Place: cluster office, Rua do Mercado 8, Ponta Delgada, São Miguel, and online (Teams)
Approved by written procedure on 2 February 2037

Present: Rui Medeiros (President of the Board, chair), Ana Paula Furtado (Vice-President; Pescazores – Cooperativa de Pescadores), Tiago Sousa Melo (Treasurer; Atlântico Conservas, Lda.), Prof. Helena Ávila (University of the Azores, Okeanos Institute), Carlos Bettencourt (Port of Ponta Delgada, Portos dos Açores, S.A.), by video link: Filipa Garcia (Horta Marina Services, Faial)
Apologies: João Pacheco (Azores Chamber of Commerce and Industry)
In attendance: Marta Cabral, Cluster Manager (secretary of the meeting); Nuno Rego, Project Officer, for item 4

AGENDA
1. Approval of the agenda and of the minutes of 11 December 2036
2. Report of the Cluster Manager
3. Events calendar 2037
4. Participation in Seafood Expo Global 2037
5. Preparation of the General Assembly
6. Any other business

1. APPROVAL OF THE AGENDA AND OF THE MINUTES
The agenda was approved without changes. The minutes of the meeting of 11 December 2036 were approved with one correction in item 3 (the membership fee for start-ups is EUR 150, not EUR 120).

2. REPORT OF THE CLUSTER MANAGER
Marta Cabral reported that the cluster now has 47 members, after the entry of Azores Algae Lab, Lda. and the Nautical School of Angra do Heroísmo in December. The renewal of the cluster's recognition by the Regional Directorate for Science and Technology was confirmed on 15 December 2036. The final report of the Blue Islands project was submitted on time. She also informed the Board that the Regional Secretariat for the Sea and Fisheries has asked the cluster to comment on the new regional maritime spatial plan by the end of February.

3. EVENTS CALENDAR 2037
The Cluster Manager presented the draft calendar of events. The Board discussed the number of events, which had been criticised by some members as too high in 2036, and agreed to concentrate on five main events:
– Blue Economy Breakfast on tuna processing, Thursday 12 March 2037, Ponta Delgada
– Sea Careers Day with the University of the Azores, Friday 13 March 2037, Ponta Delgada
– Webinar on EU aquaculture rules, Wednesday 22 April 2037 (online)
– Azores Blue Week, Monday 8 June to Friday 12 June 2037, Horta (Faial), including the annual Blue Economy Conference and a visit to the Horta marine research station
– Cluster Christmas meeting, December 2037, Angra do Heroísmo (date to be fixed)
Prof. Helena Ávila asked that the Blue Week be coordinated with the Okeanos Institute's summer course, which also takes place in Horta in June. Filipa Garcia offered the conference room of the Horta marina for the Blue Week.

4. PARTICIPATION IN SEAFOOD EXPO GLOBAL 2037
Nuno Rego presented the proposal for a joint Azores stand at Seafood Expo Global in Barcelona. The stand would be shared with the regional agency for the promotion of Azorean products and would host up to six member companies. Tiago Sousa Melo noted that the costs for the stand should be paid for by the participating companies and not by the general budget. Ana Paula Furtado asked that fishing cooperatives be given priority. After discussion, the Board agreed that members interested in the stand must confirm their participation by the end of the month, so that the space can be booked before the organiser's early-bird deadline.

5. PREPARATION OF THE GENERAL ASSEMBLY
The ordinary General Assembly will be held on Monday, 18 May 2037 at 17:00 in Ponta Delgada. The Board will approve the annual report and the accounts for 2036 at its meeting of 20 April 2037. Rui Medeiros reminded the Board that the mandate of the current Board (2034–2037) ends at the General Assembly and that elections must be held.

6. ANY OTHER BUSINESS
Carlos Bettencourt informed the Board about the works on the cruise terminal, which will limit access to the port between March and May. The next meeting of the Board will take place on 20 April 2037.

DECISIONS
The Board decided:
– To approve the events calendar 2037 with five main events, as presented under item 3
– To organise a joint stand at Seafood Expo Global 2037 in Barcelona, with costs shared by the participating companies
– To convene the ordinary General Assembly on 18 May 2037, with the election of the Board for 2037–2040 on the agenda
– To give the Cluster Manager a mandate to submit the cluster's comments on the regional maritime spatial plan

There being no further business, the chair closed the meeting at 17:40.

Rui Medeiros, President of the Board                    Marta Cabral, secretary of the meeting

Page 1 of 1 · Internal – for members of the Board
"""
write(F, T)
A='Azores Sea Cluster'
gold(F,
 [P("Rui Medeiros","President of the Board",A),
  P("Ana Paula Furtado","Vice-President","Azores Sea Cluster"),
  P("Tiago Sousa Melo","Treasurer","Azores Sea Cluster"),
  P("Helena Ávila",None,"Okeanos Institute"),
  P("Carlos Bettencourt",None,"Portos dos Açores, S.A."),
  P("Filipa Garcia",None,"Horta Marina Services"),
  P("João Pacheco",None,"Azores Chamber of Commerce and Industry"),
  P("Marta Cabral","Cluster Manager",A),
  P("Nuno Rego","Project Officer",A)],
 [O("Azores Sea Cluster – Association for the Blue Economy of the Azores"), O("Pescazores – Cooperativa de Pescadores"),
  O("Atlântico Conservas, Lda."), O("University of the Azores"), O("Okeanos Institute"), O("Port of Ponta Delgada"),
  O("Portos dos Açores, S.A."), O("Horta Marina Services"), O("Azores Chamber of Commerce and Industry"),
  O("Azores Algae Lab, Lda."), O("Nautical School of Angra do Heroísmo"),
  O("Regional Directorate for Science and Technology"), O("Regional Secretariat for the Sea and Fisheries")],
 [E("Board meeting no. 1/2037","2037-01-19",None,"Ponta Delgada","Portugal"),
  E("Blue Economy Breakfast on tuna processing","2037-03-12",None,"Ponta Delgada","Portugal"),
  E("Sea Careers Day","2037-03-13",None,"Ponta Delgada","Portugal"),
  E("Webinar on EU aquaculture rules","2037-04-22"),
  E("Azores Blue Week","2037-06-08","2037-06-12","Horta","Portugal"),
  E("Blue Economy Conference","2037-06",None,"Horta","Portugal"),
  E("visit to the Horta marine research station","2037-06",None,"Horta","Portugal"),
  E("Cluster Christmas meeting","2037-12",None,"Angra do Heroísmo","Portugal"),
  E("Okeanos Institute's summer course","2037-06",None,"Horta","Portugal"),
  E("Seafood Expo Global 2037",None,None,"Barcelona","Spain"),
  E("General Assembly","2037-05-18",None,"Ponta Delgada","Portugal"),
  E("Board meeting","2037-04-20"),
  E("Board meeting","2036-12-11")],
 ["2037-01-19","2037-02-02","2036-12-11","2036-12","2036-12-15","2037-02","2037-03-12","2037-03-13","2037-04-22",
  "2037-06-08/2037-06-12","2037-12","2037-06","2037-05-18","2036","2037-04-20","2034/2037","2037-03/2037-05","2037/2040"],
 ["To approve the events calendar 2037 with five main events, as presented under item 3",
  "To organise a joint stand at Seafood Expo Global 2037 in Barcelona, with costs shared by the participating companies",
  "To convene the ordinary General Assembly on 18 May 2037, with the election of the Board for 2037–2040 on the agenda",
  "To give the Cluster Manager a mandate to submit the cluster's comments on the regional maritime spatial plan"],
 None)
