from w import W
N=None
W("girona-cluster-fusio-cat","girona-cluster-fusio-cat.html","2034-06-08",
[("Jordi Puigdemont i Vilà","president","CCG"),("Mireia Casadevall Soler","presidenta","CAE"),("Anna Xargay i Pagès",N,"Institut de Recerca i Tecnologia Agroalimentàries"),
 ("Hans-Jürgen Baumgartner","director de la planta de Sarrià de Ter","Frigoríficos del Ter, S.L."),("Núria Bonmatí Roura","gerent","CAE"),("Xavier Coll de la Torre","gerent","CCG"),
 ("Ramon Bertran i Figueras","director de l'àrea de clústers","ACCIÓ")],
[("Clúster Càrnic de Girona","CCG"),("Clúster Agroalimentari de l'Empordà","CAE"),("FoodGirona – Clúster Agroalimentari de les Comarques Gironines",),("Cambra de Comerç de Girona",),
 ("Parc Científic i Tecnològic de la Universitat de Girona",),("Generalitat de Catalunya",),("Embotits Can Bosch, S.A.",),("Cooperativa Agrícola de Pals",),
 ("Institut de Recerca i Tecnologia Agroalimentàries","IRTA"),("Frigoríficos del Ter, S.L.",),("ACCIÓ",),("Diputació de Girona",),("Universitat de Girona","UdG"),("Registre d'Associacions de la Generalitat de Catalunya",)],
[("assemblees generals extraordinàries","2034-06-06","2034-06-06","Girona","Spain"),("presentació pública de FoodGirona","2034-09-19","2034-09-19","Girona","Spain"),
 ("Expoalimentària de Girona",N,N,"Girona","Spain"),("sessió informativa en línia","2034-06-15","2034-06-15",N,N),("assemblea constituent","2035-03","2035-03",N,N)],
["2034-06-08","2035-01-01","2034-06-06","2034","2012","2016","2030","2035-03","2035","2034-07/2034-12","2034-09-19","2034-06-30","2034-06-15","2033/2036"])
