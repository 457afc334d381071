from h import *
F = 'g13_aachen_cluster_barometer_findings.txt'
assert wd(2040,11,20)=='Tuesday' and wd(2041,1,14)=='Monday'
T = """CLUSTER BAROMETER NRW 2040 – KEY FINDINGS
Short report for cluster managers, ministries and partners
==========================================================

Published by: Netzwerkagentur Cluster.NRW GmbH, Aachen
Date: 5 November 2040
Authors: Dr. Friederike von Rosenthal-Ahmadi (Head of Analysis), Jonas ter Horst, Aylin Demirtaş
Reviewed by: Prof. Dr. Ulrich zu Stolberg, RWTH Aachen University, Chair of Regional Economics

ABOUT THE SURVEY
The Cluster Barometer is the annual survey of cluster organisations and networks in North Rhine-Westphalia. This fifth round ran from 1 June to 15 September 2040. 126 cluster and network managers answered (response rate 71%), together with 1,480 member companies who completed a shorter questionnaire. Results are compared with the rounds of 2036, 2037, 2038 and 2039.

The Barometer is commissioned by the Ministry of Economic Affairs, Industry, Climate Action and Energy of the State of North Rhine-Westphalia (MWIKE NRW) and is part of the state's cluster strategy 2036–2042.

WHO ANSWERED
- 38% of the organisations are industry-led clusters, 44% regional networks run by economic development agencies, 18% university-based networks
- The median cluster has 84 members, of which 61 are SMEs
- Staff: 3.6 full-time equivalents on average, down from 4.1 in 2037

KEY FINDINGS
1. Energy and raw-material costs have replaced skills as the top concern of member companies for the first time (named by 58%, skills by 51%)
2. Clusters have become the main entry point for SMEs into decarbonisation projects: 43% of member companies took part in at least one cluster activity on energy or circularity in the last year
3. Financing of cluster management remains fragile; 37% of managers expect their budget to fall in 2041
4. Data and AI services are offered by only one cluster in five, although 64% of members ask for them
5. Cooperation across clusters grew: 72% of managers ran at least one joint project with another cluster, against 49% in 2036
6. International activity has stagnated since 2038 and is concentrated in the Rhineland and the Ruhr

WHAT MANAGERS SAID
"Our members no longer ask whether to decarbonise but how to pay for it," said one manager of a metalworking network in South Westphalia. Another, from a food cluster in Münsterland, noted that "every new programme wants a new consortium, and the same ten companies answer every time".

WHAT HAPPENS NEXT
The results were first presented to the Cluster Managers' Conference NRW in Essen on 30 October 2040. They will be discussed in a webinar for cluster managers:

  Webinar "Cluster Barometer 2040 – what the numbers mean for your cluster"
  Tuesday 20 November 2040, 10:00–11:30 (online, MS Teams)
  Speakers: Dr. Friederike von Rosenthal-Ahmadi; Heike Schulte-Brömmelkamp, Head of the Cluster Policy Unit, MWIKE NRW; Mehmet Yılmaz, Managing Director, Automotive Cluster Ruhr e.V.
  Registration by 16 November via the agency's website.

A strategic dialogue with the Ministry on the next cluster strategy will follow on Monday 14 January 2041 in Düsseldorf.

PREVIOUS EDITIONS
2036 – pilot round (58 respondents)
2037 – first full round, focus on skills
2038 – focus on digitalisation
2039 – focus on resilience of supply chains

METHOD NOTE
Percentages refer to valid answers. Where results are compared over time, only organisations that took part in at least three rounds are included (n = 89). The full data tables and the questionnaire are available on request.

CONTACT
Netzwerkagentur Cluster.NRW GmbH · Theaterstraße 1, 52062 Aachen
barometer@clusternrw.example.de · +49 241 000 000
-----
This report may be quoted with reference to the source.
"""
write(F, T)
N="Netzwerkagentur Cluster.NRW GmbH"; M="Ministry of Economic Affairs, Industry, Climate Action and Energy of the State of North Rhine-Westphalia"
gold(F,
 [P("Friederike von Rosenthal-Ahmadi","Head of Analysis",N), P("Jonas ter Horst",None,N), P("Aylin Demirtaş",None,N),
  P("Ulrich zu Stolberg",None,"RWTH Aachen University"),
  P("Heike Schulte-Brömmelkamp","Head of the Cluster Policy Unit","MWIKE NRW"),
  P("Mehmet Yılmaz","Managing Director","Automotive Cluster Ruhr e.V.")],
 [O(N), O("RWTH Aachen University"), O(M,"MWIKE NRW"), O("Cluster Policy Unit"), O("Automotive Cluster Ruhr e.V.")],
 [E("Cluster Managers' Conference NRW","2040-10-30",None,"Essen","Germany"),
  E("Cluster Barometer 2040 – what the numbers mean for your cluster","2040-11-20",None,None,None),
  E("strategic dialogue","2041-01-14",None,"Düsseldorf","Germany")],
 ["2040-11-05","2040-06-01/2040-09-15","2036","2037","2038","2039","2036/2042","2041","2040-10-30","2040-11-20","2040-11-16","2041-01-14"],
 ["Energy and raw-material costs have replaced skills as the top concern of member companies for the first time (named by 58%, skills by 51%)",
  "Clusters have become the main entry point for SMEs into decarbonisation projects: 43% of member companies took part in at least one cluster activity on energy or circularity in the last year",
  "Financing of cluster management remains fragile; 37% of managers expect their budget to fall in 2041",
  "Data and AI services are offered by only one cluster in five, although 64% of members ask for them",
  "Cooperation across clusters grew: 72% of managers ran at least one joint project with another cluster, against 49% in 2036",
  "International activity has stagnated since 2038 and is concentrated in the Rhineland and the Ruhr"],
 pub="2040-11-05")
