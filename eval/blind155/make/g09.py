from h import *
F = 'g09_rezekne_eastern_border_forum_conclusions.md'
assert wd(2042,5,21)=='Wednesday' and wd(2042,5,22)=='Thursday' and wd(2042,9,17)=='Wednesday'
T = """# Eastern Border Regions Cluster Forum 2042 – Conclusions

*Rēzekne, Latvia, 21–22 May 2042 · Posted 3 June 2042 by the forum secretariat*

[Home](/) / [Forum](/forum) / Conclusions 2042 · [Download PDF](/files/ebrcf2042-conclusions.pdf) · Share: [LinkedIn](#) [Facebook](#) [E-mail](#)

The sixth Eastern Border Regions Cluster Forum gathered 186 cluster managers, entrepreneurs, researchers and regional officials from Latvia, Lithuania, Estonia, Finland and Poland in the concert hall "Gors" in Rēzekne. The forum was hosted by the Latgale Planning Region together with Rēzekne Academy of Technologies (RTA) and the Latgale Special Economic Zone, and was opened by the chairman of the Latgale Planning Region's development council, Aivars Vucāns, and by Ingrīda Kokoreviča-Lāce, State Secretary of the Ministry of Economics of Latvia.

For the first time, the forum had a full strand on the defence and dual-use industry, which drew the largest audience of the three workshops. Several speakers pointed out that the border regions have the metalworking, wood and textile firms that such supply chains need, but that these firms rarely know the procurement rules or how to obtain the necessary security clearances. Participants from the food and wood clusters stressed that they, too, feel the effect of the closed eastern border, which has cut them off from suppliers and customers they had worked with for decades.

## Programme highlights

**Wednesday 21 May 2042**

- 10:00 Opening and welcome
- 10:30 Keynote: "Regions at the edge of the Union – still the edge of the market?" – Prof. Jarkko Heiskanen, University of Eastern Finland, Joensuu
- 12:00 Cluster pitches: 14 clusters in 3 minutes each
- 14:00 Workshops: wood and furniture; food; defence and dual-use industry
- 19:00 Forum dinner on the shore of Lake Rāzna, hosted by the Latgale Special Economic Zone

**Thursday 22 May 2042**

- 09:30 Talk: "What Narva learnt from closing the oil-shale plants" – Kristjan Aru, Ida-Viru Entrepreneurship Centre (Estonia)
- 10:30 Reports from the workshops
- 11:30 Adoption of the conclusions
- 13:30 Company visits: Rēzekne dairy plant and the RTA mechatronics laboratory

## Conclusions

The participants adopted the following conclusions on Thursday morning. They will be sent to the ministries responsible for regional development in the five countries and to the European Commission.

1. First, border regions on the EU's eastern edge need a cluster policy that takes the security situation into account, including support for companies that enter defence supply chains.
2. Second, cross-border cooperation with neighbours inside the EU (Latvia–Lithuania, Estonia–Finland, Poland–Lithuania) should replace the lost links to the east; clusters are the natural carriers of this cooperation.
3. Third, young people leave because of wages, not because of a lack of jobs; clusters should work with employers on pay and career paths, not only on training.
4. Finally, the forum asks that the next generation of EU programmes keep a specific line for cluster organisations in sparsely populated border regions.

## Previous editions

- 2032 – Daugavpils, 14–15 October
- 2034 – Alytus, 22–23 May
- 2036 – Võru, 10–11 June
- 2038 – Suwałki, 8–9 May
- 2040 – Lappeenranta, 26–27 August
- 2042 – Rēzekne, 21–22 May

## Next steps

The forum's steering group met after the closing session and agreed that the 2044 edition will be hosted by the Podlaskie region. A follow-up webinar on defence supply chains for SMEs will be held on Wednesday 17 September 2042, organised by RTA and the Lithuanian Defence and Security Industry Association (LSGPA).

Forum secretariat: Inese Strode, project manager, Latgale Planning Region, Atbrīvošanas aleja 95, Rēzekne · forum@latgale.example.lv

*The forum was co-financed by the Interreg Latvia–Lithuania programme and the Latvian state budget.*
"""
write(F, T)
L = "Latgale Planning Region"
gold(F,
 [P("Aivars Vucāns","chairman of the Latgale Planning Region's development council",L),
  P("Ingrīda Kokoreviča-Lāce","State Secretary","Ministry of Economics of Latvia"),
  P("Jarkko Heiskanen",None,"University of Eastern Finland"),
  P("Kristjan Aru",None,"Ida-Viru Entrepreneurship Centre"),
  P("Inese Strode","project manager",L)],
 [O(L), O("Rēzekne Academy of Technologies","RTA"), O("Latgale Special Economic Zone"),
  O("Ministry of Economics of Latvia"), O("University of Eastern Finland"), O("Ida-Viru Entrepreneurship Centre"),
  O("European Commission"), O("Lithuanian Defence and Security Industry Association","LSGPA")],
 [E("Eastern Border Regions Cluster Forum 2042","2042-05-21","2042-05-22","Rēzekne","Latvia"),
  E("Regions at the edge of the Union – still the edge of the market?","2042-05-21",None,"Rēzekne","Latvia"),
  E("Workshops","2042-05-21",None,"Rēzekne","Latvia"),
  E("Forum dinner","2042-05-21",None,None,"Latvia"),
  E("What Narva learnt from closing the oil-shale plants","2042-05-22",None,"Rēzekne","Latvia"),
  E("Company visits","2042-05-22",None,"Rēzekne","Latvia"),
  E("Eastern Border Regions Cluster Forum","2032-10-14","2032-10-15","Daugavpils","Latvia"),
  E("Eastern Border Regions Cluster Forum","2034-05-22","2034-05-23","Alytus","Lithuania"),
  E("Eastern Border Regions Cluster Forum","2036-06-10","2036-06-11","Võru","Estonia"),
  E("Eastern Border Regions Cluster Forum","2038-05-08","2038-05-09","Suwałki","Poland"),
  E("Eastern Border Regions Cluster Forum","2040-08-26","2040-08-27","Lappeenranta","Finland"),
  E("steering group","2042-05-22",None,"Rēzekne","Latvia"),
  E("Eastern Border Regions Cluster Forum",None,None,None,None),
  E("follow-up webinar on defence supply chains for SMEs","2042-09-17",None,None,None)],
 ["2042-05-21/2042-05-22","2042-06-03","2042-05-21","2042-05-22","2032-10-14/2032-10-15","2034-05-22/2034-05-23",
  "2036-06-10/2036-06-11","2038-05-08/2038-05-09","2040-08-26/2040-08-27","2042-09-17"],
 ["border regions on the EU's eastern edge need a cluster policy that takes the security situation into account, including support for companies that enter defence supply chains",
  "cross-border cooperation with neighbours inside the EU (Latvia–Lithuania, Estonia–Finland, Poland–Lithuania) should replace the lost links to the east; clusters are the natural carriers of this cooperation",
  "young people leave because of wages, not because of a lack of jobs; clusters should work with employers on pay and career paths, not only on training",
  "the forum asks that the next generation of EU programmes keep a specific line for cluster organisations in sparsely populated border regions"],
 pub="2042-06-03")
