from w import write
import re
doc='workshop-report_varazdin-ict-cluster-ai-adoption.md'
t=open('../../docs/'+doc,encoding='utf-8').read()
km=[x.rstrip('.') for x in re.findall(r'^- (.*)$', t.split('## 4. Lessons learnt')[1].split('## 5')[0], re.M)]
C='North-West Croatia ICT Cluster'
write(doc.rsplit('.',1)[0], doc, '2035-10-24', [
 ('Ivana Horvat-Brezovec','programme officer',C),
 ('Damir Šantek','President',C),
 ('Mirela Kovačić Jurišić','Head of Sector for Industry','Ministry of Economy and Sustainable Development'),
 ('Zoran Blažeković',None,'Ljevaonica Ludbreg d.o.o.'),
 ('Karla Posavec',None,'DataPoint Solutions d.o.o.'),
 ('Hrvoje Mesarić',None,'Drvodizajn Ivanec d.o.o.'),
 ('Tena Jelić','moderator','Faculty of Organization and Informatics'),
 ('Ana-Marija Kos','moderator',C),
 ('Luka Vidović','moderator','HAMAG-BICRO'),
],[(C,'SZ-ICT'),('Ministry of Economy and Sustainable Development',None),('Varaždin County',None),('Faculty of Organization and Informatics','FOI'),
 ('University of Zagreb',None),('Ljevaonica Ludbreg d.o.o.',None),('DataPoint Solutions d.o.o.',None),('Drvodizajn Ivanec d.o.o.',None),
 ('HAMAG-BICRO',None),('ICT Pomurje',None),('Enterprise Europe Network Croatia',None)],
[('AI in the factory — what worked, what did not','2035-10-16','2035-10-16','Varaždin','Croatia'),
 ('Digital Industry Conference','2035-12-05','2035-12-05','Zagreb','Croatia'),
 ('next meeting of the AI working group','2035-11-07','2035-11-07','Varaždin','Croatia'),
 ('joint visit',None,None,'Murska Sobota','Slovenia')],
['2035-10-16','2035-10-24','2032','2036','2035-12-05','2036-01','2036-02','2035-11-07'], km)
