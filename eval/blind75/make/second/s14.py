from mk import build
build('arctic-industry-clusters-summit-2034-sett-av-datoen','arctic-industry-clusters-summit-2034-sett-av-datoen.html','2034-03-03', """
Anne-Cathrine Lie Solbakken|fylkesrådsleder|Nordland fylkeskommune
Eirik Fagerli|ordfører|Brønnøy kommune
Tor Arne Strømsnes|professor|Nord universitet
Karoline Hegge-Mathisen|Ordstyrer|NRK Nordland
Lena Marklund-Åström|klusterchef|Skellefteå Industrial Cluster
Jukka Heikkilä|toimitusjohtaja|Oulu Mining Cluster
Guðrún Sigurðardóttir|framkvæmdastjóri|Sjávarklasinn
Jan-Willem van Bergen|Policy Officer|DG GROW
Siri Hatlevoll Ravnå|Prosjektleder|Brønnøy marine næringsklynge
Ole-Johan Tverå|kommunikasjonsrådgiver|Nordland fylkeskommune
""","""
Brønnøy marine næringsklynge
Nordland fylkeskommune
Brønnøy kommune
Nord universitet
Innovasjon Norge
Brønnøy Kalk AS
Marine Harvest Nordland
NRK Nordland
Fakultet for biovitenskap og akvakultur
Skellefteå Industrial Cluster
Oulu Mining Cluster
Sjávarklasinn
Europakommisjonen
DG GROW
Arctic Industry Clusters
""","""
Arctic Industry Clusters Summit 2034|2034-09-19|2034-09-20|Brønnøysund|Norway
Bedriftsbesøk hos Brønnøy Kalk AS og Marine Harvest Nordland|2034-09-19|2034-09-19||Norway
Konferansemiddag på Torghatten Hotell|2034-09-19|2034-09-19|Brønnøysund|Norway
Paneldebatt: «Hvordan beholder vi de unge?»|2034-09-20|2034-09-20|Brønnøysund|Norway
B2B-møter|2034-09-20|2034-09-20|Brønnøysund|Norway
Arctic Industry Clusters Summit (2032 edition)|2032-09-14|2032-09-15|Sandnessjøen|Norway
Arctic Industry Clusters Summit (2033 edition)|2033-09-12|2033-09-13|Vega|Norway
Arctic Industry Clusters Summit (2035 edition)|2035|2035|Skellefteå|Sweden
""","2034-09-19/2034-09-20 2034-03-03 2034 2034-09-19 2034-09-20 2034-06 2031 2032-09-14/2032-09-15 2033 2033-09-12/2033-09-13 2035 2034-05-02 2034-09-01 2034-04-15 2034-08-15")
