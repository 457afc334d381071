import sys; sys.path.insert(0,'/dev/shm'); from w import W
N=None
W('bucovina-wood-cluster-raport-adunare-2031','bucovina-wood-cluster-raport-adunare-2031.md','2031-11-20',
[("Mihaela Ursulescu-Popovici","manager de cluster","Clusterul Lemnului din Bucovina"),("Vasile Hrițcu-Moldovan","director general","Mobila Rădăuți S.A."),
("Elena Bujor","prorector",N),("Gheorghe Lucan","vicepreședinte","Consiliului Județean Suceava"),("Ioana Chiriac","director general adjunct","ADR Nord-Est"),
("Florin Țugui","administrator","Casa Verde Câmpulung SRL"),("Anna Kaczmarek-Lis",N,"Klaster Drzewny Podkarpacie"),("Andrei Sârbu",N,"INCDS"),("Oksana Melnyk",N,"Clusterul de Mobilă din Cernăuți")],
[("Clusterul Lemnului din Bucovina",N),("Universitatea „Ștefan cel Mare” din Suceava",N),("Direcția Silvică Suceava",N),("Consiliul Județean Suceava",N),
("Asociației Clusterelor din România","CLUSTERO"),("Mobila Rădăuți S.A.",N),("Agenției pentru Dezvoltare Regională Nord-Est","ADR Nord-Est"),("Casa Verde Câmpulung SRL",N),("Romsilva",N),
("Klaster Drzewny Podkarpacie",N),("Institutul Național de Cercetare-Dezvoltare în Silvicultură „Marin Drăcea”","INCDS"),("Clusterul de Mobilă din Cernăuți",N),("Facultatea de Silvicultură",N)],
[("Adunarea anuală a membrilor","2031-11-13","2031-11-13","Suceava","Romania"),("Lemnul Bucovinei în economia circulară","2031-11-13","2031-11-13","Suceava","Romania"),
("BIFE-SIM","2031","2031","București","Romania"),("Interzum","2032","2032","Köln","Germany"),("Consiliul director meeting","2031-12-11","2031-12-11",N,N),
("Următoarea adunare a membrilor","2032-11","2032-11","Rădăuți","Romania"),("vizită de studiu în Podkarpacie","2032-03-18","2032-03-20",N,"Poland")],
["2031-11-20","2018","2031-11-13","2031","2030","2032","2031-12-11","2032-11","2032-03-18/2032-03-20"],
["Clusterul va crea un centru comun de uscare și tratare a lemnului pentru firmele mici din județ",
"Membrii vor participa împreună la târgul Interzum din Köln în 2032, sub marca „Bucovina Wood”",
"Clusterul va propune Agenției pentru Dezvoltare Regională Nord-Est un program de formare pentru tâmplari și operatori CNC",
"Cotizația anuală rămâne neschimbată pentru microîntreprinderi"])
