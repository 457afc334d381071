from s import *
W('blind65_08_foro_termal_ourense_gl','blind65_08_foro_termal_ourense_gl.md','2033-05-23','''
Xosé Manuel Outeiriño Vázquez|presidente|Clúster Termal Galego
Begoña Castro Gondar|conselleira de Economía, Industria e Innovación|Xunta de Galicia
Roberto Feijoo Álvarez|alcalde de Ourense|
María do Carme Pereiro Lamas|xerente|CTG
Hélène Marchand-Duval|directora científica|Cluster Thermal Auvergne-Rhône-Alpes
Nuno Miguel Sá Teixeira||Termas de Chaves
Giovanna Dal Ferro||Terme Euganee
Lucía Blanco Taboada||Turismo de Galicia
Xabier Rodríguez-Couso|investigador|Universidade de Vigo
''','''
Clúster Termal Galego|CTG
Centro Cultural Marcos Valcárcel
Xunta de Galicia
Concello
Cluster Thermal Auvergne-Rhône-Alpes
Termas de Chaves
Terme Euganee
Turismo de Galicia
Campus da Auga
Universidade de Vigo
Instituto Galego de Promoción Económica|IGAPE
CIFP Portovello
Concello de Lugo
Deputación Provincial de Lugo
Pazo de Feiras e Congresos
Parque Tecnolóxico de Galicia
Eurorrexión Galicia-Norte de Portugal
''','''
IV Foro Termal Atlántico|2033-05-18|2033-05-19|Ourense|Spain
recepción oficial|2033-05-18|2033-05-18|Ourense|Spain
encontros B2B|2033-05-19|2033-05-19|Ourense|Spain
V Foro Termal Atlántico|2034-05-24|2034-05-25|Lugo|Spain
Foro Termal Atlántico (2030 edition)|2030|2030|Ourense|Spain
Foro Termal Atlántico (2031 edition)|2031|2031|Chaves|Portugal
Foro Termal Atlántico (2032 edition)|2032|2032|Caldas de Reis|Spain
''','2033-05-23 2033-05-18/2033-05-19 2036 2034-05 2034-05-24/2034-05-25 2033-10 2034-01-31 2034-03 2030 2031 2032 2019',[
"A auga termal como recurso para a calefacción de barrios e edificios públicos, como xa fai Ourense nas Burgas",
"A necesidade de ensaios clínicos compartidos entre balnearios de varios países para que os tratamentos termais sexan recoñecidos polos sistemas de saúde",
"A formación de persoal: os balnearios galegos precisarán uns 600 profesionais novos antes de 2036"])
