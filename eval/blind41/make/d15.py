from common import save
T = """MEDITERRANEAN DIGITAL HEALTH CLUSTER (MDHC)
LAUNCHPAD BOOTCAMP – COHORT 4 CALENDAR
Autumn 2031 · Version of 28/08/2031

Welcome to Cohort 4! Twelve start-ups from Malta, Gozo, Sicily and Tunisia have been selected out of 67 applicants. The bootcamp runs for twelve weeks, from 15 September to 5 December 2031, with two on-site weeks at the Malta Life Sciences Park (San Ġwann) and weekly online sessions. Attendance at sessions marked * is mandatory.

Programme lead: Dr. Maria Camilleri, Head of Start-up Programmes, MDHC
Cohort manager: Luke Farrugia (luke.farrugia@mdhc.example)
Lead mentor: Salvatore Lo Presti, founder of Etnamed S.r.l. (Catania)

WEEK 1 – ON SITE
15.09.2031 (Mon)  Kick-off and team introductions * – opening by Joseph Borg Cardona, Chairperson, MDHC
16.09.2031 (Tue)  Customer discovery workshop * – trainer: Rania Ben Salah, Tunis Health Hub
17.09.2031 (Wed)  Meet the hospitals: visit to Mater Dei Hospital (innovation office)
18.09.2031 (Thu)  Regulatory basics: CE marking and the MDR – Dr. Kurt Zammit Tabone, Malta Competition and Consumer Affairs Authority
19.09.2031 (Fri)  Networking evening with cluster members, Valletta

WEEKS 2–6 – ONLINE (every Tuesday, 16:00–18:00 CET)
23 Sep: Business model canvas * · 30 Sep: Pricing in health systems · 7 Oct: Data protection and health data (GDPR) · 14 Oct: Clinical validation on a budget · 21 Oct: Mid-term pitch review *

WEEK 7 – STUDY TRIP
27–29 October 2031: trip to the Medica fair in Düsseldorf, shared stand with the Sicilian cluster BioMed Trinacria; meetings arranged with the Enterprise Europe Network Malta

WEEKS 8–11 – ONLINE
Tuesdays 4, 11, 18 and 25 November 2031: Fundraising, IP strategy, reimbursement, sales pitch

WEEK 12 – ON SITE
1–4 December 2031: Pitch rehearsal and investor one-to-ones
5 December 2031: DEMO DAY *, Esplora Interactive Science Centre, Kalkara – jury led by Claire Vella Gatt, investment director, Dgħajsa Capital

PRACTICAL NOTES
- Each team may bring up to two founders to the on-site weeks. Travel and accommodation for teams from outside Malta are covered up to a fixed amount; please keep all receipts.
- Online sessions are recorded, but recordings do not replace attendance at mandatory sessions.
- Every team is paired with one mentor from the cluster's member companies. Mentors meet their teams at least every second week; the schedule is agreed between the team and the mentor.
- Teams prepare a one-page progress note before the mid-term review and before the pitch rehearsal.
- Questions about the programme go to the cohort manager; questions about regulation can be raised in the weekly office hour on Thursdays.

AFTER THE BOOTCAMP
Alumni breakfast: 23 January 2032. Applications for Cohort 5 open in March 2032.

The Launchpad Bootcamp is supported by Malta Enterprise and co-funded by the EU.
"""
save('MDHC_Launchpad-Bootcamp_Cohort-4_calendar.txt', T,
 [("Maria Camilleri","Head of Start-up Programmes","MDHC"),("Luke Farrugia","Cohort manager",None),
  ("Salvatore Lo Presti","founder","Etnamed S.r.l."),("Joseph Borg Cardona","Chairperson","MDHC"),
  ("Rania Ben Salah","trainer","Tunis Health Hub"),("Kurt Zammit Tabone",None,"Malta Competition and Consumer Affairs Authority"),
  ("Claire Vella Gatt","investment director","Dgħajsa Capital")],
 [("MEDITERRANEAN DIGITAL HEALTH CLUSTER","MDHC"),("Etnamed S.r.l.",None),("Tunis Health Hub",None),("Mater Dei Hospital",None),
  ("Malta Competition and Consumer Affairs Authority",None),("BioMed Trinacria",None),("Enterprise Europe Network Malta",None),
  ("Dgħajsa Capital",None),("Malta Enterprise",None)],
 [("Launchpad Bootcamp – Cohort 4","2031-09-15","2031-12-05",None,None),
  ("Medica","2031-10-27","2031-10-29","Düsseldorf","Germany"),
  ("DEMO DAY","2031-12-05","2031-12-05","Kalkara","Malta"),
  ("Alumni breakfast","2032-01-23","2032-01-23",None,None)],
 ["2031","2031-08-28","2031-09-15/2031-12-05","2031-09-15","2031-09-16","2031-09-17","2031-09-18","2031-09-19",
  "2031-09-23","2031-09-30","2031-10-07","2031-10-14","2031-10-21","2031-10-27/2031-10-29","2031-11-04","2031-11-11",
  "2031-11-18","2031-11-25","2031-12-01/2031-12-04","2031-12-05","2032-01-23","2032-03"])
