from w import W, N
import re
txt=open('../../docs/cross-border-cluster-study-interviews.md',encoding='utf-8').read()
rec=txt.split('## 5. Recommendations')[1].split('## 6.')[0]
K=[re.sub(r'^\d+\.\s*','',l).strip().rstrip('.') for l in rec.splitlines() if re.match(r'^\d+\.',l)]
I="InterTradeIreland"
W("cross-border-cluster-study-interviews","cross-border-cluster-study-interviews.md","2034-11-14",
 [("Aoife Nic Giolla Bhríde","Director of Strategy",I),("Peter McCausland",N,"Department for the Economy"),
  ("Siobhán Ní Dhomhnaill",N,"Enterprise Ireland"),("Gerard McKittrick",N,"Ulster University"),("Ruth Halliday-Okonjo",N,"Invest Northern Ireland"),
  ("Cathal Ó Murchú",N,N),("Rebecca Kilbride",N,N),("Tomasz Wróblewski-Quinn",N,N),
  ("Niamh Doherty","cluster manager","Digital Northwest Cluster"),("Brendan Quinn","chair","Mid Ulster Manufacturing Cluster")],
 [(I,N),("Department for the Economy (Northern Ireland)",N),("Kilbride & Ó Murchú Economic Consultants Ltd",N),("Centre for Cross Border Studies",N),
  ("Enterprise Ireland",N),("Ulster University",N),("Invest Northern Ireland",N),("Border Agri-Food Cluster",N),("Digital Northwest Cluster",N),
  ("Fermanagh Engineering and Composites Cluster",N),("Life Sciences Cluster Louth–Newry",N),("Mid Ulster Manufacturing Cluster",N),
  ("Northwest Marine and Fisheries Cluster",N),("Sligo Medtech Network",N),("Local Enterprise Office Cavan",N),("Mid Ulster District Council",N),
  ("Special EU Programmes Body","SEUPB"),("Atlantic Technological University",N),("Dundalk Institute of Technology",N),("South West College",N),
  ("Erne Composites Ltd",N),("Lakeland Dairies Co-operative Society Ltd",N),("McAleer Precision Engineering Ltd",N),("Oriel Biotech DAC",N),
  ("Manufacturing NI",N),("Irish Business and Employers' Confederation","Ibec"),("North South Ministerial Council",N)],
 [("focus group","2034-04-23","2034-04-23","Enniskillen","United Kingdom"),("focus group","2034-05-08","2034-05-08","Dundalk","Ireland"),
  ("validation workshop","2034-09-17","2034-09-17","Armagh","United Kingdom"),("dissemination event for cluster managers","2035-02","2035-02","Newry","United Kingdom")],
 ["2034-11-14","2034-02/2034-06","2034-04-23","2034-05-08","2034-09-17","2021/2027","2034-12","2035-02"],K)
AA="Andalucía Agrotech Cluster"
W("strait-agrifood-memorandum-news","strait-agrifood-memorandum-news.html","2036-06-12",
 [("Rocío Gallardo Benítez","president",AA),("Javier Sánchez de la Varga","vice-rector for transfer and innovation","Universidad de Cádiz"),
  ("José Manuel Gago da Silva","chair","AgroAlgarve – Associação de Agricultores e Agroindústria do Algarve"),
  ("Maria João Bebiano Reis","pro-rector for entrepreneurship","Universidade do Algarve"),("Youssef El Amrani","general manager","Cluster Agro-industriel du Nord"),
  ("Fatima-Zahra Benkirane","president","Chambre de Commerce, d'Industrie et de Services Tanger-Tétouan-Al Hoceïma"),
  ("Íñigo de Palacio Ortiz","Consul General",N),("Khalid Bennani Smires","director","Tanger Med Zones"),("Elena Márquez Ruiz","communications",AA)],
 [(AA,N),("Universidad de Cádiz",N),("AgroAlgarve – Associação de Agricultores e Agroindústria do Algarve",N),("Universidade do Algarve",N),
  ("Cluster Agro-industriel du Nord","CAN"),("Chambre de Commerce, d'Industrie et de Services Tanger-Tétouan-Al Hoceïma","CCIS TTA"),
  ("Tanger Med Zones",N),("Spanish Federation of Innovative Business Clusters","REDAEI")],
 [("second Strait Agrifood Business Forum","2036-06-09","2036-06-10","Tangier","Morocco"),("working group on water meeting","2036-07-08","2036-07-08",N,N),
  ("delegation visit","2036-10-19","2036-10-23",N,N),("summer school","2037-07","2037-07","Faro","Portugal"),
  ("third Strait Agrifood Business Forum","2037-06","2037-06","Cádiz","Spain"),("Almería greenhouse technology days",N,N,N,N)],
 ["2036-06-12","2036-06-10","2036-06-09/2036-06-10","2036/2041","2036-07-08","2036-10-19/2036-10-23","2037-07","2037-06","2032/2035",
  "2036-05-28","2036-05-03","2036-06-30"])
