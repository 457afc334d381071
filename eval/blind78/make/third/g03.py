from w import *
F='Finland'
t=open('g03.txt').read()
km=re.findall(r'^- (.*)$',t,re.M)+re.findall(r'^\d\. (.*)$',t,re.M)
save('g03','2035-03-14',[
P('Tuomas Väisänen','aluekehitysjohtaja','Kanta-Hämeen liitto'),P('Henna Kivelä-Mäkinen','klusterimanageri','Linnan Kehitys Oy'),
P('Sanna-Maria Virtanen','tuotekehityspäällikkö','Lammin Leipomo Ky'),P('Outi Rantanen','yliopettaja','HAMK'),
P('Jukka-Pekka Heinonen','erikoistutkija','Luonnonvarakeskus'),P('Aino Lehtimäki','projektisuunnittelija','HAMK'),
P('Mikko Salonen-Ahola','toimitusjohtaja','Vanajan Mylly Oy')],[
O('Hämeen ammattikorkeakoulu','HAMK'),O('Kanta-Hämeen liitto'),O('HämeFood-klusteri'),O('Luonnonvarakeskus','Luke'),O('Hämeen Kauppakamari'),
O('Hämeenlinnan kaupunki'),O('Vanajan Mylly Oy'),O('Tuulos Herkut Oy'),O('Lammin Leipomo Ky'),O('Linnan Kehitys Oy'),O('Business Finland'),
O('Hämeen ELY-keskus'),O('Foodwest Oy'),O('Itä-Suomen yliopisto')],[
E('Hämeen Ruokapäivät 2033','2033-10-06','2033-10-07','Forssa',F),E('B2B-tapaamiset','2033-10-06','2033-10-07','Forssa',F),
E('jäsentyöpaja','2035-02-05',None,'Hämeenlinna',F),E('maakuntahallituksen kokous','2035-04-13')],
['2035-03-14','2030/2034','2029','2031','2034','2033-10-06/2033-10-07','2033','2035-02-05','2032','2036/2039','2035-04-13','2035-04'],km)
