from w import W
N=None
W("asturias-hainaut-liguria-port-cluster-talks-2035","asturias-hainaut-liguria-port-cluster-talks-2035.pdf",N,
[("Valentina Parodi-Schiaffino","Head of Energy Planning","Western Ligurian Sea Port System Authority"),("Rolf ter Horst",N,"Port of Rotterdam Authority"),
 ("Tomasz Wiśniewski-Brandt","Director of Intermodal Services","Contship Italia S.p.A."),("Giorgio Bertolotti",N,"Eastern Ligurian Sea Port System Authority"),
 ("Loredana Magistri",N,"University of Genoa"),("Íñigo Fernández de Arroyabe",N,"Asturias Energy Cluster"),("Marco De Santis","CTO","Spinelli Terminal Digital S.r.l."),
 ("Anne-Sophie Vandenbroucke",N,"Logistics in Wallonia"),("Stefano Ghio",N,"Accademia Italiana della Marina Mercantile"),("Cristina Álvarez-Miranda",N,"Avilés Port Authority"),
 ("Federico Lanza","President","Liguria Port & Logistics Cluster"),("Elisa Ferrando","Events Coordinator","Liguria Port & Logistics Cluster")],
[("Liguria Port & Logistics Cluster","LPLC"),("Western Ligurian Sea Port System Authority",),("Eastern Ligurian Sea Port System Authority",),("University of Genoa",),
 ("Liguria Region",),("Genoa Chamber of Commerce",),("Port of Rotterdam Authority",),("Contship Italia S.p.A.",),("Asturias Energy Cluster",),("Spinelli Terminal Digital S.r.l.",),
 ("Logistics in Wallonia",),("Accademia Italiana della Marina Mercantile",),("Avilés Port Authority",),("Cluster Trasporti Italia",)],
[("Port Talks 2035","2035-01","2035-06",N,N),("Shore power for cruise ships: two years of results","2035-01-24","2035-01-24","Genoa","Italy"),
 ("Rail freight from La Spezia to Central Europe","2035-02-21","2035-02-21","La Spezia","Italy"),("Hydrogen and ammonia bunkering: what ports must prepare","2035-03-21","2035-03-21","Savona","Italy"),
 ("Digital twins of port terminals","2035-04-18","2035-04-18","Genoa","Italy"),("Skills for the green port: new jobs and training paths","2035-05-16","2035-05-16","La Spezia","Italy"),
 ("Closing talk: Ligurian ports in 2040","2035-06-13","2035-06-13","Genoa","Italy")],
["2035-01/2035-06","2033","2034","2035-01-24","2035-02-21","2035-03-21","2035-04-18","2035-05-16","2035-06-13"])
