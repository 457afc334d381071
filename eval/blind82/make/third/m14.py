from w import w
M='Ministry of Industry and Innovation'
w('g14_reykjavik_nordic_baltic_ministerial_conference','g14_reykjavik_nordic_baltic_ministerial_conference.txt','2035-10-10',
[('Guðrún Björk Sigurðardóttir','Minister of Industry and Innovation',None),('Kārlis Bērziņš-Ozols','State Secretary','Ministry of Economics of Latvia'),
('Hanne-Kristin Wold Aasheim','State Secretary','Norwegian Ministry of Trade, Industry and Fisheries'),('Ruta Jakštaitė-Morkūnienė','Director','Lithuanian Innovation Agency'),
('Þórður Ásgeirsson','Director','Iceland Geothermal Cluster'),('Emma Lindqvist-Kaur',None,'Business Sweden'),('Sigurður Már Pétursson','Managing Director','Iceland Ocean Cluster'),
('Jón Hrafn Einarsson','Head of Communications',None)],
[('Government of Iceland',None),(M,None),('Nordic Council of Ministers',None),('Nordic Innovation',None),('Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs','DG GROW'),
('European Commission',None),('Reykjavík University',None),('Ministry of Economics of Latvia',None),('Norwegian Ministry of Trade, Industry and Fisheries',None),
('Lithuanian Innovation Agency',None),('Iceland Geothermal Cluster',None),('Business Sweden',None),('ON Power',None),('Iceland Ocean Cluster',None),
('Nordic Council of Ministers for Business, Energy and Regional Policy',None)],
[('Nordic–Baltic Ministerial Conference on Clusters and Green Industry','2035-10-09','2035-10-10','Reykjavík','Iceland'),('preparatory workshop','2035-10-08','2035-10-08','Reykjavík','Iceland'),
('study visits','2035-10-10','2035-10-10',None,'Iceland'),('next meeting','2037','2037','Riga','Latvia'),("Nordic–Baltic cluster managers' meeting",'2036-03-03','2036-03-03','Tallinn','Estonia')],
['2035-10-10','2035-10-09/2035-10-10','2035','2037','2016','2012','2036-03-03'],
['The Nordic and Baltic','Nordic Innovation will','The countries will','Cluster organisations should','The ministers will'])
