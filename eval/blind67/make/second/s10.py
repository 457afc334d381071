import sys; sys.path.insert(0,'/dev/shm'); from w import W
N=None
W('ticino-life-sciences-cluster-evaluation-summary','ticino-life-sciences-cluster-evaluation-summary.txt','2035-11-14',
[("Federica Bernasconi-Keller","project lead","Pragma Valutazioni SA"),("Luca Antognini",N,"Pragma Valutazioni SA"),("Nadia Zürcher",N,"Pragma Valutazioni SA"),
("Marco Pedrazzini","managing director","Ticino Life Sciences Cluster"),("Cristina Fasola Rigamonti","head of operations","IBSA Institut Biochimique SA"),
("Stefano Rizzi-Molinari","director of the division","Divisione dell'economia")],
[("Dipartimento delle finanze e dell'economia",N),("Divisione dell'economia",N),("Ticino Life Sciences Cluster",N),("Pragma Valutazioni SA",N),("Ufficio per lo sviluppo economico","USE"),
("BioValley Basel",N),("Lombardy Life Sciences Cluster",N),("Health Valley",N),("Tecnopolo Ticino",N),("IBSA Institut Biochimique SA",N),("Università della Svizzera italiana","USI"),
("University of Applied Sciences and Arts of Southern Switzerland","SUPSI"),("Institute for Research in Biomedicine",N),("Council of State",N)],
[("validation workshop","2035-10-09","2035-10-09","Lugano","Switzerland"),("Life Sciences Day","2035-06-12","2035-06-12","Lugano","Switzerland"),
("meeting with the members","2036-01-22","2036-01-22","Manno","Switzerland")],
["2032/2035","2035-11-14","2028","2036/2039","2035-05/2035-10","2035-10-09","2019","2035-06-12","2036-01-22"],
["The cluster is well anchored in the cantonal innovation system and is seen as the first point of contact for life sciences companies in Ticino",
"Its matchmaking between start-ups and the pharmaceutical companies of the Mendrisiotto works well and has led to 14 contracts in three years",
"The cluster team is small but professional and is praised by members for its responsiveness",
"The cluster should set measurable targets for each service and report on them every year",
"Cooperation with the clusters in Lombardy and in German-speaking Switzerland remains occasional and should be put on a formal footing",
"The share of members from the medical devices sector has fallen and needs a dedicated offer","The board should include at least one representative of the start-ups"])
