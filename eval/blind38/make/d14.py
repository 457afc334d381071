from common import *
fn = "our-story_vestkyst-offshore-cluster.md"
write_txt(fn, """
# Our story: how five people in a harbour canteen started Vestkyst Offshore

*About us › History · Updated 20 August 2036*

Vestkyst Offshore – the West Jutland offshore wind and port cluster – celebrates its 25th anniversary this autumn.
We looked back with the people who were there at the beginning, and asked them what they do today.

## Esbjerg, a rainy evening in 2011

The cluster began in the canteen of the Esbjerg harbour authority in November 2011. The port had just shipped its
first large batch of turbine foundations, and local suppliers felt they were losing contracts to bigger yards in
Germany and the Netherlands. Five people agreed that evening to found an association that would let small companies
bid together.

**The founders – then and now**

- **Henrik Brøndum Sørensen** was then managing director of the steel workshop Brøndum Stål ApS and became the
  cluster's first chairman (2011–2019). Today he is retired and sits on the board of the Fiskeri- og Søfartsmuseet
  foundation.
- **Mette Kjærgaard** was business development manager at the Port of Esbjerg. She served as the cluster's first
  (part-time) secretary. Today she is CEO of the Port of Esbjerg.
- **Ole "Bøje" Bøjesen**, a crane operator and shop steward at the harbour, represented the workers and pushed for the
  first joint safety course. Today he teaches at the maritime training centre MARTEC-style ...
- **Dr. Annelise Nørgaard**, then a lecturer at Aalborg University Esbjerg, wrote the first cluster strategy. Today
  she is Professor of Energy Systems and vice-dean at Aalborg University.
- **Karsten Mac Gregor Holm**, a Scottish-Danish engineer running the consultancy Nordsø Engineering, brought the
  contacts to British operators. Today he is senior adviser at Vestkyst Offshore's UK desk in Aberdeen.

## Growing up (2012–2024)

The association was registered in March 2012 with 14 member companies. In 2015 it hired its first full-time cluster
manager, **Jesper Vinther**, who led the office until 2027. The Region of Southern Denmark and the Danish Board of
Business Development co-financed the first training programmes. The turning point came in 2019, when the cluster
organised the first "Offshore Supplier Day" in Esbjerg with 300 participants; the series has run every year since.

In 2024 Vestkyst Offshore merged with the Ringkøbing-based network Havvind Vest and took its current name.

## Today

The cluster has 210 members and a team of eleven led by **Louise Dam Pedersen**, CEO since 1 January 2028. The
Board is chaired by **Rasmus Kruse**, COO of Vestblade A/S. Vice-chair is **Birgitte de Neergaard**, head of
operations at the offshore-logistics firm Hvide Sande Marine Services ApS.

"When I read the minutes of that first evening, I see the same questions we still ask: how do small firms get a
seat at the table?" says Louise Dam Pedersen.

## Anniversary

We will mark the anniversary at the members' celebration on **Friday 7 November 2036** in the Musikhuset Esbjerg,
with all five founders on stage. The Offshore Supplier Day 2036 takes place on 24–25 September.

*Text: Signe Holmgaard, communications · Photos: Vestkyst Offshore archive*
""".replace("Today he teaches at the maritime training centre MARTEC-style ...", "Today he teaches safety courses at\n  Esbjerg Maritime Training Centre."))
C="Vestkyst Offshore"
gold(fn, None,
 [P("Henrik Brøndum Sørensen","first chairman",C),
  P("Mette Kjærgaard","CEO","Port of Esbjerg"),
  P("Ole \"Bøje\" Bøjesen",None,"Esbjerg Maritime Training Centre"),
  P("Annelise Nørgaard","Professor of Energy Systems and vice-dean","Aalborg University"),
  P("Karsten Mac Gregor Holm","senior adviser",C),
  P("Jesper Vinther","cluster manager",C),
  P("Louise Dam Pedersen","CEO",C),
  P("Rasmus Kruse","COO","Vestblade A/S"),
  P("Birgitte de Neergaard","Vice-chair",C),
  P("Signe Holmgaard","communications",C)],
 [O("Vestkyst Offshore"), O("Brøndum Stål ApS"), O("Fiskeri- og Søfartsmuseet"),
  O("Port of Esbjerg"), O("Esbjerg Maritime Training Centre"), O("Aalborg University Esbjerg"),
  O("Aalborg University"), O("Nordsø Engineering"), O("Region of Southern Denmark"),
  O("Danish Board of Business Development"), O("Havvind Vest"), O("Vestblade A/S"),
  O("Hvide Sande Marine Services ApS")],
 [E("founding meeting","2011-11","2011-11","Esbjerg","Denmark"),
  E("Offshore Supplier Day","2019","2019","Esbjerg","Denmark"),
  E("members' celebration","2036-11-07","2036-11-07","Esbjerg","Denmark"),
  E("Offshore Supplier Day 2036","2036-09-24","2036-09-25",None,None)],
 ["2036-08-20","2011","2011-11","2011/2019","2012/2024","2012-03","2015","2027","2019","2024","2028-01-01","2036-11-07","2036-09-24/2036-09-25"],
 [])
