from h import *
F = 'ALPEPIRUS_final-conference-report.md'
T = '''
# ALPEPIRUS – Final Conference Report

**"Mountain food value chains: from pilots to policy"**
Ioannina, Greece – 13 October 2033
Interreg Europe project ALPEPIRUS (2030–2033)

*Report prepared by the communication partner, Epirus Agrifood Cluster (EPAC), 30 October 2033*

---

## 1. About the conference

The final conference of ALPEPIRUS took place on Thursday 13 October 2033 in the conference hall of the Du Lac Congress Centre in Ioannina. It closed four years of interregional cooperation between seven partners from Greece, Italy, Switzerland, Poland, Spain and Bulgaria on one question: how can regional policy help small mountain producers of cheese, honey, herbs and cured meat reach markets beyond their valleys?

About 160 people attended in person and a further 90 followed the live stream: producers, cooperatives, cluster managers, managing authorities of regional programmes, researchers and journalists. The day was opened by Vasiliki Karanikola, Deputy Regional Governor for Agricultural Economy of the Region of Epirus, the project's lead partner, who recalled that the project had started with a kick-off in Metsovo in January 2030 "with snow up to our knees and many doubts about what seven regions could learn from each other."

## 2. Opening plenary

**Welcome and framing.** After the Deputy Regional Governor, Dr Konstantinos Plakias, project coordinator at the Region of Epirus, presented the project's results in figures: 21 good practices identified, five regional action plans approved, 14 study-visit days, and 38 million euro of regional funding steered towards mountain value chains through changes to calls and selection criteria.

**Keynote.** Prof. Ilaria Montanari-Feltrin of the Università della Valle d'Aosta (Department of Economics and Political Science) spoke about "Scale without losing place": mountain products, she argued, gain when producers share logistics and marketing but keep their own recipes and names. She showed the example of a joint cold-chain van shared by nine dairies in Valtournenche.

**Policy panel.** Moderated by journalist Eleni Dimou (ERT Ioannina), the panel brought together:
- Stefan Gruber, Regional Development Officer, Regionalentwicklung Surselva
- Dorota Wilk-Kaczmarczyk, director of the Department of Regional Programmes, Urząd Marszałkowski Województwa Małopolskiego
- Javier Lázaro Ibarra, technical adviser, Gobierno de La Rioja – Agencia de Desarrollo Económico de La Rioja (ADER)
- Miglena Petkova, mayor of the mountain municipality of Smolyan
- Pierre-Yves Callens, Policy Officer, European Commission, DG AGRI

The panel agreed that the biggest barrier is not money but the administrative capacity of very small producers to apply for it.

## 3. Parallel workshops

After lunch, participants split into two workshops, each run twice so that everybody could attend both.

**Workshop A – Shared infrastructure: cold chains, cutting rooms and joint labs**
Facilitator: Chiara Bonvicini, cluster manager of Aosta Valley Mountain Food Network. Rapporteur: Nikos Tsoumanis, Epirus Agrifood Cluster.
Participants looked at three pilots: the shared cutting room of the Zagori meat producers, the mobile honey extraction unit in Nowy Targ and the joint testing lab of Rioja Alta pepper growers. Common lessons: ownership must be clear from day one; a public body can help pay for equipment but a cooperative or cluster should run it; and maintenance costs are always underestimated.

**Workshop B – Selling the mountain: labels, e-commerce and tourism**
Facilitator: Agnieszka Hołda, Małopolska Agency for Regional Development (MARR). Rapporteur: Rosa Santamaría Gil, EPAC.
The discussion centred on the optional quality term "mountain product" under EU rules, which few producers in the partner regions use. Participants shared experiences with regional e-shops, with "open dairy" weekends and with agreements between cheese makers and hotels.

## 4. Key takeaways

The rapporteurs summarised the day in five points, which the partners adopted as the project's closing messages:

1. Mountain producers need shared infrastructure more than individual grants; regional programmes should fund cooperative assets and their running costs for at least three years.
2. Cluster organisations are the missing link between very small producers and public funding, and their facilitation work should be eligible in rural development calls.
3. The EU "mountain product" term is an underused asset; managing authorities should reward its use in selection criteria.
4. Tourism and food policy must be planned together at the level of the valley, not the region.
5. Interregional learning works best when producers themselves travel, not only officials.

## 5. What happens next

The Region of Epirus will present the ALPEPIRUS action plan to the Monitoring Committee of the regional programme on 4 December 2033. The partners will meet again at the European Week of Regions and Cities in Brussels in October 2034, where a joint session has been proposed. The project's good practices are available in the Interreg Europe Policy Learning Platform database.

A follow-up project proposal, ALPEPIRUS+, is being prepared for the 2034 call, with Regionalentwicklung Surselva as possible lead partner.

## 6. Photo captions

- Photo 1: Vasiliki Karanikola opens the conference at the Du Lac Congress Centre.
- Photo 2: Prof. Ilaria Montanari-Feltrin during her keynote "Scale without losing place".
- Photo 3: The policy panel (from left): Eleni Dimou, Stefan Gruber, Dorota Wilk-Kaczmarczyk, Javier Lázaro Ibarra, Miglena Petkova, Pierre-Yves Callens.
- Photo 4: Workshop A at work on the cold-chain case from Valtournenche.
- Photo 5: Agnieszka Hołda and Rosa Santamaría Gil presenting the results of Workshop B.
- Photo 6: The project partners with the ALPEPIRUS banner on the shore of Lake Pamvotis.
- Photo 7: Tasting of Epirus cheeses offered by the Dodoni-Metsovo Producers' Cooperative.

Photos: Giorgos Anagnostou for EPAC.

## Errata

An earlier version of this report (dated 24 October 2033) misspelt the name of one panellist and gave a wrong number of action plans. Both have been corrected.

---
*ALPEPIRUS is co-financed by the European Regional Development Fund through the Interreg Europe programme. Partners: Region of Epirus (GR, lead partner), Epirus Agrifood Cluster (GR), Aosta Valley Mountain Food Network (IT), Regionalentwicklung Surselva (CH), Małopolska Agency for Regional Development (PL), Agencia de Desarrollo Económico de La Rioja (ES), Smolyan Municipality (BG).*
'''
write_text(F, T)
EP='Epirus Agrifood Cluster'
gold(F, '2033-10-30',
 [P('Vasiliki Karanikola','Deputy Regional Governor for Agricultural Economy','Region of Epirus'),
  P('Konstantinos Plakias','project coordinator','Region of Epirus'),
  P('Ilaria Montanari-Feltrin',None,"Università della Valle d'Aosta"),
  P('Eleni Dimou','journalist','ERT Ioannina'),
  P('Stefan Gruber','Regional Development Officer','Regionalentwicklung Surselva'),
  P('Dorota Wilk-Kaczmarczyk','director','Urząd Marszałkowski Województwa Małopolskiego'),
  P('Javier Lázaro Ibarra','technical adviser','Agencia de Desarrollo Económico de La Rioja'),
  P('Miglena Petkova','mayor','Smolyan Municipality'),
  P('Pierre-Yves Callens','Policy Officer','DG AGRI'),
  P('Chiara Bonvicini','cluster manager','Aosta Valley Mountain Food Network'),
  P('Nikos Tsoumanis','Rapporteur',EP),
  P('Agnieszka Hołda','Facilitator','Małopolska Agency for Regional Development'),
  P('Rosa Santamaría Gil','Rapporteur',EP),
  P('Giorgos Anagnostou',None,EP)],
 [O(EP,'EPAC'),O('Region of Epirus'),O("Università della Valle d'Aosta"),O('Department of Economics and Political Science'),O('ERT Ioannina'),
  O('Regionalentwicklung Surselva'),O('Urząd Marszałkowski Województwa Małopolskiego'),O('Department of Regional Programmes'),O('Gobierno de La Rioja'),
  O('Agencia de Desarrollo Económico de La Rioja','ADER'),O('Smolyan Municipality'),O('European Commission'),O('DG AGRI'),
  O('Aosta Valley Mountain Food Network'),O('Małopolska Agency for Regional Development','MARR'),
  O("Dodoni-Metsovo Producers' Cooperative")],
 [E('ALPEPIRUS Final Conference','2033-10-13',None,'Ioannina','Greece'),
  E('ALPEPIRUS kick-off','2030-01',None,'Metsovo','Greece'),
  E('Monitoring Committee of the regional programme','2033-12-04'),
  E('European Week of Regions and Cities','2034-10',None,'Brussels','Belgium')],
 ['2033-10-13','2030/2033','2033-10-30','2033-10-24','2030-01','2033-12-04','2034-10','2034'],
 ['Mountain producers need shared infrastructure more than individual grants; regional programmes should fund cooperative assets and their running costs for at least three years',
  'Cluster organisations are the missing link between very small producers and public funding, and their facilitation work should be eligible in rural development calls',
  'The EU "mountain product" term is an underused asset; managing authorities should reward its use in selection criteria',
  'Tourism and food policy must be planned together at the level of the valley, not the region',
  'Interregional learning works best when producers themselves travel, not only officials'])
