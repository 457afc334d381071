from w import *
t=open('g06.txt').read()
km=re.findall(r'^\d\. (.*)$',t,re.M)
B='BNC'; Fr='France'
save('g06','2034-06-12',[
P("Gwenaëlle Le Floc'h",'project manager for the circular economy',B),P('Yann-Erwan Kerbrat','President',B),
P('Marie-Hélène Guillou','researcher','Institut de Recherche Dupuy de Lôme'),P('Ronan Tanguy','managing director','Kompozit Recycling SAS'),
P('Ana Sofia Pereira Lopes','cluster manager','Oceano XXI – Association for the Knowledge of the Sea Economy'),
P('Hendrik ter Steege','programme manager','Netherlands Maritime Technology'),
P('Élodie Marchand-Vasseur','head of the economic development department','Lorient Agglomération')],[
O('Bretagne Nautisme & Composites',B),O('Chantier Naval du Scorff SAS'),O('Institut de Recherche Dupuy de Lôme','IRDL'),O('Université Bretagne Sud','UBS'),
O('Kompozit Recycling SAS'),O('Oceano XXI – Association for the Knowledge of the Sea Economy'),O('Netherlands Maritime Technology','NMT'),O('Lorient Agglomération')],[
E('Boats that come back','2034-06-08'),E('working group on boat dismantling first meeting','2034-07-05',None,'Lorient',Fr),
E('third webinar of the spring series','2034-06-29'),E('Nautic Tech Days','2034-10-17','2034-10-18','La Rochelle',Fr)],
['2034-06-12','2034-06-08','2031','2032','2034','2034-07-05','2034-06-22','2034-06-29','2034-10-17/2034-10-18'],km)
