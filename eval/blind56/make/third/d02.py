from w import *
F="Fødevareklynge Sjælland"
W("nyheder_ny-bestyrelse-foedevareklynge-sjaelland","nyheder_ny-bestyrelse-foedevareklynge-sjaelland.md","2033-04-28",
[P("Rasmus Dalgaard","kommunikationsansvarlig",F),P("Mette Kjærsgaard Holm","Formand",F),P("Jørgen Vestergaard","æresmedlem",F),
 P("Birgitte Lund","advokat","Lund & Krogh Advokatpartnerselskab"),P("Anne-Sofie Brandt","Klyngedirektør",F),P("Lars Thorup Madsen","Næstformand",F),
 P("Pernille Skov","Kasserer",F),P("Henrik Bonde","produktionschef","Danish Crown-fabrikken i Ringsted"),P("Camilla Frederiksen-Ahmadi","institutleder","DTU Fødevareinstituttet"),
 P("Niels-Erik Kragh","erhvervschef","Køge Kommune"),P("Sofie la Cour","stifter og direktør","Havregrynet IVS"),P("Mikkel Rask",None,"Sjællandske Æg A/S"),
 P("Yasmin Østergaard",None,"Zealand – Sjællands Erhvervsakademi"),P("Ole Winther Nørgaard","udviklingschef","Arla-mejeriet i Slagelse"),
 P("Katrine Møller-Hansen","projektleder","Landbrug & Fødevarer")],
[O(F),O("Søholm Mejeri A/S"),O("Lund & Krogh Advokatpartnerselskab"),O("Region Sjælland"),O("Thorup Grønt ApS"),O("Nordsjællands Bageri A/S"),
 O("Danish Crown-fabrikken i Ringsted"),O("DTU Fødevareinstituttet"),O("Køge Kommune"),O("Havregrynet IVS"),O("Sjællandske Æg A/S"),
 O("Zealand – Sjællands Erhvervsakademi"),O("BDO Statsautoriseret revisionsaktieselskab"),O("Københavns Universitet"),O("Arla-mejeriet i Slagelse"),
 O("Landbrug & Fødevarer"),O("Innovationsfonden")],
[E("ordinære generalforsamling","2033-04-27","2033-04-27","Roskilde","Denmark"),E("Anuga","2032-10","2032-10","Köln","Germany"),
 E("SIAL","2032-10","2032-10","Paris","France"),E("Sjællandsk Fødevaredag 2033","2033-06-14","2033-06-14","Sorø","Denmark"),
 E("Netværksmøde om alternative proteiner","2033-09-05","2033-09-05","Slagelse","Denmark")],
["2033-04-28","2033-04-27","2033/2035","2026","2032-10","2032","2033","2029","2030","2034","2033-06-14","2033-09-05"])
