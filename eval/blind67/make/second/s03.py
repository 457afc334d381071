import sys; sys.path.insert(0,'/dev/shm'); from w import W
N=None
W('region-zealand-policy-brief-circular-construction','region-zealand-policy-brief-circular-construction.html','2034-09-18',
[("Mette Kjærgaard Holm","senior policy adviser","Business Region Zealand"),("Anders Bech-Nielsen",N,N),("Susanne Lykke Overgaard","Regional Council chair",N),("Jens-Peter Aagaard","Mayor of Næstved",N)],
[("Business Region Zealand",N),("Gate 21",N),("BLOXHUB",N),("Dansk Byggeri",N),("Regional Council",N),("Genbyg Sjælland ApS",N),("Roskilde University",N),
("Technical University of Denmark","DTU"),("Zealand Business Council",N),("Lolland Municipality",N),("Boligselskabet Sjælland",N),("Danish Technological Institute",N)],
[("round table","2033-11-09","2033-11-09","Sorø","Denmark"),("regional summit","2034-06-05","2034-06-05","Næstved","Denmark"),
("presentation of the brief to the council's committee on business and growth","2034-10-07","2034-10-07",N,N)],
["2034-09-18","2033-11-09","2034-06-05","2040","2032","2035/2038","2035","2037","2034-08","2034-10-07"],
["Circular construction can cut the region's building waste by a third by 2040 if public clients lead","Clusters are the natural broker between municipalities, contractors and recyclers",
"Procurement rules, not technology, are the main barrier","every municipality in the partnership will include reuse criteria in at least two tenders in 2035",
"Gate 21 will coordinate a shared marketplace for reclaimed materials","the agency will report on progress to the Regional Council every year","the partnership will be evaluated in 2037"])
