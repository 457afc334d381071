from h import *
F='pomurje-cluster-interview-board-chair-2037.md'
T=f'''---
title: "We want the heat under our fields to work for the whole region" – interview with Dr. Tjaša Horvat Kovač
date: 2037-01-15
section: Interviews
---

# "We want the heat under our fields to work for the whole region"

*An interview with Dr. Tjaša Horvat Kovač, chair of the board of the Pomurje Geothermal and Agri-Tech Cluster (PGAC), on the cluster's plans for 2037. Published in the January issue of the cluster newsletter, {wd(2037,1,15)} 15 January 2037. Interview by Nejc Zver.*

**Dr. Horvat Kovač, you were re-elected chair of the board in December. What is the main task for your second term?**

Thank you. The main task is simple to say and difficult to do: to turn geothermal heat from a resource that a few spas and greenhouses use into an infrastructure for the whole of Pomurje. We have 61 members today – greenhouse growers, food processors, drilling companies, the spas in Moravske Toplice and Radenci, the municipalities and the University of Maribor's Faculty of Agriculture and Life Sciences. Many of them want to use heat, but a single farm cannot finance a well that costs four million euros. The cluster has to bring them together.

**What does that mean in practice for the coming months?**

It means projects and meetings. Our first big date is the **Geothermal Heat Day** on {wd(2037,2,25)} 25 February 2037 in Murska Sobota, where we will present the feasibility study for a shared heat network between Lendava and Petišovci. The study was prepared by Petrol d.d. together with the Geological Survey of Slovenia, and I am glad that the Minister of the Environment, Climate and Energy has confirmed that she will open the day.

**The cluster is also active abroad.**

Yes, and more than before. In March we go to Hungary: from {wd(2037,3,17)} 17 to {wd(2037,3,19)} 19 March a delegation of 14 members will visit Zalaegerszeg and Szeged, where our Hungarian colleagues heat whole districts with geothermal water. The visit is organised with the Pannon Geothermal Cluster and with Enterprise Europe Network Slovenia. In April we will have, for the first time, a joint stand with the Austrian Styrian cluster ECO WORLD STYRIA at the **World Geothermal Congress Europe Forum** in Vienna, {wd(2037,4,20)} 20–{wd(2037,4,22)} 22 April 2037. Six of our companies will exhibit there.

**What about the agri-tech side of the cluster?**

For agri-tech the key event is our own **Pomurje Agri-Tech Days** on {wd(2037,6,10)} 10 and {wd(2037,6,11)} 11 June 2037 at the Pomurski sejem exhibition grounds in Gornja Radgona. We will show greenhouse automation, robots for vegetable harvesting and heat pumps for drying. There will be a matchmaking with buyers from Croatian and Austrian retail chains on the second day. I also want to mention the **hackathon "Heat & Harvest"**, which we organise with the Faculty of Electrical Engineering and Computer Science in Maribor and the start-up centre Tehnološki park Murska Sobota. Its kick-off is on {wd(2037,3,4)} 4 March and the final will take place during the Agri-Tech Days.

**You mentioned the University of Maribor twice. How important is research for the cluster?**

Very important, but it must be applied. Prof. Dr. Matjaž Valdhuber, dean of the Faculty of Agriculture and Life Sciences, has joined our board this year, and Dr. Sabina Nemec from the Agricultural Institute of Slovenia leads our working group on water quality. They help us write projects that companies actually need.

**What did the board decide at its first meeting of the new term?**

We adopted the work programme for 2037 and agreed on three priorities, which I can summarise briefly:

- Prepare at least two joint investment projects for geothermal wells with shared ownership by members and municipalities.
- Double the number of members who export, from 12 to 24, by 2039.
- Train 100 technicians in geothermal systems and greenhouse automation together with the vocational school in Rakičan.

**Who is in the new board?**

Besides me, the board has six members: Aleš Kuhar from the greenhouse company Paradajz d.o.o. as vice-chair; Mateja Gomboc-Sraka, director of Terme 3000 Moravske Toplice; Zoltán Horváth-Kiss from the Hungarian-speaking community's development agency in Lendava; Prof. Valdhuber; Marko Recek, managing director of Geoterm Drilling d.o.o.; and Irena Šantl, head of development at the Municipality of Murska Sobota. The cluster office is led by our cluster manager, Blaž Ferenčak, who has been with us since 2031.

**And your predecessor?**

Dr. Franc Kozar, who chaired the board from 2029 to 2033, is now our honorary president. Without him the cluster would not exist. He will be honoured at our **tenth anniversary celebration** on {wd(2037,9,24)} 24 September 2037 in Murska Sobota castle.

**Finally: what would you say to a company that is not yet a member?**

Come to one of our events and see for yourself. The Geothermal Heat Day is free of charge, and our general assembly on {wd(2037,5,13)} 13 May 2037 in Radenci is open to guests in its public part. If heat, food and technology are your business, Pomurje is the place – and the cluster is the door.

---

*Dr. Tjaša Horvat Kovač is director of innovation at the food company Panvita d.d. in Rakičan and a member of the Slovenian Strategic Innovation Partnership for Networks for the Transition into Circular Economy. She holds a PhD in agricultural economics from the University of Ljubljana.*
'''
write(F,T)
C='Pomurje Geothermal and Agri-Tech Cluster'; UM="University of Maribor"; FKBV='Faculty of Agriculture and Life Sciences'
gold(F,[P('Tjaša Horvat Kovač','chair of the board',C),P('Nejc Zver',None,None),P('Matjaž Valdhuber','dean',FKBV),P('Sabina Nemec',None,'Agricultural Institute of Slovenia'),
 P('Aleš Kuhar','vice-chair',C),P('Mateja Gomboc-Sraka','director','Terme 3000 Moravske Toplice'),P('Zoltán Horváth-Kiss',None,None),
 P('Marko Recek','managing director','Geoterm Drilling d.o.o.'),P('Irena Šantl','head of development','Municipality of Murska Sobota'),P('Blaž Ferenčak','cluster manager',C),
 P('Franc Kozar','honorary president',C)],
 [O(C,'PGAC'),O(UM),O(FKBV),O('Petrol d.d.'),O('Geological Survey of Slovenia'),O('Pannon Geothermal Cluster'),
  O('Enterprise Europe Network Slovenia'),O('ECO WORLD STYRIA'),O('Faculty of Electrical Engineering and Computer Science'),O('Tehnološki park Murska Sobota'),
  O('Agricultural Institute of Slovenia'),O('Paradajz d.o.o.'),O('Terme 3000 Moravske Toplice'),O('Geoterm Drilling d.o.o.'),O('Municipality of Murska Sobota'),O('Panvita d.d.'),
  O('Slovenian Strategic Innovation Partnership for Networks for the Transition into Circular Economy'),O('University of Ljubljana'),O('Pomurski sejem')],
 [E('Geothermal Heat Day','2037-02-25','2037-02-25','Murska Sobota','Slovenia'),E('visit to Zalaegerszeg and Szeged','2037-03-17','2037-03-19','Zalaegerszeg, Szeged','Hungary'),
  E('World Geothermal Congress Europe Forum','2037-04-20','2037-04-22','Vienna','Austria'),E('Pomurje Agri-Tech Days','2037-06-10','2037-06-11','Gornja Radgona','Slovenia'),
  E('matchmaking','2037-06-11','2037-06-11','Gornja Radgona','Slovenia'),E('hackathon "Heat & Harvest"','2037-03-04','2037-06-11',None,'Slovenia'),
  E('kick-off','2037-03-04','2037-03-04',None,None),E('tenth anniversary celebration','2037-09-24','2037-09-24','Murska Sobota','Slovenia'),
  E('general assembly','2037-05-13','2037-05-13','Radenci','Slovenia')],
 ['2037-01-15','2037','2037-02-25','2037-03','2037-03-17/2037-03-19','2037-04','2037-04-20/2037-04-22','2037-06-10/2037-06-11','2037-03-04','2039','2031','2029/2033','2037-09-24','2037-05-13','2036-12'],['Prepare at least two joint investment projects for geothermal wells with shared ownership by members and municipalities','Double the number of members who export, from 12 to 24, by 2039','Train 100 technicians in geothermal systems and greenhouse automation together with the vocational school in Rakičan'],pub='2037-01-15')
