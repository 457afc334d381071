from mk import *
doc = 'news-algamar-project-consortium-launched.txt'
t = """Home > News > Projects

New Horizon Europe project ALGAMAR brings 11 partners together on seaweed biorefining

Posted on 19/09/2033 by Clúster Galego da Bioeconomía Mariña | 4 min read

Share: LinkedIn · X · E-mail

Vigo – Eleven organisations from seven countries met at the Vigo headquarters of the Clúster Galego da
Bioeconomía Mariña (CGBM) on 11 and 12 September 2033 to launch ALGAMAR, a four-year Horizon Europe innovation
action on small-scale biorefineries for farmed seaweed. The project started on 1 September 2033 and will run until
31 August 2037 with an EU contribution of EUR 6.8 million.

ALGAMAR will build three pilot lines – in Galicia, Brittany and western Norway – that turn kelp and dulse into
alginates, protein concentrates and biostimulants, and test whether coastal SMEs can run them profitably.

Coordinator
The project is coordinated by CGBM. Dr. Uxía Porto Lameiro, head of innovation projects at CGBM, is the project
coordinator. "For the first time the growers themselves are partners, not just suppliers of biomass," she said at
the opening session.

The consortium
- Clúster Galego da Bioeconomía Mariña (CGBM), Spain – coordinator
- Universidade de Vigo, Spain – process design and life-cycle assessment
- Algas do Morrazo, S.L., Spain – seaweed farming, Galician pilot
- Pôle Mer Iroise, France – Breton pilot and cluster network
- Goémons de l'Aber SAS, France – processing
- Havtang Vest AS, Norway – Norwegian pilot
- NORCE Norwegian Research Centre, Norway – biostimulant trials
- Marine Institute, Ireland – policy and licensing analysis
- Tallinn University of Technology (TalTech), Estonia – protein extraction
- Zeewier Vlaanderen vzw, Belgium – business models
- Rede Atlântica de Macroalgas (RAM), Portugal – dissemination and exploitation

Guests
The kick-off was opened by José Manuel Ferreiro Castro, Director General for Fisheries of the Xunta de Galicia.
Project officer Katarzyna Lis of the European Research Executive Agency (REA) presented the reporting rules online.

Next steps
The first General Assembly of the consortium will take place in Brest in March 2034, followed by an open webinar for
growers in May 2034. A call for five "follower" seaweed farms will open in 2035.

Contacts
Project coordinator: Uxía Porto Lameiro, uporto@cgbm.example
Communication: Brais Otero Vidal (RAM), comms@algamar.example
Press: prensa@cgbm.example

This project has received funding from the European Union's Horizon Europe research and innovation programme under
grant agreement No 1010xxxxx.

Related news
· Blue bioeconomy forum in A Coruña: registrations open
· CGBM welcomes four new members

© 2033 CGBM · Legal notice · Privacy · Cookies
"""
write_text(doc, t)
people=[P('Uxía Porto Lameiro','head of innovation projects','CGBM'),
 P('José Manuel Ferreiro Castro','Director General for Fisheries','Xunta de Galicia'),
 P('Katarzyna Lis','Project officer','European Research Executive Agency'),
 P('Brais Otero Vidal','Communication','RAM')]
orgs=[O('Clúster Galego da Bioeconomía Mariña','CGBM'),O('Universidade de Vigo'),O('Algas do Morrazo, S.L.'),O('Pôle Mer Iroise'),
 O("Goémons de l'Aber SAS"),O('Havtang Vest AS'),O('NORCE Norwegian Research Centre'),O('Marine Institute'),
 O('Tallinn University of Technology','TalTech'),O('Zeewier Vlaanderen vzw'),O('Rede Atlântica de Macroalgas','RAM'),
 O('Xunta de Galicia'),O('European Research Executive Agency','REA')]
events=[E('ALGAMAR kick-off','2033-09-11','2033-09-12','Vigo','Spain'),
 E('First General Assembly of the consortium','2034-03',None,'Brest','France'),
 E('Open webinar for growers','2034-05',None,None,None),
 E('Blue bioeconomy forum',None,None,'A Coruña','Spain')]
dates=['2033-09-19','2033-09-11/2033-09-12','2033-09-01/2037-08-31','2034-03','2034-05','2035']
gold(doc,'2033-09-19',people,orgs,events,dates,[])
