from w import write
import re
ns={}; exec(open('../../../check_gold.py').read().split('base = os.path')[0], ns)
doc='forum-summary_goriska-cross-border-innovation-forum-2035.pdf'
t=ns['read_doc']('../../docs/'+doc)
sec=t.split('KEY MESSAGES OF THE FORUM')[1].split('The key messages were')[0]
km=[re.sub(r'\s+',' ',x).strip().rstrip('.') for x in re.split(r'\n\d\. ','\n'+sec.strip())[1:]]
P='Primorski tehnološki park'
write(doc.rsplit('.',1)[0], doc, None, [
 ('Tanja Kobal Mislej','Director',P),
 ('Stefano Cernic-Feresin','President','Confindustria Alto Adriatico'),
 ('Rok Čermelj','Mayor of Nova Gorica',None),
 ('Alessandra Tomasin-Furlan','Regional Minister for Productive Activities of Friuli Venezia Giulia',None),
 ('Petra Vidmar Zorn','secretary general','GECT GO'),
 ('Aleš Rutar',None,'Slovenian Wood Industry Cluster'),
 ('Marjeta Leban','CEO','Lesna Nova d.o.o.'),
 ('Giorgio Bressan',None,'Cluster Arredo e Sistema Casa'),
 ('Andrej Kocijančič',None,'Vinska klet Goriška Brda'),
 ('Chiara Del Zotto',None,'Consorzio Tutela Vini Collio'),
 ('Boris Kranjc',None,'Luka Koper d.d.'),
 ('Elena Mervic',None,'Autorità di Sistema Portuale del Mare Adriatico Orientale'),
 ('Urška Jerman',None,'University of Nova Gorica'),
 ('Luca Visintin',None,'Università degli Studi di Udine'),
 ('Nina Gregorič Potočnik',None,'SPIRIT Slovenia'),
],[(P,'PTP'),('Confindustria Alto Adriatico',None),('European Grouping of Territorial Cooperation GECT GO','EZTS GO'),('Slovenian Wood Industry Cluster',None),
 ('Lesna Nova d.o.o.',None),('Cluster Arredo e Sistema Casa',None),('Vinska klet Goriška Brda',None),('Consorzio Tutela Vini Collio',None),('Luka Koper d.d.',None),
 ('Autorità di Sistema Portuale del Mare Adriatico Orientale',None),('University of Nova Gorica',None),('Università degli Studi di Udine',None),('SPIRIT Slovenia',None),
 ('Friuli Innovazione',None),('Enterprise Europe Network Slovenia',None),('EEN Friuli Venezia Giulia',None)],
[('Goriška Cross-Border Innovation Forum 2035','2035-09-18','2035-09-19','Nova Gorica, Gorizia','Slovenia, Italy'),
 ('Start-up pitch night','2035-09-18','2035-09-18',None,None),
 ('Matchmaking','2035-09-18','2035-09-18',None,None),
 ('closing plenary',None,None,None,None),
 ('GECT GO assembly','2035-12-11','2035-12-11',None,None),
 ('fifth forum','2037-09','2037-09','Gorizia','Italy')],
['2035-09-18/2035-09-19','2029','2031','2033','2036','2035-09-18','2035-12-11','2037-09'], km)
