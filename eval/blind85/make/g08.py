from h import *
F = 'g08_tartu_foodtech_forum_takeaways.md'
assert wd(2037,5,14)=='Thursday' and wd(2037,5,21)=='Thursday'
T = """Estonian Food Technology Cluster › News › Events

# Tartu Food Tech Forum 2037: five takeaways on protein, packaging and people

**21.05.2037** · Written by Kadri Põldma · Photos: Rasmus Jurkatam

*Around 230 food producers, researchers and investors came to the Estonian National Museum in Tartu on Thursday, 14 May for the fifth Tartu Food Tech Forum. Here is what we heard – and what we will do next.*

---

The forum, organised by the **Estonian Food Technology Cluster** together with the **Estonian University of Life Sciences** and **Tartu Science Park**, has grown from a half-day seminar in 2033 into the largest food-industry innovation meeting in the Baltics. This year's theme was "Feeding the North in a changing climate", and for the first time the programme included a Latvian and a Finnish track.

The day was opened by **Piret Hallik-Lumiste**, Chair of the Board of the Estonian Food Technology Cluster, who noted that Estonian food exports had passed EUR 1.6 billion in 2036, but warned that "margins have never been thinner, and energy and packaging costs will not go back to where they were".

Minister of Regional Affairs and Agriculture **Hendrik Terras-Kull** announced that the ministry would open a new round of the food industry investment support in September, with an extra EUR 9 million earmarked for energy efficiency and by-product use.

## Keynotes

**Dr Liisa Kruus**, Head of the Chair of Food Science and Technology at the Estonian University of Life Sciences, presented results from three years of trials with faba bean and rapeseed protein. Estonian-grown faba bean can replace up to 40% of imported soy in a typical plant-based product, she said, "but only if we build the processing capacity here instead of sending the beans to Germany and buying them back as isolate".

**Oskar Lindfors**, Director of Business Development at Valio Ltd, gave the Finnish perspective on dairy in a low-carbon food system. He described Valio's farm-level carbon programme and invited Estonian dairies to share data through a common Nordic-Baltic platform.

**Ieva Kalniņa-Ozola**, CEO of the Latvian Food Industry Federation, spoke about the cost of the new packaging rules for small producers and called for cluster organisations to negotiate joint contracts for recycled materials.

## Panels

The panel "Who will work in our factories?" – moderated by **Märt Vooglaid**, cluster manager – brought together HR directors from Salvest AS, Tere AS and Põltsamaa Felix. All three said they could not fill skilled technician posts and that automation was no longer a choice but a condition for survival. **Kristiina Aus**, Head of Studies at Olustvere School of Service and Rural Economics, described the school's new apprenticeship track in food automation, which starts in September 2037 with 24 places.

In the investors' panel, **Tanel Saarepuu** of SmartCap and **Annika Lund** of Nordic Foodtech VC agreed that Baltic food start-ups are "under-pitched, not under-performing" and urged founders to talk to investors earlier.

## Also on the day

The **Start-up Alley** in the museum's foyer showed 19 young companies, from insect protein to smart shelf labels. The audience prize went to **Fermentum OÜ**, a Tartu spin-off making dairy-free cheese cultures; its co-founder **Kertu Sild** received a mentoring package from the Estonian University of Life Sciences. In the afternoon, around 60 participants joined the guided visit to the university's **Food Technology Pilot Plant**, where members can now rent extrusion and spray-drying equipment by the day. The day closed with the traditional **forum dinner** at the Vilde restaurant, with music from the Tartu Youth Folk Ensemble.

## Key takeaways

1. Local protein processing is the missing link: the region grows the crops but exports the value.
2. Packaging rules will hit small producers hardest, and joint purchasing through the cluster can soften the blow.
3. Automation is now a question of survival for food factories, not of productivity alone.
4. Skills programmes must be designed with companies, and apprenticeships should be paid from the first day.
5. Baltic food start-ups need to meet investors earlier and present their numbers more boldly.

## What happens next

- The cluster will launch a **joint packaging purchasing group** in June; members interested should contact the cluster office by 12 June 2037.
- A **study visit to the Finnish protein pilot plant in Kirkkonummi** is planned for 9–10 September 2037, in cooperation with the Finnish Food Cluster.
- The presentations are available in the members' area; the video recording of the keynotes will be published on our YouTube channel.

The sixth Tartu Food Tech Forum will take place on **13 May 2038**.

We thank our partners **Tartu City Government**, **Enterprise Estonia (EIS)** and **Estonian Chamber of Agriculture and Commerce**, as well as our sponsors Ecoprint and Lantmännen Unibake Estonia.

---

**Contact:** Märt Vooglaid, cluster manager · mart@foodtech.example.ee · +372 5000 0000

Tags: #forum #foodtech #protein #packaging #skills  |  Share: Facebook · LinkedIn · E-mail

← Previous post: *Cluster joins Interreg Baltic Sea Region project on by-products*  |  Next post: *New members in May* →
"""
write(F, T)
C = "Estonian Food Technology Cluster"
gold(F,
 [P("Kadri Põldma"), P("Rasmus Jurkatam"),
  P("Piret Hallik-Lumiste","Chair of the Board",C),
  P("Hendrik Terras-Kull","Minister of Regional Affairs and Agriculture",None),
  P("Liisa Kruus","Head of the Chair of Food Science and Technology","Estonian University of Life Sciences"),
  P("Oskar Lindfors","Director of Business Development","Valio Ltd"),
  P("Ieva Kalniņa-Ozola","CEO","Latvian Food Industry Federation"),
  P("Märt Vooglaid","cluster manager",C),
  P("Kristiina Aus","Head of Studies","Olustvere School of Service and Rural Economics"),
  P("Kertu Sild","co-founder","Fermentum OÜ"), P("Tanel Saarepuu",None,"SmartCap"), P("Annika Lund",None,"Nordic Foodtech VC")],
 [O(C), O("Estonian University of Life Sciences"), O("Tartu Science Park"),
  O("Chair of Food Science and Technology"), O("Valio Ltd"), O("Latvian Food Industry Federation"),
  O("Salvest AS"), O("Tere AS"), O("Põltsamaa Felix"), O("Olustvere School of Service and Rural Economics"),
  O("SmartCap"), O("Fermentum OÜ"), O("Tartu Youth Folk Ensemble"), O("Nordic Foodtech VC"), O("Finnish Food Cluster"), O("Tartu City Government"),
  O("Enterprise Estonia","EIS"), O("Estonian Chamber of Agriculture and Commerce"), O("Ecoprint"), O("Lantmännen Unibake Estonia")],
 [E("Tartu Food Tech Forum 2037","2037-05-14",None,"Tartu","Estonia"),
  E("Start-up Alley","2037-05-14",None,"Tartu","Estonia"),
  E("guided visit to the university's Food Technology Pilot Plant","2037-05-14",None,"Tartu","Estonia"),
  E("forum dinner","2037-05-14",None,"Tartu","Estonia"),
  E("study visit to the Finnish protein pilot plant in Kirkkonummi","2037-09-09","2037-09-10","Kirkkonummi","Finland"),
  E("sixth Tartu Food Tech Forum","2038-05-13",None,None,None)],
 ["2037-05-21","2037-05-14","2033","2036","2037-09","2037-06","2037-06-12","2037-09-09/2037-09-10","2038-05-13"],
 ["Local protein processing is the missing link: the region grows the crops but exports the value",
  "Packaging rules will hit small producers hardest, and joint purchasing through the cluster can soften the blow",
  "Automation is now a question of survival for food factories, not of productivity alone",
  "Skills programmes must be designed with companies, and apprenticeships should be paid from the first day",
  "Baltic food start-ups need to meet investors earlier and present their numbers more boldly"], "2037-05-21")
