from w import *
M="Madeira Sea & Tourism Cluster"
W("blind65_06_madeira_blue_tourism_talks","blind65_06_madeira_blue_tourism_talks.md",
[P("Sofia Camacho Vieira","Cluster Manager",M),P("Filipa Gouveia Abreu","marine biologist","Oceanic Observatory of Madeira"),P("Rui Nóbrega","Head of Port Operations","APRAM – Ports of Madeira"),
 P("Inés Cabrera Suárez",None,"Puerto de la Cruz City Council"),P("Henrik Aaslund","CEO","NordHavn Marina Systems AS"),P("Marta Figueira de Sousa",None,"University of Madeira"),
 P("Tomás Jardim","owner","Manta Diving Center"),P("Carla Drumond","project manager","ARDITI – Regional Agency for the Development of Research, Technology and Innovation"),
 P("Duarte Freitas Pestana","President",M)],
[O(M,"MSTC"),O("Oceanic Observatory of Madeira","OOM"),O("APRAM – Ports of Madeira","APRAM"),O("Puerto de la Cruz City Council"),O("NordHavn Marina Systems AS"),
 O("University of Madeira"),O("Manta Diving Center"),O("ARDITI – Regional Agency for the Development of Research, Technology and Innovation","ARDITI"),O("Madeira Tecnopolo"),
 O("Regional Secretariat for Economy of Madeira"),O("Startup Madeira"),O("ACORES-TUR"),O("Clúster Marítimo de Canarias")],
[E("Blue Tourism Talks – Season 3","2033-10","2034-03"),E("Episode 1 – “Whale watching without the crowd”","2033-10-13"),E("Episode 2 – “Cruise ships and small islands”","2033-11-10"),
 E("Episode 3 – “Decarbonising the marina”","2033-12-15"),E("Episode 4 – “Diving tourism and marine protected areas”","2034-01-19"),
 E("Episode 5 – “Data from the sea: sensors for tourism”","2034-02-16"),E("Episode 6 – “Season finale: a blue tourism charter for Macaronesia”","2034-03-16",None,"Funchal","Portugal"),
 E("Madeira wine reception","2034-03-16",None,"Funchal","Portugal"),E("Season 1","2031","2032"),E("Season 2","2032","2033"),E("live finale","2033-03-23",None,"Porto Santo","Portugal")],
["2033/2034","2033-10/2034-03","2033-10-13","2033-11-10","2033-12-15","2034-01-19","2034-02-16","2034-03-16","2031/2032","2032/2033","2033-03-23"])
