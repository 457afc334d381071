from h import *
F = 'kosice-horizon-europe-steelcircle-consortium.md'
T = f"""[STEELCIRCLE](/) · [Project](/project) · **Consortium** · [Work packages](/wp) · [Results](/results) · [News & events](/news) · [Contact](/contact)

# Consortium

STEELCIRCLE – *Circular steel value chains through cluster-driven scrap upgrading* – is a Horizon Europe Innovation Action (grant agreement No 101234567) running for 48 months from 1 January 2034 to 31 December 2037. The consortium of 14 beneficiaries and 2 associated partners from eight countries is coordinated by the Technical University of Košice (TUKE) in Slovakia. The project has a total budget of EUR 11.8 million.

The consortium combines steelmakers, scrap processors, research institutes and four cluster organisations, which lead the work on SME involvement and regional replication. It was formed in the spring of 2032, when the Košice IT Valley and the Slovak steel cluster invited partners to a matchmaking workshop in Košice on {wd(2032,4,21)} 21 April 2032.

## Beneficiaries

| No. | Partner | Country | Contact person | Role in the project |
|---|---|---|---|---|
| 1 | Technical University of Košice (TUKE), Faculty of Materials, Metallurgy and Recycling | Slovakia | prof. Ing. Lucia Hrubovčáková, PhD. | Coordinator; WP1 Project management |
| 2 | U. S. Steel Košice, s.r.o. | Slovakia | Ing. Martin Vansač | Industrial demonstrator 1 (flat steel) |
| 3 | Klaster Metalurgia Východ, z. z. p. o. | Slovakia | Mgr. Daniela Oravcová | WP6 Cluster-based replication in eastern Slovakia |
| 4 | Montanuniversität Leoben (MUL) | Austria | Univ.-Prof. Dipl.-Ing. Dr. Andreas Ebner-Kastl | WP2 Scrap characterisation and sorting |
| 5 | voestalpine Stahl Donawitz GmbH | Austria | DI Theresa Mühlbacher | Industrial demonstrator 2 (long products) |
| 6 | ACstyria Mobilitätscluster GmbH | Austria | Mag. Florian Wenzl | WP7 SME involvement and innovation vouchers |
| 7 | Fundación Tecnalia Research & Innovation (TECNALIA) | Spain | Dr. Iñaki Etxeberria Goikoetxea | WP3 Digital material passport |
| 8 | SIDERÚRGICA DEL CANTÁBRICO S.A. | Spain | Ing. Beatriz de la Serna Ruiz | Scrap supplier and test site |
| 9 | Politecnico di Milano (POLIMI) | Italy | Prof. Matteo Cattaneo-Bruni | WP4 Life-cycle and cost assessment |
| 10 | Lombardy Green Chemistry Association – Metals Network | Italy | Dott.ssa Giulia Ferrante | Stakeholder panel, Italian replication |
| 11 | Silesian University of Technology (SUT) | Poland | dr hab. inż. Krzysztof Wrona, prof. PŚ | WP5 Process integration in electric-arc furnaces |
| 12 | Śląski Klaster Hutniczy | Poland | Agnieszka Bryła-Szymańska | Cluster-based replication in Silesia |
| 13 | SWERIM AB | Sweden | Dr. Henrik Lundqvist-Ek | Pilot trials, hydrogen-based remelting |
| 14 | European Steel Cluster Alliance (ESCA-Steel) | Belgium | Laurent De Smet | WP8 Dissemination, exploitation and policy |

## Associated partners

| Partner | Country | Contact person | Role |
|---|---|---|---|
| Norsk Stålgjenvinning AS | Norway | Kjetil Haugen | Data provider for Nordic scrap flows |
| Swiss Federal Laboratories for Materials Science and Technology (Empa) | Switzerland | Dr. Claudia Ammann-Frei | Analytics for tramp elements |

## Governance

The **General Assembly** consists of one representative per beneficiary and meets once a year. It is chaired by the coordinator. The **Executive Board** is formed by the eight work-package leaders and meets monthly online. The project manager at TUKE is Ing. Peter Kočiš, who handles day-to-day coordination, reporting and the contacts with the project officer of the European Health and Digital Executive Agency (HaDEA), Dr. Raluca Ionescu-Weber.

An **External Advisory Board** of four experts reviews results every year:

- Dr. Hans-Jürgen Vogelsang, former Director Research of the European Steel Technology Platform (ESTEP), chair
- Prof. Maria Kowalczyk-Dunne, Trinity College Dublin
- Dr. Oskar Lindgren, Jernkontoret, Stockholm
- Ing. Jana Ferenčíková, Slovak Innovation and Energy Agency (SIEA)

## Meetings and events

The kick-off meeting was held at TUKE in Košice on {wd(2034,1,25)} 25 and {wd(2034,1,26)} 26 January 2034, with a visit to the U. S. Steel Košice plant on the second day. The second General Assembly took place in Leoben on {wd(2035,2,6)} 6 February 2035, hosted by Montanuniversität Leoben, together with a stakeholder workshop "Scrap quality as a regional asset".

Upcoming:

- **{wd(2035,6,12)} 12 June 2035** – STEELCIRCLE webinar "Digital passports for scrap", online, 10:00–12:00 CET
- **{wd(2035,9,23)} 23–{wd(2035,9,25)} 25 September 2035** – joint stand at the SteelFuture fair in Katowice, with a cluster matchmaking session on 24 September 2035
- **{wd(2036,1,28)} 28 January 2036** – mid-term review meeting with HaDEA in Brussels
- **November 2037** – final conference in Košice

## Results so far

By the end of the first reporting period (30 June 2035) the consortium had characterised 2,400 tonnes of mixed scrap, published four open datasets and signed up 63 SMEs through the cluster partners. Two innovation voucher calls for SMEs have been run by ACstyria and Klaster Metalurgia Východ.

## Contact

Project coordination office: Technical University of Košice, Letná 9, Košice, Slovakia · coordinator@steelcircle.example.eu

*Funded by the European Union. Views and opinions expressed are those of the authors only and do not necessarily reflect those of the European Union or HaDEA. Neither the European Union nor the granting authority can be held responsible for them.*

© 2035 STEELCIRCLE consortium · [Privacy](/privacy) · [Imprint](/imprint)
"""
write(F, T)
gold(F,
 [P('Lucia Hrubovčáková','Coordinator','Technical University of Košice'), P('Martin Vansač',None,'U. S. Steel Košice, s.r.o.'),
  P('Daniela Oravcová',None,'Klaster Metalurgia Východ, z. z. p. o.'), P('Andreas Ebner-Kastl',None,'Montanuniversität Leoben'),
  P('Theresa Mühlbacher',None,'voestalpine Stahl Donawitz GmbH'), P('Florian Wenzl',None,'ACstyria Mobilitätscluster GmbH'),
  P('Iñaki Etxeberria Goikoetxea',None,'Fundación Tecnalia Research & Innovation'), P('Beatriz de la Serna Ruiz',None,'SIDERÚRGICA DEL CANTÁBRICO S.A.'),
  P('Matteo Cattaneo-Bruni',None,'Politecnico di Milano'), P('Giulia Ferrante',None,'Lombardy Green Chemistry Association – Metals Network'),
  P('Krzysztof Wrona',None,'Silesian University of Technology'), P('Agnieszka Bryła-Szymańska',None,'Śląski Klaster Hutniczy'),
  P('Henrik Lundqvist-Ek',None,'SWERIM AB'), P('Laurent De Smet',None,'European Steel Cluster Alliance'),
  P('Kjetil Haugen',None,'Norsk Stålgjenvinning AS'), P('Claudia Ammann-Frei',None,'Swiss Federal Laboratories for Materials Science and Technology'),
  P('Peter Kočiš','project manager','Technical University of Košice'), P('Raluca Ionescu-Weber','project officer','European Health and Digital Executive Agency'),
  P('Hans-Jürgen Vogelsang','chair',None), P('Maria Kowalczyk-Dunne',None,'Trinity College Dublin'), P('Oskar Lindgren',None,'Jernkontoret'),
  P('Jana Ferenčíková',None,'Slovak Innovation and Energy Agency')],
 [O('Technical University of Košice','TUKE'), O('Faculty of Materials, Metallurgy and Recycling'), O('U. S. Steel Košice, s.r.o.'), O('Klaster Metalurgia Východ, z. z. p. o.'),
  O('Montanuniversität Leoben','MUL'), O('voestalpine Stahl Donawitz GmbH'), O('ACstyria Mobilitätscluster GmbH'), O('Fundación Tecnalia Research & Innovation','TECNALIA'),
  O('SIDERÚRGICA DEL CANTÁBRICO S.A.'), O('Politecnico di Milano','POLIMI'), O('Lombardy Green Chemistry Association – Metals Network'),
  O('Silesian University of Technology','SUT'), O('Śląski Klaster Hutniczy'), O('SWERIM AB'), O('European Steel Cluster Alliance','ESCA-Steel'),
  O('Norsk Stålgjenvinning AS'), O('Swiss Federal Laboratories for Materials Science and Technology','Empa'), O('European Health and Digital Executive Agency','HaDEA'),
  O('European Steel Technology Platform','ESTEP'), O('Trinity College Dublin'), O('Jernkontoret'), O('Slovak Innovation and Energy Agency','SIEA'),
  O('Košice IT Valley'), O('European Union')],
 [E('matchmaking workshop','2032-04-21','2032-04-21','Košice','Slovakia'), E('kick-off meeting','2034-01-25','2034-01-26','Košice','Slovakia'),
  E('visit to the U. S. Steel Košice plant','2034-01-26','2034-01-26','Košice','Slovakia'), E('second General Assembly','2035-02-06','2035-02-06','Leoben','Austria'),
  E('stakeholder workshop "Scrap quality as a regional asset"','2035-02-06','2035-02-06','Leoben','Austria'),
  E('STEELCIRCLE webinar "Digital passports for scrap"','2035-06-12','2035-06-12',None,None), E('SteelFuture','2035-09-23','2035-09-25','Katowice','Poland'),
  E('cluster matchmaking session','2035-09-24','2035-09-24','Katowice','Poland'), E('mid-term review meeting','2036-01-28','2036-01-28','Brussels','Belgium'),
  E('final conference','2037-11','2037-11','Košice','Slovakia')],
 ['2034-01-01/2037-12-31','2032','2032-04-21','2034-01-25/2034-01-26','2035-02-06','2035-06-12','2035-09-23/2035-09-25','2035-09-24','2036-01-28','2037-11','2035-06-30','2035'])
