from w import write
import re
doc='position-paper_podlaskie-cluster-alliance-cohesion-2035.md'
t=open('../../docs/'+doc,encoding='utf-8').read()
km=[x.rstrip('.') for x in re.findall(r'^\d\. (.*)$', t.split('Our five demands')[1].split('###')[0], re.M)]
P='Podlaskie Cluster Alliance'
write(doc.rsplit('.',1)[0], doc, '2035-04-26', [
 ('Agnieszka Sawicka-Ostrowska','President of the Management Board',P),
 ('Jarosław Kondratiuk','Vice-Marshal of the Podlaskie Voivodeship responsible for economic development',None),
 ('Piotr Łapiński','Vice-President',P),
 ('Kamil Dziedzic','policy officer',P),
],[(P,'PZK'),('PZK Council',None),('Podlaski Klaster Bielizny',None),('Klaster Obróbki Metali',None),('Północno-Wschodni Klaster Budowlany',None),
 ('Podlaski Klaster Spożywczy',None),('Klaster Medyczny "Zdrowe Podlasie"',None),('Wschodni Klaster Drzewny',None),('Klaster Energii Odnawialnej Suwałki',None),
 ("Marshal's Office of the Podlaskie Voivodeship",None),('Białystok Science and Technology Park','BPN-T'),('European Commission',None),
 ('Ministry of Development Funds and Regional Policy',None),('European Committee of the Regions',None),('University of Białystok',None),
 ('European Cluster Collaboration Platform',None),('European Parliament',None),('Polish Cluster Association',None)],
[('PZK Council meeting','2035-04-24','2035-04-24',None,None),
 ('Eastern Poland Cluster Forum','2035-09-27','2035-09-27','Lublin','Poland')],
['2034','2035-04-26','2035-04-24','2028','2022','2021/2034','2035-06-30','2035-09-27'], km)
