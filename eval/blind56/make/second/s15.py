from w import W
K='Kurzeme Maritime Technology Cluster'
W('team_kurzeme-maritime-technology-cluster','team_kurzeme-maritime-technology-cluster.html',None,
[('Ilze Bērziņa-Kalniņa','Cluster Manager',K),('Mārtiņš Ozoliņš','Deputy Cluster Manager',K),('Aleksandrs Petrovs','Senior Technology Adviser',K),
('Kristīne Jansone','Internationalisation Manager',K),('Edgars Kļaviņš','project coordinator',K),('Laura Freimane','Communication and Events Officer',K),
('Oskars Vītols','Finance and Administration',K),('Sanita Roze','Skills Programme Manager',K),('Jānis Kalējs','Chairman of the Board',K),
('Inga Šmite','Deputy Chair',K),('Valdis Grīnbergs','treasurer',K),('Agnese Lūsēna',None,'Liepāja Maritime College'),
('Henrik Aagaard',None,'Nordvind Logistics Latvia SIA'),('Raimonds Zariņš',None,K),('Dace Liepiņa','Chair of the Advisory Council','University of Latvia')],
[(K,'KMTC'),('Liepāja Maritime College',None),('Ministry of Economics',None),('Investment and Development Agency of Latvia','LIAA'),
('Riga Technical University',None),('Enterprise Europe Network Latvia',None),('Port of Liepāja',None),('Ventspils Freeport Authority',None),
('Ventspils University of Applied Sciences',None),('Tosmares kuģubūvētava',None),('Baltic Port Services SIA',None),('Ventspils Ship Repair SIA',None),
('Nordvind Logistics Latvia SIA',None),('University of Latvia',None),('Liepāja City Council',None),('Kurzeme Planning Region',None),('Liepāja University',None)],
[],
['2019','2033-01','2033-04-27','2033/2035','2034-08-31','2019/2033','2034-03-01','2034-02-15'])
