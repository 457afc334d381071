from h import *
T = """SHANNON MEDTECH SKILLS ACADEMY
Cohort calendar 2034/2035 — Regulatory & Quality Professional Programme
Last updated: 22 August 2034

The Shannon MedTech Skills Academy is the training arm of Shannon Medical Technology Cluster CLG (SMTC), run with the University of Limerick and Technological University of the Shannon (TUS). The Regulatory & Quality Professional Programme has six modules. Each cohort follows the modules in the same order; modules marked ONLINE are live virtual classes (no recordings), modules marked ON SITE take place in Limerick unless stated. Friday sessions run 09:00–16:30.

Academy director: Dr. Órla Ní Bhriain
Programme lead: Cathal Mac Conmara, senior lecturer, University of Limerick
Cohort coordinator: Aoife Ó Súilleabháin-Ryan, SMTC

MODULES
M1 Medical device regulation (MDR) essentials — ONLINE
M2 Quality management systems, ISO 13485 — ON SITE
M3 Clinical evaluation and post-market surveillance — ONLINE
M4 Risk management and usability — ON SITE, hosted by a member company
M5 Software as a medical device and AI — ONLINE
M6 Capstone: audit simulation — ON SITE, Limerick, two days

COHORT 7 (autumn 2034) — 24 places, fully booked
M1  Friday 15 September 2034 (online)
M2  Friday 6 October 2034 (on site, National Technology Park, Limerick)
M3  Friday 3 November 2034 (online)
M4  Friday 1 December 2034 (on site at Castletroy Orthopaedics Ltd, Plassey)
M5  Friday 19 January 2035 (online)
M6  Thursday–Friday 15–16 February 2035 (on site, TUS Moylish campus)

COHORT 8 (spring 2035) — applications open
M1  Friday 9 February 2035 (online)
M2  2 March 2035 (on site, National Technology Park, Limerick)
M3  30 March 2035 (online)
M4  27 April 2035 (on site at Shannonside Catheters DAC, Shannon, Co. Clare)
M5  25 May 2035 (online)
M6  21–22 June 2035 (on site, University of Limerick)

COHORT 9 (autumn 2035) — dates to be confirmed; M1 planned for September 2035.

CHANGES
- Cohort 7, M4: moved from 24 November to 1 December 2034 because of the host's FDA inspection.
- Cohort 6 capstone (originally 23 June 2034) took place on 30 June 2034; certificates were issued on 14 July 2034.
- The information evening for Cohort 8 will be held online on Wednesday 15 November 2034 at 18:30.

APPLICATION
Deadline for Cohort 8 applications: 12 January 2035. Fee: EUR 3,400 per participant; SMTC members pay EUR 2,400. Places funded by Skillnet Ireland are available for employees of SMEs. The programme carries 20 ECTS credits awarded by the University of Limerick.

GRADUATION
Graduates of Cohorts 6 and 7 will receive their certificates at the Academy graduation on Tuesday 6 March 2035, held during the SMTC Annual Conference at the Limerick Strand Hotel (5–6 March 2035). Guest speaker: Dr. Niamh de Búrca, Head of Devices, Health Products Regulatory Authority (HPRA).

What participants say: "The audit simulation was the closest thing to a real notified-body visit I have seen outside work," wrote a quality engineer from Cohort 5. Employers value that the modules are spread over five months, so staff are away for only one day a month. From Cohort 8 the online modules use a new virtual classroom with breakout rooms, and each participant is paired with a mentor from a member company for the whole programme.

About the academy: launched in 2031 with Cohort 1 (11 participants); since then 128 professionals have completed the programme. Employer partners include Castletroy Orthopaedics Ltd, Shannonside Catheters DAC, Burren Diagnostics Ltd and Kilrush Precision Moulding Ltd.

Questions: academy@smtc.example · SMTC, Block 3, National Technology Park, Castletroy, Limerick V94 XXXX
"""
write("SMTC-Academy_cohort-calendar_2034-2035.txt", T, None,
 [P("Órla Ní Bhriain","Academy director","Shannon MedTech Skills Academy"),
  P("Cathal Mac Conmara","senior lecturer","University of Limerick"),
  P("Aoife Ó Súilleabháin-Ryan","Cohort coordinator","SMTC"),
  P("Niamh de Búrca","Head of Devices","Health Products Regulatory Authority")],
 [O("Shannon MedTech Skills Academy"),O("Shannon Medical Technology Cluster CLG","SMTC"),O("University of Limerick"),
  O("Technological University of the Shannon","TUS"),O("Castletroy Orthopaedics Ltd"),O("Shannonside Catheters DAC"),
  O("Skillnet Ireland"),O("Health Products Regulatory Authority","HPRA"),O("Burren Diagnostics Ltd"),O("Kilrush Precision Moulding Ltd")],
 [E("Cohort 7 M1","2034-09-15","2034-09-15",None,None),
  E("Cohort 7 M2","2034-10-06","2034-10-06","Limerick","Ireland"),
  E("Cohort 7 M3","2034-11-03","2034-11-03",None,None),
  E("Cohort 7 M4","2034-12-01","2034-12-01","Plassey","Ireland"),
  E("Cohort 7 M5","2035-01-19","2035-01-19",None,None),
  E("Cohort 7 M6","2035-02-15","2035-02-16","Limerick","Ireland"),
  E("Cohort 8 M1","2035-02-09","2035-02-09",None,None),
  E("Cohort 8 M2","2035-03-02","2035-03-02","Limerick","Ireland"),
  E("Cohort 8 M3","2035-03-30","2035-03-30",None,None),
  E("Cohort 8 M4","2035-04-27","2035-04-27","Shannon","Ireland"),
  E("Cohort 8 M5","2035-05-25","2035-05-25",None,None),
  E("Cohort 8 M6","2035-06-21","2035-06-22","Limerick","Ireland"),
  E("Cohort 6 capstone","2034-06-30","2034-06-30","Limerick","Ireland"),
  E("Cohort 9 M1","2035-09","2035-09",None,None),
  E("information evening for Cohort 8","2034-11-15","2034-11-15",None,None),
  E("SMTC Annual Conference","2035-03-05","2035-03-06","Limerick","Ireland")],
 ["2034/2035","2034","2035","2034-08-22","2034-09-15","2034-10-06","2034-11-03","2034-12-01","2035-01-19","2035-02-15/2035-02-16",
  "2035-02-09","2035-03-02","2035-03-30","2035-04-27","2035-05-25","2035-06-21/2035-06-22","2035-09","2034-11-24",
  "2034-06-23","2034-06-30","2034-07-14","2034-11-15","2035-01-12","2035-03-06","2035-03-05/2035-03-06","2031"])
