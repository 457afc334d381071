from common import *
T = """Ministry of Industry and Trade of the Czech Republic
PRESS RELEASE

Prague, 7 March 2036

CZK 640 million for cluster organisations: the Ministry opens the third call of the Clusters 2036+ scheme

The Ministry of Industry and Trade (MPO) today opened the third call for cluster organisations under the
Operational Programme Technologies and Applications for Competitiveness (OP TAK). Cluster organisations and
technology platforms can apply for support of shared research infrastructure, joint R&D projects and
internationalisation. Applications can be submitted from 1 April to 30 June 2036 through the portal of the
implementing agency, the Business and Innovation Agency (API).

"Clusters are where our small firms meet universities on equal terms. We want them to bring at least 300 SMEs
into joint projects on automation and energy savings," said the Minister of Industry and Trade, Ing. Tereza
Novosadová.

Deputy Minister for the Digital Economy and Innovation Ondřej Kadlec added: "For the first time, clusters that
join a European Strategic Cluster Partnership will get bonus points."

The chair of the Czech Cluster Forum (CCF), Pavel Šindelář, welcomed the call. "Our 58 member clusters
have waited for this since the previous call closed in November 2034. The higher ceiling for joint R&D projects is
exactly what industry asked for," he said.

API director general Hana Vojtíšková confirmed that the agency will hold an online information seminar for
applicants on 19 March 2036 and regional consultation days in Brno, Ostrava and Plzeň in the second half of April.

Notes for editors
- Allocation of the call: CZK 640 million; maximum support per project CZK 40 million.
- The first two calls (2033 and 2034) supported 71 projects of 39 cluster organisations.

Contact for media: Jakub Beneš, spokesperson, Ministry of Industry and Trade, tel. +420 224 000 000
"""
M="Ministry of Industry and Trade"
save("TZ_MPO_tretí-vyzva-klastry_2036-03-07_EN.txt", T, "2036-03-07",
 [P("Tereza Novosadová","Minister of Industry and Trade",M),
  P("Ondřej Kadlec","Deputy Minister for the Digital Economy and Innovation",M),
  P("Pavel Šindelář","chair","Czech Cluster Forum"),
  P("Hana Vojtíšková","director general","Business and Innovation Agency"),
  P("Jakub Beneš","spokesperson",M)],
 [O("Ministry of Industry and Trade of the Czech Republic","MPO"),O("Business and Innovation Agency","API"),
  O("Czech Cluster Forum","CCF")],
 [E("online information seminar for applicants","2036-03-19","2036-03-19",None,None),
  E("regional consultation days","2036-04","2036-04",None,"Czech Republic")],
 ["2036-03-07","2036-04-01/2036-06-30","2034-11","2036-03-19","2036-04","2033","2034"], [])
