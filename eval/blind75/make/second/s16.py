from mk import build
build('linkedin-post-olive-oil-mission-brazil-2035','linkedin-post-olive-oil-mission-brazil-2035.txt','', """
Carolina Morais Teixeira|Cluster Manager|Trás-os-Montes Olive Oil Cluster
Fernando Lobo-Xavier|Consul General|Consulate General of Portugal in São Paulo
Mariana Tavares Albuquerque|sommelier|
Ricardo Faria Nunes|Trade Commissioner|AICEP Portugal Global
Elena Martínez de la Fuente|Secretary-General|Olive Clusters Europe
Teresa Pinto-Correia|President|Trás-os-Montes Olive Oil Cluster
João Pedro Vilar|Export Manager|Quinta do Romeu
Ana Beatriz Rocha Lima|Buyer|Empório Paulista Gourmet Ltda.
Luís Miguel Carrapatoso|Head of Internationalisation|NERBA – Associação Empresarial do Distrito de Bragança
""","""
Trás-os-Montes Olive Oil Cluster
Azeites Vale do Tua
Cooperativa de Olivicultores de Murça
Quinta do Romeu
Consulate General of Portugal in São Paulo
AICEP Portugal Global
Enterprise Europe Network
Federation of Industries of the State of Minas Gerais|FIEMG
Polytechnic Institute of Bragança|IPB
Municipality of Mirandela
Portuguese-Brazilian Chamber of Commerce
Olive Clusters Europe
Empório Paulista Gourmet Ltda.
NERBA – Associação Empresarial do Distrito de Bragança
""","""
business mission to São Paulo and Belo Horizonte|2035-03-19|2035-03-23|São Paulo, Belo Horizonte|Brazil
welcome reception at the Consulate General of Portugal in São Paulo|2035-03-19|2035-03-19|São Paulo|Brazil
B2B meetings with importers and distributors|2035-03-20|2035-03-20|São Paulo|Brazil
Expo Azeite Brasil|2035-03-21|2035-03-21|São Paulo|Brazil
tasting masterclass for chefs|2035-03-21|2035-03-21|São Paulo|Brazil
round table at the Federation of Industries of the State of Minas Gerais|2035-03-22|2035-03-22|Belo Horizonte|Brazil
visit to the Mercado Central|2035-03-23|2035-03-23|Belo Horizonte|Brazil
members' webinar|2035-04-26|2035-04-26||
""","2035-03-19/2035-03-23 2029 2035-03-19 2035-03-20 2035-03-21 2035-03-22 2035-03-23 2035-02-09 2035-04-26 2035-03 2034-11")
