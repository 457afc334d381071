from w import *
t=open('g11.txt').read()
km=re.findall(r'^\d\. \*\*.*?:\*\* (.*)$',t,re.M)
D='Debagoieneko Fabrikazio Aurreratuko Klusterra'; U='Ulma Forja S. Coop.'; S='Spain'
save('g11',None,[
P('Miren Etxeberria Arregi','managing director',U),P('Iñaki Zubizarreta Oiarbide','cluster manager','DEFAK'),
P('Leire Uribarren Mugica','lecturer','Mondragon University'),P('Jon Ander Garitano Lasa',None,'Fagor Arrasate S. Coop.'),
P('Nerea Aranburu Ugalde','director','Arizmendi Ikastola'),P('Xabier Mendizabal',None,'Datik Solutions S.L.'),P('Amaia Lasagabaster Igartua',None,U)],[
O(D,'DEFAK'),O(U),O('Fagor Arrasate S. Coop.'),O('Mondragon Unibertsitatea'),O('Debagoieneko Mankomunitatea'),O('Gipuzkoako Foru Aldundia'),
O('Department of Economic Promotion'),O('Arizmendi Ikastola'),O('Datik Solutions S.L.')],[
E('General Assembly','2035-03-14',None,'Arrasate',S),E('first working group meetings','2035-04'),E('next General Assembly','2036-03-13',None,'Arrasate',S),
E('Basque Industry 4.0 Week','2035-10-16','2035-10-18','Bilbao',S)],
['2035/2040','2035-03-14','2030','2034','2040','2035','2035-09','2036','2037','2038','2035-04','2036-03-13','2035-10-16/2035-10-18'],km)
