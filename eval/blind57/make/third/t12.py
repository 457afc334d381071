from w import write
import re
ns={}; exec(open('../../../check_gold.py').read().split('base = os.path')[0], ns)
doc='newsletter_blekinge-digital-cluster-november-2035.eml'
t=ns['read_doc']('../../docs/'+doc)
km=[x.rstrip('.') for x in re.findall(r'^- (.*)$', t.split('agreed on these conclusions:')[1].split('The presentations')[0], re.M)]
B='Blekinge Digital Cluster'
write(doc.rsplit('.',1)[0], doc, '2035-11-20', [
 ('Mats Fredriksson Åberg','Affärsutvecklare','Ronneby Software Park AB'),
 ('Lena Karlsson',None,None),
 ('Karin Lindqvist-Nyström','Director General','Swedish Post and Telecom Authority'),
 ('Tomas Vaitkevičius','Vice-Minister of Transport and Communications of Lithuania',None),
 ('Johan Ekberg',None,'Swedish Navy'),
 ('Annika Holmgren','chair',B),
 ('Hüseyin Demir',None,'Blekinge Institute of Technology'),
 ('Małgorzata Zielińska-Krause',None,'Interizon'),
 ('Sara Öberg','innovation coordinator',B),
 ('Erik Sandberg-Yilmaz','Cluster manager',B),
],[('Ronneby Software Park AB',None),(B,'BDC'),('Blekinge Institute of Technology','BTH'),('Region Blekinge',None),('Swedish Civil Contingencies Agency','MSB'),
 ('Infobalt',None),('Pomeranian ICT Cluster Interizon',None),('Swedish Post and Telecom Authority','PTS'),('Swedish Navy',None),('Karlskrona Fiber & Data AB',None),
 ('NordSec Labs AB',None),('Kustnät Olofström AB',None),('Ronneby Miljö & Teknik AB',None)],
[('Baltic Secure Connectivity Conference 2035','2035-11-06','2035-11-07','Karlskrona','Sweden'),
 ('closing panel',None,None,None,None),
 ('möte med regionen','2035-12-04','2035-12-04',None,None),
 ('next conference','2036','2036','Klaipėda','Lithuania'),
 ('inauguration of the 5G Arena','2035-11-14','2035-11-14','Karlskrona','Sweden'),
 ('Breakfast seminar: AI Act for software companies','2035-11-27','2035-11-27','Ronneby','Sweden'),
 ("Members' Christmas meeting and annual planning",'2035-12-11','2035-12-11','Karlskrona','Sweden'),
 ('Study visit to Kiel','2036-01-22','2036-01-22','Kiel','Germany'),
 ('Annual General Meeting','2036-03-12','2036-03-12','Karlskrona','Sweden')],
['2035-11-21','2035-12-04','2035-11-20','2035-11-06/2035-11-07','2037','2036','2035-11-14','2035-11-27','2035-12-11','2036-01-22','2036-03-12'], km)
