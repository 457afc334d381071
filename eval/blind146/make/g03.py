from h import *
F = 'g03_vestland_ocean_cluster_newsletter-pdf.txt'
assert wd(2040,2,9)=='Thursday' and wd(2040,2,28)=='Tuesday' and wd(2040,3,20)=='Tuesday'
T = """OCEAN TECH VESTLAND · NEWSLETTER No. 1 · FEBRUARY 2040                                   1
Ocean Tech Vestland
News from the cluster
Editorial
Dear members, 2039 ended with
a record: 31 joint projects started,
eleven of them with partners out-
side Norway. Our thanks go to every-
one who opened their workshop doors
to visitors, and especially to the
people who answered our survey
on skills. The results are sobering,
and you can read them on page 3.
Ingrid Vågen Solheim
Managing Director
NEW BOARD CHAIR
At the board meeting on Thursday
9 February 2040 the directors appointed
Halvard Øyen, CEO of Bergen
Subsea Systems AS, as its new
chair. He succeeds Dr Maren
Lid-Sørensen of the University of
Bergen, who chaired the board
from 2034 to 2039.

Ocean Tech Vestland AS is the cluster or-
ganisation for 164 companies, research
groups and public bodies working with sub-
sea technology, aquaculture equipment and
offshore wind in western Norway.
---
IN THIS ISSUE
Editorial .................................... 1
Annual meeting ............................... 1
Member news .................................. 2
Offshore wind round-up ....................... 2
Calendar ..................................... 3
---
ANNUAL MEETING IN HAUGESUND
The annual general meeting of the clus-
ter will take place on Tuesday 28 Feb-
ruary 2040 at 13:00 in Haugesund, hos-
ted by Karmsund Offshore Services AS.
The agenda includes the annual report
2039, the accounts, the budget for 2040
and the election of two board members.
Members who wish to vote by proxy must
send their form by 21 February.

OCEAN TECH VESTLAND · NEWSLETTER No. 1 · FEBRUARY 2040                                   2
MEMBER NEWS
Sunnhordland Marine Robotics AS
has signed a contract with Equinor
ASA for inspection drones in the
Utsira area. Managing director
Eirik Aasheim called it "the
contract that turns us from a
start-up into a supplier".
NORCE Norwegian Research Centre
has opened a new test basin for
aquaculture nets in Os. Visits
can be booked through research
director Dr Amadou Diallo-Berge.
The Western Norway University of
Applied Sciences (HVL) has ap-
pointed Professor Siobhán
O'Rourke-Nilsen to a new chair
in marine cybernetics in
Haugesund.
Welcome to new members Fitjar
Fortøyning AS, Kvinnherad
Sveis og Montasje AS and Vest-
land fylkeskommune.

OFFSHORE WIND ROUND-UP
The cluster took part in three off-
shore wind events this winter.
At the Floating Wind Supplier Day
in Stavanger on 17 January 2040,
Knut Dalland, project manager at
the cluster, presented the joint
bid of nine members for mooring
components. In Aberdeen, on 24 and
25 January 2040, a group of six
members met Scottish suppliers at
a partner meeting organised with
DeepWind Scotland Ltd. Finally,
the cluster hosted a webinar on
port readiness on 1 February 2040
with Rogaland Havn IKS and Port of
Esbjerg.
Lessons learnt from the winter:
• Joint bids win attention: buyers
remembered the nine-company offer
long after single-company pitches
• Scottish and Norwegian suppliers
compete less than expected; most
meetings ended with a concrete
next step
• Ports need to be in the room from
the first meeting, not brought in
at the end

OCEAN TECH VESTLAND · NEWSLETTER No. 1 · FEBRUARY 2040                                   3
SKILLS SURVEY
Of the 88 member companies that
answered, 61 expect to hire wel-
ders, automation technicians or
data engineers in 2040, and 47 say
they already lose contracts for
lack of staff. The cluster will
take the results to the county's
skills forum in April.
Contact: Knut Dalland, knut@
otv.example.no

CALENDAR
20.03.2040  Ocean Tech Breakfast,
Bergen (Marineholmen)
Tuesday 20 March, 08:00–09:30
23.–25.04.2040  Ocean Business,
Southampton: joint stand
with Innovation Norway
05.2040  Study trip to the
Faroe Islands (dates tbc)
Application deadline for the
cluster's pilot fund: 15 April 2040
Past Ocean Tech Breakfasts: Haugesund
(November 2039), Bergen (January 2040)

Ocean Tech Vestland AS · Thormøhlens gate 51, 5006 Bergen · org. no. 000 000 000
Supported by Vestland fylkeskommune and Innovation Norw

ay (Norwegian Innovation Clusters)
"""
write(F, T)
N="Ocean Tech Vestland AS"
gold(F,
 [P("Ingrid Vågen Solheim","Managing Director",N),
  P("Halvard Øyen","chair",N),
  P("Maren Lid-Sørensen",None,"University of Bergen"),
  P("Eirik Aasheim","Managing director","Sunnhordland Marine Robotics AS"),
  P("Amadou Diallo-Berge","research director","NORCE Norwegian Research Centre"),
  P("Siobhán O'Rourke-Nilsen","Professor","Western Norway University of Applied Sciences"),
  P("Knut Dalland","project manager",N)],
 [O(N), O("Bergen Subsea Systems AS"), O("University of Bergen"), O("Karmsund Offshore Services AS"),
  O("Sunnhordland Marine Robotics AS"), O("Equinor ASA"), O("NORCE Norwegian Research Centre"),
  O("Western Norway University of Applied Sciences","HVL"), O("Fitjar Fortøyning AS"), O("Kvinnherad Sveis og Montasje AS"),
  O("Vestland fylkeskommune"), O("DeepWind Scotland Ltd"), O("Rogaland Havn IKS"), O("Port of Esbjerg"),
  O("Innovation Norway")],
 [E("board meeting","2040-02-09",None,None,None),
  E("annual general meeting","2040-02-28",None,"Haugesund","Norway"),
  E("Floating Wind Supplier Day","2040-01-17",None,"Stavanger","Norway"),
  E("partner meeting","2040-01-24","2040-01-25","Aberdeen","United Kingdom"),
  E("webinar on port readiness","2040-02-01",None,None,None),
  E("Ocean Tech Breakfast","2040-03-20",None,"Bergen","Norway"),
  E("Ocean Business","2040-04-23","2040-04-25","Southampton","United Kingdom"),
  E("Study trip to the Faroe Islands","2040-05",None,None,"Faroe Islands"),
  E("skills forum","2040-04",None,None,None),
  E("Ocean Tech Breakfast (November 2039)","2039-11",None,"Haugesund","Norway"),
  E("Ocean Tech Breakfast (January 2040)","2040-01",None,"Bergen","Norway")],
 ["2040-02","2039","2040-02-28","2040-02-09","2034/2039","2040","2040-02-21","2040-01-17","2040-01-24/2040-01-25",
  "2040-02-01","2040-03-20","2040-04-23/2040-04-25","2040-05","2040-04-15","2040-04","2039-11","2040-01"],
 ["Joint bids win attention: buyers remembered the nine-company offer long after single-company pitches",
  "Scottish and Norwegian suppliers compete less than expected; most meetings ended with a concrete next step",
  "Ports need to be in the room from the first meeting, not brought in at the end"],
 pub="2040-02")
