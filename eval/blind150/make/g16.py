from h import *
F = 'g16_bucharest_general_assembly_minutes.txt'
assert wd(2034,11,23)=='Thursday' and wd(2034,12,1)=='Friday' and wd(2035,1,18)=='Thursday' and wd(2034,10,12)=='Thursday'
T = """ROMANIAN CLUSTER FEDERATION (FCR)
Federația Clusterelor din România
Str. Popa Nan 9, sector 2, Bucharest

MINUTES OF THE ORDINARY GENERAL ASSEMBLY
Thursday, 23 November 2034, 10:00–15:30
Venue: Hotel Caro, Bucharest, and online

Approved by the President on 1 December 2034 · Ref. FCR/AG/07/2034

1. ATTENDANCE

Present in person or online: 38 of the 46 member clusters (quorum reached).
Chair: Andrei Constantinescu-Vlad, President of FCR (Carpathian Wood Cluster, Brașov)
Minutes: Ioana Dumitrescu, Executive Director of FCR
Guests: Corina Munteanu-Radu, Director General for Competitiveness, Ministry of Economy, Entrepreneurship and Tourism; Gheorghe Tănase, Head of the Innovation Unit, Regional Development Agency Bucharest-Ilfov (ADR BI); Stefanie Hoffmann-Lupu, project manager, German Agency for International Cooperation (GIZ) office in Bucharest.

2. AGENDA
2.1 Activity report for the period November 2033 – October 2034
2.2 Presentation of the "Cluster Romania 2034" study
2.3 Position of the Federation on the national cluster support scheme 2035–2040
2.4 Budget 2035 and membership fees
2.5 Election of two Board members
2.6 Any other business

3. DISCUSSION

3.1 The Executive Director presented the activity report. The Romanian Cluster Federation organised 14 events during the year, including the Romanian Cluster Days in Iași on 12 October 2034, and represented its members in three European cluster networks. Membership grew from 41 to 46 clusters.

3.2 Dr Mihaela Stoica-Barbu (Bucharest University of Economic Studies) presented the main findings of the "Cluster Romania 2034" study, carried out for FCR between March and September 2034 on a sample of 44 clusters. Half of the clusters have fewer than three employees, and 60% depend on a single project for more than half of their income. Clusters that hold a European cluster management excellence label attract, on average, twice as much private funding as the others.

3.3 Ms Munteanu-Radu informed members that the Ministry intends to launch the new national cluster support scheme in the first half of 2035 and invited the Federation to comment on the draft guide. Several members (Danube Agrifood Cluster, Automotive Cluster Sud-Muntenia, Bucharest Health Tech Cluster) asked that operating costs of cluster management be eligible, not only projects.

3.4 Mr Tănase presented the calls for innovation vouchers of the Bucharest-Ilfov Regional Programme and asked clusters to help SMEs apply.

3.5 Under any other business, Ms Hoffmann-Lupu presented the GIZ programme for cluster cooperation with the Republic of Moldova.

4. DECISIONS

The General Assembly decided:
a) to approve the activity report for November 2033 – October 2034 (37 votes in favour, 1 abstention)
b) to adopt the position paper on the national cluster support scheme, with the amendment that operating costs of cluster organisations must be eligible for at least five years
c) to approve the budget for 2035 of RON 1,240,000 and to keep the membership fees unchanged
d) to elect Radu Enache-Popovici (Danube Agrifood Cluster, Călărași) and Alina Cârstea (Bucharest Health Tech Cluster) as members of the Board for the term 2034–2037
e) to mandate the Board to apply for the organisation of a national cluster week in spring 2035

5. NEXT MEETINGS
- Board meeting: Thursday 18 January 2035, online
- Romanian Cluster Days 2035: Timișoara, autumn 2035 (date to be confirmed)
- Next General Assembly: November 2035

The meeting was closed at 15:30.

Andrei Constantinescu-Vlad, President                  Ioana Dumitrescu, Executive Director

Annex 1: List of participants (not published)
Annex 2: Position paper "Clusters as partners of the national cluster support scheme 2035–2040"
"""
write(F, T)
R="Romanian Cluster Federation"
gold(F,
 [P("Andrei Constantinescu-Vlad","President",R),
  P("Ioana Dumitrescu","Executive Director",R),
  P("Corina Munteanu-Radu","Director General for Competitiveness","Ministry of Economy, Entrepreneurship and Tourism"),
  P("Gheorghe Tănase","Head of the Innovation Unit","Regional Development Agency Bucharest-Ilfov"),
  P("Stefanie Hoffmann-Lupu","project manager","German Agency for International Cooperation"),
  P("Mihaela Stoica-Barbu",None,"Bucharest University of Economic Studies"),
  P("Radu Enache-Popovici","Board member",R),
  P("Alina Cârstea","Board member",R)],
 [O(R,"FCR"), O("Carpathian Wood Cluster"), O("Ministry of Economy, Entrepreneurship and Tourism"),
  O("Regional Development Agency Bucharest-Ilfov","ADR BI"), O("German Agency for International Cooperation","GIZ"),
  O("Bucharest University of Economic Studies"), O("Danube Agrifood Cluster"), O("Automotive Cluster Sud-Muntenia"),
  O("Bucharest Health Tech Cluster")],
 [E("ORDINARY GENERAL ASSEMBLY","2034-11-23",None,"Bucharest","Romania"),
  E("Romanian Cluster Days","2034-10-12",None,"Iași","Romania"),
  E("Board meeting","2035-01-18",None,None,None),
  E("Romanian Cluster Days 2035","2035",None,"Timișoara","Romania"),
  E("Next General Assembly","2035-11",None,None,None)],
 ["2034-11-23","2034-12-01","2033-11/2034-10","2035/2040","2035","2034-10-12","2034-03/2034-09","2034/2037","2035-01-18","2035-11"],
 ["to approve the activity report for November 2033 – October 2034 (37 votes in favour, 1 abstention)",
  "to adopt the position paper on the national cluster support scheme, with the amendment that operating costs of cluster organisations must be eligible for at least five years",
  "to approve the budget for 2035 of RON 1,240,000 and to keep the membership fees unchanged",
  "to elect Radu Enache-Popovici (Danube Agrifood Cluster, Călărași) and Alina Cârstea (Bucharest Health Tech Cluster) as members of the Board for the term 2034–2037",
  "to mandate the Board to apply for the organisation of a national cluster week in spring 2035"],
 pub="2034-12-01")
