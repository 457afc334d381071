from w import w
L='Luxembourg'; E_='Esch-sur-Alzette'
w('13', pub="2036-12-02", P=[("Claudine Weber-Schmit","Chief Technology Officer","Ceratizit S.A."),("Marc Hoffmann","Managing Director","Hoffmann Précision S.à r.l."),
("Stéphane Beaufort",None,"University of Luxembourg"),("Ana-Maria Popescu","Head of Materials Research and Technology","Luxembourg Institute of Science and Technology"),
("Jean-Paul Thill","Director","FEDIL – The Voice of Luxembourg's Industry"),("Nadine Kremer","Plant Manager","Goodyear Innovation Center Luxembourg"),
("Tobias zu Eltz","Head of R&D Europe","IEE S.A."),("Paulo Ferreira da Silva","Managing Partner","Métallerie Ferreira S.à r.l."),("Christiane Wagner","Government Adviser","Ministry of the Economy"),
("Patrick Schammo","Cluster Manager","Luxinnovation"),("Ulrike Lechner-Haas",None,"Fraunhofer Institute for Laser Technology ILT")],
O=[("Luxembourg Materials & Manufacturing Cluster",None),("Ministry of the Economy",None),("Luxinnovation GIE",None),("Ceratizit S.A.",None),("Hoffmann Précision S.à r.l.",None),
("University of Luxembourg",None),("Luxembourg Institute of Science and Technology","LIST"),("FEDIL – The Voice of Luxembourg's Industry","FEDIL"),("Goodyear Innovation Center Luxembourg",None),
("IEE S.A.",None),("Métallerie Ferreira S.à r.l.",None),("Chamber of Commerce",None),("ESCA",None),("Fraunhofer Institute for Laser Technology ILT","ILT"),
("Basque Advanced Manufacturing Cluster AFM","AFM"),("Pôle Matériaux Grand Est",None)],
E=[("Meeting 1","2037-01-27",None,E_,L),("Hannover Messe 2037","2037-04-19","2037-04-23","Hannover","Germany"),("Greater Region cluster meeting","2036-12",None,"Saarbrücken","Germany"),
("Meeting 2","2037-03-17",None,E_,L),("Meeting 3","2037-04-21",None,"Foetz",L),("Site visit of the host company's new additive manufacturing line","2037-04-21",None,"Foetz",L),
("Meeting 4","2037-06-16",None,"Luxembourg-Kirchberg",L),("Meeting 5","2037-09-22",None,E_,L),("Meeting 6","2037-10-27",None,E_,L),("European Cluster Conference 2038","2038",None,None,None),
("Meeting 7","2037-12-08",None,"Belval",L),("end-of-year dinner","2037-12-08",None,"Belval",L),("Cluster Annual Event","2037-04-29",None,"Esch-Belval",L),
("Study visit to the Basque Country","2037-10-13","2037-10-15","Bilbao, San Sebastián","Spain"),("Greater Region Cluster Day","2037-11-25",None,"Metz","France")],
D=["2037","2036-12-02","2037-04","2037-10","2035/2038","2037-01-27","2037-04-19/2037-04-23","2036-12","2037-03-17","2037-04-01","2037-04-21","2037-06-16","2037/2042","2037-09-22","2037-07-06","2037-10-27","2037-12-08","2037-04-29","2037-10-13/2037-10-15","2037-11-25"])
