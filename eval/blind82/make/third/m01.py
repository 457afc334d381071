from w import w
N='Northern Ireland Advanced Manufacturing Forum 2034'
w('g01_belfast_advanced_manufacturing_forum_outcomes','g01_belfast_advanced_manufacturing_forum_outcomes.html','2034-06-21',
[('Siobhán McAleese','Policy and Insight Lead',None),('Ciarán Ó Dónaill','Chair','AMNI'),('Gillian Hutchinson-Reid','Director of Business Growth','Invest Northern Ireland'),
('Annette zu Solms-Wendt',None,'Fraunhofer Institute for Production Technology IPT'),('Ruairí Devlin','Chief Executive','AMNI'),
('Mairéad NIC GIOLLA PHÁDRAIG',None,'Ulster University'),('Thomas Craig-Patterson',None,'Craig Engineering Group plc'),('Nkechi Okonjo-Bell',None,"Queen's University Belfast"),
('Tadeusz Wiśniewski',None,'Ballymena Composites Ltd'),('Orla Feeney',None,'Carbon Trust'),("Niamh O'Hare-Lindqvist",'Membership Manager',None)],
[('Advanced Manufacturing Northern Ireland Ltd','AMNI'),('Invest Northern Ireland',None),('Department for the Economy',None),('Border Midlands Engineering Cluster',None),
('National Manufacturing Institute',None),('Lagan Precision Components Ltd',None),('Fraunhofer Institute for Production Technology IPT',None),('Ulster University',None),
('Craig Engineering Group plc',None),("Queen's University Belfast",None),('Ballymena Composites Ltd',None),('Carbon Trust',None),('Belfast Harbour Commissioners',None)],
[(N,'2034-06-06','2034-06-07','Belfast','United Kingdom'),('site visits','2034-06-07','2034-06-07','Lisburn, Ballymena, Newry','United Kingdom'),
('AMNI Supply Chain Awards','2034-06-07','2034-06-07','Belfast','United Kingdom'),('Annual General Meeting','2034-09-26','2034-09-26','Craigavon','United Kingdom'),
('webinar on carbon data for suppliers','2034-10-18','2034-10-18',None,None)],
['2034-06-21','2034-06-06/2034-06-07','2034-06-14','2036','2035/2037','2034-09-26','2034-10-18'],
['Automation is no longer','Skills shortages','Customers in the aero','All-island','Public support','The cluster should'])
