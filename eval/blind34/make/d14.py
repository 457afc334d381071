from common import *
T = """Water Technology Clusters in the Baltic Sea Region: Mapping Capabilities and Cooperation Potential
Final study report – commissioned by Danish Water Cluster (DWC)
Copenhagen, 30 January 2035

Authors
Mette Kjærgaard Holm (lead author), senior analyst, Kattegat Analytics ApS
Jonas Åberg, analyst, Kattegat Analytics ApS
Dr. Agnieszka Wróbel-Nowak, associate professor, Gdańsk University of Technology
Sigurður Þórsson, independent expert

Acknowledgements

This study was commissioned by Danish Water Cluster (DWC) and financed by the Danish Industry Foundation. We are
grateful to the members of the steering group who guided the work between April and November 2034: Lars Bech
Mortensen (chair of the steering group; CEO, DWC), Pernille Søndergaard (Danish Business Authority), and Henrik
Friis-Olesen (Østjysk Vand A/S).

We thank the 38 cluster managers and company representatives who gave interviews, in particular Kristiina
Lepik (Estonian Water Technology Cluster), Tomasz Zieliński (Pomeranian Water Cluster "Aqua-Pomerania") and
Ulla Mäkinen-Rask (Finnish Water Tech Network). Valuable comments on the draft were received from Dr. Bernd von
Arnim (Fraunhofer Institute for Environmental, Safety and Energy Technology UMSICHT) and from Sofia Lindahl, policy
officer at DG ENV, European Commission, during the validation workshop in Copenhagen on 3 December 2034.

Layout: Studio Fyrtårn. Cover photo: DWC / Niels Aagaard.

The views expressed are those of the authors and do not necessarily reflect those of the Danish Industry
Foundation or the European Commission.

Key recommendations
1. Create a Baltic water-technology cluster partnership with a shared test-bed catalogue by 2036.
2. Align the national export-promotion schemes of Denmark, Finland and Poland for water-utility tenders.
3. Involve utilities as first buyers in cluster projects from the start.
"""
D="Danish Water Cluster"
save("DWC_Baltic-water-tech-clusters-study_2035_front-matter.txt", T, "2035-01-30",
 [P("Mette Kjærgaard Holm","senior analyst","Kattegat Analytics ApS"),
  P("Jonas Åberg","analyst","Kattegat Analytics ApS"),
  P("Agnieszka Wróbel-Nowak","associate professor","Gdańsk University of Technology"),
  P("Sigurður Þórsson","independent expert",None),
  P("Lars Bech Mortensen","CEO",D),
  P("Pernille Søndergaard",None,"Danish Business Authority"),
  P("Henrik Friis-Olesen",None,"Østjysk Vand A/S"),
  P("Kristiina Lepik",None,"Estonian Water Technology Cluster"),
  P("Tomasz Zieliński",None,"Pomeranian Water Cluster \"Aqua-Pomerania\""),
  P("Ulla Mäkinen-Rask",None,"Finnish Water Tech Network"),
  P("Bernd von Arnim",None,"Fraunhofer Institute for Environmental, Safety and Energy Technology UMSICHT"),
  P("Sofia Lindahl","policy officer","DG ENV"),
  P("Niels Aagaard",None,D)],
 [O(D,"DWC"),O("Kattegat Analytics ApS"),O("Gdańsk University of Technology"),O("Danish Industry Foundation"),
  O("Danish Business Authority"),O("Østjysk Vand A/S"),O("Estonian Water Technology Cluster"),
  O("Pomeranian Water Cluster \"Aqua-Pomerania\""),O("Finnish Water Tech Network"),
  O("Fraunhofer Institute for Environmental, Safety and Energy Technology UMSICHT"),
  O("DG ENV"),O("European Commission"),O("Studio Fyrtårn")],
 [E("validation workshop","2034-12-03","2034-12-03","Copenhagen","Denmark")],
 ["2035-01-30","2034-04/2034-11","2034-12-03","2036"],
 ["Create a Baltic water-technology cluster partnership with a shared test-bed catalogue by 2036",
  "Align the national export-promotion schemes of Denmark, Finland and Poland for water-utility tenders",
  "Involve utilities as first buyers in cluster projects from the start"])
