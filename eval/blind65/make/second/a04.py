from s import *
W('blind65_04_salento_quebec_mission','blind65_04_salento_quebec_mission.docx','2034-04-18','''
Giuseppe DE MATTEIS|President|Salento Aerospace Cluster
Maria Grazia Lo Russo|mission coordinator|Salento Aerospace Cluster
Antonio Dell'Anna||Department of Engineering for Innovation
Lorenzo Sabbatini|Consul General of Italy in Montréal|
Francesca Scardino|trade analyst|ICE – Italian Trade Agency
Mélanie Côté-Gagnon|Director, International Affairs|Aéro Montréal
Jean-Philippe Tremblay|Advisor, Aerospace|Investissement Québec
''','''
Salento Aerospace Cluster|SAC
ICE – Italian Trade Agency|ICE
Aéro Montréal
Apulia Region
Department of Engineering for Innovation
University of Salento
Hôtel Le Square Phillips
Restaurant Il Campari Centre
Centre Sheraton
Bombardier Aviation
CAE Inc.
Italian Chamber of Commerce in Canada
Investissement Québec
National Optics Institute|INO
Avionica Salentina S.r.l.
Leuca Composites S.r.l.
MRO Adriatica S.p.A.
Tecnomec Galatina S.r.l.
Sky Data Lab S.r.l.
Idrosistemi Puglia S.r.l.
Grottaglie Test Services S.r.l.
Aerocoat Sud S.r.l.
Precisione Meccanica Nardò S.n.c.
Salento Drones S.r.l.
Lamiere Speciali Taranto S.p.A.
Politecnico di Bari
''','''
Trade mission to Québec (Canada)|2034-05-08|2034-05-12|Montréal, Québec City|Canada
Welcome dinner|2034-05-08|2034-05-08|Montréal|Canada
Market briefing|2034-05-09|2034-05-09|Montréal|Canada
B2B meetings|2034-05-09|2034-05-09|Montréal|Canada
Company visit: Bombardier Aviation|2034-05-10|2034-05-10|Dorval|Canada
Site visit: CAE Inc. training centre|2034-05-10|2034-05-10|Saint-Laurent|Canada
Networking reception|2034-05-10|2034-05-10|Montréal|Canada
Meeting at Investissement Québec|2034-05-11|2034-05-11|Québec City|Canada
Visit to the National Optics Institute|2034-05-11|2034-05-11|Québec City|Canada
Paris Air Show|2033-06|2033-06|Paris|France
Mediterranean Aerospace Matchmaking|2034|2034|Grottaglie|Italy
''','2034-05-08/2034-05-12 2034-04-18 2034-04-04 2034-05-08 2034-05-09 2034-05-10 2034-05-11 2034-05-12 2034-04-24 2034-04-20 2034-05-02 2034-06-30 2033-06 2034')
