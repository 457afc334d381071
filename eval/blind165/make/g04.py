from h import *
F = 'g04_weiz_hydrogen_valley_lessons_learnt.md'
assert wd(2041,2,14)=='Thursday' and wd(2041,4,9)=='Tuesday'
T = """# Lessons learnt from three years of H2-ALPS

*Interreg Alpine Space project H2-ALPS · Closing paper of Work Package 4 · Weiz, 14 February 2041*

**Prepared by:** W.E.I.Z. Innovationszentrum GmbH (lead partner), Weiz, Austria
**Editors:** Mag. Christina Pölzl (project manager) and DI Bernhard Feiertag (WP4 leader)
**Status:** final, approved by the project steering group on Thursday 14 February 2041

---

## Why this paper

Between March 2038 and February 2041, eight partners from Austria, Italy, Slovenia, France and Germany tested how small industrial regions in the Alps can build hydrogen value chains without a large refinery or steel plant at their centre. The pilot regions were East Styria around Weiz and Gleisdorf, the Valle Camonica in Lombardy, the Savinja valley in Slovenia and the Maurienne valley in Savoie.

This paper collects what the partners would do differently next time. It is written for cluster managers, regional agencies and funders, not for hydrogen engineers.

## The partnership

| Partner | Country |
|---|---|
| W.E.I.Z. Innovationszentrum GmbH | Austria |
| Green Tech Cluster Styria | Austria |
| Comunità Montana di Valle Camonica | Italy |
| Consorzio Intellimech | Italy |
| Razvojna agencija Savinja | Slovenia |
| Pôle Véhicule du Futur | France |
| Auvergne-Rhône-Alpes Entreprises | France |
| Bayern Innovativ GmbH | Germany |

## What we did

- four regional hydrogen roadmaps, adopted by the municipal or valley councils
- 36 company check-ups on hydrogen readiness
- a transnational study tour to the HyPerformer region in Bavaria in October 2039
- a mid-term conference in Darfo Boario Terme on 5–6 June 2039
- the final conference in Weiz on Tuesday 9 April 2041 (see below)

## Lessons learnt

- Start with the users, not the producers: in every valley the first question of companies was who would buy the hydrogen, not who would make it
- A roadmap adopted by a council is worth more than a better roadmap that stays in a drawer
- Small regions need a neutral broker; in Weiz and Savinja this role was taken by the cluster, in the Maurienne by no one, and progress there was slowest
- Company check-ups work best when combined with a visit to a plant that already uses hydrogen
- Three years are too short to move from roadmap to investment; funders should plan a second phase from the start

## A voice from the regions

"We thought hydrogen was a topic for the big players in Linz," said Johann Kogler, managing director of a metal-working company in Gleisdorf. "The check-up showed us that our furnaces are exactly where it makes sense." Mateja Krajnc of Razvojna agencija Savinja added that the Slovenian pilot had "opened doors to the ministry that were closed before".

## Final conference

The closing conference *Small valleys, big molecules* will take place on Tuesday 9 April 2041 at the Kunsthaus Weiz. It will be opened by the mayor of Weiz, Erwin Eggenreich, and by Dr. Ursula Lackner-Pichler, head of the economic department of the Province of Styria. The afternoon includes a visit to the electrolyser at the Weiz wastewater plant.

## Contacts

Christina Pölzl, W.E.I.Z. Innovationszentrum GmbH, Franz-Pichler-Straße 30, 8160 Weiz
Bernhard Feiertag, WP4 leader, feiertag@weiz.example.at

*This project is co-funded by the European Union through the Interreg Alpine Space programme. The content reflects the authors' views only.*
"""
write(F, T)
W="W.E.I.Z. Innovationszentrum GmbH"
gold(F,
 [P("Christina Pölzl","project manager",W), P("Bernhard Feiertag","WP4 leader",W),
  P("Johann Kogler","managing director",None), P("Mateja Krajnc",None,"Razvojna agencija Savinja"),
  P("Erwin Eggenreich","mayor of Weiz",None),
  P("Ursula Lackner-Pichler","head of the economic department","Province of Styria")],
 [O(W), O("Green Tech Cluster Styria"), O("Comunità Montana di Valle Camonica"), O("Consorzio Intellimech"),
  O("Razvojna agencija Savinja"), O("Pôle Véhicule du Futur"), O("Auvergne-Rhône-Alpes Entreprises"),
  O("Bayern Innovativ GmbH"), O("Province of Styria"), O("European Union")],
 [E("transnational study tour to the HyPerformer region in Bavaria","2039-10",None,None,"Germany"),
  E("mid-term conference","2039-06-05","2039-06-06","Darfo Boario Terme","Italy"),
  E("Small valleys, big molecules","2041-04-09",None,"Weiz","Austria"),
  E("visit to the electrolyser at the Weiz wastewater plant","2041-04-09",None,"Weiz","Austria"),
  E("project steering group","2041-02-14",None,None,None)],
 ["2041-02-14","2038-03/2041-02","2039-10","2039-06-05/2039-06-06","2041-04-09"],
 ["Start with the users, not the producers: in every valley the first question of companies was who would buy the hydrogen, not who would make it",
  "A roadmap adopted by a council is worth more than a better roadmap that stays in a drawer",
  "Small regions need a neutral broker; in Weiz and Savinja this role was taken by the cluster, in the Maurienne by no one, and progress there was slowest",
  "Company check-ups work best when combined with a visit to a plant that already uses hydrogen",
  "Three years are too short to move from roadmap to investment; funders should plan a second phase from the start"],
 pub="2041-02-14")
