from h import *
F = 'g13_rhodes_partner_meeting_report.md'
assert [wd(2034,5,d) for d in (9,10,11)]==['Tuesday','Wednesday','Thursday'] and wd(2034,5,18)=='Thursday'
assert wd(2034,11,14)=='Tuesday' and wd(2034,11,16)=='Thursday'
T = """---
title: "Island clusters meet in Rhodes: partner meeting and study visit"
date: 2034-05-18
author: Dodecanese Tourism & Innovation Cluster
tags: [partner meeting, study visit, island tourism, EU project]
---

[Home](/) / [News](/news) / Island clusters meet in Rhodes

# Island clusters meet in Rhodes: partner meeting and study visit

*Posted on 18 May 2034 by the DTIC team · 4 min read*

From 9 to 11 May 2034 the **Dodecanese Tourism & Innovation Cluster (DTIC)** hosted the third partner meeting of the ISLECLUST project in Rhodes. Twenty-six representatives of cluster organisations, regional agencies and universities from seven island regions spent three days discussing how tourism businesses on islands can cut their water and energy use, and how clusters can help them do it.

The partners present were:

- Cluster Turismo de Canarias, Las Palmas de Gran Canaria
- Malta Tourism Innovation Network (MTIN), Valletta
- Agência Regional para o Desenvolvimento da Investigação, Tecnologia e Inovação (ARDITI), Madeira
- Visit Bornholm Business Cluster, Rønne
- Sardegna Ricerche, Pula
- the Region of the South Aegean, Rhodes
- the University of the Aegean, Department of Tourism Economics and Management

## Programme

**Tuesday 9 May** – Partner meeting, day 1, at the Rhodes Chamber of Commerce and Industry. Welcome by Dimitris Koukoulakis, President of the DTIC, and by Anna Hadjisavva-Moretti, Deputy Regional Governor for Tourism of the Region of the South Aegean. Progress report by the lead partner, presented by project coordinator Carmelo Borg Cardona (MTIN). In the evening, welcome dinner in the medieval town hosted by the Municipality of Rhodes.

**Wednesday 10 May** – Study visit to hotels and suppliers in Lindos and Faliraki: a 400-room resort that reuses 60% of its grey water, a small family hotel running on solar energy and batteries, and a local start-up, AquaLogic Rhodes P.C., that monitors water networks for hotels. The visits were guided by Eleni Sarri, innovation manager of the DTIC.

**Thursday 11 May** – Partner meeting, day 2: working groups on the joint action plan and the budget, steering committee meeting, and a short public workshop for local companies on funding for energy upgrades, with Nils-Erik Holm from Visit Bornholm Business Cluster as speaker.

## Conclusions of the partner meeting

The partners agreed on four conclusions, which will be put into the joint action plan:

1. Water is a bigger constraint than energy on most islands and should come first in the action plan
2. Small hotels need shared services (energy audits, joint purchasing) that clusters can organise
3. Data on water and energy use must be collected in the same way in all seven regions
4. Each partner will bring at least three companies to the next study visit

## What's next

The fourth partner meeting will take place in Rønne, Bornholm, from 14 to 16 November 2034, combined with a study visit on the island's circular-economy projects. Before that, the partners will hold an online steering committee meeting on 20 June 2034.

The ISLECLUST project runs from 2034 to 2037 and is co-funded by the Interreg Europe programme.

> "In Lindos I saw a hotel that saves more water in a year than a whole village uses. We need to bring our members to see it," said **Lucía Hernández del Pino**, manager of Cluster Turismo de Canarias.

---

*Photos: DTIC / Yannis Pappas-Lindholm. Contact: info@dtic.example.gr · Dodecanese Tourism & Innovation Cluster, 28is Oktovriou 00, 85100 Rhodes*

[Share on LinkedIn](#) · [Share on X](#) · [Back to News](/news)
"""
write(F, T)
D_ = "Dodecanese Tourism & Innovation Cluster"
gold(F,
 [P("Dimitris Koukoulakis","President","DTIC"),
  P("Anna Hadjisavva-Moretti","Deputy Regional Governor for Tourism","Region of the South Aegean"),
  P("Carmelo Borg Cardona","project coordinator","MTIN"),
  P("Eleni Sarri","innovation manager","DTIC"),
  P("Nils-Erik Holm",None,"Visit Bornholm Business Cluster"),
  P("Lucía Hernández del Pino","manager","Cluster Turismo de Canarias"),
  P("Yannis Pappas-Lindholm",None,None)],
 [O(D_,"DTIC"), O("Cluster Turismo de Canarias"), O("Malta Tourism Innovation Network","MTIN"),
  O("Agência Regional para o Desenvolvimento da Investigação, Tecnologia e Inovação","ARDITI"),
  O("Visit Bornholm Business Cluster"), O("Sardegna Ricerche"), O("Region of the South Aegean"),
  O("University of the Aegean"), O("Department of Tourism Economics and Management"),
  O("Rhodes Chamber of Commerce and Industry"), O("Municipality of Rhodes"), O("AquaLogic Rhodes P.C.")],
 [E("third partner meeting of the ISLECLUST project","2034-05-09","2034-05-11","Rhodes","Greece"),
  E("welcome dinner","2034-05-09",None,"Rhodes","Greece"),
  E("Study visit to hotels and suppliers in Lindos and Faliraki","2034-05-10",None,"Lindos, Faliraki","Greece"),
  E("steering committee meeting","2034-05-11",None,"Rhodes","Greece"),
  E("public workshop for local companies on funding for energy upgrades","2034-05-11",None,"Rhodes","Greece"),
  E("fourth partner meeting","2034-11-14","2034-11-16","Rønne","Denmark"),
  E("study visit","2034-11-14","2034-11-16","Rønne","Denmark"),
  E("online steering committee meeting","2034-06-20",None,None,None)],
 ["2034-05-18","2034-05-09/2034-05-11","2034-05-09","2034-05-10","2034-05-11","2034-11-14/2034-11-16","2034-06-20","2034/2037"],
 ["Water is a bigger constraint than energy on most islands and should come first in the action plan",
  "Small hotels need shared services (energy audits, joint purchasing) that clusters can organise",
  "Data on water and energy use must be collected in the same way in all seven regions",
  "Each partner will bring at least three companies to the next study visit"],
 pub="2034-05-18")
