from common import *
FN = "hackathon-results_agrihack-plovdiv-2035.md"
T = """
# AgriHack Plovdiv 2035: the winners are …

*Posted on 3 November 2035 by Thracian AgriTech Cluster (TATC) · 5 min read*

Forty-eight hours, 23 teams, 112 participants and more pizza than we want to admit: the fourth **AgriHack
Plovdiv** took place from Friday 26 to Sunday 28 October 2035 at the Trakia Economic Zone innovation hall in
Plovdiv. Developers, agronomists, designers and students from Bulgaria, Greece, Romania and North Macedonia worked on
five challenges set by farms and food companies that are members of the Thracian AgriTech Cluster.

## The challenges

1. **Water for the Maritsa valley** — predict irrigation needs of vegetable farms from open satellite and weather
   data (challenge owner: Zelena Dolina AD)
2. **Rose oil traceability** — a simple way to prove the origin of Kazanlak rose oil to buyers (challenge owner:
   Rozova Kapka OOD)
3. **Vineyard disease alerts** — early warning of downy mildew for small wine growers (challenge owner: Vinarska
   Izba Trakia, the regional winemakers' association)
4. **Less food waste in school canteens** — challenge owner: Municipality of Plovdiv
5. **Open challenge** — any idea using the cluster's open agri-data portal

## The jury

The jury was chaired by **Prof. Dr. Stoyan Georgiev**, rector of the Agricultural University – Plovdiv. Its other
members were **Maria Petkova-Dimitrova**, managing partner of the Sofia-based fund Balkan Seed Ventures;
**Nikos Alexandridis**, head of digital farming at Thessaly Agro S.A.; **Elena Vasileva**, Bulgarian Small and
Medium Enterprises Promotion Agency (BSMEPA); and **Ivaylo Todorov**, chair of TATC.

## The winners

🥇 **First prize (BGN 10,000 + six months of incubation): team "DropWise"** — challenge 1. The team combined
Sentinel-2 images with soil-moisture readings from three pilot farms and built a text-message service that tells a
farmer each morning how long to irrigate each field. The jury praised that it "works on a 15-year-old phone".
Team: Kalina Ivanova, Georgi Stoev, Despina Nikolaou, Radu Ionescu.

🥈 **Second prize (BGN 5,000): team "Petal Ledger"** — challenge 2. A QR label backed by a distillery logbook and
lab results, without blockchain ("we tried, it was not needed"). Team lead: Mihaela Angelova, student at the
University of Plovdiv "Paisii Hilendarski".

🥉 **Third prize (BGN 2,500): team "MildewMate"** — challenge 3. A weather-based risk model for downy mildew with a
Viber bot for growers. Team lead: Asen Kostadinov, data scientist at Plovsoft EOOD.

🏅 **Special prize of the Municipality of Plovdiv: team "Plate Half Full"** — challenge 4, handed over by deputy mayor
Teodora Hristova. The municipality will test the app in four school canteens from January 2036.

🏅 **Audience award: team "Bee There"** — a hive-weight map for beekeepers (open challenge).

## What happens next?

The three prize-winning teams join the cluster's **AgriStart incubation programme**, which starts on 1 December 2035.
All teams are invited to the **Demo Day on 12 March 2036** in Plovdiv, where they can show what they have built since
the hackathon. The challenge owners have agreed to meet every team that wants to continue.

> "A hackathon is not about the prize money. It is about a farmer and a coder sitting at the same table for the
> first time," said **Ivaylo Todorov**, chair of TATC, at the award ceremony on Sunday evening.

## Thank you

AgriHack Plovdiv 2035 was supported by the Plovdiv Chamber of Commerce and Industry, the Enterprise Europe Network
Bulgaria and our sponsors Agrotech Solutions Bulgaria EOOD and Trakia Telecom AD. Photos by Bozhidar Enchev.

Previous editions: 2029 (Plovdiv), 2031 (Stara Zagora), 2033 (Plovdiv).

*Tags: hackathon, agritech, open data, Plovdiv · Share: Facebook · LinkedIn*
"""
save_text(FN, T)
save_gold(FN, "2035-11-03",
 [P("Stoyan Georgiev","rector","Agricultural University – Plovdiv"),
  P("Maria Petkova-Dimitrova","managing partner","Balkan Seed Ventures"),
  P("Nikos Alexandridis","head of digital farming","Thessaly Agro S.A."),
  P("Elena Vasileva",None,"Bulgarian Small and Medium Enterprises Promotion Agency"),
  P("Ivaylo Todorov","chair","TATC"),
  P("Kalina Ivanova",None,None), P("Georgi Stoev",None,None), P("Despina Nikolaou",None,None), P("Radu Ionescu",None,None),
  P("Mihaela Angelova","student","University of Plovdiv \"Paisii Hilendarski\""),
  P("Asen Kostadinov","data scientist","Plovsoft EOOD"),
  P("Teodora Hristova","deputy mayor","Municipality of Plovdiv"),
  P("Bozhidar Enchev",None,None)],
 [O("Thracian AgriTech Cluster","TATC"), O("Trakia Economic Zone"), O("Zelena Dolina AD"), O("Rozova Kapka OOD"),
  O("Vinarska Izba Trakia"), O("Municipality of Plovdiv"), O("Agricultural University – Plovdiv"),
  O("Balkan Seed Ventures"), O("Thessaly Agro S.A."),
  O("Bulgarian Small and Medium Enterprises Promotion Agency","BSMEPA"),
  O("University of Plovdiv \"Paisii Hilendarski\""), O("Plovsoft EOOD"), O("Plovdiv Chamber of Commerce and Industry"),
  O("Enterprise Europe Network Bulgaria"), O("Agrotech Solutions Bulgaria EOOD"), O("Trakia Telecom AD")],
 [E("AgriHack Plovdiv 2035","2035-10-26","2035-10-28","Plovdiv","Bulgaria"),
  E("award ceremony","2035-10-28",None,"Plovdiv","Bulgaria"),
  E("Demo Day","2036-03-12",None,"Plovdiv","Bulgaria"),
  E("AgriHack Plovdiv (2029)","2029","2029","Plovdiv","Bulgaria"),
  E("AgriHack Plovdiv (2031)","2031","2031","Stara Zagora","Bulgaria"),
  E("AgriHack Plovdiv (2033)","2033","2033","Plovdiv","Bulgaria")],
 ["2035-11-03","2035-10-26/2035-10-28","2036-01","2035-12-01","2036-03-12","2029","2031","2033"],
 [])
