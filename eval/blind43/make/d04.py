from common import *
T = """# Clusters for Resilient Supply Chains – Outcome Report

**High-level policy conference, Thessaloniki, 12–13 November 2031**
Organised by the Hellenic Ministry of Development and the Region of Central Macedonia, with the support of the European Commission (DG GROW) and the European Cluster Collaboration Platform.

Report prepared by the conference rapporteurs, Dr Ioanna Karamanli (Aristotle University of Thessaloniki) and Jonas Vermeulen (independent consultant). Thessaloniki, 19 December 2031.

---

## 1. Why this conference

Three years of disrupted shipping routes and energy price shocks have made supply-chain resilience a daily concern for European SMEs. The conference brought together 310 participants from 24 countries – ministries, regional authorities, cluster managers and companies – at the Thessaloniki Concert Hall to ask one question: what can clusters do, and what do policy makers need to change so that they can do it?

The conference was opened by Nikos Papadimitriou, Secretary-General for Industry at the Hellenic Ministry of Development, and by Kalliopi Stavridou, Deputy Regional Governor for Economic Development of Central Macedonia. A video message was delivered by Ulrike Brandstätter-Koch, Director for Industrial Transformation at DG GROW.

## 2. Panels and speakers

**Panel 1 – Mapping dependencies: what clusters know that statistics miss** (12 November)
Moderator: Maria Kolokotroni, journalist, Kathimerini Business.
- Pascal Lemoine-Durand, Head of Unit, European Observatory for Clusters and Industrial Change (EOCIC)
- Agnieszka Wróblewska-Nowak, cluster manager, Mazowiecki Klaster Elektroniki
- Georgios Tsakalidis, CEO, Thermaikos Aluminium S.A.
- Birgit Lindqvist, senior analyst, Tillväxtverket

**Panel 2 – Joint procurement, stockpiling and shared capacity** (12 November)
Moderator: Ruairí Mac Suibhne, ECCP.
- Elena Dragomir, Director, Banat Automotive Cluster (Timișoara)
- Fabio De Santis, procurement director, Officine Ferroviarie Lucane SpA
- Sofia Economou, President, Macedonian Food Cluster "Thermi"

**Panel 3 – Skills as a bottleneck** (13 November)
- Joost van der Heijden, programme manager, Brabant Skills Alliance
- Dimitra Anagnostou, head of vocational training, Hellenic Federation of Enterprises (SEV)
- Kaisa Mäkelä, policy officer, DG EMPL

The closing session on 13 November was chaired by Anastasios Grigoriou, President of the Hellenic Clusters Association, who presented the draft recommendations to the plenary.

## 3. What we heard

Participants agreed that clusters hold an unusually detailed picture of who supplies whom in their region, but that this knowledge is rarely written down, let alone shared with authorities. Several speakers warned against "resilience plans" that treat every dependency as equally critical. Georgios Tsakalidis described how a shortage of a single alloying element stopped two production lines for six weeks in 2030, although the company's direct suppliers were all European.

In the second panel, Elena Dragomir presented the joint purchasing platform that her cluster set up in 2029 for 38 suppliers, and Sofia Economou explained how food companies around Thessaloniki pooled cold-storage capacity during the 2030 port strike. Fabio De Santis cautioned that joint procurement works only where competitors trust the cluster manager as a neutral broker.

The third panel turned to people rather than parts. Joost van der Heijden showed that in his region the lack of welders and maintenance technicians delayed more investments than any shortage of materials. Dimitra Anagnostou argued that vocational schools react too slowly because they learn about new needs only through national surveys; clusters, she said, hear about them months earlier. Kaisa Mäkelä presented the support available under the Pact for Skills and invited clusters to join the existing large-scale partnerships rather than create new ones.

In the open discussion, participants from smaller Member States pointed out that their clusters often lack the staff to take on new monitoring tasks. Several cluster managers also asked the Commission to simplify reporting for clusters that already hold a European label. Pascal Lemoine-Durand noted that the Observatory's data on cluster specialisation could be combined with trade statistics to flag regions at risk, but that such data would need to be checked with clusters on the ground.

## 4. Recommendations

The plenary endorsed the following recommendations, addressed to the Commission, Member States and regions:

1. Recognise cluster organisations as intermediaries in the monitoring of critical supply chains and fund them to map the dependencies of their members at component level.
2. Create a voluntary, confidential European exchange of supply-chain data among clusters, hosted by the ECCP, with clear rules on competition law.
3. Allow joint procurement and shared stockpiles organised by clusters to be co-financed under cohesion policy programmes from 2032 onwards.
4. Link the Pact for Skills partnerships with cluster training offers, so that shortages flagged by clusters reach the training system within one academic year.
5. Hold a follow-up event in 2032 to review progress, preferably during the European Cluster Conference.

## 5. Next steps

The recommendations will be presented by the Hellenic delegation at the meeting of the European Cluster Policy Group on 3 February 2032 in Brussels. A short policy brief in Greek and English will be published in January 2032. The organisers also announced a follow-up workshop for cluster managers from South-East Europe in Sofia in spring 2032.

Contact: Hellenic Ministry of Development, Directorate for Industrial Policy – clusters2031@mindev.example
"""
gold("Thessaloniki-2031_clusters-resilient-supply-chains_outcome-report.md", "2031-12-19",
 [P("Ioanna Karamanli",None,"Aristotle University of Thessaloniki"),
  P("Jonas Vermeulen","independent consultant",None),
  P("Nikos Papadimitriou","Secretary-General for Industry","Hellenic Ministry of Development"),
  P("Kalliopi Stavridou","Deputy Regional Governor for Economic Development",None),
  P("Ulrike Brandstätter-Koch","Director for Industrial Transformation","DG GROW"),
  P("Maria Kolokotroni","journalist","Kathimerini Business"),
  P("Pascal Lemoine-Durand","Head of Unit","European Observatory for Clusters and Industrial Change"),
  P("Agnieszka Wróblewska-Nowak","cluster manager","Mazowiecki Klaster Elektroniki"),
  P("Georgios Tsakalidis","CEO","Thermaikos Aluminium S.A."),
  P("Birgit Lindqvist","senior analyst","Tillväxtverket"),
  P("Ruairí Mac Suibhne",None,"ECCP"),
  P("Elena Dragomir","Director","Banat Automotive Cluster"),
  P("Fabio De Santis","procurement director","Officine Ferroviarie Lucane SpA"),
  P("Sofia Economou","President",'Macedonian Food Cluster "Thermi"'),
  P("Joost van der Heijden","programme manager","Brabant Skills Alliance"),
  P("Dimitra Anagnostou","head of vocational training","Hellenic Federation of Enterprises"),
  P("Kaisa Mäkelä","policy officer","DG EMPL"),
  P("Anastasios Grigoriou","President","Hellenic Clusters Association")],
 [O("Hellenic Ministry of Development"), O("Region of Central Macedonia"), O("European Commission"), O("DG GROW"),
  O("European Cluster Collaboration Platform","ECCP"), O("Aristotle University of Thessaloniki"),
  O("Kathimerini Business"),
  O("European Observatory for Clusters and Industrial Change","EOCIC"),
  O("Mazowiecki Klaster Elektroniki"), O("Thermaikos Aluminium S.A."), O("Tillväxtverket"),
  O("Banat Automotive Cluster"), O("Officine Ferroviarie Lucane SpA"), O('Macedonian Food Cluster "Thermi"'),
  O("Brabant Skills Alliance"), O("Hellenic Federation of Enterprises","SEV"), O("DG EMPL"),
  O("Hellenic Clusters Association"), O("European Cluster Policy Group"),
  O("Directorate for Industrial Policy")],
 [E("Clusters for Resilient Supply Chains","2031-11-12","2031-11-13","Thessaloniki","Greece"),
  E("meeting of the European Cluster Policy Group","2032-02-03",None,"Brussels","Belgium"),
  E("follow-up workshop for cluster managers from South-East Europe","2032",None,"Sofia","Bulgaria")],
 ["2031-11-12/2031-11-13","2031-12-19","2031-11-12","2031-11-13","2030","2029","2032","2032-02-03","2032-01"],
 ["Recognise cluster organisations as intermediaries in the monitoring of critical supply chains and fund them to map the dependencies of their members at component level",
  "Create a voluntary, confidential European exchange of supply-chain data among clusters, hosted by the ECCP, with clear rules on competition law",
  "Allow joint procurement and shared stockpiles organised by clusters to be co-financed under cohesion policy programmes from 2032 onwards",
  "Link the Pact for Skills partnerships with cluster training offers, so that shortages flagged by clusters reach the training system within one academic year",
  "Hold a follow-up event in 2032 to review progress, preferably during the European Cluster Conference"],
 T)
