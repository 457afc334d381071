from h import *
F = 'g09_novo_mesto_mobility_cluster_newsletter-pdf.txt'
assert wd(2036,9,17)=='Wednesday' and wd(2036,9,18)=='Thursday' and wd(2036,9,29)=='Monday' and wd(2036,10,1)=='Wednesday' and wd(2036,10,22)=='Wednesday' and wd(2036,11,19)=='Wednesday'
T = """DMC NEWSLETTER | Issue 21 | October 2036
Dolenjska Mobility Cluster
CLUSTER NEWS FROM NOVO MESTO
Published 6 October 2036 · Editor: Urška Gorenc
Mobility Days draw record crowd
The sixth Dolenjska Mobility Days
took place in Novo mesto on 17 and
18 September 2036, with 420 registered
participants from eleven countries –
the largest edition so far. The confe-
rence was opened by Tjaša Zupančič Kralj,
President of the Dolenjska Mobility Cluster
and director of purcha-
sing at Revoz d.d., and by the Mayor of Novo mesto,
Bojan Kastelic.
The first day was devoted to the
transition of the regional supply chain
to electric vehicles. Keynote speaker
Dr. Hans-Peter Obermayr-Lind of
ACstyria Mobilitätscluster GmbH in Graz
described how Styrian suppliers had re-
trained 3,000 workers in five years.
09:00 Registration
09:30 Opening
10:00 Keynote
11:00 Panel: battery value chains
13:00 Lunch
14:00 B2B meetings
19:30 Cluster dinner at Otočec Castle
On the second day participants chose
between company visits to Revoz, Krka d.d.
and the Faculty of Industrial Engineering Novo mesto
(FINI). A total of 137 bilateral meetings
were recorded in the exhibition hall over
the two days. A full photo gallery is on
the cluster website.
The Mobility Days series began in 2031
as a one-day seminar for 60 people. Pre-
vious editions were held in Novo mesto
(2031, 2033, 2035), Krško (2032) and
Trebnje (2034).
Board meets in Straža
The Board of the cluster held its au-
tumn meeting at the premises of
Hella Saturnus Slovenija d.o.o. in Straža on
Monday 29 September 2036. The Board
approved the cluster's application to the
regional development agency for the pe-
riod 2037–2039 and co-opted
Matej Novak-Hrovat (Adria Mobil d.o.o.)
as a new member.
Lessons learnt from the Mobility Days
The organising team collected feedback
from 118 participants. The main lessons:
1. Matchmaking works best when meetings
are booked at least a week in advance
2. Students and young engineers want a
separate track of their own
3. Company visits are the most valued
part of the programme and should be
extended to a full day
DMC NEWSLETTER | Issue 21 | October 2036 page 1 of 2
DMC NEWSLETTER | Issue 21 | October 2036
Dolenjska Mobility Cluster
Study visit to Graz
From 1 to 3 October 2036 a group of
fourteen cluster members travelled to
Styria on a study visit hosted by
ACstyria. The programme included the
AVL List GmbH test centre, the Magna Steyr
plant and the Graz University of Technology.
Cluster manager Gregor
Pavlin said the group came home "with
three project ideas and a lot of home-
work".
Member news
Adria Mobil d.o.o. has opened a new
research centre for caravan design in
Novo mesto. Revoz d.d. confirmed that
the plant will build a third electric
model from 2038. Krka d.d. and the
cluster will run a joint course on lean
management for 40 SME managers in
the spring.
New members
We welcome three new members:
Ela Plast d.o.o. from Metlika, the research
company Inštitut za mobilnost in Ljub-
ljana, and the Chamber of Commerce and Industry of Slovenia –
Dolenjska and Bela krajina Regional Chamber.
Coming up
22 October 2036 – webinar on the Green
Transition Fund for SMEs, 10:00–11:30
5–6 November 2036 – joint stand at
the Automotive Meetings in Bratislava
19 November 2036 (Wednesday) – cluster
general assembly, Novo mesto
15 December 2036 – deadline for the
cluster's innovation vouchers
Contact: Dolenjska Mobility Cluster,
Novi trg 5, 8000 Novo mesto,
info@dmc.example.si
DMC NEWSLETTER | Issue 21 | October 2036 page 2 of 2
"""
write(F, T)
C="Dolenjska Mobility Cluster"
gold(F,
 [P("Urška Gorenc","Editor",None),
  P("Tjaša Zupančič Kralj","President",C),
  P("Bojan Kastelic","Mayor of Novo mesto",None),
  P("Hans-Peter Obermayr-Lind","Keynote speaker","ACstyria Mobilitätscluster GmbH"),
  P("Matej Novak-Hrovat",None,"Adria Mobil d.o.o."),
  P("Gregor Pavlin","Cluster manager",C)],
 [O(C,"DMC"), O("Revoz d.d."), O("ACstyria Mobilitätscluster GmbH","ACstyria"), O("Hella Saturnus Slovenija d.o.o."),
  O("Adria Mobil d.o.o."), O("Krka d.d."), O("Faculty of Industrial Engineering Novo mesto","FINI"),
  O("AVL List GmbH"), O("Magna Steyr"), O("Graz University of Technology"), O("Ela Plast d.o.o."), O("Inštitut za mobilnost"),
  O("Chamber of Commerce and Industry of Slovenia – Dolenjska and Bela krajina Regional Chamber")],
 [E("Dolenjska Mobility Days","2036-09-17","2036-09-18","Novo mesto","Slovenia"),
  E("B2B meetings","2036-09-17",None,"Novo mesto","Slovenia"),
  E("Cluster dinner","2036-09-17",None,"Novo mesto","Slovenia"),
  E("company visits","2036-09-18",None,"Novo mesto","Slovenia"),
  E("Mobility Days","2031",None,"Novo mesto","Slovenia"),
  E("Mobility Days","2032",None,"Krško","Slovenia"),
  E("Mobility Days","2033",None,"Novo mesto","Slovenia"),
  E("Mobility Days","2034",None,"Trebnje","Slovenia"),
  E("Mobility Days","2035",None,"Novo mesto","Slovenia"),
  E("autumn meeting","2036-09-29",None,"Straža","Slovenia"),
  E("Study visit to Graz","2036-10-01","2036-10-03","Graz","Austria"),
  E("webinar on the Green Transition Fund for SMEs","2036-10-22",None,None,None),
  E("Automotive Meetings","2036-11-05","2036-11-06","Bratislava","Slovakia"),
  E("cluster general assembly","2036-11-19",None,"Novo mesto","Slovenia")],
 ["2036-10","2036-10-06","2036-09-17/2036-09-18","2031","2033","2035","2032","2034","2036-09-29","2037/2039",
  "2036-10-01/2036-10-03","2036-10-22","2036-11-05/2036-11-06","2036-11-19","2036-12-15","2038"],
 ["Matchmaking works best when meetings are booked at least a week in advance",
  "Students and young engineers want a separate track of their own",
  "Company visits are the most valued part of the programme and should be extended to a full day"],
 pub="2036-10-06")
