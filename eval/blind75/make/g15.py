from h import *
F = 'cemp-clusters-conference-czestochowa-2034-report.md'
T = """**Częstochowski Klaster Metalowy** › News › Conference reports

# Report: 5th Central European Metal Processing Clusters Conference, Częstochowa, 28–29 September 2034

*Posted 10 October 2034 by the cluster office · Photos: Bartłomiej Jurczyk · 7 min read*

The fifth Central European Metal Processing Clusters Conference (CEMP 2034) brought 290 participants from nine countries to Częstochowa on Thursday 28 and Friday 29 September 2034. The conference was organised by the Częstochowa Metal Industry Cluster (Częstochowski Klaster Metalowy, CKM) with the Częstochowa University of Technology and the Silesian Voivodeship Marshal's Office (Urząd Marszałkowski Województwa Śląskiego), and took place in the Halina Poświatowska Philharmonic and on the university campus.

This year's theme – *"Steel after coal: decarbonising the metal supply chain of Central Europe"* – reflected the pressure that the region's foundries, forges and machining shops are under from energy prices, carbon costs and customers' demands for low-carbon components.

## Opening

The conference was opened by Dr. inż. Grzegorz Wilk-Pawlak, President of the Board of CKM, and by Prof. dr hab. inż. Renata Hajduk-Mrozek, Rector of the Częstochowa University of Technology. Deputy Marshal of the Silesian Voivodeship Jakub Ledwoń recalled that the regional Just Transition plan for 2028–2034 has already financed 41 decarbonisation projects in small metal companies.

The keynote was given by Dr. Bernadette Ó Súilleabháin, Deputy Head of Unit for Energy-Intensive Industries at the European Commission's DG GROW, who presented the state of the low-carbon steel standard and the new rules for carbon border adjustment.

## Panel 1 – Green steel: who pays?

Moderated by Tomasz Rzepecki, editor of the trade magazine *Hutnik Polski*, the panel brought together Ing. Lucie Vondráčková (Moravian-Silesian Automotive Cluster), Dipl.-Ing. Florian Habersack (Forschungsinstitut für Stahlbau, Leoben), Kamil Ostrowski (Huta Częstochowa Nova S.A.) and Zoltán Herczeg-Bódis (Hungarian Foundry Association). Speakers agreed that small suppliers cannot carry the extra cost of green steel on their own and that long-term contracts with carmakers are the only realistic way to share it.

## Panel 2 – Skills for the electric foundry

The second panel, moderated by Dr. Agnieszka Kubicka-Rams (Częstochowa University of Technology), looked at the skills needed when foundries move from coke to electric furnaces. Ing. Marek Šimko, PhD. of the Žilina Engineering Cluster presented the dual training model developed with five Slovak foundries; Ewelina Gach from the Voivodeship Labour Office in Katowice (Wojewódzki Urząd Pracy w Katowicach) showed figures on the ageing workforce; and Jarosław Kmiecik, owner of the family foundry Odlewnia Kmiecik sp. z o.o., explained why his company now pays apprentices from the first day.

## Day two: visits and B2B

On Friday morning participants chose between two company visits: the new electric arc furnace at Huta Częstochowa Nova and the laser-cutting plant of Metal-Jura sp. k. in Kłobuck. In parallel, 118 B2B meetings took place in the university's conference centre, organised with Enterprise Europe Network Poland (Silesia). The afternoon plenary presented four Interreg and Horizon Europe projects run by clusters of the network.

## CEMP 2034 in numbers

- 290 participants, of whom 61 from outside Poland
- 9 countries: Austria, Czechia, Germany, Hungary, Lithuania, Poland, Romania, Slovakia and Ukraine
- 26 speakers, 11 of them women
- 118 B2B meetings and 2 company visits
- 14 cluster organisations in the CEMP network, two more than a year ago

Feedback collected through the conference app was positive: 4.5 out of 5 for the panels and 4.7 for the organisation. Many participants asked for more time for the visits and for a session on financing.

## Closing dinner

The conference ended on Friday evening with a closing dinner in the refectory of the Jasna Góra monastery, where the CEMP network awarded its annual "Cluster Cooperation Award" to the Czech–Polish partnership between the Moravian-Silesian Automotive Cluster and CKM for their joint purchasing of renewable electricity.

## Conclusions

The organisers summed up the two days in five conclusions, which will be sent to the European Commission and to the regional governments of the network:

1. Decarbonisation of the metal supply chain must be planned together by steelmakers, foundries and their customers, not company by company.
2. Small and medium-sized metal processors need access to affordable green electricity through joint purchasing, and clusters are well placed to organise it.
3. Public support should reward measured reductions of emissions rather than investments alone.
4. Dual training in foundries and forges should become the rule in all countries of the network.
5. A common Central European register of low-carbon metal components would help suppliers prove their footprint to customers.

## Next edition

The 6th Central European Metal Processing Clusters Conference will take place in **Žilina, Slovakia, on 25–26 September 2035**, hosted by the Žilina Engineering Cluster. Registration will open in April 2035.

*The conference was co-financed by the Silesian Voivodeship. Presentations are available on request from biuro@ckm-czestochowa.pl. Contact for media: Monika Dziubek, communications, CKM.*

---
[Privacy policy] · [Cookies] · [Contact] · © 2034 Częstochowski Klaster Metalowy, al. Armii Krajowej 19b, 42-200 Częstochowa
"""
write(F, T)
gold(F, [P('Bartłomiej Jurczyk',None,None),
 P('Grzegorz Wilk-Pawlak','President of the Board','CKM'),
 P('Renata Hajduk-Mrozek','Rector','Częstochowa University of Technology'),
 P('Jakub Ledwoń','Deputy Marshal of the Silesian Voivodeship',None),
 P('Bernadette Ó Súilleabháin','Deputy Head of Unit for Energy-Intensive Industries','DG GROW'),
 P('Tomasz Rzepecki','editor','Hutnik Polski'),
 P('Lucie Vondráčková',None,'Moravian-Silesian Automotive Cluster'),
 P('Florian Habersack',None,'Forschungsinstitut für Stahlbau'),
 P('Kamil Ostrowski',None,'Huta Częstochowa Nova S.A.'),
 P('Zoltán Herczeg-Bódis',None,'Hungarian Foundry Association'),
 P('Agnieszka Kubicka-Rams',None,'Częstochowa University of Technology'),
 P('Marek Šimko',None,'Žilina Engineering Cluster'),
 P('Ewelina Gach',None,'Voivodeship Labour Office in Katowice'),
 P('Jarosław Kmiecik','owner','Odlewnia Kmiecik sp. z o.o.'),
 P('Monika Dziubek','communications','CKM')],
 [O('Częstochowa Metal Industry Cluster','CKM'), O('Częstochowa University of Technology'),
  O("Silesian Voivodeship Marshal's Office",'Urząd Marszałkowski Województwa Śląskiego'), O('European Commission'), O('DG GROW'),
  O('Hutnik Polski'), O('Moravian-Silesian Automotive Cluster'), O('Forschungsinstitut für Stahlbau'), O('Huta Częstochowa Nova S.A.'),
  O('Hungarian Foundry Association'), O('Žilina Engineering Cluster'),
  O('Voivodeship Labour Office in Katowice','Wojewódzki Urząd Pracy w Katowicach'), O('Odlewnia Kmiecik sp. z o.o.'),
  O('Metal-Jura sp. k.'), O('Enterprise Europe Network Poland (Silesia)'), O('CEMP network')],
 [E('5th Central European Metal Processing Clusters Conference','2034-09-28','2034-09-29','Częstochowa','Poland'),
  E('company visits','2034-09-29','2034-09-29',None,'Poland'),
  E('B2B meetings','2034-09-29','2034-09-29','Częstochowa','Poland'),
  E('closing dinner','2034-09-29','2034-09-29','Częstochowa','Poland'),
  E('"Cluster Cooperation Award"','2034-09-29','2034-09-29','Częstochowa','Poland'),
  E('6th Central European Metal Processing Clusters Conference','2035-09-25','2035-09-26','Žilina','Slovakia')],
 ['2034-10-10','2034-09-28/2034-09-29','2028/2034','2035-09-25/2035-09-26','2035-04'],
 ['Decarbonisation of the metal supply chain must be planned together by steelmakers, foundries and their customers, not company by company',
  'Small and medium-sized metal processors need access to affordable green electricity through joint purchasing, and clusters are well placed to organise it',
  'Public support should reward measured reductions of emissions rather than investments alone',
  'Dual training in foundries and forges should become the rule in all countries of the network',
  'A common Central European register of low-carbon metal components would help suppliers prove their footprint to customers'],
 pub='2034-10-10')
