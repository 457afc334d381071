from s import *
W('blind65_10_nicn_cluster_academy','blind65_10_nicn_cluster_academy.md',None,'''
Siobhán McCann-Doherty|Senior Lecturer in Regional Economics|Ulster University
Conor Fitzsimons|Director|Northern Ireland Cluster Network
Ulrike Meyer-Brandis||
Aoife Gallagher||Invest Northern Ireland
Jan-Willem van den Akker|ESCA-certified benchmarking expert|
Gráinne Ó Murchú-Lyttle|Pro-Vice-Chancellor (Enterprise)|Ulster University
Declan O'Hare||Belfast Maritime Cluster
Ruth Kennedy-Boyd||Agri-Food Quality Network NI
''','''
Northern Ireland Cluster Network|NICN
Ulster University Business School
Ulster University
Invest Northern Ireland
Scottish Enterprise
National Manufacturing Institute Scotland|NMIS
Scottish Cluster Managers' Forum
Belfast Maritime Cluster
Agri-Food Quality Network NI
ESCA
''','''
Cluster Management Academy 2034|2034-02-07|2034-06-29|Belfast|United Kingdom
Module 1|2034-02-07|2034-02-08|Belfast|United Kingdom
Module 2|2034-03-14|2034-03-15|Belfast|United Kingdom
Module 3|2034-04-18|2034-04-19
Module 4|2034-05-16|2034-05-17|Glasgow|United Kingdom
Module 5|2034-06-13|2034-06-14|Derry~Londonderry|United Kingdom
Exam day|2034-06-29|2034-06-29|Belfast|United Kingdom
Certificate ceremony|2034-09-21|2034-09-21|Belfast|United Kingdom
Northern Ireland Cluster Conference 2034|2034-09-21|2034-09-21|Belfast|United Kingdom
visit to the National Manufacturing Institute Scotland|2034-05-16|2034-05-16|Glasgow|United Kingdom
''','2033-12-15 2034-02-07/2034-02-08 2034-03-14/2034-03-15 2034-04-18/2034-04-19 2034-05-16/2034-05-17 2034-06-13/2034-06-14 2034-06-29 2034-06-16 2034-09-14 2034-09-21 2029 2034-01-10 2034-01-11 2034-01-19 2034')
