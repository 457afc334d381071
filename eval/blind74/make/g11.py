from h import *
F = 'vastmanland-battery-cluster-roadmap-2036-2040.md'
T = """# Mälardalen Battery Valley – Cluster Roadmap 2036–2040

*Adopted by the board of Batterikluster Västmanland ekonomisk förening on 18 February 2036 · Västerås*

**Contents:** 1. Where we stand · 2. Vision 2040 · 3. Strategic priorities · 4. Milestones · 5. Governance and resources · 6. How the roadmap was made

---

## 1. Where we stand

Ten years after the first battery pilot plant in Västerås began production, Västmanland and Örebro County host one of the densest battery ecosystems in Europe. Batterikluster Västmanland (BKV), founded in 2027, now has 186 members: cell and material producers, equipment suppliers, recyclers, energy companies, municipalities, Mälardalen University, Örebro University and RISE Research Institutes of Sweden. Member companies employ around 11,500 people in the two counties.

The previous roadmap (2031–2035) concentrated on attracting suppliers and housing the workforce. Many of its targets were met: 41 suppliers established themselves in the region and the Västerås Battery Academy trained 3,200 operators. Yet the mid-term review of 2034 also showed weaknesses. Local SMEs still win only a small share of contracts from the large producers, recycling capacity lags behind the volumes of production scrap, and too many skilled workers leave the region after two or three years.

## 2. Vision 2040

By 2040, Mälardalen is Europe's reference region for sustainable batteries: circular from mine to recycling, powered by fossil-free electricity, and a place where people choose to build their careers.

## 3. Strategic priorities

The roadmap sets five priorities for 2036–2040:

1. Circularity first – close the loop for production scrap and end-of-life batteries in the region, with a target of 90 per cent recovery of lithium, nickel and cobalt by 2040.
2. Local supply chains – double the share of regional SMEs in the purchasing of the large battery producers, from 9 to 18 per cent.
3. Talent that stays – cut staff turnover in member companies by a third through housing, careers for partners and international schools.
4. Next-generation chemistries – build pilot lines for sodium-ion and solid-state cells together with the universities and RISE.
5. Open to the world – become the preferred partner of battery regions in Europe, North America and Japan for joint research and trade.

## 4. Milestones

| When | Milestone | Lead |
|---|---|---|
| Q2 2036 | Supplier development programme launched with 25 SMEs | BKV and Region Västmanland |
| Q4 2036 | Feasibility study for a regional black-mass refinery completed | BKV, Boliden AB |
| 2037 | International school in Västerås opens its upper secondary level | Västerås stad |
| Q1 2038 | Sodium-ion pilot line running at Västerås Science Park | Mälardalen University, RISE |
| 2038 | Second Nordic Battery Supplier Days held in Västerås | BKV |
| 2039 | 50 per cent of SME members certified to automotive quality standards | BKV |
| 2040 | Final evaluation of the roadmap | Board |

## 5. Governance and resources

The roadmap will be carried out by the cluster office, led by cluster director Dr. Malin Lindqvist-Öberg, with working groups for each priority. The groups are chaired by Henrik Åström (Northvolt Labs AB, circularity), Sara Nilsson-Kuoljok (family-owned engineering firm Kuoljok Teknik AB, local supply chains), Erik Johansson (Mälarenergi AB, talent), Prof. Ana-Maria Popescu (Mälardalen University, chemistries) and Kenji Watanabe (Nordic office of Tōhoku Battery Materials K.K., international cooperation).

The budget for 2036–2040 is estimated at SEK 142 million, of which 40 per cent from member fees and services, 35 per cent from Region Västmanland and Region Örebro län, and the rest from national and EU projects. Vinnova has confirmed support through its programme for strong innovation environments until 2038.

Board chair Lars-Göran Marklund (Västerås stad) said at the adoption: "The first decade was about building factories. The next one is about building a place where the whole value chain, and the people in it, can stay. We owe that to the towns and villages that welcomed this industry, and to the young people who will decide whether to build their lives here."

## 6. How the roadmap was made

The roadmap was prepared between April 2035 and January 2036. More than 300 people took part in eight workshops held in Västerås, Köping, Örebro and Eskilstuna, an online survey and interviews with 35 companies. A draft was presented at the cluster's member conference Battery Mälardalen on 23 September 2035 in Västerås, where members voted on the priorities. The European Battery Alliance and the Swedish Agency for Economic and Regional Growth (Tillväxtverket) commented on the draft.

The board will report on progress each year at the spring member meeting. The next member meeting will take place on 5 November 2036 in Köping, where the first progress report on the milestones for 2036 will be presented. Members who want to join a working group can contact the cluster office at roadmap@batterikluster.se.

---

*Batterikluster Västmanland ekonomisk förening · Kopparbergsvägen 10, 722 13 Västerås · org.nr 769638-4417*
"""
write(F, T)
gold(F, [P('Malin Lindqvist-Öberg','cluster director','Batterikluster Västmanland'), P('Henrik Åström',None,'Northvolt Labs AB'),
 P('Sara Nilsson-Kuoljok',None,'Kuoljok Teknik AB'), P('Erik Johansson',None,'Mälarenergi AB'), P('Ana-Maria Popescu',None,'Mälardalen University'),
 P('Kenji Watanabe',None,'Tōhoku Battery Materials K.K.'), P('Lars-Göran Marklund','Board chair','Västerås stad')],
 [O('Batterikluster Västmanland ekonomisk förening','BKV'), O('Mälardalen University'), O('Örebro University'), O('RISE Research Institutes of Sweden','RISE'),
  O('Västerås Battery Academy'), O('Region Västmanland'), O('Boliden AB'), O('Västerås stad'), O('Northvolt Labs AB'), O('Kuoljok Teknik AB'),
  O('Mälarenergi AB'), O('Tōhoku Battery Materials K.K.'), O('Region Örebro län'), O('Vinnova'), O('European Battery Alliance'),
  O('Swedish Agency for Economic and Regional Growth','Tillväxtverket')],
 [E('Second Nordic Battery Supplier Days','2038','2038','Västerås','Sweden'), E('eight workshops','2035-04','2036-01',None,None),
  E('Battery Mälardalen','2035-09-23','2035-09-23','Västerås','Sweden'), E('member meeting','2036-11-05','2036-11-05','Köping','Sweden')],
 ['2036/2040','2036-02-18','2040','2027','2031/2035','2034','2036-04/2036-06','2036-10/2036-12','2037','2038-01/2038-03','2038','2039','2035-04/2036-01','2035-09-23','2036-11-05','2036'],
 ['Circularity first – close the loop for production scrap and end-of-life batteries in the region, with a target of 90 per cent recovery of lithium, nickel and cobalt by 2040'.replace('**',''),
  'Local supply chains – double the share of regional SMEs in the purchasing of the large battery producers, from 9 to 18 per cent',
  'Talent that stays – cut staff turnover in member companies by a third through housing, careers for partners and international schools',
  'Next-generation chemistries – build pilot lines for sodium-ion and solid-state cells together with the universities and RISE',
  'Open to the world – become the preferred partner of battery regions in Europe, North America and Japan for joint research and trade'],
 pub='2036-02-18')
