from h import *
F = 'g07_fejer_mechatronics_cluster_day.txt'
assert wd(2037,9,16)=='Wednesday' and wd(2037,9,15)=='Tuesday' and wd(2037,9,4)=='Friday'
T = """From: ALBA Mechatronics Cluster <news@albamech.example.hu>
Newsletter | September 2037 | web version

=====================================================
ALBA MECHATRONICS CLUSTER DAY 2037
"From automation to autonomy"
Wednesday, 16 September 2037
Székesfehérvár, Hiemer House, 09:00–18:00
=====================================================

Dear Members and Partners,

the tenth edition of our Cluster Day is only two weeks away. This year we celebrate the anniversary of the first Cluster Day, held in 2028 in the old Videoton canteen, with a programme that is longer than usual and, for the first time, in English throughout, since we expect guests from our partner clusters in Austria, Slovakia and Slovenia.

Why autonomy? Most of our 86 member companies have automated single machines, but very few run lines that plan, check and correct themselves. The suppliers in the region are under pressure from their customers to cut costs and to report energy use per part, and at the same time they cannot find enough technicians. The Cluster Day brings together the people who have tried autonomous production in mid-sized plants, including some who failed and are willing to say why.

Registration closes on Friday, 4 September 2037. Participation is free for members; non-members pay HUF 35,000.

-----------------------------------------------------
PRE-EVENT, Tuesday 15 September
-----------------------------------------------------
18:30  Welcome reception for international guests at the Town Hall of Székesfehérvár, hosted by the Deputy Mayor, Dr. Krisztina Takács-Nagy

-----------------------------------------------------
PROGRAMME, Wednesday 16 September
-----------------------------------------------------
08:30  Registration, coffee
09:00  Opening
       - Gábor Szentpéteri, President of the ALBA Mechatronics Cluster
       - Dr. Zsófia Erdős-Kálmán, Deputy State Secretary for Industrial Development, Ministry for National Economy
09:30  Keynote: "Autonomous production in mid-sized plants"
       Prof. Dr. Wolfgang Hainzl, Head of Institute, Johannes Kepler University Linz
10:15  Members' showcase (5 x 10 minutes)
       - Alcoa-Köfém Kft.: robotic extrusion cells
       - Denso Gyártó Magyarország Kft.: digital twin of the assembly line
       - Fehérvár Robotics Zrt.: cobots for small batch production
       - Óbuda University, Alba Regia Faculty: training lab for PLC programming
       - SzéchenyiSoft Kft.: AI quality inspection
11:15  Coffee break
11:45  Panel: "Finding the people – skills for autonomy"
       moderated by Eszter Balogh, cluster manager
       with Andrea van Beek (Automation Region Upper Austria), Matej Kováč (Slovak Automotive Cluster Trnava) and Nika Rozman (ACS Slovenian Automotive Cluster)
13:00  Lunch and exhibition
14:00  B2B meetings (pre-booked on the cluster platform)
14:00  Parallel workshop: funding from the Economic Development and Innovation Operational Programme Plus, with the Hungarian Investment Promotion Agency (HIPA)
16:00  Company visits: Denso plant or the Alba Industrial Park incubator (bus from Hiemer House)
18:00  Closing
19:00  Cluster dinner and the ALBA Innovation Award ceremony, Hotel Magyar Király

-----------------------------------------------------
WHY COME?
-----------------------------------------------------
Last year's Cluster Day survey (412 participants, 96 answers) told us what members value most. The board drew these lessons learnt from it:

  * B2B meetings must be booked before the event, not on the day
  * Members want to see working machines, not slides
  * The award ceremony should stay in the evening programme

-----------------------------------------------------
CLUSTER NEWS IN BRIEF
-----------------------------------------------------
* New members: Arconic-Köfém Services Kft. and the start-up Vision4Steel Kft. joined in August.
* The cluster received the Gold Label of the European Cluster Excellence Initiative in June 2037, valid until 2039.
* Our project manager Bence Horváth-Lőrincz presented the cluster at the Automotive Cluster Meeting in Graz on 8–9 June 2037, organised by ACstyria.
* Next General Assembly: 25 November 2037, Székesfehérvár.

Contact: Eszter Balogh, cluster manager, +36 22 000 000, eszter.balogh@albamech.example.hu

ALBA Mechatronics Cluster (ALBA Mechatronikai Klaszter Egyesület), Budai út 9, 8000 Székesfehérvár, Hungary
To stop receiving our newsletter, reply with UNSUBSCRIBE.
"""
write(F, T)
A = "ALBA Mechatronics Cluster"
gold(F,
 [P("Krisztina Takács-Nagy", "Deputy Mayor", None),
  P("Gábor Szentpéteri", "President", A),
  P("Zsófia Erdős-Kálmán", "Deputy State Secretary for Industrial Development", "Ministry for National Economy"),
  P("Wolfgang Hainzl", "Head of Institute", "Johannes Kepler University Linz"),
  P("Eszter Balogh", "cluster manager", A),
  P("Andrea van Beek", None, "Automation Region Upper Austria"),
  P("Matej Kováč", None, "Slovak Automotive Cluster Trnava"),
  P("Nika Rozman", None, "ACS Slovenian Automotive Cluster"),
  P("Bence Horváth-Lőrincz", "project manager", A)],
 [O(A), O("Videoton"), O("Ministry for National Economy"),
  O("Johannes Kepler University Linz"), O("Alcoa-Köfém Kft."), O("Denso Gyártó Magyarország Kft."),
  O("Fehérvár Robotics Zrt."), O("Óbuda University"), O("Alba Regia Faculty"), O("SzéchenyiSoft Kft."),
  O("Automation Region Upper Austria"), O("Slovak Automotive Cluster Trnava"), O("ACS Slovenian Automotive Cluster"),
  O("Hungarian Investment Promotion Agency", "HIPA"), O("Arconic-Köfém Services Kft."),
  O("Vision4Steel Kft."), O("European Cluster Excellence Initiative"), O("ACstyria")],
 [E("ALBA MECHATRONICS CLUSTER DAY 2037", "2037-09-16", None, "Székesfehérvár", "Hungary"),
  E("Cluster Day (2028)", "2028", None, None, None),
  E("Welcome reception", "2037-09-15", None, "Székesfehérvár", "Hungary"),
  E("B2B meetings", "2037-09-16", None, "Székesfehérvár", "Hungary"),
  E("Company visits", "2037-09-16", None, "Székesfehérvár", "Hungary"),
  E("Cluster dinner", "2037-09-16", None, "Székesfehérvár", "Hungary"),
  E("ALBA Innovation Award ceremony", "2037-09-16", None, "Székesfehérvár", "Hungary"),
  E("Automotive Cluster Meeting", "2037-06-08", "2037-06-09", "Graz", "Austria"),
  E("General Assembly", "2037-11-25", None, "Székesfehérvár", "Hungary")],
 ["2037-09", "2037-09-16", "2028", "2037-09-04", "2037-09-15", "2037-08", "2037-06", "2039", "2037-06-08/2037-06-09", "2037-11-25"],
 ["B2B meetings must be booked before the event, not on the day",
  "Members want to see working machines, not slides",
  "The award ceremony should stay in the evening programme"],
 pub="2037-09")
