from h import *
F = 'g09_eucn_position_paper_cluster_policy-pdf.txt'
assert wd(2039,2,28)=='Monday' and wd(2039,3,15)=='Tuesday'
T = """European Network of Industrial Clusters (ENIC)
Position Paper | February 2039
                                                            1

CLUSTERS FOR A RESILIENT SINGLE MARKET
Position of the European Network of Industrial Clusters on the post-2041 cluster policy framework

Adopted by the ENIC General Assembly in Brussels on 28 February 2039

Contents
1. Introduction .......................................... 2
2. Where we stand ........................................ 2
3. Key messages ......................................... 3
4. Recommendations to the European Commission and Member States .. 4
Annex: Signatories ...................................... 5

ENIC Position Paper – Clusters for a resilient Single Market                 2

1. Introduction
The European Network of Industrial Clusters (ENIC) brings together 212 cluster organisa-
tions from 24 Member States and four associated countries, representing more than 61 000
companies, of which around 85 % are SMEs. This paper responds to the consultation launched
by the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG
GROW) on the future of cluster policy after the end of the current multiannual financial
framework in 2041. It was prepared by the ENIC Policy Working Group, chaired by Dr Elena
Vasilescu-Marin, and adopted by the General Assembly.

2. Where we stand                              Cluster organisations have proven their
Since the adoption of the European              value during successive supply shocks. In
Cluster Strategy of 2036, the landscape         2037, ENIC members coordinated more than
has changed considerably. Clusters are no       1 400 supplier-matching requests following
longer seen only as local networks but as       the disruption of rare-earth imports.
instruments of industrial resilience.           Nevertheless, funding for cluster manage-
                                                ment remains fragmented and short-term.

The experience of recent years also shows that clusters act as a first point of contact for
SMEs facing new regulation. Members handled several thousand requests on the carbon border
adjustment mechanism, on due diligence obligations and on the new ecodesign rules. Such
advisory work is rarely eligible under project-based funding, although it is exactly what
SMEs value most. A large share of cluster managers also report that they spend more time on
the preparation and reporting of projects than on the delivery of services to members.

Our members report that on average 38 % of their budget depends on projects with a dura-
tion of less than three years. This limits their capacity to retain qualified staff and to
plan long-term services. The European Observatory for Clusters and Industrial Change
(EOCIC) has confirmed in its 2038 report that cluster organisations with stable core fund-
ing provide significantly more internationalisation and skills services to their members.

ENIC Position Paper – Clusters for a resilient Single Market                 3

3. Key messages
ENIC members wish to underline the following key messages:
• Clusters are strategic infrastructure for the Single Market and should be recognised as such in the next industrial policy framework.
• Stable multi-annual core funding for cluster organisations is a precondition for quality services to SMEs.
• Cluster partnerships across borders are the fastest route to resilient European value chains.
• The green and digital transition of SMEs happens on the ground, through trusted intermediaries such as clusters.
• Administrative burden in EU calls must be reduced so that smaller cluster organisations can take part.

As underlined by ENIC President Jan-Willem Ostendorp at the General Assembly: "We do
not ask for new money for its own sake. We ask for predictability, so that the cluster man-
ager can plan beyond the next call deadline."

ENIC Position Paper – Clusters for a resilient Single Market                 4

4. Recommendations to the European Commission and Member States
ENIC recommends:
1. Establish a dedicated cluster excellence strand in the next Single Market Programme, with grants of at least five years.
2. Introduce a European Cluster Resilience Facility able to mobilise cluster partnerships within weeks in case of supply disruption.
3. Align regional smart specialisation strategies with European cluster partnerships through joint calls.
4. Simplify reporting by accepting lump sums and unit costs for all cluster-related actions.
5. Involve cluster networks formally in the governance of the Industrial Forum.

ENIC will present this position at the European Cluster Conference in Vilnius on 15 March
2039 and invites Members of the European Parliament, national ministries and regional
authorities to a follow-up roundtable in Brussels in May 2039.

For further information: Ms Sofie Lindqvist, Secretary-General, ENIC Secretariat, Rue
Belliard 40, 1040 Brussels – secretariat@enic.example.eu

ENIC Position Paper – Clusters for a resilient Single Market                 5

Annex: Signatories (extract)
Alsace BioValley (France) – Cluster Mecatronic Brasov (Romania) – Flanders Food (Bel-
gium) – Lithuanian Laser Association (Lithuania) – Mobility Cluster Styria (Austria) –
Öresund Food Network (Sweden/Denmark) – Plastics Cluster of Slovenia (Slovenia) – Silicon
Saxony (Germany) – Tampere Robotics Hub (Finland) – Basque Energy Cluster (Spain) – …

Board of ENIC 2037–2040: Jan-Willem Ostendorp (President), Elena Vasilescu-Marin (Vice-
President), Tomasz Grabowski (Treasurer), Marta Ferreira Lopes, Klaus Eberharter, Aino Virtanen.

© ENIC 2039. Reproduction is authorised provided the source is acknowledged.
                                                            5
"""
write(F, T)
gold(F,
 [P("Elena Vasilescu-Marin","chair","ENIC Policy Working Group"),
  P("Jan-Willem Ostendorp","President","European Network of Industrial Clusters"),
  P("Sofie Lindqvist","Secretary-General","ENIC Secretariat"),
  P("Tomasz Grabowski","Treasurer","ENIC"),
  P("Marta Ferreira Lopes",None,"ENIC"), P("Klaus Eberharter",None,"ENIC"), P("Aino Virtanen",None,"ENIC")],
 [O("European Network of Industrial Clusters","ENIC"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("ENIC Policy Working Group"), O("European Observatory for Clusters and Industrial Change","EOCIC"),
  O("European Commission"), O("European Parliament"), O("ENIC Secretariat"),
  O("Alsace BioValley"), O("Cluster Mecatronic Brasov"), O("Flanders Food"), O("Lithuanian Laser Association"),
  O("Mobility Cluster Styria"), O("Öresund Food Network"), O("Plastics Cluster of Slovenia"), O("Silicon Saxony"),
  O("Tampere Robotics Hub"), O("Basque Energy Cluster"), O("Industrial Forum")],
 [E("ENIC General Assembly","2039-02-28",None,"Brussels","Belgium"),
  E("European Cluster Conference","2039-03-15",None,"Vilnius","Lithuania"),
  E("follow-up roundtable","2039-05",None,"Brussels","Belgium")],
 ["2039-02","2039-02-28","2041","2036","2037","2038","2039-03-15","2039-05","2037/2040"],
 ["Clusters are strategic infrastructure for the Single Market and should be recognised as such in the next industrial policy framework",
  "Stable multi-annual core funding for cluster organisations is a precondition for quality services to SMEs",
  "Cluster partnerships across borders are the fastest route to resilient European value chains",
  "The green and digital transition of SMEs happens on the ground, through trusted intermediaries such as clusters",
  "Administrative burden in EU calls must be reduced so that smaller cluster organisations can take part",
  "Establish a dedicated cluster excellence strand in the next Single Market Programme, with grants of at least five years",
  "Introduce a European Cluster Resilience Facility able to mobilise cluster partnerships within weeks in case of supply disruption",
  "Align regional smart specialisation strategies with European cluster partnerships through joint calls",
  "Simplify reporting by accepting lump sums and unit costs for all cluster-related actions",
  "Involve cluster networks formally in the governance of the Industrial Forum"], pub="2039-02-28")
