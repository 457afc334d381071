from h import *
F = 'g14_reykjavik_nordic_baltic_ministerial_conference.txt'
T = """Government of Iceland | Ministry of Industry and Innovation
News | 10 October 2035

Nordic and Baltic ministers agree on joint steps for clusters in the green transition

Reykjavík – Ministers and state secretaries responsible for industry and innovation from the eight Nordic and Baltic countries met in Reykjavík on 9–10 October 2035 for the Nordic–Baltic Ministerial Conference on Clusters and Green Industry. The conference was hosted by Iceland, which holds the presidency of the Nordic Council of Ministers in 2035, and was chaired by Guðrún Björk Sigurðardóttir, Minister of Industry and Innovation.

Around 160 participants attended, among them representatives of the Nordic Council of Ministers, the Nordic Innovation agency, the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) and some 40 cluster organisations from the region. The day before the ministerial meeting, cluster managers met at a preparatory workshop at Reykjavík University.

"Clusters are where our small economies become big enough to compete," said Minister Guðrún Björk Sigurðardóttir when she opened the conference at Harpa. "A geothermal company in Húsavík, a battery firm in Skellefteå and a software start-up in Tartu have more in common than they think."

Among the speakers were Kārlis Bērziņš-Ozols, State Secretary of the Ministry of Economics of Latvia, Hanne-Kristin Wold Aasheim, State Secretary at the Norwegian Ministry of Trade, Industry and Fisheries, and Dr. Ruta Jakštaitė-Morkūnienė, Director of the Lithuanian Innovation Agency. Þórður Ásgeirsson, Director of the Iceland Geothermal Cluster, and Emma Lindqvist-Kaur of Business Sweden presented results of cluster cooperation in geothermal energy and in batteries.

The ministers discussed how cluster organisations can help small and medium-sized companies take part in large green industrial projects, how cluster programmes in the region can be better connected, and how to make it easier for companies to work across borders. Several ministers pointed out that funding rules still differ widely between the countries, so that a joint project between clusters from Finland and Estonia may have to be split into two national applications with different deadlines. Cluster managers also asked for more stable multi-year support, since many cluster organisations in the region depend on short project grants.

Conclusions of the conference

At the end of the meeting the ministers adopted the following conclusions:

- The Nordic and Baltic countries will open their national cluster programmes to joint projects between clusters from two or more countries of the region from 2037.
- Nordic Innovation will set up a Nordic–Baltic cluster exchange, offering short stays for cluster managers and company staff in other countries of the region.
- The countries will work together to make the Nordic–Baltic region a test bed for green industrial value chains, starting with geothermal energy, batteries and sustainable fuels.
- Cluster organisations should be recognised as partners in national smart specialisation strategies and consulted on new industrial policies.
- The ministers will review progress at their next meeting in Riga in 2037.

The conclusions will be sent to the Nordic Council of Ministers for Business, Energy and Regional Policy and presented to the European Commission.

Side events

In the afternoon of 10 October, participants could join study visits to the Hellisheiði geothermal power plant, operated by ON Power, and to the Iceland Ocean Cluster in the old harbour of Reykjavík, where Sigurður Már Pétursson, Managing Director, presented the cluster's model of using all parts of the fish.

Background

Iceland has supported clusters since the 2010s. The Iceland Geothermal Cluster was founded in 2016 and the Iceland Ocean Cluster in 2012. The next Nordic–Baltic cluster managers' meeting is planned for 3 March 2036 in Tallinn.

For further information:
Press office of the Ministry of Industry and Innovation, tel. +354 545 0000, postur@ráðuneyti.example.is
Contact: Jón Hrafn Einarsson, Head of Communications
"""
write(F, T)
gold(F,
 [P("Guðrún Björk Sigurðardóttir","Minister of Industry and Innovation","Ministry of Industry and Innovation"),
  P("Kārlis Bērziņš-Ozols","State Secretary","Ministry of Economics of Latvia"),
  P("Hanne-Kristin Wold Aasheim","State Secretary","Norwegian Ministry of Trade, Industry and Fisheries"),
  P("Ruta Jakštaitė-Morkūnienė","Director","Lithuanian Innovation Agency"),
  P("Þórður Ásgeirsson","Director","Iceland Geothermal Cluster"),
  P("Emma Lindqvist-Kaur",None,"Business Sweden"),
  P("Sigurður Már Pétursson","Managing Director","Iceland Ocean Cluster"),
  P("Jón Hrafn Einarsson","Head of Communications",None)],
 [O("Government of Iceland"), O("Ministry of Industry and Innovation"), O("Nordic Council of Ministers"), O("Nordic Innovation"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"), O("European Commission"),
  O("Reykjavík University"), O("Ministry of Economics of Latvia"), O("Norwegian Ministry of Trade, Industry and Fisheries"),
  O("Lithuanian Innovation Agency"), O("Iceland Geothermal Cluster"), O("Business Sweden"), O("ON Power"), O("Iceland Ocean Cluster"),
  O("Nordic Council of Ministers for Business, Energy and Regional Policy")],
 [E("Nordic–Baltic Ministerial Conference on Clusters and Green Industry","2035-10-09","2035-10-10","Reykjavík","Iceland"),
  E("preparatory workshop","2035-10-08",None,"Reykjavík","Iceland"),
  E("study visits","2035-10-10",None,"Reykjavík","Iceland"),
  E("next meeting","2037",None,"Riga","Latvia"),
  E("Nordic–Baltic cluster managers' meeting","2036-03-03",None,"Tallinn","Estonia")],
 ["2035-10-10","2035-10-09/2035-10-10","2035","2037","2016","2012","2036-03-03"],
 ["The Nordic and Baltic countries will open their national cluster programmes to joint projects between clusters from two or more countries of the region from 2037",
  "Nordic Innovation will set up a Nordic–Baltic cluster exchange, offering short stays for cluster managers and company staff in other countries of the region",
  "The countries will work together to make the Nordic–Baltic region a test bed for green industrial value chains, starting with geothermal energy, batteries and sustainable fuels",
  "Cluster organisations should be recognised as partners in national smart specialisation strategies and consulted on new industrial policies",
  "The ministers will review progress at their next meeting in Riga in 2037"],
 pub="2035-10-10")
