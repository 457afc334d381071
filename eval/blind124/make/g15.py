from h import *
F = 'g15_esch_cluster_summit_programme.txt'
assert wd(2039,9,28)=='Wednesday' and wd(2039,9,29)=='Thursday' and wd(2039,9,27)=='Tuesday' and wd(2039,9,15)=='Thursday'
T = """GREATER REGION CLUSTER SUMMIT 2039
"People make clusters" – leadership, boards and talent in cross-border cluster ecosystems
28–29 September 2039 | Maison du Savoir, Belval, Esch-sur-Alzette (Luxembourg)

Organised by Luxinnovation GIE and the Luxembourg Ministry of the Economy, with the cluster agencies of Saarland (saaris – saarland.innovation&standort e.V.), Lorraine (Grand E-nov+) and Wallonia (Wallonie Entreprendre), under the Greater Region Summit presidency.

Programme as of 15 September 2039 – subject to change

TUESDAY 27 SEPTEMBER (pre-event)
18:30  Welcome reception for speakers and board members of the host clusters, Luxinnovation offices, Esch-sur-Alzette (by invitation)

WEDNESDAY 28 SEPTEMBER – DAY 1
08:30  Registration and coffee
09:15  Opening
       Lex Delles-Majerus, Minister of the Economy, Luxembourg
       Dr. Sandrine Haag, CEO, Luxinnovation
09:45  Keynote: "What boards owe their cluster managers"
       Prof. Christian Ketterer-Bonnet, Director, Institute for Cluster Governance, University of Strasbourg
10:30  Panel 1 – Electing a board that works: experiences from general assemblies
       Moderator: Nathalie Wagner, journalist, Luxemburger Wort
       Speakers:
       - Ralf Steinmetz-Kohl, Chair of the Board, automotive.saarland
       - Sophie Lemaire, Vice-President, Materalia competitiveness cluster, Metz
       - Luc Vanderhaegen, President, MecaTech cluster, Mons
       - Joëlle Thill, board member, Luxembourg HealthTech Cluster
12:00  Lunch and poster exhibition
13:30  Parallel workshops
       A. Succession planning for cluster managers – facilitated by Marc Duchêne (Wallonie Entreprendre)
       B. Member lists that tell a story: profiling members on the ECCP – facilitated by Anna Schmitz-Lopes (European Cluster Collaboration Platform)
15:30  Site visit to the Luxembourg Institute of Science and Technology (LIST), Belval
19:30  Summit dinner at the Rockhal, Esch-sur-Alzette, with the award of the "Greater Region Cluster Manager Prize 2039"

THURSDAY 29 SEPTEMBER – DAY 2
09:00  Panel 2 – Hello and goodbye: how clusters handle changes at the top
       - Bernadette Kieffer, outgoing Cluster Manager, Luxembourg Wood Cluster (retiring after 12 years)
       - Youssef Benali, incoming Cluster Manager, Luxembourg Wood Cluster
       - Dr. Hans-Peter Lauer, former managing director, saaris
10:30  Cross-border B2B meetings for cluster members (pre-booked, 20-minute slots)
12:30  Closing remarks – Carole Reuter-Dias, Head of Clusters, Luxinnovation
13:00  End of the summit

SPEAKERS IN BRIEF
Dr. Sandrine Haag has led Luxinnovation since 2036. Before that she was head of the technology transfer office of the University of Luxembourg and a member of the board of the European Clusters Alliance.
Prof. Christian Ketterer-Bonnet teaches regional economics in Strasbourg and has evaluated national cluster programmes in France, Austria and Czechia. His book on cluster boards appeared in 2038.
Ralf Steinmetz-Kohl was elected Chair of automotive.saarland at its general assembly in Saarbrücken on 15 March 2039; he is plant director at a supplier of electric drive systems in Homburg.
Bernadette Kieffer built the Luxembourg Wood Cluster from 2027 onwards and hands over to Youssef Benali on 1 October 2039. Youssef previously worked for the Forest and Wood Cluster of Grand Est in Épinal.
Anna Schmitz-Lopes is responsible for cluster profiles and the member directory of the ECCP, and trains cluster teams in presenting their members online.

PAST EDITIONS
2037 – Saarbrücken (Germany): "Clusters and the energy transition"
2038 – Metz (France): "Skills across borders"

PRACTICAL INFORMATION
Venue: Maison du Savoir, 2 avenue de l'Université, L-4365 Esch-sur-Alzette. Train to Belval-Université, 25 minutes from Luxembourg city.
Registration: free of charge, mandatory, by 20 September 2039. Places for the site visit are limited to 40.
Languages: English, French and German; interpretation in plenary sessions.
Contact: Sven Hoffmann-Reding, Event Manager, Luxinnovation GIE, summit@luxinnovation.example.lu

Luxinnovation GIE | 5 avenue des Hauts-Fourneaux, L-4362 Esch-sur-Alzette | www.luxinnovation.example.lu
"""
write(F, T)
L="Luxinnovation GIE"
gold(F,
 [P("Lex Delles-Majerus","Minister of the Economy","Luxembourg Ministry of the Economy"),
  P("Sandrine Haag","CEO",L),
  P("Christian Ketterer-Bonnet","Director","Institute for Cluster Governance"),
  P("Nathalie Wagner","journalist","Luxemburger Wort"),
  P("Ralf Steinmetz-Kohl","Chair of the Board","automotive.saarland"),
  P("Sophie Lemaire","Vice-President","Materalia"),
  P("Luc Vanderhaegen","President","MecaTech"),
  P("Joëlle Thill","board member","Luxembourg HealthTech Cluster"),
  P("Marc Duchêne",None,"Wallonie Entreprendre"),
  P("Anna Schmitz-Lopes",None,"European Cluster Collaboration Platform"),
  P("Bernadette Kieffer","Cluster Manager","Luxembourg Wood Cluster"),
  P("Youssef Benali","Cluster Manager","Luxembourg Wood Cluster"),
  P("Hans-Peter Lauer","former managing director","saaris"),
  P("Carole Reuter-Dias","Head of Clusters",L),
  P("Sven Hoffmann-Reding","Event Manager",L)],
 [O(L), O("Luxembourg Ministry of the Economy"), O("saaris – saarland.innovation&standort e.V.","saaris"), O("Grand E-nov+"),
  O("Wallonie Entreprendre"), O("Institute for Cluster Governance"), O("University of Strasbourg"), O("Luxemburger Wort"),
  O("automotive.saarland"), O("Materalia"), O("MecaTech"), O("Luxembourg HealthTech Cluster"),
  O("European Cluster Collaboration Platform","ECCP"), O("Luxembourg Institute of Science and Technology","LIST"), O("Luxembourg Wood Cluster"), O("Greater Region Summit"), O("University of Luxembourg"), O("European Clusters Alliance"), O("Forest and Wood Cluster of Grand Est")],
 [E("GREATER REGION CLUSTER SUMMIT 2039","2039-09-28","2039-09-29","Esch-sur-Alzette","Luxembourg"),
  E("Welcome reception","2039-09-27",None,"Esch-sur-Alzette","Luxembourg"),
  E("Parallel workshops","2039-09-28",None,"Esch-sur-Alzette","Luxembourg"),
  E("Site visit to the Luxembourg Institute of Science and Technology","2039-09-28",None,"Esch-sur-Alzette","Luxembourg"),
  E("Summit dinner","2039-09-28",None,"Esch-sur-Alzette","Luxembourg"),
  E("Cross-border B2B meetings","2039-09-29",None,"Esch-sur-Alzette","Luxembourg"),
  E("general assembly","2039-03-15",None,"Saarbrücken","Germany"),
  E("Greater Region Cluster Summit (2037)","2037",None,"Saarbrücken","Germany"),
  E("Greater Region Cluster Summit (2038)","2038",None,"Metz","France")],
 ["2039-09-28/2039-09-29","2039-09-15","2039-09-27","2039-09-28","2039-09-29","2037","2038","2039-09-20","2036","2039-03-15","2027","2039-10-01"],
 [], pub=None)
