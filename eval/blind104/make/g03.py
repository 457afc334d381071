from h import *
F = 'g03_waterford_chamber_magazine_scan.txt'
assert wd(2035,5,15)=='Tuesday' and wd(2035,6,7)=='Thursday' and wd(2035,4,26)=='Thursday'
T = """[scan p. 14 – OCR, 300 dpi, page 2 of 3 of the upload]
CHAMBER REVIEW · SOUTH EAST BUSINESS · MAY 2035                         14
------------------------------------------------------------------------
MEMBER FOCUS
 
Life sciences cluster sets out
a five-year plan for the Sou-
th East
 
By Declan Furlong                                Photo: Aoife Brennan
 
The South East Life Sciences Cluster (SELSC)
launched its strategy for 2035-2040 at a break-
fast meeting in the Tower Hotel, Waterford, on
Thursday 26 April 2035. Around 90 members and
guests heard cluster manager Gráinne O'Shea
describe the "three Ps" of the plan: people, pi-
lots and premises. The cluster, hosted by
Waterford Chamber of Commerce since 2031, now
counts 38 companies, from multinational device
makers in Waterford and Kilkenny to a dozen
start-ups at the South East Technological Uni-
versity (SETU) ArcLabs centre.
 
"We lose too many graduates to Dublin and Cork,"
Ms O'Shea said. "The first 'P' is about keep-
ing them. We will run a shared graduate pro-
gramme with four rotations across member com-
panies, starting in September 2035."
 
The second pillar is a pilot line for small
batch manufacturing, which the cluster is de-
signing with the Pharmaceutical Manufacturing
Technology Centre (PMTC) in Limerick. A fea-
sibility study is funded by Enterprise Ireland
under its Regional Technology Clustering Fund.
The third, premises, concerns a shared clean-
room of 400 m2 in the IDA Business Park at
Butlerstown, for which IDA Ireland has shown
"real interest", according to cluster chair-
person Dr Ruairí Kinsella, site director of
Bausch Health's Waterford plant.
 
Kilkenny County Council's head of enterprise,
Siobhán Hayes, welcomed the plan and said the
county would co-fund the graduate programme.
Michael Quinlan, President of Waterford Cham-
ber, thanked the founding members: "Five years
ago this was an idea over coffee. Today it is
the region's strongest industry network."
                                           ►
------------------------------------------------------------------------
CHAMBER REVIEW · SOUTH EAST BUSINESS · MAY 2035                         15
------------------------------------------------------------------------
(continued from page 14)
 
What the cluster will do in 2035
 • Graduate programme: first intake of 12 in
   September; applications close 30 June
 • Pilot line feasibility: report due in Dec.
 • Skills audit with SOLAS and Kilkenny and
   Carlow Education and Training Board (KCETB)
 • Joint stand at Medtec Ireland, Galway,
   2-3 October 2035
 
CLUSTER DIARY
Tue 15 May 2035 · Regulatory affairs round-
  table, SETU Cork Road campus, 16.00-18.00
Thu 7 June 2035 · Summer networking evening,
  Waterford Crystal visitor centre, 18.30
Oct 2035 · Medtec Ireland, Galway (stand bo-
  okings via the Chamber)
 
NEW CHAMBER MEMBERS THIS MONTH
Déise Precision Tooling Ltd · Suir Valley Lab-
oratories · Comeragh Analytics DAC · Ballybricken
Business Solutions · Tramore Coastal Cafés
 
ON THE MOVE
Niamh Delahunty has joined Waterford Chamber as
policy and communications executive. She previ-
ously worked for Ibec in Dublin. Ciarán
Morrissey, operations manager at Suir Valley
Laboratories, becomes the Chamber's skills
lead for 2035. Fionnuala Power retires after
22 years as the Chamber's office manager; a
presentation was made to her at the April
council meeting.

A WORD FROM THE CEO
Our annual survey closes at the end of the
month. Last year 61% of members said that
finding staff was their first concern, ahead
of energy costs and housing. Please give us
ten minutes - the results go straight to the
Department of Enterprise, Trade and Employment.
- Tom Ryan-Walsh, Chief Executive
 
l1 CHAMBER REVIEW is published by Waterford
Chamber of Commerce, 2 George's Street, Water-
ford. Editor: Declan Furlong. Advertising:
ads@waterfordchamber.example.ie ■ Printed by
Munster Print Works, Dungarvan. ¦ ISSN 0000-0000
 
[stamp: RECEIVED 2 1 MAY 2035]
"""
write(F, T)
gold(F,
 [P("Declan Furlong","Editor",None),
  P("Aoife Brennan",None,None),
  P("Gráinne O'Shea","cluster manager","South East Life Sciences Cluster"),
  P("Ruairí Kinsella","chair","South East Life Sciences Cluster"),
  P("Siobhán Hayes","head of enterprise","Kilkenny County Council"),
  P("Michael Quinlan","President","Waterford Chamber of Commerce"),
  P("Niamh Delahunty","policy and communications executive","Waterford Chamber of Commerce"),
  P("Ciarán Morrissey","operations manager","Suir Valley Laboratories"),
  P("Fionnuala Power","office manager","Waterford Chamber of Commerce"),
  P("Tom Ryan-Walsh","Chief Executive","Waterford Chamber of Commerce")],
 [O("South East Life Sciences Cluster","SELSC"), O("Waterford Chamber of Commerce"),
  O("SETU","SETU"), O("ArcLabs"), O("Pharmaceutical Manufacturing Technology Centre","PMTC"), O("Enterprise Ireland"), O("IDA Ireland"),
  O("Bausch Health"), O("Kilkenny County Council"), O("SOLAS"),
  O("Kilkenny and Carlow Education and Training Board","KCETB"),
  O("Déise Precision Tooling Ltd"), O("Suir Valley Laboratories"), O("Comeragh Analytics DAC"),
  O("Ballybricken Business Solutions"), O("Tramore Coastal Cafés"), O("Ibec"), O("Munster Print Works"), O("Department of Enterprise, Trade and Employment")],
 [E("SELSC strategy launch breakfast","2035-04-26",None,"Waterford","Ireland"),
  E("Medtec Ireland","2035-10-02","2035-10-03","Galway","Ireland"),
  E("Regulatory affairs roundtable","2035-05-15",None,None,None),
  E("Summer networking evening","2035-06-07",None,"Waterford","Ireland")],
 ["2035-05","2035/2040","2035-04-26","2031","2035-09","2035","2035-06-30","2035-10-02/2035-10-03",
  "2035-05-15","2035-06-07","2035-10","2035-05-21","2035-12"],
 [], pub="2035-05")
