from g import *
G="GUSTAREA"
w("gustarea-board-and-team.html",None,
[P("Montserrat Ferrer i Solé","President",G),P("Jordi Rovira Casals","Vice-President",G),P("Núria Pàmies Vidal","Vice-President for Research",G),
 P("Albert Gil de Biedma","Treasurer",G),P("Laia Costa Marimon","Secretary",G),P("Pere Joan Torrents",None,"Sensòrica Foods S.L."),
 P("Marta Solanas Guiu",None,"Universitat Rovira i Virgili"),P("Xavier Bonet",None,"Packbyte Solutions S.L."),
 P("Carles Fontanet",None,"Agència per la Competitivitat de l'Empresa"),P("Rosa Miró Batlle",None,"Diputació de Tarragona"),
 P("Elena Barberà Puig","Cluster Manager",G),P("Omar Hamdi","Innovation Project Manager",G),P("Maria López Ferré","Internationalisation Officer",G),
 P("Joan Valls","Communication and Events",G),P("Sofie Berg","Data Analyst",G),P("Anna Ribas Ortega","Administration",G),
 P("Francesc Puig Aymerich",None,G),P("Teresa Llorens",None,G)],
[O("Clúster de Tecnologia Alimentària del Camp de Tarragona",G),O("Olis Baix Camp S.A."),O("Fruits Secs Prades S.L."),O("Eurecat"),
 O("Vermuts de Reus S.L."),O("Cooperativa Agrícola de Valls SCCL"),O("Sensòrica Foods S.L."),O("Universitat Rovira i Virgili","URV"),
 O("Department of Biochemistry and Biotechnology"),O("Packbyte Solutions S.L."),O("Agència per la Competitivitat de l'Empresa","ACCIÓ"),
 O("Diputació de Tarragona"),O("IRTA"),O("Enterprise Europe Network"),O("Generalitat de Catalunya")],
[E("Anuga","2033-10-07","2033-10-11","Cologne","Germany"),
 E("GUSTAREA Forum","2035-03-12","2035-03-12","Reus","Spain")],
["2032-05-27","2036","2029","2034-10-14/2034-10-15","2033-10-07/2033-10-11","2035-03-12","2034-09-30","2024/2032","2028/2032","2034-06-03"])
