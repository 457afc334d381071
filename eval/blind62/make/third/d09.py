from w import W
N=None
M="MINISTERUL ECONOMIEI, ANTREPRENORIATULUI ȘI TURISMULUI"
cl=["Clusterul Mecatronic Sibiu","Transilvania IT Cluster","Clusterul Agro-Alimentar Oltenia „AgroOlt”","Clusterul Textil Bucovina","Clusterul Energiei Verzi Dobrogea","Banat Automotive Cluster",
"Clusterul Lemnului Maramureș „Wood Mara”","Clusterul de Turism Balnear Vâlcea","Clusterul Aeronautic Brașov „AeroBV”","Clusterul Naval Galați–Brăila","Clusterul Biotehnologic Iași",
"Clusterul Ceramicii și Sticlei Prahova","Clusterul Construcțiilor Verzi București-Ilfov","Clusterul Industriilor Creative Arad","Clusterul Vinului Dealu Mare","Clusterul Apelor Minerale Harghita",
"Clusterul Logistic Giurgiu–Ruse","Clusterul Mobilei Bistrița","Asociația Cluster Smart Mobility Pitești"]
W("ministerul-economiei-decizie-finantare-clustere-2035","ministerul-economiei-decizie-finantare-clustere-2035.txt","2034-12-19",
[("Mihaela-Ioana GHEORGHIU","Secretarul de Stat",N),("Corina-Elena POPESCU","șef serviciu","Serviciul Clustere și Ecosisteme Industriale"),("Radu-Alexandru CONSTANTINESCU","MINISTRU",M),
 ("Florin STĂNESCU-VOINEA","Director general","Direcția Generală Politică Industrială și Competitivitate"),("Andreea-Maria BOBOC","Director","Direcția Juridică"),("Ștefan-Octavian MIHĂILĂ","consilier",N)],
[(M,),("Direcția Generală Politică Industrială și Competitivitate",),("Direcția Juridică",),("Serviciul Clustere și Ecosisteme Industriale",),("ESCA",)]+[(c,) for c in cl],
[("Sesiunea de informare pentru beneficiari","2035-01-22","2035-01-22","București","Romania")],
["2034-12-19","2034-06-03","2034-07-01","2034-09-30","2034-12-05","2034-12-16","2035-01-01/2035-12-31","2035-03-31","2035-02-28","2035-01-22","2036-01-31","2036-06-30"])
