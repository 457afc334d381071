from w import W
W('strait-agrifood-memorandum-news','strait-agrifood-memorandum-news.html','2036-06-12',
[('Rocío Gallardo Benítez','president','Andalucía Agrotech Cluster'),('Javier Sánchez de la Varga','vice-rector for transfer and innovation','Universidad de Cádiz'),
('José Manuel Gago da Silva','chair','AgroAlgarve – Associação de Agricultores e Agroindústria do Algarve'),('Maria João Bebiano Reis','pro-rector for entrepreneurship','Universidade do Algarve'),
('Youssef El Amrani','general manager','Cluster Agro-industriel du Nord'),('Fatima-Zahra Benkirane','president',"Chambre de Commerce, d'Industrie et de Services Tanger-Tétouan-Al Hoceïma"),
('Íñigo de Palacio Ortiz','Spanish Consul General in Tangier',None),('Khalid Bennani Smires','director','Tanger Med Zones'),('Elena Márquez Ruiz','communications','Andalucía Agrotech Cluster')],
[('Andalucía Agrotech Cluster',None),('Universidad de Cádiz',None),('AgroAlgarve – Associação de Agricultores e Agroindústria do Algarve','AgroAlgarve'),('Universidade do Algarve',None),
('Cluster Agro-industriel du Nord','CAN'),("Chambre de Commerce, d'Industrie et de Services Tanger-Tétouan-Al Hoceïma",'CCIS TTA'),('Tanger Med Zones',None),
('Spanish Federation of Innovative Business Clusters','REDAEI')],
[('second Strait Agrifood Business Forum','2036-06-09','2036-06-10','Tangier','Morocco'),('working group on water','2036-07-08','2036-07-08',None,None),
('delegation of twelve Moroccan companies','2036-10-19','2036-10-23',None,None),('summer school','2037-07','2037-07','Faro','Portugal'),
('third Strait Agrifood Business Forum','2037-06','2037-06','Cádiz','Spain'),('Almería greenhouse technology days',None,None,None,None)],
['2036-06-12','2036-06-10','2036-06-09/2036-06-10','2036/2041','2036-07-08','2036-10-19/2036-10-23','2037-07','2037-06','2032/2035','2036-05-28','2036-05-03','2036-06-30'])
