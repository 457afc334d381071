from h import *
import docx
F = 'g06_longford_cluster_chair_interview.docx'
assert wd(2039,10,3)=='Monday' and wd(2039,9,21)=='Wednesday' and wd(2039,11,15)=='Tuesday' and wd(2040,3,5)=='Monday' and wd(2040,3,7)=='Wednesday'
paras = [
("h","In conversation: the cluster's new chairperson"),
("p","MMEC Members' Bulletin · Issue 27 · Monday 3 October 2039"),
("p","Siobhán Ní Fhearghail, chief executive of Lough Ree Precision Ltd in Lanesborough, was elected chairperson of the Midlands Manufacturing & Engineering Cluster (MMEC) at the annual general meeting in Longford on Wednesday 21 September 2039. She succeeds Pádraig Ó Catháin of Mullingar Tooling Ltd, who chaired the cluster from 2033 to 2039. Declan Moriarty, our communications lead, met her on the factory floor."),
("h2","You grew up a few kilometres from here. Why come back?"),
("p","I left for Galway at eighteen and spent fifteen years in medical devices, first in quality, then running a plant. When my father wanted to sell the machine shop in 2031, the sensible thing was to let it go. I didn't. We were nine people then; we are sixty-four now, and half of them are under thirty. That is the story of the Midlands I want to tell: not the place where the power stations closed, but the place where people came back."),
("h2","What does the cluster do for a company like yours?"),
("p","Three things. It gets us in the door with buyers we would never reach alone – the joint stand at the medtech fair in Düsseldorf brought us two customers. It shares the cost of training: our apprentices do their first year together with the apprentices of eleven other members at the Technological University of the Shannon in Athlone. And it gives us a voice. When Longford County Council drew up its new enterprise plan, the cluster was at the table, not in the public gallery."),
("h2","And what has to change?"),
("p","We are still too much a club of owners. I want the engineers, the planners and the apprentices in the room. We also have to stop pretending that every member is the same size: a firm of five and a firm of five hundred need different things. The board will bring proposals on membership tiers to the next general meeting."),
("h2","The previous chair is a hard act to follow."),
("p","Pádraig built this cluster with his own phone bill. He was the one who persuaded Enterprise Ireland and the Local Enterprise Office Longford that a cluster of small engineering shops was worth backing. He stays on the board as past chair, and I intend to ring him often."),
("h2","What is coming up?"),
("p","The fourth Midlands Manufacturing Summit takes place in Athlone on Tuesday 15 November 2039, with a visit to the Bord na Móna rewetting and solar site at Mountdillon in the afternoon. Earlier summits were held in Tullamore (2036), Mullingar (2037) and Longford (2038). Then in spring we lead our first international mission: twelve members will travel to Tampere, Finland, from Monday 5 to Wednesday 7 March 2040, organised with Enterprise Europe Network Ireland and the Finnish cluster Pirkanmaa Manufacturing Network. Our new cluster manager, Aoife Brennan-Kelly, starts on 1 November and will lead that work."),
("h2","Who else is on the new board?"),
("p","Vice-chair is Tomás Geraghty from Shannonside Fabrication, treasurer Gráinne Duffy from the accountancy firm Duffy & Rourke, and the secretary is Dr Ewa Nowicka-Byrne, head of the engineering department at TUS. Pádraig completes the officers as past chair."),
("h2","Key takeaways"),
("p","• The cluster should open its meetings to engineers, planners and apprentices, not only owners"),
("p","• Membership fees and services should be tiered by company size"),
("p","• Shared apprentice training with TUS is the cluster's most valued service and will be extended"),
("p","• The Tampere mission is a test: if it works, the cluster will run one international mission a year"),
("p","Interview edited for length. Photos: Declan Moriarty. MMEC, Unit 4, Longford Enterprise Centre, Longford · bulletin@mmec.example.ie"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,2)
    else: d.add_paragraph(t)
d.save(path(F))
M = "Midlands Manufacturing & Engineering Cluster"
gold(F,
 [P("Siobhán Ní Fhearghail","chairperson",M),
  P("Pádraig Ó Catháin","past chair",M),
  P("Declan Moriarty","communications lead",M),
  P("Aoife Brennan-Kelly","cluster manager",M),
  P("Tomás Geraghty","Vice-chair",M),
  P("Gráinne Duffy","treasurer",M),
  P("Ewa Nowicka-Byrne","secretary",M)],
 [O(M,"MMEC"), O("Lough Ree Precision Ltd"), O("Mullingar Tooling Ltd"), O("Technological University of the Shannon","TUS"),
  O("Longford County Council"), O("Enterprise Ireland"), O("Local Enterprise Office Longford"), O("Bord na Móna"),
  O("Enterprise Europe Network Ireland"), O("Pirkanmaa Manufacturing Network"), O("Shannonside Fabrication"),
  O("Duffy & Rourke")],
 [E("annual general meeting","2039-09-21",None,"Longford","Ireland"),
  E("Midlands Manufacturing Summit","2039-11-15",None,"Athlone","Ireland"),
  E("visit to the Bord na Móna rewetting and solar site at Mountdillon","2039-11-15",None,"Mountdillon","Ireland"),
  E("Midlands Manufacturing Summit","2036",None,"Tullamore","Ireland"),
  E("Midlands Manufacturing Summit","2037",None,"Mullingar","Ireland"),
  E("Midlands Manufacturing Summit","2038",None,"Longford","Ireland"),
  E("international mission","2040-03-05","2040-03-07","Tampere","Finland")],
 ["2039-10-03","2039-09-21","2033/2039","2031","2039-11-15","2036","2037","2038","2040-03-05/2040-03-07","2039-11-01"],
 ["The cluster should open its meetings to engineers, planners and apprentices, not only owners",
  "Membership fees and services should be tiered by company size",
  "Shared apprentice training with TUS is the cluster's most valued service and will be extended",
  "The Tampere mission is a test: if it works, the cluster will run one international mission a year"],
 pub="2039-10-03")
