from w import W
N=None
K="Kunststofcluster Drenthe"
W("drenthe_kunststofcluster_linkedin_post_nl","drenthe_kunststofcluster_linkedin_post_nl.txt",N,
[("Marieke van der Veen-Bosma","Clustermanager",K),("Henk Jan Mulder-Hofstee","gedeputeerde","Provincie Drenthe"),
 ("Frank Terpstra",N,"Rijksuniversiteit Groningen"),("Annika Lindberg","Professor","Chalmers University of Technology"),
 ("Krzysztof Wiśniewski","voorzitter","Pomorski Klaster Tworzyw Sztucznych"),("Jeroen de Boer","directeur","Ecoplast Compounding B.V."),
 ("Sanne Kuipers",N,"Noordelijke Ontwikkelingsmaatschappij"),("Elke Oosterhuis",N,"Plastics Europe Nederland"),
 ("Bert-Jan Hoogeveen","voorzitter",K),("Lotte Zwiers",N,K),("Youssef El Amrani",N,K),
 ("Pieter-Jan Vos","Accountmanager","Brightlands Materials Center"),("Gerda Huisman","Directeur","Kamer van Koophandel Noord")],
[(K,N),("Chemport Europe",N),("NHL Stenden Hogeschool",N),("Provincie Drenthe",N),("Rijksuniversiteit Groningen",N),
 ("Chalmers University of Technology",N),("Pomorski Klaster Tworzyw Sztucznych",N),("Drenthe College",N),("Ecoplast Compounding B.V.",N),
 ("Noordelijke Ontwikkelingsmaatschappij","NOM"),("Plastics Europe Nederland",N),("Hoogeveen Kunststoffen B.V.",N),
 ("Ministerie van Economische Zaken en Klimaat",N),("Brightlands Materials Center",N),("Kamer van Koophandel Noord",N)],
[("Circular Polymers Week Noord-Nederland","2038-03-09","2038-03-11","Emmen","Netherlands"),
 ("ledenvergadering","2038-04-15","2038-04-15",N,N),
 ("Circular Polymers Week Noord-Nederland","2039-03-07","2039-03-09",N,N),
 ("visit of your delegation to Bydgoszcz","2038-09","2038-09","Bydgoszcz","Poland"),
 ("Kunststoffenbeurs","2038-09-23","2038-09-24","Veldhoven","Netherlands")],
["2038-03-09/2038-03-11","2038-04-01","2038-04-15","2039-03-07/2039-03-09","2038-09","2038-09-23/2038-09-24"])
