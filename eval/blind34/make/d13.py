from common import *
T = """FLANDERS BIOTECH VALLEY – monthly newsletter · November 2033

PEOPLE

Moves, appointments and farewells in our community.

* Dr. Wouter Van Damme has been appointed chief scientific officer of Nucleon Therapeutics NV (Ghent). He was
  previously director of translational research at VIB.
* Eline De Smedt joined the FBV team as business developer for industrial biotech on 2 October. She comes from
  the Gent Bioprocess Pilot Hall (GBPH).
* Our board welcomes Marc Vanderhaeghen, CFO of Agrosyn BV, who replaces Katrien Lemmens. Katrien stepped down
  after her move to Brussels as a policy advisor to the Flemish Minister for Economy.
* After 19 years, Prof. Hilde Claeys retires from Ghent University. She chaired our scientific committee from
  2026 to 2033; her successor as chair is Prof. Yusuf Demir (KU Leuven).
* Thomas Verhulst, co-founder of Peptidea, became CEO of the company on 1 November; founding CEO Sara Nachtergaele
  moves to executive chair.
* Welcome to Laura Mertens, communication officer at FIT – Flanders Investment & Trade, who is our new contact for
  the Bio-Europe trade mission.

Agenda
- 12 December: FBV Christmas networking, Ghent (ICC)
- 5–7 February 2034: BIO-Europe Spring, Barcelona – Flanders pavilion

Editor: Jolien Peeters · Unsubscribe · Privacy
"""
F="FLANDERS BIOTECH VALLEY"
save("FBV_newsletter_2033-11_people.txt", T, "2033-11",
 [P("Wouter Van Damme","chief scientific officer","Nucleon Therapeutics NV"),
  P("Eline De Smedt","business developer for industrial biotech",F),
  P("Marc Vanderhaeghen","CFO","Agrosyn BV"),
  P("Katrien Lemmens","policy advisor",None),
  P("Hilde Claeys",None,"Ghent University"),
  P("Yusuf Demir","chair",F),
  P("Thomas Verhulst","CEO","Peptidea"),
  P("Sara Nachtergaele","executive chair","Peptidea"),
  P("Laura Mertens","communication officer","Flanders Investment & Trade"),
  P("Jolien Peeters","Editor",None)],
 [O(F,"FBV"),O("Nucleon Therapeutics NV"),O("VIB"),O("Gent Bioprocess Pilot Hall","GBPH"),O("Agrosyn BV"),
  O("Ghent University"),O("KU Leuven"),O("Peptidea"),O("Flanders Investment & Trade","FIT")],
 [E("FBV Christmas networking","2033-12-12","2033-12-12","Ghent","Belgium"),
  E("BIO-Europe Spring","2034-02-05","2034-02-07","Barcelona","Spain")],
 ["2033-11","2033-10-02","2026/2033","2033-11-01","2033-12-12","2034-02-05/2034-02-07"], [])
