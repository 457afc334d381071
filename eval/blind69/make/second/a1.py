import json
def P(n,r=None,o=None): return {"name":n,"role":r,"organisation":o}
def O(n,a=None): return {"name":n,"acronym":a}
def E(n,s=None,e=None,c=None,k=None): return {"name":n,"start":s,"end":e,"city":c,"country":k}
def W(stem,doc,pub,people,orgs,events,dates,km=[]):
    json.dump({"doc":doc,"source_url":None,"published_date":pub,"people":people,"organisations":orgs,"events":events,"dates":dates,"key_messages":km},open(f'eval/blind69/make/second/{stem}.json','w'),ensure_ascii=False,indent=1)
B="Braisle Mhara Dhún na nGall"
W("braisle-mhara-dhun-na-ngall-bord-foireann","braisle-mhara-dhun-na-ngall-bord-foireann.html",None,
 [P("Áine Ní Bhriain","Cathaoirleach",B),P("Seosamh Mac Giolla Bhríde","Leaschathaoirleach",B),P("Caitríona Nic Fhionnlaoich","Comhalta boird",B),
  P("Dónall Ó Gallchóir","Cisteoir",B),P("Gráinne McLaughlin-Doherty","Comhalta boird",B),P("Pádraig de Búrca","Comhalta boird",B),
  P("Lars-Erik Fjelstad","Comhalta boird seachtrach",B),P("Méabh Ní Dhochartaigh","Bainisteoir Braisle",B),P("Cathal Ó Baoill","Oifigeach Tionscadail",B),
  P("Siobhán Bonner","Oifigeach Cumarsáide",B),P("Ruairí Mac Aodha","Oifigeach Ballraíochta",B),P("Proinsias Ó Dubhthaigh",None,B),P("Eithne Ní Ghallchóir","rúnaí cuideachta",B)],
 [O(B),O("Éisc Chill Bheag Teo."),O("Údarás na Gaeltachta"),O("Ollscoil Teicneolaíochta an Atlantaigh","ATU"),O("Mara Atlantach Teo."),
  O("Comhairle Contae Dhún na nGall"),O("Oifig Fiontair Áitiúil"),O("Bord Iascaigh Mhara","BIM"),O("Braisle Mhara Ålesund"),O("Fiontraíocht Éireann")],
 [E("Cruinniú Ginearálta Bliantúil","2035-05-10","2035-05-10","Gaoth Dobhair","Ireland"),E("Lá Oscailte Feamainne","2035-06-14","2035-06-14","Bun Beag","Ireland"),
  E("Aonach Iascaigh Chill Bheag","2035-09-20","2035-09-21","Chill Bheag","Ireland")],
 ["2028","2030","2033","2034","2035/2039","2032-03","2034-11","2028/2033","2035-05-10","2035-06-14","2035-09-20/2035-09-21","2035","2035-04-18"])
