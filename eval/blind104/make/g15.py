from h import *
F = 'g15_latgale_interreg_project_news.md'
assert wd(2035,6,12)=='Tuesday' and wd(2035,6,13)=='Wednesday' and wd(2035,9,20)=='Thursday'
T = """[Home](/) / [Projects](/projects) / [FOREST4FOOD](/projects/forest4food) / News

# FOREST4FOOD partners meet in Daugavpils: wild berries, mushrooms and a shared cold chain

**Posted 18 June 2035 by Līga Vanaga-Rudzīte · Project news · Interreg Latvia–Lithuania**

![Partners in the drying hall of a berry processor in Līvāni](/img/f4f-daugavpils.jpg)
*Partners visiting a berry processor in Līvāni. Photo: Artūrs Kalniņš*

The second partner meeting of the FOREST4FOOD project took place on 12–13 June 2035 in Daugavpils, hosted by the Latgale Planning Region. Over two days, 34 representatives of the six project partners and of local companies discussed how small collectors and processors of wild forest products can share cold storage and reach buyers in Riga, Vilnius and Scandinavia.

The project, which runs from September 2034 to August 2037, is led by the Latgale Planning Region (LV) with partners Daugavpils University (LV), the Latgale Food Cluster (LV), Utena District Municipality (LT), the Lithuanian Forest Products Association (LT) and Vytautas Magnus University Agriculture Academy (LT). Its budget is EUR 1.1 million.

## Day one: cold chain and quality

The meeting opened with a welcome by Iveta Strode-Puķīte, head of the Entrepreneurship Centre of the Latgale Planning Region, and by Daugavpils deputy mayor Aleksejs Vasiļjevs. Dr. Jānis Saulītis of Daugavpils University then presented the first results of the mapping of storage capacity: of 41 collection points surveyed in Latgale and Utena County, only nine have freezers large enough for a full day's harvest of blueberries.

In the afternoon, Rasa Kazlauskienė from the Lithuanian Forest Products Association explained the new voluntary quality label for wild mushrooms, which the association wants to make cross-border. "Buyers in Sweden ask first for traceability and only then for the price," she said.

The day ended with a visit to the SIA Latgales Ogas plant in Līvāni and a dinner at the Daugavpils Fortress.

## Day two: a shared cold chain pilot

On the second day, the partners agreed on the design of the cold chain pilot. A mobile freezing container will be shared by collectors in Krāslava and Zarasai from July 2035, with booking through a simple phone app. The container was bought with project funds and will be insured by the cluster. The Latgale Food Cluster will coordinate the pilot; its manager, Edgars Bērziņš, said that eleven member companies have already signed up.

Professor Vida Mockevičienė of Vytautas Magnus University Agriculture Academy presented a training plan for young collectors, with courses in safe picking, first processing and food hygiene in both countries.

## Conclusions of the meeting

1. Cold storage, not harvest volume, is the main bottleneck for small collectors in the border region
2. A joint quality label for wild mushrooms and berries can open Scandinavian markets
3. The cold chain pilot will start in July 2035 in Krāslava and Zarasai
4. Municipalities should include collection points in their spatial plans

## What comes next

- **20 September 2035 (Thursday):** Forest Products Day in Utena, with a buyers' market
- **November 2035:** study visit to Finnish wild berry companies in North Karelia
- **March 2036:** third partner meeting in Kaunas

*The FOREST4FOOD project is co-financed by the European Regional Development Fund under the Interreg VI-A Latvia–Lithuania Programme 2021–2027.*

**Contact:** Līga Vanaga-Rudzīte, communication manager, Latgale Planning Region · liga@latgale.example.lv

Share this: [Facebook](#) · [LinkedIn](#) · [Email](#)

**Related news:** [Kick-off meeting in Utena](/news/f4f-kickoff) (October 2034) · [Survey of collection points launched](/news/f4f-survey) (February 2035)
"""
write(F, T)
L="Latgale Planning Region"
gold(F,
 [P("Līga Vanaga-Rudzīte","communication manager",L), P("Artūrs Kalniņš",None,None),
  P("Iveta Strode-Puķīte","head of the Entrepreneurship Centre",L),
  P("Aleksejs Vasiļjevs","deputy mayor",None),
  P("Jānis Saulītis",None,"Daugavpils University"),
  P("Rasa Kazlauskienė",None,"Lithuanian Forest Products Association"),
  P("Edgars Bērziņš","manager","Latgale Food Cluster"),
  P("Vida Mockevičienė","Professor","Vytautas Magnus University Agriculture Academy")],
 [O(L), O("Daugavpils University"), O("Latgale Food Cluster"), O("Utena District Municipality"),
  O("Lithuanian Forest Products Association"), O("Vytautas Magnus University Agriculture Academy"),
  O("Entrepreneurship Centre"), O("SIA Latgales Ogas")],
 [E("second partner meeting of the FOREST4FOOD project","2035-06-12","2035-06-13","Daugavpils","Latvia"),
  E("visit to the SIA Latgales Ogas plant","2035-06-12",None,"Līvāni","Latvia"),
  E("dinner at the Daugavpils Fortress","2035-06-12",None,"Daugavpils","Latvia"),
  E("Forest Products Day","2035-09-20",None,"Utena","Lithuania"),
  E("study visit to Finnish wild berry companies","2035-11",None,None,"Finland"),
  E("third partner meeting","2036-03",None,"Kaunas","Lithuania"),
  E("Kick-off meeting","2034-10",None,"Utena","Lithuania")],
 ["2035-06-18","2035-06-12/2035-06-13","2034-09/2037-08","2035-07","2035-09-20","2035-11","2036-03","2021/2027","2034-10","2035-02"],
 ["Cold storage, not harvest volume, is the main bottleneck for small collectors in the border region",
  "A joint quality label for wild mushrooms and berries can open Scandinavian markets",
  "The cold chain pilot will start in July 2035 in Krāslava and Zarasai",
  "Municipalities should include collection points in their spatial plans"], pub="2035-06-18")
