from s import *
W('blind65_13_circomet_meeting_plan-pdf','blind65_13_circomet_meeting_plan-pdf.txt','2033-09-05','''
Élodie Castanet-Rouquette|project coordinator|Pôle Céramique et Matériaux Occitanie
Julien Barthès|financial manager|PCMO
Covadonga Fernández-Llana|cluster manager|MetalAst
Tomasz Wróblewski|project manager|
Karin Lindqvist Ahlgren|regional development officer|
Desislava Petrova-Ilieva|head of EU projects|
Manon Sicard|communication manager|PCMO
''','''
Pôle Céramique et Matériaux Occitanie|PCMO
Department of the Tarn|
Asturias Metal Cluster|MetalAst
Institute for Regional Development of Asturias|IDEPA
Świętokrzyskie Industrial Cluster Association
Regional Council of Kalmar County
Pleven Chamber of Commerce and Industry
Linnaeus University
Steering Committee
Targi Kielce
''','''
Kick-off meeting|2033-09-20|2033-09-21|Albi|France
PM2 + study visit|2034-02-14|2034-02-16|Oviedo|Spain
SC online|2034-05-09|2034-05-09
PM3 + study visit|2034-09-26|2034-09-28|Kielce|Poland
SC online|2034-12-05|2034-12-05
PM4 + study visit|2035-03-13|2035-03-15|Kalmar|Sweden
SC online|2035-06-12|2035-06-12
PM5 + study visit|2035-09-18|2035-09-19|Pleven|Bulgaria
Final conference|2035-11-20|2035-11-21|Albi|France
Journées de la Céramique industrielle
Kielce foundry fair
''','2033/2035 2033-09-05 2033-09-01 2033-04-01/2035-12-31 2033-09-20/2033-09-21 2034-02-14/2034-02-16 2034-05-09 2034-09-26/2034-09-28 2034-12-05 2035-03-13/2035-03-15 2035-06-12 2035-09-18/2035-09-19 2035-11-20/2035-11-21 2034-06 2034-09 2034-05')
