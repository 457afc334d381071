from w import W
N=None
A="Automotive Cluster Žilina Region"
W("zilina_automotive_cluster_invitation_2035","zilina_automotive_cluster_invitation_2035.docx",N,
[("Peter Hlinka","Chairman of the Board",A),("Erika Jurinová-Šimková","Chairwoman","Žilina Self-Governing Region"),
 ("Matthias Wissmann-Berger","Head of Supplier Policy","European Association of Automotive Suppliers"),
 ("Jana Kubalová","Director of Purchasing","Kia Slovakia s.r.o."),("Martin Bugaj",N,"University of Žilina"),
 ("Lucia Čierna","CEO","Precízne Diely Bytča s.r.o."),("Tomasz Jabłoński",N,"Silesian Automotive & Advanced Manufacturing Cluster"),
 ("Radek Novotný",N,"Automotive Industry Association of the Czech Republic"),("Miroslava Haláková",N,"Slovak Investment and Trade Development Agency"),
 ("Ján Matejčík",N,"Matejčík Autodiely s.r.o."),("Zuzana Pauliková",N,"INA Kysucké Nové Mesto a.s."),("Silvia Ďurčeková","Cluster Manager",A)],
[("Automotive Cluster Žilina Region, z. z. p. o.","ACZR"),("University of Žilina",N),("Žilina Self-Governing Region",N),
 ("Secondary Technical School in Kysucké Nové Mesto",N),("Slovak Automotive Industry Association","ZAP SR"),
 ("European Association of Automotive Suppliers","CLEPA"),("Kia Slovakia s.r.o.",N),("Faculty of Mechanical Engineering",N),
 ("Precízne Diely Bytča s.r.o.",N),("Silesian Automotive & Advanced Manufacturing Cluster",N),
 ("Automotive Industry Association of the Czech Republic","AutoSAP"),("Slovak Investment and Trade Development Agency","SARIO"),
 ("Matejčík Autodiely s.r.o.",N),("INA Kysucké Nové Mesto a.s.",N),("Ministry of Economy of the Slovak Republic",N)],
[("Members' Forum 2035","2035-10-18","2035-10-18","Žilina","Slovakia"),
 ("General Assembly","2035-10-18","2035-10-18","Žilina","Slovakia"),
 ("Members' Forum","2034-10-19","2034-10-19","Martin","Slovakia")],
["2035-10-18","2034","2040","2034-10-19","2035","2035-10-10","2035-10-16","2035-10-03","2031/2035"])