R="Red de Clústeres de Burgos"
W("burgos-cluster-network-calendar-2036-pdf","burgos-cluster-network-calendar-2036-pdf.txt",None,
 [P("Lucía Arnáiz Pereda","network coordinator",R),P("José Ignacio Sáiz de la Fuente","outgoing chair","CLAB"),P("Marta Villalobos Ugarte","director","Ceramics Technology Institute"),
  P("Andrés Pérez-Ruiz",None,"FACYL"),P("Itziar Goikoetxea",None,"Basque Food Cluster"),P("Klaus-Dieter Brenner",None,"Cluster Ceramics Bavaria")],
 [O(R,"RCB"),O("Agri-food Cluster of Burgos","CLAB"),O("Ceramics and Building Materials Cluster of Castilla y León","CERAMCYL"),O("Automotive Cluster of Castilla y León","FACYL"),
  O("Burgos Digital Hub"),O("Institute for Business Competitiveness of Castilla y León","ICE Castilla y León"),O("ICEX Spain Trade and Investment","ICEX"),O("University of Burgos","UBU"),
  O("Enterprise Europe Network","EEN"),O("Auvergne-Rhône-Alpes Entreprises"),O("Ceramics Technology Institute","ITC"),O("Basque Food Cluster"),O("Cluster Ceramics Bavaria"),
  O("Provincial Council of Burgos"),O("Cámara de Comercio de Burgos")],
 [E("Cluster managers' New Year meeting","2036-01-22","2036-01-22","Burgos","Spain"),E("Webinar \"Packaging waste rules 2036\"","2036-02-05","2036-02-05"),
  E("Study visit to the Basque food-tech hub","2036-02-19","2036-02-20","San Sebastián","Spain"),E("Info day Regional Innovation Vouchers","2036-03-11","2036-03-11","Burgos","Spain"),
  E("Matchmaking \"Automotive meets Agri-food\"","2036-03-26","2036-03-26","Burgos","Spain"),E("General Assembly of the Cluster Network","2036-04-16","2036-04-16","Burgos","Spain"),
  E("Alimentaria trade fair","2036-05-07","2036-05-08","Barcelona","Spain"),E("Workshop \"Hydrogen in ceramics kilns\"","2036-05-21","2036-05-21","Aranda de Duero","Spain"),
  E("Summer networking evening","2036-06-04","2036-06-04","Burgos","Spain"),E("Mission to Lyon","2036-06-17","2036-06-19","Lyon","France"),
  E("Hackathon \"Smart Rural 2036\"","2036-09-23","2036-11-11"),E("Hackathon kick-off \"Smart Rural 2036\"","2036-09-23","2036-09-23","Miranda de Ebro","Spain"),
  E("mentoring day","2036-10-07","2036-10-07"),E("mentoring day","2036-10-21","2036-10-21"),E("final","2036-11-11","2036-11-11"),
  E("Burgos Cluster Forum 2036","2036-10-08","2036-10-08","Burgos","Spain"),E("Webinar series \"Export to Latin America\"","2036-10-22","2036-11-05"),
  E("Award ceremony \"Premios Clúster Burgos\"","2036-11-18","2036-11-18","Burgos","Spain"),E("Board meeting and year-end review","2036-12-02","2036-12-02","Burgos","Spain"),
  E("Burgos Cluster Forum (2033 edition)","2033","2033","Burgos","Spain"),E("Burgos Cluster Forum (2034 edition)","2034","2034","Aranda","Spain"),E("Burgos Cluster Forum (2035 edition)","2035","2035","Burgos","Spain")],
 ["2035-11-27","2036-01-22","2036-02-05","2036-02-19/2036-02-20","2036-03-11","2036-03-26","2036-04-16","2036-05-07/2036-05-08","2036-01-30","2030/2036",
  "2036-05-21","2036-06-04","2036-06-17/2036-06-19","2036-09-23","2036-10-08","2036-10-22","2036-11-18","2036-12-02","2036-10-07","2036-10-21","2036-11-11","2036-10-29","2036-11-05","2036-09-30","2033","2034","2035","2036"])
