from mk import W
N=None
F='Food Tech Nord'; V='Vendsyssel Fødevaredage'; D='Denmark'
W('vendsyssel-foedevaredage-tidligere-udgaver','vendsyssel-foedevaredage-tidligere-udgaver.md','2034-01-12',
[('Mette Vinding Poulsen','klyngedirektør',F),('Søren Kjærgaard','borgmester','Hjørring Kommune'),('Lene Holm Østergaard','professor','Aalborg Universitet'),
 ('Jens-Erik Brøndum','administrerende direktør','Vendsyssel Havprotein A/S'),('Astrid Nyhus','seniorforsker','Nofima'),('Ingrid Lindqvist-Mäkelä',N,'Business Finland'),
 ('Karen Bach Sørensen','erhvervsminister',N),('Pieter De Smedt',N,'DG GROW'),('Anne-Marie Vestergaard Ravn','formand','Landbrug & Fødevarer'),
 ('Thomas Ørum-Jensen',N,'Arla Foods'),('Sofie Kragh Laursen','projektleder',F)],
[(F,N),('Hjørring Kommune',N),('Frederikshavn Kommune',N),('Brønderslev Kommune',N),('Region Nordjylland',N),('Erhvervshus Nordjylland',N),
 ('Aalborg Universitet',N),('Hjørring Erhvervsakademi','UCN'),('Institut for Kemi og Biovidenskab',N),('Vendsyssel Havprotein A/S',N),('Nofima',N),
 ('Business Finland',N),('Europa-Kommissionen',N),('DG GROW',N),('Landbrug & Fødevarer',N),('Arla Foods',N),('Skagen Turistforening',N),
 ('Skagen Fiskerestaurant',N),('Skagen Bryghus',N),('Danmarks Eksport- og Investeringsfond','EIFO'),('Innovationsfonden',N)],
[('Vendsyssel Fødevaredage 2034','2034-09-07','2034-09-08','Hjørring',D),('klyngemiddag','2034-09-07','2034-09-07','Hjørring',D),
 ('virksomhedsbesøg','2034-09-08','2034-09-08',N,D),
 (V+' (2033 edition)','2033-09-14','2033-09-15','Frederikshavn',D),(V+' (2032 edition)','2032-09-08','2032-09-09','Brønderslev',D),
 (V+' (2031 edition)','2031','2031','Skagen',D),(V+' (2030 edition)','2030','2030','Sæby',D),(V+' (2029 edition)','2029','2029','Hjørring',D),
 (V+' (2028 edition)','2028','2028','Hirtshals',D),(V+' (2026 edition)','2026','2026','Hjørring',D)],
['2026','2034-01-12','2034-09-07/2034-09-08','2034-05-01','2034-08-25','2033','2032','2031','2030','2029','2028','2027',
 '2033-09-14/2033-09-15','2032-09-08/2032-09-09','2034'])
