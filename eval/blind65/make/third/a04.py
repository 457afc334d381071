from w import *
S="Salento Aerospace Cluster"; C="Canada"
W("blind65_04_salento_quebec_mission","blind65_04_salento_quebec_mission.docx",
[P("Giuseppe DE MATTEIS","President",S),P("Maria Grazia Lo Russo","mission coordinator",S),P("Antonio Dell'Anna",None,"Department of Engineering for Innovation"),
 P("Lorenzo Sabbatini","Consul General of Italy in Montréal",None),P("Francesca Scardino","trade analyst","ICE – Italian Trade Agency"),
 P("Mélanie Côté-Gagnon","Director, International Affairs","Aéro Montréal"),P("Jean-Philippe Tremblay","Advisor, Aerospace","Investissement Québec")],
[O(S,"SAC"),O("ICE – Italian Trade Agency","ICE"),O("Aéro Montréal"),O("Apulia Region"),O("University of Salento"),O("Department of Engineering for Innovation"),
 O("Hôtel Le Square Phillips"),O("Restaurant Il Campari Centre"),O("Centre Sheraton"),O("Bombardier Aviation"),O("CAE Inc."),O("Italian Chamber of Commerce in Canada"),
 O("Investissement Québec"),O("National Optics Institute","INO"),O("Avionica Salentina S.r.l."),O("Leuca Composites S.r.l."),O("MRO Adriatica S.p.A."),O("Tecnomec Galatina S.r.l."),
 O("Sky Data Lab S.r.l."),O("Idrosistemi Puglia S.r.l."),O("Grottaglie Test Services S.r.l."),O("Aerocoat Sud S.r.l."),O("Precisione Meccanica Nardò S.n.c."),
 O("Salento Drones S.r.l."),O("Lamiere Speciali Taranto S.p.A."),O("Politecnico di Bari")],
[E("Trade mission to Québec","2034-05-08","2034-05-12",None,C),E("Welcome dinner","2034-05-08",None,"Montréal",C),E("Market briefing","2034-05-09",None,"Montréal",C),
 E("B2B meetings","2034-05-09",None,"Montréal",C),E("Company visit: Bombardier Aviation","2034-05-10",None,"Dorval",C),E("Site visit: CAE Inc.","2034-05-10",None,"Saint-Laurent",C),
 E("Networking reception","2034-05-10",None,"Montréal",C),E("Meeting at Investissement Québec","2034-05-11",None,"Québec City",C),
 E("Visit to the National Optics Institute","2034-05-11",None,"Québec City",C),E("Paris Air Show","2033-06",None,"Paris","France"),
 E("Mediterranean Aerospace Matchmaking","2034",None,"Grottaglie","Italy")],
["2034-05-08/2034-05-12","2034-04-18","2034-04-04","2034-05-08","2034-05-09","2034-05-10","2034-05-11","2034-05-12","2034-04-24","2034-04-20","2034-05-02","2034-06-30","2033-06","2034"],pub="2034-04-18")
