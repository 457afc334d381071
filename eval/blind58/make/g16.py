from h import *
F = 'balearic_cluster_study_visit_bornholm_blog.md'
T = f"""# Blog · What an island of 40,000 people taught us about energy: our study visit to Bornholm

*Posted {wd(2037,6,8)}, 8 June 2037 · by Joana Ferrer i Pons, Innovation Manager · Category: Study visits, Energy*

From 2 to 5 June 2037, a group of 17 members of the **Balearic Islands Energy and Sustainability Cluster** (Clúster Balear d'Energia i Sostenibilitat, CBES) travelled to Bornholm, the Danish island in the Baltic Sea that has been working for twenty years to become carbon-neutral. The trip was organised together with **Business Center Bornholm** and financed partly by the Balearic Government's Directorate-General for Energy Transition and Climate Change. Here is what we saw, whom we met and what we bring home.

## Day 1: arrival in Rønne and the energy island project

We landed in Rønne on a grey Tuesday afternoon and went straight to the harbour, where **Mette Kofoed-Larsen**, director of Business Center Bornholm, gave us the first overview. Bornholm will host the electrical hub of the Energy Island Bornholm, which will connect offshore wind farms in the Baltic to Denmark and Germany. "For us the question was never whether to do it, but how to make sure the island keeps some of the value," she told us.

In the evening we had dinner with **Jens Holm Nielsen**, mayor of the Regional Municipality of Bornholm. He explained how the municipality decided in 2008 on the "Bright Green Island" strategy and why the island insists on local ownership of part of the wind turbines. Our cluster president **Miquel Àngel Coll Serra** (Coll Enginyeria S.L.) compared the situation with Mallorca: "We have ten times more people and twenty times more tourists, but the same problem: every litre of fuel comes by ship."

## Day 2: district heating, straw and the utility

On Wednesday morning we visited the utility **Bornholms Energi & Forsyning A/S** (BEOF) and its combined heat and power plant in Rønne, where wood chips and straw have replaced most of the coal. Plant manager **Søren Ipsen** showed us the new seawater heat pump. Our member **Dr. Laura Sastre-Vidal** of the University of the Balearic Islands (UIB) asked many questions about the performance of the pump in winter – the data will be shared with her research group.

In the afternoon we went to Nexø to see the **Bornholm Energy Lab**, a test site for smart-grid solutions run with the **Technical University of Denmark** (DTU). Researcher **Prof. Jacob Østergaard-Friis** presented ten years of results on demand response in private homes. "People don't want to think about electricity. The system has to think for them," he said, to general agreement.

## Day 3: circular economy and tourism

Thursday belonged to waste and tourism. At **BOFA**, the island's waste company, we learned about the "zero waste by 2032" target and the reuse centre in Rønne. Communication officer **Line Mortensen** was very open about what did not work: the deposit system for take-away cups, introduced in 2031, was stopped after one summer.

After lunch we met **Destination Bornholm**, the tourism organisation. Head of sustainability **Anders Ravn-Jørgensen** explained the green certification of 120 hotels, campsites and restaurants. Our member **Catalina Bauzà** (Hotels Mar Blava S.A.) found this the most useful meeting of the trip: "We have the same seasonality and the same pressure on water and energy in August. Their certification is simple and it actually changes how hotels buy energy."

## Day 4: lessons and the return

On Friday morning we held a short workshop in the offices of Business Center Bornholm to collect the lessons of the visit. **Tomàs Riera**, our cluster manager, moderated. The main lessons we wrote on the wall:

- Local ownership of renewable energy creates acceptance; Mallorca should test community wind and solar projects
- A small island can be a test lab for big companies – if someone coordinates the tests
- District heating is possible in a mild climate if it is combined with cooling for hotels
- Tourism certification must be simple, or hotels will not use it

We flew back from Rønne via Copenhagen on Friday evening.

## What comes next

We have invited our Danish hosts to Mallorca for a return visit during the **Balearic Energy Transition Forum 2037** in Palma on {wd(2037,11,11)} 11 and {wd(2037,11,12)} 12 November 2037. Mette Kofoed-Larsen has already confirmed. We are also preparing, together with Business Center Bornholm and the **Cluster of Islands Energy Network** (CIEN), an application for a joint Interreg Europe project; the call closes on 30 September 2037.

A special thank you to **Inger Marie Bech** of the Royal Danish Embassy in Madrid, who helped us with the first contacts, and to **Pere Joan Mas**, Director-General for Energy Transition and Climate Change of the Balearic Government, who joined us on the first two days.

*Photos: CBES / Joana Ferrer i Pons. More photos on our LinkedIn page.*

---
**Comments (2)**

**Xisco Oliver** · 9 June 2037 – Great summary, Joana. The heat pump numbers are very interesting for us in Menorca.

**Mette Kofoed-Larsen** · 10 June 2037 – Thank you for coming! See you in Palma in November.
"""
write(F, T)
C = 'Balearic Islands Energy and Sustainability Cluster'
gold(F,
 [P('Joana Ferrer i Pons', 'Innovation Manager', C),
  P('Mette Kofoed-Larsen', 'director', 'Business Center Bornholm'),
  P('Jens Holm Nielsen', 'mayor', 'Regional Municipality of Bornholm'),
  P('Miquel Àngel Coll Serra', 'cluster president', C),
  P('Søren Ipsen', 'Plant manager', 'Bornholms Energi & Forsyning A/S'),
  P('Laura Sastre-Vidal', None, 'University of the Balearic Islands'),
  P('Jacob Østergaard-Friis', 'Researcher', 'Technical University of Denmark'),
  P('Line Mortensen', 'Communication officer', 'BOFA'),
  P('Anders Ravn-Jørgensen', 'Head of sustainability', 'Destination Bornholm'),
  P('Catalina Bauzà', None, 'Hotels Mar Blava S.A.'),
  P('Tomàs Riera', 'cluster manager', C),
  P('Inger Marie Bech', None, 'Royal Danish Embassy in Madrid'),
  P('Pere Joan Mas', 'Director-General for Energy Transition and Climate Change', 'Balearic Government'),
  P('Xisco Oliver', None, None)],
 [O(C, 'CBES'), O('Business Center Bornholm'), O('Balearic Government'), O("Directorate-General for Energy Transition and Climate Change"),
  O('Regional Municipality of Bornholm'), O('Coll Enginyeria S.L.'), O('Bornholms Energi & Forsyning A/S', 'BEOF'),
  O('University of the Balearic Islands', 'UIB'), O('Bornholm Energy Lab'), O('Technical University of Denmark', 'DTU'), O('BOFA'),
  O('Destination Bornholm'), O('Hotels Mar Blava S.A.'), O('Cluster of Islands Energy Network', 'CIEN'), O('Royal Danish Embassy in Madrid')],
 [E('study visit to Bornholm', '2037-06-02', '2037-06-05', None, 'Denmark'),
  E('Balearic Energy Transition Forum 2037', '2037-11-11', '2037-11-12', 'Palma', 'Spain')],
 ['2037-06-08', '2037-06-02/2037-06-05', '2008', '2032', '2031', '2037-11-11/2037-11-12', '2037-09-30', '2037-06-09', '2037-06-10', '2037-11'],
 ['Local ownership of renewable energy creates acceptance; Mallorca should test community wind and solar projects',
  'A small island can be a test lab for big companies – if someone coordinates the tests',
  'District heating is possible in a mild climate if it is combined with cooling for hotels',
  'Tourism certification must be simple, or hotels will not use it'], pub='2037-06-08')
