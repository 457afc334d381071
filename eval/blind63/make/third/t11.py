import sys; sys.path.insert(0,'eval/blind63/make/third'); from w import W
E="Energiecluster Niedersachsen e.V."; o=("Oldenburg","Germany")
W("oldenburg-european-cluster-matchmaking-save-the-date","oldenburg-european-cluster-matchmaking-save-the-date.txt",
[("Olaf Lies-Brüggemann","Minister for Economic Affairs, Transport, Building and Digitalisation of Lower Saxony",None),("Ewa Zielińska-Horn","Head of Unit","DG GROW"),
 ("Jürgen Krogmann-Tietjen","Lord Mayor","City of Oldenburg"),("Malte Hinrichs","Managing Director",E),("Siobhán Mac Giolla Phádraig","Cluster Manager","Marine & Renewable Energy Cluster Ireland"),
 ("Pieter-Jan de Wit","Programme Director","New Energy Coalition"),("Hanna Janssen-Eilers","Project Manager International Affairs",E),("Stefano Bellomo",None,"ECCP")],
[(E,None),("European Cluster Collaboration Platform","ECCP"),("Enterprise Europe Network Lower Saxony",None),("NBank",None),("Oldenburg Chamber of Industry and Commerce","Oldenburgische IHK"),
 ("European Commission",None),("DG GROW",None),("City of Oldenburg",None),("Marine & Renewable Energy Cluster Ireland","MaREC Ireland"),("New Energy Coalition",None),
 ("University of Oldenburg",None),("German Aerospace Center","DLR"),("Pomeranian Offshore Wind Cluster",None)],
[("Energy Coast 2036","2036-09-24","2036-09-25",*o),("opening plenary","2036-09-24","2036-09-24",*o),
 ("Study visits","2036-09-25","2036-09-25","Wilhelmshaven, Emden","Germany"),("evening reception","2036-09-24","2036-09-24",*o),
 ("Preparatory webinar for participants","2036-09-10","2036-09-10",None,None),
 ("Energy Coast (2032 edition)","2032","2032","Esbjerg","Denmark"),("Energy Coast (2034 edition)","2034","2034","Gdańsk","Poland"),("Energy Coast (2038 edition)","2038","2038","Bilbao","Spain")],
["2036-09-24/2036-09-25","2036-09-25","2036-09-24","2036-05-15","2036-06-01","2036-07-31","2036-09-14","2036-09-10","2032","2034","2038","2036-06"])
