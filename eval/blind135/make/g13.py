from h import *
F = 'g13_opole_partner_meeting_lessons.md'
assert wd(2035,10,16)=='Tuesday' and wd(2035,10,17)=='Wednesday' and wd(2036,3,4)=='Tuesday'
T = """[Home](/) › [News](/news) › Partner meeting in Opole

# Fourth partner meeting in Opole: what two years of peer reviews have taught us

*Posted 24 October 2035 by the CLUSTRANS communication team*

The partners of the Interreg Europe project **CLUSTRANS – Clusters for Industrial Transition** met in Opole, Poland, on **16–17 October 2035** for their fourth partner meeting, hosted by the Opole Centre for Economic Development (Opolskie Centrum Rozwoju Gospodarki, OCRG). The meeting marked the end of the project's first phase, in which each partner region received a peer review of its cluster policy from a team of experts from the other regions.

## Who was there

Twenty-six participants represented the seven partners:

- Opolskie Centrum Rozwoju Gospodarki (lead partner), Opole, Poland
- Marshal's Office of the Opolskie Voivodeship, Poland
- Agentura pro podporu podnikání Moravskoslezského kraje, Ostrava, Czech Republic
- Business Upper Austria – OÖ Wirtschaftsagentur GmbH, Linz, Austria
- ADR Nord-Est, Piatra Neamț, Romania
- Fundación Instituto Tecnológico de Galicia, A Coruña, Spain
- Oulu Innovation Alliance, Finland

## Day 1 – Tuesday 16 October

The meeting opened with a welcome by Zbigniew Kowalski-Nowak, Member of the Board of the Opolskie Voivodeship responsible for the economy, and an overview of the regional cluster programme by Agnieszka Wilczyńska, head of the cluster unit at OCRG. The afternoon was devoted to the peer review findings. Each region presented what it had changed since its review; Ostrava and Piatra Neamț reported the clearest progress. Galicia has merged two small cluster calls into one, while Oulu is still waiting for its regional council to decide on a new funding model.

In the evening, partners joined a study visit to the Opole chemical cluster members in Kędzierzyn-Koźle, including the research centre of Grupa Azoty.

## Day 2 – Wednesday 17 October

The second day began with a steering committee meeting, chaired by project coordinator Tomasz Brzęczek (OCRG), which approved the budget reallocation and the timetable for the action plans. It was followed by a workshop on lessons learnt, moderated by the project's external expert, Dr. Fiona MacLeod-Ward of the University of Strathclyde.

## Lessons learnt

The partners agreed on the following lessons from the peer reviews:

- Peer reviews work best when the visiting team includes at least one cluster manager, not only policy officers
- A short written questionnaire sent to cluster organisations before the review saves a full day of interviews
- Regions should name one person responsible for acting on the recommendations, otherwise the report is filed and forgotten
- Reviews of small regions must look across the border: Opole and Ostrava share suppliers, universities and labour markets
- Results must be translated into the regional language before they are discussed with stakeholders

## What comes next

Each partner will submit a draft action plan by **31 January 2036**. The action plans will be discussed at the fifth partner meeting in Linz on Tuesday 4 March 2036, combined with an interregional workshop on cluster internationalisation organised by Business Upper Austria. The project's final conference is planned for autumn 2037 in Brussels.

"We came to Opole with seven reports; we are leaving with seven to-do lists," said Markéta Dvořáčková of the Moravian-Silesian agency, which will host the summer school for cluster managers in Ostrava in June 2036.

---
*The project is co-financed by the European Union through the Interreg Europe programme 2028–2034.* · [Download the meeting minutes](/files/pm4.pdf) · [Photo gallery](/gallery/opole)

Share: [LinkedIn](#) · [Facebook](#)
"""
write(F, T)
O_="Opolskie Centrum Rozwoju Gospodarki"; BU="Business Upper Austria – OÖ Wirtschaftsagentur GmbH"
gold(F,
 [P("Zbigniew Kowalski-Nowak","Member of the Board of the Opolskie Voivodeship responsible for the economy",None),
  P("Agnieszka Wilczyńska","head of the cluster unit","OCRG"),
  P("Tomasz Brzęczek","project coordinator","OCRG"),
  P("Fiona MacLeod-Ward","external expert","University of Strathclyde"),
  P("Markéta Dvořáčková",None,"Agentura pro podporu podnikání Moravskoslezského kraje")],
 [O("Opole Centre for Economic Development","OCRG"), O("Marshal's Office of the Opolskie Voivodeship"),
  O("Agentura pro podporu podnikání Moravskoslezského kraje"), O(BU), O("ADR Nord-Est"),
  O("Fundación Instituto Tecnológico de Galicia"), O("Oulu Innovation Alliance"), O("Grupa Azoty"),
  O("University of Strathclyde")],
 [E("fourth partner meeting","2035-10-16","2035-10-17","Opole","Poland"),
  E("study visit to the Opole chemical cluster members in Kędzierzyn-Koźle","2035-10-16",None,"Kędzierzyn-Koźle","Poland"),
  E("steering committee meeting","2035-10-17",None,"Opole","Poland"),
  E("workshop on lessons learnt","2035-10-17",None,"Opole","Poland"),
  E("fifth partner meeting","2036-03-04",None,"Linz","Austria"),
  E("interregional workshop on cluster internationalisation","2036-03-04",None,"Linz","Austria"),
  E("final conference","2037",None,"Brussels","Belgium"),
  E("summer school for cluster managers","2036-06",None,"Ostrava","Czech Republic")],
 ["2035-10-24","2035-10-16/2035-10-17","2035-10-16","2035-10-17","2036-01-31","2036-03-04","2037","2036-06","2028/2034"],
 ["Peer reviews work best when the visiting team includes at least one cluster manager, not only policy officers",
  "A short written questionnaire sent to cluster organisations before the review saves a full day of interviews",
  "Regions should name one person responsible for acting on the recommendations, otherwise the report is filed and forgotten",
  "Reviews of small regions must look across the border: Opole and Ostrava share suppliers, universities and labour markets",
  "Results must be translated into the regional language before they are discussed with stakeholders"],
 pub="2035-10-24")
