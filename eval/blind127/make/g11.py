from h import *
F = 'g11_gotland_innovation_newsletter.txt'
assert wd(2036,4,3)=='Thursday' and wd(2036,4,22)=='Tuesday' and wd(2036,5,6)=='Tuesday' and wd(2036,5,8)=='Thursday' and wd(2036,9,30)=='Tuesday'
T = """REGION GOTLAND – REGIONAL DEVELOPMENT
Innovation & Clusters Newsletter | No. 2/2036 | 3 April 2036
View this e-mail in your browser | Unsubscribe

In this issue
1. Six cluster projects receive funding
2. Info day: new call for the Baltic Islands Smart Specialisation Fund
3. Gotland Innovation Week 2036 – programme out now
4. People

------------------------------------------------------------
1. SIX CLUSTER PROJECTS RECEIVE FUNDING
------------------------------------------------------------
The Regional Development Committee of Region Gotland decided on 26 March to grant a total of SEK 14.2 million to six cluster projects under the regional cluster programme for 2036–2038. Eleven applications were received before the deadline of 31 January 2036.

The funded projects are:
- "Sea to Plate" – Gotland Food Cluster (Gotlands Matkluster ek. för.), with Uppsala University Campus Gotland
- "Limestone 2.0" – a materials network led by Nordkalk Gotland AB and Cementa AB's Slite plant
- "Visby Smart Tourism" – Destination Gotland Business Network together with Almedalen Event Partners
- "Wind & Grid Lab" – Gotland Energy Agency (Energiagentur Gotland) with Vattenfall Eldistribution AB
- "Island Health Tech" – Gotland Health Innovation Cluster with Region Gotland's own healthcare division
- "Circular Construction Gotland" – Byggföretagen Gotland

"These six projects cover four of our five smart specialisation areas," says Erik Wallström-Ahl, chair of the Regional Development Committee. "What is still missing is a project on water, which will be the focus of the next call."

------------------------------------------------------------
2. INFO DAY: BALTIC ISLANDS SMART SPECIALISATION FUND
------------------------------------------------------------
The Baltic Islands Smart Specialisation Fund, run jointly by Region Gotland, the Åland Government and Saaremaa Municipality, opens its third call on 22 April. Projects must include partners from at least two of the three islands.

An info day will be held on Tuesday 6 May 2036 at 13:00–16:00 in Visby, at the Almedalen Library, with an online link for partners in Mariehamn and Kuressaare. Speakers:
  - Karin Öhrvall, Head of Business Development, Region Gotland
  - Mikael Sjöblom, senior adviser, Government of Åland
  - Triin Kask-Saar, development manager, Saaremaa Municipality

Deadline for applications: 30 September 2036, 16:00 CET.

------------------------------------------------------------
3. GOTLAND INNOVATION WEEK 2036
------------------------------------------------------------
Gotland Innovation Week returns for its seventh edition from 5 to 9 May 2036, with events all over the island. Highlights:

  Monday 5 May   Opening – "Islands as test beds", Visby Strand Congress Centre
  Wednesday 7 May  Company visits in Slite and Hemse
  Thursday 8 May  Cluster Pitch Night, 18:00, Visby
  Friday 9 May   Closing breakfast with the regional board

Previous editions: 2034 (Visby), 2035 (Visby and Klintehamn). Last year's edition brought together 620 participants.

------------------------------------------------------------
4. PEOPLE
------------------------------------------------------------
Linnéa Gustafsson-Berg has joined Region Gotland as cluster coordinator. She previously worked at Almi Företagspartner Gotland and, from 2029 to 2033, at Business Sweden in Riga.

After nine years, Anders "Aje" Pettersson leaves his post as manager of Gotland Food Cluster. His successor, Sophie Lindgren-Nyström, takes over on 1 May.

------------------------------------------------------------
WHAT WE LEARNT FROM THE 2035 CALL
------------------------------------------------------------
Key takeaways from the feedback meeting with applicants in December:
* Applicants want shorter forms and one contact person for the whole process
* Cluster projects with a clear company "owner" were rated higher than projects led only by public bodies
* Cooperation with Åland and Saaremaa works best where companies already trade with each other

------------------------------------------------------------
Region Gotland | Regional Development | Visborgsallén 19, 621 81 Visby
innovation@gotland.example.se | You receive this newsletter because you subscribed on our website.
"""
write(F, T)
RG="Region Gotland"
gold(F,
 [P("Erik Wallström-Ahl","chair of the Regional Development Committee","Regional Development Committee"),
  P("Karin Öhrvall","Head of Business Development",RG),
  P("Mikael Sjöblom","senior adviser","Government of Åland"),
  P("Triin Kask-Saar","development manager","Saaremaa Municipality"),
  P("Linnéa Gustafsson-Berg","cluster coordinator",RG),
  P("Anders \"Aje\" Pettersson","manager","Gotland Food Cluster"),
  P("Sophie Lindgren-Nyström","manager","Gotland Food Cluster")],
 [O(RG), O("Regional Development Committee"), O("Gotland Food Cluster"), O("Uppsala University Campus Gotland"),
  O("Nordkalk Gotland AB"), O("Cementa AB"), O("Destination Gotland Business Network"), O("Almedalen Event Partners"),
  O("Gotland Energy Agency"), O("Vattenfall Eldistribution AB"), O("Gotland Health Innovation Cluster"), O("Byggföretagen Gotland"),
  O("Government of Åland"), O("Saaremaa Municipality"), O("Almi Företagspartner Gotland"), O("Business Sweden")],
 [E("info day","2036-05-06",None,"Visby","Sweden"),
  E("Gotland Innovation Week 2036","2036-05-05","2036-05-09",None,"Sweden"),
  E("Opening","2036-05-05",None,"Visby","Sweden"),
  E("Company visits","2036-05-07",None,"Slite, Hemse","Sweden"),
  E("Cluster Pitch Night","2036-05-08",None,"Visby","Sweden"),
  E("Closing breakfast","2036-05-09",None,None,"Sweden"),
  E("Gotland Innovation Week","2034",None,"Visby","Sweden"),
  E("Gotland Innovation Week","2035",None,"Visby, Klintehamn","Sweden"),
  E("feedback meeting with applicants","2035-12",None,None,None)],
 ["2036-04-03","2036-03-26","2036/2038","2036-01-31","2036-04-22","2036-05-06","2036-09-30","2036-05-05/2036-05-09","2036-05-05","2036-05-07","2036-05-08","2036-05-09","2034","2035","2029/2033","2036-05-01","2035-12"],
 ["Applicants want shorter forms and one contact person for the whole process",
  "Cluster projects with a clear company \"owner\" were rated higher than projects led only by public bodies",
  "Cooperation with Åland and Saaremaa works best where companies already trade with each other"],
 pub="2036-04-03")
