from g import write
T = """# Munster AgriTech Cluster — Member News, Issue 22 (Spring 2035)

In this issue: Member spotlight · Welcome to our new members · Dates for your diary

---

## MEMBER SPOTLIGHT: Five minutes with Siobhán Ó Ceallaigh, CEO of Lachtalink

*Lachtalink, founded in Mallow in 2029, builds sensor collars and software that predict mastitis in dairy herds
days before symptoms show. The company joined the cluster in 2031 and now employs 38 people. We caught up with its
co-founder and CEO, Siobhán Ó Ceallaigh, after she returned from the World Dairy Summit in Auckland.*

**What problem were you trying to solve when you started?**
My family milks 140 cows outside Kanturk. Every vet bill for mastitis was money we never got back. My co-founder,
Declan MacNamara, was doing a PhD at University College Cork on acoustic sensing, and we wondered whether a collar
could hear the change in how a cow chews before the udder shows anything.

**How has the cluster helped?**
Honestly, mostly through introductions. Through the cluster's Farm-to-Lab programme we got access to the Teagasc
research farm at Moorepark for a full lactation season, and Eoin Fitzgerald, the cluster manager, put us in front of
two cooperatives in one week. We also found our first Danish distributor, Kvægdata ApS, at the cluster stand in
Herning.

**What is next for Lachtalink?**
We closed a seed extension of €3.2 million in January 2035, led by Atlantic Pasture Ventures. By the end of 2035 we
want collars on 60,000 cows in Ireland, Denmark and the Netherlands. Our new chief technology officer, Ruth Keohane,
joins us from a medical-device company in Galway in May.

**One piece of advice for other founders in the cluster?**
Spend a week on a farm before you write a line of code.

---

## Welcome to our new members

- **Brosna Feeds Ltd** (Birr) — precision mineral supplements
- **GrassMetrics** (Cork) — satellite grass-growth mapping
- **Teach Bia Research CLG** (Tralee) — food science contract research

---

## Dates for your diary

- **8 April** — Members' breakfast: "Carbon accounting on the farm", Cork Airport Business Park
- **14–15 May** — AgriTech Week Munster, Clonakilty
- **2 July** — Webinar: Horizon Europe Cluster 6 calls explained (online)

*Newsletter editor: Gráinne Mac Giolla Rua, communications officer, Munster AgriTech Cluster.*
*Unsubscribe | Update preferences*
"""
M="Munster AgriTech Cluster"
write("MATC-member-news-issue-22-spring-2035.md", T, pub=None,
 people=[("Siobhán Ó Ceallaigh","CEO","Lachtalink"),("Declan MacNamara","co-founder","Lachtalink"),
  ("Eoin Fitzgerald","cluster manager",M),("Ruth Keohane","chief technology officer","Lachtalink"),
  ("Gráinne Mac Giolla Rua","communications officer",M)],
 orgs=[(M,None),("Lachtalink",None),("University College Cork",None),("Teagasc",None),("Kvægdata ApS",None),
  ("Atlantic Pasture Ventures",None),("Brosna Feeds Ltd",None),("GrassMetrics",None),("Teach Bia Research CLG",None)],
 events=[("World Dairy Summit",None,None,"Auckland","New Zealand"),
  ("Members' breakfast: \"Carbon accounting on the farm\"","2035-04-08","2035-04-08","Cork","Ireland"),
  ("AgriTech Week Munster","2035-05-14","2035-05-15","Clonakilty","Ireland"),
  ("Webinar: Horizon Europe Cluster 6 calls explained","2035-07-02","2035-07-02",None,None)],
 dates=["2035","2029","2031","2035-01","2035-05","2035-04-08","2035-05-14/2035-05-15","2035-07-02"])
