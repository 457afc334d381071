from h import *
F = 'g12_norrbotten_cluster_barometer-pdf.txt'
assert wd(2037,11,25)=='Wednesday' and wd(2038,1,20)=='Wednesday'
T = """Arctic Cluster Barometer 2037                                                         1
Survey of cluster organisations in Norrbotten and Västerbotten

ARCTIC CLUSTER BAROMETER 2037
Results of the annual survey of cluster organisations
in northern Sweden

Published by: Region Norrbotten, Department of Regional
Development, Luleå, in cooperation with Region Västerbot-
ten and Luleå University of Technology (LTU)
Report no. 2037:14 · December 2037

Authors: Elin Marakatt-Lindgren, analyst, Region Norr-
botten; Dr. Johan Päiviö, Luleå University of Technology;
Sanna Öhman, Region Västerbotten

Arctic Cluster Barometer 2037                                                         2

Foreword

This is the fourth edition of the Arctic Cluster Barometer.
The survey was sent to the managers of all 23 cluster
organisations and innovation networks in the two counties
between 15 September and 31 October 2037; 21 replied. The
results were discussed with the cluster managers at the
annual cluster managers' meeting in Skellefteå on Wednesday
25 November 2037.

The barometer is part of the regional development stra-
tegy Norrbotten 2030–2040 and is financed by the two
regions and by Vinnova, Sweden's innovation agency.

Kristina Aho-Sundberg
Head of Regional Development, Region Norrbotten

Arctic Cluster Barometer 2037                                                         3

1 Who answered

The clusters in the survey range from the large Arctic
Green Steel Cluster, with 140 member companies around the
new steel and hydrogen plants in Luleå and Boden, and the
battery cluster Northvolt Ecosystem Network in Skellefteå,
to small networks such as Swedish Lapland Visitors Board
and the Arctic Food Network in Överkalix. Ten of the clus-
ter managers have been in their job for less than two
years.

2 Key findings

- Total membership grew by 18 per cent, mainly because of
new suppliers to the green steel and battery industries
- Recruitment of skilled staff is named as the biggest
challenge by 19 of 21 clusters
- Only six clusters have more than three years of secured
funding
- Cooperation between clusters in the two counties has
increased, but is still mostly informal
- Clusters in tourism and food feel left out of the large
industrial investments

"We spend more time on recruitment than on innovation
projects," said Malin Stenberg, manager of the Arctic Green
Steel Cluster, at the meeting in Skellefteå. Several mana-
gers also pointed out that housing shortages in Luleå,
Boden and Skellefteå make it hard to attract engineers from
the south of Sweden and from abroad, and asked the regions
to treat housing as part of cluster policy.

3 Comparison with earlier editions

Edition   Responses   Members (total)   Secured funding > 3 yrs
2034      17          1,210             4
2035      19          1,480             5
2036      20          1,690             5
2037      21          1,995             6

Arctic Cluster Barometer 2037                                                         4

4 Recommendations

Based on the findings and on the discussion in Skellefteå,
the authors recommend that the two regions:

1. Offer cluster organisations multi-year agreements of at
least three years in the next regional programme
2. Set up a joint talent attraction campaign for the clusters
of both counties
3. Create a small fund for joint projects between clusters
in different sectors
4. Involve the tourism and food clusters in the planning of
the new industrial areas

5 Next steps

The results will be presented to the regional
development committee of Region Norrbotten on 20 January 2038
and at the Arctic Business Forum in Luleå on 10–11 March
2038. The fifth barometer will be carried out in autumn
2038.

Contact: Elin Marakatt-Lindgren, elin.marakatt-lindgren@
norrbotten.example.se

Region Norrbotten · Kungsgatan 13, 971 25 Luleå · www.norr-
botten.example.se

Arctic Cluster Barometer 2037                                                         5
"""
write(F, T)
gold(F,
 [P("Elin Marakatt-Lindgren","analyst","Region Norrbotten"),
  P("Johan Päiviö",None,"Luleå University of Technology"),
  P("Sanna Öhman",None,"Region Västerbotten"),
  P("Malin Stenberg","manager","Arctic Green Steel Cluster"),
  P("Kristina Aho-Sundberg","Head of Regional Development","Region Norrbotten")],
 [O("Region Norrbotten"), O("Department of Regional Development"), O("Region Västerbotten"),
  O("Luleå University of Technology","LTU"), O("Vinnova"), O("Arctic Green Steel Cluster"),
  O("Northvolt Ecosystem Network"), O("Swedish Lapland Visitors Board"), O("Arctic Food Network"),
  O("regional development committee")],
 [E("cluster managers' meeting","2037-11-25",None,"Skellefteå","Sweden"),
  E("regional development committee","2038-01-20",None,None,None),
  E("Arctic Business Forum","2038-03-10","2038-03-11","Luleå","Sweden")],
 ["2037-12","2037-09-15/2037-10-31","2037-11-25","2030/2040","2034","2035","2036","2037","2038-01-20","2038-03-10/2038-03-11","2038"],
 ["Total membership grew by 18 per cent, mainly because of new suppliers to the green steel and battery industries",
  "Recruitment of skilled staff is named as the biggest challenge by 19 of 21 clusters",
  "Only six clusters have more than three years of secured funding",
  "Cooperation between clusters in the two counties has increased, but is still mostly informal",
  "Clusters in tourism and food feel left out of the large industrial investments",
  "Offer cluster organisations multi-year agreements of at least three years in the next regional programme",
  "Set up a joint talent attraction campaign for the clusters of both counties",
  "Create a small fund for joint projects between clusters in different sectors",
  "Involve the tourism and food clusters in the planning of the new industrial areas"],
 pub="2037-12")
