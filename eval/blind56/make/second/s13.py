from w import W
F='Fødevareklynge Sjælland'
W('nyheder_ny-bestyrelse-foedevareklynge-sjaelland','nyheder_ny-bestyrelse-foedevareklynge-sjaelland.md','2033-04-28',
[('Rasmus Dalgaard','kommunikationsansvarlig',None),('Mette Kjærsgaard Holm','Formand',F),('Jørgen Vestergaard','æresmedlem',F),
('Birgitte Lund','advokat','Lund & Krogh Advokatpartnerselskab'),('Anne-Sofie Brandt','Klyngedirektør',F),
('Lars Thorup Madsen','Næstformand',F),('Pernille Skov','Kasserer',F),('Henrik Bonde','produktionschef','Danish Crown-fabrikken i Ringsted'),
('Camilla Frederiksen-Ahmadi','institutleder','DTU Fødevareinstituttet'),('Niels-Erik Kragh','erhvervschef','Køge Kommune'),
('Sofie la Cour','stifter og direktør','Havregrynet IVS'),('Mikkel Rask',None,'Sjællandske Æg A/S'),
('Yasmin Østergaard',None,'Zealand – Sjællands Erhvervsakademi'),('Ole Winther Nørgaard','udviklingschef','Arla-mejeriet i Slagelse'),
('Katrine Møller-Hansen','projektleder','Landbrug & Fødevarer')],
[(F,None),('Søholm Mejeri A/S',None),('Lund & Krogh Advokatpartnerselskab',None),('Region Sjælland',None),('Thorup Grønt ApS',None),
('Nordsjællands Bageri A/S',None),('Danish Crown-fabrikken i Ringsted',None),('DTU Fødevareinstituttet',None),('Køge Kommune',None),
('Havregrynet IVS',None),('Sjællandske Æg A/S',None),('Zealand – Sjællands Erhvervsakademi',None),('BDO Statsautoriseret revisionsaktieselskab',None),
('Københavns Universitet',None),('Arla-mejeriet i Slagelse',None),('Landbrug & Fødevarer',None),('Innovationsfonden',None)],
[('ordinære generalforsamling','2033-04-27','2033-04-27','Roskilde','Denmark'),('Anuga','2032-10','2032-10','Köln','Germany'),
('SIAL','2032-10','2032-10','Paris','France'),('Sjællandsk Fødevaredag 2033','2033-06-14','2033-06-14',None,'Denmark'),
('Netværksmøde om alternative proteiner','2033-09-05','2033-09-05','Slagelse','Denmark')],
['2033-04-28','2033-04-27','2033/2035','2026','2032-10','2032','2033','2029','2030','2034','2033-06-14','2033-09-05'])
