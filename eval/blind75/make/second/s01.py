from mk import build
build('clusterlink-europe-events-listing','clusterlink-europe-events-listing.html','', """
Karin Løvstad||NTL
Ana-Maria Ciobanu||Botoșani Textile Cluster
Henrik ter Haar||Saxion University of Applied Sciences
Mette Vinding Poulsen|Moderator|Food Tech Nord
Inese Zariņa-Bērziņa||Latgale Academy of Applied Sciences
""","""
ClusterLink Europe
Klaster Meblowy Północnej Jury
Enterprise Europe Network Poland
Nordic Textile Loop|NTL
Botoșani Textile Cluster
Saxion University of Applied Sciences
Food Tech Nord
Covasna Agrifood Cluster|CAC
Centre Regional Development Agency|ADR Centru
European Innovation Council and SMEs Executive Agency|EISMEA
Hjørring Kommune
Business Region North Denmark
Latgales Inovāciju klasteris
Latvian Investment and Development Agency|LIAA
Latgale Academy of Applied Sciences
Central Greece Agrifood Cluster|Agro-Kentriki
Brønnøy Marine Industry Cluster
Nordland County Council
European Commission
""","""
Wood & Furniture B2B Days at the Częstochowa Furniture Fair|2034-03-14|2034-03-15|Częstochowa|Poland
Circular Textiles Webinar #4: "Take-back schemes that pay off"|2034-03-21|2034-03-21||
Agri-Food Clusters Forum South-East Europe 2034|2034-04-05|2034-04-06|Sfântu Gheorghe|Romania
field visit to the Reci dairy|2034-04-06|2034-04-06||Romania
Info day: Interregional Innovation Investments – 2034 call|2034-04-20|2034-04-20|Brussels|Belgium
Study visit to the Vendsyssel food tech ecosystem|2034-05-09|2034-05-11|Hjørring|Denmark
round table with the Business Region North Denmark|2034-05-11|2034-05-11|Hjørring|Denmark
Baltic Cluster Managers Meeting 2034|2034-05-31|2034-06-02|Ludza|Latvia
Aegean–Ionian AgriTech Hackathon: final and award ceremony|2034-06-16|2034-06-16|Lamia|Greece
EU Agri Innovation Summit||||
Arctic Industry Clusters Summit 2034|2034-09-19|2034-09-20|Brønnøysund|Norway
Arctic Industry Clusters Summit (2032 edition)|2032|2032|Sandnessjøen|Norway
Arctic Industry Clusters Summit (2033 edition)|2033|2033|Vega|Norway
""","2034-03-14/2034-03-15 2034-03-01 2034-03-21 2034-04-05/2034-04-06 2034-04-06 2034-04-20 2034-09-28 2034-05-09/2034-05-11 2034-05-31/2034-06-02 2034-06-16 2034-09-19/2034-09-20 2032 2033")
