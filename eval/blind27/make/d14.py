from mk import *
doc = "ccsn-social-thread-march-2032.txt"
text(doc, """
Cymru Compound Semiconductor Network (CCSN) · @CCSN_Cymru
Posts · Replies · Media

---
CCSN @CCSN_Cymru · 8 Mar 2032
Tomorrow morning: our first Wafer-to-Market Breakfast in Newport ☕ Three founders, three stories about taking
a GaN device from the lab to a paying customer. Last seats here → link.example/w2m
#CompoundSemi #Wales
💬 3  🔁 12  ♥ 41

---
CCSN @CCSN_Cymru · 9 Mar 2032
What a room this morning! 64 people at the Wafer-to-Market Breakfast. Thank you to Rhodri Llewellyn (CEO,
Nitrida Wales Ltd) for the honest numbers on yield, and to Catrin Haf Morgan, our new innovation manager,
for hosting her first CCSN event. Slides will follow next week.
💬 5  🔁 9  ♥ 77

---
CCSN @CCSN_Cymru · 16 Mar 2032
Next Tuesday (23 March) we welcome a delegation of 14 companies from Saxony, led by Silicon Elbe Partners e.V.,
for a day of visits at Swansea University and at two member fabs. Members who want a 1:1 slot with the
Dresden group: DM us by Friday.
💬 2  🔁 18  ♥ 56

---
Dr Siân Pritchard @sianp_photonics · 24 Mar 2032
Replying to @CCSN_Cymru
Great to show the Saxon visitors our epitaxy line yesterday. Lots to follow up on – and yes, we'll be at the
bootcamp in July!
💬 1  🔁 2  ♥ 19

---
CCSN @CCSN_Cymru · 24 Mar 2032
Thank you @SiliconElbe for a packed day yesterday. Next step: a return visit to Dresden in the autumn.
Details soon.

Also open now: applications for the Photonics Skills Bootcamp, 5–9 July 2032 in Cardiff, for graduates moving
into the industry. Deadline 30 April. Apply → link.example/bootcamp
💬 4  🔁 21  ♥ 63

---
CCSN @CCSN_Cymru · 30 Mar 2032
One week to go until CS Connect 2032 (6 April, ICC Wales, Newport). Keynote by Prof. Owain Rees-Bevan of
Cardiff University; panel with the Welsh Government's Office of the Chief Scientific Adviser. Last week we
passed 400 registrations 🎉
💬 7  🔁 30  ♥ 102

---
Bio: Cymru Compound Semiconductor Network – 58 member companies, one cluster. Joined September 2029.
""")
gold(doc, None,
 [P("Rhodri Llewellyn", "CEO", "Nitrida Wales Ltd"), P("Catrin Haf Morgan", "innovation manager", "CCSN"),
  P("Siân Pritchard", None, None), P("Owain Rees-Bevan", None, "Cardiff University")],
 [O("Cymru Compound Semiconductor Network", "CCSN"), O("Nitrida Wales Ltd"), O("Silicon Elbe Partners e.V."),
  O("Swansea University"), O("Cardiff University"), O("Welsh Government"), O("Office of the Chief Scientific Adviser")],
 [E("Wafer-to-Market Breakfast", None, None, "Newport", "United Kingdom"),
  E("Saxon delegation visit", "2032-03-23", "2032-03-23", "Swansea", "United Kingdom"),
  E("return visit to Dresden", None, None, "Dresden", "Germany"),
  E("Photonics Skills Bootcamp", "2032-07-05", "2032-07-09", "Cardiff", "United Kingdom"),
  E("CS Connect 2032", "2032-04-06", "2032-04-06", "Newport", "United Kingdom")],
 ["2032-03-08", "2032-03-09", "2032-03-16", "2032-03-23", "2032-03-24", "2032-07-05/2032-07-09", "2032-04-30",
  "2032-03-30", "2032-04-06", "2032-07", "2029-09"])
