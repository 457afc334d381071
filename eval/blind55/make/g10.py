from h import *
F = 'newsletter-2034-05_danube-agrifood-cluster-pleven.txt'
T = '''From: Danube AgriFood Cluster <newsletter@dafc.example>
To: subscribers
Subject: DAFC Newsletter No. 5/2034 – events in May and June, new members, Pleven Food Days
Date: Tue, 2 May 2034 08:30:00 +0300

View this e-mail in your browser | Forward to a colleague | Unsubscribe

===========================================================
DANUBE AGRIFOOD CLUSTER – NEWSLETTER No. 5/2034
Pleven · Bulgaria · May 2034
===========================================================

Dear members and friends of the cluster,

spring has been busy: three new members, a successful mission to Novi Sad and a new project with partners in Romania. Below you find our events for the next two months and short news from the cluster and the region. As always, members attend our own events free of charge.

Ivaylo Dimitrov-Petkov
Cluster Manager, Danube AgriFood Cluster

-----------------------------------------------------------
EVENTS
-----------------------------------------------------------

>> Workshop "Drip irrigation and soil sensors for orchards"
Thursday 18 May 2034, 10:00–14:00
Agricultural Academy – Institute of Agriculture and Seed Science "Obraztsov Chiflik", Ruse
With Assoc. Prof. Dr. Nadezhda ILIEVA, Head of the Soil Science Department, and Martin Georgiev, Sales Engineer, Netafim Bulgaria EOOD. Bus from Pleven at 07:45.
Register by 12 May.

>> Webinar "Labelling rules for plant-based dairy alternatives"
Tuesday 23 May 2034, 11:00–12:00 (online, in Bulgarian)
Speaker: Desislava Kostova-Yankova, Legal Advisor, Bulgarian Food Safety Agency (BFSA). Moderated by our project officer Petya Marinova.

>> PLEVEN FOOD DAYS 2034 – our annual fair and conference
Friday 9 and Saturday 10 June 2034
Pleven, Panorama Park and Pleven Expo Centre
Day 1 is the B2B and conference day ("Short food chains along the Danube"), day 2 is open to the public with 60 stands of local producers. Keynote by Dr. Andreea Munteanu-Ionescu, Director, Romanian Agri-Food Cluster Association (Bucharest). Exhibitor registration closes on 19 May 2034.

>> Danube Region Cluster Meeting
Wednesday 21 June 2034, Vidin
Joint meeting of clusters from Bulgaria, Romania and Serbia under the EU Strategy for the Danube Region, hosted by the Vidin Chamber of Commerce and Industry. Our delegation is led by the chair of the board, Rumen Tsvetkov.

>> POSTPONED: Study visit to the wine cluster in Kraków
The study visit planned for 25–27 May 2034 has been postponed to the autumn (new dates to follow) because the Polish partner, Małopolska Wine Cluster, is moving to new premises.

-----------------------------------------------------------
LOOKING BACK
-----------------------------------------------------------

>> Mission to Novi Sad, 18–20 April 2034
Eleven member companies visited the International Agricultural Fair in Novi Sad and met the Vojvodina ICT Cluster and the Institute of Field and Vegetable Crops. Twenty-six bilateral meetings were held; two Bulgarian dairies are now negotiating supply contracts with Serbian retailers. Thanks to Jelena Marković, International Relations Manager of the Vojvodina Chamber of Commerce, for her help.

>> General Assembly, 28 March 2034
The General Assembly in Pleven approved the annual report 2033 and the work plan 2034–2035 and elected Gergana Hristova (Hristovi Farms OOD) as new member of the board. Membership fees remain unchanged.

-----------------------------------------------------------
NEWS IN BRIEF
-----------------------------------------------------------

+ New members: Zlatno Zarno AD (milling, Dolna Mitropolia), BioPleven Lab EOOD (food testing) and the Faculty of Agribusiness of the Medical University – Pleven. Welcome!

+ New project: DanubeFoodLink, an Interreg VI-A Romania–Bulgaria project with the Teleorman County Council, the Craiova Agricultural Research and Development Station and our cluster, started on 1 April 2034. It will run until March 2037 and will map short food chains on both sides of the river.

+ Funding: the Ministry of Agriculture and Food has announced a call for investments in irrigation for small farms. Deadline: 30 June 2034. Our team can help members prepare applications; contact Petya Marinova.

+ People: our long-time accountant Stefka Vasileva retires at the end of May after eleven years with the cluster. Thank you, Stefka! From June, the accounts will be handled by Galina Todorova.

+ Recognition: the cluster received the Bronze Label of the European Secretariat for Cluster Analysis (ESCA) in April 2034.

+ Save the date: the Bulgarian Cluster Conference 2034, organised by the Association of Business Clusters (ABC), takes place in Plovdiv on 12–13 October 2034.

-----------------------------------------------------------

Danube AgriFood Cluster (DAFC) · 5800 Pleven, 14 Vasil Levski St. · +359 64 000 000 · office@dafc.example
You receive this newsletter because you are a member or partner of the cluster. Update your preferences | Unsubscribe
Co-funded by the Programme "Competitiveness and Innovation in Enterprises" 2021–2027
'''
write_text(F, T)
D = 'Danube AgriFood Cluster'
gold(F, '2034-05-02',
 [P('Ivaylo Dimitrov-Petkov','Cluster Manager',D),
  P('Nadezhda ILIEVA','Head of the Soil Science Department','Institute of Agriculture and Seed Science "Obraztsov Chiflik"'),
  P('Martin Georgiev','Sales Engineer','Netafim Bulgaria EOOD'),
  P('Desislava Kostova-Yankova','Legal Advisor','Bulgarian Food Safety Agency'),
  P('Petya Marinova','project officer',D),
  P('Andreea Munteanu-Ionescu','Director','Romanian Agri-Food Cluster Association'),
  P('Rumen Tsvetkov','chair of the board',D),
  P('Jelena Marković','International Relations Manager','Vojvodina Chamber of Commerce'),
  P('Gergana Hristova','member of the board','Danube AgriFood Cluster'),
  P('Stefka Vasileva','accountant',D),
  P('Galina Todorova',None,None)],
 [O(D,'DAFC'),O('Agricultural Academy'),O('Institute of Agriculture and Seed Science "Obraztsov Chiflik"'),O('Netafim Bulgaria EOOD'),
  O('Bulgarian Food Safety Agency','BFSA'),O('Romanian Agri-Food Cluster Association'),O('Vidin Chamber of Commerce and Industry'),
  O('Małopolska Wine Cluster'),O('Vojvodina ICT Cluster'),O('Institute of Field and Vegetable Crops'),O('Vojvodina Chamber of Commerce'),
  O('Hristovi Farms OOD'),O('Zlatno Zarno AD'),O('BioPleven Lab EOOD'),O('Faculty of Agribusiness'),O('Medical University – Pleven'),
  O('Teleorman County Council'),O('Craiova Agricultural Research and Development Station'),O('Ministry of Agriculture and Food'),
  O('European Secretariat for Cluster Analysis','ESCA'),O('Association of Business Clusters','ABC')],
 [E('Workshop "Drip irrigation and soil sensors for orchards"','2034-05-18',None,'Ruse','Bulgaria'),
  E('Webinar "Labelling rules for plant-based dairy alternatives"','2034-05-23'),
  E('Pleven Food Days 2034','2034-06-09','2034-06-10','Pleven','Bulgaria'),
  E('Danube Region Cluster Meeting','2034-06-21',None,'Vidin','Bulgaria'),
  E('Study visit to the wine cluster in Kraków',None,None,'Kraków','Poland'),
  E('Mission to Novi Sad','2034-04-18','2034-04-20','Novi Sad','Serbia'),
  E('International Agricultural Fair',None,None,'Novi Sad','Serbia'),
  E('General Assembly','2034-03-28',None,'Pleven','Bulgaria'),
  E('Bulgarian Cluster Conference 2034','2034-10-12','2034-10-13','Plovdiv','Bulgaria')],
 ['2034-05-02','2034-05','2034-05-18','2034-05-12','2034-05-23','2034-06-09/2034-06-10','2034-05-19','2034-06-21','2034-05-25/2034-05-27',
  '2034-04-18/2034-04-20','2034-03-28','2033','2034/2035','2034-04-01','2037-03','2034-06-30','2034-04','2034-10-12/2034-10-13','2021/2027'],
 [])
