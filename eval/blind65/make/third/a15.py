from w import *
M="Matvælaklasi Norðurlands"; IS="Iceland"
W("blind65_15_matvaelaklasi_akureyri_is","blind65_15_matvaelaklasi_akureyri_is.md",
[P("Jón Gunnar Hallgrímsson","formaður stjórnar",M),P("Ásthildur Sturludóttir","bæjarstjóri á Akureyri",None),P("Guðrún Ólafsdóttir-Kvaran","prófessor","Háskólinn á Akureyri"),
 P("Ingrid Halvorsen Nygård","rannsóknastjóri","Nofima"),P("Sigríður Björk Þórsdóttir","verkefnastjóri",M)],
[O(M),O("Menningarhúsinu Hofi"),O("Háskólinn á Akureyri"),O("Matís"),O("Samtök sveitarfélaga og atvinnuþróunar á Norðurlandi eystra","SSNE"),O("Nofima"),
 O("Skagafjarðarkjöt ehf."),O("Hrísey Sjávarfang ehf."),O("Mjólkursamlagið á Húsavík"),O("Hótel KEA"),O("Hótel Akureyri"),O("Norræna ráðherranefndin")],
[E("Matarauðsþing Norðurlands 2034","2034-03-23",None,"Akureyri",IS),E("Matarfrumkvöðull Norðurlands 2034","2034-03-23",None,"Akureyri",IS),
 E("fyrirtækjaheimsóknir","2034-03-24",None,None,IS),E("Matarauðsþing Norðurlands (2033 edition)","2033-03-30",None,"Húsavík",IS)],
["2034-02-06","2034-03-23","2040","2034-03-01","2034-03-24","2034-03-16","2029","2033-03-30"],pub="2034-02-06")
