from w import W
C='Clúster Agroalimentari de les Comarques Gironines'
W('premis-innovacio-agroalimentaria-girona-2034-ca',
[("Mariona Puigcercós","periodista",None),("Montserrat Coll i Batlle","consellera d'Agricultura, Ramaderia, Pesca i Alimentació","Generalitat de Catalunya"),
("Pere-Joan Sureda Massanas","alcalde de Girona",None),("Enric Vilaseca i Roura","president",C),("Laia Comas Ferrer","gerent",C),
("Teresa Albó i Serra","presidenta del jurat","Universitat de Girona"),("Joan Carles Riera-Pujol","director","Institut de Recerca i Tecnologia Agroalimentàries"),
("Hélène Dubois-Marty","directora","Vitagora"),("Arnau Vendrell","cap del Servei d'Innovació Empresarial","ACCIÓ – Agència per la Competitivitat de l'Empresa"),
("Sílvia de la Rosa Martí","periodista gastronòmica","Ràdio Girona"),("Lorenzo Bianchi","responsable de clústers","Parc Agroalimentare di Parma"),
("Rosa Garriga i Planas","fundadora","Formatgeria Can Garriga, SL"),("Oriol Fontanella","director tècnic","Conserves Costa Brava, SA"),
("Narcís Bosch i Ribas","president","Cooperativa Agrícola de l'Empordà, SCCL"),("Aina Roig-Santaló",None,"Insectum Nutrició, SL"),("Marc Oliveras",None,"Insectum Nutrició, SL"),
("Josep Maria Prats i Coromina","fundador","Embotits Prats")],
[(C,"CACG"),("Generalitat de Catalunya",None),("Caixa Rural de l'Empordà",None),("Diputació de Girona",None),("Universitat de Girona","UdG"),
("Institut de Recerca i Tecnologia Agroalimentàries","IRTA"),("Vitagora",None),("Servei d'Innovació Empresarial",None),("ACCIÓ – Agència per la Competitivitat de l'Empresa",None),
("Ràdio Girona",None),("Parc Agroalimentare di Parma",None),("Parc Científic i Tecnològic de la UdG",None),("Formatgeria Can Garriga, SL",None),("Conserves Costa Brava, SA",None),
("Cooperativa Agrícola de l'Empordà, SCCL",None),("Insectum Nutrició, SL",None),("Embotits Prats",None),("Escola Agrària de Fortianell",None)],
[("Premis a la Innovació Agroalimentària","2034-11-23","2034-11-23","Girona","Spain"),("reunió del jurat","2034-10-30","2034-10-30","Girona","Spain"),
("Alimentaria","2035-04-12","2035-04-15","Barcelona","Spain"),("Jornada d'Innovació del CACG","2035-02-19","2035-02-19","Girona","Spain")],
["2034-11-24","2034-11-23","2025","2034-10-30","2032","2016","2035-04-12/2035-04-15","2035-02-19","2035-05"], pub="2034-11-24")
