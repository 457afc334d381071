from h import *
F = 'g09_leipzig_final_conference_takeaways.md'
assert wd(2042,3,3)=='Monday' and wd(2042,3,4)=='Tuesday' and wd(2041,11,12)=='Tuesday'
T = """---
title: "Five takeaways from the CIRCON final conference in Leipzig"
author: "Greta Lindqvist-Sørensen"
date: 2042-03-11
tags: [circular construction, clusters, Interreg Central Europe, lessons learnt]
---

[← Back to the blog](/blog) · [Project results](/results) · [Partners](/partners)

# Five takeaways from the CIRCON final conference in Leipzig

*By Greta Lindqvist-Sørensen, communication officer, 11 March 2042 · 6 min read*

After three and a half years, fourteen partners and more than 60 pilot buildings, the CIRCON project on circular construction came to an end with its final conference in Leipzig on **3–4 March 2042**. The conference was hosted by the Saxon construction cluster BauCluster Mitteldeutschland e.V. at the Leipzig Trade Fair congress centre and brought together 230 participants from nine countries.

The first day opened with words of welcome from Burkhard Jungnickel, Deputy Mayor for Economic Affairs of the City of Leipzig, and from Dr. Zuzana Holubová-Reiter, the project's lead partner coordinator at the Slovak Innovation and Energy Agency (SIEA) in Bratislava. In the afternoon, partners presented the results of the pilots in Graz, Brno, Wrocław, Maribor and Pécs. On the second day participants could choose between a guided tour of the reused-materials depot in Leipzig-Plagwitz and a workshop on pre-demolition audits.

## Programme at a glance

- **Monday 3 March**
  - 10:00 Welcome and opening
  - 10:45 Keynote: "Buildings as material banks", Prof. Dr. Matthias Oberreuter, HTWK Leipzig
  - 11:30 Panel debate: "Who pays for circular buildings?"
  - 14:00 Pilot results, partner presentations
  - 19:00 Conference dinner at the Felsenkeller
- **Tuesday 4 March**
  - 09:00 Guided tour of the reused-materials depot, Plagwitz
  - 09:00 Workshop: pre-demolition audits in practice
  - 12:00 Closing and handover of the CIRCON Charter

## Key takeaways

Here are the five messages we heard most often in the two days:

1. **Demand comes first.** Circular materials find buyers when public clients write reuse targets into their tenders; without that, pilots stay pilots
2. **Clusters are the glue.** Where a construction cluster was a partner, pilots involved three times as many SMEs as elsewhere
3. **Data beats goodwill.** Material passports and digital inventories were the single most valued tool in the partner survey
4. **Regulation lags behind.** Certification of reused steel and timber is still national and slow; partners call for mutual recognition across borders
5. **Small municipalities need help.** They have the buildings but not the staff to run pre-demolition audits

## What comes next

The CIRCON Charter, signed at the close by 27 organisations including the Chamber of Crafts of Leipzig and the Graz Energy Agency, commits its signatories to at least one circular tender each before the end of 2042. The partners will present the results at the Interreg Central Europe annual event in Vienna on 9 June 2042, and a follow-up proposal is being prepared with the construction clusters of Styria and South Moravia.

Project manager Ondřej Kratochvíl of the Brno-based cluster CzechBuild Innovation said the mid-term review in Brno on 12 November 2041 had been a turning point: "That was when the municipalities began to ask us for help, instead of the other way round."

## Lessons learnt from running the project

- Start the stakeholder groups in the first month, not after the analysis phase
- Budget for translation: half of the pilot documentation had to be produced in five languages
- Keep one person per partner responsible for communication

Thanks to all partners, speakers and to the team of BauCluster Mitteldeutschland for hosting us. Presentations and photos are available on the [results page](/results).

*CIRCON was co-financed by the European Regional Development Fund through the Interreg Central Europe programme.*

[Share on LinkedIn] · [Subscribe to the newsletter] · [Contact](/contact)
"""
write(F, T)
gold(F,
 [P("Greta Lindqvist-Sørensen","communication officer",None),
  P("Burkhard Jungnickel","Deputy Mayor for Economic Affairs","City of Leipzig"),
  P("Zuzana Holubová-Reiter","lead partner coordinator","Slovak Innovation and Energy Agency"),
  P("Matthias Oberreuter",None,"HTWK Leipzig"),
  P("Ondřej Kratochvíl","Project manager","CzechBuild Innovation")],
 [O("BauCluster Mitteldeutschland e.V."), O("City of Leipzig"), O("Slovak Innovation and Energy Agency","SIEA"),
  O("HTWK Leipzig"), O("Chamber of Crafts of Leipzig"), O("Graz Energy Agency"), O("CzechBuild Innovation")],
 [E("CIRCON final conference","2042-03-03","2042-03-04","Leipzig","Germany"),
  E("Conference dinner","2042-03-03",None,"Leipzig","Germany"),
  E("Guided tour of the reused-materials depot","2042-03-04",None,"Leipzig","Germany"),
  E("Interreg Central Europe annual event","2042-06-09",None,"Vienna","Austria"),
  E("mid-term review","2041-11-12",None,"Brno","Czech Republic")],
 ["2042-03-11","2042-03-03/2042-03-04","2042-03-03","2042-03-04","2042","2042-06-09","2041-11-12"],
 ["**Demand comes first.** Circular materials find buyers when public clients write reuse targets into their tenders; without that, pilots stay pilots",
  "**Clusters are the glue.** Where a construction cluster was a partner, pilots involved three times as many SMEs as elsewhere",
  "**Data beats goodwill.** Material passports and digital inventories were the single most valued tool in the partner survey",
  "**Regulation lags behind.** Certification of reused steel and timber is still national and slow; partners call for mutual recognition across borders",
  "**Small municipalities need help.** They have the buildings but not the staff to run pre-demolition audits",
  "Start the stakeholder groups in the first month, not after the analysis phase",
  "Budget for translation: half of the pilot documentation had to be produced in five languages",
  "Keep one person per partner responsible for communication"],
 pub="2042-03-11")
