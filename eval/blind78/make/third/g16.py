from w import *
A='ASMC'; I='Ireland'
save('g16','2036-03-26',[
P('Seán Ó Domhnaill','Managing Director','Ocean Harvest Killybegs Teoranta'),P('Gráinne Nic Giolla Bhríde','Head of the School of Science','Atlantic Technological University'),
P('Maeve Gallagher-Doherty','Financial Controller',"Killybegs Fishermen's Organisation Ltd"),P('Pádraig Mac Suibhne','CEO','Mara Tech Donegal DAC'),
P('Aoife McGettigan','Regional Manager North-West','Bord Iascaigh Mhara'),P('Lars-Erik Fjellstad','Managing Director','Fjellstad Aquaculture Ireland Ltd'),
P("Michelle O'Donnell-Boyle",'Head of Enterprise','Local Enterprise Office Donegal'),P('Ciarán Ó Gallchóir','Manager','Comharchumann Iascairí Thoraí Teoranta'),
P('Brendan Doherty','Chairperson',A),P('Niamh de Búrca',None,'Údarás na Gaeltachta'),P('Róisín Ní Fhearraigh','Company Secretary',A),
P('Orla Breslin','Cluster Manager',A),P('Declan McFadden','Project Manager',A),P('Katarzyna Nowak-Kelly','Project Officer',A),
P('Eunan Sweeney','Communications and Events Officer',A),P('Sinéad Bonner','Office and Finance Administrator',A),P('Tomás Ó Fearraigh','Data Analyst',A),
P('Ingvild Haugland','seconded expert','Norwegian Seafood Council')],[
O('Atlantic Seafood & Marine Cluster Donegal CLG',A),O("Killybegs Fishermen's Organisation Ltd"),O('Ocean Harvest Killybegs Teoranta'),O('Mara Tech Donegal DAC'),
O('Ní Bhriain & Partners'),O('Atlantic Technological University','ATU'),O('Bord Iascaigh Mhara','BIM'),O('Fjellstad Aquaculture Ireland Ltd'),
O('Local Enterprise Office Donegal'),O('Comharchumann Iascairí Thoraí Teoranta'),O('Údarás na Gaeltachta'),O('Norwegian Seafood Council'),O('Enterprise Ireland'),
O('Cluster Ireland'),O('European Aquaculture Technology and Innovation Platform','EATiP'),O('Marine Institute'),O('Shetland Seafood Cluster'),O('Sjømatklyngen Vest')],[
E('Annual General Meeting','2035-05-15',None,'Killybegs',I),E('extraordinary general meeting','2035-11-20'),E('AGM','2036-05'),
E('Seafood Expo Global','2035-04-24','2035-04-26','Barcelona','Spain'),E('North-West Marine Innovation Day','2035-10-09',None,'Letterkenny',I)],
['2035','2029-06-03','2035-12-31','2035-05-15','2034','2035-11-20','2033','2029/2033','2035-05','2029/2035','2036/2040','2036-05','2031','2035-09-01',
 '2035-04-24/2035-04-26','2035-10-09','2035-11','2036-03-26'],[])
