from s import *
W('blind65_15_matvaelaklasi_akureyri_is','blind65_15_matvaelaklasi_akureyri_is.md','2034-02-06','''
Jón Gunnar Hallgrímsson|formaður stjórnar|Matvælaklasa Norðurlands
Ásthildur Sturludóttir|bæjarstjóri á Akureyri|
Guðrún Ólafsdóttir-Kvaran|prófessor|Háskólinn á Akureyri
Ingrid Halvorsen Nygård|rannsóknastjóri|Nofima
Sigríður Björk Þórsdóttir|verkefnastjóri|Matvælaklasa Norðurlands
''','''
Matvælaklasi Norðurlands
Menningarhúsinu Hofi
Háskólinn á Akureyri
Matís
Samtök sveitarfélaga og atvinnuþróunar á Norðurlandi eystra|SSNE
Nofima
Skagafjarðarkjöt ehf.
Hrísey Sjávarfang ehf.
Mjólkursamlagið á Húsavík
Hótel KEA
Hótel Akureyri
Norræna ráðherranefndin
''','''
Matarauðsþing Norðurlands 2034|2034-03-23|2034-03-23|Akureyri|Iceland
Matarfrumkvöðull Norðurlands 2034|2034-03-23|2034-03-23|Akureyri|Iceland
fyrirtækjaheimsóknir|2034-03-24|2034-03-24||Iceland
Matarauðsþing Norðurlands (2033 edition)|2033-03-30|2033-03-30|Húsavík|Iceland
''','2034-02-06 2034-03-23 2040 2034-03-01 2034-03-24 2034-03-16 2029 2033-03-30')
