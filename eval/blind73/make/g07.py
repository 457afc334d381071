from h import *
F = 'wexford-offshore-energy-cluster-interview.md'
T = f"""# "Rosslare can be the Celtic Sea's workshop" – five questions for Aoife Ní Chonchúir

*Interview · Cluster Voices series · {wd(2036,10,8)} 8 October 2036 · by Declan Furlong*

**Since March 2035 Aoife Ní Chonchúir has managed the South East Offshore Energy Cluster (SEOEC), a network of 63 companies,
ports and colleges in County Wexford and the wider south-east of Ireland. Before that she spent eleven years with ESB Networks
and three with the Dutch cable installer Van der Kolk Offshore B.V. in Rotterdam. We met her at the cluster's office in the
Wexford Enterprise Centre.**

**Q: The Celtic Sea wind farms are still years away from full operation. What does a cluster do in the meantime?**

A: Prepare, and make sure local firms are not watching from the quayside. The first auction projects are due to deliver power
from 2037, and the supply chain decisions are being made now. We run a supplier readiness programme with Enterprise Ireland:
forty of our members have gone through an audit of their certifications, health and safety systems and capacity. Twelve have
already been pre-qualified by the developers. That is the part people do not see.

**Q: Who are the partners you rely on most?**

A: Three, really. First, the Rosslare Europort, which is run by Iarnród Éireann and is investing in a new offshore wind
quay – their harbour master, Captain Séamus Doyle, sits on our steering group. Second, the South East Technological University
(SETU), whose Wexford campus trains the technicians our members cannot find on the open market; Dr. Niamh Breen leads the
wind turbine technician programme there. Third, Wexford County Council, which co-funds my post and has been very clear that
the port is part of the county's development plan 2034–2040.

Beyond Ireland, we signed a cooperation agreement with the Offshore Wind Cluster Wales in Pembroke Dock last year – they are
across the water and facing the same questions – and we work with the Dutch cluster Windkracht Noord in Den Helder, where I still
know a few people from my Rotterdam years. I would add Skillnet Ireland, which pays for a large part of our training.

**Q: You took over from the founding manager, Brendan O'Leary. What did you change?**

A: Brendan built the cluster from nothing in 2030 and handed me a network that trusted each other, which is the hardest thing to
build. I have changed the rhythm more than the direction. We used to meet every quarter as one big group; now we have four
working groups – ports and logistics, fabrication, operations and maintenance, and skills – that meet monthly, and one plenary
meeting twice a year. Brendan is still around, by the way. He chairs the skills working group and he is very good at reminding
me what was tried in 2031 and did not work.

**Q: What is on the calendar for the coming months?**

A: Quite a lot. On {wd(2036,11,12)} 12 November we host the Celtic Sea Supply Chain Day at the Talbot Hotel in Wexford: developers
present their procurement plans for 2037 and 2038, followed by B2B meetings in the afternoon. Registration closes on 31 October.
Then there is a joint study visit with Offshore Wind Cluster Wales to the port of Esbjerg in Denmark from 2 to 4 December 2036,
with company visits and a meeting at the Danish offshore wind training centre. Early next year we will run a webinar on the new
Irish Grade A standard for offshore welding on {wd(2037,1,21)} 21 January 2037, with Liam Kehoe from the Welding Institute of
Ireland. And of course our plenary meeting is planned for {wd(2037,3,4)} 4 March 2037 in Rosslare.

**Q: Many regions in Europe claim to be the offshore wind hub. Why Wexford?**

A: Geography first: Rosslare is the closest deep-water port to the Celtic Sea lease areas, and we have a ferry link to Wales and
France that already brings engineering firms here every week. Then people: the south-east has a strong tradition in fabrication
and agricultural engineering, and those welders and fitters can move into offshore work with the right certification. What we do
not have is housing for a large workforce, and I say that openly to every minister who visits.

**Q: If you had one wish for policy makers?**

A: Certainty on the grid connection at Great Island. Companies invest in people and equipment when they can see five years ahead.
Give us dates and I will bring you a supply chain.

*Aoife Ní Chonchúir (41) grew up in Kilmore Quay, studied electrical engineering at University College Cork and holds a master's
degree in energy systems from TU Delft. She can be reached at aoife.nichonchuir@seoec.ie.*

*The Cluster Voices series presents the managers of Ireland's regional clusters. Previous interviews featured Ciarán Mac Aodha
(MedTech Galway) and Sarah-Jane Whelan (Food Connect Cork). The series is supported by the Department of Enterprise, Trade and
Employment.*

---
Share: LinkedIn · X · E-mail | Tags: offshore wind, Wexford, Rosslare, supply chain, skills
"""
write(F, T)
gold(F, [P('Aoife Ní Chonchúir','manager','South East Offshore Energy Cluster'), P('Declan Furlong',None,None),
 P('Séamus Doyle','harbour master','Rosslare Europort'), P('Niamh Breen',None,'South East Technological University'),
 P("Brendan O'Leary",'founding manager','South East Offshore Energy Cluster'), P('Liam Kehoe',None,'Welding Institute of Ireland'),
 P('Ciarán Mac Aodha',None,'MedTech Galway'), P('Sarah-Jane Whelan',None,'Food Connect Cork')],
 [O('South East Offshore Energy Cluster','SEOEC'), O('ESB Networks'), O('Van der Kolk Offshore B.V.'), O('Wexford Enterprise Centre'),
  O('Enterprise Ireland'), O('Rosslare Europort'), O('Iarnród Éireann'), O('South East Technological University','SETU'),
  O('Wexford County Council'), O('Offshore Wind Cluster Wales'), O('Windkracht Noord'), O('Skillnet Ireland'),
  O('Welding Institute of Ireland'), O('University College Cork'), O('TU Delft'), O('MedTech Galway'), O('Food Connect Cork'),
  O('Department of Enterprise, Trade and Employment')],
 [E('Celtic Sea Supply Chain Day','2036-11-12','2036-11-12','Wexford','Ireland'), E('B2B meetings','2036-11-12','2036-11-12','Wexford','Ireland'),
  E('joint study visit','2036-12-02','2036-12-04','Esbjerg','Denmark'), E('webinar on the new Irish Grade A standard for offshore welding','2037-01-21','2037-01-21',None,None),
  E('plenary meeting','2037-03-04','2037-03-04','Rosslare','Ireland')],
 ['2036-10-08','2035-03','2037','2034/2040','2030','2031','2038','2036-10-31','2036-12-02/2036-12-04','2037-01-21','2037-03-04'],
 pub='2036-10-08')
