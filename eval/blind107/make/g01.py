from h import *
F = 'g01_aarhus_foodtech_matchmaking.txt'
assert wd(2037,3,19)=='Thursday' and wd(2037,5,6)=='Wednesday' and wd(2037,3,24)=='Tuesday'
T = """Skip to content
FoodTech Østjylland – the food technology cluster of East Jutland
Home
About the cluster
Members
Projects
News & events
Contact
DA | EN
Search…

We use cookies to improve your experience and to count visits. Read our cookie policy.
Accept all   Only necessary   Settings

Home / News & events / News / 120 meetings in one afternoon: Food Meets Tech Matchmaking 2037

120 meetings in one afternoon: Food Meets Tech Matchmaking 2037

24 March 2037 | By Signe Kjærgaard Holm | Events, Internationalisation
Share: Facebook  LinkedIn  X  E-mail

[Image: Participants at the tables of the B2B area in the hall of Aarhus Food Hub]
Photo: Mads Rahbek Nørgaard

On Thursday 19 March 2037 the cluster welcomed 164 participants from nine countries to Food Meets Tech Matchmaking, held at Aarhus Food Hub in Aarhus. The event was organised together with Enterprise Europe Network Denmark and the Business Region Aarhus office, and it was part of the European Cluster Weeks campaign of the year.

In one afternoon the participants held 120 pre-booked one-to-one meetings. Most of them dealt with packaging, fermentation and the reuse of side streams from dairies and breweries. Food producers met technology suppliers, and twelve start-ups pitched to a panel of three investors.

The day opened with a welcome by Henrik Dall-Sørensen, chair of the cluster's board and CEO of Nordmejeri A/S. "Our members do not lack ideas. They lack the right partner at the right moment, and that is what an afternoon like this gives them," he said.

A keynote on the new EU rules for food contact materials was given by Dr. Anneke Vos-Hilberink, senior policy officer at the Netherlands Enterprise Agency (RVO), who also joined the panel on circular packaging. The panel was chaired by Lasse Møller Juul, cluster manager of FoodTech Østjylland, and included Karolina Wierzbicka of the Wielkopolska Food Cluster and Tomás Ó Briain, head of innovation at Cork Dairy Ingredients Ltd.

Programme of the day
12:30  Registration and coffee
13:00  Welcome – Henrik Dall-Sørensen
13:15  Keynote – Dr. Anneke Vos-Hilberink, RVO
14:00  B2B meetings (tables 1–40)
16:30  Start-up pitches
17:30  Networking reception in the Food Hub café

Three visiting delegations travelled to Aarhus for the event: a group of eleven companies from the Wielkopolska Food Cluster in Poznań, six companies brought by the Flanders' FOOD network and a delegation from the Agri-Food Cluster of Lower Austria. On Friday 20 March 2037 the foreign guests took part in a company visit to the pilot plant of Aarhus University's Department of Food Science in Agro Food Park.

First results
According to the feedback survey, 87 % of participants rated the meetings as useful or very useful. At least nine follow-up meetings have already been agreed. One of them will bring a Danish dairy and a Polish packaging maker together on a joint proposal for recyclable cheese trays.

"We came to find one partner and we go home with three," said Piotr Kaczmarek, managing director of Ekopak Poznań Sp. z o.o.

The start-up pitch prize, a free stand at the cluster's stand at the next SIAL Paris, went to FermentaLab ApS, a spin-off from Aarhus University that turns brewers' spent grain into protein flour.

Coming next
The next matchmaking of the cluster, Blue Food Matchmaking, will take place on Wednesday 6 May 2037 in Grenaa, together with the Kattegat Marine Centre. Registration opens on 1 April 2037.

Related posts
› New members in the first quarter of 2037
› FoodTech Østjylland receives Gold label
› Call for pilot projects: side-stream valorisation (deadline 15 April 2037)

Tags: matchmaking, B2B, packaging, internationalisation, start-ups

Contact
Signe Kjærgaard Holm
Communication and events coordinator
FoodTech Østjylland
sk@foodtech-oj.example.dk | +45 00 00 00 00

FoodTech Østjylland · Agro Food Park 15 · 8200 Aarhus N
Newsletter   LinkedIn   Privacy policy   Cookie settings
© 2037 FoodTech Østjylland
"""
write(F, T)
C = "FoodTech Østjylland"
gold(F,
 [P("Signe Kjærgaard Holm","Communication and events coordinator",C),
  P("Mads Rahbek Nørgaard"),
  P("Henrik Dall-Sørensen","chair of the cluster's board",C),
  P("Anneke Vos-Hilberink","senior policy officer","Netherlands Enterprise Agency"),
  P("Lasse Møller Juul","cluster manager",C),
  P("Karolina Wierzbicka",None,"Wielkopolska Food Cluster"),
  P("Tomás Ó Briain","head of innovation","Cork Dairy Ingredients Ltd"),
  P("Piotr Kaczmarek","managing director","Ekopak Poznań Sp. z o.o.")],
 [O(C), O("Aarhus Food Hub"), O("Enterprise Europe Network Denmark"), O("Business Region Aarhus"),
  O("Nordmejeri A/S"), O("Netherlands Enterprise Agency","RVO"), O("Wielkopolska Food Cluster"),
  O("Cork Dairy Ingredients Ltd"), O("Flanders' FOOD"), O("Agri-Food Cluster of Lower Austria"),
  O("Aarhus University"), O("Department of Food Science"), O("Ekopak Poznań Sp. z o.o."),
  O("FermentaLab ApS"), O("Kattegat Marine Centre")],
 [E("Food Meets Tech Matchmaking 2037","2037-03-19",None,"Aarhus","Denmark"),
  E("B2B meetings","2037-03-19",None,"Aarhus","Denmark"),
  E("Start-up pitches","2037-03-19",None,"Aarhus","Denmark"),
  E("Networking reception","2037-03-19",None,"Aarhus","Denmark"),
  E("company visit","2037-03-20",None,None,"Denmark"),
  E("European Cluster Weeks"),
  E("SIAL Paris",None,None,"Paris","France"),
  E("Blue Food Matchmaking","2037-05-06",None,"Grenaa","Denmark")],
 ["2037-03-24","2037-03-19","2037-03-20","2037-05-06","2037-04-01","2037-04-15","2037"],
 [], "2037-03-24")
