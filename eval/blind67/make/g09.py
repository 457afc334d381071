from h import *
F='nordic-baltic-cluster-association-position-paper-2037.md'
DM=["A European cluster programme with its own budget line in the next Multiannual Financial Framework, open to clusters of all sizes",
"Multi-year funding for cluster organisations, with performance agreements of at least four years instead of one-off project grants",
"Simpler rules for small partnerships: lump sums and a two-stage application for consortia of fewer than five partners",
"A seat for cluster organisations in the governance of the smart specialisation strategies of their regions",
"Recognition of cluster managers as a profession, with a European training standard and mobility grants",
"Open access for cluster members to the European testing and experimentation facilities at reduced rates"]
T=f'''---
title: "Clusters as engines of the green and digital transition – position paper"
author: "Nordic-Baltic Cluster Association (NBCA)"
date: {'2037-03-15'}
---

# Clusters as engines of the green and digital transition

**Position paper of the Nordic-Baltic Cluster Association (NBCA) on the next generation of EU cluster and industrial policy**

Adopted by the NBCA Board on {wd(2037,3,15)} 15 March 2037 · Tallinn

---

## Who we are

The Nordic-Baltic Cluster Association brings together 142 cluster organisations from Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway, Sweden and Schleswig-Holstein. Our members represent more than 18,000 companies, most of them small and medium-sized. The association was founded in 2027 in Turku and has its secretariat in Tallinn, hosted by Enterprise Estonia.

This paper was prepared by a working group chaired by **Liisa Tammsaar** (Tallinn Smart City Cluster) with **Jonas Ravn-Sørensen** (Danish Food Cluster), **Dr. Aušra Vaitkevičiūtė** (Lithuanian Laser and Engineering Technology Cluster) and **Ville-Pekka Heinonen** (Turku Marine Industry Cluster). It takes into account the results of a member survey carried out in January 2037 and the debate at our annual forum in Klaipėda on {wd(2036,11,5)} 5 – {wd(2036,11,6)} 6 November 2036.

## The context

The European Commission will present its proposal for the next Multiannual Financial Framework in the summer of 2037. At the same time, the industrial strategy of 2035 is being reviewed. For the first time in a decade, the future of European support for clusters is open.

Clusters have shown their value in the past years. During the energy crisis of 2034, clusters in our region organised joint purchasing of electricity for hundreds of small firms. In the Baltic states, clusters helped companies find new suppliers after trade with the east stopped. The European Cluster Collaboration Platform counts more than 1,400 cluster organisations, and evaluations in Finland and Denmark show that member companies innovate more and export more than comparable firms.

Yet cluster organisations remain fragile. Most of our members live from project to project. A survey among NBCA members in January 2037 showed that 61 per cent of them depend on public projects for more than half of their income, and that one in four had to reduce staff in the past two years.

## What do clusters need?

NBCA calls on the European Commission, the European Parliament and the Member States to provide:

1. {DM[0]};
2. {DM[1]};
3. {DM[2]};
4. {DM[3]};
5. {DM[4]};
6. {DM[5]}.

## What clusters offer in return

Cluster organisations are ready to commit to clear results. NBCA members will publish yearly figures on their members, services and projects, will take part in the European cluster excellence labelling and will open their activities to companies from less developed regions. We also offer to work with the European Commission on a common method for measuring the impact of clusters.

Our members are also ready to take on new tasks that public authorities find hard to carry out alone: helping small companies prepare for new reporting duties on sustainability, organising joint training for skilled workers in regions where they are scarce, and connecting companies with testing facilities in other countries. Several of these tasks are already carried out today, but without stable funding and often without recognition. The experience of the past crises shows that clusters can act quickly when trust already exists between companies, research and public bodies. That trust takes years to build and can be lost in a single funding gap. This is why we ask for continuity above all: a cluster that knows its budget for four years can plan services, keep experienced staff and invest in international partnerships.

We believe that strong clusters are one of the few instruments that reach small companies directly. In the words of our President, **Birgitta Åkesson-Lund**: "If Europe wants its small firms to take part in the transition, it needs the people who know them by name."

## Next steps

NBCA will present this paper at the European Cluster Conference in Brussels on {wd(2037,5,25)} 25–{wd(2037,5,27)} 27 May 2037 and discuss it with Members of the European Parliament at a breakfast meeting hosted by **Kaja Põder MEP** on {wd(2037,4,21)} 21 April 2037. We invite national cluster associations, such as Clusters Norway and Cluster Excellence Denmark, to join our call.

*Contact:* Märt Kivisild, Secretary General, NBCA secretariat, Lõõtsa 2, Tallinn · info@nbca.eu

**Download:** [Position paper (PDF, 4 pages)] · [Survey results (PDF)] · [Press release]
'''
write(F,T)
A='Nordic-Baltic Cluster Association'
gold(F,[P('Liisa Tammsaar',None,'Tallinn Smart City Cluster'),P('Jonas Ravn-Sørensen',None,'Danish Food Cluster'),P('Aušra Vaitkevičiūtė',None,'Lithuanian Laser and Engineering Technology Cluster'),
P('Ville-Pekka Heinonen',None,'Turku Marine Industry Cluster'),P('Birgitta Åkesson-Lund','President',A),P('Kaja Põder','MEP',None),P('Märt Kivisild','Secretary General',A)],
[O(A,'NBCA'),O('Enterprise Estonia'),O('Tallinn Smart City Cluster'),O('Danish Food Cluster'),O('Lithuanian Laser and Engineering Technology Cluster'),O('Turku Marine Industry Cluster'),
O('European Commission'),O('European Cluster Collaboration Platform'),O('European Parliament'),O('Clusters Norway'),O('Cluster Excellence Denmark')],
[E('annual forum','2036-11-05','2036-11-06','Klaipėda','Lithuania'),E('European Cluster Conference','2037-05-25','2037-05-27','Brussels','Belgium'),E('breakfast meeting','2037-04-21','2037-04-21',None,None)],
['2037-03-15','2027','2037-01','2036-11-05/2036-11-06','2037','2035','2034','2037-05-25/2037-05-27','2037-04-21'],DM,pub='2037-03-15')
