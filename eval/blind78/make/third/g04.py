from w import *
t=open('g04.txt').read()
a=t[t.index('draws the following conclusions:'):].split('\n')[1:6]
b=t[t.index('6. Recommendations'):].split('\n')[1:6]
O_='Ostbayerisches Evaluationsinstitut GmbH'
save('g04','2035-02-27',[
P('Franziska Eichinger-Haas','team leader',O_),P('Andreas Pöttinger',None,O_),P('Chiara Bellandi',None,O_),
P('Johannes Wimmer','Ministerialrat','StMWi'),P('Maximilian Freiherr von Aretin','managing director','Aretin Spedition GmbH'),
P('Katrin Obermüller',None,'DIDL')],[
O('Bavarian State Ministry of Economic Affairs, Regional Development and Energy','StMWi'),O('Unit 31 – Cluster Policy'),O(O_,'OBEVI'),
O('Danube–Inn Digital Logistics Cluster','DIDL'),O('DIDL e.V.'),O('University of Passau'),O('Innstadt Brauerei AG'),O('Donau Möbelwerke GmbH & Co. KG'),
O('Deggendorf Institute of Technology','DIT'),O('Chamber of Industry and Commerce for Lower Bavaria','IHK Niederbayern'),O('Business Upper Austria'),
O('South Bohemian Chamber of Commerce'),O('Aretin Spedition GmbH')],[
E('two focus groups','2034-11-21','2034-11-22','Passau','Germany'),E('steering group meeting','2035-01-30')],
['2035-02-27','2031-04','2031/2036','2031-04/2034-12','2034-11-21/2034-11-22','2035-01-30','2036','2031','2034-12','2034-11','2037/2041'],a+b)
