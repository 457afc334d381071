from h import *
F = 'g14_paphos_peer_review_lessons.md'
assert wd(2037,10,12)=='Monday' and wd(2037,10,13)=='Tuesday' and wd(2037,10,14)=='Wednesday' and wd(2038,3,3)=='Wednesday'
T = """# Peer review in Paphos: lessons learnt on year-round tourism clusters

*TOURCLUST project · Interreg Europe · News · 29 October 2037*

**Tags:** peer review · tourism · Cyprus · lessons learnt

---

From 12 to 14 October 2037 the TOURCLUST partnership met in Paphos for the fourth peer review of the project. Host partner Paphos Regional Board of Tourism (ETAP Paphos) asked the visiting experts one question: how can a coastal destination that lives from summer beach tourism build clusters of firms that work twelve months a year?

Fourteen peers from the partner regions took part, among them Nora Ní Bhriain of the Western Development Commission (Ireland), Dr Tiago Menezes-Farinha of the Comissão de Coordenação e Desenvolvimento Regional do Algarve (CCDR Algarve) and Ewa van der Laan-Sikora, senior policy adviser at the Province of Zeeland. The review was moderated by the project's thematic expert, Dr Rafael Castell i Serra, and the Interreg Europe Policy Learning Platform was represented by Lukas Brandstätter.

## Three days in brief

**Monday 12 October** – Briefing by Andreas Charalambous, Director of ETAP Paphos, and by the Cyprus Deputy Ministry of Tourism on the national strategy for year-round tourism. Afternoon field visit to agritourism farms and wineries in the Troodos foothills near Kathikas.

**Tuesday 13 October** – Interviews with 23 local stakeholders in four groups: hotels, small food and craft producers, the Cyprus University of Technology and the Paphos Chamber of Commerce and Industry (EVEP), and the municipalities of Paphos and Polis Chrysochous. 20:00 – dinner offered by the Municipality of Paphos at the harbour.

**Wednesday 14 October** – Peers' deliberation in the morning, and at 12:00 the public feedback session at the Paphos municipal cultural centre, followed by a press point.

## What the peers found

The peers saw strong assets: a UNESCO-listed archaeological park, mountain villages with wine and food traditions, and an international airport with winter connections. But the firms that could offer winter products – guides, cycling operators, wineries, spa hotels – do not work together. Each sells its own package, mostly to the same tour operators, and the regional marketing budget is spent almost entirely on summer campaigns. A "Paphos Winter Cluster" was announced in 2035 but never got beyond a logo.

## Lessons learnt

- A tourism cluster needs one paid coordinator with a mandate from the firms, not only from the public authority
- Start from a few products that visitors can actually book in winter, such as walking, cycling and wine routes, and build the cluster around them
- Link the coast and the mountain villages in one offer; separate marketing of the two weakens both
- Data on winter visitors must be collected every month, otherwise the cluster cannot show its results
- The experience of the Algarve and of Zeeland shows that three to five years of stable funding are needed before a cluster pays for itself

## Next steps

ETAP Paphos will include the peers' advice in its action plan, which is due on 31 January 2038. The partnership will meet again for the final peer review in Vlissingen, hosted by the Province of Zeeland, on 3–4 March 2038.

"We expected advice on marketing and got advice on cooperation," said Andreas Charalambous at the closing session. "That is harder, but it is what we need."

---

*Contact: TOURCLUST communication team, Lead partner: Western Development Commission, Ballaghaderreen, Co. Roscommon. The project is co-funded by the European Union.*

[Back to news](../news) · [All peer reviews](../peer-reviews)
"""
write(F, T)
E_="Paphos Regional Board of Tourism"
gold(F,
 [P("Nora Ní Bhriain",None,"Western Development Commission"),
  P("Tiago Menezes-Farinha",None,"Comissão de Coordenação e Desenvolvimento Regional do Algarve"),
  P("Ewa van der Laan-Sikora","senior policy adviser","Province of Zeeland"),
  P("Rafael Castell i Serra","thematic expert",None),
  P("Lukas Brandstätter",None,"Interreg Europe Policy Learning Platform"),
  P("Andreas Charalambous","Director","ETAP Paphos")],
 [O(E_,"ETAP Paphos"), O("Western Development Commission"),
  O("Comissão de Coordenação e Desenvolvimento Regional do Algarve","CCDR Algarve"), O("Province of Zeeland"),
  O("Interreg Europe Policy Learning Platform"), O("Cyprus Deputy Ministry of Tourism"),
  O("Cyprus University of Technology"), O("Paphos Chamber of Commerce and Industry","EVEP"),
  O("Municipality of Paphos"), O("European Union"), O("Paphos Winter Cluster")],
 [E("fourth peer review","2037-10-12","2037-10-14","Paphos","Cyprus"),
  E("field visit","2037-10-12",None,"Kathikas","Cyprus"),
  E("dinner","2037-10-13",None,"Paphos","Cyprus"),
  E("final peer review","2038-03-03","2038-03-04","Vlissingen","Netherlands")],
 ["2037-10-29","2037-10-12/2037-10-14","2037-10-12","2037-10-13","2037-10-14","2035","2038-01-31","2038-03-03/2038-03-04"],
 ["A tourism cluster needs one paid coordinator with a mandate from the firms, not only from the public authority",
  "Start from a few products that visitors can actually book in winter, such as walking, cycling and wine routes, and build the cluster around them",
  "Link the coast and the mountain villages in one offer; separate marketing of the two weakens both",
  "Data on winter visitors must be collected every month, otherwise the cluster cannot show its results",
  "The experience of the Algarve and of Zeeland shows that three to five years of stable funding are needed before a cluster pays for itself"],
 pub="2037-10-29")
