from h import *
F = 'powys-food-cluster-study-summary-2037.txt'
T = """Canolbarth Cymru Food & Drink Cluster / Clwstwr Bwyd a Diod Canolbarth Cymru
STUDY SUMMARY

"Growing together? The value of collaboration for food and drink businesses in Powys and Ceredigion"

Published: 11 March 2037
Commissioned by: Canolbarth Cymru Food & Drink Cluster (CCFD), with funding from Powys County Council
Research team: Dr. Siân Prys-Jones and Gareth ap Iorwerth (Aberystwyth University, School of Management and Business), with Dr. Katarzyna Wiśniewska-Evans (Centre for Rural Economy, Newtown)

About this summary
This document summarises the main findings of the full report (112 pages, available in English and Welsh on the cluster's website). The research was carried out between June and December 2036. It combined a survey of 164 food and drink businesses, 29 in-depth interviews, four focus groups in Llandrindod Wells, Welshpool, Brecon and Aberaeron, and an analysis of company accounts for 2031–2035.

Background
The Canolbarth Cymru Food & Drink Cluster was set up in 2031 by a group of producers in Powys with support from the Welsh Government's food division and Menter a Busnes. It now has 212 members, from dairy farms and lamb processors to craft breweries, distilleries and bakeries, as well as the Welsh Food Centre at Horeb (Canolfan Bwyd Cymru Horeb) and Coleg Powys. The cluster is chaired by Rhian Lloyd-Williams of Llaeth y Bryniau Cyf., and its cluster manager is Owain Pryce.

Main findings
The study finds that:
- members of the cluster grew their turnover by 31 per cent between 2031 and 2035, compared with 17 per cent for similar businesses outside the cluster;
- the most valued services are joint presence at trade shows, help with labelling and food safety, and introductions to buyers from supermarkets and the hospitality sector;
- businesses that took part in at least one joint project were twice as likely to launch a new product as those that only attended events;
- the Welsh language and the local origin of products are strong selling points, especially in export markets, but few businesses use them consistently;
- transport costs and the lack of refrigerated storage in rural areas are the main barriers to growth for small producers;
- more than half of members have no succession plan, and 38 per cent of owners expect to retire within ten years.

Other observations
Interviewees stressed the importance of trust between members. Several explained that they had first met competitors through the cluster and later started to share deliveries or order packaging together. A brewer from Llanidloes described how three breweries now hire one refrigerated van on alternate days. Larger processors, however, felt that the cluster's services were designed mainly for micro businesses and asked for more support in automation and energy efficiency.

The research team also compared the cluster with two other food clusters: the Sjælland Food Cluster in Denmark and the Lakeland Food Network in Cumbria. Both have invested in shared cold storage hubs, which the authors consider a model for mid Wales. The Danish cluster, in particular, runs its hub as a cooperative owned by the members themselves, with the municipality providing the land on a long lease. In Cumbria, the network negotiated a single contract with a regional haulier, which lowered delivery costs for its smallest members by around a fifth.

The report also looks at skills. Employers find it hard to recruit butchers, bakers and food technologists, and young people often leave the area to study. Coleg Powys has started a food technology apprenticeship with twelve places, but the authors note that demand from businesses is at least three times higher.

Recommendations
The authors recommend that the cluster:
1. set up two shared cold storage and distribution hubs, one in north Powys and one in Ceredigion, by 2039;
2. develop a common "Made in Mid Wales / Gwnaed yng Nghanolbarth Cymru" brand with clear rules for its use;
3. start a succession and business transfer programme with Business Wales and the Development Bank of Wales;
4. offer a separate service package for larger processors focused on automation and energy;
5. agree a set of impact indicators with Powys County Council and report on them every year.

Reactions
Presenting the study at the cluster's spring conference in the Royal Welsh Showground, Llanelwedd, on 24 February 2037, cluster manager Owain Pryce said: "The numbers show that working together pays. The challenge now is to bring the other half of our members into joint projects." Cllr. Elin Rowlands, Cabinet Member for a Prosperous Powys, said the council would consider funding the first cold storage hub in its 2038 budget.

Next steps
The cluster board will discuss the recommendations on 22 April 2037. A workshop on the common brand will be held in Machynlleth on 9 June 2037, and members are invited to register with the cluster office.

Contact
Canolbarth Cymru Food & Drink Cluster, Parc Busnes Ddole, Llandrindod Wells LD1 6DF
post@ccfd.cymru · 01597 828 400
"""
write(F, T)
gold(F, [P('Siân Prys-Jones',None,'Aberystwyth University'), P('Gareth ap Iorwerth',None,'Aberystwyth University'),
 P('Katarzyna Wiśniewska-Evans',None,'Centre for Rural Economy'), P('Rhian Lloyd-Williams',None,'Llaeth y Bryniau Cyf.'),
 P('Owain Pryce','cluster manager','Canolbarth Cymru Food & Drink Cluster'), P('Elin Rowlands','Cabinet Member for a Prosperous Powys','Powys County Council')],
 [O('Canolbarth Cymru Food & Drink Cluster','CCFD'), O('Powys County Council'), O('Aberystwyth University'), O('School of Management and Business'),
  O('Centre for Rural Economy'), O("Welsh Government"), O('Menter a Busnes'), O('Welsh Food Centre at Horeb'), O('Coleg Powys'), O('Llaeth y Bryniau Cyf.'),
  O('Sjælland Food Cluster'), O('Lakeland Food Network'), O('Business Wales'), O('Development Bank of Wales')],
 [E('focus groups',None,None,'Llandrindod Wells, Welshpool, Brecon, Aberaeron','United Kingdom'),
  E("cluster's spring conference",'2037-02-24','2037-02-24','Llanelwedd','United Kingdom'),
  E('cluster board meeting','2037-04-22','2037-04-22',None,None),
  E('workshop on the common brand','2037-06-09','2037-06-09','Machynlleth','United Kingdom')],
 ['2037-03-11','2036-06/2036-12','2031/2035','2031','2039','2037-02-24','2038','2037-04-22','2037-06-09'],
 ['members of the cluster grew their turnover by 31 per cent between 2031 and 2035, compared with 17 per cent for similar businesses outside the cluster',
  'the most valued services are joint presence at trade shows, help with labelling and food safety, and introductions to buyers from supermarkets and the hospitality sector',
  'businesses that took part in at least one joint project were twice as likely to launch a new product as those that only attended events',
  'the Welsh language and the local origin of products are strong selling points, especially in export markets, but few businesses use them consistently',
  'transport costs and the lack of refrigerated storage in rural areas are the main barriers to growth for small producers',
  'more than half of members have no succession plan, and 38 per cent of owners expect to retire within ten years',
  'set up two shared cold storage and distribution hubs, one in north Powys and one in Ceredigion, by 2039',
  'develop a common "Made in Mid Wales / Gwnaed yng Nghanolbarth Cymru" brand with clear rules for its use',
  'start a succession and business transfer programme with Business Wales and the Development Bank of Wales',
  'offer a separate service package for larger processors focused on automation and energy',
  'agree a set of impact indicators with Powys County Council and report on them every year'],
 pub='2037-03-11')
