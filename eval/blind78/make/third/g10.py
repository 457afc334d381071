from w import *
t=open('g10.txt').read()
s=t[t.index('ZÁVĚRY KONFERENCE'):t.index('DALŠÍ NOVINKY')]
km=re.findall(r'^- (.*)$',s,re.M)
K='Západočeský sklářský a porcelánový klastr, z. s.'; C='Czech Republic'
save('g10','2034-09-27',[
P('Tomáš Kalina','předseda klastru',K),P('Alena Šimková','hejtmanka Karlovarského kraje',None),P('Lucie Dvořáková',None,'Ústav skla a keramiky'),
P('Bernd Schmiedel',None,'Bundesverband Glasindustrie e.V.'),P('Petr Hrubý','ředitel výroby','Thun Porcelán Loket s.r.o.'),
P('Markéta Vondrášková','výkonná manažerka',K),P('Hana Černá',None,'Ministerstvo průmyslu a obchodu'),
P('Jitka Procházková','ředitelka','Střední průmyslová škola keramická a sklářská Karlovy Vary'),P('Jaroslav Beneš')],[
O(K),O('Karlovarská agentura rozvoje podnikání, p. o.','KARP'),O('Vysoká škola chemicko-technologická v Praze','VŠCHT Praha'),
O('Sklárna Nové Sedlo a.s.'),O('Ústav skla a keramiky'),O('Bundesverband Glasindustrie e.V.'),O('Thun Porcelán Loket s.r.o.'),
O('Ministerstvo průmyslu a obchodu','MPO'),O('Moser Glass Studio s.r.o.'),O('Porcelánka Chodov, s.r.o.'),
O('Střední průmyslová škola keramická a sklářská Karlovy Vary'),O('Správní rada'),O('Glass Cluster Saxony')],[
E('Čistý oheň 2034','2034-09-21',None,'Karlovy Vary',C),E('zasedání správní rady','2034-09-12'),
E('Pracovní skupina pro vzdělávání','2034-09-05',None,'Chodov',C),E('Energetické audity v praxi','2034-10-10',None,'Sokolov',C),
E('glasstec','2034-10-24','2034-10-26','Düsseldorf','Germany'),E('setkání členů a valná hromada klastru','2034-11-14',None,'Nové Sedlo',C),
E('webinář s partnery z Glass Cluster Saxony','2034-12-05')],
['2034-09-27','2034-09','2034','2034-09-21','2035-01','2034-10','2034-09-12','2034-11','2034-09-05','2035','2034-10-10','2034-10-24/2034-10-26',
 '2034-11-14','2034-12-05','2034-09-11','2034-10-31'],km)
