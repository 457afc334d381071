from h import *
F = 'g10_debrecen_cluster_newsletter.txt'
assert wd(2040,11,21)=='Wednesday' and wd(2040,12,11)=='Tuesday'
T = """PHARMAPOLIS DEBRECEN INNOVATION CLUSTER – MEMBER NEWSLETTER
Issue 11/2040 · 28 November 2040
View this e-mail in your browser | Unsubscribe | Forward to a colleague

In this issue:
1. Panel debate: who will train the battery and pharma workforce?
2. Board meeting and members' Christmas meeting
3. Save the date: Debrecen Life Sciences Days 2041
4. New members

------------------------------------------------------------
1. PANEL DEBATE: WHO WILL TRAIN THE BATTERY AND PHARMA WORKFORCE?
------------------------------------------------------------
More than 130 people filled the aula of the University of Debrecen's Faculty of Pharmacy on Wednesday 21 November 2040 for the public panel debate organised by the cluster with the Hajdú-Bihar County Chamber of Commerce and Industry (HBKIK). The question was simple: with two new battery plants and three pharmaceutical investments in the city since 2035, where will the 6,000 technicians and chemists come from?

On the panel were Dr. Orsolya Szilágyi-Nagy, Dean of the Faculty of Pharmacy; Bence Hajdu, HR Director of TEVA Pharmaceutical Works in Debrecen; Mariann Kőrösi, head of the county's vocational training centre (Debreceni Szakképzési Centrum); and Lukas Brenninkmeyer, plant manager of a German battery-cell supplier in the northern industrial park. The debate was moderated by Gergely Fekete-Sándor, cluster manager of Pharmapolis.

The speakers disagreed on the role of foreign workers but agreed that companies and schools have waited too long for each other. Deputy Mayor Tímea Oláh promised that the city will put the matter on the agenda of the Economic Development Council in January 2041.

Conclusions of the debate, as summarised by the moderator:
* Companies should offer paid internships from the second year of vocational school, not only in the final year
* The university and the vocational centre should run a joint one-year laboratory technician course from September 2041
* Pharma and battery employers should not compete for the same chemists but develop a shared talent pool
* Housing for young workers is now as important as wages

Slides and a recording of the debate are available in the members' area.

------------------------------------------------------------
2. BOARD MEETING AND MEMBERS' CHRISTMAS MEETING
------------------------------------------------------------
The Board of the cluster will meet on Tuesday 11 December 2040 at 14:00 to approve the work plan and budget for 2041. Members may send proposals to the cluster office until 4 December 2040. The Board meeting will be followed at 17:30 by the members' Christmas meeting at the Kölcsey Centre, with a short review of the year by the President of the cluster, Dr. Péter Balogh-Kiss (Director, Richter Gedeon Nyrt. Debrecen site).

------------------------------------------------------------
3. SAVE THE DATE: DEBRECEN LIFE SCIENCES DAYS 2041
------------------------------------------------------------
The fifth Debrecen Life Sciences Days will take place on 14–15 May 2041. This edition will include a matchmaking session with the Slovak cluster Biotech Košice and a study visit programme for a delegation from the Polish region of Podkarpackie. The event has been held every spring since 2037, except in 2039, when the venue was being renovated; last year it drew 310 participants from nine countries. Registration will open in February, and members who want to present a product or a research result in the innovation corner should tell the cluster office early, as space is limited to twelve stands.

------------------------------------------------------------
4. NEW MEMBERS
------------------------------------------------------------
We welcome three new members: Hungaro-Lab Kft., the analytical service company BioSzint Zrt. and the Department of Chemical Engineering of the University of Debrecen.

------------------------------------------------------------
Pharmapolis Debrecen Innovation Cluster · 4032 Debrecen, Egyetem tér 1 · info@pharmapolis.example.hu
You receive this newsletter because you are a member or partner of the cluster.
"""
write(F, T)
C="Pharmapolis Debrecen Innovation Cluster"
gold(F,
 [P("Orsolya Szilágyi-Nagy","Dean of the Faculty of Pharmacy","University of Debrecen"),
  P("Bence Hajdu","HR Director","TEVA Pharmaceutical Works"),
  P("Mariann Kőrösi","head of the county's vocational training centre","Debreceni Szakképzési Centrum"),
  P("Lukas Brenninkmeyer","plant manager",None),
  P("Gergely Fekete-Sándor","cluster manager","Pharmapolis"),
  P("Tímea Oláh","Deputy Mayor",None),
  P("Péter Balogh-Kiss","President",C)],
 [O(C), O("University of Debrecen"), O("Faculty of Pharmacy"), O("Hajdú-Bihar County Chamber of Commerce and Industry","HBKIK"),
  O("TEVA Pharmaceutical Works"), O("Debreceni Szakképzési Centrum"), O("Economic Development Council"),
  O("Richter Gedeon Nyrt."), O("Biotech Košice"), O("Hungaro-Lab Kft."), O("BioSzint Zrt."),
  O("Department of Chemical Engineering")],
 [E("Panel debate: who will train the battery and pharma workforce?","2040-11-21",None,"Debrecen","Hungary"),
  E("Board meeting","2040-12-11",None,None,None),
  E("members' Christmas meeting","2040-12-11",None,"Debrecen","Hungary"),
  E("Debrecen Life Sciences Days 2041","2041-05-14","2041-05-15","Debrecen","Hungary")],
 ["2040-11-28","2040-11-21","2035","2041-01","2041-09","2040-12-11","2041","2040-12-04","2041-05-14/2041-05-15","2037","2039","2041-02"],
 ["Companies should offer paid internships from the second year of vocational school, not only in the final year",
  "The university and the vocational centre should run a joint one-year laboratory technician course from September 2041",
  "Pharma and battery employers should not compete for the same chemists but develop a shared talent pool",
  "Housing for young workers is now as important as wages"], pub="2040-11-28")
