from h import *
F = 'g03_slavonia_s3_workshop_summary.txt'
assert wd(2036,2,19)=='Tuesday' and wd(2036,4,15)=='Tuesday'
T = """From: Slavonia Agri-Food & Wood Cluster <info@sawc.example.hr>
Subject: Summary – S3 entrepreneurial discovery workshop, Osijek, 19 February 2036

---------------------------------------------------------------
ENTREPRENEURIAL DISCOVERY WORKSHOP
"Food, wood and water: priorities for Slavonia's smart specialisation 2036–2042"
Summary and agreed actions
Osijek, Tuesday 19 February 2036
Venue: Faculty of Agrobiotechnical Sciences Osijek, Hall 2
---------------------------------------------------------------

Organisers: Slavonia Agri-Food & Wood Cluster (SAWC), Osijek-Baranja County Development Agency (OBDA) and the Ministry of Regional Development and EU Funds. The workshop was one of six held across Croatia to prepare the regional annex of the national smart specialisation strategy.

Participants: 64 people attended (31 companies, 12 research groups, 14 public bodies, 7 others). The list of participants is annexed (Annex 1, not included in this e-mail version).

AGENDA
09:30 Welcome — Vlatka Jurić, Director, OBDA
09:45 Why a regional annex? — Ante Perković, Head of Sector for Smart Specialisation, Ministry of Regional Development and EU Funds
10:15 The evidence: patents, exports and skills in Slavonia — Prof. Dubravka Kovačević, University of Osijek
11:00 Coffee
11:15 Three working tables (food / wood / water)
13:30 Lunch
14:15 Reporting back and voting on actions
15:30 Close — Mladen Šimić, President, SAWC

1. INTRODUCTION

Vlatka Jurić opened the workshop by recalling that Slavonia had the lowest R&D intensity of Croatia's regions in 2034 but the fastest growth of food exports since 2030. Ante Perković explained that the ministry wanted each region to name no more than three priority domains, each with concrete actions and an owner.

Prof. Dubravka Kovačević presented a mapping carried out by the Josip Juraj Strossmayer University of Osijek with the Croatian Chamber of Economy – County Chamber Osijek. It showed strong clusters of activity in grain processing, meat, furniture and veneer, and a small but fast-growing group of water-technology firms around Vukovar.

2. WORKING TABLES

Food table (moderator: Ivana Radić, SAWC). Participants agreed that the region's strength lies in primary production but that value is added elsewhere. Pilot lines for plant proteins and for processing of by-products were seen as the most urgent need.

Wood table (moderator: Krunoslav Babić, Spačva d.d.). Furniture makers reported a shortage of designers and of CNC operators. Slavonian oak certification was discussed as a common brand.

Water table (moderator: Dr Petra Lončar, Croatian Waters). Irrigation, flood protection and water reuse were mentioned by almost all participants; Tomislav Bošnjak of Vodovod Osijek d.o.o. proposed a shared test bed at the Osijek wastewater plant.

3. AGREED ACTIONS

Participants voted on eleven proposed actions; the following six received a majority and were agreed:

A1. Set up a plant-protein pilot line at the Faculty of Food Technology Osijek by the end of 2037 (owner: SAWC)
A2. Launch a Slavonian Oak quality mark for furniture and veneer (owner: Croatian Chamber of Economy – County Chamber Osijek)
A3. Open a water-reuse test bed at the Osijek wastewater plant (owner: Vodovod Osijek d.o.o.)
A4. Create a regional dual-education programme for CNC operators and furniture designers (owner: OBDA with vocational schools)
A5. Map by-product flows of the ten largest food processors (owner: SAWC)
A6. Hold a follow-up workshop to review progress after twelve months (owner: OBDA)

Actions on biogas and on hemp textiles did not receive a majority and will be discussed again in the autumn.

4. NEXT STEPS

- The draft regional annex will be circulated to participants by 15 March 2036 for written comments.
- Comments are due by Tuesday 15 April 2036.
- The annex will be submitted to the ministry in May 2036.
- SAWC will present the results at the Croatian Cluster Day in Zagreb in June 2036.

Mladen Šimić closed the workshop by thanking the Faculty for hosting and reminding participants that "a strategy with no owner for its actions is only a wish list".

Minutes: Ivana Radić, SAWC
Approved by: Vlatka Jurić, OBDA

---
Slavonia Agri-Food & Wood Cluster
Trg Ante Starčevića 7, 31000 Osijek, Croatia
www.sawc.example.hr | +385 31 000 000
You receive this e-mail because you registered for the workshop. Unsubscribe | Update preferences
"""
write(F, T)
S = "Slavonia Agri-Food & Wood Cluster"; OB = "Osijek-Baranja County Development Agency"
gold(F,
 [P("Vlatka Jurić","Director",OB), P("Ante Perković","Head of Sector for Smart Specialisation","Ministry of Regional Development and EU Funds"),
  P("Dubravka Kovačević",None,"University of Osijek"), P("Mladen Šimić","President",S), P("Ivana Radić","moderator",S),
  P("Krunoslav Babić","moderator","Spačva d.d."), P("Petra Lončar","moderator","Croatian Waters"), P("Tomislav Bošnjak",None,"Vodovod Osijek d.o.o.")],
 [O(S,"SAWC"), O(OB,"OBDA"), O("Ministry of Regional Development and EU Funds"), O("Faculty of Agrobiotechnical Sciences Osijek"),
  O("Josip Juraj Strossmayer University of Osijek"), O("Croatian Chamber of Economy – County Chamber Osijek"), O("Spačva d.d."),
  O("Croatian Waters"), O("Vodovod Osijek d.o.o."), O("Faculty of Food Technology Osijek")],
 [E("S3 entrepreneurial discovery workshop","2036-02-19",None,"Osijek","Croatia"),
  E("follow-up workshop",None,None,None,None),
  E("Croatian Cluster Day","2036-06",None,"Zagreb","Croatia")],
 ["2036-02-19","2036/2042","2034","2030","2037","2036-03-15","2036-04-15","2036-05","2036-06"],
 ["Set up a plant-protein pilot line at the Faculty of Food Technology Osijek by the end of 2037 (owner: SAWC)",
  "Launch a Slavonian Oak quality mark for furniture and veneer (owner: Croatian Chamber of Economy – County Chamber Osijek)",
  "Open a water-reuse test bed at the Osijek wastewater plant (owner: Vodovod Osijek d.o.o.)",
  "Create a regional dual-education programme for CNC operators and furniture designers (owner: OBDA with vocational schools)",
  "Map by-product flows of the ten largest food processors (owner: SAWC)",
  "Hold a follow-up workshop to review progress after twelve months (owner: OBDA)"],
 None)
