from w import *
W("blind65_02_celtic_sea_matchmaking","blind65_02_celtic_sea_matchmaking.html",
[P("Morwenna Trevithick","Cluster Director","Kernow Marine & Offshore Cluster"),P("Niamh Fitzgerald-Hayes","Head of Procurement","Celtic Sea Floating Wind Ltd"),
 P("Yann Le Gall","Project Manager","Pôle Mer Bretagne Atlantique"),P("Siân Prys-Davies",None,"Marine Energy Wales"),P("Ciarán Mac Giolla Phádraig",None,"IMERC"),
 P("Tamsin Rowe","Events Officer","KMOC")],
[O("Kernow Marine & Offshore Cluster","KMOC"),O("Marine Energy Wales"),O("Pôle Mer Bretagne Atlantique"),O("Irish Maritime and Energy Resource Cluster","IMERC"),
 O("Enterprise Europe Network South West"),O("Cornwall Council"),O("National Maritime Museum Cornwall"),O("Celtic Sea Floating Wind Ltd"),O("Greenbank Hotel"),
 O("A&P Falmouth"),O("Truro and Penwith College"),O("Gwynt Glas Offshore"),O("Bretagne Flottant SAS"),O("Atlantic Array Partners"),O("Harland Ocean Structures"),
 O("Kerntech Moorings"),O("Pool Innovation Centre")],
[E("Celtic Sea Offshore Matchmaking 2033","2033-10-05","2033-10-06",None,"United Kingdom"),E("B2B meetings","2033-10-05",None,"Falmouth","United Kingdom"),
 E("Networking dinner","2033-10-05",None,"Falmouth","United Kingdom"),E("Company visit to A&P Falmouth","2033-10-06",None,"Falmouth","United Kingdom"),
 E("Celtic Sea Offshore Matchmaking (2031 edition)","2031",None,"Brest","France"),E("Celtic Sea Offshore Matchmaking (2032 edition)","2032",None,"Milford Haven","United Kingdom")],
["2033-10-05/2033-10-06","2033-10-05","2033-10-06","2031","2032","2033-09-01","2033-09-21","2033-09-22","2033-10-03"])
