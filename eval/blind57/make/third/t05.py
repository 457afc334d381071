from w import write
import re
doc='peer-review_humber-water-technology-cluster.txt'
t=open('../../docs/'+doc,encoding='utf-8').read()
sec=re.sub(r'\s+',' ',t.split('concludes that ')[1].split('\n\nThe team')[0])
km=[re.sub(r',( and)?$','',x.strip()).rstrip('.').strip() for x in re.split(r'\(\d\) ',sec)[1:]]
km=[re.sub(r',? and$','',x) for x in km]
H='Humber Water Technology Cluster'
write(doc.rsplit('.',1)[0], doc, '2035-06-18', [
 ('Ingrid Solheim-Aasen','Director','Water Cluster Norway'),
 ('Pieter-Jan De Clercq','Cluster Manager','Flux50 Water & Energy'),
 ('Henrike zu Putlitz','Head of Strategy','Wasser Netzwerk Bremen'),
 ('Søren Kjærgaard','Senior Adviser','Danish Water Technology Alliance'),
 ('Femke Hoekstra','Rapporteur','North Sea Clusters Network'),
 ('Jelle van der Meulen','managing director',H),
 ('Rebecca Ashworth-Nkemelu','chair of the board',H),
 ('Gillian Pickering',None,H),
],[(H,'HWTC'),('North Sea Clusters Network','NSCN'),('Water Cluster Norway',None),('Flux50 Water & Energy',None),('Wasser Netzwerk Bremen',None),
 ('Danish Water Technology Alliance',None),('Aquaflow Systems Ltd',None),('University of Hull',None),('Energy and Environment Institute',None),
 ('Hull College',None),('Hull City Council',None),('East Riding of Yorkshire Council',None),('Humber Combined Authority','HCA'),('Aura Innovation Centre',None)],
[('Site visit','2035-05-22','2035-05-23','Hull','United Kingdom'),
 ('working dinner','2035-05-22','2035-05-22','Hull','United Kingdom'),
 ('closing meeting','2035-05-23','2035-05-23','Hull','United Kingdom'),
 ('NSCN annual meeting','2035-11-06','2035-11-06','Hamburg','Germany'),
 ('follow-up visit','2037','2037',None,None)],
['2035-05-22/2035-05-23','2035-06-18','2034-10','2036/2040','2029','2031/2035','2035-01','2035-05-22','2030','2033','2036','2038','2035-05-23','2032','2035-11-06','2037'], km)
