from h import *
F = 'g01_midlands_bioeconomy_forum_outcome.txt'
assert wd(2037,3,11)=='Wednesday' and wd(2037,3,12)=='Thursday' and wd(2037,9,24)=='Thursday'
T = """Midlands Bioeconomy Cluster | Home | About | Members | Projects | Publications | Events | Contact
You are here: Home > Publications > Reports

OUTCOME REPORT
Midlands Bioeconomy Forum 2037 — "From Peat to Products"
Athlone, 11–12 March 2037

Published 2 April 2037 | Prepared by the cluster secretariat | 14 pages (text version)

Share: LinkedIn | X | Email | Print

1. About the Forum

The fifth Midlands Bioeconomy Forum was held on Wednesday 11 and Thursday 12 March 2037 at the Sheraton Riverside Conference Centre in Athlone. It was organised by the Midlands Bioeconomy Cluster (MBC) together with the Technological University of the Shannon (TUS) and the Eastern and Midland Regional Assembly, with support from Enterprise Ireland. Some 310 delegates registered, from 14 countries, including 92 representatives of small firms, 41 farmers and co-operatives and 28 public bodies.

The Forum was the first to be held since the closure of the last peat-fired power station in the region, and it asked one question: what should replace the income, jobs and skills that the region lost when peat harvesting ended? Two days of plenaries, four parallel tracks and a site visit tried to give answers.

2. Programme at a glance

Day 1 — Wednesday 11 March
09:00 Registration and coffee
09:30 Welcome: Aoife Ní Bhriain, Chair, Midlands Bioeconomy Cluster
09:45 Keynote: "A just transition that works" — Declan Furlong, Minister of State for Rural Development
10:30 Panel: Biorefineries in the bog belt (moderator: Dr Colm Gaffney, TUS)
13:30 Parallel tracks A–D
19:30 Forum dinner at Hodson Bay Hotel

Day 2 — Thursday 12 March
08:30 Site visit to the Lough Ree biorefinery pilot at Lanesborough
11:00 Report-back from the tracks
12:00 Closing plenary and presentation of conclusions
13:00 End of Forum

3. Speakers

Opening the Forum, Aoife Ní Bhriain reminded delegates that the cluster had grown from 19 founding members in 2031 to 146 members today. Minister of State Declan Furlong announced that the Department of Agriculture, Food and the Marine would open a second round of the Rewetted Land Enterprise Scheme in the autumn of 2037.

Katrien Vermeulen, Policy Officer at the Directorate-General for Research and Innovation of the European Commission, presented the mid-term review of the EU Bioeconomy Strategy and invited the region to apply to the European Bioeconomy Regions Network. Dr Jussi Lehtonen, Director of the Central Finland Bioeconomy Cluster, described how Jyväskylä had moved from paper mills to textile fibres in ten years.

The panel on biorefineries brought together Siobhán Carty, CEO of Lough Ree Bioproducts Ltd, Fergal Dunne, Head of Innovation at Glanbia Ingredients Ireland, and Prof. Miriam Healy of University College Dublin. The panel agreed that feedstock logistics, not technology, remained the bottleneck.

4. Parallel tracks

Track A on paludiculture (wet farming) was chaired by Tomás Ó Dálaigh of Bord na Móna. Track B on bio-based construction materials was led by Nora Kilbride, project manager at the Irish Green Building Council. Track C on skills was chaired by Dr Colm Gaffney. Track D on finance heard from Mark Egan, investment director at the Western Development Commission, and from Ilse de Wit of the Dutch bank Rabobank.

5. Key conclusions

The closing plenary adopted the following conclusions:

- The Midlands has the land, the people and the research base to become a leading bioeconomy region in Europe, but only if farmers share in the value created
- Feedstock supply chains for reeds, grasses and forestry residues must be organised before new plants are built
- Skills programmes should start from the trades that already exist in the region, such as machine operators and electricians
- Public procurement can create the first market for bio-based building products

6. Recommendations

The Forum recommends:

1. That the Eastern and Midland Regional Assembly includes a dedicated bioeconomy priority in its next Regional Spatial and Economic Strategy
2. That Enterprise Ireland sets up a pre-commercial procurement pilot for bio-based insulation with at least three local authorities
3. That TUS and the cluster launch a joint apprenticeship in biorefinery operations by September 2038
4. That the cluster creates a feedstock brokerage service for its farming members
5. That a Midlands delegation takes part in the European Bioeconomy Regions Network meeting in Ghent in October 2037

7. Next steps

The cluster Board will discuss these recommendations at its meeting on Thursday 24 September 2037. A follow-up workshop on feedstock brokerage is planned for November 2037 in Tullamore. The sixth Forum will take place in spring 2038.

Photo credits: Midlands Bioeconomy Cluster / J. Rooney Photography

Contact: Gráinne Mulvey, Cluster Manager, grainne.mulvey@midlandsbio.example.ie, +353 90 000 0000
Midlands Bioeconomy Cluster CLG, Athlone Business Campus, Athlone, Co. Westmeath

Related reports:
- Outcome report, Midlands Bioeconomy Forum 2036 (PDF, 1.2 MB)
- Outcome report, Midlands Bioeconomy Forum 2035 (PDF, 0.9 MB)
- Members' survey 2036: key findings

© 2037 Midlands Bioeconomy Cluster | Privacy | Cookies | Accessibility
"""
write(F, T)
C = "Midlands Bioeconomy Cluster"
gold(F,
 [P("Aoife Ní Bhriain","Chair",C), P("Declan Furlong","Minister of State for Rural Development",None),
  P("Colm Gaffney","moderator","TUS"), P("Katrien Vermeulen","Policy Officer","Directorate-General for Research and Innovation"),
  P("Jussi Lehtonen","Director","Central Finland Bioeconomy Cluster"), P("Siobhán Carty","CEO","Lough Ree Bioproducts Ltd"),
  P("Fergal Dunne","Head of Innovation","Glanbia Ingredients Ireland"), P("Miriam Healy",None,"University College Dublin"),
  P("Tomás Ó Dálaigh",None,"Bord na Móna"), P("Nora Kilbride","project manager","Irish Green Building Council"),
  P("Mark Egan","investment director","Western Development Commission"), P("Ilse de Wit",None,"Rabobank"),
  P("Gráinne Mulvey","Cluster Manager",C)],
 [O(C,"MBC"), O("Technological University of the Shannon","TUS"), O("Eastern and Midland Regional Assembly"),
  O("Enterprise Ireland"), O("Department of Agriculture, Food and the Marine"), O("Directorate-General for Research and Innovation"),
  O("European Commission"), O("European Bioeconomy Regions Network"), O("Central Finland Bioeconomy Cluster"),
  O("Lough Ree Bioproducts Ltd"), O("Glanbia Ingredients Ireland"), O("University College Dublin"), O("Bord na Móna"),
  O("Irish Green Building Council"), O("Western Development Commission"), O("Rabobank"),
  O("J. Rooney Photography")],
 [E("Midlands Bioeconomy Forum 2037","2037-03-11","2037-03-12","Athlone","Ireland"),
  E("Forum dinner","2037-03-11",None,None,None),
  E("site visit to the Lough Ree biorefinery pilot","2037-03-12",None,"Lanesborough","Ireland"),
  E("European Bioeconomy Regions Network meeting","2037-10",None,"Ghent","Belgium"),
  E("cluster Board meeting","2037-09-24",None,None,None),
  E("workshop on feedstock brokerage","2037-11",None,"Tullamore","Ireland"),
  E("sixth Forum","2038",None,None,None),
  E("Midlands Bioeconomy Forum 2036","2036",None,None,None), E("Midlands Bioeconomy Forum 2035","2035",None,None,None)],
 ["2037-03-11/2037-03-12","2037-04-02","2031","2037","2038-09","2037-10","2037-09-24","2037-11","2038"],
 ["The Midlands has the land, the people and the research base to become a leading bioeconomy region in Europe, but only if farmers share in the value created",
  "Feedstock supply chains for reeds, grasses and forestry residues must be organised before new plants are built",
  "Skills programmes should start from the trades that already exist in the region, such as machine operators and electricians",
  "Public procurement can create the first market for bio-based building products",
  "That the Eastern and Midland Regional Assembly includes a dedicated bioeconomy priority in its next Regional Spatial and Economic Strategy",
  "That Enterprise Ireland sets up a pre-commercial procurement pilot for bio-based insulation with at least three local authorities",
  "That TUS and the cluster launch a joint apprenticeship in biorefinery operations by September 2038",
  "That the cluster creates a feedstock brokerage service for its farming members",
  "That a Midlands delegation takes part in the European Bioeconomy Regions Network meeting in Ghent in October 2037"],
 "2037-04-02")
