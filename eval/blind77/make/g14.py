from h import *
F = 'competitiveness-council-conclusions-clusters-2034-news.md'
assert wd(2034,5,29)=='Monday' and wd(2034,5,30)=='Tuesday' and wd(2034,11,27)=='Monday', (wd(2034,5,29),wd(2034,11,27))
T = """European Cluster News › Policy

# Council adopts conclusions on clusters and the resilience of industrial ecosystems

*Published 31 May 2034 · Policy news · by the ECA editorial team*

**Brussels –** EU ministers responsible for industry and the internal market adopted conclusions on "Clusters for a competitive and resilient Single Market" at the Competitiveness Council in Brussels on Tuesday 30 May 2034. The text, prepared under the Polish-Maltese trio and finalised by the Maltese Presidency of the Council of the European Union, is the first set of Council conclusions dedicated to cluster policy since 2008.

The meeting was chaired by Malta's Minister for the Economy, Enterprise and Strategic Projects, Dr. Clayton Zammit Bonello. The European Commission was represented by Executive Vice-President Henna Virkkunen-Laine and by the Director-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), Kerstin Jorna-Berglund.

## Why now?

The conclusions respond to the Commission's communication on the European Competitiveness Fund and to the evaluation of the Single Market Programme published in January 2034, which found that cluster organisations had reached more than 120,000 SMEs between 2021 and 2027. Several member states, led by Denmark, Czechia and Portugal, had called for a stronger role for clusters in the next Multiannual Financial Framework (2035–2041).

"Clusters are where industrial policy meets the shop floor," said Dr. Zammit Bonello at the press conference after the meeting. "These conclusions ask the Commission to treat them as infrastructure, not as projects."

## Background: the road to the conclusions

The text was prepared in four meetings of the Council's Working Party on Competitiveness and Growth between February and May 2034. Input came from the European Clusters Alliance (ECA), from the Commission's Expert Group on Clusters and from the European Cluster Conference held in Valletta on 27–28 March 2034, where more than 800 participants discussed a first draft. The European Committee of the Regions (CoR) adopted its own opinion on 14 March 2034, with Ana Paula Fonseca Rego, president of the Centro Region, as rapporteur.

## The conclusions

In the adopted text, the Council:

1. Recognises cluster organisations as essential intermediaries for the twin transition, for skills and for the resilience of supply chains, and invites member states to ensure stable core funding for well-performing cluster organisations.
2. Calls on the Commission to maintain a dedicated cluster strand under the European Competitiveness Fund in the 2035–2041 period, with simplified lump-sum funding.
3. Encourages the use of cohesion policy funds and smart specialisation strategies to support interregional cluster partnerships, in particular in less-developed and transition regions.
4. Invites the Commission to turn the European Cluster Collaboration Platform into a single entry point for cluster data, partner search and mobility schemes such as ClusterXchange.
5. Asks the Commission and member states to involve cluster organisations in the monitoring of strategic dependencies and in early-warning mechanisms for supply-chain disruptions.
6. Stresses the need for a common European quality label for cluster management and supports the further development of the European Cluster Excellence Initiative.
7. Invites the Commission to report on progress by the end of 2036.

## What the conclusions do not say

Observers noted what is missing. The text does not propose a legal definition of a cluster organisation, which Germany and the Netherlands had opposed during the working-party meetings. Nor does it mention a target number of cluster partnerships, which the Commission's 2033 staff working document had suggested. A reference to a possible European Cluster Agency was dropped in the final week of negotiations at the request of several net-contributor countries, according to diplomats.

## Reactions

The European Clusters Alliance welcomed the conclusions. Its president, Antonio Novo Guerrero, said the text "gives clusters a place in the next budget that they have never had before". He also regretted that the Council had not set a minimum share of funding for clusters.

BusinessEurope's deputy director-general, Dr. Matthias Wachter-Klein, called for "less paperwork and more speed" in the new funding instruments. SMEunited's secretary-general, Véronique Willems-Dupuis, welcomed the focus on small companies and on skills.

In the European Parliament, the rapporteur for the European Competitiveness Fund in the Committee on Industry, Research and Energy (ITRE), Christian Ehler-Stein, said Parliament would "build on the Council's text" in its negotiating position.

## Next steps

The Commission will present its proposal for the cluster strand of the European Competitiveness Fund in autumn 2034. The topic will return to the Competitiveness Council on 27 November 2034 under the Latvian Presidency, Malta's successor, and the European Cluster Policy Forum will discuss implementation at its next meeting in Brussels in September 2034.

The Maltese Presidency will also host an informal meeting of cluster policy makers in Gozo on 15–16 June 2034, organised by Malta Enterprise and the Malta Council for Economic and Social Development (MCESD).

---

*Related: ECA position paper on the European Competitiveness Fund (April 2034) · European Cluster Conference 2034: report and videos · Interview: Why Malta put clusters on the Council agenda*

*The European Cluster News is published by the European Clusters Alliance, Avenue de Tervueren 13, 1040 Brussels. Subscribe to our weekly newsletter.*
"""
write(F, T)
gold(F, [
 P("Clayton Zammit Bonello", "Minister for the Economy, Enterprise and Strategic Projects", None),
 P("Henna Virkkunen-Laine", "Executive Vice-President", "European Commission"),
 P("Kerstin Jorna-Berglund", "Director-General", "DG GROW"),
 P("Ana Paula Fonseca Rego", "president of the Centro Region", "European Committee of the Regions"),
 P("Antonio Novo Guerrero", "president", "European Clusters Alliance"),
 P("Matthias Wachter-Klein", "deputy director-general", "BusinessEurope"),
 P("Véronique Willems-Dupuis", "secretary-general", "SMEunited"),
 P("Christian Ehler-Stein", "rapporteur for the European Competitiveness Fund", "Committee on Industry, Research and Energy"),
],[
 O("European Clusters Alliance","ECA"),
 O("Competitiveness Council"),
 O("Council of the European Union"),
 O("European Commission"),
 O("DG GROW"),
 O("Working Party on Competitiveness and Growth"),
 O("Expert Group on Clusters"),
 O("European Committee of the Regions","CoR"),
 O("BusinessEurope"), O("SMEunited"),
 O("European Parliament"),
 O("Committee on Industry, Research and Energy","ITRE"),
 O("European Cluster Collaboration Platform"),
 O("European Cluster Excellence Initiative"),
 O("European Cluster Policy Forum"),
 O("Malta Enterprise"),
 O("Malta Council for Economic and Social Development","MCESD"),
],[
 E("Competitiveness Council","2034-05-30","2034-05-30","Brussels","Belgium"),
 E("European Cluster Conference","2034-03-27","2034-03-28","Valletta","Malta"),
 E("Competitiveness Council","2034-11-27","2034-11-27",None,None),
 E("European Cluster Policy Forum","2034-09","2034-09","Brussels","Belgium"),
 E("informal meeting of cluster policy makers","2034-06-15","2034-06-16","Gozo","Malta"),
],["2034-05-31","2034-05-30","2008","2034-01","2021/2027","2035/2041","2034-02/2034-05","2034-03-27/2034-03-28","2034-03-14","2036","2034","2034-11-27","2034-09","2034-06-15/2034-06-16","2034-04","2033"],[
 "Recognises cluster organisations as essential intermediaries for the twin transition, for skills and for the resilience of supply chains, and invites member states to ensure stable core funding for well-performing cluster organisations",
 "Calls on the Commission to maintain a dedicated cluster strand under the European Competitiveness Fund in the 2035–2041 period, with simplified lump-sum funding",
 "Encourages the use of cohesion policy funds and smart specialisation strategies to support interregional cluster partnerships, in particular in less-developed and transition regions",
 "Invites the Commission to turn the European Cluster Collaboration Platform into a single entry point for cluster data, partner search and mobility schemes such as ClusterXchange",
 "Asks the Commission and member states to involve cluster organisations in the monitoring of strategic dependencies and in early-warning mechanisms for supply-chain disruptions",
 "Stresses the need for a common European quality label for cluster management and supports the further development of the European Cluster Excellence Initiative",
 "Invites the Commission to report on progress by the end of 2036",
], pub="2034-05-31")
