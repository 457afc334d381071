from h import *
F = 'g14_lodz_textile_position_paper.txt'
assert wd(2039,5,20)=='Friday' and wd(2039,6,14)=='Tuesday'
T = """POSITION PAPER
Łódź Textile and Fashion Cluster (ŁTFC) – Łódzki Klaster Tekstylno-Modowy
on the review of the EU transition pathway for the textiles ecosystem

Łódź, 20 May 2039
Reference: ŁTFC/PP/04/2039

1. WHO WE ARE

The Łódź Textile and Fashion Cluster was founded in 2030 and brings together 96 members: spinning and weaving mills, garment producers, fashion designers, recyclers, the Łódź University of Technology (Politechnika Łódzka) with its Faculty of Material Technologies and Textile Design, and the Łódź Special Economic Zone. The cluster is a member of the National Key Cluster network and of the European textile cluster alliance TEXCLUSTERS EU.

This paper was prepared by the cluster's policy working group (chair: Dr. hab. Joanna Zielińska-Moreau, Łódź University of Technology) and adopted at the Management Board meeting on Friday 20 May 2039. It responds to the European Commission's call for evidence on the review of the transition pathway for the textiles ecosystem, which closes on 30 June 2039.

2. CONTEXT

The Łódź region lost more than 100,000 textile jobs after 1990. Today the sector is smaller but more specialised: technical textiles for medicine and construction, small-series fashion and, increasingly, textile recycling. In a survey of our members carried out in March and April 2039, 68 percent said that the EU rules on extended producer responsibility for textiles will change their business model within three years, but only 15 percent felt prepared.

At the cluster's spring forum in the EC1 Łódź – City of Culture complex on 12 April 2039, members discussed the draft of this paper with Katarzyna Bąk-Lindholm, Deputy Director of the Department of Economy of the Marshal's Office of the Łódzkie Voivodeship, and with Javier Morales Ibáñez, cluster manager of the Valencian textile cluster ATEVAL Cluster. The discussion showed that sorting and recycling capacity, not design, is the weakest link in the regional value chain. Several producers reported that they already pay to send offcuts to recyclers in Germany and the Netherlands, although the material could be processed a few kilometres away if a local plant existed. Designers, in turn, asked for a shared database of recycled fibres available in the region.

3. OUR RECOMMENDATIONS

The cluster asks the European Commission and the Member States to consider the following recommendations:

First, treat regional textile clusters as delivery partners of the transition pathway, with access to the pathway's stakeholder platform and a role in monitoring progress.

Second, support the creation of regional sorting and recycling hubs in former textile regions, combining cohesion funds with private investment.

Third, ensure that the new rules on extended producer responsibility do not favour large brands over small producers, for instance through simplified collective schemes run by clusters.

Fourth, fund skills programmes for textile technicians and recycling operators, a profession that hardly exists in vocational education today.

Finally, keep the textile ecosystem on the agenda of the European Cluster Collaboration Platform and launch a call for European Strategic Cluster Partnerships in textiles.

4. CONTACT AND SIGNATURES

For the Management Board of the Łódź Textile and Fashion Cluster:

Michał Wróbel
President of the Management Board
(CEO, Wróbel Tkaniny Techniczne Sp. z o.o.)

Anna-Sophie Kaczmarek
Vice-President of the Management Board

Contact: Paulina Sowa, Cluster Coordinator, ul. Piotrkowska 128, 90-006 Łódź, biuro@ltfc.example.pl

The cluster will present this paper at the EU Textiles Ecosystem Stakeholder Day in Brussels on Tuesday 14 June 2039.

-- page 2 of 2 --
"""
write(F, T)
L="Łódź Textile and Fashion Cluster"
gold(F,
 [P("Joanna Zielińska-Moreau","chair",L),
  P("Katarzyna Bąk-Lindholm","Deputy Director of the Department of Economy","Marshal's Office of the Łódzkie Voivodeship"),
  P("Javier Morales Ibáñez","cluster manager","ATEVAL Cluster"),
  P("Michał Wróbel","President of the Management Board",L),
  P("Anna-Sophie Kaczmarek","Vice-President of the Management Board",L),
  P("Paulina Sowa","Cluster Coordinator",L)],
 [O(L,"ŁTFC"), O("Łódź University of Technology"), O("Faculty of Material Technologies and Textile Design"),
  O("Łódź Special Economic Zone"), O("National Key Cluster"), O("TEXCLUSTERS EU"), O("European Commission"),
  O("Department of Economy"), O("Marshal's Office of the Łódzkie Voivodeship"), O("ATEVAL Cluster"),
  O("European Cluster Collaboration Platform"), O("Wróbel Tkaniny Techniczne Sp. z o.o.")],
 [E("Management Board meeting","2039-05-20",None,None,None),
  E("spring forum","2039-04-12",None,"Łódź","Poland"),
  E("EU Textiles Ecosystem Stakeholder Day","2039-06-14",None,"Brussels","Belgium")],
 ["2039-05-20","2030","2039-06-30","1990","2039-03/2039-04","2039-04-12","2039-06-14"],
 ["treat regional textile clusters as delivery partners of the transition pathway, with access to the pathway's stakeholder platform and a role in monitoring progress",
  "support the creation of regional sorting and recycling hubs in former textile regions, combining cohesion funds with private investment",
  "ensure that the new rules on extended producer responsibility do not favour large brands over small producers, for instance through simplified collective schemes run by clusters",
  "fund skills programmes for textile technicians and recycling operators, a profession that hardly exists in vocational education today",
  "keep the textile ecosystem on the agenda of the European Cluster Collaboration Platform and launch a call for European Strategic Cluster Partnerships in textiles"],
 pub="2039-05-20")
