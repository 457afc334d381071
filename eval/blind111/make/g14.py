from h import *
F = 'g14_thessaly_roundtable_conclusions.md'
assert wd(2039,5,24)=='Tuesday' and wd(2039,6,14)=='Tuesday'
T = """**Thessaly Industrial Ecosystems Platform** · [Home](/) · [Activities](/activities) · [Publications](/publications) · [Partners](/partners) · [Contact](/contact) · EL | EN

# Roundtable conclusions: "Clusters and the next EU industrial policy – a view from the regions"

*Larissa, 24 May 2039 · Document ref. TIEP/RT/2039/03 · Published 6 June 2039*

## 1. Context

On Tuesday 24 May 2039 the Thessaly Industrial Ecosystems Platform (TIEP), with the Region of Thessaly and the
University of Thessaly, convened a closed-door roundtable at the Larissa Chamber of Commerce and Industry. The
roundtable was held under the Chatham House rule for the discussion; the participants agreed to publish the
conclusions and recommendations below with their names.

The aim was to prepare a regional contribution to the European Commission's consultation on the review of EU
cluster policy, which is open until 30 June 2039, and to the opinion that the European Committee of the Regions
will adopt in October 2039.

## 2. Participants

- Konstantinos Agorastos, Regional Governor of Thessaly (opening)
- Eleni Tsiamita, Deputy Regional Governor for Development and Entrepreneurship
- Prof. Georgios Karanikas, Vice-Rector for Research, University of Thessaly
- Maria Liapi, Director, Thessaly Industrial Ecosystems Platform (moderator)
- Dimitris Kouris, President, Larissa Chamber of Commerce and Industry
- Anna Zografou, Cluster Manager, Thessaly Food Cluster (Agrofood Thessaly)
- Nikos Papathanasiou, CEO, Volos Metal Technologies S.A.
- Sofia Christodoulou, Head of Cluster Programmes, Hellenic Development Bank
- Alexandra Moutsiou, Policy Advisor, Corallia – Hellenic Technology Clusters Initiative
- Tiago Marques, Director, COTEC Portugal (guest speaker, online)
- Beatrix Lindner, Policy Officer, DG GROW, European Commission (observer)

Rapporteur: Petros Galanis, TIEP.

## 3. Summary of the discussion

Regional Governor Konstantinos Agorastos opened the roundtable by recalling that Thessaly's economy lost almost a
fifth of its agricultural output in the floods of 2023 and that the recovery had been driven in large part by
cooperation between food processors, machinery makers and the university. "Our clusters were not born from a
policy document; they were born from necessity," he said.

Maria Liapi presented the results of the platform's mapping: 14 cluster initiatives in the region, of which only
four have a professional management team and a multi-year budget. Most depend on one or two projects at a time.

Anna Zografou described how the Thessaly Food Cluster helped 38 small dairies to share laboratory testing and to
enter the market for protected designation of origin cheeses in Germany and Austria. Nikos Papathanasiou spoke on
behalf of the metal industry in Volos and said that access to skilled welders and engineers is now a bigger
constraint than access to finance.

Sofia Christodoulou explained the guarantee instruments of the Hellenic Development Bank and said that clusters
could help banks assess the risk of small firms. Alexandra Moutsiou gave an overview of the national cluster
landscape and of the Greek cluster label. Tiago Marques compared the Portuguese experience with the competitiveness
clusters recognised by the government since 2017 and stressed the value of a stable national framework.

Beatrix Lindner explained the timetable of the review and encouraged the participants to submit their contribution
to the consultation, both individually and as a region.

## 4. Conclusions

1. Clusters in less developed regions are mostly project-based and fragile, and this weakens their ability to
   serve SMEs over time.
2. Skills are the main bottleneck for the industrial transition in Thessaly, ahead of finance.
3. The cooperation between the university, the Region and the clusters has been a decisive factor in the recovery.
4. A stable national framework, as in Portugal, gives clusters the visibility that EU programmes alone cannot.

## 5. Recommendations to the European Commission

1. Introduce a dedicated strand for cluster organisations in less developed and transition regions in the next
   cohesion policy, with multi-annual operating support
2. Allow clusters to act as intermediaries for the skills and training funds of the European Social Fund Plus
3. Simplify reporting for small cluster projects, with lump sums for projects below EUR 200,000
4. Ensure that the European Cluster Collaboration Platform publishes comparable data on cluster performance by
   region
5. Involve the regions and their cluster organisations in the preparation of the transition pathways for the
   industrial ecosystems

## 6. Follow-up

The conclusions will be submitted to the Commission consultation by TIEP on behalf of the Region of Thessaly before
30 June 2039. Eleni Tsiamita will present them at the Thessaly Development Forum in Volos on 14 June 2039, and the
Region will propose them to the Interregional Group on Industrial Regions of the European Committee of the Regions.

A follow-up roundtable is planned for the autumn of 2039 in Volos, together with the Magnesia Chamber of Commerce.

---

*Contact: Petros Galanis, Policy Officer, TIEP – p.galanis@tiep.example – +30 2410 000 555*
*The Thessaly Industrial Ecosystems Platform is a non-profit initiative of the Region of Thessaly and the
University of Thessaly. This document does not necessarily reflect the views of the European Commission.*

[Download PDF (412 KB)](/files/TIEP-RT-2039-03.pdf) · [Share on LinkedIn](#) · [Print](#)
"""
write(F, T)
gold(F,
 [P("Konstantinos Agorastos","Regional Governor of Thessaly"),
  P("Eleni Tsiamita","Deputy Regional Governor for Development and Entrepreneurship"),
  P("Georgios Karanikas","Vice-Rector for Research","University of Thessaly"),
  P("Maria Liapi","Director","Thessaly Industrial Ecosystems Platform"),
  P("Dimitris Kouris","President","Larissa Chamber of Commerce and Industry"),
  P("Anna Zografou","Cluster Manager","Thessaly Food Cluster"),
  P("Nikos Papathanasiou","CEO","Volos Metal Technologies S.A."),
  P("Sofia Christodoulou","Head of Cluster Programmes","Hellenic Development Bank"),
  P("Alexandra Moutsiou","Policy Advisor","Corallia – Hellenic Technology Clusters Initiative"),
  P("Tiago Marques","Director","COTEC Portugal"),
  P("Beatrix Lindner","Policy Officer","DG GROW"),
  P("Petros Galanis","Policy Officer","TIEP")],
 [O("Thessaly Industrial Ecosystems Platform","TIEP"), O("Region of Thessaly"), O("University of Thessaly"),
  O("Larissa Chamber of Commerce and Industry"), O("European Commission"), O("European Committee of the Regions"),
  O("Thessaly Food Cluster"), O("Volos Metal Technologies S.A."), O("Hellenic Development Bank"),
  O("Corallia – Hellenic Technology Clusters Initiative"), O("COTEC Portugal"), O("DG GROW"),
  O("Interregional Group on Industrial Regions"), O("Magnesia Chamber of Commerce"), O("European Cluster Collaboration Platform")],
 [E("Clusters and the next EU industrial policy – a view from the regions","2039-05-24",None,"Larissa","Greece"),
  E("Thessaly Development Forum","2039-06-14",None,"Volos","Greece"),
  E("follow-up roundtable","2039","2039","Volos","Greece")],
 ["2039-05-24","2039-06-06","2039-06-30","2039-10","2023","2017","2039-06-14","2039"],
 ["Clusters in less developed regions are mostly project-based and fragile, and this weakens their ability to serve SMEs over time",
  "Skills are the main bottleneck for the industrial transition in Thessaly, ahead of finance",
  "The cooperation between the university, the Region and the clusters has been a decisive factor in the recovery",
  "A stable national framework, as in Portugal, gives clusters the visibility that EU programmes alone cannot",
  "Introduce a dedicated strand for cluster organisations in less developed and transition regions in the next cohesion policy, with multi-annual operating support",
  "Allow clusters to act as intermediaries for the skills and training funds of the European Social Fund Plus",
  "Simplify reporting for small cluster projects, with lump sums for projects below EUR 200,000",
  "Ensure that the European Cluster Collaboration Platform publishes comparable data on cluster performance by region",
  "Involve the regions and their cluster organisations in the preparation of the transition pathways for the industrial ecosystems"],
 pub="2039-06-06")
