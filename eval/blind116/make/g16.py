from h import *
F = 'g16_gorizia_panel_debate_news.txt'
assert wd(2042,4,16)=='Wednesday' and wd(2042,6,18)=='Wednesday' and wd(2042,6,19)=='Thursday' and wd(2042,5,7)=='Wednesday'
T = """GO-CLUSTER NEWS · Cross-border cluster platform Gorizia – Nova Gorica
News | Events | Members | Projects | About | Newsletter sign-up | IT · SL · EN

"One border, two cluster policies": panel debate in Nova Gorica calls for joint cluster support
Posted on 22 April 2042 · by Matej Kos-Bernardis · 5 comments

NOVA GORICA – Can two regions that share a labour market, a railway station square and a furniture industry keep running two separate cluster policies? That was the question of the panel debate "One border, two cluster policies", held on Wednesday 16 April 2042 at the Transalpina square building in Nova Gorica and streamed to about 300 viewers online. The debate was organised by the European Grouping of Territorial Cooperation GO (EGTC GO) together with the Primorska Technology Park and the Friuli Venezia Giulia regional cluster agency, Agenzia Lavoro & SviluppoImpresa.

On the panel:
- Tanja Zorzut-Vidmar, State Secretary at the Slovenian Ministry of the Economy, Tourism and Sport (MGTŠ)
- Alessandro Fabbro De Marchi, Director of the Central Directorate for Productive Activities of the Autonomous Region Friuli Venezia Giulia
- Nataša Ličen, director of the Slovenian Wood Industry Cluster (Lesarski grozd)
- Giovanni Pertoldi, President of the Cluster Arredo e Sistema Casa FVG
- Dr. Ursula Zimmermann-Hoxha, Policy Officer, European Commission, DG REGIO, Unit for Slovenia and Croatia (via video)

The debate was moderated by Petra Kralj, journalist at Primorske novice.

Zorzut-Vidmar opened by recalling that Slovenia's national cluster strategy 2038–2043 does not foresee funding for clusters based abroad, even when half of their members are Slovenian. Fabbro De Marchi answered that the Region's cluster law has the same limit "mirrored on our side" and proposed a pilot: a shared fund for cross-border cluster projects managed by EGTC GO. Ličen described how the two furniture clusters already run joint trade-fair stands, "but every invoice has to be split in two". Pertoldi asked for a joint label for furniture made in the Gorizia–Nova Gorica area.

From Brussels, Zimmermann-Hoxha noted that the Interreg Italy–Slovenia programme could finance the pilot from 2043, but only if both governments commit to it before the programme is drafted.

Key takeaways
The organisers summarised the discussion in four points:
1. A cross-border cluster fund of around EUR 2 million per year, managed by EGTC GO, should be tested for three years
2. The Slovenian and Friuli clusters should align their membership rules so that companies can join both without double fees
3. A joint "Made in GO" label for furniture and wood products should be studied with the two clusters
4. The two governments should sign a letter of intent on cluster cooperation before the end of 2042

What's next
The conclusions will be presented at the Slovenian Cluster Day on 7 May 2042 in Ljubljana and at the Friuli Venezia Giulia Cluster Forum on 18–19 June 2042 in Pordenone. EGTC GO will hold a technical meeting with both ministries in late May.

The panel debate was the third event of the "GO Borderless Economy" series, after a workshop on cross-border skills in Gorizia on 10 October 2041 and a conference on cross-border logistics at the Sežana dry port in February 2042.

Comments (5)
Marco B. – 22/04/2042 – A joint label is a great idea. But who will pay for the marketing?
Urška – 23/04/2042 – Finally someone says it: the border is still there for clusters. Read more…
[3 more comments – log in to see]

GO-CLUSTER is a platform of EGTC GO. Via Cadorna 36, Gorizia / Delpinova ulica 18b, Nova Gorica. Privacy | Cookies
"""
write(F, T)
assert wd(2041,10,10)=='Thursday'
G = "European Grouping of Territorial Cooperation GO"
gold(F,
 [P("Matej Kos-Bernardis",None,None),
  P("Tanja Zorzut-Vidmar","State Secretary","Slovenian Ministry of the Economy, Tourism and Sport"),
  P("Alessandro Fabbro De Marchi","Director of the Central Directorate for Productive Activities","Autonomous Region Friuli Venezia Giulia"),
  P("Nataša Ličen","director","Slovenian Wood Industry Cluster"),
  P("Giovanni Pertoldi","President","Cluster Arredo e Sistema Casa FVG"),
  P("Ursula Zimmermann-Hoxha","Policy Officer","Unit for Slovenia and Croatia"),
  P("Petra Kralj","journalist","Primorske novice"),
  P("Marco B.",None,None),
  P("Urška",None,None)],
 [O("GO-CLUSTER"), O(G,"EGTC GO"), O("Primorska Technology Park"), O("Agenzia Lavoro & SviluppoImpresa"),
  O("Slovenian Ministry of the Economy, Tourism and Sport","MGTŠ"), O("Central Directorate for Productive Activities"),
  O("Autonomous Region Friuli Venezia Giulia"), O("Slovenian Wood Industry Cluster"),
  O("Cluster Arredo e Sistema Casa FVG"), O("European Commission"), O("DG REGIO"), O("Unit for Slovenia and Croatia"),
  O("Primorske novice")],
 [E("One border, two cluster policies","2042-04-16",None,"Nova Gorica","Slovenia"),
  E("technical meeting","2042-05",None,None,None),
  E("Slovenian Cluster Day","2042-05-07",None,"Ljubljana","Slovenia"),
  E("Friuli Venezia Giulia Cluster Forum","2042-06-18","2042-06-19","Pordenone","Italy"),
  E("workshop on cross-border skills","2041-10-10",None,"Gorizia","Italy"),
  E("conference on cross-border logistics","2042-02",None,"Sežana","Slovenia")],
 ["2042-04-22","2042-04-16","2038/2043","2043","2042","2042-05-07","2042-06-18/2042-06-19","2042-05","2041-10-10","2042-02","2042-04-23"],
 ["A cross-border cluster fund of around EUR 2 million per year, managed by EGTC GO, should be tested for three years",
  "The Slovenian and Friuli clusters should align their membership rules so that companies can join both without double fees",
  "A joint \"Made in GO\" label for furniture and wood products should be studied with the two clusters",
  "The two governments should sign a letter of intent on cluster cooperation before the end of 2042"],
 pub="2042-04-22")
