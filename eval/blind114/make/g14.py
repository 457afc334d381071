from h import *
F = 'g14_hamar_panel_debate_speakers.md'
assert wd(2041,11,20)=='Wednesday' and wd(2041,11,13)=='Wednesday'
T = """[Innlandet Cluster Forum](/) / [Events](/events) / Panel debate: Women leading industrial clusters

# Panel debate: "Who leads our clusters?" – women at the top of industrial clusters

**Wednesday 20 November 2041, 15:00–17:00 · Hamar, Innovation House Hamar (Torggata 22) and online**
Organised by Innlandet Cluster Forum in cooperation with Innovation Norway Innlandet and Innlandet County Municipality

Registration deadline: 13 November · Free of charge · Language: English

---

Only one in four cluster organisations in the Nordic countries is led by a woman, and in wood, energy and manufacturing the share is lower still. In this standalone debate – the sixth of our **Cluster Talks** series – four cluster leaders talk about how they got there, what boards look for when they hire a cluster manager, and what should change.

Questions for the panel include: Are cluster managers chosen for their networks or for their skills? Why do so few women apply? And what can boards, funders and programme owners do differently when the next cluster manager is recruited in Innlandet?

## Programme

- 15:00 Welcome – Kari Bøe Tangen, Head of Innlandet Cluster Forum
- 15:10 Short introduction: cluster management as a profession – Dr. Ingrid Aaslund-Mæhle
- 15:30 Debate with the panel and questions from the audience
- 16:45 Closing remarks – Vegard Solbakken, County Director for Business Development, Innlandet County Municipality
- 17:00 Coffee and networking in the atrium

## The panel

**Dr. Ingrid Aaslund-Mæhle** (moderator) is associate professor of innovation management at the Inland Norway University of Applied Sciences (INN University) in Lillehammer. She has studied Norwegian cluster programmes since 2027 and was a member of the evaluation team of the national cluster programme in 2038.

**Hanne Sørli-Ødegård** is CEO of the wood-construction cluster Norwegian Wood Cluster AS in Brumunddal. Before taking the post in 2037 she spent eleven years at Moelven Industrier ASA, finally as Director of Strategy. She sits on the board of the European Forest-based Sector Technology Platform.

**Rasa Vaitkevičiūtė** is Managing Director of the Lithuanian Engineering Industries Cluster LINPRA-Tech in Vilnius. Born in Kaunas, she studied in Vilnius and Aachen and previously worked for the Lithuanian innovation agency. She is also Vice-Chair of the European Clusters Alliance.

**Dr. Fatima El Idrissi-Larsen** heads the Biotech North cluster in Tromsø. Trained as a marine biologist in Rabat and Bergen, she led the business development office of UiT The Arctic University of Norway before becoming cluster manager in 2039.

**Johan van den Broek** is Chair of the Board of Norwegian Wood Cluster AS and CEO of the sawmill group Bergene Holm AS. He brings the view of the board that hires the manager.

## Earlier Cluster Talks

1. "Clusters and the green industrial deal", Gjøvik, 14 March 2040
2. "Skills for the wood industry", Lillehammer, 5 June 2040
3. "Battery value chains in Innlandet", Raufoss, 2 October 2040
4. "Cluster internationalisation after Brexit", online, 27 January 2041
5. "Digital twins for small manufacturers", Hamar, 9 May 2041

Recordings of the earlier talks are available on our [YouTube channel](#).

## Practical information

The debate is held in English. Participants in Hamar can join the coffee and networking after the debate; online participants receive the link the day before. Contact: Marte Lien Haugen, project coordinator, Innlandet Cluster Forum, marte@icf.example.no

*Innlandet Cluster Forum is funded by Innlandet County Municipality and Innovation Norway. [Newsletter](#) · [Privacy](#) · Share: [LinkedIn](#) [Facebook](#)*
"""
write(F, T)
I="Innlandet Cluster Forum"
gold(F,
 [P("Kari Bøe Tangen","Head of Innlandet Cluster Forum",I),
  P("Ingrid Aaslund-Mæhle","associate professor of innovation management","Inland Norway University of Applied Sciences"),
  P("Vegard Solbakken","County Director for Business Development","Innlandet County Municipality"),
  P("Hanne Sørli-Ødegård","CEO","Norwegian Wood Cluster AS"),
  P("Rasa Vaitkevičiūtė","Managing Director","Lithuanian Engineering Industries Cluster LINPRA-Tech"),
  P("Fatima El Idrissi-Larsen","cluster manager","Biotech North"),
  P("Johan van den Broek","Chair of the Board","Norwegian Wood Cluster AS"),
  P("Marte Lien Haugen","project coordinator",I)],
 [O(I), O("Innovation Norway Innlandet"), O("Innlandet County Municipality"),
  O("Inland Norway University of Applied Sciences","INN University"), O("Norwegian Wood Cluster AS"),
  O("Moelven Industrier ASA"), O("European Forest-based Sector Technology Platform"),
  O("Lithuanian Engineering Industries Cluster LINPRA-Tech"), O("European Clusters Alliance"), O("Biotech North"),
  O("UiT The Arctic University of Norway"), O("Bergene Holm AS"), O("Innovation Norway")],
 [E("Who leads our clusters?","2041-11-20",None,"Hamar","Norway"),
  E("Coffee and networking","2041-11-20",None,"Hamar","Norway"),
  E("Clusters and the green industrial deal","2040-03-14",None,"Gjøvik","Norway"),
  E("Skills for the wood industry","2040-06-05",None,"Lillehammer","Norway"),
  E("Battery value chains in Innlandet","2040-10-02",None,"Raufoss","Norway"),
  E("Cluster internationalisation after Brexit","2041-01-27",None,None,None),
  E("Digital twins for small manufacturers","2041-05-09",None,"Hamar","Norway")],
 ["2041-11-20","2041-11-13","2027","2038","2037","2039","2040-03-14","2040-06-05","2040-10-02","2041-01-27","2041-05-09"],
 [])
