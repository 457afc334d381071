from h import *
F = 'info-day-euroclusters-resilience-call-2035.md'
T = """European Innovation Council and SMEs Executive Agency · Events

# Info day: "Euroclusters for Resilience" – call 2035

**Tuesday 16 January 2035, 09:30–16:30 CET**
**Covent Garden building, Place Charles Rogier 16, Brussels – and online (web streaming)**

*Published 5 December 2034 · Event type: Info day · Organiser: EISMEA, Unit I.02 – SMP/COSME pillar, with DG GROW*

---

## About the info day

The European Innovation Council and SMEs Executive Agency (EISMEA) and the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) invite cluster organisations, business network organisations and regional authorities to the info day on the 2035 call **"Euroclusters for Resilience"** under the Single Market Programme.

The call will fund around 20 partnerships of at least three cluster organisations from three eligible countries. Each Eurocluster will support SMEs in its industrial ecosystem with services for supply-chain diversification, skills and the green and digital transition, and will pass at least 70% of its budget to SMEs through financial support to third parties. The indicative budget is EUR 48 million; the maximum grant per project is EUR 2.4 million for a duration of 30 to 36 months.

The morning session explains the call conditions and the evaluation; the afternoon is reserved for a matchmaking session for organisations looking for partners, run with the European Cluster Collaboration Platform (ECCP) and the Enterprise Europe Network.

## Key dates

- Call opening: Tuesday 9 January 2035
- Info day: Tuesday 16 January 2035
- Partner-search matchmaking (online follow-up): 30 January – 2 February 2035
- Deadline for proposals: Tuesday 24 April 2035, 17:00 Brussels time
- Information on evaluation results: September 2035
- Signature of grant agreements: by December 2035
- Expected start of projects: 1 January 2036

## Programme

**09:00 – Registration and welcome coffee** (on-site participants)

**09:30 – Welcome and opening**
Dr. Maria-Luísa Cabral Mendes, Head of Department I – Single Market Programme, EISMEA

**09:45 – Keynote: Why Europe needs resilient industrial ecosystems**
Hubert Gambs-Lindner, Director for Industrial Transformation and Advanced Value Chains, DG GROW, European Commission

**10:15 – The call in detail: scope, eligibility and budget**
Kateřina Dvořáková, Project Adviser, EISMEA Unit I.02

**10:45 – Financial support to third parties: rules and good practice**
Jean-Marc Delacroix-Wéber, Financial Officer, EISMEA

**11:15 – Coffee break**

**11:35 – Lessons from the first Euroclusters (2022–2025)**
Panel moderated by Anna-Lena Bergström, ECCP team leader. With:
- Francisco Javier Ortiz de Zárate, managing director, Basque Aerospace Cluster HEGAN
- Dr. Agata Wiśniewska-Kowal, Eurocluster coordinator, Mazovia Cluster ICT
- Gergő Szalay, project manager, Pannon Wood and Furniture Cluster
- Nuala O'Donovan-Keane, head of innovation services, Irish Medtech Cluster

**12:30 – How proposals are evaluated: criteria, scoring and common mistakes**
Dr. Stefanos Triantafyllou, independent expert and evaluator

**13:00 – Questions and answers** (questions can also be sent through the Slido channel during the day)

**13:30 – Lunch** (on site)

**14:30 – Matchmaking session**
Pre-arranged 20-minute meetings between organisations looking for partners. The session is run on the b2match platform by the Enterprise Europe Network. Only participants registered for the matchmaking by 12 January 2035 will receive an agenda.

**16:30 – End of the info day**

## Who should attend?

- Cluster organisations that want to coordinate or join a Eurocluster
- Business network organisations and chambers of commerce
- Regional and national authorities responsible for cluster policy or smart specialisation
- National contact points for the Single Market Programme

## Registration

Participation is free. On-site places are limited to 200 and will be allocated on a first-come, first-served basis; registration closes on **Wednesday 10 January 2035**. The online stream does not require registration. Presentations and the recording will be published on this page within one week after the event, together with the answers to all questions received.

Participants who cannot travel to Brussels can follow national satellite events held the same day by the Agência Nacional de Inovação (ANI) in Lisbon, the Romanian Cluster Association (ClusteRo) in Bucharest and the Danish Board of Business Development in Copenhagen. These events show the Brussels stream in the morning and add a national session on co-financing in the afternoon.

## Frequently asked questions

**Can a cluster organisation take part in more than one proposal?** Yes, as a partner, but it may coordinate only one.

**Are organisations from Ukraine and Moldova eligible?** Yes, if their country is associated to the Single Market Programme on the date of the deadline.

**Must partners come from the same industrial ecosystem?** Each Eurocluster addresses one of the fourteen industrial ecosystems, but cross-sectoral partners are welcome where they serve the SMEs of that ecosystem.

**Is there a second cut-off?** No. There is a single deadline on 24 April 2035.

## Contact

For questions about the content of the call: EISMEA-SMP-CLUSTERS@ec.europa.eu
For questions about the matchmaking: Leonie Verhaegen, Enterprise Europe Network Brussels, een-matchmaking@hub.brussels

Please note: the info day does not replace the call documents. Only the call text and the guide for applicants published on the Funding & Tenders Portal are legally binding.

---
*Privacy statement · Accessibility · Contact EISMEA · Follow us on LinkedIn*
"""
write(F, T)
gold(F, [P('Maria-Luísa Cabral Mendes','Head of Department I – Single Market Programme','EISMEA'),
 P('Hubert Gambs-Lindner','Director for Industrial Transformation and Advanced Value Chains','DG GROW'),
 P('Kateřina Dvořáková','Project Adviser','EISMEA Unit I.02'),
 P('Jean-Marc Delacroix-Wéber','Financial Officer','EISMEA'),
 P('Anna-Lena Bergström','ECCP team leader','ECCP'),
 P('Francisco Javier Ortiz de Zárate','managing director','Basque Aerospace Cluster HEGAN'),
 P('Agata Wiśniewska-Kowal','Eurocluster coordinator','Mazovia Cluster ICT'),
 P('Gergő Szalay','project manager','Pannon Wood and Furniture Cluster'),
 P("Nuala O'Donovan-Keane",'head of innovation services','Irish Medtech Cluster'),
 P('Stefanos Triantafyllou','independent expert and evaluator',None),
 P('Leonie Verhaegen',None,'Enterprise Europe Network Brussels')],
 [O('European Innovation Council and SMEs Executive Agency','EISMEA'), O('EISMEA, Unit I.02'),
  O('Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs','DG GROW'), O('European Commission'),
  O('European Cluster Collaboration Platform','ECCP'), O('Enterprise Europe Network'), O('Basque Aerospace Cluster HEGAN'),
  O('Mazovia Cluster ICT'), O('Pannon Wood and Furniture Cluster'), O('Irish Medtech Cluster'),
  O('Agência Nacional de Inovação','ANI'), O('Romanian Cluster Association','ClusteRo'),
  O('Danish Board of Business Development'), O('Enterprise Europe Network Brussels')],
 [E('Info day: "Euroclusters for Resilience" – call 2035','2035-01-16','2035-01-16','Brussels','Belgium'),
  E('Matchmaking session','2035-01-16','2035-01-16','Brussels','Belgium'),
  E('Partner-search matchmaking (online follow-up)','2035-01-30','2035-02-02',None,None),
  E('national satellite event (ANI)','2035-01-16','2035-01-16','Lisbon','Portugal'),
  E('national satellite event (ClusteRo)','2035-01-16','2035-01-16','Bucharest','Romania'),
  E('national satellite event (Danish Board of Business Development)','2035-01-16','2035-01-16','Copenhagen','Denmark')],
 ['2035-01-16','2034-12-05','2035-01-09','2035-01-30/2035-02-02','2035-04-24','2035-09','2035-12','2036-01-01',
  '2022/2025','2035-01-12','2035-01-10'], [], pub='2034-12-05')
