from w import W
M='METALASTUR'
P=[("Covadonga Álvarez-Miranda Suárez","President","Talleres Mecánicos del Nalón, S.A."),("Íñigo Fernández de la Vega","First Vice-President","Aceros del Cantábrico, S.L."),
("Marta Rodríguez-Peláez","Second Vice-President","Fundación IDONIAL"),("Xuan Carlos Menéndez Prieto","Treasurer","Calderería Pesada del Caudal, S.L."),
("Alejandro Sierra Villaverde","Secretary","Sierra & Asociados Abogados, S.L.P."),("Ramón Cuesta-García","General Manager","Forjas de Mieres, S.A."),
("Beatriz Ordóñez","Head of Operations","Asturiana de Robótica Industrial, S.L."),("Hans-Peter Lindemann","Managing Director","Lindemann Stahlbau Ibérica, S.L."),
("Noelia Fonseca Rubiera","CEO","Tubos y Perfiles del Principado, S.A."),("Pelayo Villanueva","Vice-Rector for Research","Universidad de Oviedo"),
("Luis Antonio Gancedo","President","Federación Asturiana de Empresarios del Metal"),("Paula Estrada Díaz-Caneja","Director","Centro Tecnológico de Fabricación Aditiva de Asturias"),
("Manuel Ángel Tuñón Riestra","Honorary President",M),("Fernando Llaneza Corripio",None,None),("Sonia Vigil-Escalera",None,None),
("María José Canteli Arias","Chair",M),("Óscar Bernardo Pidal","Financial Controller","Forjas de Mieres, S.A."),("Lorena García-Tamargo","Compliance Officer","Aceros del Cantábrico, S.L."),
("Javier Cienfuegos-Jovellanos Hevia","Managing Director",M),("Irene Castaño Valdés","Head of Innovation and Projects",M),("Thomas O'Rourke","Head of Internationalisation",M),
("Ana Belén Rozada","Head of Training and Talent",M),("Mateo Argüelles","Finance and Administration",M)]
orgs=[("Asociación Clúster del Metal y la Fabricación Avanzada de Asturias","METALASTUR")]
for _,_,o in P:
    if o and o!=M and (o,None) not in orgs and o not in ("Federación Asturiana de Empresarios del Metal","Centro Tecnológico de Fabricación Aditiva de Asturias"): orgs.append((o,None))
orgs += [("Federación Asturiana de Empresarios del Metal","FEMETAL"),("Centro Tecnológico de Fabricación Aditiva de Asturias","CETFAA"),
("Principality of Asturias – Regional Ministry of Science, Enterprise, Training and Employment",None),("Agencia de Ciencia, Competitividad Empresarial e Innovación Asturiana","SEKUENS"),
("Basque Cluster Association",None),("Spanish Federation of Innovative Business Clusters","FENAEIC"),("Manufacturing Cluster Alliance of the Atlantic Arc",None),
("European Cluster Excellence Initiative",None),("Spanish Ministry of Industry and Tourism",None)]
ev=[("Extraordinary General Assembly","2034-03-21","2034-03-21","Gijón","Spain"),("Ordinary General Assembly","2034-06-13","2034-06-13","Avilés","Spain")]
for d in ["2034-01-23","2034-03-21","2034-05-08","2034-06-13","2034-09-19","2034-11-07","2034-12-16"]: ev.append(("Board meeting",d,d,None,None))
ev.append(("Ordinary General Assembly","2035-06-12","2035-06-12","Oviedo","Spain"))
W('asturias-metal-cluster-annual-report-2034-governance', P, orgs, ev,
["2012","2034-03-21","2034-12-31","2034","2034-06-13","2033","2035","2034/2038","2026/2034","2034-01-23","2034-05-08","2034-09-19","2034-11-07","2034-12-16","2029","2034-10","2031-11","2036","2038","2035-06-12"])
