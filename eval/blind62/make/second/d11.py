from w import w
w("ministerul-economiei-decizie-finantare-clustere-2035","ministerul-economiei-decizie-finantare-clustere-2035.txt","2034-12-19",
[("Mihaela-Ioana Gheorghiu","Secretarul de Stat",None),("Corina-Elena Popescu","șef serviciu","Serviciul Clustere și Ecosisteme Industriale"),
("Radu-Alexandru Constantinescu","Ministru","Ministerul Economiei, Antreprenoriatului și Turismului"),("Florin Stănescu-Voinea","Director general","Direcția Generală Politică Industrială și Competitivitate"),
("Andreea-Maria Boboc","Director","Direcția Juridică"),("Ștefan-Octavian Mihăilă","consilier",None)],
[("Ministerul Economiei, Antreprenoriatului și Turismului",None),("Direcția Generală Politică Industrială și Competitivitate",None),("Direcția Juridică",None),
("Serviciul Clustere și Ecosisteme Industriale",None),("Clusterul Mecatronic Sibiu",None),("Transilvania IT Cluster",None),("Clusterul Agro-Alimentar Oltenia „AgroOlt”",None),
("Clusterul Textil Bucovina",None),("Clusterul Energiei Verzi Dobrogea",None),("Banat Automotive Cluster",None),("Clusterul Lemnului Maramureș „Wood Mara”",None),
("Clusterul de Turism Balnear Vâlcea",None),("Clusterul Aeronautic Brașov „AeroBV”",None),("Clusterul Naval Galați–Brăila",None),("Clusterul Biotehnologic Iași",None),
("Clusterul Ceramicii și Sticlei Prahova",None),("Clusterul Construcțiilor Verzi București-Ilfov",None),("Clusterul Industriilor Creative Arad",None),
("Clusterul Vinului Dealu Mare",None),("Clusterul Apelor Minerale Harghita",None),("Clusterul Logistic Giurgiu–Ruse",None),("Clusterul Mobilei Bistrița",None),
("Asociația Cluster Smart Mobility Pitești",None),("ESCA",None)],
[("Sesiunea de informare pentru beneficiari","2035-01-22","2035-01-22","București","Romania")],
["2034-12-19","2034-06-03","2034-07-01","2034-09-30","2034-12-05","2034-12-16","2035-01-01/2035-12-31","2035-03-31","2035-02-28","2035-01-22","2036-01-31","2036-06-30"])
