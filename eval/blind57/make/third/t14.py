from w import write
import re
doc='porocilo_koroski-forum-kovinske-industrije-2035.txt'
t=open('../../docs/'+doc,encoding='utf-8').read()
km=[x.strip().rstrip('.') for x in re.findall(r'^\d\. (.*)$', t.split('Zaključki\n')[1], re.M)]
R='Regionalna razvojna agencija za Koroško'; G='Grozd kovinskopredelovalne industrije Koroške'
write(doc.rsplit('.',1)[0], doc, '2035-05-08', [
 ('Tjaša Pečovnik Lipovnik','Avtorica',None),
 ('Tomaž Vrečko','župan','Občine Ravne na Koroškem'),
 ('Karmen Sotlar Mlinar','direktorica',R),
 ('Andrej GRUDNIK','predsednik upravnega odbora',G),
 ('Nataša Kolar Vidmar','Državna sekretarka','Ministrstvu za gospodarstvo, turizem in šport'),
 ('Matjaž Ferk','vodja razvoja','SIJ Metal Ravne d.o.o.'),
 ('Nina Verdnik Štrukelj',None,'Univerze v Mariboru'),
 ('Gregor Kotnik','vodja kadrovske službe','Tovarna vijakov Mežica d.o.o.'),
 ('Elisabeth Pirker-Wutte',None,'Wirtschaftskammer Kärnten'),
 ('Boris Jamnik',None,'Gospodarska zbornica Slovenije'),
 ('Marko Kogelnik','novinar','Radia Koroška'),
 ('Polona Gorenšek Kos','ravnateljica','Srednje šole Ravne'),
 ('Damjan Oder','predstavnik','Skei Koroška'),
],[(R,'RRA Koroška'),(G,'GKIK'),('Koroško gospodarsko zbornico','KGZ'),('Šolskim centrom Ravne na Koroškem',None),('Kulturnem centru Ravne na Koroškem',None),
 ('Občine Ravne na Koroškem',None),('Kovinar Prevalje d.o.o.',None),('Ministrstvu za gospodarstvo, turizem in šport',None),('SIJ Metal Ravne d.o.o.',None),
 ('Fakulteta za strojništvo',None),('Univerze v Mariboru',None),('Tovarna vijakov Mežica d.o.o.',None),('Wirtschaftskammer Kärnten',None),
 ('Gospodarska zbornica Slovenije','GZS'),('Radia Koroška',None),('Srednje šole Ravne',None),('Skei Koroška',None),('Svetu Koroške regije',None)],
[('5. Koroški forum kovinske industrije','2035-04-26','2035-04-26','Ravne na Koroškem','Slovenia'),
 ('okrogla miza','2035-04-26','2035-04-26','Ravne na Koroškem','Slovenia'),
 ('čezmejni sejem poklicev','2035-10-11','2035-10-11','Celovec','Austria'),
 ('6. forum','2037','2037','Slovenj Gradcu','Slovenia'),
 ('ogled nove linije za toplotno obdelavo','2035-04-26','2035-04-26',None,None),
 ('delavnica o čezmejnih projektih','2035-04-26','2035-04-26',None,None),
 ('razstava dvanajstih podjetij','2035-04-26','2035-04-26','Ravne na Koroškem','Slovenia')],
['2035-04-26','2035-05-08','2027','2029','2031','2033','2035','2035-10-11','2036','2028/2034','2035-09','2037'], km)
