from g import *
N='LSMC-newsletter-February-2034_ICYMI.md'
W(N, '''**Latvian Smart Materials Cluster – Newsletter, February 2034**

[View in browser] · [Latviešu versija]

…

## In case you missed it: our winter webinars

Five webinars, five recordings. All sessions were free and are now on our YouTube channel and the member area.

1. **Graphene inks for printed sensors** (13 December 2033)
   Speakers: Dr. Edgars Kalniņš, senior researcher, Institute of Solid State Physics, University of Latvia; Ilze Bērziņa-Ozola, CTO, PrintSense SIA.
   ▶ Recording (52 min): lsmc.example/rec/graphene-inks

2. **Smart textiles for healthcare – regulatory pitfalls** (10.01.2034)
   With Kristīne Liepiņa of the Riga Technical University Design Factory and Dr. Paulius Žemaitis (Kaunas University of Technology).
   ▶ Recording (61 min): lsmc.example/rec/smart-textiles

3. **How to write a winning EIC Pathfinder proposal** (17 January 2034)
   By Anna-Liisa Rebane, national contact point, Estonian Research Council. Slides available.
   ▶ Recording (75 min): lsmc.example/rec/eic-pathfinder

4. **Self-healing coatings: from lab to pilot line** (24 Jan. 2034)
   Case study by Oskars Vītols, founder of Coatlab SIA, and Prof. Daina Krūmiņa (Riga Technical University).
   ▶ Recording (48 min): lsmc.example/rec/self-healing
   
5. **Meet the Investors: deep-tech funds in the Baltics** (7 February 2034)
   Moderated by cluster manager Mārtiņš Ozols, with Eva Lindqvist (Nordic Deeptech Partners AB) and Tomas Jankauskas (Baltic Materials Ventures UAB).
   ▶ Recording: available to members only

Thank you to our 612 registered participants this winter!

## Coming up

- 12 March 2034 – Annual Members' Meeting, Riga (members only)
- 25–27 March 2034 – LSMC delegation to JEC World in Paris-Nord Villepinte
- April 2034 – Webinar series "Materials for the energy transition" starts (dates to follow)

Know someone who should get this newsletter? Forward it – they can subscribe at lsmc.example/newsletter.

Latvian Smart Materials Cluster (LSMC) · Ķīpsalas iela 6, Rīga, LV-1048 · Unsubscribe
''')
G(N, "2034-02",
 people=[("Edgars Kalniņš","senior researcher","Institute of Solid State Physics, University of Latvia"),
  ("Ilze Bērziņa-Ozola","CTO","PrintSense SIA"),
  ("Kristīne Liepiņa",None,"Riga Technical University Design Factory"),
  ("Paulius Žemaitis",None,"Kaunas University of Technology"),
  ("Anna-Liisa Rebane","national contact point","Estonian Research Council"),
  ("Oskars Vītols","founder","Coatlab SIA"),
  ("Daina Krūmiņa",None,"Riga Technical University"),
  ("Mārtiņš Ozols","cluster manager","Latvian Smart Materials Cluster"),
  ("Eva Lindqvist",None,"Nordic Deeptech Partners AB"),
  ("Tomas Jankauskas",None,"Baltic Materials Ventures UAB")],
 orgs=[("Latvian Smart Materials Cluster","LSMC"),("Institute of Solid State Physics",None),("University of Latvia",None),
  ("PrintSense SIA",None),("Riga Technical University Design Factory",None),("Riga Technical University",None),
  ("Kaunas University of Technology",None),("Estonian Research Council",None),("Coatlab SIA",None),
  ("Nordic Deeptech Partners AB",None),("Baltic Materials Ventures UAB",None)],
 events=[("Graphene inks for printed sensors","2033-12-13","2033-12-13",None,None),
  ("Smart textiles for healthcare – regulatory pitfalls","2034-01-10","2034-01-10",None,None),
  ("How to write a winning EIC Pathfinder proposal","2034-01-17","2034-01-17",None,None),
  ("Self-healing coatings: from lab to pilot line","2034-01-24","2034-01-24",None,None),
  ("Meet the Investors: deep-tech funds in the Baltics","2034-02-07","2034-02-07",None,None),
  ("Annual Members' Meeting","2034-03-12","2034-03-12","Riga","Latvia"),
  ("JEC World","2034-03-25","2034-03-27","Paris","France")],
 dates=["2034-02","2033-12-13","2034-01-10","2034-01-17","2034-01-24","2034-02-07","2034-03-12","2034-03-25/2034-03-27","2034-04"])
