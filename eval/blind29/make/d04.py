from mk import *
F = 'press-release-andalucia-aerospace-cluster-10-years.md'
text(F, '''
**PRESS RELEASE — for immediate release**

# Ten years of AEROSUR: Andalusian aerospace cluster celebrates its anniversary and opens registration for its annual conference

**Seville, 12 May 2031** — AEROSUR, the Andalusian Aerospace Suppliers Cluster, will celebrate its 10th anniversary on 19 June 2031 with an evening reception at the Real Alcázar gardens in Seville, followed the next day, 20 June, by the cluster's annual conference, AEROSUR Annual Conference 2031, at the FIBES Conference Centre.

Founded in 2021 by fourteen machining and composites companies around the Seville airport area, AEROSUR today brings together 112 members, from family workshops to tier-one suppliers, and three universities. Between 2021 and 2030 its members took part in 47 collaborative R&D projects.

"When we started, most of our members had never worked together on a tender. Ten years later they bid as consortia for whole work packages," said **Rocío Benjumea Ortiz**, president of AEROSUR and managing director of Mecanizados Guadaíra S.L. "The anniversary is a thank-you to the companies, but the conference is about the next ten years: hydrogen aircraft, drones and defence."

The annual conference will be opened by **Francisco Javier Lobato**, regional minister for industry of the Junta de Andalucía, and **Dr. Lieve Verhaegen** of the European Commission's DG GROW. Panels will include speakers from Aerovía Systems S.A., the Spanish Space Agency and CATEC. The European Cluster Collaboration Platform will present the new call for international cluster partnerships.

The anniversary reception is by invitation for members, founders and partners. Registration for the conference is open until 10 June 2031 at aerosur.example/conference.

### About AEROSUR
AEROSUR (Asociación Clúster Aeroespacial Andaluz de Proveedores) is a non-profit cluster organisation based in La Rinconada (Seville). It holds the Silver Label of the European Cluster Excellence Initiative.

**Press contact:** Álvaro Pérez de Guzmán, communication manager, prensa@aerosur.example, +34 600 000 000
''')
gold(F, '2031-05-12',
 [P('Rocío Benjumea Ortiz', 'president', 'AEROSUR'), P('Francisco Javier Lobato', 'regional minister for industry', 'Junta de Andalucía'),
  P('Lieve Verhaegen', None, 'DG GROW'), P('Álvaro Pérez de Guzmán', 'communication manager', 'AEROSUR')],
 [O('Andalusian Aerospace Suppliers Cluster', 'AEROSUR'), O('Mecanizados Guadaíra S.L.'), O('Junta de Andalucía'),
  O('European Commission'), O('DG GROW'), O('Aerovía Systems S.A.'), O('Spanish Space Agency'), O('CATEC'), O('European Cluster Collaboration Platform')],
 [E('10th anniversary reception', '2031-06-19', '2031-06-19', 'Seville', 'Spain'),
  E('AEROSUR Annual Conference 2031', '2031-06-20', '2031-06-20', 'Seville', 'Spain')],
 ['2031-05-12', '2031-06-19', '2031-06-20', '2021', '2021/2030', '2031-06-10'])
