from h import *
F = 'g16_sassari_new_director_press_release.txt'
assert wd(2034,10,18)=='Wednesday' and wd(2034,10,20)=='Friday' and wd(2034,11,3)=='Friday' and wd(2034,11,24)=='Friday'
T = """PRESS RELEASE
Sardegna Ricerche – Cluster and Enterprise Department
Embargo: Friday 20 October 2034, 10:00 CET

SASSARI CHOOSES A NEW LEADER FOR ITS CLUSTERS: GIOVANNA MURA-DESSÌ APPOINTED HEAD OF DEPARTMENT
Outgoing head Efisio Porcu hands over after eleven years and leaves five recommendations for the island's cluster policy

Sassari/Cagliari, 20 October 2034 – The Board of Sardegna Ricerche, the research and innovation agency of the Autonomous Region of Sardinia, has appointed Dr Giovanna Mura-Dessì as Head of the Cluster and Enterprise Department. The Board took the decision at its meeting in Cagliari on Wednesday 18 October 2034. She will take office on 1 December 2034 and will be based at the agency's Sassari office.

Mura-Dessì (44) is currently Director of the Cluster Agroalimentare della Sardegna (CAS), the regional agri-food cluster with 140 member companies, which she has led since 2029. Earlier she worked for eight years at the University of Sassari's Department of Agricultural Sciences and for three years as a project manager for the Interreg Maritime Italy–France programme's joint secretariat in Genoa. She sits on the board of the national network Rete dei Cluster Tecnologici Nazionali and chairs its working group on agri-food.

"Sardinia has fewer clusters than other regions, but the ones we have are close to their members," said Mura-Dessì. "My job is to make sure that a cheesemaker in Thiesi and a start-up in Pula can use the same door to the agency."

She succeeds Efisio Porcu, who has led the department since 2023 and retires at the end of November. Under his leadership the agency created six regional clusters – agri-food, blue economy, cork, ICT, renewable energy and cultural tourism – and the Sardinian cluster managers' network (Rete Sarda dei Cluster), which meets four times a year.

The President of Sardegna Ricerche, Prof. Antonello Piras, thanked Porcu "for building a cluster policy where there was none" and announced that he would be invited to join the agency's scientific committee.

RECOMMENDATIONS FROM THE OUTGOING HEAD
In his final report to the Board, presented on 18 October, Porcu set out five recommendations for the next period:
1. Fund cluster management teams for at least five years at a time, not project by project
2. Merge the smallest clusters or let them share a common secretariat
3. Require every cluster board to include at least one representative of small firms and one of research
4. Link the clusters to the thematic smart specialisation partnerships of the European Commission
5. Measure the clusters by the joint projects of their members, not by the number of events

HANDOVER EVENTS
Porcu and Mura-Dessì will appear together at the Sardinian Cluster Day on Friday 24 November 2034 at the Sardegna Ricerche science park in Pula, where the six clusters will present their work plans for 2035. The Rete Sarda dei Cluster will say goodbye to Porcu at its last meeting of the year, on Friday 1 December 2034 in Oristano.

CAS will elect a new Director at its General Assembly on Friday 3 November 2034 in Arborea. Until then the cluster is managed by its Vice-Director, Salvatore Ledda.

ABOUT SARDEGNA RICERCHE
Sardegna Ricerche is the agency of the Autonomous Region of Sardinia for research, innovation and technology transfer. It manages the science and technology park of Sardinia, with sites in Pula and Alghero, and the regional cluster programme.

Media contact:
Valentina Cossu, Press Office, Sardegna Ricerche
stampa@sardegnaricerche.example.it | +39 070 000 0000

###
"""
assert wd(2034,12,1)=='Friday'
write(F, T)
S="Sardegna Ricerche"
gold(F,
 [P("Giovanna Mura-Dessì","Head of the Cluster and Enterprise Department",S),
  P("Efisio Porcu","head",S),
  P("Antonello Piras","President",S),
  P("Salvatore Ledda","Vice-Director","Cluster Agroalimentare della Sardegna"),
  P("Valentina Cossu","Press Office",S)],
 [O(S), O("Cluster and Enterprise Department"), O("Autonomous Region of Sardinia"), O("Cluster Agroalimentare della Sardegna","CAS"),
  O("University of Sassari"), O("Department of Agricultural Sciences"), O("Rete dei Cluster Tecnologici Nazionali"),
  O("Rete Sarda dei Cluster"), O("European Commission")],
 [E("meeting","2034-10-18",None,"Cagliari","Italy"),
  E("Sardinian Cluster Day","2034-11-24",None,"Pula","Italy"),
  E("last meeting of the year","2034-12-01",None,"Oristano","Italy"),
  E("General Assembly","2034-11-03",None,"Arborea","Italy")],
 ["2034-10-20","2034-10-18","2034-12-01","2029","2023","2034-11","2034-11-24","2035","2034-11-03"],
 ["Fund cluster management teams for at least five years at a time, not project by project",
  "Merge the smallest clusters or let them share a common secretariat",
  "Require every cluster board to include at least one representative of small firms and one of research",
  "Link the clusters to the thematic smart specialisation partnerships of the European Commission",
  "Measure the clusters by the joint projects of their members, not by the number of events"],
 pub="2034-10-20")
