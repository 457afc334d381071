from w import write
import re
doc='study-summary_zlin-plastics-circularity.txt'
t=open('../../docs/'+doc,encoding='utf-8').read()
sec=t.split('MAIN FINDINGS')[1].split('-----\n\nHow')[0]
sec=sec.strip('-\n ')
km=[re.sub(r'\s+',' ',x).strip().rstrip('.') for x in re.split(r'\n\d\. ', '\n'+sec.strip('-\n '))[1:]]
km=[re.sub(r'\s*-+$','',x).rstrip('.') for x in km]
write(doc.rsplit('.',1)[0], doc, '2035-11-06', [
 ('Radka Šimečková',None,'Tomas Bata University in Zlín'),
 ('Tomáš Hrabal',None,'Inovia Advisory s.r.o.'),
 ('Lucie Nováková-Zapletalová',None,'Inovia Advisory s.r.o.'),
 ('Petr KOLÁŘ','chairman of the board','PLASTR'),
 ('Jana Vrbová','head','Zlín Region'),
 ('Ondřej Malina','cluster manager','PLASTR'),
],[('PLASTR – Klastr plastikářského a gumárenského průmyslu Zlínského kraje, z.s.','PLASTR'),('Faculty of Technology',None),
 ('Tomas Bata University in Zlín','UTB'),('Inovia Advisory s.r.o.',None),('Zlín Region',None),('Czech Agency for Business and Investment','CzechInvest'),
 ('Barum Continental spol. s r.o.',None),('Fatra, a.s.',None),('SPUR a.s.',None),('Plastika Vizovice s.r.o.',None),('MedPolymer Trade s.r.o.',None),
 ('Centre of Polymer Systems',None),('Regional Development Department',None),('National Cluster Association','NCA')],
[('validation workshop','2035-09-19','2035-09-19','Zlín','Czechia'),
 ('Plastics Circularity Day','2035-12-04','2035-12-04','Zlín','Czechia'),
 ('autumn meeting',None,None,None,None)],
['2035-11-06','2035','2036','2035-01','2035-02/2035-08','2035-03/2035-04','2035-09-19','2038','2036/2038','2037/2040','2035-12-04'], km)
