from h import *
import docx, os
F = 'nitra-cluster-programme-evaluation-2035.docx'
d = docx.Document()
paras = []
def p(x, style=None):
    d.add_paragraph(x, style=style) if style else d.add_paragraph(x)
p('Interim Evaluation of the Nitra Region Cluster Programme 2030–2036', 'Title')
p('Summary report for the Regional Development Agency Nitra (RRA Nitra)')
p('Prepared by: Kessler & Partner Regionalberatung OG, Vienna, in cooperation with the Austrian Institute for SME Research (KMU Forschung Austria)')
p('Evaluation team: Mag. Dr. Verena Kessler-Hofbauer (team leader), DI Stefan Horváth, Zsófia Németh-Lang MSc')
p('Version: final, 30 January 2035')
p('1. Background and scope', 'Heading 1')
p('The Nitra Region Cluster Programme 2030–2036 supports three cluster organisations: the Danube Renewable Energy Cluster in Komárno, the Food Cluster Nitra in Nitra and the Building and Wood Cluster Tekov in Levice. The programme is managed by the Regional Development Agency Nitra on behalf of the Nitra Self-Governing Region and co-financed by the European Regional Development Fund. Its budget for the whole period is EUR 9.6 million.')
p('The interim evaluation was commissioned in May 2034 and carried out between June and December 2034. It was to assess whether the programme is on track to reach its targets, how the cluster organisations are managed and what should change in the remaining period. The evaluation team analysed monitoring data, interviewed 42 stakeholders, ran an online survey of cluster members (158 responses, a response rate of 41 per cent) and organised two focus groups in Nitra on 14 and 15 November 2034.')
p('2. Progress against indicators', 'Heading 1')
p('Table 1 shows the main programme indicators at the end of 2033 compared with the targets for 2036.')
rows = [('Indicator','Baseline 2029','Status end of 2033','Target 2036'),
 ('Member companies in the three clusters','214','338','400'),
 ('of which SMEs','187','301','350'),
 ('Cooperation projects started','—','61','90'),
 ('Companies taking part in R&D projects','22','57','80'),
 ('New products or services launched','—','34','50'),
 ('Share of members\' own contributions in cluster budgets','18 %','29 %','35 %'),
 ('Cluster organisations with ECEI Silver or Gold Label','0','2','3')]
tb = d.add_table(rows=len(rows), cols=4); tb.style = 'Table Grid'
for i,r in enumerate(rows):
    for j,c in enumerate(r): tb.cell(i,j).text = c
p('Source: monitoring system of RRA Nitra, survey of the evaluation team.')
p('3. Main findings', 'Heading 1')
p('The programme has grown the membership of the clusters faster than expected, mainly in the energy cluster, which benefited from the regional photovoltaic and heat pump boom. Cooperation projects are concentrated in a small group of about thirty active firms; two thirds of members take part only in events and training. The food cluster has built strong links with retail chains but few with research. The building and wood cluster has recovered from a difficult start in 2030–2031, when its manager changed twice, and was awarded the Silver Label of the European Cluster Excellence Initiative in October 2033.')
p('Interviews showed that companies value the personal contact with cluster managers most. Ing. Andrea Pintérová, manager of the Danube Renewable Energy Cluster, and Tomáš Vukovič, manager of the Food Cluster Nitra, were named in many interviews as the reason why firms joined. At the same time, the dependence on individual people is a risk for continuity.')
p('The survey also showed differences between the three clusters. Members of the energy cluster rated information on funding opportunities and joint purchasing highest, while food cluster members most valued trade fair participation and contacts with buyers. In the building and wood cluster, training on timber construction standards was the most used service. Across all three clusters, members asked for more support with digitalisation and with finding skilled workers, and many said that the cluster events in Nitra were difficult to reach for companies in the south of the region.')
p('4. Conclusions', 'Heading 1')
p('The evaluation team draws the following conclusions:')
for x in ['The programme is on track for most of its quantitative targets and is likely to exceed its membership target.',
 'The depth of cooperation lags behind its breadth: too few companies are involved in joint innovation projects.',
 'The three clusters work largely in isolation from each other, although topics such as energy-efficient buildings and food processing energy overlap.',
 'The financial sustainability of the cluster organisations has improved but would not survive an end of public funding in 2036.']:
    p(x, 'List Bullet')
p('5. Recommendations', 'Heading 1')
for x in ['Introduce a cross-cluster innovation call of EUR 600,000 for projects that involve members of at least two clusters.',
 'Link part of the basic funding of cluster organisations to the number of companies active in cooperation projects, not to membership alone.',
 'Set up a shared back office for the three clusters in Nitra to reduce administrative costs and secure knowledge when staff change.',
 'Develop a transition plan to 2040 with a gradually rising share of members\' contributions and service income.',
 'Strengthen cooperation with the Slovak University of Agriculture in Nitra and with clusters across the border in Komárom-Esztergom County.']:
    p(x, 'List Number')
p('6. Follow-up', 'Heading 1')
p('The findings were discussed with the programme steering group under the chair of the Vice-President of the region, Ing. Ľubomír Šramko on 22 January 2035. The steering group accepted recommendations 1, 2 and 5 and asked RRA Nitra to prepare a proposal for recommendation 3 by June 2035. A final evaluation is planned for 2037.')
p('Contact: Kessler & Partner Regionalberatung OG, Mariahilfer Straße 88, 1070 Wien, office@kessler-partner.at')
d.save(os.path.join(B,'docs',F))
gold(F, [P('Verena Kessler-Hofbauer','team leader',None), P('Stefan Horváth',None,None), P('Zsófia Németh-Lang',None,None),
 P('Andrea Pintérová','manager','Danube Renewable Energy Cluster'), P('Tomáš Vukovič','manager','Food Cluster Nitra'),
 P('Ľubomír Šramko','Vice-President of the region',None)],
 [O('Regional Development Agency Nitra','RRA Nitra'), O('Kessler & Partner Regionalberatung OG'), O('Austrian Institute for SME Research','KMU Forschung Austria'),
  O('Danube Renewable Energy Cluster'), O('Food Cluster Nitra'), O('Building and Wood Cluster Tekov'), O('Nitra Self-Governing Region'),
  O('European Cluster Excellence Initiative','ECEI'), O('Slovak University of Agriculture in Nitra')],
 [E('focus groups','2034-11-14','2034-11-15','Nitra','Slovakia'), E('programme steering group meeting','2035-01-22','2035-01-22',None,None)],
 ['2030/2036','2035-01-30','2034-05','2034-06/2034-12','2034-11-14/2034-11-15','2033','2036','2029','2030/2031','2033-10','2040','2035-01-22','2035-06','2037'],
 ['The programme is on track for most of its quantitative targets and is likely to exceed its membership target',
  'The depth of cooperation lags behind its breadth: too few companies are involved in joint innovation projects',
  'The three clusters work largely in isolation from each other, although topics such as energy-efficient buildings and food processing energy overlap',
  'The financial sustainability of the cluster organisations has improved but would not survive an end of public funding in 2036',
  'Introduce a cross-cluster innovation call of EUR 600,000 for projects that involve members of at least two clusters',
  'Link part of the basic funding of cluster organisations to the number of companies active in cooperation projects, not to membership alone',
  'Set up a shared back office for the three clusters in Nitra to reduce administrative costs and secure knowledge when staff change',
  "Develop a transition plan to 2040 with a gradually rising share of members' contributions and service income",
  'Strengthen cooperation with the Slovak University of Agriculture in Nitra and with clusters across the border in Komárom-Esztergom County'],
 pub='2035-01-30')
