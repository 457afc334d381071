from w import *
t=open('g12.txt').read()
s=t[t.index('6. Recommendations')+5:t.index('7. Budget')]
km=re.findall(r'^\d\. (.*)$',s,re.M)
A='ARMC'; C='Canada'; M='Montréal'
save('g12','2036-03-27',[
P('Clémence Vialatte-Roux','international project manager',A),P('Bertrand Fayolle','President',A),P('Nadia Benhamou-Giraud',None,'Institut Pascal'),
P('Olivier Chassaing','sales director','Joints Techniques Thiers SARL'),P('Sophie Delorme','CEO',"Recyc'Gomme SAS"),
P('Karim Ouali','business developer','Auvergne-Rhône-Alpes Entreprises'),P('Marc-Antoine Lefebvre','trade adviser for transport and mobility','Business France'),
P('Anne-Laure Castagné','economic counsellor','Consulate General of France'),P('Jean-François Bélanger',None,'Université de Sherbrooke'),
P('Geneviève Tremblay-Ouellet','executive director','GMEQ')],[
O('Auvergne Rubber & Mobility Cluster',A),O('Auvergne-Rhône-Alpes Entreprises'),O('Business France'),O('Grappe Mobilité Électrique Québec','GMEQ'),
O('Élastomères du Livradois SAS'),O('Institut Pascal'),O('Université Clermont Auvergne','UCA'),O('Joints Techniques Thiers SARL'),O("Recyc'Gomme SAS"),
O('Délégation générale du Québec'),O('Consulate General of France'),O('Nova Autobus'),O('Centre national du transport avancé','CNTA'),
O('Université de Sherbrooke'),O('Sherbrooke Innopole'),O('Caoutchouc Estrie inc.'),O('Auvergne-Rhône-Alpes Region')],[
E('business mission to Québec','2036-03-10','2036-03-14','Montréal, Sherbrooke',C),E('briefing at the Consulate General of France','2036-03-10',None,M,C),
E('Québec–Auvergne Mobility Day','2036-03-11',None,M,C),E('B2B meetings','2036-03-11',None,M,C),
E('site visits','2036-03-12',None,'Saint-Eustache, Saint-Jérôme',C),E('workshop on rubber recycling','2036-03-13',None,'Sherbrooke',C),
E('meeting with Sherbrooke Innopole','2036-03-14',None,'Sherbrooke',C),E('visit to the company Caoutchouc Estrie inc.','2036-03-14',None,'Sherbrooke',C),
E('Montréal electric vehicle show',None,None,M,C),E('Clermont-Ferrand Mobility Days','2036-06',None,'Clermont-Ferrand','France'),
E('ARMC board meeting','2036-04-08'),E('debriefing webinar','2036-04-15')],
['2036-03-10/2036-03-14','2036-03-27','2034','2036-03-10','2036-03-11','2036-03-12','2036-03-13','2036-03-14','2037','2036-09','2036-06','2036-04-08','2036-04-15'],km)
