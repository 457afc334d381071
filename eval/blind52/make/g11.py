from h import *
doc = "meet-the-cluster-managers-slavonia.md"
T = """# Meet the cluster managers: five people who keep Slavonia's clusters running

*Posted on 3 September 2034 by Marija Vuković, Regional Development Agency of Osijek-Baranja County (RDA OBC) · Feature · 7 min read*

Clusters are only as good as the people who manage them. Ahead of Slavonian Cluster Day on 16 October 2034 in Osijek, we asked the managers of five cluster organisations in eastern Croatia how they got into the job, what keeps them busy and what they expect from the next two years. Their answers have been shortened.

---

### 1. Ivana Šimić-Kovačević – Klaster Slavonski Hrast (wood and furniture)

Ivana has managed the wood and furniture cluster Klaster Slavonski Hrast in Slavonski Brod since 2029. A forestry engineer by training, she worked from 2016 to 2022 as export manager at Brodska Stolarija d.o.o. and then as project officer at the Croatian Chamber of Economy (HGK) county office. The cluster has 46 members, most of them sawmills and small furniture makers.

*"My biggest job is translating. Between the carpenters and the designers, between the companies and the ministries, between Croatian and the language of Brussels calls."*

Next: a shared drying kiln and a joint stand at the Salone del Mobile in Milan in April 2035.

### 2. Tomislav Barić – Osijek Agri-Food Cluster (AgroKlaster Osijek)

Tomislav, 38, joined AgroKlaster Osijek as cluster manager in January 2033. Before that he was head of the innovation office at the Faculty of Agrobiotechnical Sciences Osijek (2027–2032), part of Josip Juraj Strossmayer University of Osijek. He still teaches one course there as a visiting lecturer.

*"Farmers don't need another conference. They need a buyer, a lab result and a loan, in that order."*

Next: a food-safety testing voucher scheme launched together with the county.

### 3. Dragana Marjanović – Slavonija IT Cluster

Dragana is the only one of the five who also runs a company: she is co-founder and CTO of the software firm Pixelis d.o.o. and, since 2031, part-time manager of the Slavonija IT Cluster (SITC). The cluster counts 31 members and runs the coding school "Kod za Slavoniju", which has trained 420 young people since 2030.

*"Keeping young developers in Osijek is our cluster strategy. Everything else follows from it."*

Next: a second edition of the Osijek Dev Days, planned for 20–21 March 2035.

### 4. Mario Jurić – Metal Cluster of Brod-Posavina (MKBP)

Mario is the veteran of the group. He has led the Metal Cluster of Brod-Posavina since its creation in 2019, after 22 years at the shipyard and machine works Brodmetal Strojogradnja d.d., where he was production director until 2018. In 2033 the cluster received the ECEI Silver Label.

*"We were born in a crisis, when the big plant shed a thousand jobs. Our members learned to cooperate because they had to."*

Next: a welding academy with the Slavonski Brod polytechnic (Veleučilište u Slavonskom Brodu) from autumn 2034.

### 5. Ana Kralj Hocenski – Bioenergy Cluster of Eastern Croatia (BIOKIH)

Ana took over the Bioenergy Cluster of Eastern Croatia in Vinkovci in June 2034, succeeding Zoran Pavlović, who now heads the energy department of Vukovar-Srijem County. She previously worked as a consultant at Energo Projekt Istok d.o.o. (2025–2034).

*"Every village here has straw, manure and a district-heating dream. We help them do the maths before they sign anything."*

Next: a biogas study tour to Baden-Württemberg in November 2034.

---

### What they share

All five managers meet every quarter in the Slavonian Cluster Alliance, coordinated by RDA OBC. The alliance was set up in 2032 with support from the Ministry of Economy and Sustainable Development, and its chair rotates every year; Mario Jurić holds the chair in 2034.

**Slavonian Cluster Day 2034** takes place on 16 October 2034 at the Osijek Chamber Hall. Registration is open until 9 October. Contact: Marija Vuković, cluster policy officer, marija.vukovic@rda-obc.example

*Photos: Goran Matić / RDA OBC*

Tags: clusters · people · Slavonia · wood · agri-food · ICT · metal · bioenergy
"""
R = "Regional Development Agency of Osijek-Baranja County"
people = [
 P("Marija Vuković", "cluster policy officer", R),
 P("Ivana Šimić-Kovačević", None, "Klaster Slavonski Hrast"),
 P("Tomislav Barić", "cluster manager", "Osijek Agri-Food Cluster"),
 P("Dragana Marjanović", "co-founder and CTO", "Pixelis d.o.o."),
 P("Mario Jurić", "chair", "Slavonian Cluster Alliance"),
 P("Ana Kralj Hocenski", None, "Bioenergy Cluster of Eastern Croatia"),
 P("Zoran Pavlović", None, "Vukovar-Srijem County"),
 P("Goran Matić", None, R),
]
orgs = [O(R, "RDA OBC"), O("Klaster Slavonski Hrast"), O("Brodska Stolarija d.o.o."), O("Croatian Chamber of Economy", "HGK"),
 O("Osijek Agri-Food Cluster", "AgroKlaster Osijek"), O("Faculty of Agrobiotechnical Sciences Osijek"),
 O("Josip Juraj Strossmayer University of Osijek"), O("Slavonija IT Cluster", "SITC"), O("Pixelis d.o.o."),
 O("Metal Cluster of Brod-Posavina", "MKBP"), O("Brodmetal Strojogradnja d.d."), O("Veleučilište u Slavonskom Brodu"),
 O("Bioenergy Cluster of Eastern Croatia", "BIOKIH"), O("Vukovar-Srijem County"), O("Energo Projekt Istok d.o.o."),
 O("Slavonian Cluster Alliance"), O("Ministry of Economy and Sustainable Development")]
events = [
 E("Slavonian Cluster Day 2034", "2034-10-16", "2034-10-16", "Osijek", "Croatia"),
 E("Salone del Mobile", "2035-04", "2035-04", "Milan", "Italy"),
 E("Osijek Dev Days", "2035-03-20", "2035-03-21", "Osijek", "Croatia"),
 E("biogas study tour to Baden-Württemberg", "2034-11", "2034-11", None, "Germany"),
]
dates = ["2034-09-03", "2034-10-16", "2029", "2016/2022", "2035-04", "2033-01", "2027/2032", "2031", "2030", "2035-03-20/2035-03-21",
 "2019", "2018", "2033", "2034", "2034-06", "2025/2034", "2034-11", "2032", "2034-10-09"]
save(doc, T, "2034-09-03", people, orgs, events, dates, [])
