from h import *
F = 'g08_banat_automotive_cluster_peer_review-pdf.txt'
H = "Peer Review Report – Banat Automotive & Mobility Cluster                    November 2034"
T = H + """

PEER REVIEW OF THE
BANAT AUTOMOTIVE & MOBILITY CLUSTER (BAMC)
Timișoara, Romania

Final report of the peer review team
Review visit: 17–19 October 2034
Report submitted: 24 November 2034

Peer review team
Dr. Franziska Oberhuber-Lenz, Managing Director, Automotive Cluster Upper Styria (team leader)
Ing. Tomáš Hruška, Ph.D., Head of Internationalisation, Moravian Automotive Cluster, z.s.
Ana Beatriz Fonseca, Cluster Manager, Mobinov – Associação do Cluster Automóvel
Rapporteur: Gábor Szentpéteri-Nagy, Senior Analyst, Pannon Regional Development Agency Nonprofit Kft.

1. Introduction

This report presents the results of the peer review of the Banat Automotive & Mobility Cluster (BAMC), the cluster or-
ganisation for the automotive and mobility industries in Timiș, Arad and Caraș-Severin counties. The review was request-
ed by the cluster's board in March 2034 as part of the preparation of its strategy for 2035–2039 and was organised under
the peer learning scheme of the Danube Cluster Network.

BAMC is registered as an association (Asociația Clusterul Auto și Mobilitate Banat) and has 96 members: 71 companies, 
Universitatea Politehnica Timișoara, the West University of Timișoara, two vocational schools, the Timiș County Council 
and the Agenția pentru Dezvoltare Regională Vest (ADR Vest). It is led by Prof. Dr. Ing. Radu-Mihai Popovici, President,
and managed by Ioana Crăciun-Weber, Executive Director, with a team of six.

2. Method

Before the visit, the cluster completed a self-assessment following the review grid agreed in the network. During
the three-day visit in Timișoara and Arad, the team held 19 interviews and two focus groups with 23 member companies,
visited four member plants and met representatives of ADR Vest and of the Ministry of Economy. The first findings were
presented to the board on 19 October 2034 and discussed in an open session with members.

────────────────────────────────────────────────────────────────────────────────
                                                                             Page 1 of 3
""" + H + """

3. Strengths

The team identified the following strengths:
- The cluster enjoys strong trust among members, who describe the office team as competent, fast and neutral.
- Cooperation with the two universities is well established, with joint laboratories and more than 40 company-funded theses per year.
- The dual vocational training programme set up with member companies and vocational schools is a model for the country.
- The cluster's finances are healthy, with membership fees covering 46% of the budget.
- The cluster is visible at national level and is regularly consulted by the Ministry of Economy.

4. Areas for improvement

The team identified the following areas for improvement:
- The strategy is broad and does not set clear priorities between the electrification, software and traditional supply chain topics.
- Small suppliers of the second and third tier are under-represented in the board and in the working groups.
- International activities depend on a few large members and on personal contacts of the President.
- The cluster does not yet measure the results of its services in a systematic way.
- Members in Caraș-Severin county feel far from the cluster's activities, which take place almost only in Timișoara.

5. Observations from the interviews

Many interviewees underlined that the transition to electric vehicles is the main chal-
lenge for the region's suppliers. Several of the larger plants depend on components for com-
bustion engines, and their headquarters will decide within a few years where new products
will be made. Small firms said they expect the cluster to help them find new customers out-
side the automotive sector, for example in rail, agricultural machinery and defence.

The team also noted a good atmosphere between competing companies. Purchasing managers of 
large members took part in the focus groups together with small suppliers and spoke openly 
about their expectations.

────────────────────────────────────────────────────────────────────────────────
                                                                             Page 2 of 3
""" + H + """

6. Recommendations

1. Focus the strategy 2035–2039 on no more than three priorities and link each to measurable targets.
2. Reserve at least two board seats for small and medium-sized suppliers.
3. Build an internationalisation plan that relies on the office team and on partner clusters rather than on individuals.
4. Introduce a yearly members' survey and a simple dashboard of service results.
5. Hold at least a quarter of the cluster's events in Arad and Reșița.

7. Follow-up

The cluster's board discussed this report on 21 November 2034 and agreed to take the recom-
mendations into account in its new strategy, which will be put to the General Assembly in 
March 2035. A follow-up meeting with the peer review team is planned for autumn 2035. The 
team thanks the members, the office team and the hosts of the company visits, in particular 
Continental Automotive Romania SRL, Banat Cabluri SRL and Hella Romania SRL.

The Danube Cluster Network will publish a summary of this review together with those of 
the other clusters reviewed in 2034 in its annual peer learning report.

Contact: Ioana Crăciun-Weber, office@bamc.example.ro, +40 256 000 000
Banat Automotive & Mobility Cluster, Calea Aradului 1, 300000 Timișoara

────────────────────────────────────────────────────────────────────────────────
                                                                             Page 3 of 3
"""
write(F, T)
S = ["The cluster enjoys strong trust among members, who describe the office team as competent, fast and neutral",
 "Cooperation with the two universities is well established, with joint laboratories and more than 40 company-funded theses per year",
 "The dual vocational training programme set up with member companies and vocational schools is a model for the country",
 "The cluster's finances are healthy, with membership fees covering 46% of the budget",
 "The cluster is visible at national level and is regularly consulted by the Ministry of Economy",
 "The strategy is broad and does not set clear priorities between the electrification, software and traditional supply chain topics",
 "Small suppliers of the second and third tier are under-represented in the board and in the working groups",
 "International activities depend on a few large members and on personal contacts of the President",
 "The cluster does not yet measure the results of its services in a systematic way",
 "Members in Caraș-Severin county feel far from the cluster's activities, which take place almost only in Timișoara",
 "Focus the strategy 2035–2039 on no more than three priorities and link each to measurable targets",
 "Reserve at least two board seats for small and medium-sized suppliers",
 "Build an internationalisation plan that relies on the office team and on partner clusters rather than on individuals",
 "Introduce a yearly members' survey and a simple dashboard of service results",
 "Hold at least a quarter of the cluster's events in Arad and Reșița"]
