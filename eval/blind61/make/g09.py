from common import *
F = 'b61_09_position_paper_limburg.md'
KM = ["Keep a dedicated cluster policy at Flemish level, with multi-annual funding of at least seven years for each spearhead cluster",
 "Recognise logistics as a strategic value chain in the next Flemish and Dutch smart specialisation strategies",
 "Open the border: align subsidy rules in Limburg (BE), Limburg (NL) and North Rhine-Westphalia so that cross-border consortia are not penalised",
 "Invest in data: fund a shared data platform for multimodal freight along the Albert Canal and the Meuse",
 "Make skills a cluster task: finance cluster organisations to run joint training with schools and the VDAB"]
t = """---
title: "Position paper: Five demands of the Limburg logistics and manufacturing cluster for the 2036–2041 period"
author: "Board of Limburg Connects vzw"
date: 2035-11-05
---

# Five demands for 2036–2041

**Position paper of Limburg Connects vzw, the cluster association for logistics and advanced manufacturing in the province of Limburg (Belgium)**

Hasselt, 5 November 2035

## Who we are

Limburg Connects vzw was founded in 2019 by 23 companies and the Provinciale Ontwikkelingsmaatschappij Limburg (POM Limburg). Today it has 184 members: shippers, logistics service providers, manufacturers, ports along the Albert Canal, Hasselt University (UHasselt), PXL University of Applied Sciences and Arts and the Flemish employment service VDAB. The association is recognised as a spearhead cluster partner by the agency Flanders Innovation & Entrepreneurship (VLAIO) and holds a Silver Label.

Our chair is Griet Vanderhoven-Maes, chief executive of the inland port operator Haven Genk NV. Our managing director is Dr. Ir. Koen Bijnens.

## Why now

The Flemish Government will adopt its new economic policy framework in the first half of 2036. At the same time, the Euregio Meuse-Rhine is preparing its strategy, and the European Commission has announced a review of the rules for interregional innovation investments. Limburg has lost 4,200 industrial jobs since the closure of the Ford Genk plant in 2014, and has built back a strong logistics sector, but growth has slowed since 2031. This paper was adopted by the board on 28 October 2035 after a consultation of members that ran from 1 September to 15 October 2035 and included three member workshops in Genk, Lommel and Tongeren.

## Our demands

We ask the Flemish Government, the Province of Limburg and the European institutions to:

""" + "".join(f"{i}. {k}.\n" for i, k in enumerate(KM, 1)) + """
## Explanation of the demands

**On funding.** The spearhead cluster model has worked because it gives partners a horizon of several years. Annual calls and one-year extensions, as seen in 2033 and 2034, push cluster teams to spend their time on applications instead of on projects. Ten years of data from our members show that projects prepared within the cluster had a success rate of 46% in competitive calls, against 19% for projects prepared alone.

**On the border.** Half of our members have customers or sites in the Netherlands or Germany. Yet a consortium with a partner from Maastricht or Aachen is scored lower in several Flemish schemes than a purely Flemish one. We welcome the joint statement signed with Brightlands and the NRW logistics network LogistikRuhr e.V. on 12 June 2035 and ask the governments to follow.

**On data.** A shared data platform would let barges, trains and trucks be planned together. Our pilot with the Port of Antwerp-Bruges and De Vlaamse Waterweg nv showed that 12% of empty kilometres could be avoided.

**On skills.** Members report more than 1,100 open positions for drivers, technicians and planners. Training delivered jointly by the cluster, secondary schools and the VDAB has the best placement record.

## Contact

Dr. Ir. Koen Bijnens, managing director — koen.bijnens@limburgconnects.be
Sarah El Amrani, policy advisor — +32 11 00 00 00

*Limburg Connects vzw · Kempische Steenweg 293 · 3500 Hasselt · enterprise number 0712.345.678*
"""
write_text(F, t)
gold(F, [
 P("Griet Vanderhoven-Maes", "chief executive", "Haven Genk NV"),
 P("Koen Bijnens", "managing director", "Limburg Connects vzw"),
 P("Sarah El Amrani", "policy advisor", "Limburg Connects vzw"),
],[
 O("Limburg Connects vzw"), O("Provinciale Ontwikkelingsmaatschappij Limburg", "POM Limburg"),
 O("Hasselt University", "UHasselt"), O("PXL University of Applied Sciences and Arts"), O("VDAB"),
 O("Flanders Innovation & Entrepreneurship", "VLAIO"), O("Haven Genk NV"), O("Flemish Government"),
 O("Euregio Meuse-Rhine"), O("European Commission"), O("Province of Limburg"),
 O("Brightlands"), O("LogistikRuhr e.V."), O("Port of Antwerp-Bruges"), O("De Vlaamse Waterweg nv"),
],[
 E("three member workshops", None, None, "Genk, Lommel, Tongeren", "Belgium"),
],["2036/2041","2035-11-05","2019","2036","2014","2031","2035-10-28","2035-09-01/2035-10-15","2033","2034","2035-06-12"],
 KM, pub="2035-11-05")
