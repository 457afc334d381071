from mk import build
build('info-day-euroclusters-resilience-call-2035','info-day-euroclusters-resilience-call-2035.md','2034-12-05', """
Maria-Luísa Cabral Mendes|Head of Department I – Single Market Programme|EISMEA
Hubert Gambs-Lindner|Director for Industrial Transformation and Advanced Value Chains|DG GROW
Kateřina Dvořáková|Project Adviser|EISMEA Unit I.02
Jean-Marc Delacroix-Wéber|Financial Officer|EISMEA
Anna-Lena Bergström|team leader|ECCP
Francisco Javier Ortiz de Zárate|managing director|Basque Aerospace Cluster HEGAN
Agata Wiśniewska-Kowal|Eurocluster coordinator|Mazovia Cluster ICT
Gergő Szalay|project manager|Pannon Wood and Furniture Cluster
Nuala O'Donovan-Keane|head of innovation services|Irish Medtech Cluster
Stefanos Triantafyllou|independent expert and evaluator|
Leonie Verhaegen||Enterprise Europe Network Brussels
""","""
European Innovation Council and SMEs Executive Agency|EISMEA
EISMEA, Unit I.02
Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs|DG GROW
European Commission
European Cluster Collaboration Platform|ECCP
Enterprise Europe Network
Basque Aerospace Cluster HEGAN
Mazovia Cluster ICT
Pannon Wood and Furniture Cluster
Irish Medtech Cluster
Agência Nacional de Inovação|ANI
Romanian Cluster Association|ClusteRo
Danish Board of Business Development
Enterprise Europe Network Brussels
""","""
Info day: "Euroclusters for Resilience" – call 2035|2035-01-16|2035-01-16|Brussels|Belgium
Matchmaking session|2035-01-16|2035-01-16|Brussels|Belgium
Partner-search matchmaking (online follow-up)|2035-01-30|2035-02-02||
national satellite event (ANI)|2035-01-16|2035-01-16|Lisbon|Portugal
national satellite event (ClusteRo)|2035-01-16|2035-01-16|Bucharest|Romania
national satellite event (Danish Board of Business Development)|2035-01-16|2035-01-16|Copenhagen|Denmark
""","2035-01-16 2034-12-05 2035-01-09 2035-01-30/2035-02-02 2035-04-24 2035-09 2035-12 2036-01-01 2022/2025 2035-01-12 2035-01-10")
