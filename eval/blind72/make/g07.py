from h import *
F = 'flevoland-agrifood-robotics-study-findings.md'
FI = ["Flevoland has 142 companies active in agricultural robotics, sensing and precision farming, twice as many as in 2028, but 80% of them employ fewer than 20 people",
 "Farmers in the province are early adopters: 61% of arable farms over 100 hectares already use at least one autonomous machine or drone service",
 "Access to test fields is the main bottleneck for start-ups; the waiting time for a plot at the provincial field lab is eleven months",
 "Regulation of autonomous vehicles on public farm roads is unclear and differs between municipalities",
 "Cooperation between companies and the research institutes in Lelystad and Wageningen is intense but concentrated on ten firms",
 "Only a third of the companies export outside the Benelux, and few take part in European projects"]
NS = ["The FlevoTech AgriRobotics Cluster will present the study to its members at the general meeting on 15 April 2036",
 "A working group with the Province and three municipalities will draft common rules for autonomous machines on farm roads by the end of 2036",
 "The field lab in Dronten will double the number of test plots from the 2037 season",
 "The cluster will organise an export mission to the Agritechnica fair in Hanover in November 2037"]
T = f"""# Agricultural robotics in Flevoland: size, strengths and bottlenecks

*Summary of findings and next steps · Study commissioned by the Province of Flevoland and the FlevoTech AgriRobotics Cluster*

Published: {wd(2036,3,4)} 4 March 2036 | Lelystad | Reading time: 6 min

---

**Study team:** drs. Marieke van den Broek-Hofstede (project leader) and ir. Sjoerd Teunissen, Polder Economics B.V., Almere; Dr. Anouk Bakker-Özdemir, Wageningen Economic Research; with support from Thijs de Wit (student assistant, Aeres Hogeschool Dronten).

**Steering group:** Gerrit-Jan Mulder (Province of Flevoland, chair), Ingrid Postma (cluster manager, FlevoTech AgriRobotics Cluster), Prof. Dr. Ir. Hendrik van Kooten (Wageningen University & Research), Fatima El Amrani (Horizon Flevoland development agency).

## Why this study

Flevoland, the youngest province of the Netherlands, was built on reclaimed land and has farmed it with large plots and straight roads from the start. That makes it an ideal testing ground for autonomous tractors, weeding robots and drones. Since the FlevoTech AgriRobotics Cluster was founded in Lelystad in 2030 by eleven companies, the province has presented itself as the "robot polder" of Europe. Yet nobody had measured how large the ecosystem really is, how fast it grows and what holds it back.

The Province of Flevoland and the cluster therefore commissioned a study in June 2035. The team combined data from the Chamber of Commerce (KVK) registers with a survey of 96 companies and 210 farms, 28 in-depth interviews and two workshops, held in Lelystad on {wd(2035,11,6)} 6 November 2035 and in Emmeloord on {wd(2035,12,4)} 4 December 2035. A sounding board of farmers from the LTO Noord department Flevoland commented on the draft.

## Key findings

{chr(10).join('- ' + f + '.' for f in FI)}

## The picture behind the numbers

The robotics ecosystem in Flevoland grew out of agriculture, not out of the electronics industry. Most founders are sons and daughters of farmers or former contractors who built their first machines in a barn. This gives the companies a close understanding of their users, but it also limits their ambition: many sell to neighbours and contractors and see export as something for later.

Large firms are few. The three largest employers in the field – Polderbot B.V. in Dronten, AgroVision Systems N.V. in Lelystad and the Dutch branch of the Danish firm FarmDroid ApS in Emmeloord – together employ about 430 people. Around them, dozens of small firms develop software, sensors and attachments.

The research base is strong. Wageningen University & Research has run its field lab for precision farming in Lelystad since 2016, and the Aeres University of Applied Sciences in Dronten trains about 120 students a year in agricultural technology. The interviews show, however, that most companies do not know how to start a joint project with these institutes, and that the same ten firms take part in almost all of them.

Regulation came up in almost every interview. An autonomous machine that drives from one field to another crosses a public road, and municipalities apply different rules for such crossings. Two companies have moved test activities across the border to Germany for this reason. Others say that insurers hesitate to cover autonomous machines as long as the rules are unclear, which slows down sales to farmers who would otherwise be ready to buy.

## Next steps

The Province and the cluster have agreed on the following actions:

{chr(10).join('1. ' + n + '.' for n in NS)}

Deputy Jan-Willem Hoekstra, responsible for economy in the provincial executive, said at the presentation of the study: "We have the land and the farmers. Now we need the rules and the test fields to keep these companies here."

---

*The full report (88 pages, in Dutch) can be downloaded from the website of the Province of Flevoland. Questions: Ingrid Postma, i.postma@flevotech-agri.nl.*
"""
write(F, T)
gold(F, [P('Marieke van den Broek-Hofstede','project leader','Polder Economics B.V.'), P('Sjoerd Teunissen',None,'Polder Economics B.V.'),
 P('Anouk Bakker-Özdemir',None,'Wageningen Economic Research'), P('Thijs de Wit','student assistant','Aeres Hogeschool Dronten'),
 P('Gerrit-Jan Mulder','chair','Province of Flevoland'), P('Ingrid Postma','cluster manager','FlevoTech AgriRobotics Cluster'),
 P('Hendrik van Kooten',None,'Wageningen University & Research'), P('Fatima El Amrani',None,'Horizon Flevoland'),
 P('Jan-Willem Hoekstra','Deputy',None)],
 [O('Province of Flevoland'), O('FlevoTech AgriRobotics Cluster'), O('Polder Economics B.V.'), O('Wageningen Economic Research'), O('Aeres Hogeschool Dronten'),
  O('Wageningen University & Research'), O('Horizon Flevoland'), O('Chamber of Commerce','KVK'), O('LTO Noord'), O('Polderbot B.V.'), O('AgroVision Systems N.V.'),
  O('FarmDroid ApS')],
 [E('workshop','2035-11-06','2035-11-06','Lelystad','Netherlands'), E('workshop','2035-12-04','2035-12-04','Emmeloord','Netherlands'),
  E('general meeting','2036-04-15','2036-04-15',None,None), E('export mission to the Agritechnica fair','2037-11','2037-11','Hanover','Germany'), E('Agritechnica','2037-11','2037-11','Hanover','Germany')],
 ['2036-03-04','2028','2030','2035-06','2035-11-06','2035-12-04','2016','2036-04-15','2036','2037','2037-11'], km=FI, pub='2036-03-04')
