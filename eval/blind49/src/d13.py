from g import save
T='''CIRKLA NEWSLETTER — Nr. 3/2036 (maart / March)
Circular Construction Cluster Limburg · Hasselt

In this issue: Word from the manager · Member news · AGENDA: what our partners are organising · Calls

-------------------------------------------------------------
WORD FROM THE MANAGER
-------------------------------------------------------------
Spring is the busy season for our partners, and we received more event announcements than ever. Below you will find five of them; members of Cirkla get reduced rates for all five. Our own General Assembly will take place on 23 April 2036 at C-mine in Genk — invitations follow by post.
Hanne Vanderheyden, cluster manager

-------------------------------------------------------------
AGENDA: WHAT OUR PARTNERS ARE ORGANISING
-------------------------------------------------------------
Each spring we bundle the events of our European and regional partners that matter for Limburg builders, demolition firms and material producers. Registrations go directly to the organisers.

1) Bouwcircular Netherlands — "Urban Mining Day"
When: Wednesday 26 March 2036, 9:00–17:00
Where: Maastricht, Centre Céramique
What: site visits to two dismantling projects in the Sphinx quarter and a market of reclaimed materials. Keynote by Marloes Ruijters-Beckers, director of Bouwcircular. Cirkla organises a joint bus from Hasselt station (departure 7:45).

2) Wallonie Matériaux Durables — B2B afternoon "Réemploi in public tenders"
When: 2 April 2036, 13:30–18:00
Where: Liège, Palais des Congrès
What: 20-minute meetings between contractors and public buyers of the Walloon and Limburg provinces, with an introduction by Jean-Philippe Dumoulin, public procurement lawyer at Lexbati SRL. Deadline for meeting requests: 27 March 2036.

3) Bau-Kreislauf NRW e.V. — Webinar series "Digital material passports"
When: three Mondays: 14 April, 21 April and 28 April 2036, each 10:00–11:00
Where: online
What: how to use building information models to record materials for later reuse. Speakers: Dr. Katharina Oellers-Brandt (RWTH Aachen University) and Timo Schrievers, managing director of MatPass GmbH. Language: German and English.

4) VITO — Open lab day "Recycled aggregates in concrete"
When: 7 May 2036
Where: Mol, VITO campus
What: demonstrations of sorting and testing lines, presentation of the Flemish "Concrete Loop" pilot results. Contact: Ellen Verbist, business developer, VITO. Limited to 60 places; first come, first served.

5) Euregio Circular Economy Network (ECEN) — Annual Cross-Border Forum 2036
When: 3–4 June 2036
Where: Aachen, Germany (day 1) and Heerlen, the Netherlands (day 2)
What: the yearly forum of the Meuse-Rhine Euroregion's circular-economy actors, with a matchmaking session on day 1 and company visits on day 2. Programme coordinator: Wouter Claessens, ECEN secretariat. Early-bird registration until 30 April 2036.

-------------------------------------------------------------
MEMBER NEWS
-------------------------------------------------------------
- Demobo NV from Beringen has opened a second reuse depot in Lommel.
- Stoneloop BV signed a partnership with the Hasselt University (UHasselt) on recycled binders; the first results are expected at the end of 2036.
- Welcome to our new members: Kalkwerk Maasland NV, Architectenbureau De Wever & Peeters and the start-up Rebrick.

-------------------------------------------------------------
CALLS
-------------------------------------------------------------
The Flemish innovation agency VLAIO has opened a call for cluster projects on circular construction; deadline 15 May 2036. Cirkla can help you build a consortium — contact Jorne Claes, innovation adviser, before 20 April.

-------------------------------------------------------------
You receive this newsletter as a member or partner of Cirkla vzw, Kempische Steenweg 00, 3500 Hasselt. Unsubscribe | Update your preferences | Read online
'''
save('cirkla-newsletter-2036-03.txt',T,'2036-03',
[('Hanne Vanderheyden','cluster manager','Cirkla'),('Marloes Ruijters-Beckers','director','Bouwcircular'),
 ('Jean-Philippe Dumoulin','public procurement lawyer','Lexbati SRL'),('Katharina Oellers-Brandt',None,'RWTH Aachen University'),
 ('Timo Schrievers','managing director','MatPass GmbH'),('Ellen Verbist','business developer','VITO'),
 ('Wouter Claessens',None,'ECEN'),('Jorne Claes','innovation adviser','Cirkla')],
[('Circular Construction Cluster Limburg','Cirkla'),('Bouwcircular Netherlands',None),('Wallonie Matériaux Durables',None),
 ('Lexbati SRL',None),('Bau-Kreislauf NRW e.V.',None),('RWTH Aachen University',None),('MatPass GmbH',None),('VITO',None),
 ('Euregio Circular Economy Network','ECEN'),('Demobo NV',None),('Stoneloop BV',None),('Hasselt University','UHasselt'),
 ('Kalkwerk Maasland NV',None),('Architectenbureau De Wever & Peeters',None),('Rebrick',None),('VLAIO',None)],
[('General Assembly','2036-04-23','2036-04-23','Genk','Belgium'),
 ('Urban Mining Day','2036-03-26','2036-03-26','Maastricht','Netherlands'),
 ('Réemploi in public tenders','2036-04-02','2036-04-02','Liège','Belgium'),
 ('Digital material passports (webinar 1)','2036-04-14','2036-04-14',None,None),
 ('Digital material passports (webinar 2)','2036-04-21','2036-04-21',None,None),
 ('Digital material passports (webinar 3)','2036-04-28','2036-04-28',None,None),
 ('Open lab day "Recycled aggregates in concrete"','2036-05-07','2036-05-07','Mol','Belgium'),
 ('Annual Cross-Border Forum 2036','2036-06-03','2036-06-04','Aachen, Heerlen','Germany, Netherlands')],
['2036-03','2036-04-23','2036-03-26','2036-04-02','2036-03-27','2036-04-14','2036-04-21','2036-04-28','2036-05-07',
 '2036-06-03/2036-06-04','2036-04-30','2036','2036-05-15','2036-04-20'],[])
