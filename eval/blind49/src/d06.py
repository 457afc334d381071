from g import save
T='''SEMANA DE LA INNOVACIÓN DE CASTILLA Y LEÓN 2034 · PROGRAMA
Castilla y León Innovation Week 2034 — Programme (English version)                      v3 — 2 October 2034

Valladolid · Burgos · León · Salamanca
20–24 November 2034

Organised by the Instituto para la Competitividad Empresarial de Castilla y León (ICE) together
with the regional cluster network CLUSTERCYL. Free admission; registration required for each
session at the week's website.

MONDAY 20 NOVEMBER — VALLADOLID · Feria de Valladolid, Hall 2
09:30  Official opening
       Elena Rodríguez-Sahagún, Director General, ICE
       Ignacio Martín del Pozo, President, CLUSTERCYL
10:15  Keynote "Regions that learn faster": Prof. Dr. Birgit Ahlers-Novák, Fraunhofer Institute
       for Systems and Innovation Research ISI
11:30  Launch of the RIS3 Castilla y León 2035–2041 consultation — Dirección General de Universidades e
       Investigación
13:00  Networking lunch
15:00  Automotive Day: Open session of the automotive cluster FACYL — "Software-defined ve-
       hicles and the supplier base" with Rubén Calleja Toribio, CTO of Motorvia S.L.

TUESDAY 21 NOVEMBER — BURGOS · Universidad de Burgos, Faculty of Sciences
09:30  Food Tech Morning, organised by Vitartis (the agri-food cluster of Castilla y León)
       Moderator: Patricia Gallo Antolín, innovation manager, Vitartis
       Speakers: Óscar de la Fuente, founder, Legumia S.L.; Nerea Ugarte, R&D director, Cárnicas
       Arlanza S.A.
12:00  Visit to the pilot plant of the Centro Tecnológico Agroalimentario ITACyL (bus from
       the Faculty at 11:40)
16:00  Innovation vouchers: how to apply — ICE regional office Burgos

                                                                        Page 1 of 3
SEMANA DE LA INNOVACIÓN DE CASTILLA Y LEÓN 2034 · PROGRAMA

WEDNESDAY 22 NOVEMBER — LEÓN · Parque Tecnológico de León, Edificio Centro
10:00  Cybersecurity and SMEs: joint session with INCIBE (Instituto Nacional de Ciberseguridad)
       Welcome: Marcos Villarroel, head of industry programmes, INCIBE
       Panel: Lucía Fernández Llamazares, CEO, Ciberlan S.L.; Tomás Álvarez-Quiñones, CISO,
       Embutidos La Bañeza S.A.
13:30  Lunch
15:00  Hackathon final "Datos abiertos CyL" — pitches of the eight finalist teams; awards at 18:00

THURSDAY 23 NOVEMBER — SALAMANCA · Universidad de Salamanca, Hospedería Fonseca
09:30  Health and Biotech Forum with the cluster BIOTECYL
       Opening: Ana Belén Sánchez Manzano, manager, BIOTECYL
10:30  Clinical data spaces — Dr. Javier Hidalgo Peña, Instituto de Investigación Biomédica de
       Salamanca (IBSAL)
12:00  B2B meetings biotech–pharma (pre-booked, 20-minute slots)
17:00  Award ceremony "Premios Innovación Castilla y León 2034", Teatro Liceo, hosted by the
       Regional Minister for Economy, Carlos Pérez-Arenillas

                                                                        Page 2 of 3
SEMANA DE LA INNOVACIÓN DE CASTILLA Y LEÓN 2034 · PROGRAMA

FRIDAY 24 NOVEMBER — VALLADOLID · Cúpula del Milenio
10:00  Clusters meet Regions: Castilla y León — with the European Cluster Collaboration
       Platform (ECCP) and DG GROW
       Speaker: Kerstin Adelsberger, Policy Officer, DG GROW, European Commission
11:30  Interregional panel: cluster managers from Centro (Portugal), Nouvelle-Aquitaine and
       Castilla y León on cross-border value chains
13:00  Closing and conclusions of the week — Elena Rodríguez-Sahagún, ICE
13:30  Farewell lunch

Side events (outside the main programme)
- 19 November, 19:00: Welcome reception for international guests, Museo Patio Herreriano, Valladolid
- 22 November: Women in Tech breakfast hosted by the association Mujeres TIC León (by invitation)
- 25 November: Company visits to the Valladolid plant of Carrocerías Duero S.A. and to Motorvia S.L. in Boecillo (max. 30 places)

Previous editions
2031 Valladolid · 2032 León · 2033 Burgos and Salamanca (first edition across four cities: 2 400
visitors)

Practical information: sessions are in Spanish with simultaneous interpretation into English in Valla-
dolid and Salamanca. Programme subject to change. Contact: semanainnovacion@ice-cyl.example

Cofinanciado por la Unión Europea · FEDER Castilla y León 2028-2034
                                                                        Page 3 of 3
'''
save('programa-semana-innovacion-cyl-2034-EN-pdf.txt',T,None,
[('Elena Rodríguez-Sahagún','Director General','ICE'),('Ignacio Martín del Pozo','President','CLUSTERCYL'),
 ('Birgit Ahlers-Novák',None,'Fraunhofer Institute for Systems and Innovation Research ISI'),
 ('Rubén Calleja Toribio','CTO','Motorvia S.L.'),('Patricia Gallo Antolín','innovation manager','Vitartis'),
 ('Óscar de la Fuente','founder','Legumia S.L.'),('Nerea Ugarte','R&D director','Cárnicas Arlanza S.A.'),
 ('Marcos Villarroel','head of industry programmes','INCIBE'),('Lucía Fernández Llamazares','CEO','Ciberlan S.L.'),
 ('Tomás Álvarez-Quiñones','CISO','Embutidos La Bañeza S.A.'),('Ana Belén Sánchez Manzano','manager','BIOTECYL'),
 ('Javier Hidalgo Peña',None,'Instituto de Investigación Biomédica de Salamanca'),
 ('Carlos Pérez-Arenillas','Regional Minister for Economy',None),
 ('Kerstin Adelsberger','Policy Officer','DG GROW')],
[('Instituto para la Competitividad Empresarial de Castilla y León','ICE'),('CLUSTERCYL',None),
 ('Fraunhofer Institute for Systems and Innovation Research ISI','ISI'),('Dirección General de Universidades e Investigación',None),('Mujeres TIC León',None),('Carrocerías Duero S.A.',None),
 ('FACYL',None),('Motorvia S.L.',None),('Universidad de Burgos',None),('Vitartis',None),('Legumia S.L.',None),
 ('Cárnicas Arlanza S.A.',None),('Centro Tecnológico Agroalimentario ITACyL','ITACyL'),
 ('Instituto Nacional de Ciberseguridad','INCIBE'),('Ciberlan S.L.',None),('Embutidos La Bañeza S.A.',None),
 ('Universidad de Salamanca',None),('BIOTECYL',None),('Instituto de Investigación Biomédica de Salamanca','IBSAL'),
 ('European Cluster Collaboration Platform','ECCP'),('DG GROW',None),('European Commission',None)],
[('Castilla y León Innovation Week 2034','2034-11-20','2034-11-24','Valladolid, Burgos, León, Salamanca','Spain'),
 ('Automotive Day','2034-11-20','2034-11-20','Valladolid','Spain'),
 ('Food Tech Morning','2034-11-21','2034-11-21','Burgos','Spain'),
 ('Cybersecurity and SMEs','2034-11-22','2034-11-22','León','Spain'),
 ('Hackathon final "Datos abiertos CyL"','2034-11-22','2034-11-22','León','Spain'),
 ('Health and Biotech Forum','2034-11-23','2034-11-23','Salamanca','Spain'),
 ('Premios Innovación Castilla y León 2034','2034-11-23','2034-11-23','Salamanca','Spain'),
 ('Clusters meet Regions: Castilla y León','2034-11-24','2034-11-24','Valladolid','Spain'),
 ('Welcome reception for international guests','2034-11-19','2034-11-19','Valladolid','Spain'),
 ('Women in Tech breakfast','2034-11-22','2034-11-22','León','Spain'),
 ('Company visits','2034-11-25','2034-11-25','Valladolid, Boecillo','Spain'),
 ('Castilla y León Innovation Week 2031','2031','2031','Valladolid','Spain'),
 ('Castilla y León Innovation Week 2032','2032','2032','León','Spain'),
 ('Castilla y León Innovation Week 2033','2033','2033','Burgos, Salamanca','Spain')],
['2034-10-02','2034-11-20/2034-11-24','2034-11-20','2034-11-21','2034-11-22','2034-11-23','2034-11-24','2034-11-19','2034-11-25','2035/2041','2031','2032','2033','2028/2034'],[])
