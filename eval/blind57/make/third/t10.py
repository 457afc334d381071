from w import write
import re
doc='evaluation-summary_maramures-cluster-programme-pdf.txt'
t=open('../../docs/'+doc,encoding='utf-8').read()
km=[x.rstrip('.') for x in re.findall(r'^\d\. (.*)$', t.split('3. Key findings')[1].split('___')[0], re.M)]
km+=[x.rstrip('.') for x in re.findall(r'^R\d\. (.*)$', t, re.M)]
E='Evalnord Consulting S.R.L.'; A='Agenția de Dezvoltare Economică Maramureș'
write(doc.rsplit('.',1)[0], doc, '2035-09', [
 ('Bogdan-Ioan POP','team leader',E),
 ('Adriana MUREȘAN-Hossu',None,E),
 ('Vasile Ardelean',None,E),
 ('Gerlinde Huber-Klostermann','external peer','Joanneum Research'),
 ('Gavril ZAHARIA','president','Consiliul Județean Maramureș'),
 ('Ioana Bud-Pașca','director',A),
 ('Maria Sabău',None,'Transilvania Lemn Cluster'),
 ('Cristian Iuga',None,'Cluster Metalurgic Nord-Vest'),
],[('Consiliul Județean Maramureș',None),('Directorate for Regional Development and Investment',None),(E,None),('Joanneum Research',None),
 ('Transilvania Lemn Cluster',None),('Cluster Metalurgic Nord-Vest',None),('Maramureș Agro-Food Cluster',None),('ecoTur Maramureș',None),
 (A,'ADEM'),('Ministry of Investments and European Projects',None),('North-West Regional Development Agency','ADR Nord-Vest'),
 ('Technical University of Cluj-Napoca',None),('North University Centre of Baia Mare',None),('Maramureș County Chamber of Commerce',None),
 ('Asociația Clusterelor din România','Clustero')],
[('workshop','2035-06-27','2035-06-27','Baia Mare','Romania'),
 ('session of the County Council','2035-11-29','2035-11-29',None,None),
 ('Romanian Cluster Conference','2035-10-12','2035-10-13','Timișoara','Romania')],
['2030/2035','2035-09','2030-03','2035-01','2035-02/2035-07','2035-06-27','2029','2036/2040','2037','2035-09-10','2035-11-29','2035-10-12/2035-10-13'], km)
