from h import *
F = 'g15_mayo_s3_peer_review.txt'
assert wd(2042,10,15)=='Wednesday' and wd(2042,10,16)=='Thursday' and wd(2042,10,24)=='Friday' and wd(2042,11,5)=='Wednesday'
T = """Western Development Commission | News | Regional Development
Posted 24 October 2042 | Castlebar, Co. Mayo | Share: Twitter LinkedIn Email

Peer reviewers from four regions put the West's smart specialisation strategy to the test

Two days of site visits, workshops and frank discussion in Castlebar and Westport have given the Western Development Commission (WDC) and its partners a list of practical recommendations for the next phase of the Northern and Western Regional Smart Specialisation Strategy.

The peer review, held on Wednesday 15 and Thursday 16 October 2042, was organised by the WDC together with the Northern and Western Regional Assembly (NWRA) and Mayo County Council, with methodological support from the Joint Research Centre of the European Commission in Seville. It followed the format of the S3 peer review workshops that the JRC has run across Europe since 2034.

The reviewers
Four experts from regions with similar rural and peripheral economies took part:
- Dr. Siobhán Ní Fhlaithearta-Kelly, Head of Policy, Highlands and Islands Enterprise (Inverness)
- Juho Mäkelä-Virtanen, Director of Regional Development, Regional Council of Lapland (Rovaniemi)
- Ana Lúcia Gonçalves, coordinator of the RIS3 unit at CCDR Norte (Porto)
- Dr. Kārlis Bērziņš, senior expert, Vidzeme Planning Region (Cēsis)

The review was chaired by Michael O'Dowd, Chief Executive of the Western Development Commission. Inés Morales de la Fuente, policy analyst at the JRC, moderated the workshops.

Programme
Day 1 – Castlebar
09:30 Welcome by Cllr. Patricia Walsh-McHale, Cathaoirleach of Mayo County Council
10:00 The strategy in brief – Dr. Colm Ó Laoire, Director, NWRA
11:00 Site visit to the Atlantic Technological University campus in Castlebar and its medical technology labs
14:00 Workshop 1: governance and stakeholder involvement
17:30 Visit to the GMIT Innovation Hub and meeting with the Western Medtech Cluster
Day 2 – Westport
09:00 Workshop 2: cluster policy and business support
11:30 Company visit: Westport Marine Foods Ltd, a seaweed and shellfish processor
14:00 Feedback from the peer reviewers
16:00 Close

Discussion
The region's strategy, adopted in 2038, names four priority areas: medical technologies, food and marine resources, renewable energy and the creative and digital sector. The region has seven cluster organisations, including the Western Medtech Cluster, Atlantic Seafood Ireland CLG and the Creative Ireland West network.

Several reviewers were struck by how much the region has achieved in medical technologies. "In Lapland we would need twenty years to build what Galway and Castlebar have in medtech," Mäkelä-Virtanen said. At the same time, the reviewers questioned whether the strategy is focused enough: almost every sector in the region can find itself in one of the four priorities.

Recommendations
The reviewers made the following recommendations:
1. Narrow each priority area to two or three concrete niches where the region can lead in Europe
2. Give the cluster organisations a formal role in the governance of the strategy, with seats on the steering group
3. Set up a small fund for joint projects between clusters in different priority areas, for example medtech and marine
4. Measure progress with a short set of indicators published every year, not only at the end of the period
5. Learn from Lapland and Norte how to involve companies in remote areas through local "innovation agents"

What happens next
The WDC will publish the full peer review report in early December 2042. The recommendations will be discussed by the steering group of the strategy at its meeting on Wednesday 5 November 2042 in Sligo.

Michael O'Dowd said: "We asked for honest feedback and we got it. The message is clear: focus, and let the clusters lead."

About the WDC
The Western Development Commission is a statutory body promoting economic and social development in the Western Region of Ireland. It manages the Western Investment Fund and supports regional cluster and enterprise policy.

Related: Northern and Western Regional Enterprise Plan | Atlantic Economic Corridor | Read more news
"""
write(F, T)
W="Western Development Commission"
gold(F,
 [P("Siobhán Ní Fhlaithearta-Kelly","Head of Policy","Highlands and Islands Enterprise"),
  P("Juho Mäkelä-Virtanen","Director of Regional Development","Regional Council of Lapland"),
  P("Ana Lúcia Gonçalves","coordinator of the RIS3 unit","CCDR Norte"),
  P("Kārlis Bērziņš","senior expert","Vidzeme Planning Region"),
  P("Michael O'Dowd","Chief Executive",W),
  P("Inés Morales de la Fuente","policy analyst","JRC"),
  P("Patricia Walsh-McHale","Cathaoirleach","Mayo County Council"),
  P("Colm Ó Laoire","Director","NWRA")],
 [O(W,"WDC"), O("Northern and Western Regional Assembly","NWRA"), O("Mayo County Council"),
  O("Joint Research Centre","JRC"), O("European Commission"), O("Highlands and Islands Enterprise"),
  O("Regional Council of Lapland"), O("CCDR Norte"), O("Vidzeme Planning Region"), O("Atlantic Technological University"),
  O("GMIT Innovation Hub"), O("Western Medtech Cluster"), O("Westport Marine Foods Ltd"), O("Atlantic Seafood Ireland CLG"),
  O("Creative Ireland West")],
 [E("peer review","2042-10-15","2042-10-16","Castlebar, Westport","Ireland"),
  E("Site visit to the Atlantic Technological University campus","2042-10-15",None,"Castlebar","Ireland"),
  E("Workshop 1: governance and stakeholder involvement","2042-10-15",None,"Castlebar","Ireland"),
  E("Visit to the GMIT Innovation Hub","2042-10-15",None,"Castlebar","Ireland"),
  E("Workshop 2: cluster policy and business support","2042-10-16",None,"Westport","Ireland"),
  E("Company visit","2042-10-16",None,"Westport","Ireland"),
  E("meeting","2042-11-05",None,"Sligo","Ireland")],
 ["2042-10-24","2042-10-15/2042-10-16","2034","2038","2042-12","2042-11-05"],
 ["Narrow each priority area to two or three concrete niches where the region can lead in Europe",
  "Give the cluster organisations a formal role in the governance of the strategy, with seats on the steering group",
  "Set up a small fund for joint projects between clusters in different priority areas, for example medtech and marine",
  "Measure progress with a short set of indicators published every year, not only at the end of the period",
  "Learn from Lapland and Norte how to involve companies in remote areas through local \"innovation agents\""],
 pub="2042-10-24")
