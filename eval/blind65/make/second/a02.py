from s import *
W('blind65_02_celtic_sea_matchmaking','blind65_02_celtic_sea_matchmaking.html',None,'''
Morwenna Trevithick|Cluster Director|Kernow Marine & Offshore Cluster
Niamh Fitzgerald-Hayes|Head of Procurement|Celtic Sea Floating Wind Ltd
Yann Le Gall|Project Manager|Pôle Mer Bretagne Atlantique
Siân Prys-Davies||Marine Energy Wales
Ciarán Mac Giolla Phádraig||IMERC
Tamsin Rowe|Events Officer|KMOC
''','''
Kernow Marine & Offshore Cluster|KMOC
Marine Energy Wales
Pôle Mer Bretagne Atlantique
Irish Maritime and Energy Resource Cluster|IMERC
Enterprise Europe Network South West
Cornwall Council
National Maritime Museum Cornwall
Celtic Sea Floating Wind Ltd
Greenbank Hotel
A&P Falmouth
Truro and Penwith College
Gwynt Glas Offshore
Bretagne Flottant SAS
Atlantic Array Partners
Harland Ocean Structures
Kerntech Moorings
''','''
Celtic Sea Offshore Matchmaking 2033|2033-10-05|2033-10-06|Falmouth, Truro|United Kingdom
Celtic Sea Offshore Matchmaking (2031 edition)|2031|2031|Brest|France
Celtic Sea Offshore Matchmaking (2032 edition)|2032|2032|Milford Haven|United Kingdom
B2B meetings|2033-10-05|2033-10-05|Falmouth|United Kingdom
Networking dinner|2033-10-05|2033-10-05|Falmouth|United Kingdom
Company visit to A&P Falmouth|2033-10-06|2033-10-06|Falmouth|United Kingdom
''','2033-10-05/2033-10-06 2031 2032 2033-10-05 2033-10-06 2033-09-01 2033-09-21 2033-09-22 2033-10-03 2033')
