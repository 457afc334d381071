from w import *
t=open('g15.txt').read()
km=re.findall(r'^\d\. (.*)$',t,re.M)
U='Únia klastrov Slovenska'; S='Slovakia'; B='Banská Bystrica'
save('g15','2035-05-23',[
P('Martin Hudec','predseda',U),P('Ondrej Lúčanský','predseda','Banskobystrický samosprávny kraj'),P('Katarína Slobodová','rektorka','Univerzita Mateja Bela'),
P('Zuzana Pavlíková','generálna riaditeľka sekcie inovácií','Ministerstvo hospodárstva Slovenskej republiky'),P('Pedro Álvarez Iglesias',None,'GR GROW'),
P('Juraj Kmeť','manažér','Stredoslovenský drevársky klaster, z. z. p. o.'),P('Ivana Straková',None,'Žilinská univerzita v Žiline'),
P('Petra Horáková',None,'Národní klastrová asociace'),P('Marcin Wójcik',None,'Polska Agencja Rozwoju Przedsiębiorczości'),
P('Zsófia Kertész-Balogh',None,'Pannon Business Network'),P('Markus Gruber',None,'Clusterland Oberösterreich GmbH'),
P('Lenka Benková','výkonná riaditeľka',U),P('Veronika Šulková',None,'Košice IT Valley')],[
O(U,'ÚKS'),O('Univerzita Mateja Bela'),O('Banskobystrický samosprávny kraj','BBSK'),O('Slovenská inovačná a energetická agentúra','SIEA'),
O('Stredoslovenský drevársky klaster, z. z. p. o.'),O('Ministerstvo hospodárstva Slovenskej republiky'),O('Európska komisia'),
O('Generálne riaditeľstvo pre vnútorný trh, priemysel, podnikanie a MSP','GR GROW'),O('Žilinská univerzita v Žiline'),
O('Klaster Liptov – Združenie cestovného ruchu'),O('Národní klastrová asociace','NCA'),O('Polska Agencja Rozwoju Przedsiębiorczości','PARP'),
O('Pannon Business Network'),O('Clusterland Oberösterreich GmbH'),O('Biomasa Hron, a. s.'),O('Klaster Turiec'),O('Košice IT Valley'),
O('Kysucký strojársky klaster'),O('Zemplínsky potravinársky klaster'),O('Združenie samosprávnych krajov SK8')],[
E('6. kongres slovenských klastrov','2035-05-15','2035-05-16',B,S),E('prvý kongres','2025',None,'Žilina',S),
E('tri paralelné sekcie','2035-05-15',None,B,S),E('slávnostná večera','2035-05-15',None,B,S),E('Klaster roka 2035','2035-05-15',None,B,S),
E('panelová diskusia','2035-05-16',None,B,S),E('exkurzia do závodu spoločnosti Biomasa Hron','2035-05-16',None,'Zvolen',S),
E('zasadnutie predsedníctva ÚKS','2035-06-12',None,'Bratislava',S),E('siedmy kongres slovenských klastrov','2036-05',None,'Košice',S)],
['2035-05-15/2035-05-16','2035-05-23','2025','2036/2042','2035-05-15','2036','2035','2037','2035-06-12','2036-05'],km)
