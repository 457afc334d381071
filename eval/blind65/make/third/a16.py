from w import *
C="Clwstwr Creadigol Gwynedd"; UK="United Kingdom"
W("blind65_16_gwyl_ddigidol_caernarfon_cy_en","blind65_16_gwyl_ddigidol_caernarfon_cy_en.md",
[P("Elin Wyn Pritchard","Director",C),P("Delyth Prys-Evans",None,"Canolfan Bedwyr"),P("Gwion ap Dafydd",None,"S4C"),P("Mared Lloyd-Williams",None,"Cwmni Da"),
 P("Tadhg Ó Conaill",None,"TG4"),P("Rhodri Wyn Thomas",None,"Creative Wales"),P("Nia Wyn Jeffreys","Leader","Cyngor Gwynedd"),P("Catrin Haf Owen","Events Officer",None)],
[O(C),O("Cyngor Gwynedd"),O("Prifysgol Bangor"),O("M-SParc"),O("Galeri"),O("Canolfan Bedwyr"),O("S4C"),O("Cwmni Da"),O("TG4"),O("Rondo Media"),O("Creative Wales"),
 O("Busnes Cymru"),O("Menter Iaith Gwynedd")],
[E("Gŵyl Ddigidol Caernarfon 2034","2034-06-29","2034-06-30","Caernarfon",UK),E("B2B meetings","2034-06-29",None,"Caernarfon",UK),
 E("Networking evening on the Maes","2034-06-29",None,"Caernarfon",UK),E("Studio visit: Rondo Media","2034-06-30",None,"Cibyn",UK),
 E("Cluster Awards 2034","2034-06-30",None,"Caernarfon",UK),E("Gŵyl Ddigidol Caernarfon (2033 edition)","2033")],
["2034-06-29/2034-06-30","2034-06-29","2034-06-30","2033","2034-05-31","2034-06-19"])
