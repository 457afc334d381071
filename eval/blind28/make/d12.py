from mk import *
doc = 'policy-brief-cluster-internationalisation-central-macedonia-summary.md'
t = """# Scaling up through clusters: internationalisation of agri-food and packaging SMEs in Central Macedonia

## Summary report

*Thessaloniki Institute for Regional Competitiveness (TIRC), Policy Report 7/2032 · Published 30 November 2032*

Authors: Eleni Papadopoulou-Karra and Nikos Vlachos (TIRC), with contributions by Dr. Christina Antoniadou
(Aristotle University of Thessaloniki)

Commissioned by the Region of Central Macedonia, Directorate of Development Planning

---

### About this report

Between January and July 2032 the authors surveyed 214 small and medium-sized firms in the agri-food and packaging
value chains of Central Macedonia and interviewed the managers of six cluster organisations, among them the
Thermaikos Food Cluster, the Northern Greece Packaging Alliance (NGPA) and the Kilkis Dairy Network. Two validation
workshops were held in Thessaloniki on 19 September and in Veria on 4 October 2032. The report was presented to the
Regional Council on 21 November 2032.

### Main findings in brief

Export intensity of cluster members is on average 1.7 times higher than that of comparable non-members, but the gap
disappears for firms with fewer than ten employees. Cluster-led trade missions are valued highly; certification
support and shared logistics much less so, mostly because few clusters offer them. Only one of the six clusters has
staff dedicated to international markets.

### Conclusions

1. Cluster membership is associated with higher export intensity, but the benefit reaches micro-firms only when
   clusters offer hands-on services beyond trade fairs.
2. Regional support for clusters is fragmented across four measures with different reporting rules, which absorbs
   a large share of cluster managers' time.
3. Clusters in the region rarely cooperate with each other, even where their members share export markets.
4. The region lacks reliable data on cluster members' exports after the end of funded projects.

### Policy recommendations

- Merge the four regional measures supporting clusters into one multi-annual cluster programme for 2034–2038 with
  a single reporting format.
- Fund at least one international market officer in each labelled cluster for three years, conditional on a joint
  service offer to micro-firms.
- Create a joint export desk of the agri-food and packaging clusters, hosted by one of them, for shared logistics
  and certification advice.
- Introduce an annual cluster survey, run by the Region with TIRC, to track members' exports over time.

### Next steps

The Regional Council's committee on economic development will discuss the recommendations at its meeting in
February 2033. Contact: Nikos Vlachos, senior analyst, TIRC – n.vlachos@tirc.example

*The full report (96 pages, in Greek with an English summary) can be downloaded from the TIRC website.*
"""
write_text(doc, t)
people=[P('Eleni Papadopoulou-Karra',None,'TIRC'),
 P('Nikos Vlachos','senior analyst','TIRC'),
 P('Christina Antoniadou',None,'Aristotle University of Thessaloniki')]
orgs=[O('Thessaloniki Institute for Regional Competitiveness','TIRC'),O('Aristotle University of Thessaloniki'),O('Region of Central Macedonia'),
 O('Directorate of Development Planning'),O('Thermaikos Food Cluster'),O('Northern Greece Packaging Alliance','NGPA'),O('Kilkis Dairy Network'),
 O('Regional Council')]
events=[E('Validation workshop in Thessaloniki','2032-09-19',None,'Thessaloniki','Greece'),
 E('Validation workshop in Veria','2032-10-04',None,'Veria','Greece'),
 E('Presentation to the Regional Council','2032-11-21'),
 E("Meeting of the Regional Council's committee on economic development",'2033-02')]
dates=['2032-11-30','2032-01/2032-07','2032-09-19','2032-10-04','2032-11-21','2034/2038','2033-02']
km=['Cluster membership is associated with higher export intensity, but the benefit reaches micro-firms only when clusters offer hands-on services beyond trade fairs',
 "Regional support for clusters is fragmented across four measures with different reporting rules, which absorbs a large share of cluster managers' time",
 'Clusters in the region rarely cooperate with each other, even where their members share export markets',
 "The region lacks reliable data on cluster members' exports after the end of funded projects",
 'Merge the four regional measures supporting clusters into one multi-annual cluster programme for 2034–2038 with a single reporting format',
 'Fund at least one international market officer in each labelled cluster for three years, conditional on a joint service offer to micro-firms',
 'Create a joint export desk of the agri-food and packaging clusters, hosted by one of them, for shared logistics and certification advice',
 "Introduce an annual cluster survey, run by the Region with TIRC, to track members' exports over time"]
gold(doc,'2032-11-30',people,orgs,events,dates,km)
