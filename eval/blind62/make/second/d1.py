from w import w
w("adr-centru-sibiu-mechatronics-cluster-20-years","adr-centru-sibiu-mechatronics-cluster-20-years.md","2034-03-09",
[("Ioan-Radu Mureșan","President","Lucian Blaga University of Sibiu"),("Hans-Peter Zieglmeier","President","Zieglmeier Antriebstechnik S.R.L."),
("Andreea Sârbu-Klein","President","Continental Automotive Systems Sibiu"),("Vlad Țiriac","President","Cobotix S.R.L."),
("Ileana Popa-Dragomir","cluster manager","Sibiu Mechatronics Cluster"),("Sorina Bălănescu","Cluster Manager","Sibiu Mechatronics Cluster"),
("Simion Cretu","Director General","Centre Regional Development Agency"),("Gheorghe Vlădescu",None,"Compa S.A."),
("Elke Brandstätter-Rusu","head","Transilvania Motion Systems S.R.L.")],
[("Centre Regional Development Agency","ADR Centru"),("Sibiu Mechatronics Cluster","SMC"),("Lucian Blaga University of Sibiu","ULBS"),
("Compa S.A.",None),("Sibiu Chamber of Commerce and Industry",None),("Transilvania Motion Systems S.R.L.",None),("Electroplast Cisnădie S.R.L.",None),
("ULBS Faculty of Engineering",None),("Zieglmeier Antriebstechnik S.R.L.",None),("European Secretariat for Cluster Analysis","ESCA"),
("Romanian Cluster Association","CLUSTERO"),("Continental Automotive Systems Sibiu",None),("Cobotix S.R.L.",None)],
[("anniversary gala","2034-03-23","2034-03-23","Sibiu","Romania"),("preparatory meeting","2034-03-02","2034-03-02",None,None),
("open day at the shared test bench","2034-03-24","2034-03-24",None,None)],
["2034-03-09","2034-03-23","2014/2017","2014-05-14","2013","2017/2023","2019","2022","2023/2030","2027","2028","2030","2030-06","2033","2029","2034-03-02","2014","2015","2035/2040","2034-03-24","2034-04","2034-03-17","2034"])