Z="Žemaitijos baldų ir medienos klasteris"
W("zemaitijos-baldu-klasteris-nauja-valdyba","zemaitijos-baldu-klasteris-nauja-valdyba.txt","2035-05-18",
 [("Rasa Jonušienė","valdybos pirmininkė","UAB „Masčio baldai“"),("Algirdas Petrauskas","valdybos narys","AB „Žemaitijos mediena“"),
  ("Vytautas Šliogeris","pirmininko pavaduotojas","Kauno technologijos universitetas"),("Ieva Norkutė-Mažeikienė","valdybos narė","UAB „Rietavo interjeras“"),
  ("Tomas Budrys","valdybos narys","MB „Kretingos stalius“"),("Jolanta Stonkienė","valdybos narė","Telšių rajono savivaldybės administracija"),
  ("Darius Gedvilas","valdybos narys","VšĮ Žemaitijos verslo inkubatorius"),("Laima Vaitkevičiūtė",N,"UAB „Telšių apskaitos centras“"),
  ("Marius Jankauskas",N,"UAB „Plungės lentpjūvė“"),("Agnė Kazlauskaitė-Berg","klasterio vadovė",Z),("Giedrė Ramanauskienė","projektų vadovė",Z)],
 [(Z,"ŽBMK"),("Žemaitijos kolegija",N),("UAB „Masčio baldai“",N),("AB „Žemaitijos mediena“",N),("Lietuvos baldų pramonės asociacija",N),
  ("Kauno technologijos universitetas",N),("UAB „Rietavo interjeras“",N),("MB „Kretingos stalius“",N),("Telšių rajono savivaldybės administracija",N),
  ("VšĮ Žemaitijos verslo inkubatorius",N),("UAB „Telšių apskaitos centras“",N),("UAB „Plungės lentpjūvė“",N),("Inovacijų agentūra",N),
  ("Wood Cluster Alliance",N),("UAB „Skuodo medis“",N),("UAB „Nordic Panels LT“",N),("Vilniaus Gedimino technikos universitetas",N),
  ("MB „Medžio dizaino studija“",N),("Mažeikių politechnikos mokykla",N),("Smålands Trä- och Möbelkluster",N),("Telšių rajono savivaldybė",N),
  ("European Cluster Collaboration Platform","ECCP")],
 [("visuotinis susirinkimas","2035-05-16","2035-05-16","Telšiai","Lithuania"),("Pirmasis naujosios valdybos posėdis","2035-06-06","2035-06-06","Plungė","Lithuania"),
  ("seminaras „Medienos atliekų panaudojimas gamyboje“","2035-06-19","2035-06-19","Telšiai","Lithuania"),
  ("verslo misija į Jönköpingą","2035-09-24","2035-09-26",N,"Sweden"),("Žemaitijos medienos diena","2035-10-15","2035-10-15","Plungė","Lithuania"),
  ("Baldai 2034",N,N,"Vilnius","Lithuania"),("Stockholm Furniture Fair",N,N,N,"Sweden")],
 ["2035-05-18","2035-05-16","2035/2038","2029","2026","2034","2035/2040","2035-06-06","2035-06-19","2035-09-24/2035-09-26","2035-10-15","2032","2035"])
