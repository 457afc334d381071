from h import *
F = 'g16_cagliari_panel_debate_leaders.md'
assert wd(2042,2,19)=='Wednesday' and wd(2042,2,10)=='Monday' and wd(2042,4,16)=='Wednesday' and wd(2042,1,28)=='Tuesday'
T = """Home › Events › Past events

# Panel debate: "Who leads Europe's clusters?" – report and speakers

**Cagliari, 19 February 2042** · Published 28/02/2042 by the Sardinia Agrifood and Bioeconomy Cluster (SABIC) · Reading time 4 min

On Wednesday 19 February 2042 about 120 people came to the Aula Magna of the University of Cagliari, and another 300 followed online, for the panel debate "Who leads Europe's clusters?". The evening debate was organised by SABIC together with Sardegna Ricerche, the regional agency for research and innovation, and the Italian Cluster Network (Rete Italiana dei Cluster). It was the first event of its kind on the island and discussed a question that few cluster organisations ask openly: who becomes a cluster manager, who sits on cluster boards, and who is missing?

## Speakers

- **Giulia Serra Pinna**, President of SABIC and CEO of Caseificio Campidano S.r.l. – host
- **Dr. Małgorzata Lis-Kowalewska**, Managing Director, Lower Silesian Food Cluster (Wrocław)
- **Pierre-Yves Le Bihan**, Director, Valorial, Rennes
- **Naledi Mokoena-Schultz**, Cluster Manager, Hamburg Aviation e.V.
- **Prof. Antonio Maria Deiana**, Vice-Rector for Innovation, University of Cagliari
- **Elisabeth van Rijn**, Policy Officer, European Commission, DG GROW (via video link)
- Moderator: **Laura Fadda**, journalist, *L'Unione Sarda*

## What the panel said

Giulia Serra Pinna opened with figures from a survey of 412 cluster organisations carried out by the European Cluster Collaboration Platform in 2041: only 31% of cluster managers and 22% of board chairs in the EU are women, and fewer than one in ten cluster managers is under 35.

Małgorzata Lis-Kowalewska described how her cluster changed its statutes in 2038 so that each board must include at least two members from companies with fewer than 50 employees. Pierre-Yves Le Bihan said that Valorial had opened its board to two student representatives from the Institut Agro Rennes-Angers. Naledi Mokoena-Schultz spoke about her own path from aircraft engineer to cluster manager and about the mentoring programme for young managers run by the European Clusters Alliance.

Elisabeth van Rijn reminded the audience that the European Cluster Manager of the Year award will again be presented at the European Cluster Conference on 16 April 2042 and encouraged nominations before the deadline of 10 February. (Editor's note: the deadline has since passed.)

Questions from the audience focused on pay: several young participants said that cluster manager salaries in southern Italy are too low to keep good people, and that many managers leave for industry after three or four years.

## Recommendations

At the end of the debate the panel agreed on the following recommendations for cluster organisations:

1. Publish the composition of the board and the management team every year, with gender and age
2. Limit board mandates to two terms
3. Give at least one board seat to a representative of small companies
4. Offer every new cluster manager a mentor from another region

## Next in the series

The debate opens a series of "Cluster Conversations" that SABIC will hold twice a year. The next one, on cluster finance, is planned for autumn 2042 in Sassari.

*Photos: SABIC / Matteo Cocco. The video recording of the debate is available on the cluster's YouTube channel.*

Share: [LinkedIn] [Facebook] [E-mail] · Tags: governance, cluster management, gender

[← Back to past events](/events/past)

---
Sardinia Agrifood and Bioeconomy Cluster · Via Roma 72, Cagliari · [Privacy] · [Cookies] · © 2042
"""
write(F, T)
C="Sardinia Agrifood and Bioeconomy Cluster"
gold(F,
 [P("Giulia Serra Pinna","President",C),
  P("Małgorzata Lis-Kowalewska","Managing Director","Lower Silesian Food Cluster"),
  P("Pierre-Yves Le Bihan","Director","Valorial"),
  P("Naledi Mokoena-Schultz","Cluster Manager","Hamburg Aviation e.V."),
  P("Antonio Maria Deiana","Vice-Rector for Innovation","University of Cagliari"),
  P("Elisabeth van Rijn","Policy Officer","DG GROW"),
  P("Laura Fadda","journalist","L'Unione Sarda"),
  P("Matteo Cocco",None,None)],
 [O(C,"SABIC"), O("University of Cagliari"), O("Sardegna Ricerche"), O("Italian Cluster Network"), O("Caseificio Campidano S.r.l."),
  O("Lower Silesian Food Cluster"), O("Valorial"), O("Hamburg Aviation e.V."), O("European Commission"), O("DG GROW"),
  O("L'Unione Sarda"), O("European Cluster Collaboration Platform"), O("Institut Agro Rennes-Angers"), O("European Clusters Alliance")],
 [E("Who leads Europe's clusters?","2042-02-19",None,"Cagliari","Italy"),
  E("European Cluster Conference","2042-04-16",None,None,None),
  E("Cluster Conversations","2042",None,"Sassari","Italy")],
 ["2042-02-19","2042-02-28","2041","2038","2042-04-16","2042-02-10","2042"],
 ["Publish the composition of the board and the management team every year, with gender and age",
  "Limit board mandates to two terms",
  "Give at least one board seat to a representative of small companies",
  "Offer every new cluster manager a mentor from another region"], pub="2042-02-28")
