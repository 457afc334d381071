from s import *
W('blind65_01_emmcn_calendar_2034','blind65_01_emmcn_calendar_2034.pdf','2033-12-12','''
Matthias VON DER HEYDT|Chair|Saxon Raw Materials Cluster
Ana Isabel Ruiz de Alda|Vice-Chair|Andalusian Mining Cluster Foundation
Katharina Pirker|Treasurer|Mining Cluster Styria
Tuomas Kärkkäinen|Member|Finnish Minerals Cluster
Zuzana Mikulášová|Member|Slovak Mining Innovation Cluster
Pádraig Ó Dálaigh|Member|Irish Exploration & Mining Cluster
Ingrid Bergström-Åkesson|Network Manager|
Pekka HÄMÄLÄINEN|Events Coordinator|
Chiara de Luca|Communications Officer|
''','''
European Mining & Minerals Cluster Network|EMMCN
Saxon Raw Materials Cluster|SRC
Andalusian Mining Cluster Foundation
Mining Cluster Styria
Finnish Minerals Cluster
Slovak Mining Innovation Cluster
Irish Exploration & Mining Cluster
Bergslagen Mining Cluster AB
Municipality of Falun
Dalarna University
Region Dalarna
Swedish Agency for Economic and Regional Growth|
EIT RawMaterials
Montanuniversität Leoben
Chilean Ministry of Mining
Enterprise Europe Network Sweden
Luleå University of Technology|LTU
Business Sweden
''','''
Network Board meeting|2034-01-24|2034-01-24
Winter Workshop on Traceability of Critical Raw Materials|2034-02-14|2034-02-15|Kiruna|Sweden
Webinar “Tailings as a Resource”|2034-03-08|2034-03-08
EMMCN Annual Conference 2034|2034-04-25|2034-04-27|Falun|Sweden
Annual General Assembly|2034-04-26|2034-04-26|Falun|Sweden
welcome reception|2034-04-25|2034-04-25|Falun|Sweden
site visits|2034-04-27|2034-04-27
Study visit: Reiche Zeche research mine|2034-05-16|2034-05-16|Freiberg|Germany
Mine Automation Matchmaking Days|2034-06-13|2034-06-14|Luleå|Sweden
Cluster delegation to Chile|2034-09-25|2034-09-29||Chile
Cluster Managers’ Peer Day|2034-10-11|2034-10-11|Leoben|Austria
Webinar “Permitting in Twelve Months?”|2034-11-22|2034-11-22
Board meeting and year-end networking evening|2034-12-06|2034-12-06|Brussels|Belgium
''','2034 2033-12-12 2034-01-24 2034-02-14/2034-02-15 2034-03-08 2034-04-25/2034-04-27 2034-04-26 2034-05-16 2034-06-13/2034-06-14 2034-07/2034-08 2034-07-03/2034-07-28 2034-09-25/2034-09-29 2034-10-11 2034-11-22 2034-12-06 2033-11-03 2033/2035 2029 2035 2034-06-30 2034-12 2034-03 2034-05-15 2034-05-02')
