from w import *
L="Lõuna-Eesti Puiduklaster"; EE="Estonia"
W("blind65_11_viljandi_puidufoorum_teaser_et","blind65_11_viljandi_puidufoorum_teaser_et.html",
[P("Margus Õunapuu","juhatuse liige","SA Viljandimaa Arenduskeskus"),P("Jukka-Pekka Laaksonen","professor","LAB University of Applied Sciences"),P("Kadri Tamm-Sepp","juht",L),
 P("Anneli Vähi-Kuusk","sisearhitektuuri osakonna juhataja","Eesti Kunstiakadeemia"),P("Ilze Bērziņa","Läti puiduklastri esindaja","Latvian Wood Cluster"),
 P("Priit Kask","tegevjuht","Eesti Metsa- ja Puidutööstuse Liit"),P("Helen Rebane-Orav","ekspordinõunik","Ettevõtluse ja Innovatsiooni Sihtasutus"),
 P("Kristjan Saar","ajakirjanik",None),P("Toomas Rätsep","professor","Eesti Kunstiakadeemia"),P("Mart Lill","projektijuht",L)],
[O(L),O("SA Viljandimaa Arenduskeskus"),O("Eesti Kunstiakadeemia"),O("Viljandi Linnavalitsus"),O("Sakala Keskuses"),O("LAB University of Applied Sciences"),O("Ugala teatris"),
 O("Latvian Wood Cluster"),O("Eesti Metsa- ja Puidutööstuse Liit"),O("Ettevõtluse ja Innovatsiooni Sihtasutus","EIS"),O("Puitvorm OÜ")],
[E("Viljandi Puidufoorum 2034","2034-04-20","2034-04-21","Viljandi",EE),E("Aasta Puidutoode 2034","2034-04-20",None,"Viljandi",EE),
 E("ettevõtete külastused","2034-04-21"),E("B2B-kohtumised","2034-04-21",None,"Viljandi",EE),E("veebiseminari","2034-04-06"),
 E("Viljandi Puidufoorum (2033 edition)","2033-04")],
["2034-02-12","2034-04-20/2034-04-21","2034-04-20","2034-04-21","2033","2034-03-15","2034-04-10","2034-03-01","2034-04-06","2033-04","2034-01-28","2034-01-15","2033-12-04"],pub="2034-02-12")
