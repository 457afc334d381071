from mk import *
doc = 'nbcn-newsletter-14-people-on-the-move.md'
t = """**NBCN Bulletin** · Issue 14 · October 2032
*The newsletter of the Nordic-Baltic Cluster Network*

[Previous issue](#) | [Subscribe](#) | [Archive](#)

---

## People on the move

**Vilnius.** The Lithuanian Photonics Association (LitPhot) has a new executive director: **Gintarė Vaitkevičiūtė**
took over on 1 September 2032 from Tomas Žilinskas, who had led the association since 2025 and is now head of business
development at Baltlaser UAB. Gintarė was previously innovation manager at the Kaunas Science and Technology Park.

**Riga.** Former NBCN board member **Kārlis Ozoliņš** has been elected chairman of the board of the Latvian Wood
Construction Cluster (LWCC). He is CEO of Kokmājas SIA in Cēsis. The vote took place at the cluster's general meeting
on 22 September.

**Odense.** **Mette Skovgaard Lund** joins the Funen Drone Alliance as head of international affairs from
15 November. She comes from the Danish Ministry of Higher Education and Science, where she was a special adviser on
EU research partnerships.

**Brussels.** In DG GROW, **Paolo De Santis** has been appointed head of the unit responsible for clusters and
industrial ecosystems, succeeding Ingrid Vanhoutte, who moved to EISMEA as a head of department in July.
Many of you will know Paolo from the European Cluster Conference in Tallinn in 2031, where he chaired the closing
panel.

**Tartu.** **Dr Liis Tamm-Pärnoja**, senior researcher at the University of Tartu, has been appointed scientific
adviser to the Estonian Health Technology Cluster. She keeps her position at the university.

**Umeå.** After eight years, **Henrik Nyberg** stepped down as managing director of the Norrland Forest Biotech Cluster
at the end of September. His deputy **Sara Åkesson** is acting managing director until the board appoints a
successor, expected in January 2033.

**NBCN secretariat.** And closer to home: our own project officer **Jonas Petrauskas** leaves us at the end of
October to start a PhD at KTH Royal Institute of Technology. Thank you, Jonas! His tasks are taken over by
**Emilie Lindahl**, network coordinator.

*Have news about people in your cluster? Send it to bulletin@nbcn.example before 20 November for Issue 15.*

---

## Coming up

- **12 November 2032** – NBCN members' webinar "Cluster services for dual-use start-ups" (online, 10:00–11:30 CET)
- **3–4 December 2032** – NBCN annual meeting, Helsinki

---
*NBCN Bulletin is published by the NBCN secretariat, c/o Tallinn Science Park Tehnopol. Editor: Emilie Lindahl.*
"""
write_text(doc, t)
people=[P('Gintarė Vaitkevičiūtė','executive director','Lithuanian Photonics Association'),
 P('Tomas Žilinskas','head of business development','Baltlaser UAB'),
 P('Kārlis Ozoliņš','chairman of the board','Latvian Wood Construction Cluster'),
 P('Mette Skovgaard Lund','head of international affairs','Funen Drone Alliance'),
 P('Paolo De Santis','head of the unit responsible for clusters and industrial ecosystems','DG GROW'),
 P('Ingrid Vanhoutte','head of department','EISMEA'),
 P('Liis Tamm-Pärnoja','senior researcher','University of Tartu'),
 P('Henrik Nyberg','managing director','Norrland Forest Biotech Cluster'),
 P('Sara Åkesson','acting managing director','Norrland Forest Biotech Cluster'),
 P('Jonas Petrauskas','project officer','NBCN'),
 P('Emilie Lindahl','network coordinator','NBCN')]
orgs=[O('Nordic-Baltic Cluster Network','NBCN'),O('Lithuanian Photonics Association','LitPhot'),O('Baltlaser UAB'),
 O('Kaunas Science and Technology Park'),O('Latvian Wood Construction Cluster','LWCC'),O('Kokmājas SIA'),O('Funen Drone Alliance'),
 O('Danish Ministry of Higher Education and Science'),O('DG GROW'),O('EISMEA'),O('University of Tartu'),
 O('Estonian Health Technology Cluster'),O('Norrland Forest Biotech Cluster'),O('KTH Royal Institute of Technology'),
 O('Tallinn Science Park Tehnopol')]
events=[E("General meeting of the Latvian Wood Construction Cluster",'2032-09-22',None,None,None),
 E('European Cluster Conference','2031',None,'Tallinn','Estonia'),
 E('Cluster services for dual-use start-ups','2032-11-12',None,None,None),
 E('NBCN annual meeting','2032-12-03','2032-12-04','Helsinki','Finland')]
dates=['2032-10','2032-09-01','2025','2032-09-22','2032-11-15','2032-07','2031','2032-09','2033-01','2032-11-20','2032-11-12','2032-12-03/2032-12-04']
gold(doc,None,people,orgs,events,dates,[])
