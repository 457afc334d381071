from h import *
F = 'g12_thuringia_cluster_conference_programme.txt'
assert wd(2041,6,11)=='Tuesday' and wd(2041,6,12)=='Wednesday' and wd(2041,6,13)=='Thursday' and wd(2041,5,28)=='Tuesday'
T = """Thuringian Cluster Conference 2041
"Smart specialisation after the transition years"
12–13 June 2041 | Jena, Volkshaus and ZEISS Innovation Hub | Programme (version of 28 May 2041)

Organised by LEG Thüringen – Landesentwicklungsgesellschaft Thüringen mbH / ThCM Thüringer ClusterManagement
on behalf of the Thuringian Ministry for Economic Affairs, Science and Digital Society (TMWWDG)
Partners: Jena Economic Development Agency (JenaWirtschaft), OptoNet e.V., medways e.V., Automotive Thüringen e.V.

Language: German and English with simultaneous interpretation in the plenary
Registration closes on 4 June 2041. Participation is free of charge.

=====================================================
TUESDAY 11 JUNE 2041 (PRE-EVENT)
=====================================================
17:00  Meeting of the RIS Thuringia Strategy Board (members only), LEG Thüringen, Erfurt
19:30  Get-together for speakers and cluster managers, Jena city centre

=====================================================
DAY 1 – WEDNESDAY 12 JUNE 2041, Volkshaus Jena
=====================================================
09:00  Registration and coffee
09:30  Welcome
       Dr. Friederike Salomon-Weiß, State Secretary, TMWWDG
       Thomas Nitzsche, Lord Mayor of the City of Jena
10:00  Keynote: "Where clusters meet regions – lessons from ten years of S3 partnerships"
       Dr. Ioana Dumitrescu-Hahn, Policy Officer, European Commission, DG REGIO
10:40  Thuringia's RIS 2035–2041: results of the mid-term review
       Sebastian Krügel, Head of ThCM, LEG Thüringen
11:20  Coffee break and exhibition
11:45  Panel: Can small clusters survive without public money?
       with Kerstin Amende-Lutz (Managing Director, OptoNet e.V.), Bogdan Wiśniewski (Polish Cluster Association, Warsaw),
       Prof. Dr. Heiko O'Connell (Ernst-Abbe-Hochschule Jena) and Susanne Behr (Automotive Thüringen e.V.)
       Moderation: Frank Uhlig, journalist
13:00  Lunch
14:00  Parallel workshops
       A – Photonics and quantum technologies (ZEISS Innovation Hub)
       B – Health economy and medical technology (medways e.V.)
       C – Sustainable mobility and battery recycling (Automotive Thüringen e.V.)
16:00  Thuringian Cluster Award 2041 – ceremony
       presented by Wolfgang Tiefensee-Brandt, Chair of the Supervisory Board, LEG Thüringen
17:00  End of day 1
19:00  Conference dinner, Rathausdiele Jena

=====================================================
DAY 2 – THURSDAY 13 JUNE 2041
=====================================================
08:30  Site visits (pre-registration required)
       – Beutenberg Campus and the Leibniz Institute of Photonic Technology (Leibniz-IPHT)
       – Jenoptik AG, Göschwitz
       – Schott AG, Otto-Schott-Straße plant
11:30  Matchmaking session: cluster projects for the new call, Volkshaus Jena
13:00  Closing remarks and lunch
       Sebastian Krügel (LEG Thüringen)

-----------------------------------------------------
About the call "Cluster Projects Thuringia 2041"
The new call for cluster projects will be presented on day 2. The deadline for project outlines is 30 September 2041; full proposals are due by 31 January 2042. Cluster managers can book individual advice with the ThCM team from July 2041.

Past conferences
2039 – Erfurt, "Clusters in the energy crisis" (380 participants)
2040 – Ilmenau, "Digital twins for Thuringian SMEs" (410 participants)

Key conclusions of the 2040 conference
The conference report summarised the following conclusions:
1. Cluster managers need multi-year funding to keep skilled staff
2. Joint projects across Thuringian clusters are still the exception, not the rule
3. Regional strategies should say more clearly which cluster is responsible for which field

Practical information
The Volkshaus Jena is a ten-minute walk from Jena Paradies station. A shuttle bus runs between the Volkshaus
and the ZEISS Innovation Hub before and after the workshops. Places for the site visits are limited to 25 per
company and are allocated in order of registration. Please tell us about any access needs or dietary
requirements when you register. A hotel contingent is available until 20 May 2041.

Contact: ThCM Thüringer ClusterManagement, LEG Thüringen, Mainzerhofstraße 12, 99084 Erfurt
cluster@leg-thueringen.example.de | +49 361 0000 000
Photo notice: photographs and video will be taken during the conference.
"""
write(F, T)
LEG="LEG Thüringen – Landesentwicklungsgesellschaft Thüringen mbH"
gold(F,
 [P("Friederike Salomon-Weiß","State Secretary","TMWWDG"),
  P("Thomas Nitzsche","Lord Mayor of the City of Jena","City of Jena"),
  P("Ioana Dumitrescu-Hahn","Policy Officer","DG REGIO"),
  P("Sebastian Krügel","Head of ThCM","LEG Thüringen"),
  P("Kerstin Amende-Lutz","Managing Director","OptoNet e.V."),
  P("Bogdan Wiśniewski",None,"Polish Cluster Association"),
  P("Heiko O'Connell",None,"Ernst-Abbe-Hochschule Jena"),
  P("Susanne Behr",None,"Automotive Thüringen e.V."),
  P("Frank Uhlig","journalist",None),
  P("Wolfgang Tiefensee-Brandt","Chair of the Supervisory Board","LEG Thüringen")],
 [O(LEG,"LEG Thüringen"), O("ThCM Thüringer ClusterManagement","ThCM"),
  O("Thuringian Ministry for Economic Affairs, Science and Digital Society","TMWWDG"),
  O("Jena Economic Development Agency","JenaWirtschaft"), O("OptoNet e.V."), O("medways e.V."), O("Automotive Thüringen e.V."),
  O("City of Jena"), O("European Commission"), O("DG REGIO"), O("Polish Cluster Association"), O("Ernst-Abbe-Hochschule Jena"),
  O("ZEISS Innovation Hub"), O("RIS Thuringia Strategy Board"), O("Leibniz Institute of Photonic Technology","Leibniz-IPHT"),
  O("Jenoptik AG"), O("Schott AG"), O("Beutenberg Campus")],
 [E("Thuringian Cluster Conference 2041","2041-06-12","2041-06-13","Jena","Germany"),
  E("Meeting of the RIS Thuringia Strategy Board","2041-06-11",None,"Erfurt","Germany"),
  E("Get-together for speakers and cluster managers","2041-06-11",None,"Jena","Germany"),
  E("Parallel workshops","2041-06-12",None,"Jena","Germany"),
  E("Thuringian Cluster Award 2041","2041-06-12",None,"Jena","Germany"),
  E("Conference dinner","2041-06-12",None,"Jena","Germany"),
  E("Site visits","2041-06-13",None,None,"Germany"),
  E("Matchmaking session","2041-06-13",None,"Jena","Germany"),
  E("Thuringian Cluster Conference","2039",None,"Erfurt","Germany"),
  E("Thuringian Cluster Conference","2040",None,"Ilmenau","Germany")],
 ["2041-06-12/2041-06-13","2041-05-28","2041-06-04","2041-06-11","2041-06-12","2041-06-13","2035/2041","2041-09-30","2042-01-31","2041-07","2039","2040","2041-05-20"],
 ["Cluster managers need multi-year funding to keep skilled staff",
  "Joint projects across Thuringian clusters are still the exception, not the rule",
  "Regional strategies should say more clearly which cluster is responsible for which field"],
 pub="2041-05-28")
