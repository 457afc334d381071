from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'salamanca-biotech-cluster-members-news-march-2034.eml'
assert wd(2034,3,23)=='Thursday' and wd(2034,4,20)=='Thursday' and wd(2034,2,27)=='Monday'
body = """Dear members,

Welcome to the March issue of our members' news. Spring has started busily: four new members, two funding successes, a new board member and a full events calendar. As always, send us your news for the April issue by 17 April.

1. NEW MEMBERS

The Board approved four new members at its meeting on 27 February 2034:

- Genómica Charra S.L., a spin-off of the University of Salamanca working on livestock genomics (contact: Dr. Beatriz Sánchez-Hernández, CEO);
- Biofermentos del Tormes S.A., contract manufacturer of enzymes in Béjar (contact: Ignacio Martín Rivas, plant manager);
- Lacto-Innova Castilla S.L.U., dairy ingredients start-up from Zamora (contact: Sara Pérez de Ayala, co-founder);
- NordBio Analytics ApS, a Danish laboratory opening its Iberian office in Salamanca (contact: Kasper Holm-Jensen, country manager).

The cluster now has 87 members. Welcome to all of them!

2. MEMBERS' NEWS

Vitalgen Farma S.A. has received EUR 2.4 million from the Centre for the Development of Industrial Technology (CDTI) to build a pilot plant for plant-based vaccines in the Villamayor science park. Managing director Juan Carlos Hidalgo Pastor expects the first batches at the end of 2035.

The Institute of Functional Biology and Genomics (IBFG) and Quesos Artesanos de la Sierra S.L. have signed an agreement to develop protective cultures against spoilage moulds. The project is led by Prof. María Dolores Ortega Calvo.

BioAgro Duero S.Coop. has been awarded the regional innovation prize of the Junta de Castilla y León for its drone-based monitoring of cereal diseases. The prize was handed over in Valladolid on 9 March 2034 by the regional minister for the economy, Carlos Fernández Carriedo.

Envases Sostenibles Ledesma S.L. has opened a new line for compostable trays made from cereal straw, creating 18 jobs. Its general manager, Elena Bravo Sendín, invites members working on food preservation to test the trays in their own products.

3. BOARD AND TEAM

Luis Miguel Hernández-Cabrera (Vitalgen Farma S.A.) joins the Board as representative of large companies, replacing Anna-Lena Weißmüller, who has moved to the group's headquarters in Basel. The Board thanks Anna-Lena for four years of work on the internationalisation committee.

In the cluster office, Pablo Iglesias Sanz started on 1 March as project officer for the new Interreg SUDOE project BIOVALUE, coordinated by the Portuguese cluster Portugal Foods.

4. EVENTS

- Thursday 23 March 2034, 10:00–13:00, online: webinar "Regulatory pathways for novel foods", with Dr. Helena Kowalska (European Food Safety Authority, EFSA).
- Thursday 20 April 2034, Salamanca, Hospedería Fonseca: General Assembly of the cluster, followed at 14:00 by a networking lunch for members.
- 16–18 May 2034, Barcelona: joint stand at BIOSPAIN 2034 with the Castilla y León Health Cluster. Places for four companies left.

5. REMINDER FROM FEBRUARY

Some of you asked about the call for the joint stand. Here is the message from 14 February again:

> From: Rocío Arroyo Gil <rarroyo@biosalamanca.es>
> Sent: Tuesday, 14 February 2034 09:12
> Subject: Joint stand at BIOSPAIN 2034 - call for companies
>
> Dear members,
> the cluster will share a stand with the Castilla y León Health Cluster at
> BIOSPAIN 2034 in Barcelona. The fee for one company is EUR 1,900 and covers
> a table, two passes and access to the partnering system. Please reply by
> 31 March.
> Rocío

Best regards,

Rocío Arroyo Gil
Cluster Manager
Salamanca Biotech Cluster (Asociación Clúster Biotecnológico de Salamanca, BIOSAL)
Edificio I+D+i, Calle Espejo 2, 37007 Salamanca, Spain
Tel. +34 923 29 45 00 | rarroyo@biosalamanca.es

You receive this newsletter as a member of the Salamanca Biotech Cluster. To unsubscribe, reply with "unsubscribe".
"""
m = EmailMessage()
m['From'] = 'Rocío Arroyo Gil <rarroyo@biosalamanca.es>'
m['To'] = 'members@biosalamanca.es'
m['Subject'] = "BIOSAL members' news - March 2034: new members, funding, events"
m['Date'] = format_datetime(datetime.datetime(2034,3,14,8,45,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(os.path.join(B,'docs',F),'wb').write(bytes(m))
S='Salamanca Biotech Cluster'
gold(F, [P('Beatriz Sánchez-Hernández','CEO','Genómica Charra S.L.'), P('Ignacio Martín Rivas','plant manager','Biofermentos del Tormes S.A.'),
 P('Sara Pérez de Ayala','co-founder','Lacto-Innova Castilla S.L.U.'), P('Kasper Holm-Jensen','country manager','NordBio Analytics ApS'),
 P('Juan Carlos Hidalgo Pastor','Managing director','Vitalgen Farma S.A.'), P('María Dolores Ortega Calvo',None,None),
 P('Carlos Fernández Carriedo','regional minister for the economy','Junta de Castilla y León'),
 P('Luis Miguel Hernández-Cabrera','representative of large companies',S), P('Anna-Lena Weißmüller',None,S),
 P('Pablo Iglesias Sanz','project officer',S), P('Helena Kowalska',None,'European Food Safety Authority'),
 P('Rocío Arroyo Gil','Cluster Manager',S), P('Elena Bravo Sendín','general manager','Envases Sostenibles Ledesma S.L.')],
 [O(S,'BIOSAL'), O('Genómica Charra S.L.'), O('University of Salamanca'), O('Biofermentos del Tormes S.A.'), O('Lacto-Innova Castilla S.L.U.'),
  O('NordBio Analytics ApS'), O('Vitalgen Farma S.A.'), O('Centre for the Development of Industrial Technology','CDTI'),
  O('Institute of Functional Biology and Genomics','IBFG'), O('Quesos Artesanos de la Sierra S.L.'), O('BioAgro Duero S.Coop.'),
  O('Junta de Castilla y León'), O('Portugal Foods'), O('European Food Safety Authority','EFSA'), O('Castilla y León Health Cluster'), O('Envases Sostenibles Ledesma S.L.')],
 [E('Board meeting','2034-02-27','2034-02-27',None,None),
  E('Regulatory pathways for novel foods','2034-03-23','2034-03-23',None,None),
  E('General Assembly','2034-04-20','2034-04-20','Salamanca','Spain'), E('networking lunch','2034-04-20','2034-04-20','Salamanca','Spain'),
  E('BIOSPAIN 2034','2034-05-16','2034-05-18','Barcelona','Spain'),
  E('innovation prize','2034-03-09','2034-03-09','Valladolid','Spain')],
 ['2034-03-14','2034-04-17','2034-02-27','2035','2034-03-09','2034-03-01','2034-03-23','2034-04-20','2034-05-16/2034-05-18','2034-02-14','2034-03-31'],
 [], pub='2034-03-14')
