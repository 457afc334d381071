from h import *
F = 'g06_kuopio_water_forum_recap.md'
assert wd(2040,5,22)=='Tuesday' and wd(2040,5,23)=='Wednesday' and wd(2040,6,4)=='Monday'
T = """---
title: "Nordic Water Tech Forum 2040 – what we learned in Kuopio"
author: "Sanna Hyvärinen"
date: 2040-06-04
categories: [events, recap]
---

[Home](/) › [News](/news) › Nordic Water Tech Forum 2040 – recap

# Nordic Water Tech Forum 2040 – what we learned in Kuopio

*By Sanna Hyvärinen, Communications Manager, Savonia Water Cluster · 4 June 2040 · 7 min read*

![Panel discussion on the main stage](forum2040-panel.jpg)
*The industry panel on the second day. Photo: Ville Räsänen*

Two days, 340 participants from eleven countries, 46 speakers and 118 pre-arranged B2B meetings: the sixth **Nordic Water Tech Forum** on 22–23 May 2040 at the Kuopio Music Centre was the largest edition so far. The forum was organised by the Savonia Water Cluster together with the University of Eastern Finland (UEF), the Geological Survey of Finland (GTK) and Business Finland, with support from the City of Kuopio.

The theme of the year was *"Every drop counts: water efficiency for industry"*. In this recap we summarise the keynotes, the panels and the main takeaways, and we look ahead to next year.

## Day 1 – Tuesday, 22 May

The forum was opened by **Jukka Lappalainen**, Mayor of Kuopio, who reminded the audience that the city's water supply company was founded in 1907 and still treats its raw water from Lake Kallavesi. Cluster chair **Prof. Helvi Korhonen-Miettinen** (UEF) then presented the cluster's new strategy for 2040–2045.

The first keynote came from **Dr. Anders Lindqvist**, Chief Technology Officer of AquaNordic AB (Västerås), who described how his company reduced the water use of a pulp mill by 40 % through closed loops. He was followed by **Marta Ilves**, Head of the Water Department at the Estonian Environment Agency, who spoke about the new EU rules on water reuse and what they mean for permits in the Baltic states.

In the afternoon, three parallel sessions covered *digital water*, *mine water treatment* and *industrial symbiosis*. In the mine water session, **Tuomas Heikkinen** of Kemira Oyj presented results from a pilot at a nickel mine in Kainuu, while **Dr. Ingrid Sæther** (SINTEF, Trondheim) compared sulphate removal technologies.

Between the sessions, 22 companies and research groups showed their solutions in the foyer, from ceramic membranes to sensor buoys. Many visitors told us that the small size of the exhibition made real conversations possible, and we will keep it that way.

The day ended with the forum dinner at the Väinölänniemi Villa, where the **Water Innovation Award 2040** went to the Kuopio start-up Clearwave Analytics Oy for its real-time leak detection service.

## Day 2 – Wednesday, 23 May

The morning was dedicated to B2B meetings organised with the Enterprise Europe Network Finland. 118 meetings took place, and several participants have already reported follow-up visits.

The industry panel, moderated by **Sanna Hyvärinen**, brought together **Petri Kärkkäinen** (Managing Director, Savon Vesi Oy), **Laura Mäntylä** (Sustainability Director, Valio Ltd) and **Dr. Anders Lindqvist**. The panel agreed that water is still too cheap to drive investment alone, and that reporting obligations under the CSRD have done more for water efficiency than any subsidy.

In the afternoon, participants could choose between a site visit to the Lehtoniemi wastewater treatment plant and a visit to the UEF water laboratory. The forum closed at 15:30 with a summary by cluster manager **Mikko Toivanen**.

## Key takeaways

1. Water efficiency has moved from an environmental topic to a board-level risk topic, driven by droughts in 2037 and 2038 and by reporting obligations.
2. Closed water loops are technically mature in pulp, dairy and mining, but payback times of more than seven years still block investment in SMEs.
3. Digital monitoring is the easiest first step: companies that measure their water use per process typically save 10–15 % in the first year.
4. Permits and regulation differ strongly between the Nordic and Baltic countries; a shared guide for water reuse permits would help technology providers scale.
5. Cooperation between the water utilities and industry is the most underused resource in the region.

## What happens next

Based on the takeaways, the cluster will set up a working group on water reuse permits together with the Estonian Environment Agency and GTK; the first meeting is planned for September 2040. We will also publish the presentations and a short video summary on the forum website.

**Save the date:** the seventh Nordic Water Tech Forum will take place on 20–21 May 2041 in Kuopio.

## Thank you

Our warm thanks go to the speakers, to the partners and sponsors — Kemira Oyj, Savon Vesi Oy, Valmet Oyj and the Regional Council of Pohjois-Savo — and to the 27 volunteers from Savonia University of Applied Sciences who helped on site.

---

**Contact**
Mikko Toivanen, Cluster Manager, Savonia Water Cluster
mikko.toivanen@savoniawater.example.fi · +358 40 000 0000

*Previous editions: 2039 Joensuu · 2038 Kuopio · 2037 Mikkeli · 2036 Kuopio · 2035 Kuopio*

Share: [LinkedIn](#) · [X](#) · [Facebook](#) · [Copy link](#)
"""
write(F, T)
C = "Savonia Water Cluster"
gold(F,
 [P("Sanna Hyvärinen","Communications Manager",C), P("Ville Räsänen"),
  P("Jukka Lappalainen","Mayor of Kuopio",None),
  P("Helvi Korhonen-Miettinen","Cluster chair","Savonia Water Cluster"),
  P("Anders Lindqvist","Chief Technology Officer","AquaNordic AB"),
  P("Marta Ilves","Head of the Water Department","Estonian Environment Agency"),
  P("Tuomas Heikkinen",None,"Kemira Oyj"),
  P("Ingrid Sæther",None,"SINTEF"),
  P("Petri Kärkkäinen","Managing Director","Savon Vesi Oy"),
  P("Laura Mäntylä","Sustainability Director","Valio Ltd"),
  P("Mikko Toivanen","cluster manager",C)],
 [O(C), O("University of Eastern Finland","UEF"), O("Geological Survey of Finland","GTK"), O("Business Finland"),
  O("City of Kuopio"), O("AquaNordic AB"), O("Estonian Environment Agency"), O("Kemira Oyj"), O("SINTEF"),
  O("Clearwave Analytics Oy"), O("Enterprise Europe Network Finland"), O("Savon Vesi Oy"), O("Valio Ltd"), O("Valmet Oyj"),
  O("Regional Council of Pohjois-Savo"), O("Savonia University of Applied Sciences")],
 [E("Nordic Water Tech Forum","2040-05-22","2040-05-23","Kuopio","Finland"),
  E("forum dinner","2040-05-22",None,"Kuopio","Finland"),
  E("Water Innovation Award 2040","2040-05-22",None,"Kuopio","Finland"),
  E("B2B meetings","2040-05-23",None,"Kuopio","Finland"),
  E("site visit to the Lehtoniemi wastewater treatment plant","2040-05-23",None,"Kuopio","Finland"),
  E("visit to the UEF water laboratory","2040-05-23",None,"Kuopio","Finland"),
  E("working group on water reuse permits","2040-09"),
  E("Nordic Water Tech Forum","2041-05-20","2041-05-21","Kuopio","Finland"),
  E("Nordic Water Tech Forum (2039 edition)","2039",None,"Joensuu","Finland"),
  E("Nordic Water Tech Forum (2038 edition)","2038",None,"Kuopio","Finland"),
  E("Nordic Water Tech Forum (2037 edition)","2037",None,"Mikkeli","Finland"),
  E("Nordic Water Tech Forum (2036 edition)","2036",None,"Kuopio","Finland"),
  E("Nordic Water Tech Forum (2035 edition)","2035",None,"Kuopio","Finland")],
 ["2040-06-04","2040-05-22/2040-05-23","2040-05-22","2040-05-23","1907","2040/2045","2037","2038","2040-09","2041-05-20/2041-05-21","2039","2036","2035"],
 ["Water efficiency has moved from an environmental topic to a board-level risk topic, driven by droughts in 2037 and 2038 and by reporting obligations",
  "Closed water loops are technically mature in pulp, dairy and mining, but payback times of more than seven years still block investment in SMEs",
  "Digital monitoring is the easiest first step: companies that measure their water use per process typically save 10–15 % in the first year",
  "Permits and regulation differ strongly between the Nordic and Baltic countries; a shared guide for water reuse permits would help technology providers scale",
  "Cooperation between the water utilities and industry is the most underused resource in the region"],
 "2040-06-04")
