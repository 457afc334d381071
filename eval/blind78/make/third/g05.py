from w import *
t=open('g05.txt').read()
s=t[t.index('(1) '):t.index('tillräckligt stor.')+len('tillräckligt stor')]
km=[x.strip().rstrip(';').strip() for x in re.split(r'\(\d\) ',s) if x.strip()]
S='Sweden'
F='Fiberklustret Mitt'
save('g05','2034-10-17',[
P('Elin Sjöberg','processledare',F),P('Anders Lövgren','klusterchef',F),P('Maria Nordin Strömqvist','professor','Mittuniversitetet'),
P('Jakob Hägglund','hållbarhetschef','Norrpack AB'),P('Karin Hedlund','enhetschef för näringsliv och innovation','Region Västernorrland'),
P('Pekka Laaksonen','VD','Kemi Fibre Oy'),P('Sara Öhman','upphandlingsstrateg','Sundsvalls kommun'),P('Tove Rydberg',None,'RISE')],[
O('Fiberklustret Mitt ek. för.'),O('Region Västernorrland'),O('RISE Research Institutes of Sweden','RISE'),O('Mittuniversitetet'),O('SCA'),
O('Holmen Iggesund'),O('Norrpack AB'),O('Sundsvalls kommun'),O('Kemi Fibre Oy'),O('EU')],[
E('Cirkulära förpackningar i Mittsverige – från skogsråvara till återvunnen fiber','2034-10-03',None,'Sundsvall',S),
E('paneldiskussion','2034-10-03',None,'Sundsvall',S),E('styrelsemöte','2034-11-14'),E('uppföljningsmöte','2035-02',None,'Östersund',S),
E('Nästa workshop i serien "Fiber i förändring"','2035-03-06')],
['2034-10-03','2034-10-17','2030','2035','2034-11-14','2035-02','2035-03-06'],km)