gold(F,
 [P("Franziska Oberhuber-Lenz","Managing Director","Automotive Cluster Upper Styria"),
  P("Tomáš Hruška","Head of Internationalisation","Moravian Automotive Cluster, z.s."),
  P("Ana Beatriz Fonseca","Cluster Manager","Mobinov – Associação do Cluster Automóvel"),
  P("Gábor Szentpéteri-Nagy","Senior Analyst","Pannon Regional Development Agency Nonprofit Kft."),
  P("Radu-Mihai Popovici","President","BAMC"),
  P("Ioana Crăciun-Weber","Executive Director","BAMC")],
 [O("Banat Automotive & Mobility Cluster","BAMC"),
  O("Automotive Cluster Upper Styria"), O("Moravian Automotive Cluster, z.s."), O("Mobinov – Associação do Cluster Automóvel"),
  O("Pannon Regional Development Agency Nonprofit Kft."), O("Danube Cluster Network"), O("Universitatea Politehnica Timișoara"),
  O("West University of Timișoara"), O("Timiș County Council"), O("Agenția pentru Dezvoltare Regională Vest","ADR Vest"),
  O("Ministry of Economy"), O("Continental Automotive Romania SRL"), O("Banat Cabluri SRL"), O("Hella Romania SRL")],
 [E("Review visit","2034-10-17","2034-10-19","Timișoara, Arad","Romania"), E("open session with members","2034-10-19"),
  E("General Assembly","2035-03"), E("follow-up meeting with the peer review team","2035")],
 ["2034-11","2034-10-17/2034-10-19","2034-11-24","2034-03","2035/2039","2034-10-19","2034-11-21","2035-03","2035","2034"],
 S, pub="2034-11-24")
