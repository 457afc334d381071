from h import *
F = 'g10_eu_cluster_platform_digest.md'
assert wd(2036,9,10)=='Wednesday' and wd(2036,9,24)=='Wednesday' and wd(2036,10,8)=='Wednesday' and wd(2036,10,9)=='Thursday' and wd(2036,11,5)=='Wednesday'
T = """**Cluster Community Digest** · Issue 2036/09 · sent 15 September 2036

*You are receiving this digest because you registered a cluster profile on the European Cluster Partnering Portal (ECPP). [Manage your subscription](#) · [View online](#)*

---

# Cluster Community Digest – September 2036

## Editorial

Autumn is conference season. In the next eight weeks the cluster community meets in Brussels, in Gdańsk and online, and the Commission will publish the results of the cluster excellence call. Below you will find the dates, the deadlines and a short summary of our last webinar. As always, tell us about your events and we will list them.

*— The ECPP editorial team, on behalf of the European Innovation Council and SMEs Executive Agency (EISMEA)*

---

## Save the date: European Cluster Conference 2036

The **European Cluster Conference 2036** takes place on **8–9 October 2036** in **Gdańsk**, co-hosted by the Pomeranian Voivodeship and the Polish Agency for Enterprise Development (PARP). It is the ninth edition of the series; earlier editions were held in Bucharest (2019), Brussels (2022), Seville (2026) and Tallinn (2031), among others.

Programme highlights:

- **Wednesday 8 October, 10:00** – opening by Margarida Sá-Nogueira, Director for Industrial Forum, Alliances and Clusters at DG GROW, European Commission
- **Wednesday 8 October, 14:00** – parallel workshops on skills, defence supply chains and the circular economy
- **Wednesday 8 October, 19:30** – conference dinner at the European Solidarity Centre
- **Thursday 9 October, 09:00** – matchmaking session for cluster managers (pre-booked meetings)
- **Thursday 9 October, 13:00** – closing plenary with the Polish Minister of Development, Ewa Brzezińska-Kowal

Registration closes on **26 September 2036**. [Register »](#)

---

## Panel debate in Brussels: "Clusters and the Single Market at forty"

Ahead of the conference, the European Economic and Social Committee (EESC) hosts a panel debate on **Wednesday 24 September 2036, 16:00–18:00**, at its premises at Rue Belliard 99. Speakers: Dr Lukas Brandstätter-Fink, President of the European Cluster Alliance; Sophie Van den Broeck, cluster manager of Flanders' FOOD; and Kostas Theodoridis, EESC rapporteur on industrial ecosystems. The debate is streamed online.

---

## Looking back: webinar on cluster partnerships with Ukraine

Our webinar of **Wednesday 10 September 2036** drew 212 participants from 27 countries. It was moderated by Ingrid Halvorsen (EISMEA) and featured Oleksandra Kovalenko, Director of the Ukrainian Cluster Alliance, and Matteo Ricci-Amato of the Lombardy Aerospace Cluster.

**Key takeaways**

1. Partnerships work best when a European and a Ukrainian cluster share one concrete value chain, not a general memorandum
2. Ukrainian SMEs need help with EU product certification before they need trade fairs
3. Short staff exchanges of cluster managers build more trust than large delegations
4. The Ukrainian Cluster Alliance offers a single contact point for all partnership requests

[Watch the recording »](#)

---

## Calls and deadlines

- **Cluster Excellence Partnerships** – second cut-off **5 November 2036**, 17:00 Brussels time. Online info session on **1 October 2036**, 10:00–11:30.
- **Euroclusters for resilience** – results expected in **December 2036**.
- **Cluster Manager of the Year 2036** – nominations until **30 September 2036**; the award will be presented at the conference dinner in Gdańsk.

---

## New on the portal

- 41 new cluster profiles were registered in August 2036, among them the Gorenjska Wood Cluster (Slovenia) and Cluster Solar Andalucía (Spain).
- The updated *European Cluster Panorama*, covering 2030–2035, is now online.

---

*European Cluster Partnering Portal · an initiative of the European Commission · [Privacy statement](#) · [Unsubscribe](#)*
*This digest does not necessarily reflect the official position of the European Commission.*
"""
write(F, T)
gold(F,
 [P("Margarida Sá-Nogueira","Director for Industrial Forum, Alliances and Clusters","DG GROW"),
  P("Ewa Brzezińska-Kowal","Minister of Development",None),
  P("Lukas Brandstätter-Fink","President","European Cluster Alliance"),
  P("Sophie Van den Broeck","cluster manager","Flanders' FOOD"),
  P("Kostas Theodoridis","EESC rapporteur on industrial ecosystems","European Economic and Social Committee"),
  P("Ingrid Halvorsen",None,"EISMEA"),
  P("Oleksandra Kovalenko","Director","Ukrainian Cluster Alliance"),
  P("Matteo Ricci-Amato",None,"Lombardy Aerospace Cluster")],
 [O("European Cluster Partnering Portal","ECPP"), O("European Innovation Council and SMEs Executive Agency","EISMEA"),
  O("Pomeranian Voivodeship"), O("Polish Agency for Enterprise Development","PARP"), O("DG GROW"),
  O("European Commission"), O("European Economic and Social Committee","EESC"), O("European Cluster Alliance"),
  O("Flanders' FOOD"), O("Ukrainian Cluster Alliance"), O("Lombardy Aerospace Cluster"),
  O("Gorenjska Wood Cluster"), O("Cluster Solar Andalucía")],
 [E("European Cluster Conference 2036","2036-10-08","2036-10-09","Gdańsk","Poland"),
  E("European Cluster Conference","2019",None,"Bucharest","Romania"),
  E("European Cluster Conference","2022",None,"Brussels","Belgium"),
  E("European Cluster Conference","2026",None,"Seville","Spain"),
  E("European Cluster Conference","2031",None,"Tallinn","Estonia"),
  E("conference dinner","2036-10-08",None,"Gdańsk","Poland"),
  E("matchmaking session for cluster managers","2036-10-09",None,"Gdańsk","Poland"),
  E("Clusters and the Single Market at forty","2036-09-24",None,"Brussels","Belgium"),
  E("webinar on cluster partnerships with Ukraine","2036-09-10",None,None,None),
  E("info session","2036-10-01",None,None,None),
  E("Cluster Manager of the Year 2036","2036-10-08",None,"Gdańsk","Poland")],
 ["2036-09-15","2036-10-08/2036-10-09","2019","2022","2026","2031","2036-10-08","2036-10-09","2036-09-26",
  "2036-09-24","2036-09-10","2036-11-05","2036-10-01","2036-12","2036-09-30","2036-08","2030/2035","2036-09"],
 ["Partnerships work best when a European and a Ukrainian cluster share one concrete value chain, not a general memorandum",
  "Ukrainian SMEs need help with EU product certification before they need trade fairs",
  "Short staff exchanges of cluster managers build more trust than large delegations",
  "The Ukrainian Cluster Alliance offers a single contact point for all partnership requests"],
 pub="2036-09-15")
