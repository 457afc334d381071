from w import w
w("girona-cluster-fusio-cat","girona-cluster-fusio-cat.html","2034-06-08",
[("Jordi Puigdemont i Vilà","president","Clúster Càrnic de Girona"),("Mireia Casadevall Soler","presidenta","Clúster Agroalimentari de l'Empordà"),
("Anna Xargay i Pagès",None,"Institut de Recerca i Tecnologia Agroalimentàries"),("Hans-Jürgen Baumgartner","director de la planta de Sarrià de Ter","Frigoríficos del Ter, S.L."),
("Núria Bonmatí Roura","gerent","Clúster Agroalimentari de l'Empordà"),("Xavier Coll de la Torre","gerent","Clúster Càrnic de Girona"),
("Ramon Bertran i Figueras","director de l'àrea de clústers","ACCIÓ")],
[("Clúster Càrnic de Girona","CCG"),("Clúster Agroalimentari de l'Empordà","CAE"),("FoodGirona – Clúster Agroalimentari de les Comarques Gironines",None),
("Cambra de Comerç de Girona",None),("Parc Científic i Tecnològic de la Universitat de Girona",None),("Generalitat de Catalunya",None),
("Embotits Can Bosch, S.A.",None),("Cooperativa Agrícola de Pals",None),("Institut de Recerca i Tecnologia Agroalimentàries","IRTA"),
("Frigoríficos del Ter, S.L.",None),("ACCIÓ",None),("Diputació de Girona",None),("Universitat de Girona","UdG")],
[("assemblees generals extraordinàries","2034-06-06","2034-06-06","Girona","Spain"),("presentació pública de FoodGirona","2034-09-19","2034-09-19","Girona","Spain"),
("Expoalimentària de Girona",None,None,"Girona","Spain"),("assemblea constituent","2035-03","2035-03",None,None),("sessió informativa en línia","2034-06-15","2034-06-15",None,None)],
["2034-06-08","2035-01-01","2034-06-06","2034-07/2034-12","2012","2016","2030","2035-03","2035","2034-09-19","2034-06-30","2034-06-15","2033/2036","2034"])
