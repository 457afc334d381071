from h import *
F = 'g10_aveiro_interregional_workshop_outcomes.md'
assert wd(2039,10,5)=='Wednesday' and wd(2039,10,6)=='Thursday' and wd(2039,10,7)=='Friday' and wd(2039,10,19)=='Wednesday'
T = """---
title: "Blue clusters, green skills: outcomes of the third interregional workshop in Aveiro"
project: BLUESKILLS (Interreg Europe)
date: 2039-10-19
author: Communication manager, Lead Partner
---

[Project home](/) | [Partners](/partners) | [Good practices](/good-practices) | [Library](/library) | **News** | [Contact](/contact)

# Blue clusters, green skills: outcomes of the third interregional workshop in Aveiro

*News · 19 October 2039 · 6 min read*

From **5 to 7 October 2039** the partners of the Interreg Europe project BLUESKILLS met in Aveiro, Portugal, for their third interregional workshop. The host was the Intermunicipal Community of the Aveiro Region (CIRA), together with the University of Aveiro and Fórum Oceano – Associação da Economia do Mar, the Portuguese sea economy cluster. Thirty-eight participants from six countries took part, including regional stakeholders from each partner region.

The workshop looked at one question: how can maritime clusters help their members find and train the people they need for the green transition of ports, shipyards and aquaculture?

## Programme at a glance

**Wednesday 5 October**
- 09:30 Welcome by Ribau Esteves-Pinto, President of CIRA, and Prof. Helena Vasconcelos Saraiva, Vice-Rector for Cooperation of the University of Aveiro
- 10:15 Presentation of the Portuguese sea economy skills survey – Rui Azevedo Lobo, Fórum Oceano
- 11:30 Good practice pitches by the partners (five practices, ten minutes each)
- 14:30 Study visit to the Port of Aveiro and the Ílhavo shipyard of Navalria Estaleiros, S.A.
- 19:30 Workshop dinner at the Museu Marítimo de Ílhavo

**Thursday 6 October**
- 09:00 Peer review of the Vidzeme skills action (host: Vidzeme Planning Region)
- 11:00 Group work: "What would we copy tomorrow?"
- 14:00 Stakeholder round table with Portuguese companies
- 16:30 Closing and summary of findings

**Friday 7 October**
- 09:00–12:00 Steering Committee meeting (partners only)

## Key takeaways

The partners agreed on four key takeaways from the two days:

- Skills shortages in the blue economy are now more urgent than access to finance for most cluster members
- Clusters are best placed to pool training demand from small companies that cannot run their own academies
- Short, modular courses co-designed with companies work better than long degree programmes for workers already in jobs
- Regional authorities should link cluster funding to measurable skills outcomes, not only to the number of events held

## Lessons learnt from the peer review

The peer review of Vidzeme's "Blue Skills Vouchers" scheme, presented by Ilze Bērziņa-Kalniņa of the Vidzeme Planning Region, produced three lessons for other regions:

1. A voucher is only used if the cluster manager helps the company choose the course
2. Vocational schools need a contact person for clusters, not only a generic enquiry address
3. Results must be checked twelve months after the training, when workers have changed tasks

"We came to Aveiro to show a small scheme and leave with a list of improvements," said Bērziņa-Kalniņa. Tomasz Wiśniewski-Rudnicki from the Kujawsko-Pomorskie Voivodeship Marshal's Office added that his region would test the voucher model in its call for 2040.

## What's next

Each partner will present the workshop outcomes to its regional stakeholder group before the end of November 2039. The next interregional workshop will take place in Toruń, Poland, on 13 and 14 March 2040, hosted by the Kujawsko-Pomorskie Voivodeship Marshal's Office and the Toruń Regional Development Agency.

Previous meetings of the project:

- Kick-off meeting – Valmiera, Latvia, 20–21 September 2038
- Second interregional workshop – Killybegs, Ireland, 3–4 April 2039

The project is led by the Vidzeme Planning Region. Partners: Intermunicipal Community of the Aveiro Region (PT), Kujawsko-Pomorskie Voivodeship Marshal's Office (PL), Donegal County Council (IE), Satakunnan ammattikorkeakoulu (FI) and the Lower Austrian business agency ecoplus (AT).

*Photos: © CIRA / Mariana Quintela*

---
Share: [LinkedIn](#) | [Facebook](#) | [E-mail](#) · [Back to news](/news)

Interreg Europe is co-funded by the European Regional Development Fund. The content of this page reflects the author's views only.
"""
write(F, T)
C="Intermunicipal Community of the Aveiro Region"; V="Vidzeme Planning Region"; K="Kujawsko-Pomorskie Voivodeship Marshal's Office"
gold(F,
 [P("Ribau Esteves-Pinto","President","CIRA"),
  P("Helena Vasconcelos Saraiva","Vice-Rector for Cooperation","University of Aveiro"),
  P("Rui Azevedo Lobo",None,"Fórum Oceano"),
  P("Ilze Bērziņa-Kalniņa",None,V),
  P("Tomasz Wiśniewski-Rudnicki",None,K),
  P("Mariana Quintela",None,None)],
 [O(C,"CIRA"), O("University of Aveiro"), O("Fórum Oceano – Associação da Economia do Mar"),
  O("Navalria Estaleiros, S.A."), O(V), O(K), O("Toruń Regional Development Agency"), O("Donegal County Council"),
  O("Satakunnan ammattikorkeakoulu"), O("ecoplus")],
 [E("third interregional workshop","2039-10-05","2039-10-07","Aveiro","Portugal"),
  E("Study visit to the Port of Aveiro and the Ílhavo shipyard of Navalria Estaleiros, S.A.","2039-10-05",None,"Aveiro, Ílhavo","Portugal"),
  E("Workshop dinner","2039-10-05",None,"Ílhavo","Portugal"),
  E("Steering Committee meeting","2039-10-07",None,"Aveiro","Portugal"),
  E("interregional workshop","2040-03-13","2040-03-14","Toruń","Poland"),
  E("Kick-off meeting","2038-09-20","2038-09-21","Valmiera","Latvia"),
  E("Second interregional workshop","2039-04-03","2039-04-04","Killybegs","Ireland")],
 ["2039-10-19","2039-10-05/2039-10-07","2039-10-05","2039-10-06","2039-10-07","2040","2039-11","2040-03-13/2040-03-14",
  "2038-09-20/2038-09-21","2039-04-03/2039-04-04"],
 ["Skills shortages in the blue economy are now more urgent than access to finance for most cluster members",
  "Clusters are best placed to pool training demand from small companies that cannot run their own academies",
  "Short, modular courses co-designed with companies work better than long degree programmes for workers already in jobs",
  "Regional authorities should link cluster funding to measurable skills outcomes, not only to the number of events held",
  "A voucher is only used if the cluster manager helps the company choose the course",
  "Vocational schools need a contact person for clusters, not only a generic enquiry address",
  "Results must be checked twelve months after the training, when workers have changed tasks"],
 pub="2039-10-19")
