from w import *
P1="Pôle Céramique et Matériaux Occitanie"
W("blind65_13_circomet_meeting_plan-pdf","blind65_13_circomet_meeting_plan-pdf.txt",
[P("Élodie Castanet-Rouquette","project coordinator",P1),P("Julien Barthès","financial manager",P1),P("Covadonga Fernández-Llana","cluster manager","Asturias Metal Cluster"),
 P("Tomasz Wróblewski","project manager","Świętokrzyskie Industrial Cluster Association"),P("Karin Lindqvist Ahlgren","regional development officer","Regional Council of Kalmar County"),
 P("Desislava Petrova-Ilieva","head of EU projects","Pleven Chamber of Commerce and Industry"),P("Manon Sicard","communication manager",P1)],
[O(P1,"PCMO"),O("Department of the Tarn"),O("Asturias Metal Cluster","MetalAst"),O("Institute for Regional Development of Asturias","IDEPA"),
 O("Świętokrzyskie Industrial Cluster Association"),O("Regional Council of Kalmar County"),O("Pleven Chamber of Commerce and Industry"),O("Linnaeus University"),
 O("Steering Committee"),O("Targi Kielce")],
[E("Kick-off meeting","2033-09-20","2033-09-21","Albi","France"),E("PM2 + study visit","2034-02-14","2034-02-16","Oviedo","Spain"),E("SC online","2034-05-09"),
 E("PM3 + study visit","2034-09-26","2034-09-28","Kielce","Poland"),E("SC online ","2034-12-05"),E("PM4 + study visit","2035-03-13","2035-03-15","Kalmar","Sweden"),
 E("SC online  ","2035-06-12"),E("PM5 + study visit","2035-09-18","2035-09-19","Pleven","Bulgaria"),E("Final conference","2035-11-20","2035-11-21","Albi","France"),
 E("Journées de la Céramique industrielle",None,None,"Albi","France"),E("Kielce foundry fair",None,None,"Kielce","Poland")],
["2033/2035","2033-09-05","2033-09-01","2033-04-01/2035-12-31","2033-09-20/2033-09-21","2034-02-14/2034-02-16","2034-05-09","2034-09-26/2034-09-28","2034-12-05",
 "2035-03-13/2035-03-15","2035-06-12","2035-09-18/2035-09-19","2035-11-20/2035-11-21","2034-06","2034-09","2034-05"],pub="2033-09-05")
