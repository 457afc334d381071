from h import *
F = 'g03_mayo_medtech_webinar_series.txt'
for d in [(2036,1,16),(2036,1,30),(2036,2,13),(2036,2,27),(2036,3,12),(2036,3,26)]: assert wd(*d)=='Wednesday', d
T = """West of Ireland MedTech Cluster | Events | Webinars
--------------------------------------------------------------
Home   About   Members   Events   Training   News   Contact
--------------------------------------------------------------

LUNCHTIME LEARNING 2036: "FROM PROTOTYPE TO PATIENT"
A six-part webinar series for medical device SMEs in Mayo, Galway and Sligo

Posted 8 January 2036 by the cluster team | Category: Webinars | 3 comments

Our lunchtime series returns for a fourth season. Every second Wednesday from 16 January to 26 March 2036, one hour at 12:30 (Irish time), on Microsoft Teams. Each episode has a short expert talk, a company case and twenty minutes of questions. Recordings go to the members' area within a week. Topics were chosen from the member survey of last November, in which 41 companies named regulation, evidence and market access as their top three worries.

The 2036 season is co-funded by Enterprise Ireland through the Regional Technology Clustering Fund and delivered with the Atlantic Technological University (ATU) Mayo campus in Castlebar.

Series host: Niamh Gallagher-Ruane, Cluster Manager
Technical moderator: Ciarán Ó Máille, Innovation Officer, ATU

EPISODES

Ep. 1 | Wednesday 16 January 2036
"MDR in practice: what notified bodies ask for first"
Speaker: Dr Birgit Lanzinger, Lead Auditor, TÜV Süd Product Service
Company case: Westport Catheter Solutions Ltd
Moderator: Niamh Gallagher-Ruane

Ep. 2 | Wednesday 30 January 2036
"Clinical evidence on a small budget"
Speaker: Prof. Eoghan McNulty, Director, Clinical Research Facility, University of Galway
Company case: Ballina BioSensors
Moderator: Ciarán Ó Máille

Ep. 3 | Wednesday 13 February 2036
"Cybersecurity for connected devices"
Speaker: Aoife Brennan, Principal Consultant, Lero – the Research Ireland Centre for Software
Company case: Nephin Digital Health
Moderator: Ciarán Ó Máille

Ep. 4 | Wednesday 27 February 2036
"Reimbursement: getting onto the HSE list"
Speaker: Declan Forde, former Procurement Lead, Health Service Executive (HSE)
Company case: Knock Ortho Devices
Moderator: Niamh Gallagher-Ruane

Ep. 5 | Wednesday 12 March 2036
"Exporting to the US: the FDA 510(k) route"
Speaker: Rachel Dunleavy-Kerr, Regulatory Affairs Manager, Croí Medical Inc. (Boston)
Company case: Achill Surgical
Moderator: Ciarán Ó Máille
!! Note: the cluster AGM runs that morning - this episode starts at 13:00.

Ep. 6 | Wednesday 26 March 2036
"Panel: sustainable packaging and sterilisation"
Panellists: Martina Kilbane (Sligo Packaging Group), Dr Paul Heneghan (ATU), Síle Mac Donnacha (Medical Technology Association of Ireland)
Moderator: Niamh Gallagher-Ruane

HOW TO JOIN
Free for cluster members and for staff of Enterprise Ireland client companies. Non-members pay EUR 40 for the whole series. Register once on the events page; you will receive a Teams link for each episode the day before. Deadline for the first episode: 14 January 2036.

Certificate: participants who attend at least five episodes receive a CPD certificate from ATU (6 hours).

Missed last season? Season 3 (autumn 2035) covered AI in diagnostics, tendering and usability testing. Recordings of Ep. 1-5 are still available in the members' area.

Questions: events@westmedtech.example.ie | +353 94 000 0000

--------------------------------------------------------------
3 COMMENTS

Fergal Walsh | 9 January 2036
Will the slides of Ep. 4 be shared with non-members as well?

  > West of Ireland MedTech Cluster | 9 January 2036
  > Hi Fergal, slides are shared with all registered participants after each episode.

Joanna Kowalczyk | 12 January 2036
Great line-up. Any chance of an episode on MDR for software (SaMD) next season?

--------------------------------------------------------------
Share: LinkedIn | X | Email
(c) 2036 West of Ireland MedTech Cluster CLG | Registered office: The Mall, Castlebar, Co. Mayo | Privacy | Cookies
"""
write(F, T)
gold(F,
 [P("Niamh Gallagher-Ruane","Cluster Manager","West of Ireland MedTech Cluster"),
  P("Ciarán Ó Máille","Innovation Officer","ATU"),
  P("Birgit Lanzinger","Lead Auditor","TÜV Süd Product Service"),
  P("Eoghan McNulty","Director, Clinical Research Facility","University of Galway"),
  P("Aoife Brennan","Principal Consultant","Lero – the Research Ireland Centre for Software"),
  P("Declan Forde","former Procurement Lead","Health Service Executive"),
  P("Rachel Dunleavy-Kerr","Regulatory Affairs Manager","Croí Medical Inc."),
  P("Martina Kilbane","Panellist","Sligo Packaging Group"),
  P("Paul Heneghan","Panellist","ATU"),
  P("Síle Mac Donnacha","Panellist","Medical Technology Association of Ireland"),
  P("Fergal Walsh",None,None), P("Joanna Kowalczyk",None,None)],
 [O("West of Ireland MedTech Cluster CLG"), O("Enterprise Ireland"),
  O("Atlantic Technological University","ATU"), O("TÜV Süd Product Service"),
  O("Westport Catheter Solutions Ltd"), O("University of Galway"), O("Ballina BioSensors"), O("FDA"),
  O("Lero – the Research Ireland Centre for Software"), O("Nephin Digital Health"),
  O("Health Service Executive","HSE"), O("Knock Ortho Devices"), O("Croí Medical Inc."),
  O("Achill Surgical"), O("Sligo Packaging Group"), O("Medical Technology Association of Ireland")],
 [E("LUNCHTIME LEARNING 2036: \"FROM PROTOTYPE TO PATIENT\"","2036-01-16","2036-03-26"),
  E("MDR in practice: what notified bodies ask for first","2036-01-16"),
  E("Clinical evidence on a small budget","2036-01-30"),
  E("Cybersecurity for connected devices","2036-02-13"),
  E("Reimbursement: getting onto the HSE list","2036-02-27"),
  E("Exporting to the US: the FDA 510(k) route","2036-03-12"),
  E("Panel: sustainable packaging and sterilisation","2036-03-26"),
  E("Season 3","2035",None), E("cluster AGM","2036-03-12")],
 ["2036-01-08","2036-01-16/2036-03-26","2036-01-16","2036-01-30","2036-02-13","2036-02-27","2036-03-12","2036-03-26",
  "2036-01-14","2035","2036-01-09","2036-01-12"],
 [], pub="2036-01-08")
print(F, words(T))
