from g import *
N = "brno-smart-city-cluster-newsletter-4-2034-new-members.md"
doc(N, """## Newsletter 4/2034 · Smart City Cluster Brno

[← Previous section: Events](#events) | [Next section: Calls →](#calls)

### New members

The board approved eight new members at its meeting on 9 September 2034. The cluster now counts 104 members. Welcome!

- **Sensiqo s.r.o.** (Brno) – LoRaWAN sensors for parking and waste bins. CEO: Ondřej Kratochvíl.
- **Mobilis Data a.s.** (Ostrava) – traffic-flow analytics for municipalities. CEO: Veronika Horáková.
- **UrbanGrid GmbH** (Vienna) – local energy communities and smart metering; its first membership in a Czech cluster. Managing director: Stefan Pichler.
- **Lumenza** (Brno) – adaptive street lighting; a spin-off of Brno University of Technology (VUT). Founder and CEO: Tereza Nováková.
- **AquaSense Moravia, spol. s r.o.** (Zlín) – leak detection in water networks. Director: Pavel Šťastný.
- **CityTwin Labs Sp. z o.o.** (Katowice) – 3D digital twins of city districts. CEO: Michał Zieliński.
- **Municipality of Kuřim** – first municipal member; contact: deputy mayor Jana Dostálová.
- **Moravian Institute for Urban Research, z. ú. (MIUR)** – applied research on public space and mobility. Director: doc. Ing. Lubomír Kříž, Ph.D.

Membership applications for 2035 can be submitted until 30 November 2034. Questions: Hana Vlčková, membership manager, vlckova@scb.example.

All new members will be introduced at the Members' Evening on 2 October 2034 at the South Moravian Innovation Centre (JIC).
""")
gold(N, None,
 [P("Ondřej Kratochvíl","CEO","Sensiqo s.r.o."), P("Veronika Horáková","CEO","Mobilis Data a.s."),
  P("Stefan Pichler","Managing director","UrbanGrid GmbH"), P("Tereza Nováková","Founder and CEO","Lumenza"),
  P("Pavel Šťastný","Director","AquaSense Moravia, spol. s r.o."), P("Michał Zieliński","CEO","CityTwin Labs Sp. z o.o."),
  P("Jana Dostálová","deputy mayor","Municipality of Kuřim"), P("Lubomír Kříž","Director","Moravian Institute for Urban Research, z. ú."),
  P("Hana Vlčková","membership manager","Smart City Cluster Brno")],
 [O("Smart City Cluster Brno"), O("Sensiqo s.r.o."), O("Mobilis Data a.s."), O("UrbanGrid GmbH"), O("Lumenza"),
  O("Brno University of Technology","VUT"), O("AquaSense Moravia, spol. s r.o."), O("CityTwin Labs Sp. z o.o."),
  O("Municipality of Kuřim"), O("Moravian Institute for Urban Research, z. ú.","MIUR"), O("South Moravian Innovation Centre","JIC")],
 [E("board meeting","2034-09-09","2034-09-09",None,None), E("Members' Evening","2034-10-02","2034-10-02",None,None)],
 ["2034-09-09","2035","2034-11-30","2034-10-02"], [])
