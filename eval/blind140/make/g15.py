from h import *
F = 'g15_frosinone_pharma_conference_conclusions.txt'
assert wd(2035,6,5)=='Tuesday' and wd(2035,6,6)=='Wednesday' and wd(2035,7,3)=='Tuesday' and wd(2034,11,21)=='Tuesday'
T = """ANAGNI LIFE SCIENCES CONFERENCE 2035
"Making medicines in Europe again"
Anagni and Frosinone, 5–6 June 2035

CONCLUSIONS OF THE CONFERENCE CHAIR
Issued on 20 June 2035 by the Lazio Pharma Valley Cluster (LPVC)

1. Introduction

The second Anagni Life Sciences Conference took place on Tuesday 5 and Wednesday 6 June 2035. The first day was held in the Palazzo Bonifacio VIII in Anagni, the second at the University of Cassino and Southern Lazio's campus in Frosinone. 347 participants registered, among them representatives of 58 pharmaceutical and biotech companies, 14 contract manufacturers, national and regional authorities, and guests from clusters in Catalonia, Ireland, Hesse and Upper Austria.

The conference was organised by the Lazio Pharma Valley Cluster together with Lazio Innova S.p.A., the regional innovation agency, and Unindustria Frosinone. It was chaired by Prof. Caterina De Santis-Bellomo, President of the cluster's scientific committee.

2. Opening and keynote speakers

- Marcello Ferrante, President of the Lazio Pharma Valley Cluster and plant director at Farmaceutici Ciociari S.p.A.
- Giulia Rinaldi, Regional Councillor for Economic Development, Region of Lazio
- Dr. Siobhán O'Driscoll, CEO, BioPharmaChem Ireland (keynote: "Twenty years of attracting pharma plants: what worked")
- Hans-Peter Aigner-Mautner, managing director, Health Technology Cluster Upper Austria (keynote: "Clusters and supply security")
- Nadia El Amrani, Policy Officer, European Commission, DG Health and Food Safety

3. Programme highlights

Day 1 (Anagni): opening session; plenary on the European critical medicines list; three parallel workshops on active pharmaceutical ingredients, sterile manufacturing and digital quality control; 20:00 gala dinner at the Collegio Principe di Piemonte.
Day 2 (Frosinone): B2B meetings between contract manufacturers and buyers (09:00–12:30, 112 meetings held); plant visits to two member companies in the afternoon.

4. Conclusions

The Chair draws the following conclusions from the two days of debate:

(a) The Frosinone–Anagni area has the production capacity and skills to take on a larger share of European production of critical medicines, but investment decisions are taken elsewhere and need a clear business case
(b) Public support should reward supply security, for example through procurement criteria that value production in Europe, and not only the lowest price
(c) The shortage of qualified process technicians is the main bottleneck; training capacity at the ITS Academy for life sciences should double by 2038
(d) Clusters in different regions should pool their data on production capacity so that buyers and authorities can see what Europe can make
(e) Cooperation with Irish and Austrian clusters on quality and regulatory training should be formalised in a memorandum of understanding

5. Follow-up

The cluster's board will discuss an action plan based on these conclusions at its meeting on Monday 1 October 2035. A panel debate on "Pharma skills for the next decade" will be held at the Chamber of Commerce of Frosinone-Latina on Tuesday 3 July 2035, organised with the ITS Academy. The conclusions will also be presented at the Interregional Pharma Forum in Barcelona in November 2035.

The previous conference, held in Anagni on 20–21 November 2034, concentrated on the effects of the pandemic-era stockpiling rules. Its conclusions led to the creation of the cluster's working group on critical medicines, chaired since January 2035 by Dr. Lorenzo Pica Alfieri (Sanofi Anagni site).

Contact: Francesca Tomassi, Cluster Manager, Lazio Pharma Valley Cluster, Via Casilina 00, 03012 Anagni (FR)
segreteria@lpvc.example.it

Lazio Pharma Valley Cluster – Conclusions of the Conference Chair – June 2035 – page 2/2
"""
write(F, T)
C="Lazio Pharma Valley Cluster"
gold(F,
 [P("Caterina De Santis-Bellomo","President of the cluster's scientific committee",C),
  P("Marcello Ferrante","President",C),
  P("Giulia Rinaldi","Regional Councillor for Economic Development","Region of Lazio"),
  P("Siobhán O'Driscoll","CEO","BioPharmaChem Ireland"),
  P("Hans-Peter Aigner-Mautner","managing director","Health Technology Cluster Upper Austria"),
  P("Nadia El Amrani","Policy Officer","DG Health and Food Safety"),
  P("Lorenzo Pica Alfieri",None,"Sanofi"),
  P("Francesca Tomassi","Cluster Manager",C)],
 [O(C,"LPVC"), O("University of Cassino and Southern Lazio"), O("Lazio Innova S.p.A."), O("Unindustria Frosinone"),
  O("Farmaceutici Ciociari S.p.A."), O("Region of Lazio"), O("BioPharmaChem Ireland"), O("Health Technology Cluster Upper Austria"), O("European Commission"),
  O("DG Health and Food Safety"), O("ITS Academy"), O("Chamber of Commerce of Frosinone-Latina"), O("Sanofi")],
 [E("Anagni Life Sciences Conference 2035","2035-06-05","2035-06-06","Anagni, Frosinone","Italy"),
  E("gala dinner","2035-06-05",None,"Anagni","Italy"),
  E("B2B meetings","2035-06-06",None,"Frosinone","Italy"),
  E("plant visits","2035-06-06",None,None,"Italy"),
  E("meeting","2035-10-01",None,None,None),
  E("panel debate on \"Pharma skills for the next decade\"","2035-07-03",None,None,"Italy"),
  E("Interregional Pharma Forum","2035-11",None,"Barcelona","Spain"),
  E("Anagni Life Sciences Conference","2034-11-20","2034-11-21","Anagni","Italy")],
 ["2035-06-05/2035-06-06","2035-06-20","2035-06-05","2035-06-06","2038","2035-10-01","2035-07-03","2035-11",
  "2034-11-20/2034-11-21","2035-01","2035-06"],
 ["The Frosinone–Anagni area has the production capacity and skills to take on a larger share of European production of critical medicines, but investment decisions are taken elsewhere and need a clear business case",
  "Public support should reward supply security, for example through procurement criteria that value production in Europe, and not only the lowest price",
  "The shortage of qualified process technicians is the main bottleneck; training capacity at the ITS Academy for life sciences should double by 2038",
  "Clusters in different regions should pool their data on production capacity so that buyers and authorities can see what Europe can make",
  "Cooperation with Irish and Austrian clusters on quality and regulatory training should be formalised in a memorandum of understanding"],
 pub="2035-06-20")
