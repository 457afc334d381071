from h import *
F = 'g16_shannon_medtech_annual_report_2035.txt'
assert wd(2036,1,29)=='Tuesday' and wd(2035,3,6)=='Tuesday' and wd(2035,4,26)=='Thursday' and wd(2035,6,19)=='Tuesday'
assert wd(2035,9,13)=='Thursday' and wd(2035,11,20)=='Tuesday' and wd(2036,3,4)=='Tuesday'
T = """MIDWEST MEDTECH CLUSTER
Annual Activity Report 2035

Limerick, 29 January 2036

Contents
  1. Foreword from the Chair ............................................ 2
  2. 2035 at a glance ................................................... 3
  3. Key results ........................................................ 4
  4. The year's events .................................................. 5
  5. Projects and partnerships .......................................... 7
  6. Governance and team ................................................ 9
  7. Looking ahead to 2036 ............................................. 10

------------------------------------------------------------------------

1. FOREWORD FROM THE CHAIR

2035 was the year our cluster came of age. Ten years after a handful of
device makers first met in a meeting room at the University of Limerick,
the Midwest MedTech Cluster now has 118 members in Limerick, Clare and
Tipperary, and its own training centre in Shannon. Our members employ more
than 14,000 people. I want to thank the board, the small team led by
Dr. Niamh O'Callaghan, and our funders, Enterprise Ireland and the IDA
Ireland regional office, for their support.

The year was not without difficulties. Two member companies closed their
Irish plants, and the shortage of housing near our larger sites made
recruitment harder than ever. The cluster responded by working with the
county councils on a shared accommodation list for new staff and by
opening its training courses to workers who had lost their jobs. We
expect 2036 to be a year of consolidation rather than fast growth.

Declan Hourigan
Chair of the Board, Midwest MedTech Cluster
Site Director, Stryker Limerick

------------------------------------------------------------------------

2. 2035 AT A GLANCE

  Members ..................................... 118 (2034: 96)
  Events ...................................... 23
  Participants at events ...................... 2,460
  Workers trained at the Shannon centre ....... 340
  Collaborative projects started .............. 11

------------------------------------------------------------------------

3. KEY RESULTS

  - The MedTech Skills Centre in Shannon opened in June and trained 340
    operators and technicians in its first six months
  - Eleven collaborative R&D projects between member SMEs and the
    region's universities were launched, worth EUR 5.6 million in total
  - Twenty-two member companies completed the cluster's regulatory
    readiness programme for the European medical device rules
  - The cluster joined the European network of health technology
    clusters and led its first Horizon Europe proposal

------------------------------------------------------------------------

4. THE YEAR'S EVENTS

Tuesday 6 March 2035 - Members' Breakfast, Limerick
Speaker: Siobhán Ní Bhriain, Head of Regional Development, Enterprise
Ireland. 74 attendees.

Thursday 26 April 2035 - MedTech Supplier Day, Shannon
Organised with Shannon Chamber of Commerce. 41 suppliers met buyers from
Cook Medical, Stryker and Edwards Lifesciences in 186 pre-arranged
meetings.

Tuesday 19 June 2035 - Opening of the MedTech Skills Centre, Shannon
Opened by the Minister of State for Further and Higher Education,
Aoife Mulcahy-Brennan TD. The centre is run with Limerick and Clare
Education and Training Board (LCETB) and the Technological University of
the Shannon (TUS).

Thursday 13 September 2035 - Midwest MedTech Conference 2035, Limerick
The cluster's flagship conference at the Irish World Academy, University
of Limerick, brought together 520 delegates. Keynotes were given by
Prof. Rashid Anwar, Director of the Health Research Institute at the
University of Limerick, and by Helga Jørgensen-Bauer, Managing Director of
the Danish cluster Medicon Valley Alliance. The cluster's annual awards
were presented at the conference dinner the same evening.

15-17 October 2035 - Trade mission to MEDICA, Düsseldorf
Twelve member companies took part in the joint Irish pavilion organised
by Enterprise Ireland.

Tuesday 20 November 2035 - Regulatory Affairs Workshop, Ennis
Led by Dr. Caroline Fennelly of the Health Products Regulatory Authority
(HPRA).

Previous editions of the Midwest MedTech Conference: 2034 (Ennis), 2033
(Limerick), 2032 (Nenagh).

------------------------------------------------------------------------

5. PROJECTS AND PARTNERSHIPS

The cluster took part in the following projects in 2035:

  SMART-MED (with the University of Limerick and the Irish Manufacturing
  Research centre, IMR): digital twins for small contract manufacturers.

  GreenDevice (with TUS and Munster Technological University): reducing
  single-use plastics in device packaging.

  Skills4Devices (with LCETB): apprenticeships for cleanroom technicians.

All three projects are co-financed by the members themselves, and two of
them received additional support from Enterprise Ireland. First results
of SMART-MED will be shown at the next conference; GreenDevice has
already helped four companies to replace plastic trays with recycled
fibre.

The cluster signed a cooperation agreement with BioWin, the health
cluster of Wallonia, on 12 December 2035 in Brussels.

------------------------------------------------------------------------

6. GOVERNANCE AND TEAM

Board of Directors (31 December 2035)
  Declan Hourigan (Chair) - Stryker Limerick
  Gráinne Moloney (Vice-Chair) - Moloney Precision Moulding Ltd
  Patrick Coffey (Treasurer) - Coffey & Hayes Accountants
  Prof. Rashid Anwar - University of Limerick
  Lisa Okonkwo-Reid - Clare County Council
  Michael Tuohy - Creganna Devices Ltd

Cluster team
  Dr. Niamh O'Callaghan, Cluster Manager
  Eoin Daly, Projects Officer
  Róisín Keane, Events and Communications Officer

------------------------------------------------------------------------

7. LOOKING AHEAD TO 2036

In 2036 the cluster will double the capacity of the Skills Centre, start
a second regulatory readiness programme and host the annual meeting of
the European network of health technology clusters in Limerick. The
Annual General Meeting will be held on Tuesday 4 March 2036 at the
Castletroy Park Hotel, Limerick.

Midwest MedTech Cluster CLG
Unit 4, National Technology Park, Limerick V94 0000
info@midwestmedtech.example.ie | www.midwestmedtech.example.ie

                                                                 - 10 -
"""
write(F, T)
M="Midwest MedTech Cluster"
UL="University of Limerick"
gold(F,
 [P("Niamh O'Callaghan","Cluster Manager",M),
  P("Declan Hourigan","Chair of the Board",M),
  P("Siobhán Ní Bhriain","Head of Regional Development","Enterprise Ireland"),
  P("Aoife Mulcahy-Brennan","Minister of State for Further and Higher Education",None),
  P("Rashid Anwar","Director of the Health Research Institute at the University of Limerick",UL),
  P("Helga Jørgensen-Bauer","Managing Director","Medicon Valley Alliance"),
  P("Caroline Fennelly",None,"Health Products Regulatory Authority"),
  P("Gráinne Moloney","Vice-Chair",M),
  P("Patrick Coffey","Treasurer",M),
  P("Lisa Okonkwo-Reid",None,"Clare County Council"),
  P("Michael Tuohy",None,"Creganna Devices Ltd"),
  P("Eoin Daly","Projects Officer",M),
  P("Róisín Keane","Events and Communications Officer",M)],
 [O("Midwest MedTech Cluster CLG"), O(UL), O("Enterprise Ireland"), O("IDA Ireland"), O("Stryker Limerick"), O("Stryker"),
  O("Shannon Chamber of Commerce"), O("Cook Medical"), O("Edwards Lifesciences"),
  O("Limerick and Clare Education and Training Board","LCETB"), O("Technological University of the Shannon","TUS"),
  O("Irish World Academy"), O("Health Research Institute"), O("Medicon Valley Alliance"),
  O("Health Products Regulatory Authority","HPRA"), O("Irish Manufacturing Research centre","IMR"),
  O("Munster Technological University"), O("BioWin"), O("Moloney Precision Moulding Ltd"), O("Coffey & Hayes Accountants"),
  O("Clare County Council"), O("Creganna Devices Ltd"), O("MedTech Skills Centre")],
 [E("Members' Breakfast","2035-03-06",None,"Limerick","Ireland"),
  E("MedTech Supplier Day","2035-04-26",None,"Shannon","Ireland"),
  E("Opening of the MedTech Skills Centre","2035-06-19",None,"Shannon","Ireland"),
  E("Midwest MedTech Conference 2035","2035-09-13",None,"Limerick","Ireland"),
  E("conference dinner","2035-09-13",None,"Limerick","Ireland"),
  E("MEDICA","2035-10-15","2035-10-17","Düsseldorf","Germany"),
  E("Regulatory Affairs Workshop","2035-11-20",None,"Ennis","Ireland"),
  E("Midwest MedTech Conference 2034","2034",None,"Ennis","Ireland"),
  E("Midwest MedTech Conference 2033","2033",None,"Limerick","Ireland"),
  E("Midwest MedTech Conference 2032","2032",None,"Nenagh","Ireland"),
  E("annual meeting of the European network of health technology clusters","2036",None,"Limerick","Ireland"),
  E("Annual General Meeting","2036-03-04",None,"Limerick","Ireland")],
 ["2036-01-29","2035","2036","2034","2035-03-06","2035-04-26","2035-06-19","2035-09-13","2035-10-15/2035-10-17","2035-11-20",
  "2033","2032","2035-12-12","2035-12-31","2035-06","2036-03-04"],
 ["The MedTech Skills Centre in Shannon opened in June and trained 340 operators and technicians in its first six months",
  "Eleven collaborative R&D projects between member SMEs and the region's universities were launched, worth EUR 5.6 million in total",
  "Twenty-two member companies completed the cluster's regulatory readiness programme for the European medical device rules",
  "The cluster joined the European network of health technology clusters and led its first Horizon Europe proposal"],
 "2036-01-29")
