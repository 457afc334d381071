from h import *
F='cross-border-cluster-study-interviews.md'
R=['Set up a joint cross-border cluster fund of at least EUR 2 million a year for projects with partners on both sides of the border, managed by InterTradeIreland',
'Recognise cluster organisations in Northern Ireland through a formal label, similar to the Enterprise Ireland Regional Cluster programme, so that they can apply for multi-annual funding',
'Create a shared pool of cluster managers\' training with Ulster University and Atlantic Technological University, open to staff of all cluster organisations in the border region',
'Fund at least two full-time posts per cluster for three years instead of project-based part-time posts',
'Make it easier for companies to join clusters on the other side of the border: one membership should give access to events of both partner clusters',
'Map the supply chains of the agri-food, life sciences and advanced manufacturing sectors across the border every three years',
'Include cluster organisations in the monitoring committee of the PEACEPLUS programme as observers']
T=f'''# Clusters across the border: a study of cluster organisations in Northern Ireland and the Irish border counties

**Final report – summary, list of interviewees and recommendations**
Commissioned by InterTradeIreland and the Department for the Economy (Northern Ireland). Prepared by Kilbride & Ó Murchú Economic Consultants Ltd, Newry, with the Centre for Cross Border Studies, Armagh.
Published: 14 November 2034

## 1. Summary

Between February and June 2034 the study team interviewed managers and members of cluster organisations, public bodies and companies in Northern Ireland and in the six border counties of Ireland (Donegal, Leitrim, Sligo, Cavan, Monaghan and Louth). The aim was to understand how clusters work across the border, which services companies value and what stops closer cooperation. We held 38 interviews and two focus groups: one in Enniskillen on {wd(2034,4,23)} 23 April 2034 and one in Dundalk on {wd(2034,5,8)} 8 May 2034. A validation workshop with the steering group took place in Armagh on {wd(2034,9,17)} 17 September 2034.

We found that most cluster organisations in the region are small, run by one or two people on project funding, and depend on a few committed companies. Cooperation across the border is common in agri-food and advanced manufacturing, but mostly informal and based on personal contacts. Companies value introductions to buyers, joint training and help with EU and UK funding, but they find the different support systems on each side of the border hard to follow.

## 2. Steering group

The study was overseen by a steering group chaired by Dr. Aoife Nic Giolla Bhríde (InterTradeIreland, Director of Strategy). Members: Peter McCausland (Department for the Economy), Siobhán Ní Dhomhnaill (Enterprise Ireland, Regional Development), Prof. Gerard McKittrick (Ulster University) and Ruth Halliday-Okonjo (Invest Northern Ireland). The study team was led by Dr. Cathal Ó Murchú, with Rebecca Kilbride and Dr. Tomasz Wróblewski-Quinn.

## 3. Organisations interviewed

The following organisations took part in interviews or focus groups (in alphabetical order). Individual interviewees are not named, except where they agreed.

**Cluster organisations**
- Border Agri-Food Cluster (Monaghan)
- Digital Northwest Cluster (Derry/Londonderry and Letterkenny) – interviewee: Niamh Doherty, cluster manager
- Fermanagh Engineering and Composites Cluster
- Life Sciences Cluster Louth–Newry
- Mid Ulster Manufacturing Cluster (Dungannon and Cookstown) – interviewee: Brendan Quinn, chair
- Northwest Marine and Fisheries Cluster (Killybegs)
- Sligo Medtech Network

**Public bodies and agencies**
- Department for the Economy (Northern Ireland)
- Enterprise Ireland
- Invest Northern Ireland
- Local Enterprise Office Cavan
- Mid Ulster District Council
- Special EU Programmes Body (SEUPB)

**Universities and colleges**
- Atlantic Technological University (Sligo and Letterkenny campuses)
- Dundalk Institute of Technology
- South West College, Enniskillen
- Ulster University

**Companies**
- Erne Composites Ltd, Enniskillen
- Lakeland Dairies Co-operative Society Ltd
- McAleer Precision Engineering Ltd, Dungannon
- Oriel Biotech DAC, Dundalk

**Other**
- Manufacturing NI
- Irish Business and Employers' Confederation (Ibec), North West region

## 4. Main findings

1. Of the seven cluster organisations interviewed, five depend on project funding that ends within two years, and only two have a manager on a permanent contract.
2. Cross-border membership exists in four clusters, but companies on the other side of the border pay full fees and rarely take part in events.
3. Training for cluster managers is offered by Enterprise Ireland to clusters in Ireland, but not to clusters in Northern Ireland.
4. Companies named three services as most useful: introductions to buyers (named by 24 of 31 companies), joint training of staff (19) and help with funding applications (17).
5. The end of EU membership for Northern Ireland has made joint applications to Horizon Europe and the Single Market Programme harder but not impossible; PEACEPLUS 2021–2027 is the main shared funding source.

## 5. Recommendations

{chr(10).join(f"{i}. {r}." for i,r in enumerate(R,1))}

## 6. Next steps

The report was presented to the North South Ministerial Council's joint secretariat in December 2034. InterTradeIreland will hold a dissemination event for cluster managers in Newry in February 2035.

*Kilbride & Ó Murchú Economic Consultants Ltd · 22 Hill Street, Newry BT34 1AR · The views expressed are those of the authors.*
'''
write(F,T)
gold(F,[P('Aoife Nic Giolla Bhríde','Director of Strategy','InterTradeIreland'),P('Peter McCausland',None,'Department for the Economy (Northern Ireland)'),
 P('Siobhán Ní Dhomhnaill','Regional Development','Enterprise Ireland'),P('Gerard McKittrick',None,'Ulster University'),P('Ruth Halliday-Okonjo',None,'Invest Northern Ireland'),
 P('Cathal Ó Murchú',None,'Kilbride & Ó Murchú Economic Consultants Ltd'),P('Rebecca Kilbride',None,'Kilbride & Ó Murchú Economic Consultants Ltd'),
 P('Tomasz Wróblewski-Quinn',None,'Kilbride & Ó Murchú Economic Consultants Ltd'),P('Niamh Doherty','cluster manager','Digital Northwest Cluster'),
 P('Brendan Quinn','chair','Mid Ulster Manufacturing Cluster')],
 [O('InterTradeIreland'),O('Department for the Economy (Northern Ireland)'),O('Kilbride & Ó Murchú Economic Consultants Ltd'),O('Centre for Cross Border Studies'),
  O('Enterprise Ireland'),O('Ulster University'),O('Invest Northern Ireland'),O('Border Agri-Food Cluster'),O('Digital Northwest Cluster'),O('Fermanagh Engineering and Composites Cluster'),
  O('Life Sciences Cluster Louth–Newry'),O('Mid Ulster Manufacturing Cluster'),O('Northwest Marine and Fisheries Cluster'),O('Sligo Medtech Network'),O('Local Enterprise Office Cavan'),
  O('Mid Ulster District Council'),O('Special EU Programmes Body','SEUPB'),O('Atlantic Technological University'),O('Dundalk Institute of Technology'),O('South West College'),
  O('Erne Composites Ltd'),O('Lakeland Dairies Co-operative Society Ltd'),O('McAleer Precision Engineering Ltd'),O('Oriel Biotech DAC'),O('Manufacturing NI'),
  O("Irish Business and Employers' Confederation",'Ibec'),O("North South Ministerial Council")],
 [E('focus group','2034-04-23','2034-04-23','Enniskillen','United Kingdom'),E('focus group','2034-05-08','2034-05-08','Dundalk','Ireland'),
  E('validation workshop','2034-09-17','2034-09-17','Armagh','United Kingdom'),E('dissemination event for cluster managers','2035-02','2035-02','Newry','United Kingdom')],
 ['2034-11-14','2034-02/2034-06','2034-04-23','2034-05-08','2034-09-17','2021/2027','2034-12','2035-02'],R,pub='2034-11-14')
