from g import save
T='''Home > Event calendar > EU Clusters Talks: Space downstream services for regional resilience

EU Clusters Talks: Space downstream services for regional resilience
Published on 3 February 2033 | Event organised by ECCP

Share this article: LinkedIn | X | E-mail

The European Cluster Collaboration Platform (ECCP), on behalf of the European Commission, invites the cluster community to a new edition of the EU Clusters Talks on Wednesday 2 March 2033, 8:30 – 9:45 CET. This online session looks at how satellite data and downstream space services can help small and medium-sized firms, farmers, utilities and civil protection bodies prepare for floods, droughts and heatwaves.

The talk is co-hosted by Polo Aerospaziale del Lazio (PAL), the aerospace cluster of the Lazio region, which brings together 140 members between Rome, Colleferro and Frosinone. PAL has run an Earth-observation voucher scheme since 2031 and will present what its members learnt from 46 pilot contracts with municipalities along the Tiber valley.

Why join?
Downstream services have moved from research into everyday public procurement. Yet many cluster managers still struggle to match data providers with users who do not speak the language of satellites. The session will give practical examples of intermediation, show the funding that is open in 2033, and let participants put questions to the speakers live.

Agenda (all times CET)
8:30 – 8:35 Welcome and introduction
Moderator: Hélène Marchetti-Daudet, Cluster Community Manager, ECCP
8:35 – 8:50 Policy outlook: space, resilience and the Single Market
Tomasz Wierzbicki, Policy Officer, DG DEFIS, European Commission
8:50 – 9:05 The Lazio voucher scheme: 46 pilots in two years
Federica Di Stefano, Managing Director, Polo Aerospaziale del Lazio
9:05 – 9:15 From pixels to insurance premiums
Lorenzo Agostinelli, CEO, Piovasat S.r.l.
9:15 – 9:25 A utility's view: leak detection in the Aniene basin
Marta Quondamatteo, head of innovation, Acque Ciociare SpA
9:25 – 9:40 Q&A with the audience
9:40 – 9:45 Wrap-up and upcoming ECCP opportunities
Valentin Ressler, Project Adviser, EISMEA

Speakers
Hélène Marchetti-Daudet has facilitated the EU Clusters Talks since 2031. Before joining the ECCP team she worked for eight years in a regional development agency in Occitania.

Tomasz Wierzbicki works in the Directorate-General for Defence Industry and Space (DG DEFIS) on the uptake of Copernicus and Galileo services by industry. He previously followed space start-ups at the Polish Space Agency (POLSA).

Federica Di Stefano leads Polo Aerospaziale del Lazio. She chaired the working group on downstream markets of the Italian aerospace cluster network CTNA (Cluster Tecnologico Nazionale Aerospazio) between 2029 and 2032.

Lorenzo Agostinelli founded Piovasat in 2027 in the incubator of Sapienza Università di Roma. The company sells flood-risk scores to insurers in six countries.

Marta Quondamatteo is responsible for innovation at Acque Ciociare, the water utility serving 82 municipalities in the province of Frosinone.

Valentin Ressler follows cluster projects in the Single Market Programme at the European Innovation Council and SMEs Executive Agency (EISMEA).

Related events
- Space Clusters Matchmaking at the Space Forum Roma, 18–19 May 2033, Rome (B2B meetings organised by PAL with the Enterprise Europe Network)
- Previous EU Clusters Talk: "Dual-use technologies and clusters", 16 February 2033 (recording available)
- European Cluster Conference 2033, autumn 2033 (date and venue to be announced)

Practical information
Format: online (Zoom webinar; the link is sent after registration)
Language: English
Registration: free; closes on 1 March 2033 at 17:00 CET
Recording: the session will be streamed on the ECCP YouTube channel and made available afterwards.

This event is part of the regular online meetings that the European Cluster Collaboration Platform offers to the cluster community. They give up-to-date insights into industrial policies and clusters' involvement, projects and good practices, the latest ECCP news and funding opportunities.

Contact: talks@eccp-events.example

Event Target: Cluster organisations, SMEs, public authorities
Event Type: Webinar
Sectors: Aerospace and defence, Digital
Tags: space, resilience, Copernicus, Lazio

Cookies: This site uses cookies to improve your experience. Accept | Settings
© European Union, 2033 | Legal notice | Privacy statement | Accessibility
'''
save('eccp-eu-clusters-talks-space-downstream-resilience.txt',T,'2033-02-03',
[('Hélène Marchetti-Daudet','Cluster Community Manager','ECCP'),
 ('Tomasz Wierzbicki','Policy Officer','DG DEFIS'),
 ('Federica Di Stefano','Managing Director','Polo Aerospaziale del Lazio'),
 ('Lorenzo Agostinelli','CEO','Piovasat S.r.l.'),
 ('Marta Quondamatteo','head of innovation','Acque Ciociare SpA'),
 ('Valentin Ressler','Project Adviser','EISMEA')],
[('European Cluster Collaboration Platform','ECCP'),('European Commission',None),('Polo Aerospaziale del Lazio','PAL'),
 ('Directorate-General for Defence Industry and Space','DG DEFIS'),('Piovasat S.r.l.',None),('Acque Ciociare SpA',None),
 ('European Innovation Council and SMEs Executive Agency','EISMEA'),('Polish Space Agency','POLSA'),
 ('Cluster Tecnologico Nazionale Aerospazio','CTNA'),('Sapienza Università di Roma',None),('Enterprise Europe Network',None)],
[('EU Clusters Talks: Space downstream services for regional resilience','2033-03-02','2033-03-02',None,None),
 ('Space Clusters Matchmaking','2033-05-18','2033-05-19','Rome','Italy'),
 ('Space Forum Roma','2033-05-18','2033-05-19','Rome','Italy'),
 ('Dual-use technologies and clusters','2033-02-16','2033-02-16',None,None),
 ('European Cluster Conference 2033','2033','2033',None,None)],
['2033-02-03','2033-03-02','2031','2033','2029/2032','2027','2033-05-18/2033-05-19','2033-02-16','2033-03-01'],[])
