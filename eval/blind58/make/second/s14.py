from w import W
N=None
P="Precision Engineering Cluster Wiener Neustadt"
W("wiener_neustadt_precision_cluster_about_us","wiener_neustadt_precision_cluster_about_us.html",N,
[("Sabine Haiden-Krenn","Chairwoman",P),("Wolfgang Pürgy","Vice-Chairman",P),("Claudia Stix-Weinberger","Treasurer",P),
 ("Oleksandr Kovalenko","Secretary",P),("Markus Tauber",N,"University of Applied Sciences Wiener Neustadt"),
 ("Elif Aydın-Hofer",N,"Aerosurf Beschichtungen GmbH"),("Gerhard Lechner","Auditor","Schlosserei Kremser & Söhne OG"),
 ("Theresa Zöchling","Auditor",N),("Friedrich Wallner","Honorary chairman",P),("Daniel Ecker-Rauscher","Cluster Manager",P),
 ("Julia Fasching","Project Manager",P),("Nikola Petrović","Project Manager",P),("Sandra Wöhrer","Office and events",P),
 ("Ingrid Zeilinger",N,"TU Wien"),("Jean-Marc de la Roche",N,"Aerospace Valley"),("Petr Hrubý",N,"Czech Aerospace Cluster")],
[(P,"PECWN"),("City of Wiener Neustadt",N),("Province of Lower Austria",N),("FOTEC Forschungs- und Technologietransfer GmbH",N),
 ("Precisio Drehteile GmbH",N),("Hydro Präzision Ternitz GmbH",N),("OptiSense Austria GmbH",N),("University of Applied Sciences Wiener Neustadt",N),
 ("Aerosurf Beschichtungen GmbH",N),("Schlosserei Kremser & Söhne OG",N),("TFZ Technologie- und Forschungszentrum Wiener Neustadt GmbH","TFZ"),
 ("TU Wien",N),("Aerospace Valley",N),("Czech Aerospace Cluster",N),("Diamond Aircraft Industries GmbH",N),("MedAustron GmbH",N),
 ("ecoplus. The Business Agency of Lower Austria",N),("Austrian Institute of Technology GmbH","AIT")],
[("General Assembly","2036-04-09","2036-04-09",N,N),("AERO Friedrichshafen","2031","2031","Friedrichshafen","Germany")],
["2029","2036-04-09","2036/2039","2029/2036","2036-09-30","2031","2033","2035","2036"])
