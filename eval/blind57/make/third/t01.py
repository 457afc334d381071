from w import write
import re, html
doc='outcome-report_alpine-timber-construction-days-2035.html'
t=open('../../docs/'+doc,encoding='utf-8').read()
km=[re.sub(r'\.$','',html.unescape(x)) for x in re.findall(r'<li>([^<]*)</li>', t.split('Key messages</h2>')[1].split('</ol>')[0])]
write(doc.rsplit('.',1)[0], doc, '2035-04-04', [
 ('Martina Oberhauser-Rist','Director','Holzbau-Cluster Allgäu'),
 ('Georg Thaler-Pichler','District Administrator of Oberallgäu',None),
 ('Lukas Zehentner',None,'Technische Universität München'),
 ('Chiara Dalla Torre',None,'Hochschule Kempten'),
 ('Andreas Rainer-Mahlknecht',None,'Holzbau Schwarzenbach GmbH'),
 ('Valentina Zambaldi',None,'Holzforschung Austria'),
 ('Thomas Gruber','project manager','Holzbau-Cluster Allgäu'),
 ('Paolo De Monte',None,'Bayerische Versicherungskammer'),
 ('Sabine Hollaus',None,'proHolz Tirol'),
 ('Jakob von Gumppenberg',None,'Bayerische Architektenkammer'),
 ('Hélène Marchetti-Roux','policy officer','Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs'),
 ('Eva Lindenmayr','rapporteur','Fraunhofer Institute for Building Physics'),
],[('Holzbau-Cluster Allgäu',None),('Allgäu GmbH – Gesellschaft für Standort und Tourismus',None),('District Office of Oberallgäu',None),
 ('Technische Universität München',None),('Chair of Timber Structures and Building Construction',None),('Hochschule Kempten',None),
 ('Holzbau Schwarzenbach GmbH',None),('Holzforschung Austria',None),('Bayerische Versicherungskammer',None),('Fire Prevention Service',None),
 ('proHolz Tirol',None),('Bayerische Architektenkammer',None),('Fraunhofer Institute for Building Physics',None),('Enterprise Europe Network Bavaria',None),
 ('European Commission',None),('Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs','DG GROW'),
 ('Amt der Tiroler Landesregierung',None),('Amt der Vorarlberger Landesregierung',None)],
[('Alpine Timber Construction Days 2035','2035-03-14','2035-03-15','Kempten','Germany'),
 ('Study visits','2035-03-15','2035-03-15',None,None),
 ('Matchmaking',None,None,None,None),
 ('EU Construction Ecosystem Forum','2035-10-09','2035-10-09','Brussels','Belgium'),
 ('working meeting','2035-06-12','2035-06-12','Innsbruck','Austria'),
 ('sixth Alpine Timber Construction Days','2037-03','2037-03','Bregenz','Austria')],
['2035-04-04','2035-03-14/2035-03-15','2027','2029','2031','2033','2038','2035-03-15','2035-10-09','2035-03-29','2035-12','2035-06-12','2037-03'], km)
