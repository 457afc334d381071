from h import *
F = 'g15_limburg_circular_plastics_event_recap.txt'
assert wd(2039,5,19)=='Thursday' and wd(2039,6,14)=='Tuesday' and wd(2039,9,29)=='Thursday'
T = """Skip to main content
Circular Plastics Limburg
Cluster  Members  Innovation  Events  News  Jobs  Contact    NL | EN
Search
We use cookies
We and our partners use cookies to personalise content and to analyse traffic. You can change your choice at any time via "Cookie settings" at the bottom of this page.
Accept all cookies   Manage preferences

Home › News › Events › Recap: Plastics Recycling Day 2039 in Genk

Recap: Plastics Recycling Day 2039 in Genk
By Lotte Vanderhoven · 24 May 2039 · 6 min read
Events  Recycling  Policy

Share on LinkedIn   Share on Facebook   Share on X   Copy link

[Image: Panel discussion in the main hall of Thor Central, Genk]
Panel on chemical recycling with (from left) Bart Lemmens, Dr. Sofie Claessens, Julien Marchetti and moderator Eva Peeters. © Circular Plastics Limburg / Photo: Koen Bruyninckx

On Thursday 19 May 2039, more than 340 recyclers, converters, brand owners and researchers came together at Thor Central in Genk for the fourth Plastics Recycling Day. The event was organised by Circular Plastics Limburg together with the Limburg Development Agency (POM Limburg), Hasselt University (UHasselt) and the Flemish cluster for chemistry and plastics, Catalisti. Here are the highlights of the day – and what comes next.

A full programme
09:00 Registration and coffee
09:30 Welcome by cluster manager Wim Jacobs
09:45 Opening address by Lore Van Dyck, Deputy of the Province of Limburg for economy
10:15 Keynote: "Recycled content targets: the view from Brussels" – Dr. Katharina Brandauer, Policy Officer, Directorate-General for Environment (DG ENV), European Commission
11:00 Panel: Mechanical or chemical recycling – or both?
12:30 Networking lunch
14:00 Parallel workshops: (1) sorting of flexible packaging, (2) recycled plastics in automotive parts, (3) design for recycling
16:00 Pitches of six start-ups
17:00 Award ceremony: Limburg Circular Plastics Award 2039
17:30 Networking drinks

The keynote
Dr. Brandauer explained that the revised packaging rules would raise the share of recycled content in plastic packaging step by step from 2040. "Limburg has the sorting plants, the chemistry and the converters in one small area," she said. "That is exactly the kind of value chain the new targets need." She also warned that the supply of clean, food-grade recyclate would remain short for at least five years.

The panel
The most lively session of the day was the panel on recycling technologies. Bart Lemmens, Managing Director of Limburg Recycling Group NV, argued that mechanical recycling must stay the first option because it uses far less energy. Dr. Sofie Claessens, Professor of Polymer Chemistry at UHasselt, presented results from the pyrolysis pilot at the Campus Diepenbeek. Julien Marchetti, Head of Sustainability at Sabic Geleen, said his company would buy "every tonne of good pyrolysis oil the region can make". Moderator Eva Peeters of Catalisti closed with a plea for more transparent data on yields.

Workshops and start-ups
In the afternoon, around 60 participants took part in each workshop. The automotive workshop was led by Tom Hendrikx of the Ford Genk Supplier Park and Nadia El Amrani of Plastiflex Group. Six start-ups pitched their ideas to a jury of investors. The audience prize went to SortAI, a spin-off of KU Leuven, for its camera-based sorting of black plastics.

The award
The Limburg Circular Plastics Award 2039 went to Beverplast BV in Beringen for its crates made of 100% recycled polypropylene from household waste. Managing partner Annelies Schoofs received the award from Deputy Lore Van Dyck. A special mention went to the Kempen Sheltered Workshop (Kempens Beschutte Werkplaats) for its dismantling line for electronic waste.

What we learned
Key takeaways from the Plastics Recycling Day 2039:
- Mechanical and chemical recycling are complementary; the region needs both, with clear rules on which waste goes where
- The lack of food-grade recyclate is the main bottleneck for packaging converters in the coming years
- Companies want shared testing capacity for recycled materials in Limburg
- Data on sorting yields must become more open to build trust with brand owners

What's next
Tuesday 14 June 2039 – Webinar "Recycled plastics in construction products" (online, 11:00–12:00)
Thursday 29 September 2039 – Company visit to the Beverplast plant in Beringen, followed by the cluster's members' evening
November 2039 – Mission to the K trade fair in Düsseldorf (details follow)

Thank you
Thanks to all speakers, our partners and the volunteers of the UHasselt student association. Photos of the day are available in our photo album. The presentations can be downloaded by registered participants.

Save the date: Plastics Recycling Day 2040 will take place on 24 May 2040 in Hasselt.

Tags: recycling, chemical recycling, packaging, award, Genk

You might also like
Circular Plastics Limburg welcomes 12 new members (April 2039)
Interview: why Beringen became a recycling hub (March 2039)
See all news

Newsletter
Stay informed about cluster events and calls. Subscribe
First name  Last name  E-mail  I agree with the privacy statement  Subscribe

Contact
Circular Plastics Limburg vzw
Wetenschapspark 1, 3590 Diepenbeek, Belgium
info@cplimburg.example.be
Lotte Vanderhoven, Communication Officer

Privacy statement · Cookie settings · Disclaimer · © 2039 Circular Plastics Limburg
"""
write(F, T)
C = "Circular Plastics Limburg"
gold(F,
 [P("Lotte Vanderhoven","Communication Officer",C), P("Bart Lemmens","Managing Director","Limburg Recycling Group NV"),
  P("Sofie Claessens","Professor of Polymer Chemistry","UHasselt"), P("Julien Marchetti","Head of Sustainability","Sabic Geleen"),
  P("Eva Peeters","moderator","Catalisti"), P("Koen Bruyninckx",None,None), P("Wim Jacobs","cluster manager",C),
  P("Lore Van Dyck","Deputy of the Province of Limburg for economy",None),
  P("Katharina Brandauer","Policy Officer","Directorate-General for Environment"),
  P("Tom Hendrikx",None,"Ford Genk Supplier Park"), P("Nadia El Amrani",None,"Plastiflex Group"),
  P("Annelies Schoofs","Managing partner","Beverplast BV")],
 [O(C), O("Limburg Development Agency","POM Limburg"), O("Hasselt University","UHasselt"), O("Catalisti"), O("Province of Limburg"),
  O("Directorate-General for Environment","DG ENV"), O("European Commission"), O("Limburg Recycling Group NV"), O("Sabic Geleen"),
  O("Ford Genk Supplier Park"), O("Plastiflex Group"), O("SortAI"), O("KU Leuven"), O("Beverplast BV"),
  O("Kempen Sheltered Workshop")],
 [E("Plastics Recycling Day 2039","2039-05-19",None,"Genk","Belgium"),
  E("Award ceremony: Limburg Circular Plastics Award 2039","2039-05-19",None,"Genk","Belgium"),
  E("Networking drinks","2039-05-19",None,"Genk","Belgium"),
  E("Networking lunch","2039-05-19",None,"Genk","Belgium"),
  E('Webinar "Recycled plastics in construction products"',"2039-06-14",None,None,None),
  E("Company visit to the Beverplast plant in Beringen","2039-09-29",None,"Beringen","Belgium"),
  E("members' evening","2039-09-29",None,"Beringen","Belgium"),
  E("Mission to the K trade fair in Düsseldorf","2039-11",None,"Düsseldorf","Germany"),
  E("Plastics Recycling Day 2040","2040-05-24",None,"Hasselt","Belgium")],
 ["2039-05-24","2039-05-19","2040","2039-06-14","2039-09-29","2039-11","2040-05-24","2039-04","2039-03"],
 ["Mechanical and chemical recycling are complementary; the region needs both, with clear rules on which waste goes where",
  "The lack of food-grade recyclate is the main bottleneck for packaging converters in the coming years",
  "Companies want shared testing capacity for recycled materials in Limburg",
  "Data on sorting yields must become more open to build trust with brand owners"], "2039-05-24")
