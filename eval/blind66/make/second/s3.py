from w import W
W('dalarna-metals-cluster-newsletter','dalarna-metals-cluster-newsletter.eml','2035-06-05',
[('Sara Lindgren','Head of R&D','DalaHärd Industri AB'),('Tomas Wikström',None,None),('Henrik Öberg-Nilsson','Project Manager for Green Steel and Hydrogen','Bergslagen Metals & Minerals Cluster'),
('Aleksandra Nowak-Lindberg','Skills and Talent Coordinator','Bergslagen Metals & Minerals Cluster'),('Mikael Persson','Communications Officer','Bergslagen Metals & Minerals Cluster'),
('Karin Wessman','Trade Commissioner for the Nordic and Baltic countries','Business Sweden'),('Johan Ekdahl','Head of International Cooperation','Bergslagen Metals & Minerals Cluster'),
('Ulrika Sjöberg','chair of the board','Bergslagen Metals & Minerals Cluster'),('Bengt Alm','board member','Stora Kopparbergs Bergslags Ingenjörer AB'),
('Lena Karlsson-Zetterberg','vice-chair','Region Dalarna'),('Anna-Karin Hedlund','Cluster Manager','Bergslagen Metals & Minerals Cluster ek. för.')],
[('DalaHärd Industri AB',None),('Bergslagen Metals & Minerals Cluster ek. för.',None),('Swerim AB',None),('SSAB Borlänge',None),('Outokumpu Stainless AB',None),
('Dalarna University',None),('Arbetsförmedlingen',None),('Yrkeshögskolan Dalarna',None),('Dalarnas Tidningar',None),('Business Sweden',None),
('Falu Gruvteknik AB',None),('Stora Kopparbergs Bergslags Ingenjörer AB',None),('Region Dalarna',None),('Länsstyrelsen Dalarna',None),('Vinnova',None)],
[('annual meeting','2035-04-24','2035-04-24',None,None),("Members' breakfast on hydrogen logistics",'2035-09-10','2035-09-10','Borlänge','Sweden'),
('Bergslagen Mining and Metals Days','2035-09-24','2035-09-25','Falun','Sweden'),('site visit to the Falun copper mine','2035-09-25','2035-09-25','Falun','Sweden'),
('Webinar "Horizon Europe calls for raw materials"','2035-10-16','2035-10-16',None,None),('Elmia Subcontractor fair','2035-11-19','2035-11-21','Jönköping','Sweden')],
['2035-06-05','2035-06-04','2035-05-02','2035-04-15','2035-06-01','2029','2035-04-24','2029/2035','2035-03','2035-09','2035-09-10','2035-09-24/2035-09-25','2035-09-25','2035-10-16','2035-11-19/2035-11-21'])
