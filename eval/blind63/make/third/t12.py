import sys; sys.path.insert(0,'eval/blind63/make/third'); from w import W
C="Clúster Termal de Galicia"; o=("Ourense","Spain"); F="Foro Termalismo e Innovación"; a="2035-06-12"; b="2035-06-13"
W("ourense-foro-termalismo-innovacion-2035","ourense-foro-termalismo-innovacion-2035.txt",
[("Rosa María Outeiriño Pazos","presidenta",C),("Luis Manuel Baltar-Mosquera","presidente","Deputación Provincial de Ourense"),("Ana Belén Fernández-Taboada","alcaldesa de Ourense",None),
 ("María Xosé Lorenzo Barreiro","directora xeral de Turismo de Galicia","Xunta de Galicia"),("Jean-Baptiste Charrier-Lacoste",None,"Université Clermont Auvergne"),
 ("Zsófia Kovács-Nagy",None,"Hungarian Spa Association"),("Iria Feijoo Vázquez","investigadora","Universidade de Santiago de Compostela"),("Carlos Vázquez Outomuro",None,"Servizo Galego de Saúde"),
 ("Mónica Giráldez Rañal",None,"Balneario de Cortegada"),("Pedro Nunes Carvalho",None,"Termas de Chaves"),("Xoán Carlos Rei-Martínez",None,None),
 ("Giulia Montanari",None,"Distretto Termale dell'Emilia-Romagna"),("Ulrich von Hohenberg",None,"Heilbäderverband Baden-Württemberg"),("Andrea Kollár",None,"Pannon Termal Klaszter"),
 ("José Carlos Portela Araújo",None,"Associação das Termas de Portugal"),("Breogán Canedo Lamas","xerente",C),("Noa Domínguez Carballo","secretaría técnica do foro",None)],
[(C,"CTG"),("Deputación Provincial de Ourense",None),("Concello de Ourense",None),("Universidade de Vigo",None),("Augas Santas de Pantón",None),("Xunta de Galicia",None),
 ("Université Clermont Auvergne",None),("Hungarian Spa Association",None),("Universidade de Santiago de Compostela","USC"),("Servizo Galego de Saúde","SERGAS"),("Balneario de Cortegada",None),
 ("Termas de Chaves",None),("Galicia Dixital",None),("Axencia para a Modernización Tecnolóxica de Galicia","AMTEGA"),("Lóstrego Cosmética S.L.",None),("Enterprise Europe Network Galicia",None),
 ("Instituto de Estudos Territoriais",None),("Distretto Termale dell'Emilia-Romagna",None),("Heilbäderverband Baden-Württemberg",None),("Pannon Termal Klaszter",None),
 ("Associação das Termas de Portugal",None),("Eurocidade Chaves-Verín",None),("Axencia Galega de Innovación","GAIN"),("Abanca",None),("Fundación Paideia",None),
 ("Cámara de Comercio de Ourense",None),("Confederación Empresarial de Ourense","CEO")],
[(F+" 2035",a,b,*o),("Conferencia inaugural",a,a,*o),("Mesa redonda: \"Auga e saúde: que di a evidencia científica?\"",a,a,*o),("Obradoiros paralelos",a,a,*o),
 ("Visita guiada á ruta termal do Miño",a,a,*o),("Cea do foro e entrega do Premio Galicia Termal 2035",a,a,*o),("Mesa de clústeres europeos: \"Rede de rexións termais\"",b,b,*o),
 ("Encontros B2B",b,b,*o),(F+" (2029 edition)","2029","2029",*o),(F+" (2031 edition)","2031","2031","Mondariz","Spain"),(F+" (2033 edition)","2033","2033",*o),(F+" (2037 edition)","2037","2037","Chaves","Portugal")],
["2035-06-12/2035-06-13","2035-04-03","2035-06-12","2035-06-13","2025/2034","2035-05-30","2035-06-11","2029","2031","2033","2037","2032"], pub="2035-04-03")
