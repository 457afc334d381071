from g import write
T = """# Panel write-up: "Mechatronics in Southern Bulgaria – from subcontracting to own products"

*Plovdiv, 23 October 2034 · Trakia Mechatronics Cluster Annual Forum · Written by Boryana Kostova*

The afternoon panel of this year's **Trakia Mechatronics Cluster Annual Forum** filled the main hall of the Plovdiv
International Fair congress centre. Moderator **Stefan Georgiev**, executive director of the Trakia Mechatronics
Cluster (TMC), opened with a blunt question: why do so few of the region's 400 machine-building companies sell
products under their own name?

## The panellists

- **Desislava Hristova-Lang**, CEO of Hristov Motion Systems EOOD, Plovdiv
- **Ivaylo Petkov**, Head of the Department of Mechatronics, Technical University of Sofia – Plovdiv Branch
- **Dr. Ralf Meinhardt**, Managing Director, Meinhardt Antriebstechnik GmbH, Pforzheim, and board member of
  the German-Bulgarian Chamber of Industry and Commerce (AHK Bulgaria)
- **Nadezhda Ilieva**, Head of Sector, Bulgarian Small and Medium Enterprises Promotion Agency (BSMEPA)

## What was said

Hristova-Lang described how her company moved from machining parts for a German gearbox maker to selling its own
linear actuators: "It took us six years and two failed prototypes. The cluster's test bench saved us the third."
Petkov argued that universities must let companies use laboratories at night and weekends. Meinhardt, whose
company has sourced from Plovdiv since 2019, warned that "own products" must not mean abandoning reliable
subcontracting revenue. Ilieva announced that the agency's next export-voucher call opens on 15 January 2035.

## Key takeaways

- Own products start with one flagship customer who is willing to co-develop.
- Shared test and certification infrastructure is the cluster's most valuable service for SMEs.
- Universities and companies need joint technician training rather than more degree programmes.
- Subcontracting and own products can coexist in the same company for a long time.

The next forum will take place in Stara Zagora in October 2035. Video of the panel: tmc.example/forum2034.

*Photo: TMC / Petar Dimov*
"""
C="Trakia Mechatronics Cluster"
write("panel-writeup-mechatronics-southern-bulgaria.md", T, pub="2034-10-23",
 people=[("Boryana Kostova",None,None),("Stefan Georgiev","executive director",C),
  ("Desislava Hristova-Lang","CEO","Hristov Motion Systems EOOD"),
  ("Ivaylo Petkov","Head of the Department of Mechatronics","Technical University of Sofia – Plovdiv Branch"),
  ("Ralf Meinhardt","Managing Director","Meinhardt Antriebstechnik GmbH"),
  ("Nadezhda Ilieva","Head of Sector","Bulgarian Small and Medium Enterprises Promotion Agency"),("Petar Dimov",None,"TMC")],
 orgs=[(C,"TMC"),("Hristov Motion Systems EOOD",None),("Department of Mechatronics",None),
  ("Technical University of Sofia – Plovdiv Branch",None),("Meinhardt Antriebstechnik GmbH",None),
  ("German-Bulgarian Chamber of Industry and Commerce","AHK Bulgaria"),("Bulgarian Small and Medium Enterprises Promotion Agency","BSMEPA")],
 events=[("Mechatronics in Southern Bulgaria – from subcontracting to own products","2034-10-23","2034-10-23","Plovdiv","Bulgaria"),
  ("Trakia Mechatronics Cluster Annual Forum","2034-10-23","2034-10-23","Plovdiv","Bulgaria"),
  ("next forum","2035-10","2035-10","Stara Zagora","Bulgaria")],
 dates=["2034-10-23","2019","2035-01-15","2035-10"],
 km=["Own products start with one flagship customer who is willing to co-develop",
  "Shared test and certification infrastructure is the cluster's most valuable service for SMEs",
  "Universities and companies need joint technician training rather than more degree programmes",
  "Subcontracting and own products can coexist in the same company for a long time"])
