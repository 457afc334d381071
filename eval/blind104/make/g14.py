from h import *
F = 'g14_malta_cluster_board_minutes.txt'
assert wd(2040,2,14)=='Tuesday' and wd(2040,3,15)=='Thursday' and wd(2040,4,24)=='Tuesday'
T = """MALTA MARITIME & AVIATION SERVICES CLUSTER (MMASC)
MINUTES OF THE 58th MEETING OF THE BOARD OF DIRECTORS

Date: Tuesday, 14 February 2040, 16:00–18:20
Place: Malta Chamber of Commerce, Enterprise and Industry, The Exchange, Republic Street, Valletta (and online)
Minutes approved at the 59th meeting on 15 March 2040

Present: Dr. Claire Azzopardi-Grech (Chairperson), Joseph Camilleri Farrugia (Vice-Chairperson), Stephanie Borg Olivier (Treasurer), Mark Vella Zarb, Ing. Daniel Spiteri, Rachel Muscat Tonna (online)
In attendance: Luke Zammit Cutajar, Cluster Manager (secretary to the meeting); Dr. Josianne Fenech, Malta Enterprise (observer)
Apologies: Capt. Anthony Mifsud Bonnici

1. Opening and approval of the agenda
The Chairperson opened the meeting at 16:05 and welcomed Rachel Muscat Tonna, who joins the Board as the representative of the aviation maintenance members after the resignation of Kurt Schembri in December 2039. The agenda was approved with one addition under item 7.

2. Minutes of the 57th meeting (12 December 2039)
Approved without changes. Action points: the office confirmed that the membership register has been updated and that the annual return was filed with the Malta Business Registry on 30 January 2040.

3. Cluster Manager's report
Luke Zammit Cutajar reported that the cluster now has 71 members (63 companies, 5 education and research bodies, 3 public entities). Since the last meeting the cluster has:
- held the Shipyard Skills Roundtable at the Malta College of Arts, Science and Technology (MCAST) on 25 January 2040, with 44 participants;
- submitted a proposal with partners from Sicily and Crete to the Interreg Euro-MED programme on green port services;
- signed a cooperation agreement with the Sicilian Nautical District (Distretto della Nautica Siciliana) in Catania on 2 February 2040.
He noted that the Blue Economy Week in Valletta, 23–26 April 2040, will include a cluster session on Tuesday, 24 April 2040.

4. Financial report
The Treasurer presented the management accounts for 2039. Income was €412,000, of which 58% came from grants and 42% from fees and services; the year closed with a small surplus of €9,300. The audit by Grant & Borg Audit Ltd will be completed in March. The draft budget for 2040 foresees €455,000 of income.

5. Malta Enterprise support agreement 2040–2042
Dr. Josianne Fenech explained the terms of the new support agreement. Malta Enterprise would cover up to 50% of eligible operating costs for three years, subject to annual key performance indicators on member services and international projects. Board members asked whether the indicators could include training hours; Dr. Fenech agreed to check.

6. Aviation working group
Ing. Daniel Spiteri reported on the first meeting of the aviation working group, held at Lufthansa Technik Malta in Luqa on 7 February 2040. The group asked for a skills survey of aircraft maintenance technicians, to be carried out together with the Institute of Aviation Maintenance Professionals.

7. Any other business
(a) The Chairperson reported that the Ministry for the Economy, Enterprise and Strategic Projects has invited the cluster to comment on the draft maritime strategy by 20 March 2040.
(b) Mark Vella Zarb proposed that the cluster should apply for the Bronze Label of the European Cluster Excellence Initiative in 2040.

DECISIONS
- The Board approved the management accounts for 2039 subject to the audit
- The Board approved the draft budget for 2040 and asked the Treasurer to present a revised version in April
- The Board authorised the Chairperson to sign the support agreement with Malta Enterprise for 2040–2042
- The Board mandated the Cluster Manager to launch the aircraft technicians' skills survey by 31 March 2040
- The Board decided to apply for the Bronze Label in the second half of 2040

8. Next meeting
Thursday, 15 March 2040, 16:00, Malta Chamber of Commerce, Enterprise and Industry, Valletta.

The meeting closed at 18:20.

Signed: Dr. Claire Azzopardi-Grech, Chairperson          Luke Zammit Cutajar, Secretary to the meeting

Distribution: Board members, Malta Enterprise (observer), cluster office file MMASC/B/58
"""
write(F, T)
C="MALTA MARITIME & AVIATION SERVICES CLUSTER"
gold(F,
 [P("Claire Azzopardi-Grech","Chairperson",C),
  P("Joseph Camilleri Farrugia","Vice-Chairperson",C),
  P("Stephanie Borg Olivier","Treasurer",C),
  P("Mark Vella Zarb",None,None),
  P("Daniel Spiteri",None,None),
  P("Rachel Muscat Tonna","representative of the aviation maintenance members",C),
  P("Luke Zammit Cutajar","Cluster Manager",C),
  P("Josianne Fenech","observer","Malta Enterprise"),
  P("Anthony Mifsud Bonnici",None,None),
  P("Kurt Schembri",None,None)],
 [O(C,"MMASC"), O("Malta Chamber of Commerce, Enterprise and Industry"), O("Malta Enterprise"),
  O("Malta Business Registry"), O("Malta College of Arts, Science and Technology","MCAST"),
  O("Sicilian Nautical District"), O("Grant & Borg Audit Ltd"),
  O("Lufthansa Technik Malta"), O("Institute of Aviation Maintenance Professionals"),
  O("Ministry for the Economy, Enterprise and Strategic Projects"), O("European Cluster Excellence Initiative")],
 [E("58th meeting of the Board of Directors","2040-02-14",None,"Valletta","Malta"),
  E("59th meeting","2040-03-15",None,"Valletta","Malta"),
  E("57th meeting","2039-12-12",None,None,None),
  E("Shipyard Skills Roundtable","2040-01-25",None,None,"Malta"),
  E("signing of the cooperation agreement with the Sicilian Nautical District","2040-02-02",None,"Catania","Italy"),
  E("Blue Economy Week","2040-04-23","2040-04-26","Valletta","Malta"),
  E("cluster session","2040-04-24",None,"Valletta","Malta"),
  E("first meeting of the aviation working group","2040-02-07",None,"Luqa","Malta")],
 ["2040-02-14","2040-03-15","2039-12","2039-12-12","2040-01-30","2040-01-25","2040-02-02","2040-04-23/2040-04-26",
  "2040-04-24","2039","2040-03","2040","2040/2042","2040-02-07","2040-03-20","2040-04","2040-03-31"],
 ["The Board approved the management accounts for 2039 subject to the audit",
  "The Board approved the draft budget for 2040 and asked the Treasurer to present a revised version in April",
  "The Board authorised the Chairperson to sign the support agreement with Malta Enterprise for 2040–2042",
  "The Board mandated the Cluster Manager to launch the aircraft technicians' skills survey by 31 March 2040",
  "The Board decided to apply for the Bronze Label in the second half of 2040"], pub=None)
