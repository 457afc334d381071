from s import *
W('blind65_16_gwyl_ddigidol_caernarfon_cy_en','blind65_16_gwyl_ddigidol_caernarfon_cy_en.md',None,'''
Elin Wyn Pritchard|Director|Clwstwr Creadigol Gwynedd
Delyth Prys-Evans||Canolfan Bedwyr
Gwion ap Dafydd||S4C
Mared Lloyd-Williams||Cwmni Da
Tadhg Ó Conaill||TG4
Rhodri Wyn Thomas||Creative Wales
Nia Wyn Jeffreys|Leader|Cyngor Gwynedd
Catrin Haf Owen|Events Officer|
''','''
Clwstwr Creadigol Gwynedd
Cyngor Gwynedd
Prifysgol Bangor
M-SParc
Galeri
Canolfan Bedwyr
S4C
Cwmni Da
TG4
Rondo Media
Creative Wales
Busnes Cymru
Menter Iaith Gwynedd
''','''
Gŵyl Ddigidol Caernarfon 2034|2034-06-29|2034-06-30|Caernarfon|United Kingdom
B2B meetings|2034-06-29|2034-06-29|Caernarfon|United Kingdom
Networking evening on the Maes|2034-06-29|2034-06-29|Caernarfon|United Kingdom
Studio visit: Rondo Media|2034-06-30|2034-06-30
Cluster Awards 2034|2034-06-30|2034-06-30|Caernarfon|United Kingdom
''','2034-06-29 2034-06-30 2034-06-29/2034-06-30 2033 2034-05-31 2034-06-19')
