from w import w
S='Shannon MedTech Cluster CLG'
w('g16_midwest_ireland_medtech_cluster_annual_report_governance','g16_midwest_ireland_medtech_cluster_annual_report_governance.md','2036-04-02',
[('Fionnuala Ní Mhurchú','Chair','Brennan Orthopaedics Ltd'),('Declan Fitzgerald-Hayes','Vice-Chair','Burren Catheter Technologies Ltd'),('Matthias von der Lahr','Director','University of Limerick'),
("Sinéad O'Dwyer",'Chair of the Audit and Risk Committee','Shannon Valve Systems DAC'),('Rajesh Venkataraman','Director','Castletroy Surgical Instruments Ltd'),
('Lucía de la Cruz Montero','Director','Atlantic Biosensors Ltd'),('Eoin Mac Cárthaigh','Director','Technological University of the Shannon'),('Aoife Kiely','Director','Enterprise Ireland'),
('Pádraig Lonergan',None,'Clare MedPlastics Ltd'),('Helga Sørensen-Quinn',None,None),('Maeve Corrigan',None,'Institute of Directors in Ireland'),
('Kateryna Shevchenko-Walsh','Chief Executive',S),('Colm Ó Súilleabháin','Head of Innovation Programmes',S),('Bríd Moloney','Skills and Talent Manager',S),
('Javier Ruiz de Alda Ferrer','International Partnerships Manager',S),('Chloe Nwosu-Ryan','Membership and Events Officer',S),('Tomás Breen','Communications Officer',S),
('Margaret Hogan','Finance and Administration Officer',S)],
[(S,None),('Enterprise Ireland',None),('Brennan Orthopaedics Ltd',None),('Burren Catheter Technologies Ltd',None),('University of Limerick',None),('Shannon Valve Systems DAC',None),
('Castletroy Surgical Instruments Ltd',None),('Atlantic Biosensors Ltd',None),('Technological University of the Shannon',None),('Clare MedPlastics Ltd',None),
('Institute of Directors in Ireland',None),('Grant Keogh & Partners',None)],
[('Annual General Meeting','2031-05-14','2031-05-14',None,None),('Extraordinary General Meeting','2034-10-09','2034-10-09',None,None),
('Annual General Meeting 2035','2035-05-21','2035-05-21','Limerick','Ireland'),('MedTech Mid-West Summit','2035-10-15','2035-10-15','Ennis','Ireland'),
('next Annual General Meeting','2036-05-20','2036-05-20',None,None)],
['2035','2036-03-18','2036-04-02','2035-12-31','2031-05-14','2034-10-09','2035-05-21','2035-05','2029','2029/2033','2035-11','2036','2033-09','2035-10-15','2035-06','2036-05-20'],
['The Board has the right','Board papers','The relationship','Members of the Cluster'])
