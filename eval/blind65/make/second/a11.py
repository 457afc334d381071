from s import *
W('blind65_11_viljandi_puidufoorum_teaser_et','blind65_11_viljandi_puidufoorum_teaser_et.html','2034-02-12','''
Margus Õunapuu|juhatuse liige|SA Viljandimaa Arenduskeskus
Jukka-Pekka Laaksonen|professor|LAB University of Applied Sciences
Kadri Tamm-Sepp|juht|Lõuna-Eesti Puiduklaster
Anneli Vähi-Kuusk|sisearhitektuuri osakonna juhataja|Eesti Kunstiakadeemia
Ilze Bērziņa|Läti puiduklastri esindaja|Latvian Wood Cluster
Priit Kask|tegevjuht|Eesti Metsa- ja Puidutööstuse Liit
Helen Rebane-Orav|ekspordinõunik|Ettevõtluse ja Innovatsiooni Sihtasutus
Kristjan Saar|ajakirjanik|
Toomas Rätsep|professor|Eesti Kunstiakadeemia
Mart Lill|projektijuht|
''','''
Lõuna-Eesti Puiduklaster
SA Viljandimaa Arenduskeskus
Eesti Kunstiakadeemia
Viljandi Linnavalitsus
Sakala Keskus
LAB University of Applied Sciences
Ugala teater
Latvian Wood Cluster
Eesti Metsa- ja Puidutööstuse Liit
Ettevõtluse ja Innovatsiooni Sihtasutus|EIS
Puitvorm OÜ
''','''
Viljandi Puidufoorum 2034|2034-04-20|2034-04-21|Viljandi|Estonia
foorumi õhtusöök|2034-04-20|2034-04-20|Viljandi|Estonia
Aasta Puidutoode 2034|2034-04-20|2034-04-20|Viljandi|Estonia
ettevõtete külastused|2034-04-21|2034-04-21
B2B-kohtumised|2034-04-21|2034-04-21|Viljandi|Estonia
veebiseminar|2034-04-06|2034-04-06
Viljandi Puidufoorum (2033 edition)|2033-04|2033-04
''','2034-02-12 2034-04-20/2034-04-21 2034-04-21 2034-04-20 2033 2034-03-15 2034-04-10 2034-03-01 2034-04-06 2033-04 2034-01-28 2034-01-15 2033-12-04')
