from s import *
W('blind65_06_madeira_blue_tourism_talks','blind65_06_madeira_blue_tourism_talks.md',None,'''
Sofia Camacho Vieira|Cluster Manager|Madeira Sea & Tourism Cluster
Filipa Gouveia Abreu|marine biologist|Oceanic Observatory of Madeira
Rui Nóbrega|Head of Port Operations|APRAM – Ports of Madeira
Inés Cabrera Suárez||Puerto de la Cruz City Council
Henrik Aaslund|CEO|NordHavn Marina Systems AS
Marta Figueira de Sousa||University of Madeira
Tomás Jardim|owner|Manta Diving Center
Carla Drumond|project manager|ARDITI – Regional Agency for the Development of Research, Technology and Innovation
Duarte Freitas Pestana|President|
''','''
Madeira Sea & Tourism Cluster|MSTC
Oceanic Observatory of Madeira|OOM
APRAM – Ports of Madeira|APRAM
Puerto de la Cruz City Council
NordHavn Marina Systems AS
University of Madeira
Manta Diving Center
ARDITI – Regional Agency for the Development of Research, Technology and Innovation|ARDITI
Madeira Tecnopolo
Regional Secretariat for Economy of Madeira
Startup Madeira
ACORES-TUR
Clúster Marítimo de Canarias
''','''
Blue Tourism Talks – Season 3|2033-10|2034-03
Episode 1 – “Whale watching without the crowd”|2033-10-13|2033-10-13
Episode 2 – “Cruise ships and small islands”|2033-11-10|2033-11-10
Episode 3 – “Decarbonising the marina”|2033-12-15|2033-12-15
Episode 4 – “Diving tourism and marine protected areas”|2034-01-19|2034-01-19
Episode 5 – “Data from the sea: sensors for tourism”|2034-02-16|2034-02-16
Episode 6 – “Season finale: a blue tourism charter for Macaronesia”|2034-03-16|2034-03-16|Funchal|Portugal
Madeira wine reception|2034-03-16|2034-03-16|Funchal|Portugal
Season 2 finale|2033-03-23|2033-03-23|Porto Santo|Portugal
''','2033/2034 2033-10/2034-03 2033-10-13 2033-11-10 2033-12-15 2034-01-19 2034-02-16 2034-03-16 2031/2032 2032/2033 2033-03-23')
