from common import *
import docx
d = docx.Document()
d.add_heading('MOSELLE ORBIT CLUSTER – Strategic Advisory Board', 0)
d.add_paragraph('Composition for the mandate 1 January 2034 – 31 December 2036, as approved by the Board of Directors on 28.11.2033.')
d.add_paragraph('The Strategic Advisory Board (SAB) advises the Moselle Orbit Cluster (MOC) on its roadmap, its international partnerships and its role in the national space strategy. Members serve in a personal capacity; the cluster manager acts as secretary.')
d.add_heading('Members', 1)
t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
for i, h in enumerate(['Name', 'Position', 'Affiliation', 'Term']): t.rows[0].cells[i].text = h
rows = [
 ('Dr. Margaux Weis-Schmit', 'Chair of the SAB', 'University of Luxembourg, Interdisciplinary Centre for Security, Reliability and Trust (SnT)', '2034–2036'),
 ('Joost van Oorschot', 'Vice-Chair; former CTO', 'Orbitalis S.A.', '2034–2036'),
 ('Anneke de Vries', 'Head of Commercialisation', 'European Space Agency (ESA)', '2034–2035'),
 ('Paulo Gomes Ferreira', 'Managing Partner', 'Aldebaran Capital SCSp', '2034–2036'),
 ('Sophie Kremer', 'Director of Industry Relations', 'Luxembourg Institute of Science and Technology (LIST)', '2034–2036'),
 ('Gilles Thill', 'observer', 'Luxembourg Space Agency (LSA)', 'permanent'),
]
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r): c[i].text = v
d.add_heading('Secretariat', 1)
d.add_paragraph('Tom Reuter, cluster manager, Luxinnovation GIE', style='List Bullet')
d.add_paragraph('Carla Pinto, project officer (minutes)', style='List Bullet')
d.add_heading('Meetings in 2034', 1)
d.add_paragraph('The SAB meets twice a year: 19 March 2034 (Esch-sur-Alzette, Maison du Savoir) and 8 October 2034, back-to-back with the Space Resources Week in Luxembourg (6–8 October 2034).')
d.add_paragraph('Outgoing members: we thank Henrik Lindqvist (Nordfarer AB), whose term ended on 31 December 2033.')
d.save(B + '/docs/MOC_Strategic-Advisory-Board_2034-2036.docx')
L = "Moselle Orbit Cluster"
save('MOC_Strategic-Advisory-Board_2034-2036.docx', None, None,
 [P("Margaux Weis-Schmit","Chair of the SAB",L),
  P("Joost van Oorschot","Vice-Chair",L),
  P("Anneke de Vries","Head of Commercialisation","European Space Agency"),
  P("Paulo Gomes Ferreira","Managing Partner","Aldebaran Capital SCSp"),
  P("Sophie Kremer","Director of Industry Relations","Luxembourg Institute of Science and Technology"),
  P("Gilles Thill","observer","Luxembourg Space Agency"),
  P("Tom Reuter","cluster manager","Luxinnovation GIE"),
  P("Carla Pinto","project officer",None),
  P("Henrik Lindqvist",None,"Nordfarer AB")],
 [O(L,"MOC"),O("University of Luxembourg"),O("Interdisciplinary Centre for Security, Reliability and Trust","SnT"),
  O("Orbitalis S.A."),O("European Space Agency","ESA"),O("Aldebaran Capital SCSp"),
  O("Luxembourg Institute of Science and Technology","LIST"),O("Luxembourg Space Agency","LSA"),
  O("Luxinnovation GIE"),O("Nordfarer AB")],
 [E("SAB meeting","2034-03-19","2034-03-19","Esch-sur-Alzette","Luxembourg"),
  E("SAB meeting","2034-10-08","2034-10-08","Luxembourg","Luxembourg"),
  E("Space Resources Week","2034-10-06","2034-10-08","Luxembourg","Luxembourg")],
 ["2034-01-01/2036-12-31","2033-11-28","2034/2036","2034/2035","2034","2034-03-19","2034-10-08","2034-10-06/2034-10-08","2033-12-31"], [])
