from mk import *
W('minutes_ACP-Podravje-steering-committee_2034-03','minutes_ACP-Podravje-steering-committee_2034-03.txt',None,"""
Nina Kos|Project Assistant|ACP
Bojan ZORKO|Chair of the Steering Committee|Zorko Precision d.o.o.
Tanja Kralj-Verbič|Vice-Chair|Magna Steyr Slovenija d.o.o.
Aleš Hribernik|Dean|University of Maribor
Marko Pišek|Director|Štajerska Economic Development Agency
Irena Podgoršek|CEO|Cablex-Drava d.o.o.
Gregor Hauptman|Head of Technology|Hidria d.o.o.
Matej Rebernik|Cluster Manager|ACP
Sabina Cvetko||Slovenian Business Development Agency SPIRIT Slovenia
Andreas Fuchsberger-Leitner|Managing Director|ACstyria Mobilitätscluster GmbH
Urška Vidmar|Senior Adviser|Ministry of the Economy, Tourism and Sport
""","""
Automotive Cluster Podravje|ACP
TPV Automotive d.o.o.
Zorko Precision d.o.o.
Magna Steyr Slovenija d.o.o.
Faculty of Mechanical Engineering
University of Maribor
Štajerska Economic Development Agency|ŠRA
Cablex-Drava d.o.o.
Hidria d.o.o.
Slovenian Business Development Agency SPIRIT Slovenia
ACstyria Mobilitätscluster GmbH
Ministry of the Economy, Tourism and Sport
ACICAE
Lesnina Kovina d.o.o.
Elektro-Mehanika Ormož d.o.o.
VoltGrid d.o.o.
""","""
9th meeting of the ACP Steering Committee|2034-03-14|2034-03-14|Maribor|Slovenia
8th meeting of the ACP Steering Committee|2033-12-05|2033-12-05||
Workshop on battery-housing castings|2033-11-23|2033-11-23|Celje|Slovenia
Automotive Supplier Forum|2034-01-25|2034-01-25|Graz|Austria
Slovenian–Austrian supplier day (first edition)|2034|2034|Maribor|Slovenia
Slovenian–Austrian supplier day (second edition)|2035|2035|Graz|Austria
Podravje Mobility Days|2034-06-19|2034-06-20|Maribor|Slovenia
Study trip to ACICAE Bilbao|2034-10|2034-10|Bilbao|Spain
Members' summer meeting|2034-07-07|2034-07-07|Ptuj|Slovenia
10th meeting of the ACP Steering Committee|2034-06-13|2034-06-13|Maribor|Slovenia
""","2034-03-14 2034-03-28 2033-12-05 2033-10/2034-02 2034/2036 2033-11-23 2034-01-25 2033 2035 2034-04 2034-06 2034-06-19/2034-06-20 2034-10 2034-07-07 2034-05-01 2034 2034-04-01 2034-05-15 2034-04-30 2034-06-15 2034-03-24 2034-06-13",[
"The minutes of the 8th meeting of 5 December 2033 are approved",
"The activity report October 2033 – February 2034 and the financial result for 2033 are approved",
"ACP will organise the first Slovenian–Austrian supplier day with ACstyria in Maribor in autumn 2034; the costs will be shared equally",
"The Cluster Manager is mandated to prepare the application to the national call for cluster support 2034–2036",
"The study trip to Bilbao is postponed to October 2034",
"Lesnina Kovina d.o.o., Elektro-Mehanika Ormož d.o.o. and VoltGrid d.o.o. are admitted as members from 1 April 2034"])
W('newsletter-2034-05_danube-agrifood-cluster-pleven','newsletter-2034-05_danube-agrifood-cluster-pleven.txt','2034-05-02',"""
Ivaylo Dimitrov-Petkov|Cluster Manager|Danube AgriFood Cluster
Nadezhda ILIEVA|Head of the Soil Science Department|Institute of Agriculture and Seed Science "Obraztsov Chiflik"
Martin Georgiev|Sales Engineer|Netafim Bulgaria EOOD
Desislava Kostova-Yankova|Legal Advisor|Bulgarian Food Safety Agency
Petya Marinova|project officer|Danube AgriFood Cluster
Andreea Munteanu-Ionescu|Director|Romanian Agri-Food Cluster Association
Rumen Tsvetkov|chair of the board|Danube AgriFood Cluster
Jelena Marković|International Relations Manager|Vojvodina Chamber of Commerce
Gergana Hristova|member of the board|Danube AgriFood Cluster
Stefka Vasileva|accountant|Danube AgriFood Cluster
Galina Todorova||
""","""
Danube AgriFood Cluster|DAFC
Agricultural Academy
Institute of Agriculture and Seed Science "Obraztsov Chiflik"
Netafim Bulgaria EOOD
Bulgarian Food Safety Agency|BFSA
Romanian Agri-Food Cluster Association
Vidin Chamber of Commerce and Industry
Małopolska Wine Cluster
Vojvodina ICT Cluster
Institute of Field and Vegetable Crops
Vojvodina Chamber of Commerce
Hristovi Farms OOD
Zlatno Zarno AD
BioPleven Lab EOOD
Faculty of Agribusiness
Medical University – Pleven
Teleorman County Council
Craiova Agricultural Research and Development Station
Ministry of Agriculture and Food
European Secretariat for Cluster Analysis|ESCA
Association of Business Clusters|ABC
""","""
Workshop "Drip irrigation and soil sensors for orchards"|2034-05-18|2034-05-18|Ruse|Bulgaria
Webinar "Labelling rules for plant-based dairy alternatives"|2034-05-23|2034-05-23||
Pleven Food Days 2034|2034-06-09|2034-06-10|Pleven|Bulgaria
Danube Region Cluster Meeting|2034-06-21|2034-06-21|Vidin|Bulgaria
Study visit to the wine cluster in Kraków||||Kraków|Poland
Mission to Novi Sad|2034-04-18|2034-04-20|Novi Sad|Serbia
International Agricultural Fair Novi Sad|||Novi Sad|Serbia
General Assembly DAFC|2034-03-28|2034-03-28|Pleven|Bulgaria
Bulgarian Cluster Conference 2034|2034-10-12|2034-10-13|Plovdiv|Bulgaria
""","2034-05-02 2034-05 2034-05-18 2034-05-12 2034-05-23 2034-06-09/2034-06-10 2034-05-19 2034-06-21 2034-05-25/2034-05-27 2034-04-18/2034-04-20 2034-03-28 2033 2034/2035 2034-04-01 2037-03 2034-06-30 2034-04 2034-10-12/2034-10-13 2021/2027")
W('report_kielce-construction-materials-summit-2033','report_kielce-construction-materials-summit-2033.md','2033-06-21',"""
Natalia Wrona|Communication Officer|Świętokrzyskie Building Materials Cluster
Grzegorz Pęczek|President of the Board|ŚKMB
Andrzej Bętkowski-Nowak|Marshal of the Świętokrzyskie Voivodeship|
Ilse Vandermeulen|Policy Officer|Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs
Karolina Gałązka|journalist|Echo Dnia
Marek Szczepański|CEO|Lafarge Cement Małogoszcz S.A.
Francesca Dell'Orto|Director|Assobeton
Jan van der Linde|Head of Sustainability|Cementbouw B.V.
Beata Kordecka-Lis|Director|Polish Association of Lime Producers
Tomasz Kozłowski||Kielce University of Technology
Agata Wieczorek-Domańska||Public Procurement Office
Pavel Novotný|Cluster Manager|Moravian-Silesian Building Cluster
Ryszard Malec|owner|
Weronika Sobczak||
Łukasz Bąk||
""","""
Świętokrzyskie Building Materials Cluster|ŚKMB
Kielce University of Technology
Marshal's Office of the Świętokrzyskie Voivodeship
European Commission
Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs|DG GROW
Echo Dnia
Lafarge Cement Małogoszcz S.A.
Assobeton
Cementbouw B.V.
Polish Association of Lime Producers
Public Procurement Office
Moravian-Silesian Building Cluster
Chęciny Ceramika Sp. z o.o.
Trzuskawica S.A.
Kielce Technology Park
Enterprise Europe Network Poland
""","""
Świętokrzyskie Construction Materials Summit 2033|2033-06-07|2033-06-08|Kielce|Poland
Workshop "Carbon capture at small lime plants"|2033-06-07|2033-06-07|Kielce|Poland
Workshop "Recycled aggregates in public tenders"|2033-06-07|2033-06-07|Kielce|Poland
Workshop "Skills for the green quarry"|2033-06-07|2033-06-07|Kielce|Poland
Follow-up webinar on digital product passports|2033-10-19|2033-10-19||
Świętokrzyskie Construction Materials Summit (fourth)|2035-06|2035-06||
Świętokrzyskie Construction Materials Summit (2029)|2029|2029|Kielce|Poland
Świętokrzyskie Construction Materials Summit (2031)|2031|2031|Kielce|Poland
""","2033-06-07/2033-06-08 2033-06-21 2033/2040 2033-06-08 2033-09-30 2033-10-19 2035-06 2029 2031 2030 2021/2027",[
"Electricity, not technology, is the bottleneck: regional kilns need long-term contracts for low-carbon power before any capture project makes sense",
"SMEs should start collecting product data now, because digital product passports will reach aggregates and cement before 2030",
"Public buyers in the region can create a market for recycled aggregates by setting minimum shares in road tenders",
"Quarry workers can be retrained for monitoring and maintenance roles, but only with joint programmes of companies and vocational schools",
"Cross-border cooperation with Czech and Slovak building clusters should move from study visits to joint projects"])
