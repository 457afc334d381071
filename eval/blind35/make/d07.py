from common import *
doc = "preshow-note-interpack-2035-catpack.txt"
text(doc, """
PRE-SHOW NOTE | CATPACK at interpack 2035
Barcelona, 22 April 2035

CATPACK – Clúster del Packaging de Catalunya will once again organise the Catalan joint pavilion at interpack, the
world's leading trade fair for processing and packaging, held at Messe Düsseldorf from 7 to 13 May 2035.

WHERE TO FIND US
Hall 12, Stand C41 – "Catalonia Packaging Pavilion" (420 m²)
Co-organised with ACCIÓ, the Catalan government's agency for business competitiveness, and with the support of ICEX
España Exportación e Inversiones.

EXHIBITORS ON THE PAVILION (14)
Envases Montsant S.L. · Flexiplà S.A. · Cartonajes Garraf S.L. · Bioplàstics del Vallès S.L. · Etiquetes Pujol
S.A. · Maquinària Ebre S.L. · Vidrart S.A. · Sealtek Packaging S.L. · Paperlan S.L. and five start-ups of the
CATPACK incubator.

SIDE EVENTS ON AND AROUND THE STAND
• Tuesday 8 May, 11:00 – Stand C41
  "Mono-material films: recyclable by design" – talk by Núria Ferrer i Solé, R&D director, Flexiplà S.A.
• Wednesday 9 May, 17:30 – Stand C41
  Catalan Packaging Afterwork (cava and networking; by invitation)
• Thursday 10 May, 10:00–13:00 – Congress Center Düsseldorf, Room 3
  EU Packaging Regulation: B2B matchmaking for reusable packaging, organised by the Enterprise Europe Network
  with CATPACK, Verpackungscluster NRW e.V. and the Flemish cluster PackFlow
• Friday 11 May, 15:00 – Stand C41
  Signing of a cooperation agreement between CATPACK and Verpackungscluster NRW e.V.

WHO WILL BE THERE
Jordi Casals Vilanova, president of CATPACK and CEO of Envases Montsant S.L.
Montserrat Riera, cluster manager, CATPACK
Dr. Frank Lützenkirchen, managing director, Verpackungscluster NRW e.V.
Elena Puigdomènech, director of international markets, ACCIÓ (visit to the stand on 8 May)

WHY VISIT THE PAVILION
Catalan packaging companies cover the whole chain, from raw materials and films to labels, machines and glass
containers. On the pavilion, visitors will see recyclable mono-material solutions, reusable transport packaging and
lighter glass bottles. A shared meeting area with six tables is available for pre-booked meetings, and a small
demonstration corner will show a labelling machine working with linerless labels.

FIGURES
At interpack 2032 the Catalan pavilion received about 2,600 visitors and its exhibitors reported 310 qualified leads.
This year the stand is 30% larger.

BOOK A MEETING
Meetings with exhibitors can be booked until 5 May 2035 via meetings@catpack.example.

NEXT STOP
After Düsseldorf, CATPACK will be present at Hispack in Barcelona (19–22 May 2037 is not yet confirmed; the 2036
edition runs from 20 to 23 October 2036) and will hold its Packaging Innovation Day on 25 September 2035 in Terrassa.

Press contact: Laia Comas, communication, premsa@catpack.example
""")
gold(doc, "2035-04-22",
 [P("Núria Ferrer i Solé","R&D director","Flexiplà S.A."), P("Jordi Casals Vilanova","president","CATPACK"),
  P("Montserrat Riera","cluster manager","CATPACK"), P("Frank Lützenkirchen","managing director","Verpackungscluster NRW e.V."),
  P("Elena Puigdomènech","director of international markets","ACCIÓ"), P("Laia Comas","communication","CATPACK")],
 [O("CATPACK – Clúster del Packaging de Catalunya","CATPACK"), O("ACCIÓ"), O("ICEX España Exportación e Inversiones"),
  O("Envases Montsant S.L."), O("Flexiplà S.A."), O("Cartonajes Garraf S.L."), O("Bioplàstics del Vallès S.L."), O("Etiquetes Pujol S.A."),
  O("Maquinària Ebre S.L."), O("Vidrart S.A."), O("Sealtek Packaging S.L."), O("Paperlan S.L."), O("Enterprise Europe Network"),
  O("Verpackungscluster NRW e.V."), O("PackFlow")],
 [E("interpack 2035","2035-05-07","2035-05-13","Düsseldorf","Germany"),
  E("Mono-material films: recyclable by design","2035-05-08","2035-05-08","Düsseldorf","Germany"),
  E("Catalan Packaging Afterwork","2035-05-09","2035-05-09","Düsseldorf","Germany"),
  E("EU Packaging Regulation: B2B matchmaking for reusable packaging","2035-05-10","2035-05-10","Düsseldorf","Germany"),
  E("Signing of a cooperation agreement between CATPACK and Verpackungscluster NRW e.V.","2035-05-11","2035-05-11","Düsseldorf","Germany"),
  E("interpack 2032","2032","2032",None,None),
  E("Hispack","2036-10-20","2036-10-23","Barcelona","Spain"),
  E("Packaging Innovation Day","2035-09-25","2035-09-25","Terrassa","Spain")],
 ["2035-04-22","2035-05-07/2035-05-13","2035-05-08","2035-05-09","2035-05-10","2035-05-11","2035-05-05",
  "2037-05-19/2037-05-22","2036-10-20/2036-10-23","2035-09-25"], [])
