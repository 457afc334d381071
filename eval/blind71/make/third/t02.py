from w import w
I='Italy'; C="Cluster Arredo e Sistema Casa FVG"
w('02', pub="2034-02-20", P=[("Chiara Zanutta","Assessore alle attività produttive","Regione Autonoma Friuli Venezia Giulia"),
("Roberto Zuliani","Rettore","Università degli Studi di Udine"),("Massimo Del Fabbro","Presidente",C),
("Elena De Marchi","docente di design per la sostenibilità","Politecnico di Milano"),("Giulia Candotti","giornalista","Messaggero Veneto"),
("Marco Tonon",None,"Moroso S.p.A."),("Anna Kowalczyk",None,"European Furniture Industries Confederation"),("Luca Bearzi",None,"Friulsider S.r.l."),
("Federica Di Lenardo",None,"Università IUAV di Venezia"),("Peter Gruber",None,"Holzcluster Steiermark"),("Stefano Rizzi",None,"CATAS S.p.A."),
("Ivana Horvat",None,"Drvni klaster Slavonija"),("Paolo Venier","Direttore","Banca di Cividale"),("Katrin Obermüller","Policy Officer","DG GROW"),
("Sara Cecotti","Responsabile progetti",C),("Martina Fabris",None,C)],
O=[(C,None),("Università degli Studi di Udine",None),("Confindustria Udine",None),("Agenzia Lavoro & SviluppoImpresa",None),("Regione Autonoma Friuli Venezia Giulia",None),
("Politecnico di Milano",None),("Messaggero Veneto",None),("Moroso S.p.A.",None),("European Furniture Industries Confederation","EFIC"),("Friulsider S.r.l.",None),
("Università IUAV di Venezia",None),("Holzcluster Steiermark",None),("CATAS S.p.A.",None),("Drvni klaster Slavonija",None),("Banca di Cividale",None),("Commissione europea",None),("DG GROW",None)],
E=[("Forum Arredo Circolare 2034","2034-03-22","2034-03-23","Udine",I),("prima edizione","2031-04-17","2031-04-18","Pordenone",I),
("Visite aziendali nel distretto della sedia di Manzano","2034-03-22",None,"Manzano",I),("Cena del Forum","2034-03-22",None,None,None),
("Incontri B2B tra imprese e fornitori di tecnologie","2034-03-23",None,"Udine",I)],
D=["2034-03-22/2034-03-23","2031-04-17/2031-04-18","2040","2034-03-10","2034-03-15","2034-02-20"])
