from w import W
N=None
U="Umbria Aerospace Cluster"
W("umbria-aerospace-cluster-news-listing","umbria-aerospace-cluster-news-listing.html",N,
[("Francesca Bartolucci Ceccarelli","President",U),("Matteo Di Girolamo","Vice-President",U),("Giulia Rossetti","project officer",U),("Lorenzo Angelini-Weiss","Founder","Valnerina Drones S.r.l."),
 ("Luigi Torre","head of the materials engineering group","University of Perugia"),("Paolo Sabatini","head of industrial relations","Italian Space Agency"),("Chiara Monaldi-Hoffmann","acting cluster manager",U),
 ("Jean-Baptiste Larrieu","Director General","Aerospace Valley"),("Tommaso Fabbri","Vice-President",U)],
[(U,"UAC"),("Officine Meccaniche Spoletine S.p.A.",),("Umbria Compositi S.r.l.",),("Valnerina Drones S.r.l.",),("Leonardo S.p.A.",),("Umbria Region",),("Sviluppumbria",),("University of Perugia",),
 ("Italian Space Agency","ASI"),("Aerospace Valley",),("Agenzia Umbria Ricerche","AUR")],
[("General assembly","2034-11-10","2034-11-10","Foligno","Italy"),("Aerospace & Defence Meetings Torino","2034-10-22","2034-10-24","Turin","Italy"),("Info session: digital twin vouchers","2034-10-21","2034-10-21",N,N),
 ("Summer School on Composite Repair","2034-09-01","2034-09-12","Terni","Italy"),("Summer School on Composite Repair (third edition)","2035-09","2035-09",N,N),("signing of memorandum of understanding","2034-07-20","2034-07-20","Toulouse","France"),
 ("Farnborough International Airshow","2034-07-22","2034-07-24",N,N),("Members' New Year meeting","2035-01-28","2035-01-28","Perugia","Italy")],
["2034-11-14","2034-11-10","2035/2037","2035","2034-10-30","2034-10-22/2034-10-24","2028","2034-10-17","2034-10-02","2034-12-15","2034-10-21","2034-09-19","2034-09-01/2034-09-12","2035-09",
 "2034-09-05","2034-09-30","2034-10-01","2034-07-25","2034-07-20","2034-07-08","2033","2034-06-20","2034-07-22/2034-07-24","2034-06-30","2035-01-28","2034"])
