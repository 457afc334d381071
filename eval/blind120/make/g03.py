from h import *
F = 'g03_carinthia_cluster_survey_summary-pdf.txt'
assert wd(2041,9,17)=='Tuesday' and wd(2041,11,12)=='Tuesday'
T = """Carinthian Cluster Survey 2041 – Summary of Results                                   1

CARINTHIAN CLUSTER SURVEY 2041
How member companies rate their cluster organisations
Summary report

Commissioned by: Kärntner Wirtschaftsförderungs Fonds (KWF), Klagenfurt
Carried out by: Institut für Höhere Regionalforschung GmbH (IHR), Villach
Authors: Mag. Katharina Oberlercher-Zwitter, Dr. Jure Kranjc, Florian Pacher, MSc
Published: 17 September 2041

1. Background

The Carinthian cluster landscape comprises five cluster organisations: Silicon Alps Clus-
ter GmbH (electronics and microelectronics), the Holzcluster Kärnten (wood and timber
construction), the Carinthian Mobility Cluster, Green Tech Carinthia and the Health Tech
Hub Kärnten. Together they count 612 member organisations, about three quarters of
them small and medium-sized enterprises.

KWF has funded the management of these clusters since the Cluster Strategy 2031–2037
and under the current Carinthian Cluster Strategy 2038–2044. As required by the strate-
gy, a member survey is held every three years. The 2041 survey was online from 3 March
to 25 April 2041 and was answered by 287 members (response rate 46.9 %).

2. Method

The questionnaire contained 38 questions on services, cooperation, internationalisation
and the value for money of the membership fee. Results were discussed with the five
cluster managers at a validation workshop in Klagenfurt on 2 June 2041. Twelve in-depth
interviews with member companies complemented the survey. Because the sample
of the health sector was small (19 answers), its results are shown only in aggregate
form and should be read with some caution.

Carinthian Cluster Survey 2041 – Summary of Results                                   2

3. Key findings

• 81 % of members are satisfied or very satisfied with their cluster organisation, up
  from 74 % in the 2038 survey
• Matchmaking and joint R&D projects are the most valued services; training offers are
  the least used
• Only 22 % of SMEs have taken part in an international activity of their cluster in the
  last three years
• Members in the wood and health sectors call for more cooperation across clusters
• Half of the respondents do not know the funding instruments of KWF well enough to use
  them

The five cluster managers broadly confirmed these results. Michael Tschernutter, managing
director of Silicon Alps Cluster GmbH, noted that "our international work still
reaches the same thirty companies; we need a different way to bring the small ones
along". Dr. Ingrid Kofler-Wieser, who heads the Holzcluster Kärnten, pointed to the
growing demand for joint projects with the mobility and green tech clusters.

4. Recommendations

On the basis of the findings, IHR recommends that KWF and the cluster organisations:

(a) introduce a shared Carinthian cluster helpdesk for funding questions, run jointly by
    the five clusters
(b) fund at least two cross-cluster projects a year from 2042
(c) offer SMEs a low-threshold first step abroad, such as joint visits to trade fairs with
    a subsidised stand
(d) replace part of the classroom training by short peer-learning formats between
    members

5. Next steps

The results will be presented by KWF board member Dr. Sandra Lerchbaumer and by
Erwin Grafenauer, head of the cluster and innovation unit at KWF, at the Carinthian Clus-
ter Day on Tuesday 12 November 2041 at the Lakeside Science & Technology Park in Kla-
genfurt. The Alps-Adriatic Cluster Forum, organised with Slovenian and Friulian partners,
will discuss the international findings in spring 2042.

Contact: Institut für Höhere Regionalforschung GmbH, Europastraße 8, 9524 Villach ·
office@ihr.example.at

Carinthian Cluster Survey 2041 – Summary of Results                                   3
"""
write(F, T)
K = "Kärntner Wirtschaftsförderungs Fonds"
gold(F,
 [P("Katharina Oberlercher-Zwitter","Author","Institut für Höhere Regionalforschung GmbH"),
  P("Jure Kranjc","Author","Institut für Höhere Regionalforschung GmbH"),
  P("Florian Pacher","Author","Institut für Höhere Regionalforschung GmbH"),
  P("Michael Tschernutter","managing director","Silicon Alps Cluster GmbH"),
  P("Ingrid Kofler-Wieser",None,"Holzcluster Kärnten"),
  P("Sandra Lerchbaumer","board member","KWF"),
  P("Erwin Grafenauer","head of the cluster and innovation unit","KWF")],
 [O(K,"KWF"), O("Institut für Höhere Regionalforschung GmbH","IHR"), O("Silicon Alps Cluster GmbH"),
  O("Holzcluster Kärnten"), O("Carinthian Mobility Cluster"), O("Green Tech Carinthia"), O("Health Tech Hub Kärnten")],
 [E("validation workshop","2041-06-02",None,"Klagenfurt","Austria"),
  E("Carinthian Cluster Day","2041-11-12",None,"Klagenfurt","Austria"),
  E("Alps-Adriatic Cluster Forum","2042",None,None,None)],
 ["2041-09-17","2031/2037","2038/2044","2041-03-03/2041-04-25","2041-06-02","2042","2041-11-12"],
 ["81 % of members are satisfied or very satisfied with their cluster organisation, up from 74 % in the 2038 survey",
  "Matchmaking and joint R&D projects are the most valued services; training offers are the least used",
  "Only 22 % of SMEs have taken part in an international activity of their cluster in the last three years",
  "Members in the wood and health sectors call for more cooperation across clusters",
  "Half of the respondents do not know the funding instruments of KWF well enough to use them",
  "introduce a shared Carinthian cluster helpdesk for funding questions, run jointly by the five clusters",
  "fund at least two cross-cluster projects a year from 2042",
  "offer SMEs a low-threshold first step abroad, such as joint visits to trade fairs with a subsidised stand",
  "replace part of the classroom training by short peer-learning formats between members"],
 pub="2041-09-17")