C="Cluster dos Lanifícios e Têxteis da Beira Interior"
W("cluster-lanificios-dia-informativo-matchmaking-2036","cluster-lanificios-dia-informativo-matchmaking-2036.md","2036-02-02",
 [P("Isabel Mendes Casteleiro","presidente da direção",C),P("Rui Figueiredo Matos","presidente da Câmara Municipal de Castelo Branco","Câmara Municipal de Castelo Branco"),
  P("Nuno Albuquerque","vice-presidente","CCDR Centro"),P("Helena Sá Pereira",None,"CITEVE"),P("Marta Pinheiro Lopes",None,"Universidade da Beira Interior"),
  P("Paulo Rebelo","técnico","CCDR Centro"),P("Søren Kjeldsen Nyborg",None,"Danish Fashion & Textile"),P("Mette Lindahl","diretora de compras","Nordvind Outdoor ApS"),
  P("Johan Ek-Sandberg",None,"Hemtextil Norden AB"),P("Ana Rita Gonçalves","gestora de projetos",C),P("Miguel Duarte Folgado","diretor executivo",C)],
 [O(C,"CLTBI"),O("Fiação Serra da Gardunha, S.A."),O("Centro de Empresas Inovadoras","CEI"),O("Câmara Municipal de Castelo Branco"),
  O("Comissão de Coordenação e Desenvolvimento Regional do Centro","CCDR Centro"),O("CITEVE – Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal","CITEVE"),
  O("Universidade da Beira Interior","UBI"),O("Danish Fashion & Textile"),O("Enterprise Europe Network Portugal"),O("Museu de Lanifícios da UBI"),O("Nordvind Outdoor ApS"),O("Hemtextil Norden AB"),
  O("Associação Nacional das Indústrias de Lanifícios","ANIL")],
 [E("Dia Informativo","2036-03-05","2036-03-05","Castelo Branco","Portugal"),E("sessão de matchmaking","2036-03-05","2036-03-05","Castelo Branco","Portugal"),
  E("Almoço-convívio","2036-03-05","2036-03-05","Castelo Branco","Portugal"),E("visita guiada ao Museu de Lanifícios da UBI","2036-03-05","2036-03-05","Covilhã","Portugal"),
  E("Webinar \"Certificações de lã: RWS, GOTS e rótulo ecológico da UE\"","2036-03-26","2036-03-26"),E("Première Vision Paris","2036-05-14","2036-05-16","Paris","France"),
  E("Assembleia Geral do CLTBI","2036-06-19","2036-06-19","Covilhã","Portugal"),E("Missão empresarial a Copenhaga e Herning","2036-10","2036-10")],
 ["2036-02-02","2036-03-05","2037","2028/2034","2036-02-27","2036-02-20","2036-03-26","2036-05-14/2036-05-16","2036-06-19","2036/2039","2036-10","2027"])
S="European Cluster Secretariat"
W("clusterbridge-europe-upcoming-events","clusterbridge-europe-upcoming-events.html","2035-02-26",
 [P("Ingrid Halvorsen-Berg",None,"Innovation Norway"),P("Tomasz Wierzbicki",None,"Lubuskie Wood Cluster"),P("Sophie Vandenbroucke","events officer",S),
  P("Annelies de Wilde",None,"Ghent University"),P("Florian Stadlober",None,"ecoplus. The Business Agency of Lower Austria")],
 [O("ClusterBridge Europe"),O(S,"ECS"),O("Cluster Excellence Academy"),O("Innovation Norway"),O("Lubuskie Wood Cluster"),O("Sønderborg Energy Cluster"),O("Enterprise Europe Network Denmark"),
  O("Vidzeme Mechatronics Cluster"),O("Hradec Králové Region"),O("Medical Technology Cluster East Bohemia","MedTech Klastr"),O("Ghent University"),O("ecoplus. The Business Agency of Lower Austria"),
  O("InovCluster"),O("Central Slovak Wood Cluster")],
 [E("Cluster Finance Tuesdays","2035-03-06","2035-03-20"),E("Info Day on Interregional Innovation Investments","2035-03-15","2035-03-15","Brussels","Belgium"),
  E("Green Hydrogen Valleys Matchmaking","2035-03-27","2035-03-28"),E("Hannover Messe 2035","2035-04-23","2035-04-27","Hannover","Germany"),
  E("guided stand tour","2035-04-23","2035-04-27","Hannover","Germany"),E("cluster reception","2035-04-24","2035-04-24","Hannover","Germany"),
  E("East Bohemian Cluster Days","2035-05-16","2035-05-17","Hradec Králové","Czechia"),E("company visits","2035-05-17","2035-05-17","Hradec Králové","Czechia"),
  E("Workshop: Measuring the impact of cluster services","2035-06-05","2035-06-05"),E("Study visit: Agri-food clusters of Dão-Lafões","2035-06-18","2035-06-20","Viseu","Portugal"),
  E("ClusterHack Final","2035-09-28","2035-09-28","Banská Bystrica","Slovakia")],
 ["2035-02-26","2035-03-06","2035-03-13","2035-03-20","2035-03-15","2033","2035-03-27/2035-03-28","2035-04-23/2035-04-27","2035-04-24","2035-05-16/2035-05-17","2035-06-05","2035-06-18/2035-06-20","2035-05-15","2035-09-28"])
