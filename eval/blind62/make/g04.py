from h import *
F = 'hainaut-cluster-excellence-award-2034-press-release.txt'
T = f"""PRESS RELEASE – FOR IMMEDIATE RELEASE

Mons, {wd(2034,11,16)} 16 November 2034

Hainaut Cluster Excellence Award 2034: three winners and a special jury prize

The Hainaut Development Agency (HDA) announced tonight the winners of the sixth Hainaut Cluster Excellence Award at a ceremony in the Mons Congress Centre (MICX) attended by 320 guests. The award recognises cluster organisations and cluster projects in the province of Hainaut that have shown outstanding results in innovation, internationalisation and skills. It was created in 2029 with the support of the Walloon Region's Department of Economy, Employment and Research (SPW EER).

Winners

Category "Best cluster organisation": BioWin Hainaut Antenna, for its support to 46 companies in biomanufacturing and its new shared pilot plant at Gosselies. The prize was received by its director, Dr. Caroline Dethier-Van Acker.

Category "Best cooperation project": the project CIRCUL'ACIER of the Charleroi Steel & Metalworks Cluster (CSMC), which brought together eleven steel and foundry companies to recycle slag into construction products. The prize was collected by project leader Ir. Mehdi Benali-Vandamme, of Carmeuse Technology Center.

Category "Young cluster": the Tournai Textile & Flax Network (TTFN), founded in 2032, for its work on linen supply chains with partners across the border in Hauts-de-France. Accepted by its coordinator, Sophie Lemaire-Duchâteau.

Special jury prize: Dr. Jean-Marc Hoornaert, who retired in October 2034 after 22 years as manager of the Wallonie-Picardie Logistics Cluster, for his lifetime contribution to cluster development in the province.

The jury

The jury of seven members met on 17 and 18 October 2034 to assess 19 applications. It was chaired by Prof. Dr. Annemarie zu Solms-Baruth, professor of regional economics at the University of Mons (UMONS). The other members were:

- Luc Vanderhaeghen, Director, Agence du Numérique
- Dr. Inés Castaño-Ruiz, Cluster Policy Officer, European Commission, DG GROW – Clusters, Social Economy and Entrepreneurship Unit
- Mag. Thomas Reiterer, Managing Director, Cluster Alliance Styria
- Valérie Fontaine, Head of Innovation, Chamber of Commerce and Industry of Hainaut (CCIH)
- Patrick De Coster, entrepreneur and former president of the Union Wallonne des Entreprises (UWE)
- Ana-Maria Ionescu, Policy Analyst, European Cluster Collaboration Platform (ECCP)

"The level of the applications was the highest since the award started," said Prof. zu Solms-Baruth. "Hainaut's clusters are small but they punch above their weight, especially in the circular economy."

The Director General of HDA, Olivier Gillard, presented the prizes together with Willy Borsus-Delcourt, Walloon Minister for the Economy. "These clusters prove that a province that lost its old industries can build new ones," said the minister.

The prizes

Each winner receives EUR 15,000 to be used for international activities in 2035, as well as a free place at the European Cluster Conference. The winner of the "Best cluster organisation" category is also nominated for the European cluster awards of the ECCP.

Previous winners

2029 – Charleroi Steel & Metalworks Cluster
2030 – Wallonie-Picardie Logistics Cluster
2031 – BioWin Hainaut Antenna
2032 – Tournai Furniture Makers' Cluster
2033 – Mons Digital Hub

Next edition

Applications for the 2035 award will open on 1 March 2035. A presentation of the rules will take place on {wd(2035,3,12)} 12 March 2035 at the HDA offices in Charleroi.

About the Hainaut Development Agency
The Hainaut Development Agency (HDA) is the economic development agency of the Province of Hainaut. It supports entrepreneurs, clusters and municipalities with advice, funding and infrastructure. It employs 140 people in Mons, Charleroi and Tournai and manages eleven business parks, two incubators and the provincial cluster support scheme, which co-finances the running costs of nine cluster organisations.

Press contact: Delphine Marchal, Communication Officer, HDA, +32 65 00 12 34, press@hda-hainaut.be
Photos of the ceremony: www.hda-hainaut.be/press

###
"""
write(F, T)
gold(F,
 [P('Caroline Dethier-Van Acker','director','BioWin Hainaut Antenna'), P('Mehdi Benali-Vandamme','project leader','Carmeuse Technology Center'),
  P('Sophie Lemaire-Duchâteau','coordinator','Tournai Textile & Flax Network'), P('Jean-Marc Hoornaert','manager','Wallonie-Picardie Logistics Cluster'),
  P('Annemarie zu Solms-Baruth','professor of regional economics','University of Mons'), P('Luc Vanderhaeghen','Director','Agence du Numérique'),
  P('Inés Castaño-Ruiz','Cluster Policy Officer','DG GROW'), P('Thomas Reiterer','Managing Director','Cluster Alliance Styria'),
  P('Valérie Fontaine','Head of Innovation','Chamber of Commerce and Industry of Hainaut'), P('Patrick De Coster','former president','Union Wallonne des Entreprises'),
  P('Ana-Maria Ionescu','Policy Analyst','European Cluster Collaboration Platform'), P('Olivier Gillard','Director General','Hainaut Development Agency'),
  P('Willy Borsus-Delcourt','Walloon Minister for the Economy',None), P('Delphine Marchal','Communication Officer','Hainaut Development Agency')],
 [O('Hainaut Development Agency','HDA'), O('Mons Congress Centre','MICX'), O("Walloon Region's Department of Economy, Employment and Research",'SPW EER'),
  O('BioWin Hainaut Antenna'), O('Charleroi Steel & Metalworks Cluster','CSMC'), O('Carmeuse Technology Center'), O('Tournai Textile & Flax Network','TTFN'),
  O('Wallonie-Picardie Logistics Cluster'), O('University of Mons','UMONS'), O('Agence du Numérique'), O('European Commission'), O('DG GROW'),
  O('Clusters, Social Economy and Entrepreneurship Unit'), O('Cluster Alliance Styria'), O('Chamber of Commerce and Industry of Hainaut','CCIH'),
  O('Union Wallonne des Entreprises','UWE'), O('European Cluster Collaboration Platform','ECCP'), O("Tournai Furniture Makers' Cluster"), O('Mons Digital Hub'),
  O('Province of Hainaut')],
 [E('Hainaut Cluster Excellence Award 2034','2034-11-16','2034-11-16','Mons','Belgium'), E('jury meeting','2034-10-17','2034-10-18',None,None),
  E('presentation of the rules','2035-03-12','2035-03-12','Charleroi','Belgium'), E('European Cluster Conference',None,None,None,None)],
 ['2034-11-16','2029','2032','2034-10','2034-10-17/2034-10-18','2035','2030','2031','2033','2035-03-01','2035-03-12'],
 pub='2034-11-16')
