from h import *
F = 'g06_lorient_webinar_recap.md'
T = """[Home](/) | [Cluster](/cluster) | [Projects](/projects) | [Events](/events) | [Resources](/resources) | [Join us](/join)

# Webinar recap: "Boats that come back" – circular composites in the Atlantic nautical industry

*Posted on 12 June 2034 by the Bretagne Nautisme & Composites team · Category: Webinars, Circular economy*

On Thursday 8 June 2034 the cluster Bretagne Nautisme & Composites (BNC), based in Lorient, held the second webinar of its spring series on the end of life of recreational boats and composite parts. Some 180 people registered and 132 followed the session live; the recording is available to members.

The webinar was moderated by **Gwenaëlle Le Floc'h**, project manager for the circular economy at BNC. It was opened by **Yann-Erwan Kerbrat**, President of BNC and CEO of Chantier Naval du Scorff SAS, who recalled that more than 20,000 end-of-life boats are expected to be dismantled on the French Atlantic coast in the next ten years.

## Speakers

- **Dr. Marie-Hélène Guillou**, researcher at the Institut de Recherche Dupuy de Lôme (IRDL), Université Bretagne Sud (UBS)
- **Ronan Tanguy**, managing director, Kompozit Recycling SAS, Lanester
- **Ana Sofia Pereira Lopes**, cluster manager, Oceano XXI – Association for the Knowledge of the Sea Economy (Portugal)
- **Hendrik ter Steege**, programme manager, Netherlands Maritime Technology (NMT)
- **Élodie Marchand-Vasseur**, head of the economic development department, Lorient Agglomération

## What was discussed

Marie-Hélène Guillou opened with an overview of recycling routes for glass and carbon fibre composites: mechanical grinding, pyrolysis, solvolysis and the newer thermoplastic resins that can be remelted. She stressed that none of these routes is yet economic without a steady supply of material, and that boats are a difficult stream because hulls contain wood, foam, metal and resins in varying proportions.

Ronan Tanguy described how Kompozit Recycling has processed some 1,400 tonnes of composite waste since 2031, mostly from wind turbine blades. Boat hulls, he said, are harder to prepare but could fill the gaps between large wind contracts. His company is ready to invest in a second line if the regional collection network guarantees volumes.

From Aveiro, Ana Sofia Pereira Lopes presented the Portuguese experience of a joint dismantling platform between marinas and shipyards, funded partly by the ports. Hendrik ter Steege explained how Dutch yards have started to design boats with labelled, separable materials, following a voluntary code adopted by NMT members in 2032.

Élodie Marchand-Vasseur, finally, presented the plans of Lorient Agglomération for a "nautical circular hub" on the former submarine base site, where dismantling, storage and repair of boats would be grouped. A feasibility study is due by the end of 2034.

## Audience questions

Participants asked about costs for owners, the role of the national eco-organisation for boats and the training of workers in dismantling. Several shipyards noted that they lack staff trained to handle composite dust safely. Others asked whether eco-design labels could be harmonised across Europe, so that a boat built in the Netherlands can be dismantled in Brittany without surprises.

## Lessons learnt

At the end of the webinar, the moderator summarised the lessons learnt, which the BNC team has since discussed with the speakers:

1. Recycling routes exist, but they only become viable when collection guarantees stable volumes.
2. Design for dismantling pays off: labelled, separable materials cut dismantling time by up to half.
3. Ports and marinas are natural collection points and should be involved from the beginning.
4. Worker training on composite dust and safety is a bottleneck that clusters can address together.
5. European harmonisation of eco-design labels would help yards that sell abroad.

## Next steps

BNC will set up a working group on boat dismantling open to all members; its first meeting is planned for 5 July 2034 at the Lorient La Base offices. The third webinar of the spring series, on bio-based resins, has been moved from 22 June to 29 June 2034. The cluster will also present the results of the webinar at the Nautic Tech Days in La Rochelle on 17–18 October 2034.

*Contact: Gwenaëlle Le Floc'h, Bretagne Nautisme & Composites, Lorient. Members can download the slides from the resources section.*

---
© 2034 Bretagne Nautisme & Composites · Legal notice · Privacy · Newsletter
"""
write(F, T)
gold(F,
 [P("Gwenaëlle Le Floc'h", "project manager for the circular economy", "BNC"),
  P("Yann-Erwan Kerbrat", "President", "BNC"),
  P("Marie-Hélène Guillou", "researcher", "Institut de Recherche Dupuy de Lôme"),
  P("Ronan Tanguy", "managing director", "Kompozit Recycling SAS"),
  P("Ana Sofia Pereira Lopes", "cluster manager", "Oceano XXI – Association for the Knowledge of the Sea Economy"),
  P("Hendrik ter Steege", "programme manager", "Netherlands Maritime Technology"),
  P("Élodie Marchand-Vasseur", "head of the economic development department", "Lorient Agglomération")],
 [O("Bretagne Nautisme & Composites", "BNC"), O("Chantier Naval du Scorff SAS"),
  O("Institut de Recherche Dupuy de Lôme", "IRDL"), O("Université Bretagne Sud", "UBS"), O("Kompozit Recycling SAS"),
  O("Oceano XXI – Association for the Knowledge of the Sea Economy"), O("Netherlands Maritime Technology", "NMT"),
  O("Lorient Agglomération")],
 [E("\"Boats that come back\" – circular composites in the Atlantic nautical industry", "2034-06-08", None, None, None),
  E("working group on boat dismantling first meeting", "2034-07-05", None, "Lorient", "France"),
  E("third webinar of the spring series", "2034-06-29", None, None, None),
  E("Nautic Tech Days", "2034-10-17", "2034-10-18", "La Rochelle", "France")],
 ["2034-06-12", "2034-06-08", "2031", "2032", "2034", "2034-07-05", "2034-06-22", "2034-06-29", "2034-10-17/2034-10-18"],
 ["Recycling routes exist, but they only become viable when collection guarantees stable volumes",
  "Design for dismantling pays off: labelled, separable materials cut dismantling time by up to half",
  "Ports and marinas are natural collection points and should be involved from the beginning",
  "Worker training on composite dust and safety is a bottleneck that clusters can address together",
  "European harmonisation of eco-design labels would help yards that sell abroad"],
 pub="2034-06-12")
