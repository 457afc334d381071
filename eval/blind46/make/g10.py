from g import *
A="Trinacria AgriTech Cluster"
G("etna-startup-award-2035_meet-the-jury.html",None,[
P("Rosalia Caltabiano","Managing Partner","Ionio Ventures SGR S.p.A."),
P("Salvatore Lo Presti","Head of Open Innovation","Agrumi Mediterranei S.p.A."),
P("Giuseppina Russo Alesi","Professor of Agricultural Economics","University of Catania"),
P("Matthias Oberhuber","Investment Manager","EIT Food"),
P("Carmela D'Agostino","founder and CEO","Serraverde S.r.l."),
P("Youssef Benali","Programme Director","Mediterranean Accelerator Network"),
P("Ana Sofia Barreto","Cluster Manager","Alentejo Agro-Inovação"),
P("Gaetano Marletta","Head of the Innovation and Research Office","Regione Siciliana"),
P("Valeria Scuderi","Start-up Programme Manager",A),
P("Corrado Spampinato","president",A),
P("Filippo Nicotra",None,A),
P("Marianna Giuffrida",None,"Banca Agricola Etnea"),
],[O(A),O("University of Catania"),O("Ionio Ventures SGR S.p.A."),O("Agrumi Mediterranei S.p.A."),
O("Department of Agriculture, Food and Environment","Di3A"),O("EIT Food"),O("Serraverde S.r.l."),
O("Mediterranean Accelerator Network","MedAcc"),O("Alentejo Agro-Inovação"),O("Regione Siciliana"),O("Department of Productive Activities"),
O("Banca Agricola Etnea")],
[E("jury interviews","2035-10-08","2035-10-09","Catania","Italy"),
 E("award ceremony","2035-10-10","2035-10-10","Catania","Italy"),
 E("Bootcamp for finalists","2035-09-22","2035-09-24","Ragusa","Italy"),
 E("Etna Start-up Award 2031","2031","2031",None,None),E("Etna Start-up Award 2032","2032","2032",None,None),E("Etna Start-up Award 2033","2033","2033",None,None),E("Etna Start-up Award 2034","2034","2034",None,None)],
["2035-10-08/2035-10-09","2035-10-10","2027","2034","2035-05-02","2035-06-30","2035-07","2035-09-05","2035-09-22/2035-09-24","2031","2032/2033"])
