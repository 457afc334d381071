from h import *
F = 'northern-ireland-agrifood-cluster-position-paper-2037.md'
DM = ["Restore multi-annual core funding for cluster organisations, with a minimum term of five years and an independent evaluation at mid-term",
 "Open Invest NI's innovation vouchers and skills grants to the cluster organisation itself, so that it can buy services on behalf of groups of small members",
 "Create an all-island agri-food data platform with partners in Ireland, governed by producers and processors, not by retailers",
 "Double the number of food engineering apprenticeships at the further education colleges by 2040",
 "Give clusters a seat on the steering board of the Northern Ireland Innovation Strategy",
 "Simplify access to EU programmes open to Northern Ireland under the Windsor Framework, including a help desk for SMEs"]
T = f"""# Growing together: what Northern Ireland's agri-food cluster needs from government

**Position paper of the NI Food & Drink Innovation Cluster (FDIC NI) · Adopted by the Board on {wd(2037,2,24)} 24 February 2037 · Belfast**

*Contact: Siobhán McCartan-Boyd, cluster director · policy@fdic-ni.org · Photo on cover: Declan Ó Murchú*

---

## Summary

Agri-food is Northern Ireland's largest manufacturing sector. It employs about 26,000 people in processing and a further 50,000 on farms, and it exports more than half of its output. The NI Food & Drink Innovation Cluster, a company limited by guarantee founded in 2027 by 34 processors, producers and research bodies, now counts 148 members, from international dairy groups to artisan bakers in Fermanagh.

Since the end of the Agri-Food Cluster Support Scheme in March 2036, the cluster has lived from membership fees and short projects. Its team has shrunk from nine to five. At the same time, members face rising energy prices, labour shortages, new rules on packaging and carbon reporting, and growing competition in the Great Britain market.

This paper, prepared by the cluster's policy working group chaired by Dr. Niamh O'Hagan (Queen's University Belfast, Institute for Global Food Security) and discussed with members at the cluster's policy forum in Cookstown on {wd(2037,1,28)} 28 January 2037, sets out six demands to the Northern Ireland Executive, the Department for the Economy and Invest Northern Ireland (Invest NI).

## Our demands

{chr(10).join(f'{i+1}. **{d}.**' for i, d in enumerate(DM))}

## Why these demands

**Core funding.** Clusters are not projects. Building trust between competitors takes years, and the staff who build it leave when funding runs out every eighteen months. The cluster organisations in Scotland and in the Republic of Ireland receive core funding for five to seven years; those in Northern Ireland, none.

**Services for small members.** Three quarters of our members employ fewer than 50 people. Few of them have the time to apply for vouchers alone. If the cluster could apply for groups of members – for example for a shared food safety audit or a carbon footprint calculation – many more would benefit.

**Data.** Farms, processors and retailers collect more data than ever, but the data sit in closed systems. The planned platform would allow producers to show the carbon footprint of their products to buyers on both sides of the border. We have discussed it with Bord Bia and with the Irish cluster Food Tech Ireland CLG, which support the idea.

**Skills.** Processors report 1,900 unfilled vacancies, a quarter of them for engineers and maintenance technicians. South West College and Northern Regional College train only 60 food engineering apprentices a year.

**Strategy.** The Northern Ireland Innovation Strategy 2031–2041 names agri-food as a priority, but clusters have no formal role in its governance.

**EU programmes.** Northern Ireland's special position gives its companies access to some EU programmes. Few SMEs know how to use it. In a survey of our members in autumn 2036, only 9% had ever applied to an EU programme, and most did not know whether they were eligible. A single help desk, run jointly by Invest NI and the cluster organisations, would change that at little cost.

## Who supports this paper

The paper was adopted unanimously by the Board of FDIC NI, chaired by Malachy Devlin, managing director of Lough Neagh Fresh Foods Ltd. It is supported by the Ulster Farmers' Union, the Northern Ireland Food and Drink Association (NIFDA) and the Agri-Food and Biosciences Institute (AFBI).

Board members: Malachy Devlin (chair), Gráinne Nic Giolla Easpaig (Dunmore Dairies Ltd, vice-chair), Robert J. Armstrong (Armstrong Poultry Ltd), Dr. Niamh O'Hagan (Queen's University Belfast), Priya Chandrasekaran-Hill (Belfast Bakery Co. Ltd), Stephen Wallace (CAFRE Loughry Campus), Anna-Maria Kowalczyk (Mourne Seafood Processors Ltd).

## Next steps

The cluster will present the paper to the Economy Minister, Caoimhe Rafferty MLA, at a meeting requested for March 2037, and to the Assembly's Committee for the Economy. Members are invited to the annual NI Food Innovation Conference on {wd(2037,5,13)} 13 May 2037 at the Titanic Belfast conference centre, where the Minister has been invited to respond.

*FDIC NI · Company limited by guarantee, registered in Northern Ireland NI654321 · 2 Innovation Way, Belfast BT3 9DT*
"""
write(F, T)
gold(F, [P('Siobhán McCartan-Boyd','cluster director','NI Food & Drink Innovation Cluster'), P('Declan Ó Murchú',None,None),
 P("Niamh O'Hagan",'chair',"Queen's University Belfast"), P('Malachy Devlin','chair','NI Food & Drink Innovation Cluster'),
 P('Gráinne Nic Giolla Easpaig','vice-chair','NI Food & Drink Innovation Cluster'), P('Robert J. Armstrong','Board member','NI Food & Drink Innovation Cluster'),
 P('Priya Chandrasekaran-Hill','Board member','NI Food & Drink Innovation Cluster'), P('Stephen Wallace','Board member','NI Food & Drink Innovation Cluster'),
 P('Anna-Maria Kowalczyk','Board member','NI Food & Drink Innovation Cluster'), P('Caoimhe Rafferty','Economy Minister',None)],
 [O('NI Food & Drink Innovation Cluster','FDIC NI'), O("Queen's University Belfast"), O('Institute for Global Food Security'), O('Northern Ireland Executive'),
  O('Department for the Economy'), O('Invest Northern Ireland','Invest NI'), O('Bord Bia'), O('Food Tech Ireland CLG'), O('South West College'), O('Northern Regional College'),
  O('Lough Neagh Fresh Foods Ltd'), O("Ulster Farmers' Union"), O('Northern Ireland Food and Drink Association','NIFDA'), O('Agri-Food and Biosciences Institute','AFBI'),
  O('Dunmore Dairies Ltd'), O('Armstrong Poultry Ltd'), O('Belfast Bakery Co. Ltd'), O('CAFRE Loughry Campus'), O('Mourne Seafood Processors Ltd'),
  O("Assembly's Committee for the Economy")],
 [E('policy forum','2037-01-28','2037-01-28','Cookstown','United Kingdom'), E('NI Food Innovation Conference','2037-05-13','2037-05-13','Belfast','United Kingdom'),
  E('meeting with the Economy Minister','2037-03','2037-03',None,None)],
 ['2037-02-24','2027','2036-03','2036','2037-01-28','2040','2031/2041','2037-03','2037-05-13'], km=DM, pub='2037-02-24')
