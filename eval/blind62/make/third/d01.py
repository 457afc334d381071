from w import W
N=None
W("adr-centru-sibiu-mechatronics-cluster-20-years","adr-centru-sibiu-mechatronics-cluster-20-years.md","2034-03-09",
[("Ioan-Radu Mureșan","president","Sibiu Mechatronics Cluster"),("Ileana Popa-Dragomir","cluster manager","Sibiu Mechatronics Cluster"),
 ("Hans-Peter Zieglmeier","president","Sibiu Mechatronics Cluster"),("Andreea Sârbu-Klein","president","Sibiu Mechatronics Cluster"),
 ("Vlad Țiriac","president","Sibiu Mechatronics Cluster"),("Sorina Bălănescu","Cluster Manager","Sibiu Mechatronics Cluster"),
 ("Simion Cretu","Director General","ADR Centru"),("Gheorghe Vlădescu",N,"Compa S.A."),("Elke Brandstätter-Rusu","head","Transilvania Motion Systems S.R.L.")],
[("Centre Regional Development Agency","ADR Centru"),("Sibiu Mechatronics Cluster","SMC"),("Lucian Blaga University of Sibiu","ULBS"),("Compa S.A.",),
 ("Sibiu Chamber of Commerce and Industry",),("Transilvania Motion Systems S.R.L.",),("Electroplast Cisnădie S.R.L.",),("ULBS Faculty of Engineering",),
 ("Zieglmeier Antriebstechnik S.R.L.",),("European Secretariat for Cluster Analysis","ESCA"),("Romanian Cluster Association","CLUSTERO"),
 ("Continental Automotive Systems Sibiu",),("Cobotix S.R.L.",),("Communication Office",)],
[("anniversary gala","2034-03-23","2034-03-23","Sibiu","Romania"),("open day","2034-03-24","2034-03-24",N,N),("preparatory meeting","2034-03-02","2034-03-02",N,N)],
["2034-03-09","2034-03-23","2014/2017","2014-05-14","2013","2017/2023","2019","2022","2023/2030","2027","2028","2030-06","2033","2029","2034-03-02","2014","2015","2035/2040","2034-03-24","2034-04","2034-03-17","2034","2030"])
