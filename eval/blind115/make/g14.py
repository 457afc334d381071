from h import *
F = 'g14_cumbria_vejle_mission_lessons.md'
assert wd(2038,5,19)=='Wednesday' and wd(2038,5,20)=='Thursday' and wd(2038,5,21)=='Friday' and wd(2038,6,4)=='Friday' and wd(2038,6,22)=='Tuesday'
T = """# Learning mission to Southern Denmark, 19–21 May 2038 – report and lessons learnt

**Prepared by:** Cumbria Innovation Partnership (CIP), Carlisle  
**For:** CIP Board and the Cumbria Clean Energy Cluster steering group  
**Status:** final · 4 June 2038  
**Author:** Fiona McAllister-Reid, Cluster Development Manager

---

## 1. Why we went

Cumbria is preparing a new cluster strategy for clean energy and advanced manufacturing for 2039–2045. The CIP Board asked the team to look at a region of similar size that has built strong clusters without a large city at its centre. The Triangle Region around Vejle, Kolding and Fredericia in Southern Denmark was chosen on the advice of Cluster Excellence Denmark, the national support organisation for Danish clusters.

The delegation of nine included Cllr Ruth Armstrong-Hale, Cabinet Member for Economy at Cumberland Council; Dr Sanjay Raghunathan of the University of Cumbria; and four company representatives, among them Gareth Nixon, Managing Director of Solway Precision Engineering Ltd.

## 2. Programme

**Wednesday 19 May – Vejle**
- 10:00 Welcome at Vejle Town Hall by Mayor Jens Ejner Kristoffersen-Holm
- 11:00 Briefing on Danish cluster policy by Mette Sønderskov, Senior Adviser, Danish Board of Business Development
- 14:00 Company visit to Fjordvarme A/S, district heating and heat-pump manufacturer
- 19:00 Dinner with Triangle Region business leaders

**Thursday 20 May – Kolding and Fredericia**
- 09:00 Energy Cluster Denmark: how a national cluster works with regional hubs (Lars Vinther Pedersen, Head of Ecosystem Development)
- 12:00 Visit to the SDU Kolding campus and the Lifestyle & Design Cluster
- 15:30 Site visit to the Fredericia port hydrogen project

**Friday 21 May – Vejle**
- 09:00 Round-up workshop with our Danish hosts at the Spinderihallerne innovation centre, Vejle
- 12:30 Departure from Billund Airport

## 3. What we saw

The Danish model rests on a small number of national clusters, each with regional offices, financed for four years at a time by the Danish Board of Business Development. Cluster managers we met spend little time writing funding applications and a great deal of time in companies. The Triangle Region municipalities share one business development team, which runs a single entry point for companies and passes them on to the right cluster.

Fjordvarme A/S, with 240 employees, showed us how it developed a new large heat pump with two other members of Energy Cluster Denmark and the University of Southern Denmark (SDU). Its chief executive, Birgitte Skov-Lauridsen, told us: "The cluster did not give us money. It gave us the two partners we could not find ourselves."

## 4. Lessons learnt

The delegation agreed on the following lessons at the round-up workshop:

1. Stable funding over several years lets cluster managers work with companies instead of on applications
2. One shared business support team for several councils is simpler for companies than many separate offers
3. Clusters work best when they are organised around a market (heating, hydrogen, buildings) rather than a technology
4. Universities are most useful to SMEs when they offer students for projects, not only research

## 5. Recommendations for Cumbria

- Ask the Combined Authority for a four-year funding agreement for the Cumbria Clean Energy Cluster from April 2039
- Test a single business support entry point with Cumberland Council and Westmorland and Furness Council
- Agree a partnership between the cluster and Energy Cluster Denmark, starting with a return visit to Cumbria in autumn 2038

## 6. Next steps

The report will be discussed at the CIP Board meeting on Tuesday 22 June 2038. The cost of the mission (GBP 11,400) was shared between CIP and the participating companies.

*Photos and presentations: shared drive, folder "DK mission 2038". Thanks to Cluster Excellence Denmark and to our hosts in Vejle.*
"""
write(F, T)
CIP="Cumbria Innovation Partnership"
gold(F,
 [P("Fiona McAllister-Reid","Cluster Development Manager",CIP),
  P("Ruth Armstrong-Hale","Cabinet Member for Economy","Cumberland Council"),
  P("Sanjay Raghunathan",None,"University of Cumbria"),
  P("Gareth Nixon","Managing Director","Solway Precision Engineering Ltd"),
  P("Jens Ejner Kristoffersen-Holm","Mayor",None),
  P("Mette Sønderskov","Senior Adviser","Danish Board of Business Development"),
  P("Lars Vinther Pedersen","Head of Ecosystem Development","Energy Cluster Denmark"),
  P("Birgitte Skov-Lauridsen","chief executive","Fjordvarme A/S")],
 [O(CIP,"CIP"), O("Cumbria Clean Energy Cluster"), O("Cluster Excellence Denmark"), O("Cumberland Council"),
  O("University of Cumbria"), O("Solway Precision Engineering Ltd"), O("Danish Board of Business Development"),
  O("Fjordvarme A/S"), O("Energy Cluster Denmark"), O("University of Southern Denmark","SDU"),
  O("Lifestyle & Design Cluster"), O("Combined Authority"), O("Westmorland and Furness Council")],
 [E("Learning mission to Southern Denmark","2038-05-19","2038-05-21","Vejle, Kolding, Fredericia","Denmark"),
  E("Welcome at Vejle Town Hall","2038-05-19",None,"Vejle","Denmark"),
  E("Company visit to Fjordvarme A/S","2038-05-19",None,"Vejle","Denmark"),
  E("Dinner with Triangle Region business leaders","2038-05-19",None,"Vejle","Denmark"),
  E("Visit to the SDU Kolding campus and the Lifestyle & Design Cluster","2038-05-20",None,"Kolding","Denmark"),
  E("Site visit to the Fredericia port hydrogen project","2038-05-20",None,"Fredericia","Denmark"),
  E("Round-up workshop","2038-05-21",None,"Vejle","Denmark"),
  E("return visit","2038"),
  E("CIP Board meeting","2038-06-22")],
 ["2038-05-19/2038-05-21","2038-06-04","2039/2045","2038-05-19","2038-05-20","2038-05-21","2039-04","2038","2038-06-22"],
 ["Stable funding over several years lets cluster managers work with companies instead of on applications",
  "One shared business support team for several councils is simpler for companies than many separate offers",
  "Clusters work best when they are organised around a market (heating, hydrogen, buildings) rather than a technology",
  "Universities are most useful to SMEs when they offer students for projects, not only research",
  "Ask the Combined Authority for a four-year funding agreement for the Cumbria Clean Energy Cluster from April 2039",
  "Test a single business support entry point with Cumberland Council and Westmorland and Furness Council",
  "Agree a partnership between the cluster and Energy Cluster Denmark, starting with a return visit to Cumbria in autumn 2038"],
 pub="2038-06-04")
