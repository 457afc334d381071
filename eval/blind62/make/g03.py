from h import *
F = 'lleida-agrotech-call-for-proposals-2034.txt'
T = f"""AGROTECH LLEIDA CLUSTER – CALL FOR PROPOSALS
Collaborative Innovation Projects 2034 (CIP-2034)

Published: 12 January 2034
Reference: ATL/CIP/2034/01

1. Background

The Agrotech Lleida Cluster (ATL), with the support of the Diputació de Lleida and ACCIÓ – the Catalan agency for business competitiveness, opens its fourth call for collaborative innovation projects among its members. The call funds small consortia of companies and research centres that test new technologies in irrigated agriculture, fruit processing and livestock. Previous calls were held in 2031, 2032 and 2033 and financed 27 projects.

2. Budget and funding rate

The total budget of the call is EUR 640,000. Each project may receive between EUR 20,000 and EUR 60,000. The funding rate is 60% of eligible costs for SMEs and 40% for large companies. Research organisations are funded at 80%.

3. Who can apply

- Consortia of at least two member companies of ATL, one of which must be an SME;
- at least one research or technology organisation, for instance the University of Lleida (UdL), the Institute of Agrifood Research and Technology (IRTA) or the Fruitcentre technology centre;
- the lead applicant must have been an ATL member since 1 January 2033.

4. Topics

Topic A – Water: precision irrigation, reuse of processing water, sensors for the Segrià canal network.
Topic B – Fruit: post-harvest storage, robotics for picking, packaging with lower plastic content.
Topic C – Livestock: manure valorisation, animal welfare monitoring, feed from by-products.

5. Timeline

| Step | Date |
|---|---|
| Opening of the call | {wd(2034,1,15)} 15 January 2034 |
| Info day (Lleida and online) | {wd(2034,2,2)} 2 February 2034, 10:00–13:00 |
| Matchmaking session for partners | {wd(2034,2,16)} 16 February 2034 |
| Deadline for expressions of interest | 1 March 2034, 14:00 CET |
| Deadline for full proposals | 12 April 2034, 14:00 CET |
| Evaluation by the external panel | April–May 2034 |
| Notification of results | by 15 June 2034 |
| Project start | 1 September 2034 |
| Project end (at the latest) | 31 August 2035 |

6. Info day

The info day will be held at the Parc Científic i Tecnològic Agroalimentari de Lleida (PCiTAL), Gardeny building H1, and streamed online. The programme:

10:00  Welcome – Montserrat Farré i Bosch, President, Agrotech Lleida Cluster
10:15  The call in detail – Jordi Vilalta Roca, Innovation Manager, ATL
10:45  Funding rules and eligible costs – Núria Gómez-Pedrós, ACCIÓ
11:15  Lessons from the 2033 projects – Dr. Pau Segarra, IRTA; Anna-Lena Brückner, FruitBotics S.L.
12:00  Questions and answers
12:30  Networking coffee

Registration: www.agrotechlleida.cat/cip2034 (free; places in the room limited to 80).

7. Evaluation

Proposals are evaluated by a panel of three external experts chosen by the cluster board. Criteria: innovation (30 points), market potential (25), quality of the consortium (20), impact on the region (15) and budget (10). The threshold is 60 points. The panel will be chaired by Prof. Dr. Gerhard van der Meulen of Wageningen University & Research.

8. Submission

Proposals are submitted through the cluster's online portal. Use the templates (Part A: administrative data; Part B: technical description of at most 10 pages; Part C: budget). Late or incomplete proposals will not be accepted. Each company may take part in at most two proposals, and only one of them as lead applicant. Subcontracting is limited to 25% of the project budget.

9. Contact

Jordi Vilalta Roca
Innovation Manager
Agrotech Lleida Cluster
Av. de Gardeny s/n, 25003 Lleida
cip@agrotechlleida.cat · +34 973 00 41 22

Frequently asked questions are collected and published every Friday until the deadline.

Data protection: personal data are processed by ATL according to Regulation (EU) 2016/679. See the privacy notice on the portal.
"""
write(F, T)
C='Agrotech Lleida Cluster'
gold(F,
 [P('Montserrat Farré i Bosch','President',C), P('Jordi Vilalta Roca','Innovation Manager',C), P('Núria Gómez-Pedrós',None,'ACCIÓ'),
  P('Pau Segarra',None,'Institute of Agrifood Research and Technology'), P('Anna-Lena Brückner',None,'FruitBotics S.L.'),
  P('Gerhard van der Meulen','chair','Wageningen University & Research')],
 [O(C,'ATL'), O('Diputació de Lleida'), O('ACCIÓ'), O('University of Lleida','UdL'), O('Institute of Agrifood Research and Technology','IRTA'),
  O('Fruitcentre'), O('Parc Científic i Tecnològic Agroalimentari de Lleida','PCiTAL'), O('FruitBotics S.L.'), O('Wageningen University & Research')],
 [E('Info day','2034-02-02','2034-02-02','Lleida','Spain'), E('Matchmaking session for partners','2034-02-16','2034-02-16',None,None)],
 ['2034-01-12','2031','2032','2033','2033-01-01','2034-01-15','2034-02-02','2034-02-16','2034-03-01','2034-04-12','2034-04/2034-05','2034-06-15','2034-09-01','2035-08-31'],
 pub='2034-01-12')
