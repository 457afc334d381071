from g import *
fname = "ocean-tech-evening-12-kiel-talks.md"
t = """European Cluster Collaboration Platform › News › Ocean Tech Evening #12 in Kiel: three talks on underwater robotics

# Ocean Tech Evening #12 in Kiel: three talks on underwater robotics

Submitted by KORC on 14 February 2036
Topics: Blue economy · Robotics · Events | Countries: Germany, Norway

The Kiel Ocean Robotics Cluster (KORC) invites its members and everyone interested in marine technology to the twelfth
Ocean Tech Evening on **Wednesday, 5 March 2036**, from 17:30 at the GEOMAR Helmholtz Centre for Ocean Research Kiel
(west shore building). The evenings are short by design: three talks of 15 minutes, questions, then food and
conversation by the fjord.

**The talks**

- **"Swarms under water: coordinating ten gliders at once"** – Dr. Nils Petersen-Brandt, senior scientist, GEOMAR
  Helmholtz Centre for Ocean Research Kiel
- **"Who inspects the offshore cables?"** – Ingrid Solheim, head of subsea services, Bølge Inspeksjon AS (Bergen)
- **"From the Kiel Fjord to the market: a start-up story"** – Leon Kowalski-Meyer, co-founder of Tiefsee Drohnen GmbH,
  a spin-off of Kiel University

The evening will be moderated by KORC's managing director Wiebke Hansen-Thode. Participation is free, but places are
limited to 80; please register by 2 March.

"We started the series in 2033 with twenty people in a meeting room. Today the evenings are where ship-yards, research
institutes and start-ups in Schleswig-Holstein actually meet," says Hansen-Thode.

**Save the date:** Ocean Tech Evening #13 will take place on 7 May 2036 in Flensburg, hosted by the Flensburg University of
Applied Sciences, with a focus on autonomous surface vessels.

*About KORC:* founded in 2029, the Kiel Ocean Robotics Cluster brings together 58 companies and research organisations
working on underwater vehicles, sensors and marine data. It holds the Bronze Label of the European Cluster Excellence
Initiative.

Contact: info@korc.example | [korc.example](https://korc.example)

Share this page: [LinkedIn] [X] [Email]
"""
write_doc(fname, t)
K = "Kiel Ocean Robotics Cluster"
G = "GEOMAR Helmholtz Centre for Ocean Research Kiel"
gold(fname,
 [P("Nils Petersen-Brandt","senior scientist",G),
  P("Ingrid Solheim","head of subsea services","Bølge Inspeksjon AS"),
  P("Leon Kowalski-Meyer","co-founder","Tiefsee Drohnen GmbH"),
  P("Wiebke Hansen-Thode","managing director","KORC")],
 [O(K,"KORC"), O(G), O("Bølge Inspeksjon AS"), O("Tiefsee Drohnen GmbH"), O("Kiel University"),
  O("Flensburg University of Applied Sciences"), O("European Cluster Collaboration Platform")],
 [E("Ocean Tech Evening #12","2036-03-05",None,"Kiel","Germany"),
  E("Ocean Tech Evening #13","2036-05-07",None,"Flensburg","Germany")],
 ["2036-02-14","2036-03-05","2036-03-02","2033","2036-05-07","2029"],
 pub="2036-02-14")
