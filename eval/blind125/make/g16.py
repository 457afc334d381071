from h import *
F = 'g16_lower_silesia_policy_brief.txt'
assert wd(2042,2,26)=='Wednesday'
T = """POLICY BRIEF No. 3/2042
Lower Silesian Cluster Observatory
Wrocław, March 2042

CLUSTERS AND THE DEFENCE AND SECURITY SUPPLY CHAIN IN LOWER SILESIA
Findings of a study and recommendations for regional policy

Published by the Lower Silesian Agency for Economic Cooperation (DAWG / Dolnośląska Agencja Współpracy Gospodarczej sp. z o.o.) on behalf of the Marshal's Office of the Lower Silesian Voivodeship, Department of Economic Development
Release date: 5 March 2042

Summary

Between June and December 2041 the Lower Silesian Cluster Observatory studied how the region's cluster organisations can help local manufacturers enter defence, security and dual-use supply chains. The study was led by Dr hab. Agnieszka Wróblewska-Zając of the Wrocław University of Economics and Business, with Michał Lewandowski and Jolanta Kühn-Sobczak from DAWG. It covered 14 cluster organisations, including the Lower Silesian Aviation Cluster, the NUTRIBIOMED Cluster, the ICT cluster ITCorner and the Wałbrzych metal and machinery cluster KLASTER-MET, and 126 of their member companies.

The preliminary findings were presented at an expert workshop in the Wrocław Technology Park on Wednesday 26 February 2042, attended by 48 representatives of companies, clusters, the Polish Armaments Group (PGZ) and the Polish Agency for Enterprise Development (PARP).

Context

Since 2039 European and national spending on defence and civil security has grown strongly. At the same time many Lower Silesian suppliers of automotive parts face falling orders. The Regional Innovation Strategy for Lower Silesia 2036–2042 mentions security technologies only briefly. Regional policy makers therefore asked whether clusters could act as a bridge between small manufacturers and the large integrators.

Main findings

- Nine of the 14 clusters already have members that supply components for defence or security products, usually without knowing the final use
- Certification (AQAP, security clearance, export control) is the main barrier named by 71 per cent of the companies
- Clusters rarely share information about tenders because members see each other as competitors
- The large integrators want fewer, more capable suppliers and look for groups of companies that can deliver complete sub-assemblies
- Cooperation with clusters in Saxony and in the Czech Liberec and Hradec Králové regions is growing, but mostly in civil markets

Recommendations

The Observatory recommends that the Marshal's Office:
1. Funds a joint certification support service for cluster members, run by DAWG with two or three clusters
2. Launches a pilot "supplier consortia" scheme that helps groups of three to five SMEs bid together
3. Includes security and dual-use technologies as a horizontal theme in the next Regional Innovation Strategy
4. Sets up a regular dialogue between clusters and the large integrators, at least twice a year

Quotes from the workshop

"Our members make precise parts for cars and aircraft. The same skills are needed in defence, but the paperwork is a different world," said Tomasz Żurawski, President of the Board of the Lower Silesian Aviation Cluster. Grażyna Oberländer-Kwiatkowska, Director of the Department of Economic Development, said that the recommendations would be discussed by the Board of the Lower Silesian Voivodeship on 12 March 2042.

Next steps

The full study (96 pages, in Polish with an English summary) is available on the Observatory's website. A follow-up conference, "Security Industry Day Lower Silesia", is planned for October 2042 in Wałbrzych. Earlier policy briefs dealt with hydrogen clusters (No. 1/2041) and cluster internationalisation (No. 2/2041).

Contact: Lower Silesian Cluster Observatory, obserwatorium@dawg.example.pl, ul. Ostrowskiego 7, 53-238 Wrocław

This policy brief reflects the views of the authors. Co-financed from the regional programme European Funds for Lower Silesia 2035–2041.
"""
write(F, T)
D_="Lower Silesian Agency for Economic Cooperation"
gold(F,
 [P("Agnieszka Wróblewska-Zając",None,"Wrocław University of Economics and Business"),
  P("Michał Lewandowski",None,"DAWG"),
  P("Jolanta Kühn-Sobczak",None,"DAWG"),
  P("Tomasz Żurawski","President of the Board","Lower Silesian Aviation Cluster"),
  P("Grażyna Oberländer-Kwiatkowska","Director","Department of Economic Development")],
 [O("Lower Silesian Cluster Observatory"), O(D_,"DAWG"),
  O("Marshal's Office of the Lower Silesian Voivodeship"), O("Department of Economic Development"),
  O("Wrocław University of Economics and Business"), O("Lower Silesian Aviation Cluster"), O("NUTRIBIOMED Cluster"),
  O("ITCorner"), O("KLASTER-MET"), O("Polish Armaments Group","PGZ"),
  O("Polish Agency for Enterprise Development","PARP"), O("Board of the Lower Silesian Voivodeship")],
 [E("expert workshop","2042-02-26",None,"Wrocław","Poland"),
  E("Board of the Lower Silesian Voivodeship","2042-03-12",None,None,None),
  E("Security Industry Day Lower Silesia","2042-10",None,"Wałbrzych","Poland")],
 ["2042-03","2042-03-05","2041-06/2041-12","2042-02-26","2039","2036/2042","2042-03-12","2042-10","2035/2041"],
 ["Nine of the 14 clusters already have members that supply components for defence or security products, usually without knowing the final use",
  "Certification (AQAP, security clearance, export control) is the main barrier named by 71 per cent of the companies",
  "Clusters rarely share information about tenders because members see each other as competitors",
  "The large integrators want fewer, more capable suppliers and look for groups of companies that can deliver complete sub-assemblies",
  "Cooperation with clusters in Saxony and in the Czech Liberec and Hradec Králové regions is growing, but mostly in civil markets",
  "Funds a joint certification support service for cluster members, run by DAWG with two or three clusters",
  "Launches a pilot \"supplier consortia\" scheme that helps groups of three to five SMEs bid together",
  "Includes security and dual-use technologies as a horizontal theme in the next Regional Innovation Strategy",
  "Sets up a regular dialogue between clusters and the large integrators, at least twice a year"],
 pub="2042-03-05")
