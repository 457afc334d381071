from w import W
N='Atlantic Outermost Regions Cluster Network'
W('outermost-regions-clusters-position-paper-2037','outermost-regions-clusters-position-paper-2037.md','2037-03-09',f'''
Leonor Medeiros da Câmara|President|Azores Sea Cluster
Yeray González Trujillo|President|Canary Islands Renewable Energy Cluster
Duarte Freitas Gouveia|Chair|Madeira Innovation Cluster
Ana Sofia Bettencourt|network coordinator|{N}
Carmen Ruiz de Armas|Managing Director|Tenerife Space and Astrophysics Cluster
Paulo Sousa Melo|President|Açores Agri-Food Cluster
Marta Nóbrega Ferreira|Director|Madeira Tourism Technology Cluster
Rui Ávila Pacheco|President|Azores Chamber of Commerce and Industry
Elisa Ferreira-Lobo|Commissioner|
Pablo Hernández Alemán|MEP|
''',f'''
{N}|AORCN
Steering Committee
Azores Sea Cluster|Cluster do Mar dos Açores
Madeira Innovation Cluster|Associação Cluster Inovação da Madeira
Canary Islands Renewable Energy Cluster|CERCA
Regional Development Agency of the Azores|ARDA
European Commission
European Parliament
Council
Committee on Regional Development|REGI
Tenerife Space and Astrophysics Cluster
Açores Agri-Food Cluster|Cluster Agroalimentar dos Açores
Madeira Tourism Technology Cluster
Azores Chamber of Commerce and Industry|CCIA
''','''
Steering Committee meeting|2037-03-09||Ponta Delgada|Portugal
Outermost Regions Forum|2036-11-16|2036-11-17|Brussels|Belgium
breakfast meeting|2037-04-21||Brussels|Belgium
Conference of Presidents of the Outermost Regions|2037-09|2037-09|Las Palmas de Gran Canaria|Spain
''','2037-03-09 2032 2036/2037 2034 2030/2036 2038 2036-11-16/2036-11-17 2037-04-21 2037-09 2037-04-30','''
Keep a dedicated budget line for outermost regions in the next cohesion policy. The specific allocation must be maintained at least at its current level in real terms and must remain accessible to cluster organisations, not only to public bodies
Compensate the extra cost of transport for SMEs. The POSEI-type compensation that exists for agriculture should be extended to manufacturing and digital SMEs shipping goods to and from the continent
Open the Single Market Programme's cluster calls to single-region consortia from outermost regions. The rule that requires partners from three Member States makes participation almost impossible for an island cluster with no neighbour within 1,000 kilometres
Raise the State aid ceilings for investment in outermost regions under the General Block Exemption Regulation by ten percentage points for energy storage and desalination projects
Recognise outermost regions as testbeds. The Commission should reserve at least 5 % of the budget of the European innovation partnerships for pilot projects located in outermost regions
Involve cluster organisations in the design of the post-2035 Strategy for the Outermost Regions, through a permanent consultation group meeting at least twice a year
''')
S='Salamanca Biotech Cluster'
W('salamanca-biotech-cluster-members-news-march-2034','salamanca-biotech-cluster-members-news-march-2034.eml','2034-03-14',f'''
Rocío Arroyo Gil|Cluster Manager|{S}
Beatriz Sánchez-Hernández|CEO|Genómica Charra S.L.
Ignacio Martín Rivas|plant manager|Biofermentos del Tormes S.A.
Sara Pérez de Ayala|co-founder|Lacto-Innova Castilla S.L.U.
Kasper Holm-Jensen|country manager|NordBio Analytics ApS
Juan Carlos Hidalgo Pastor|Managing director|Vitalgen Farma S.A.
María Dolores Ortega Calvo||
Carlos Fernández Carriedo|regional minister for the economy|Junta de Castilla y León
Elena Bravo Sendín|general manager|Envases Sostenibles Ledesma S.L.
Luis Miguel Hernández-Cabrera|representative of large companies|Vitalgen Farma S.A.
Anna-Lena Weißmüller||{S}
Pablo Iglesias Sanz|project officer|{S}
Helena Kowalska||European Food Safety Authority
''',f'''
{S}|BIOSAL
Genómica Charra S.L.
University of Salamanca
Biofermentos del Tormes S.A.
Lacto-Innova Castilla S.L.U.
NordBio Analytics ApS
Vitalgen Farma S.A.
Centre for the Development of Industrial Technology|CDTI
Institute of Functional Biology and Genomics|IBFG
Quesos Artesanos de la Sierra S.L.
BioAgro Duero S.Coop.
Junta de Castilla y León
Envases Sostenibles Ledesma S.L.
Portugal Foods
European Food Safety Authority|EFSA
Castilla y León Health Cluster
''','''
Board meeting|2034-02-27
regional innovation prize award|2034-03-09||Valladolid|Spain
webinar "Regulatory pathways for novel foods"|2034-03-23
General Assembly|2034-04-20||Salamanca|Spain
networking lunch|2034-04-20||Salamanca|Spain
BIOSPAIN 2034|2034-05-16|2034-05-18|Barcelona|Spain
''','2034-03-14 2034-04-17 2034-02-27 2035 2034-03-09 2034-03-01 2034-03-23 2034-04-20 2034-05-16/2034-05-18 2034-02-14 2034-03-31','')
