exec(open('eval/blind69/make/second/a1.py').read().split('B="Braisle')[0])
BS="BSBEC"; VA="Varna"
W("varna-blue-economy-cluster-awards-2035","varna-blue-economy-cluster-awards-2035.md","2035-11-30",
 [P("Desislava Petrova-Ilieva","journalist"),P("Nikolay Stoyanov","mayor"),P("Georgi Manolov","chair of the cluster's managing board",BS),
  P("Svetla Bratanova-Doncheva","chair of the jury","Institute of Oceanology of the Bulgarian Academy of Sciences"),P("Andrei Vasilescu","director","Constanța Maritime Cluster"),
  P("Eleni Papadaki","senior policy officer","DG MARE"),P("Petar Todorov",None,"Technical University of Varna"),P("Milena Hristova-Kirova","managing partner","Black Sea Ventures"),
  P("Nino Beridze","head","Batumi Marine Innovation Hub"),P("Emre Aksoy",None,"Enterprise Europe Network Türkiye"),P("Boyan Dimitrov","founder","Marinex Sensors Ltd"),
  P("Yana Dimitrova","founder","Marinex Sensors Ltd"),P("Kalina Marinova","naval engineer","Bulyard"),P("Todor Kolarov","former director","Bulgarian Ship Hydrodynamics Centre"),
  P("Stela Angelova","artist"),P("Ivan Zhelev",None,BS),P("Radostina Kostova","communication manager",BS)],
 [O("Black Sea Blue Economy Cluster",BS),O("Navibulgar Shipmanagement EAD"),O("Institute of Oceanology of the Bulgarian Academy of Sciences"),O("Constanța Maritime Cluster"),
  O("Directorate-General for Maritime Affairs and Fisheries","DG MARE"),O("European Commission"),O("Technical University of Varna"),O("Black Sea Ventures"),O("Batumi Marine Innovation Hub"),
  O("Enterprise Europe Network Türkiye"),O("Marinex Sensors Ltd"),O("Black Sea Mussel Farm Kavarna JSC"),O("Bulyard Shipbuilding Industry AD"),O("Ocean Digital OOD"),
  O("Bulgarian Ship Hydrodynamics Centre"),O("Varna Free University"),O("Bulgarian Small and Medium Enterprises Promotion Agency","BSMEPA"),O("Varna Municipality"),O("Bulgarian Chamber of Commerce and Industry")],
 [E("Blue Economy Awards 2035","2035-11-28","2035-11-28",VA,"Bulgaria"),E("Black Sea Blue Growth Forum","2035-11-27","2035-11-28",VA,"Bulgaria"),
  E("SMM","2036-09-01","2036-09-04","Hamburg","Germany"),E("Black Sea Blue Growth Forum (2036 edition)","2036-11-25","2036-11-26")],
 ["2035-11-30","2035-11-28","2035-11-06","2034","2035-09","2036","2036-09-01/2036-09-04","2036-05-04","2036-11-25/2036-11-26","2035-11-27/2035-11-28","2036-01"])
VM="Vidzeme Mechatronics Cluster"; H="Hannover"
W("vidzeme-mechatronics-joint-stand-call-hannover-2035","vidzeme-mechatronics-joint-stand-call-hannover-2035.txt","2035-01-08",
 [P("Anke Sievers","head of the Research & Technology area","Deutsche Messe AG"),P("Edgars Ozoliņš","founder","Ozols Robotics SIA"),P("Ilze Kalniņa-Bērziņa","board member","VMC"),
  P("Kristaps Lūsis","International projects manager",VM),P("Līga Ābele","communication officer",VM),P("Arvīds Priedītis","managing director","Valmieras Dzinēji SIA")],
 [O(VM,"VMC"),O("Sønderborg Energy Cluster"),O("Medical Technology Cluster East Bohemia"),O("Mechatronik-Cluster Oberösterreich"),O("Business Upper Austria"),O("Automation Cluster Tampere"),
  O("Lithuanian Laser Association"),O("Estonian Robotics Cluster"),O("Investment and Development Agency of Latvia","LIAA"),O("Deutsche Messe AG"),O("Ozols Robotics SIA"),
  O("Vidzeme University of Applied Sciences"),O("Valmiera Development Agency"),O("Valmieras Dzinēji SIA")],
 [E("HANNOVER MESSE 2035","2035-04-23","2035-04-27",H,"Germany"),E("guided stand tour","2035-04-23","2035-04-27",H,"Germany"),E("cluster reception","2035-04-24","2035-04-24",H,"Germany"),
  E("online briefing","2035-03-09","2035-03-09"),E("joint stand at Hannover Messe (2031 edition)","2031","2031",H,"Germany"),E("joint stand at Hannover Messe (2033 edition)","2033","2033",H,"Germany")],
 ["2035-04-23/2035-04-27","2035-01-08","2031","2033","2035-04-24","2035-02-28","2035-02-06","2035-02-13","2035-03-02","2035-03-23","2035-04-06","2035-04-21/2035-04-22","2035-04-27","2035-03-09"])
