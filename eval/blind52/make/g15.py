from h import *
doc = "interview_basilicata-dg-economic-development.md"
T = """# "We want our clusters to be the first door a company knocks on"

**Interview with Rocco Vignola-Larocca, Director-General for Economic Development, Labour and Services to the Community, Regione Basilicata**

*Regions & Clusters Review · Published 9 December 2035 · Interview by Hannah Kowalczyk*

Basilicata is one of Italy's smallest regions, with just over half a million inhabitants, but it has built a compact cluster landscape around bioeconomy, space applications and automotive supply. We met the region's director-general for economic development in Potenza a few days after the regional government adopted its new cluster guidelines on 27 November 2035.

**Mr Vignola-Larocca, what changes with the new guidelines?**

For the first time we have one set of rules for all regional clusters. Until now each cluster had its own agreement with the Region, signed at different times since 2017. From 2036 every recognised cluster will sign a three-year performance contract, with the same indicators: members served, projects started, private co-funding. My colleague Teresa Lapenna, who heads the Office for Research, Innovation and Clusters, drafted the guidelines with the cluster managers over almost a year.

**Which clusters are we talking about?**

Three regional clusters are recognised today. The Cluster Agri-Sinni della Bioeconomia, managed by Vito Scarano, works on agri-food residues, biomaterials and forest products. The Lucania Space Cluster in Matera, led by its president Giuseppina Di Lorenzo, who is also CEO of the company Orbitalia Servizi S.r.l., builds on the Earth-observation competences around the Matera space centre. And AutoLucana, the automotive suppliers' association around Melfi, whose director Michele Cappiello has just been elected to the board of the national automotive cluster network. Each has between 40 and 90 members.

**Who are your main partners?**

Inside the administration, the Agenzia Lucana per l'Innovazione (ALI), our in-house agency, which runs the calls; its director-general Antonella Mecca and her team are indispensable. On the research side, the Università degli Studi della Basilicata (UNIBAS) – Rector Gianfranco Pace and the vice-rector for technology transfer, Professor Carmela Vaccaro. Outside the region, we work closely with Regione Puglia: my counterpart there, Nicola Lamacchia, and I co-chair the interregional working group on the Ionian bioeconomy. And in Brussels we are part of the Vanguard Initiative's bioeconomy pilot.

**What did you learn from the 2028–2034 programming period?**

That small regions cannot do everything. We funded too many small projects. In the new period we concentrate: around 60% of the innovation budget goes to the three clusters' priority value chains. We also learned from others. In 2034 we visited Navarre and the Basque Country with our cluster managers, and in March 2035 we hosted a peer review with experts from Styria and Flanders. The main lesson was: give the clusters stability, a multi-year contract, and then judge them on results.

**Key points of the new cluster guidelines (as summarised by the Region)**
- One recognition procedure and one set of performance indicators for all regional clusters
- Three-year performance contracts from 2036, renewable after evaluation
- At least 60% of the regional innovation budget targeted at the clusters' priority value chains
- A yearly cluster forum open to all companies of the region

**And next?**

The first performance contracts will be signed in February 2036. The first regional Cluster Forum will take place in Matera on 14 and 15 May 2036, together with the Lucania Space Cluster's annual conference. We will invite the other southern regions: Calabria, Campania, Molise. I also hope we will see the European Cluster Conference come to the south one day.

*Rocco Vignola-Larocca has been director-general since 2031. He previously worked for eleven years at the Agency for Territorial Cohesion in Rome.*
"""
RB = "Regione Basilicata"
people = [
 P("Rocco Vignola-Larocca", "Director-General for Economic Development, Labour and Services to the Community", RB),
 P("Hannah Kowalczyk", None, None),
 P("Teresa Lapenna", None, RB),
 P("Vito Scarano", None, "Cluster Agri-Sinni della Bioeconomia"),
 P("Giuseppina Di Lorenzo", "president", "Lucania Space Cluster"),
 P("Michele Cappiello", "director", "AutoLucana"),
 P("Antonella Mecca", "director-general", "Agenzia Lucana per l'Innovazione"),
 P("Gianfranco Pace", "Rector", "Università degli Studi della Basilicata"),
 P("Carmela Vaccaro", "vice-rector for technology transfer", "Università degli Studi della Basilicata"),
 P("Nicola Lamacchia", None, "Regione Puglia"),
]
orgs = [O(RB), O("Regions & Clusters Review"), O("Office for Research, Innovation and Clusters"), O("Cluster Agri-Sinni della Bioeconomia"),
 O("Lucania Space Cluster"), O("Orbitalia Servizi S.r.l."), O("AutoLucana"), O("Agenzia Lucana per l'Innovazione", "ALI"),
 O("Università degli Studi della Basilicata", "UNIBAS"), O("Regione Puglia"), O("Vanguard Initiative"), O("Agency for Territorial Cohesion")]
events = [
 E("study visit to Navarre and the Basque Country", "2034", "2034", None, "Spain"),
 E("peer review with experts from Styria and Flanders", "2035-03", "2035-03", None, "Italy"),
 E("regional Cluster Forum", "2036-05-14", "2036-05-15", "Matera", "Italy"),
 E("Lucania Space Cluster annual conference", "2036-05-14", "2036-05-15", "Matera", "Italy"),
]
km = ["One recognition procedure and one set of performance indicators for all regional clusters",
 "Three-year performance contracts from 2036, renewable after evaluation",
 "At least 60% of the regional innovation budget targeted at the clusters' priority value chains",
 "A yearly cluster forum open to all companies of the region"]
dates = ["2035-12-09", "2035-11-27", "2017", "2036", "2028/2034", "2034", "2035-03", "2036-02", "2036-05-14/2036-05-15", "2031"]
save(doc, T, "2035-12-09", people, orgs, events, dates, km)
