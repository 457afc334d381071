from w import *
U='United Kingdom'
save('g01','2034-06-02',[
P('Catriona MacLennan','Chair','HIECA'),P('Euan Strachan-Ross','Director of Economic Development','The Highland Council'),
P('Ilse Vandenbroucke','Policy Officer','DG GROW'),P('Morag Sinclair',None,'Scottish Enterprise'),
P('Jonas Ekström-Lind','CEO','Nordvik Offshore Services AB'),P('Siobhán Ní Dhuibhir','cluster manager','Marine Renewables Cluster Ireland'),
P('Pieter van der Wal','director','Energy Port Eemshaven B.V.'),P('Katharina zu Sayn-Hohenstein',None,'Fraunhofer Institute for Wind Energy Systems'),
P('Ruaridh Macaulay','Head of Skills','University of the Highlands and Islands'),P('Alasdair Munro','cluster manager','HIECA'),
P('Fiona Grant','Minister for Energy','Scottish Government')],[
O('Highlands and Islands Energy Cluster Association','HIECA'),O('The Highland Council'),O('European Commission'),
O('Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs','DG GROW'),O('European Cluster Collaboration Platform','ECCP'),
O('Scottish Enterprise'),O('Nordvik Offshore Services AB'),O('Marine Renewables Cluster Ireland','MaREI Cluster'),O('Energy Port Eemshaven B.V.'),
O('Fraunhofer Institute for Wind Energy Systems','Fraunhofer IWES'),O('University of the Highlands and Islands','UHI'),O('Scottish Government'),
O('Pentland Tidal Consortium'),O('Highlands and Islands Enterprise','HIE'),O('Port of Cromarty Firth'),O('Eden Court'),O('UHI Inverness')],[
E('fourth Highland Energy Clusters Forum','2034-05-16','2034-05-17','Inverness',U),E('four parallel workshops','2034-05-16',None,'Inverness',U),
E('forum dinner','2034-05-16',None,'Inverness',U),E('Highland Cluster Award','2034-05-16',None,'Inverness',U),
E('site visit to the Port of Nigg and the Cromarty Firth hydrogen pilot','2034-05-18',None,None,U),
E('first edition','2028',None,'Wick',U),
E('fifth Highland Energy Clusters Forum','2035-05-22','2035-05-23','Stornoway',U),E('preparatory webinar for partners','2034-11-14')],
['2034-06-02','2034-05-16/2034-05-17','2028','2034-09','2034-05-16','2034-05-18','2035-05-22/2035-05-23','2034-11-14','2035-01-31'],
li('g01','Key messages','What comes next'))
