from w import *
A="Alpine Outdoor Technology Network"; AT="Austria"
W("blind65_09_aotn_general_assembly_agenda","blind65_09_aotn_general_assembly_agenda.txt",
[P("Bernhard Leitgeb-Hofer","President",A),P("Veronika Schwaiger","Treasurer",A),P("Franz Xaver Rainer","auditor",None),P("Carla Zanetti","auditor",None),
 P("Jean-Baptiste Morel-Favre","Vice-President","Outdoor Sports Valley"),P("Urška Kovač","Board member","Slovenian Outdoor Cluster"),P("Luca Pedrotti","Board member","Trentino Sviluppo"),
 P("Sabine Gruber-Lindner","Managing Director",A),P("Katrin Oberhauser","project manager",None),P("Nadja Kuster","Managing Director","Graubünden Bergtech Verein"),
 P("Florian Höllwarth",None,None),P("Gerhard Aigner",None,"University of Innsbruck"),P("Mélanie Chappaz","Head of Innovation","Salomon SAS"),
 P("Tobias zu Lynar",None,"Bavarian Ministry of Economic Affairs")],
[O(A,"AOTN"),O("Salzburg Congress"),O("Hotel Sacher Salzburg"),O("Stiegl-Brauwelt"),O("Outdoor Sports Valley"),O("Slovenian Outdoor Cluster"),O("Trentino Sviluppo"),
 O("Graubünden Bergtech Verein"),O("Berchtesgadener Land Wirtschaftsservice GmbH"),O("Vorarlberg Sport Innovation Lab"),O("European Outdoor Group"),
 O("Motel One Salzburg-Mirabell"),O("University of Innsbruck"),O("Salomon SAS"),O("Bavarian Ministry of Economic Affairs")],
[E("General Assembly 2034","2034-11-16",None,"Salzburg",AT),E("Annual General Meeting","2034-11-16",None,"Salzburg",AT),E("Members' Forum","2034-11-16",None,"Salzburg",AT),
 E("Board meeting","2034-11-15",None,"Salzburg",AT),E("Dinner of the Board","2034-11-15",None,"Salzburg",AT),E("General Assembly (2033 edition)","2033-11-17",None,"Innsbruck",AT),
 E("General Assembly 2035","2035-11",None,"Annecy","France")],
["2034-10-02","2034-11-16","2034-11-15","2033-11-17","2034","2033/2034","2035","2035/2036","2035-11","2034-11-02","2031","2034-10-20","2034-11-06"],pub="2034-10-02")
