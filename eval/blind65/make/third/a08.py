from w import *
C="Clúster Termal Galego"; S="Spain"
W("blind65_08_foro_termal_ourense_gl","blind65_08_foro_termal_ourense_gl.md",
[P("Xosé Manuel Outeiriño Vázquez","presidente",C),P("Begoña Castro Gondar","conselleira de Economía, Industria e Innovación","Xunta de Galicia"),
 P("Roberto Feijoo Álvarez","alcalde de Ourense",None),P("María do Carme Pereiro Lamas","xerente",C),
 P("Hélène Marchand-Duval","directora científica","Cluster Thermal Auvergne-Rhône-Alpes"),P("Nuno Miguel Sá Teixeira",None,"Termas de Chaves"),
 P("Giovanna Dal Ferro",None,"Terme Euganee"),P("Lucía Blanco Taboada",None,"Turismo de Galicia"),P("Xabier Rodríguez-Couso","investigador","Campus da Auga")],
[O(C,"CTG"),O("Centro Cultural Marcos Valcárcel"),O("Xunta de Galicia"),O("Cluster Thermal Auvergne-Rhône-Alpes"),O("Termas de Chaves"),O("Terme Euganee"),
 O("Turismo de Galicia"),O("Campus da Auga"),O("Universidade de Vigo"),O("Instituto Galego de Promoción Económica","IGAPE"),O("CIFP Portovello"),O("Concello de Lugo"),
 O("Deputación Provincial de Lugo"),O("Pazo de Feiras e Congresos"),O("Parque Tecnolóxico de Galicia")],
[E("IV Foro Termal Atlántico","2033-05-18","2033-05-19","Ourense",S),E("recepción oficial","2033-05-18",None,"Ourense",S),
 E("xornada de encontros B2B","2033-05-19",None,"Ourense",S),E("V Foro Termal Atlántico","2034-05-24","2034-05-25","Lugo",S),
 E("Foro Termal Atlántico (2030 edition)","2030",None,"Ourense",S),E("Foro Termal Atlántico (2031 edition)","2031",None,"Chaves","Portugal"),
 E("Foro Termal Atlántico (2032 edition)","2032",None,"Caldas de Reis",S)],
["2033-05-23","2033-05-18/2033-05-19","2033-05-18","2033-05-19","2036","2034-05","2034-05-24/2034-05-25","2033-10","2034-01-31","2034-03","2030","2031","2032","2019"],
["A auga termal como recurso para a calefacción de barrios e edificios públicos, como xa fai Ourense nas Burgas",
 "A necesidade de ensaios clínicos compartidos entre balnearios de varios países para que os tratamentos termais sexan recoñecidos polos sistemas de saúde",
 "A formación de persoal: os balnearios galegos precisarán uns 600 profesionais novos antes de 2036"],pub="2033-05-23")
