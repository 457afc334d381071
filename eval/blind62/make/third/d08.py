from w import W
N=None
V="Viljandimaa Toiduklaster"
W("viljandi-food-cluster-linkedin-post-et","viljandi-food-cluster-linkedin-post-et.txt",N,
[("Kadri Sepp-Lõhmus","Klastrijuht",V),("Margus Kivisild","Juhataja","Karksi Juustuvabrik OÜ"),("Liis-Marii Tamm","asutaja","Mulgi Leivakoda OÜ"),("Jaanika Org","ostujuht","Rimi Eesti"),
 ("Rein Ahas-Vaher","lektor","Tartu Ülikooli Viljandi Kultuuriakadeemia"),("Anneli Kask","spetsialist","Põllumajandus- ja Toiduameti"),("Triin Vähi","projektijuht",V),("Martin Luik","turundusjuht",V),
 ("Pille-Riin Saar","Ekspordinõunik","Ettevõtluse ja Innovatsiooni Sihtasutus"),("Andres Mägi",N,"Toidutehnoloogia OÜ"),("Kaisa Reinsalu","Turundusjuht","Lõuna-Eesti Toidu- ja Turismiklaster")],
[(V,),("Eesti Näituste messikeskus",),("Karksi Juustuvabrik OÜ",),("Mulgi Leivakoda OÜ",),("Tarvastu Marjatalu OÜ",),("Viljandi Piimaühistu TÜ",),("Ämma Õlletehas AS",),("Pärsti Köögiviljad OÜ",),("Heimtali Ürdiaed MTÜ",),
 ("Ettevõtluse ja Innovatsiooni Sihtasutus","EIS"),("Viljandi Maavalitsus",),("Rimi Eesti",),("Tartu Ülikooli Viljandi Kultuuriakadeemia",),("Põllumajandus- ja Toiduameti",),("Lõuna-Eesti Toidu- ja Turismiklaster",),
 ("Viljandi Kutseõppekeskusega",),("Sakala Kalatööstus OÜ",),("Toidutehnoloogia OÜ",)],
[("Toidumess 2034","2034-04-19","2034-04-21","Tallinn","Estonia"),("Väiketootja tee poeriiulile","2034-04-20","2034-04-20","Tallinn","Estonia"),("Pakend ja märgistus 2035","2034-06-14","2034-06-14","Viljandi","Estonia"),
 ("Food & Fest Helsinki","2034-10-05","2034-10-07","Helsinki","Finland")],
["2034-04-19/2034-04-21","2034-04-20","2034-06-14","2034-10-05/2034-10-07","2034-05-31","2031","2033","2035"])
