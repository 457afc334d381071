from w import *
t=open('g09.txt').read()
km=re.findall(r'^\d\. (.*)$',t,re.M)
A='Agrotech Cluster Osnabrück e. V.'; D='Germany'
save('g09','2034-11-28',[
P('Annette Brüggemann-Wessels','Vorstandsvorsitzende',A),P('Hendrik Ostendorf','Stellvertretender Vorsitzender','Hochschule Osnabrück'),
P('Jan-Philipp Kemper','Geschäftsführer',A)],[
O(A,'ACO'),O('Hartkamp Landmaschinen GmbH & Co. KG'),O('Emsland Sensorik AG'),O('Hochschule Osnabrück'),
O('Deutsche Forschungszentrum für Künstliche Intelligenz','DFKI'),O('Landwirtschaftskammer Niedersachsen'),
O('WIGOS Wirtschaftsförderungsgesellschaft Osnabrücker Land mbH'),O('Niedersächsische Landesregierung'),
O('Niedersächsische Ministerium für Wirtschaft, Verkehr, Bauen und Digitalisierung'),O('Niedersächsische Ministerium für Ernährung, Landwirtschaft und Verbraucherschutz'),
O('Europäische Union'),O('Berufsbildende Schulen Melle','BBS Melle'),O('Maschinenring Osnabrück'),O('Agri-Food Cluster Flanders'),
O('Food & Bio Cluster Denmark'),O('Niedersächsischen Landtags')],[
E('Agrotech-Dialog','2035-01-19',None,'Bramsche',D),E('Agritechnica','2035-11',None,'Hannover',D)],
['2034-11-24','2034-11-28','2029','2034','2038','2031','2035-12','2035-01-19','2035-11'],km)
