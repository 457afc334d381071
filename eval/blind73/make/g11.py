from h import *
F = 'circ-plast-third-partner-meeting-tarnow-report-pdf.txt'
HD = 'CIRC-PLAST – Report of the 3rd Partner Meeting, Tarnów                         Version 1.1'
T = f"""{HD}

CIRC-PLAST
Circular plastics value chains in chemical-industry regions
Interreg Central Europe project CE0291

REPORT OF THE THIRD PARTNER MEETING
Tarnów (Poland), 23–24 April 2034
Hosted by the Tarnów Chemical Cluster (Klaster Chemiczny
Tarnów) at the Grupa Azoty Innovation Centre

Prepared by: Agnieszka Wróbel-Nowak (Lead Partner, project
manager) · Approved by the Steering Committee on 12 May 2034

1. Participants

Twenty-two representatives of nine partners attended in per-
son, four joined online. Partners present: Tarnów Chemical
Cluster (Lead Partner, PL); Chemie-Cluster Mitteldeutschland
e.V. (DE), represented by Dr. Hans-Jürgen van Beek;
Plasticary Klaster Slovenija (SI), represented by Maja Kovačič
Zupan; Brno University of Technology (CZ); Polymer Competence
Center Leoben GmbH (AT); Pannon Plastics Cluster (HU), repre-
sented by Dr. Bence Tóth-Halász; Spolka Celowa Tarnowska
Strefa (PL); Slovak Plastics Cluster (SK); and the Veneto
Green Cluster (IT). The Joint Secretariat was represented on-
line by project officer Clara Bertolini.

2. Day 1 – {wd(2034,4,23)}, 23 April 2034

09:30 Welcome by Marek Świątek, President of the Tarnów Che-
mical Cluster, and by Deputy Mayor of Tarnów Katarzyna Lis.
10:00 Progress of work packages 1–3 (WP leaders).
13:30 Site visit to the mechanical recycling line of Recykl
Polimery Sp. z o.o. in Tarnów-Mościce.
16:00 Workshop "Pilot actions: what can each region test in
2035?" moderated by Dr. Hans-Jürgen van Beek.
19:00 Project dinner at the Tarnów Town Hall cellar.

- 1 -

{HD}

3. Day 2 – {wd(2034,4,24)}, 24 April 2034

09:00 Steering Committee meeting (closed session).
11:00 Financial reporting and the second reporting period
(Clara Bertolini, Joint Secretariat).
12:30 Closing and lunch.

4. Summary of discussions

4.1 Work package 1 – Regional diagnoses. All nine regional
diagnoses have been delivered. Maja Kovačič Zupan presented
the synthesis, which shows that the main bottleneck is not
collection but the quality of sorted fractions: only 38% of
the collected post-consumer plastics in the partner regions
reach the purity that compounders require. Partners agreed
that the synthesis will be published as a short policy brief
before the summer.

4.2 Work package 2 – Transnational strategy. The draft stra-
tegy was discussed in detail. Polymer Competence Center Leo-
ben proposed adding a chapter on chemical recycling; the Ve-
neto Green Cluster and the Slovak Plastics Cluster asked for
a stronger focus on SMEs that convert recycled granulate in-
to products. Dr. Bence Tóth-Halász warned that the strategy
should not promise what the regional funding programmes can-
not deliver.

4.3 Work package 3 – Pilot actions. Each region presented one
pilot idea. Five pilots were considered mature; the others
will be reworked. The pilots will run from January 2035 to
March 2036.

- 2 -

{HD}

4.4 Communication. The project website reached 4,100 visitors
in the reporting period. Partners were reminded to use the
programme logo on all materials. The mid-term conference
will be held in Leoben, Austria, on 15–16 October 2034, to-
gether with the annual meeting of the Austrian plastics clus-
ter network.

5. Decisions of the Steering Committee

- The transnational strategy will include a chapter on chemi-
  cal recycling, drafted by Polymer Competence Center Leoben
- The five mature pilot actions are approved; the remaining
  four pilot concepts must be resubmitted by 30 June 2034
- The budget shift of EUR 18,000 from WP1 to WP3 requested by
  the Lead Partner is approved
- The fourth partner meeting will take place in Brno in Feb-
  ruary 2035, hosted by Brno University of Technology

6. Next steps and deadlines

Partner progress reports for period 3 are due on 31 May 2034.
The Lead Partner will circulate the revised strategy by 15
September 2034. A webinar on pilot monitoring indicators for
all partners is scheduled for {wd(2034,6,10)} 10 June 2034.

Annex: list of participants (not included in this version).

- 3 -
"""
write(F, T)
gold(F, [P('Agnieszka Wróbel-Nowak','project manager','Tarnów Chemical Cluster'), P('Hans-Jürgen van Beek',None,'Chemie-Cluster Mitteldeutschland e.V.'),
 P('Maja Kovačič Zupan',None,'Plasticary Klaster Slovenija'), P('Bence Tóth-Halász',None,'Pannon Plastics Cluster'),
 P('Clara Bertolini','project officer','Joint Secretariat'), P('Marek Świątek','President','Tarnów Chemical Cluster'),
 P('Katarzyna Lis','Deputy Mayor of Tarnów',None)],
 [O('Tarnów Chemical Cluster'), O('Grupa Azoty Innovation Centre'), O('Chemie-Cluster Mitteldeutschland e.V.'), O('Plasticary Klaster Slovenija'),
  O('Brno University of Technology'), O('Polymer Competence Center Leoben GmbH'), O('Pannon Plastics Cluster'), O('Spolka Celowa Tarnowska Strefa'),
  O('Slovak Plastics Cluster'), O('Veneto Green Cluster'), O('Joint Secretariat'), O('Recykl Polimery Sp. z o.o.')],
 [E('Third Partner Meeting','2034-04-23','2034-04-24','Tarnów','Poland'), E('Site visit','2034-04-23','2034-04-23','Tarnów-Mościce','Poland'),
  E('Workshop "Pilot actions: what can each region test in 2035?"','2034-04-23','2034-04-23','Tarnów','Poland'),
  E('Project dinner','2034-04-23','2034-04-23','Tarnów','Poland'), E('Steering Committee meeting','2034-04-24','2034-04-24','Tarnów','Poland'),
  E('mid-term conference','2034-10-15','2034-10-16','Leoben','Austria'), E('annual meeting of the Austrian plastics cluster network','2034-10-15','2034-10-16','Leoben','Austria'),
  E('fourth partner meeting','2035-02','2035-02','Brno','Czechia'), E('webinar on pilot monitoring indicators','2034-06-10','2034-06-10',None,None)],
 ['2034-04-23/2034-04-24','2034-05-12','2034-04-23','2034-04-24','2035','2035-01/2036-03','2034-10-15/2034-10-16','2034-06-30','2035-02','2034-05-31','2034-09-15','2034-06-10'],
 km=['The transnational strategy will include a chapter on chemi- cal recycling, drafted by Polymer Competence Center Leoben','The five mature pilot actions are approved; the remaining four pilot concepts must be resubmitted by 30 June 2034','The budget shift of EUR 18,000 from WP1 to WP3 requested by the Lead Partner is approved','The fourth partner meeting will take place in Brno in Feb- ruary 2035, hosted by Brno University of Technology'], pub=None)
