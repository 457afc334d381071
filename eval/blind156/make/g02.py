from h import *
F = 'g02_steyr_mobility_cluster_press_release.txt'
assert wd(2039,3,3)=='Thursday' and wd(2039,3,31)=='Thursday' and wd(2039,4,19)=='Tuesday' and wd(2039,5,12)=='Thursday' and wd(2039,5,13)=='Friday'
T = """PRESS RELEASE
For immediate release

Steyr, 14 February 2039

Mobility Cluster Upper Austria opens "H2 Powertrain Challenge" for suppliers – EUR 1.2 million for twelve pilot projects

The Mobility Cluster Upper Austria (MCU) today launched the H2 Powertrain Challenge, a call inviting small and medium-sized suppliers to test hydrogen and fuel-cell components together with vehicle manufacturers in the region. Up to twelve pilot projects will receive between EUR 60,000 and EUR 120,000 each. The money comes from the economic development budget of the Province of Upper Austria and is administered by the regional business agency Business Upper Austria.

The challenge was presented this morning at the Steyr plant of the truck maker Ennstal Nutzfahrzeuge GmbH by Provincial Councillor for Economic Affairs Dr. Bettina Haslinger-Rauch and cluster manager Florian Eichberger. "Steyr has built engines for more than a hundred years. If we want it to build them for the next hundred, the suppliers in the Enns valley must be part of the hydrogen story from the start, not at the end," Haslinger-Rauch said.

Who can apply
The call is open to companies with fewer than 250 employees that have a site in Upper Austria and are partners of the cluster or become partners before submission. Each project needs at least one industrial user, such as a vehicle or machine manufacturer, and may include a research partner. Eligible topics include tanks and valves, thermal management of fuel cells, power electronics, testing and certification, and the training of service technicians.

Timetable
- Information day: Thursday 3 March 2039, 14:00–17:00, Stadtsaal Steyr, with short pitches by five industrial users
- Online matchmaking for project consortia: 7 to 25 March 2039 on the cluster's partnering platform
- Deadline for full proposals: Thursday 31 March 2039, 12:00 (CET)
- Evaluation by an external jury: April 2039; hearing of shortlisted teams on Tuesday 19 April 2039 in Linz
- Start of the projects: 1 June 2039 at the latest; duration up to 18 months

The jury will be chaired by Prof. Mag. Dr. Ingrid Wallner-Stöckl, head of the Institute for Energy Technology at the University of Applied Sciences Upper Austria (FH Oberösterreich), Wels campus. Two members are nominated by the Austrian Association for Hydrogen Mobility (HyMob Austria), one by the Chamber of Commerce of Upper Austria.

Results will be presented to the public at the cluster's Mobility Forum on 12 and 13 May 2039 in Steyr, the annual meeting of the Upper Austrian vehicle industry. This year's forum will open on the Thursday evening with a plant tour at Ennstal Nutzfahrzeuge and a dinner for partners, followed on Friday by the conference day in the Museum Arbeitswelt.

Background
With 312 partner companies and around 58,000 employees, the Mobility Cluster Upper Austria is one of the largest automotive networks in Central Europe. It was founded in 1998 as Automobil-Cluster and renamed in 2029. Its strategy "Mobility Upper Austria 2036–2041" names zero-emission drivetrains, software-defined vehicles and circular production as priorities. A first call for battery-electric retrofits in 2037 supported nine projects; seven of them have since led to orders.

Florian Eichberger added: "In the first call we learned that the best projects were those where the buyer sat at the table from day one. That is why a user is now mandatory."

Partners in the H2 Powertrain Challenge
- Business Upper Austria – OÖ Wirtschaftsagentur GmbH (Austria)
- FH Oberösterreich (Austria)
- Linz Center of Mechatronics GmbH, LCM (Austria)
- HyMob Austria (Austria)
- Cluster Automotive Jihočeský kraj (Czechia), as cross-border observer

Contact for the media
Verena Pichlmayr
Communications Manager, Mobility Cluster Upper Austria
c/o Business Upper Austria, Hafenstraße 47–51, 4020 Linz
+43 732 0000 000 | presse@mcu.example.at

Contact for applicants
DI Stefan Ortner, Project Manager H2 Powertrain Challenge, stefan.ortner@mcu.example.at

Photo (free for editorial use with credit): Provincial Councillor Bettina Haslinger-Rauch and cluster manager Florian Eichberger with a fuel-cell test rig at Ennstal Nutzfahrzeuge, Steyr. © MCU/Schwarzl

###
"""
write(F, T)
M = "Mobility Cluster Upper Austria"
gold(F,
 [P("Bettina Haslinger-Rauch", "Provincial Councillor for Economic Affairs", "Province of Upper Austria"),
  P("Florian Eichberger", "cluster manager", M),
  P("Ingrid Wallner-Stöckl", "head of the Institute for Energy Technology", "University of Applied Sciences Upper Austria"),
  P("Verena Pichlmayr", "Communications Manager", M),
  P("Stefan Ortner", "Project Manager H2 Powertrain Challenge", M)],
 [O(M, "MCU"), O("Province of Upper Austria"), O("Business Upper Austria – OÖ Wirtschaftsagentur GmbH"),
  O("Ennstal Nutzfahrzeuge GmbH"), O("University of Applied Sciences Upper Austria", "FH Oberösterreich"),
  O("Institute for Energy Technology"), O("Austrian Association for Hydrogen Mobility", "HyMob Austria"),
  O("Chamber of Commerce of Upper Austria"), O("Linz Center of Mechatronics GmbH", "LCM"),
  O("Cluster Automotive Jihočeský kraj")],
 [E("Information day", "2039-03-03", None, "Steyr", "Austria"),
  E("Online matchmaking for project consortia", "2039-03-07", "2039-03-25", None, None),
  E("hearing of shortlisted teams", "2039-04-19", None, "Linz", "Austria"),
  E("Mobility Forum", "2039-05-12", "2039-05-13", "Steyr", "Austria"),
  E("plant tour at Ennstal Nutzfahrzeuge", "2039-05-12", None, "Steyr", "Austria"),
  E("dinner for partners", "2039-05-12", None, "Steyr", "Austria")],
 ["2039-02-14", "2039-03-03", "2039-03-07/2039-03-25", "2039-03-31", "2039-04", "2039-04-19", "2039-06-01",
  "2039-05-12/2039-05-13", "1998", "2029", "2036/2041", "2037"],
 [], pub="2039-02-14")
