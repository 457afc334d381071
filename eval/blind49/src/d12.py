from g import save
T='''PRESS RELEASE
Luleå, 21 November 2033
For immediate release

Arctic Mining Tech Cluster celebrates 25 years with a gala at Kulturens Hus

More than 380 guests from mining companies, suppliers, universities and public authorities gathered on Friday evening, 18 November 2033, at Kulturens Hus in Luleå to celebrate the 25th anniversary of Arctic Mining Tech Cluster (AMTC), the Norrbotten cluster for mining technology and sustainable metals.

The gala was opened by the cluster's chair, Ylva Henriksson-Pirttijärvi, who thanked the eleven founding companies that signed the cluster's statutes in Kiruna on 2 June 2008. "In 2008 we were a handful of suppliers who wanted to be heard by the big mines. Today we are 214 members, and the mines come to us with their hardest problems," she said.

Greetings were delivered by the County Governor of Norrbotten, Anders Lindkvist, and by a video message from Kerstin Jalonen, Head of Unit for raw materials at DG GROW, European Commission, who recalled the cluster's role in the Raw Materials Alliance since 2021.

The evening's highlight was the award of the AMTC Honorary Prize 2033 to Gunnar Sirkka, who retired in June after 19 years as the cluster's managing director. He is succeeded by Maja Lindgren Öhman, previously head of international projects at the cluster. The "Supplier of the Year" prize went to Nordhammar Automation AB from Gällivare for its remote-controlled charging robot, and the "Young Innovator" prize to Elin Kuoppa, doctoral student at Luleå University of Technology (LTU), for her work on sensor-based ore sorting.

Music was provided by the Norrbotten Big Band, and the menu was prepared with ingredients from Tornedalen producers.

A history of the Mining Tech Gala
The gala is the successor of the annual members' dinner and has become the meeting place of the northern mining supply chain:
- 2008: founding dinner, Kiruna (42 guests)
- 2013: 5th anniversary, Gällivare, first "Supplier of the Year" prize
- 2018: 10th anniversary, Luleå, first edition open to international guests
- 2020: cancelled because of the pandemic; replaced by an online award ceremony on 11 December 2020
- 2023: 15th anniversary, Kiruna, held in the new city centre after the town's relocation
- 2028: 20th anniversary, Boden (310 guests)
- 2033: 25th anniversary, Luleå (380 guests)

Looking ahead
In her closing words, Maja Lindgren Öhman presented the cluster's priorities for 2034–2036: a shared test mine for battery-electric machines, a skills programme with the Sámi Parliament's business office and the municipalities of the Malmfälten, and stronger cooperation with the Finnish and Norwegian mining clusters in the Barents region. The next international event of the cluster is the Arctic Mining Supplier Days, 16–18 April 2034, in Skellefteå, organised with the Västerbotten cluster Skellefteå Mining Network.

About AMTC
Arctic Mining Tech Cluster is a non-profit association founded in 2008 with offices in Luleå and Kiruna. Its members include mining companies, suppliers, service firms, research organisations and public bodies. The cluster received the Gold label of the European Cluster Excellence Initiative in 2031.

Press contact:
Sanna Wikström, Communications Manager, Arctic Mining Tech Cluster
+46 920 00 00 00 | press@amtc.example

Photos from the gala (free for editorial use, photographer Oskar Laestadius) can be downloaded from the press area.
'''
save('press-release-AMTC-25-years-gala.txt',T,'2033-11-21',
[('Ylva Henriksson-Pirttijärvi','chair','Arctic Mining Tech Cluster'),('Anders Lindkvist','County Governor of Norrbotten',None),
 ('Kerstin Jalonen','Head of Unit for raw materials','DG GROW'),('Gunnar Sirkka',None,'Arctic Mining Tech Cluster'),
 ('Maja Lindgren Öhman','managing director','Arctic Mining Tech Cluster'),('Elin Kuoppa','doctoral student','Luleå University of Technology'),
 ('Sanna Wikström','Communications Manager','Arctic Mining Tech Cluster'),('Oskar Laestadius','photographer',None)],
[('Arctic Mining Tech Cluster','AMTC'),('DG GROW',None),('European Commission',None),('Raw Materials Alliance',None),
 ('Nordhammar Automation AB',None),('Luleå University of Technology','LTU'),('Norrbotten Big Band',None),
 ('Sámi Parliament',None),('Skellefteå Mining Network',None)],
[('Mining Tech Gala 2033','2033-11-18','2033-11-18','Luleå','Sweden'),
 ('founding dinner','2008','2008','Kiruna','Sweden'),('Mining Tech Gala 2013','2013','2013','Gällivare','Sweden'),
 ('Mining Tech Gala 2018','2018','2018','Luleå','Sweden'),('online award ceremony','2020-12-11','2020-12-11',None,None),
 ('Mining Tech Gala 2023','2023','2023','Kiruna','Sweden'),('Mining Tech Gala 2028','2028','2028','Boden','Sweden'),
 ('Arctic Mining Supplier Days','2034-04-16','2034-04-18','Skellefteå','Sweden')],
['2033-11-21','2033-11-18','2008-06-02','2008','2021','2033-06','2013','2018','2020','2020-12-11','2023','2028','2033','2034/2036','2034-04-16/2034-04-18','2031'],[])
