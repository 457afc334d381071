from s import *
D="Danube AgriFood Cluster"
W("newsletter-2034-05_danube-agrifood-cluster-pleven","newsletter-2034-05_danube-agrifood-cluster-pleven.txt","2034-05-02",[
P("Ivaylo Dimitrov-Petkov","Cluster Manager",D),P("Nadezhda ILIEVA","Head of the Soil Science Department","Institute of Agriculture and Seed Science \"Obraztsov Chiflik\""),
P("Martin Georgiev","Sales Engineer","Netafim Bulgaria EOOD"),P("Desislava Kostova-Yankova","Legal Advisor","Bulgarian Food Safety Agency"),
P("Petya Marinova","project officer",D),P("Andreea Munteanu-Ionescu","Director","Romanian Agri-Food Cluster Association"),
P("Rumen Tsvetkov","chair of the board",D),P("Jelena Marković","International Relations Manager","Vojvodina Chamber of Commerce"),
P("Gergana Hristova","member of the board","Hristovi Farms OOD"),P("Stefka Vasileva","accountant",D),P("Galina Todorova")],
[O(D,"DAFC"),O("Agricultural Academy"),O("Institute of Agriculture and Seed Science \"Obraztsov Chiflik\""),O("Netafim Bulgaria EOOD"),
O("Bulgarian Food Safety Agency","BFSA"),O("Romanian Agri-Food Cluster Association"),O("Vidin Chamber of Commerce and Industry"),O("Małopolska Wine Cluster"),
O("Vojvodina ICT Cluster"),O("Institute of Field and Vegetable Crops"),O("Vojvodina Chamber of Commerce"),O("Hristovi Farms OOD"),O("Zlatno Zarno AD"),
O("BioPleven Lab EOOD"),O("Faculty of Agribusiness"),O("Medical University – Pleven"),O("Teleorman County Council"),
O("Craiova Agricultural Research and Development Station"),O("Ministry of Agriculture and Food"),O("European Secretariat for Cluster Analysis","ESCA"),
O("Association of Business Clusters","ABC")],
[E("Workshop \"Drip irrigation and soil sensors for orchards\"","2034-05-18",None,"Ruse","Bulgaria"),E("Webinar \"Labelling rules for plant-based dairy alternatives\"","2034-05-23"),
E("Pleven Food Days 2034","2034-06-09","2034-06-10","Pleven","Bulgaria"),E("Danube Region Cluster Meeting","2034-06-21",None,"Vidin","Bulgaria"),
{"name":"Study visit to the wine cluster in Kraków","start":None,"end":None,"city":"Kraków","country":"Poland"},
E("Mission to Novi Sad","2034-04-18","2034-04-20","Novi Sad","Serbia"),{"name":"International Agricultural Fair","start":None,"end":None,"city":"Novi Sad","country":"Serbia"},
E("General Assembly","2034-03-28",None,"Pleven","Bulgaria"),E("Bulgarian Cluster Conference 2034","2034-10-12","2034-10-13","Plovdiv","Bulgaria")],
["2034-05","2034-05-18","2034-05-12","2034-05-23","2034-06-09/2034-06-10","2034-05-19","2034-06-21","2034-05-25/2034-05-27","2034-04-18/2034-04-20","2034-03-28","2033","2034/2035","2034-04-01","2037-03","2034-06-30","2034-04","2034-10-12/2034-10-13","2021/2027"])
