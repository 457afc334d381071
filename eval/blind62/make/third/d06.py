from w import W
N=None
W("jamtland-partner-event-winter-testing-forum-2035","jamtland-partner-event-winter-testing-forum-2035.html",N,
[("Karin Olofsson Bergkvist","Chair","JCCT"),("Anders Hägglund","Regional Development Director","Region Jämtland Härjedalen"),("Yuki Tanabe-Lindqvist","Head of Cold Climate Validation","Tōkai Motors Europe"),
 ("Erik Wennerström",N,"Mid Sweden University"),("Sanna Kärkkäinen",N,"Lapland Proving Ground Oy"),("Friedrich von Hohenau","Senior Test Manager","Bayerische Fahrzeugtechnik AG"),
 ("Linnea Åström","skills manager","JCCT"),("Ole-Martin Haugen",N,"Trøndelag Vehicle Cluster"),("Pekka Rautiainen",N,"Lapland Automotive Testing Cluster"),("Jonas Ek","CEO","Mid Sweden Science Park")],
[("Mid Sweden Science Park AB",),("Jämtland Cold Climate Technology Cluster","JCCT"),("Mid Sweden University",),("Region Jämtland Härjedalen",),("Tōkai Motors Europe",),("Lapland Proving Ground Oy",),
 ("Bayerische Fahrzeugtechnik AG",),("Arctic Proving AB",),("Trøndelag Vehicle Cluster",),("Arctic Testing Alliance",),("Lapland Automotive Testing Cluster",)],
[("Nordic Winter Testing Forum 2035","2035-02-06","2035-02-08","Östersund","Sweden"),("Nordic Winter Testing Forum","2029","2029","Arvidsjaur","Sweden"),
 ("Nordic Winter Testing Forum ","2031","2031","Rovaniemi","Finland"),("Nordic Winter Testing Forum  ","2033","2033","Östersund","Sweden"),
 ("Matchmaking","2035-02-06","2035-02-06","Östersund","Sweden"),("Forum dinner","2035-02-06","2035-02-06","Östersund","Sweden"),
 ("Training the next generation of test drivers","2035-02-08","2035-02-08",N,N),("exhibition","2035-02-06","2035-02-06","Östersund","Sweden"),
 ("Arctic Testing Alliance annual members' meeting","2035-02-07","2035-02-07","Åre","Sweden"),("job fair","2035-02-08","2035-02-08",N,N),("test track visits","2035-02-07","2035-02-07","Åre","Sweden")],
["2035-02-06/2035-02-08","2029","2031","2033","2035-02-06","2035-02-07","2035-02-08","2035-01-15","2034-12-15","2035-01-20","2035-01-30","2034-12-01","2035-01-10"])
