from w import w
C='Cluster Chemie/Kunststoffe Mitteldeutschland'
w('g13_saxony_anhalt_chemical_parks_convention_report','g13_saxony_anhalt_chemical_parks_convention_report.html','2035-07-03',
[('Friedrich-Wilhelm Baumgart','Minister of Economy of Saxony-Anhalt',None),('Kerstin Lehmann-Ohlsen','Cluster manager',C),('Annika Freiin von Stetten','journalist',None),
('Christof Gündel','managing director','InfraLeuna GmbH'),('Ralf B. Wehrmann',None,'Fraunhofer Institute for Microstructure of Materials and Systems IMWS'),
('Agnieszka Wójtowicz-Krüger',None,'Dow Olefinverbund GmbH'),('Mehmet Yıldırım',None,'Chemiepark Bitterfeld-Wolfen GmbH')],
[(C,None),('Investitions- und Marketinggesellschaft Sachsen-Anhalt mbH','IMG'),('Ministry of Economy, Tourism, Agriculture and Forestry of Saxony-Anhalt',None),('InfraLeuna GmbH',None),
('Fraunhofer Institute for Microstructure of Materials and Systems IMWS',None),('Dow Olefinverbund GmbH',None),('Chemiepark Bitterfeld-Wolfen GmbH',None),
('Martin Luther University Halle-Wittenberg',None),('Merseburg University of Applied Sciences',None),('LignoLoop GmbH',None),('isw Institut für Strukturpolitik und Wirtschaftsförderung gGmbH',None)],
[('Central German Chemical Parks Convention 2035','2035-06-26','2035-06-27','Magdeburg','Germany'),("young researchers' session",'2035-06-27','2035-06-27','Magdeburg','Germany'),
('Central German Innovation Prize for Chemistry','2035-06-26','2035-06-26','Magdeburg','Germany'),('Cluster member meeting','2035-09-18','2035-09-18','Halle (Saale)','Germany'),
('Plastics recycling day','2035-11-06','2035-11-06','Schkopau','Germany')],
['2035-07-03','2035-06-26/2035-06-27','2021','2035','2034','2035-09-18','2035-11-06'],
['Permit procedures','The hydrogen network','Chemical recycling','Companies, schools'])
