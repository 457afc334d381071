from h import *
F = 'g12_laois_waterford_events_review-pdf.txt'
assert wd(2037,2,11)=='Wednesday' and wd(2037,4,23)=='Thursday' and wd(2037,6,9)=='Tuesday' and wd(2037,10,7)=='Wednesday' and wd(2038,1,28)=='Thursday'
T = """Laois–Waterford Regional Enterprise Partnership
Cluster Events Review 2037
What we ran, who came, what we learnt

Prepared by the Cluster Support Team · January 2038
Approved by the Partnership Steering Committee on 28 January 2038

                                                                            1
Cluster Events Review 2037 | Laois–Waterford Regional Enterprise Partnership

1. Introduction
This review covers the eleven events that the Laois–Waterford Regional Enter-
prise Partnership (LWREP) organised or co-organised in 2037 for the three clus-
ters it supports: the Midlands Agri-Engineering Cluster (Portlaoise), the Déise
Life Sciences Network (Dungarvan and Waterford) and the South East Hospitality
Technology Group. Total attendance was 1,184, against 930 in 2036. The review
was compiled by Órla Ní Bhriain, Cluster Support Manager, with input from
the three cluster coordinators.

2. Main events in 2037

2.1 Agri-Engineering Supplier Day, Portlaoise – Wednesday 11 February 2037
A supplier day at the Midlands Park Hotel, run with Enterprise Ireland and
the Laois Local Enterprise Office. 34 machinery makers met procurement
managers from two large OEMs. Opened by Seán Fitzpatrick-Doyle, Chair of
Laois County Council. Feedback score: 4.3/5.

2.2 Life Sciences Talent Forum, Dungarvan – Thursday 23 April 2037
Hosted by South East Technological University (SETU) at its Dungarvan
campus. Keynote: Dr Maeve O'Sullivan-Keane, Head of Operations at
Caradex Biologics Ltd. Panel with three HR directors on the retention of
laboratory technicians. 146 attendees, the largest event of the year.

2.3 Study visit to Limburg, 8–10 June 2037
Nine companies from the agri-engineering cluster visited Brightlands Campus
Greenport Venlo and two machinery makers in Horst, Netherlands. The visit
was arranged with the Limburg development agency LIOF. A networking din-
ner with Dutch suppliers took place on Tuesday 9 June in Venlo.

                                                                            2
Cluster Events Review 2037 | Laois–Waterford Regional Enterprise Partnership

2.4 Hospitality Tech Showcase, Waterford – 7 October 2037
A half-day showcase at the Waterford Chamber of Commerce, with 14 Irish
start-ups presenting booking, energy and food-waste software to hotel own-
ers. Chaired by Niamh Gallagher-Byrne, coordinator of the South East
Hospitality Technology Group.

2.5 Joint cluster assembly, Portlaoise – 2 December 2037
The first joint assembly of all three clusters, with a presentation by Pro-
fessor Thomas Kinsella (SETU) on cross-sector opportunities and the adop-
tion of a shared events calendar for 2038.

Other events: four webinars (March to November), a cybersecurity breakfast
in Waterford on 19 May 2037, and the LWREP stand at the National Ploughing
Championships in September 2037.

3. Participation figures
Event                               Attendees   Satisfaction
Agri-Engineering Supplier Day           88          4.3
Life Sciences Talent Forum             146          4.5
Study visit to Limburg                   17          4.8
Hospitality Tech Showcase               71          3.9
Joint cluster assembly                  112          4.1
Webinars (4, total)                    310          4.0

                                                                            3
Cluster Events Review 2037 | Laois–Waterford Regional Enterprise Partnership

4. Lessons learnt
The Cluster Support Team draws the following lessons from 2037:
- Events outside the two main towns attract fewer companies; the supplier
  day format only works where large buyers are present
- Study visits abroad give the highest satisfaction but need at least four
  months of preparation
- Webinars reach companies that never come to physical events, and should
  be kept at one per quarter
- Joint events across the clusters create contacts that single-cluster
  events do not

5. Plans for 2038
The Steering Committee, chaired by Fergal Moran, Director of Services at
Waterford City and County Council, agreed a budget of EUR 145,000 for clus-
ter events in 2038. Dates already fixed: the Life Sciences Talent Forum on
22 April 2038 and a second study visit, to Flanders, in June 2038.

Contact: Órla Ní Bhriain, orla.nibhriain@lwrep.example.ie

                                                                            4
"""
write(F, T)
L = "Laois–Waterford Regional Enterprise Partnership"
gold(F,
 [P("Órla Ní Bhriain","Cluster Support Manager",L),
  P("Seán Fitzpatrick-Doyle","Chair","Laois County Council"),
  P("Maeve O'Sullivan-Keane","Head of Operations","Caradex Biologics Ltd"),
  P("Niamh Gallagher-Byrne","coordinator","South East Hospitality Technology Group"),
  P("Thomas Kinsella",None,"SETU"),
  P("Fergal Moran","Director of Services","Waterford City and County Council")],
 [O(L,"LWREP"), O("Midlands Agri-Engineering Cluster"), O("Déise Life Sciences Network"), O("South East Hospitality Technology Group"),
  O("Enterprise Ireland"), O("Laois Local Enterprise Office"), O("Laois County Council"),
  O("South East Technological University","SETU"), O("LIOF"), O("Caradex Biologics Ltd"), O("Brightlands Campus Greenport Venlo"), O("Waterford Chamber of Commerce"),
  O("Waterford City and County Council")],
 [E("Agri-Engineering Supplier Day","2037-02-11",None,"Portlaoise","Ireland"),
  E("Life Sciences Talent Forum","2037-04-23",None,"Dungarvan","Ireland"),
  E("Study visit to Limburg","2037-06-08","2037-06-10","Venlo, Horst","Netherlands"),
  E("networking dinner","2037-06-09",None,"Venlo","Netherlands"),
  E("Hospitality Tech Showcase","2037-10-07",None,"Waterford","Ireland"),
  E("Joint cluster assembly","2037-12-02",None,"Portlaoise","Ireland"),
  E("webinars","2037-03","2037-11",None,None),
  E("cybersecurity breakfast","2037-05-19",None,"Waterford","Ireland"),
  E("National Ploughing Championships","2037-09",None,None,"Ireland"),
  E("Life Sciences Talent Forum","2038-04-22",None,None,None),
  E("second study visit","2038-06",None,None,"Belgium")],
 ["2038-01","2038-01-28","2037","2036","2037-02-11","2037-04-23","2037-06-08/2037-06-10","2037-06-09","2037-10-07","2037-12-02",
  "2038","2037-03/2037-11","2037-05-19","2037-09","2038-04-22","2038-06"],
 ["Events outside the two main towns attract fewer companies; the supplier day format only works where large buyers are present",
  "Study visits abroad give the highest satisfaction but need at least four months of preparation",
  "Webinars reach companies that never come to physical events, and should be kept at one per quarter",
  "Joint events across the clusters create contacts that single-cluster events do not"], pub="2038-01")
