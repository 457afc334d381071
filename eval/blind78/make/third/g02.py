from w import *
save('g02','2036-06-04',[
P('Lucía Martínez de la Fuente',None,'Universidad de Castilla-La Mancha'),P('Tomás Herranz Olmedo','Policy Officer','CLUBIO'),
P('Verena Pichler-Moser',None,'Austrian Institute for SME Research'),P('Beatriz Cañete Solís','manager','CLUBIO'),
P('Julián Moya Recuenco','mayor',None)],[
O('Universidad de Castilla-La Mancha','UCLM'),O('Clúster de Bioeconomía Forestal de Cuenca','CLUBIO'),O('Austrian Institute for SME Research'),
O('Junta de Comunidades de Castilla-La Mancha'),O('Instituto de Promoción Exterior de Castilla-La Mancha','IPEX'),
O('Centro Tecnológico de la Madera de Castilla-La Mancha','CETEMCAM'),O('Holzcluster Steiermark')],[
E('Forest Bioeconomy Days','2036-06-04','2036-06-05','Cuenca','Spain'),E('workshop held with the Junta de Comunidades de Castilla-La Mancha','2036-03-19')],
['2036-06','2036-06-04','2036-06-04/2036-06-05','2029','2035-10/2036-02','2036-03-19','2028/2034','2035','2030','2033','2038'],
[re.sub(r'^\d\. ','',x) for x in re.findall(r'^\d\. .*?(?=\n\d\. |\nAbout)',open('g02.txt').read(),re.S|re.M)])
