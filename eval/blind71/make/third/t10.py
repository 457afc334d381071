from w import w
F='France'
w('10', P=[("Yann Le Goff","director of research","Ifremer"),("Sophie Kerhervé",None,"Valorial"),("Martin Lindgren",None,"Chalmers University of Technology"),
("Hervé Martineau",None,"Pôle d'excellence cyber"),("Ewa Zielińska-Morel","CISO","Orange Business"),("Gwenaëlle Tanguy","international project manager","Bretagne Commerce International"),
("Luis Ortega Blanco",None,"European Cluster Collaboration Platform"),("Erwan Le Bihan",None,None),("Katell Morvan","project lead","Neopolia"),
("Ingrid Vogt-Hansen",None,"Clusterland Oberösterreich"),("Loïg Chesnais","President","Regional Council of Brittany"),("Anne-Sophie Le Roux","communications officer",None),
("Marc Guillou","Editorial director",None)],
O=[(x,None) for x in ["Breizh Clusters Network","Pôle Mer Bretagne Atlantique","Ifremer","Valorial","Chalmers University of Technology","Pôle d'excellence cyber","Rennes Métropole","Orange Business",
"Bretagne Commerce International","European Cluster Collaboration Platform","Neopolia","Clusterland Oberösterreich","France Clusters","ESCA","European Commission","Regional Council of Brittany","Vegepolys Valley","Photonics Bretagne"]],
E=[("OCEAN TECH DAYS","2034-04-04",None,"Brest",F),("FOOD PACKAGING WORKSHOP","2034-04-13",None,"Rennes",F),("CYBERSECURITY MEETUP","2034-04-25","2034-04-26","Rennes",F),
("WEBINAR: FUNDING FOR CLUSTER INTERNATIONALISATION","2034-05-09",None,None,None),("GENERAL ASSEMBLY OF THE NETWORK","2034-05-16",None,"Saint-Brieuc",F),
("buffet dinner","2034-05-16",None,"Saint-Brieuc",F),("Salon Breizh Innov","2034-05-18",None,"Lorient",F),("European Cluster Conference","2034-06-06","2034-06-08","Brussels","Belgium"),
("HYDROGEN BREAKFAST","2034-05-23",None,"Saint-Nazaire",F),("TRAINING FOR CLUSTER MANAGERS","2034-05-30","2034-05-31","Quimper",F),("Breizh Clusters Annual Meeting","2034-02-24",None,"Vannes",F)],
D=["2034-03","2034-04-04","2034-03-28","2034-04-13","2034-04-25/2034-04-26","2034-05-09","2034-05-16","2034-05-02","2034-05-18","2034-06-06/2034-06-08","2034-05-23","2034-05-30/2034-05-31","2034-02-24","2034-04-24"])
