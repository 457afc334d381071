from h import *
F = 'lower-danube-shipbuilding-cluster-study-summary.md'
FIND = ["The 212 companies of the shipbuilding and ship-repair value chain in Galați and Brăila employ about 14,300 people, 18% fewer than in 2025",
 "Two thirds of the suppliers depend on a single shipyard customer for more than half of their turnover",
 "Only 9% of the companies have ever taken part in a European research or innovation project",
 "The average age of welders and fitters is 51 years; the two vocational schools train fewer than 120 graduates a year",
 "Green retrofitting of inland and river-sea vessels is the fastest-growing market segment, worth an estimated EUR 380 million a year on the Danube by 2040"]
REC = ["Turn the Lower Danube Maritime Cluster into the single contact point for supplier development in both counties",
 "Launch a supplier diversification programme with the shipyards in Tulcea, Constanța and Ruse",
 "Create a joint training centre for welding and marine electrics at the Dunărea de Jos University of Galați",
 "Prepare at least three consortia for EU calls on zero-emission inland shipping before the end of 2036",
 "Agree with the South-East Regional Development Agency on a monitoring report every year"]
T = f"""# Study summary: The Lower Danube shipbuilding ecosystem in 2035 – structure, challenges and options

**Commissioned by:** South-East Regional Development Agency (ADR Sud-Est), Brăila
**Carried out by:** Danubius Economic Research S.R.L., Galați, with the Faculty of Naval Architecture of the Dunărea de Jos University of Galați
**Published:** {wd(2035,10,9)} 9 October 2035
**Study team:** Conf. dr. ing. Alina-Mihaela ZAHARIA (team leader), Dr. Costel Bratu, Ionuț Stăncescu, Lina van Oostveen (external expert, Delft)

---

## Background

Galați and Brăila, two Danube ports twenty kilometres apart, have built and repaired ships for more than 150 years. Since the early 2020s the sector has shrunk and changed: large series of sea-going hulls have moved to Asia, while repair, conversion and specialised inland vessels have grown. In 2033 the Lower Danube Maritime Cluster (LDMC) was founded as an association by 23 companies, the two county councils and the university, and it now has 58 members.

The South-East Regional Development Agency asked for an independent study to support the regional smart specialisation strategy for 2035–2041. The study team analysed company data for 2025–2034, surveyed 97 firms (response rate 46%), interviewed 38 managers and public officials, and held two validation workshops: in Galați on {wd(2035,5,20)} 20 May 2035 and in Brăila on {wd(2035,6,17)} 17 June 2035. A steering group chaired by Luminița Gheorghiu-Negrea, director of the Agency's Smart Specialisation Office, followed the work.

## Main findings

{chr(10).join('- ' + x + '.' for x in FIND)}

## Strengths and weaknesses of the cluster organisation

The LDMC is young but active. Its manager, Ing. Radu Popovici, and a team of three have organised 19 events since 2033, including the first Lower Danube Shipbuilding Days in September 2034, and have brought members into two Interreg projects. Members value the cluster as a neutral meeting place between shipyards, suppliers and public authorities.

Its weaknesses are financial and strategic. Membership fees cover only 30% of its budget; the rest comes from short projects. The cluster has no written strategy and no agreed indicators, and the two largest shipyards – Vard Tulcea's Galați site and Șantierul Naval Brăila S.A. – are members but do not sit on its board.

## Recommendations

The study team recommends that the Agency and the cluster:

{chr(10).join(f'{i+1}. {x}.' for i, x in enumerate(REC))}

## Reactions

At the presentation of the study in Brăila on {wd(2035,10,9)} 9 October 2035, the Director General of ADR Sud-Est, Ec. Luminița Mihăilescu, said that the agency would use the results to prepare a call for cluster projects in 2036. The President of the LDMC, Captain Mihai Dobrescu, welcomed the recommendation on training: "Our members can find orders. What they cannot find any more is people who can weld a hull."

The Romanian Naval Authority (ANR) and the Galați Chamber of Commerce, Industry and Agriculture contributed data. The Romanian Cluster Association (CLUSTERO) commented on a draft.

## Next steps

The full report (148 pages, in Romanian with an English summary) is available from the Agency. A follow-up workshop on the training centre is planned for {wd(2035,11,26)} 26 November 2035 at the Dunărea de Jos University of Galați, and the cluster's general assembly will discuss a first strategy for 2036–2040 in January 2036.

*Contact: Smart Specialisation Office, ADR Sud-Est, Brăila · Press: Andreea Iordache*
"""
write(F, T)
U='Dunărea de Jos University of Galați'
gold(F,
 [P('Alina-Mihaela ZAHARIA','team leader','Danubius Economic Research S.R.L.'), P('Costel Bratu',None,None), P('Ionuț Stăncescu',None,None),
  P('Lina van Oostveen','external expert',None), P('Luminița Gheorghiu-Negrea','director',"Smart Specialisation Office"),
  P('Radu Popovici','manager','Lower Danube Maritime Cluster'), P('Luminița Mihăilescu','Director General','ADR Sud-Est'),
  P('Mihai Dobrescu','President','Lower Danube Maritime Cluster'), P('Andreea Iordache','Press',None)],
 [O('South-East Regional Development Agency','ADR Sud-Est'), O('Danubius Economic Research S.R.L.'), O('Faculty of Naval Architecture'), O(U),
  O('Lower Danube Maritime Cluster','LDMC'), O("Smart Specialisation Office"), O("Vard Tulcea"), O('Șantierul Naval Brăila S.A.'),
  O('Romanian Naval Authority','ANR'), O('Galați Chamber of Commerce, Industry and Agriculture'), O('Romanian Cluster Association','CLUSTERO')],
 [E('validation workshop','2035-05-20','2035-05-20','Galați','Romania'), E('validation workshop','2035-06-17','2035-06-17','Brăila','Romania'),
  E('Lower Danube Shipbuilding Days','2034-09','2034-09',None,None), E('presentation of the study','2035-10-09','2035-10-09','Brăila','Romania'),
  E('follow-up workshop on the training centre','2035-11-26','2035-11-26','Galați','Romania'), E('general assembly','2036-01','2036-01',None,None)],
 ['2035-10-09','2035','2025','2040','2036','2033','2035/2041','2025/2034','2035-05-20','2035-06-17','2034-09','2036/2040','2036-01','2035-11-26'],
 km=FIND+REC, pub='2035-10-09')
