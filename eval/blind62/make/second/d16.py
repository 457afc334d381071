from w import w
w("viljandi-food-cluster-linkedin-post-et","viljandi-food-cluster-linkedin-post-et.txt",None,
[("Kadri Sepp-Lõhmus","Klastrijuht","Viljandimaa Toiduklaster"),("Margus Kivisild","Juhataja","Karksi Juustuvabrik OÜ"),("Liis-Marii Tamm","asutaja","Mulgi Leivakoda OÜ"),
("Jaanika Org","ostujuht","Rimi Eesti"),("Rein Ahas-Vaher","lektor","Tartu Ülikooli Viljandi Kultuuriakadeemia"),("Anneli Kask","spetsialist","Põllumajandus- ja Toiduameti"),
("Triin Vähi","projektijuht","Viljandimaa Toiduklaster"),("Martin Luik","turundusjuht","Viljandimaa Toiduklaster"),("Pille-Riin Saar","Ekspordinõunik","Ettevõtluse ja Innovatsiooni Sihtasutus"),
("Andres Mägi",None,"Toidutehnoloogia OÜ"),("Kaisa Reinsalu","Turundusjuht","Lõuna-Eesti Toidu- ja Turismiklaster")],
[("Viljandimaa Toiduklaster",None),("Eesti Näituste messikeskus",None),("Karksi Juustuvabrik OÜ",None),("Mulgi Leivakoda OÜ",None),("Tarvastu Marjatalu OÜ",None),
("Viljandi Piimaühistu TÜ",None),("Ämma Õlletehas AS",None),("Pärsti Köögiviljad OÜ",None),("Heimtali Ürdiaed MTÜ",None),("Ettevõtluse ja Innovatsiooni Sihtasutus","EIS"),
("Viljandi Maavalitsus",None),("Rimi Eesti",None),("Tartu Ülikooli Viljandi Kultuuriakadeemia",None),("Põllumajandus- ja Toiduameti",None),
("Lõuna-Eesti Toidu- ja Turismiklaster",None),("Viljandi Kutseõppekeskusega",None),("Sakala Kalatööstus OÜ",None),("Toidutehnoloogia OÜ",None)],
[("Toidumess 2034","2034-04-19","2034-04-21","Tallinn","Estonia"),("Väiketootja tee poeriiulile","2034-04-20","2034-04-20","Tallinn","Estonia"),
("Pakend ja märgistus 2035","2034-06-14","2034-06-14","Viljandi","Estonia"),("Food & Fest Helsinki","2034-10-05","2034-10-07","Helsinki","Finland")],
["2034-04-19/2034-04-21","2034-04-20","2034-06-14","2034-10-05/2034-10-07","2031","2033","2035"])
