from mk import *
doc = "fbmc-notice-fermentation-workshop-postponed.txt"
text(doc, """
FLANDERS BIOBASED MATERIALS CLUSTER
Events › Notice

POSTPONED – Scale-up workshop "From flask to 10,000 litres: fermentation for SMEs"

Originally planned: Thursday 18 November 2032, Ghent
New date: Thursday 3 February 2033, Ghent (same venue)

Posted on 4 November 2032 by the FBMC events team

Dear registered participants,

We regret to inform you that the scale-up workshop planned for 18 November 2032 has been postponed. Two of
the three pilot-plant operators who were due to speak cannot attend because of an unplanned shutdown for
maintenance, and we did not want to run a workshop on scale-up without the people who actually run the
fermenters.

The workshop will now take place on Thursday 3 February 2033, from 09:30 to 16:00, at the Ghent Bioprocess
Pilot Hall, Kanaalkaai 12, Ghent. The programme stays the same:

09:30  Welcome – Katelijne Verhaeghe, cluster manager, Flanders Biobased Materials Cluster (FBMC)
09:45  What changes between 10 and 10,000 litres – Dr. ir. Bram Desmet, process engineer
10:45  Case: a PHA bioplastic start-up's first campaign – Lotte Van Acker, co-founder of Polyvia BV
11:45  Funding the scale-up: VLAIO instruments and the European Innovation Council – Pieter-Jan Claeys,
       VLAIO – Flanders Innovation & Entrepreneurship
12:30  Lunch
13:30  Guided tour of the pilot plant (groups of 12)
15:30  Q&A and networking

What this means for you
• Your registration remains valid. You do not need to do anything if you can attend on 3 February.
• If you cannot attend, please cancel via the link in your confirmation e-mail before 20 January 2033.
  The fee of 75 EUR for non-members will be refunded in full.
• The online preparatory session of 10 November 2032 goes ahead as planned (13:00–14:00, Teams).

The cluster's end-of-year members' event on 9 December 2032 in Kortrijk is not affected.

We apologise for the inconvenience and thank the speakers for agreeing so quickly to the new date.

Katelijne Verhaeghe
Cluster manager, FBMC
events@fbmc.example
""")
gold(doc, "2032-11-04",
 [P("Katelijne Verhaeghe", "cluster manager", "Flanders Biobased Materials Cluster"), P("Bram Desmet", "process engineer", None),
  P("Lotte Van Acker", "co-founder", "Polyvia BV"), P("Pieter-Jan Claeys", None, "VLAIO – Flanders Innovation & Entrepreneurship")],
 [O("Flanders Biobased Materials Cluster", "FBMC"), O("Ghent Bioprocess Pilot Hall"), O("Polyvia BV"),
  O("VLAIO – Flanders Innovation & Entrepreneurship", "VLAIO"), O("European Innovation Council")],
 [E("From flask to 10,000 litres: fermentation for SMEs", "2033-02-03", "2033-02-03", "Ghent", "Belgium"),
  E("online preparatory session", "2032-11-10", "2032-11-10", None, None),
  E("end-of-year members' event", "2032-12-09", "2032-12-09", "Kortrijk", "Belgium")],
 ["2032-11-18", "2033-02-03", "2032-11-04", "2033-01-20", "2032-11-10", "2032-12-09"])
