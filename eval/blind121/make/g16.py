from h import *
F = 'g16_gotland_food_cluster_news.txt'
assert wd(2037,3,10)=='Tuesday' and wd(2037,3,24)=='Tuesday' and wd(2037,4,22)=='Wednesday' and wd(2037,4,23)=='Thursday' and wd(2037,5,6)=='Wednesday' and wd(2037,8,15)=='Saturday' and wd(2037,2,26)=='Thursday'
T = """Skip to content
Gotland Food Cluster
Home   About   Members   Projects   News   Events   Svenska

News from the cluster – March 2037
Published 26 March 2037 · Category: Newsletter · Reading time 5 min
Share on LinkedIn | Facebook | Copy link

Spring greetings from Visby! The ice has left the harbour, the first lambs are out and our members are preparing for a season that will again bring more than a million visitors to the island. In this issue: the results of our annual meeting, conclusions from the restaurant round table, and a busy calendar for April and May.

ANNUAL MEETING: NEW CHAIR AND A NEW NAME FOR THE KITCHEN
The annual meeting of Gotlands Matkluster ekonomisk förening (Gotland Food Cluster) was held on Tuesday 10 March 2037 at the Almedalen Library in Visby. Thirty-four members voted. The meeting elected Karin Ahlqvist-Bendz, owner of Ljugarns Rökeri AB, as the new Chair of the board. She succeeds Olof Hägg, who led the cluster from its founding in 2029 and who remains on the board as an ordinary member. Other board members for 2037–2039 are Emma Lindgren (Roma Kungsgård Mejeri), Ahmed Al-Sayed (Visby Bageri & Konditori HB) and Liv Stenström (Uppsala University – Campus Gotland).

The meeting also agreed to rename the shared test kitchen in Roma to "Matlabbet Gotland". Cluster coordinator Johanna de Vries-Pettersson explained that the kitchen was used on 112 days last year, mostly by small producers developing new products for the summer market.

Read more »

ROUND TABLE ON RESTAURANTS AND LOCAL PRODUCE
On Thursday 26 February 2037 the cluster invited chefs, farmers and wholesalers to a round table on local produce in island restaurants, held at the Region Gotland offices in Visby. The discussion was led by Mats Kvarnström, head of business development at Region Gotland, with chef Sara Nilsson-Dahl of Restaurang Strandkanten as guest speaker.

Conclusions
Three conclusions came out of the afternoon. First, restaurants want fewer deliveries and more predictable volumes, so producers should coordinate their logistics through one hub. Second, the Gotland origin label is well known among tourists but rarely used on menus, and the cluster should offer restaurants a simple way to show it. Finally, a joint purchasing day in early spring would let chefs plan their summer menus with local suppliers.

CALENDAR
Tue 24 March 2037, 13:00–16:00 – Webinar: "Selling to the mainland", with the Swedish Board of Agriculture (Jordbruksverket). Free for members.
22–23 April 2037 – Partner meeting in Tallinn of the Baltic island food network "Islands Taste", hosted by the Estonian Agricultural Registers and Information Board. Cluster delegation of five members. Day 1: visits to food start-ups at the Tallinn Food Hub; Day 2: B2B meetings with Estonian and Finnish buyers.
Wed 6 May 2037 – Producers' purchasing day, Visby harbour warehouse, 10:00–15:00.
Sat 15 August 2037 – Gotland Harvest Market, 9th edition, Hemse. The market was held in Slite in 2035 and in Klintehamn in 2036.

Applications for the Tallinn delegation: by 3 April 2037 to johanna@gotlandfood.example.se.

MEMBER NEWS
Ljugarns Rökeri AB has opened a small shop at Stockholm Central Station in cooperation with Gotlandsbolaget. Roma Kungsgård Mejeri won a silver medal for its sheep's cheese at the Swedish cheese championships in Falun in January 2037.

We also welcome two new members: Fårö Saffran HB and the seed company Gotlandsfrö AB.

Gotland Food Cluster · Roma Kungsgård, 622 54 Romakloster · info@gotlandfood.example.se
Part-financed by Region Gotland and the European Regional Development Fund
Unsubscribe · Privacy policy · © 2037 Gotland Food Cluster
"""
write(F, T)
G = "Gotlands Matkluster ekonomisk förening"
gold(F,
 [P("Karin Ahlqvist-Bendz","Chair of the board",G),
  P("Olof Hägg","ordinary member",G),
  P("Emma Lindgren","board member",G),
  P("Ahmed Al-Sayed","board member",G),
  P("Liv Stenström","board member",G),
  P("Johanna de Vries-Pettersson","Cluster coordinator",G),
  P("Mats Kvarnström","head of business development","Region Gotland"),
  P("Sara Nilsson-Dahl","chef","Restaurang Strandkanten")],
 [O(G), O("Ljugarns Rökeri AB"), O("Roma Kungsgård Mejeri"), O("Visby Bageri & Konditori HB"),
  O("Uppsala University – Campus Gotland"), O("Region Gotland"), O("Restaurang Strandkanten"),
  O("Swedish Board of Agriculture"), O("Islands Taste"),
  O("Estonian Agricultural Registers and Information Board"), O("Gotlandsbolaget"), O("Fårö Saffran HB"),
  O("Gotlandsfrö AB")],
 [E("annual meeting","2037-03-10",None,"Visby","Sweden"),
  E("round table on local produce in island restaurants","2037-02-26",None,"Visby","Sweden"),
  E("Selling to the mainland","2037-03-24",None,None,None),
  E("Partner meeting in Tallinn","2037-04-22","2037-04-23","Tallinn","Estonia"),
  E("visits to food start-ups at the Tallinn Food Hub","2037-04-22",None,"Tallinn","Estonia"),
  E("B2B meetings","2037-04-23",None,"Tallinn","Estonia"),
  E("Producers' purchasing day","2037-05-06",None,"Visby","Sweden"),
  E("Gotland Harvest Market","2037-08-15",None,"Hemse","Sweden"),
  E("Gotland Harvest Market","2035",None,"Slite","Sweden"),
  E("Gotland Harvest Market","2036",None,"Klintehamn","Sweden"),
  E("Swedish cheese championships","2037-01",None,"Falun","Sweden")],
 ["2037-03","2037-03-26","2037-03-10","2029","2037/2039","2037-02-26","2037-03-24","2037-04-22/2037-04-23",
  "2037-05-06","2037-08-15","2035","2036","2037-04-03","2037-01","2037-04","2037-05"],
 ["restaurants want fewer deliveries and more predictable volumes, so producers should coordinate their logistics through one hub",
  "the Gotland origin label is well known among tourists but rarely used on menus, and the cluster should offer restaurants a simple way to show it",
  "a joint purchasing day in early spring would let chefs plan their summer menus with local suppliers"],
 pub="2037-03-26")
