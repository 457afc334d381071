import json, os
D = {}
def P(*a): return [dict(name=n, role=r, organisation=o) for n, r, o in a]
def O(*a): return [dict(name=n, acronym=c) for n, c in a]
def E(*a): return [dict(name=n, start=s, end=e, city=c, country=k) for n, s, e, c, k in a]
EE='Estonia'
D['g11']=dict(people=P(("Margus KASK","klastri juhatuse esimees","Kesk-Eesti Puiduklaster"),("Kadri-Ann Saar","klastrijuht","Kesk-Eesti Puiduklaster"),("Rein Lepik","juhatuse liige","Kesk-Eesti Puiduklaster"),
 ("Jaan-Olev Kallas",None,"Tallinna Tehnikaülikool"),("Triin Mägi-Ojasoo","ajakirjanik",None),("Andres Rüütel","Koolitaja","Rüütel Masinad OÜ"),("Priit Värk","Paide vallavanem",None),
 ("Henrik Välja","tegevjuht","Eesti Metsa- ja Puidutööstuse Liit"),("Ilze Bērziņa-Kalniņa","Läti puiduklastri juht",None),("Kristjan Oja-Laaneväljaga","asekantsler","Majandus- ja Kommunikatsiooniministeeriumis"),
 ("Liina Rebane-Hallik","arhitekt",None),("Tiina Org-Kuusik","ettevõtlus- ja infotehnoloogiaminister",None)),
 organisations=O(("MTÜ Kesk-Eesti Puiduklaster",None),("Türi Puidutöö OÜ",None),("Järva-Jaani Palkmajad OÜ",None),("SA Järvamaa Arenduskeskus",None),("Türi Tehnika- ja Maamajanduskool",None),("Tallinna Tehnikaülikool",None),
 ("Jyväskylä ülikooli",None),("Puuinfo Keski-Suomi",None),("Rüütel Masinad OÜ",None),("Eesti Metsa- ja Puidutööstuse Liit",None),("Järva Element AS",None),("Majandus- ja Kommunikatsiooniministeeriumis",None)),
 events=E(("Klastri aastakonverents","2036-10-22","2036-10-22","Paide",EE),("klastri liikmete ühine õhtusöök","2036-10-22","2036-10-22",None,None),("Õppereis Kesk-Soome","2036-11-04","2036-11-06","Jyväskylä","Finland"),
 ("Koolitus „CNC-pinkide hooldus\"","2036-11-19","2036-11-19",None,None),("Jõulukohtumine","2036-12-11","2036-12-11",None,None),("Puiduklastrite suvekool","2036-06-16","2036-06-18","Paides",EE),
 ("Puidutööstuse avatud uste päev","2036-05-15","2036-05-15",None,None),("Kohtumine ministeeriumis","2036-08-27","2036-08-27",None,None)),
 dates=["2036-09","2036-09-01","2036-08","2036-10-22","2036-10-10","2036-11-04/2036-11-06","2036-10-15","2036-11-19","2036-12-11","2036-06-16/2036-06-18","2036-05-15","2036-08-27","2036-12","2036-11","2036-10"],key_messages=[])
IE='Ireland'
D['g12']=dict(people=P(("Gráinne Ní Fhlatharta","broadcaster",None),("Peter Burke-Kenny","Minister of State","Department of Enterprise, Trade and Employment"),("Aoife McGrath-Doyle","Head of the School of Business","Technological University of the Shannon"),
 ("Pádraig Ó Catháin","Regional Director, Midlands","Enterprise Ireland"),("Merel van den Akker","senior cluster expert","European Foundation for Cluster Excellence"),("Niamh Kilbride-Moran","CEO","Irish Manufacturing Research"),
 ("Ruairí Geoghegan","Director of Economic Development","Westmeath County Council"),("Orla Brennan-Fitzsimons","manager","Irish Lakelands Food Network"),("Kevin Nwachukwu-Byrne","Project lead",None),
 ("Máire de Búrca","cluster manager","Midlands Engineering Cluster"),("Tomasz Zieliński",None,"Longford–Westmeath MedTech Alliance"),("Seán Ó Riordáin","chairperson","Athlone Community Energy Co-operative"),("Ger Conneely",None,"Enterprise Ireland")),
 organisations=O(("Westmeath Enterprise Network","WEN"),("Mullingar Park Hotel",None),("Department of Enterprise, Trade and Employment",None),("Midlands Regional Enterprise Plan steering committee",None),("Enterprise Ireland",None),
 ("Eastern and Midland Regional Assembly","EMRA"),("AIB",None),("Technological University of the Shannon","TUS"),("European Foundation for Cluster Excellence",None),("Irish Manufacturing Research",None),("Westmeath County Council",None),
 ("Midlands Engineering Cluster",None),("Irish Lakelands Food Network",None),("Longford–Westmeath MedTech Alliance",None),("Offaly Rural Enterprise Hub",None),("Athlone Community Energy Co-operative",None),
 ("Education and Training Boards",None),("Mullingar Comhaltas",None),("Flux50",None),("Eoin Mac Lochlainn Photography",None)),
 events=E(("Midlands Cluster Excellence Awards 2034","2034-11-14","2034-11-14","Mullingar",IE),("jury meeting","2034-10-09","2034-10-09",None,None),("pitch to the jury","2034-10-23","2034-10-23","Athlone",IE),
 ("drinks reception","2034-11-14","2034-11-14","Mullingar",IE),("awards dinner","2034-11-14","2034-11-14","Mullingar",IE),("2035 awards ceremony","2035-11","2035-11","Tullamore",IE),("masterclass","2035-02-26","2035-02-26","Athlone",IE)),
 dates=["2034-11-17","2034-11-14","2034-10-09","2034-10-23","2031","2035-01-15","2035-06-01","2035-11","2035-02-26","2034-10-24"],
 key_messages=["The strongest clusters are those whose members share real assets, such as a laboratory, an export office or a training record, not only events",
 "Skills remain the biggest bottleneck in the Midlands, and clusters are well placed to fix it together with TUS and the Education and Training Boards","Clusters should measure their results with the same rigour they ask of their members"],published_date="2034-11-17")
BG='Bulgaria'
D['g13']=dict(people=P(("Nikolay Melemov-Dimitrov","Regional Governor of Smolyan",None),("Desislava Petkova-Georgieva","Executive Director","Rhodope Regional Development Agency"),("Ivaylo Stoyanov",'Head of Department "Cluster Development"',"BSMEPA"),
 ("Mariana Todorova-Yankova","evaluator",None),("Angel Kisyov","manager","Rhodope Herbs Cluster"),("Elitsa Vasileva",None,"Bulgarian Wood Furniture Cluster"),("Georgi Kehayov",None,"Enterprise Europe Network Bulgaria"),
 ("Tsvetelina Hadzhieva-Raykova","Project Coordinator","Rhodope Regional Development Agency")),
 organisations=O(("Rhodope Regional Development Agency","RRDA"),("Bulgarian Small and Medium Enterprises Promotion Agency","BSMEPA"),("Smolyan Chamber of Commerce and Industry",None),("Rhodope Herbs Cluster",None),
 ("Bulgarian Wood Furniture Cluster",None),("European Cluster Collaboration Platform",None),("Enterprise Europe Network Bulgaria",None),("Enterprise Europe Network",None)),
 events=E(("Info day: Rhodope Clusters Go International","2036-02-19","2036-02-19","Smolyan",BG),("One-to-one consultations","2036-02-19","2036-02-19","Smolyan",BG),("second info day for the Kardzhali district","2036-02-26","2036-02-26",None,None)),
 dates=["2036-02-19","2036-01-30","2036-03-02","2036-04-20","2036-05-15","2036-09","2038-12-31","2036-02-16","2036-02-26"],key_messages=[],published_date="2036-01-30")
UK='United Kingdom'
D['g14']=dict(people=P(("Rhodri ap Dafydd",None,"Cluster Media"),("Elin Haf Llewellyn-Jones","Pro Vice-Chancellor for Research","Aberystwyth University"),("Bryn Jenkins-Morgan","Leader","Ceredigion County Council"),
 ("Ingeborg Aasheim",None,"Norwegian Institute of Bioeconomy Research"),("Gwenllian Rees-Hughes","cluster manager","Mid Wales Agri-Tech Cluster"),("Tom Pritchard",None,"Dyfi Sensors Ltd"),
 ("Catrin Morgan-Evans",None,"Hybu Cig Cymru – Meat Promotion Wales"),("Paolo de Santis",None,"Institute of Biological, Environmental and Rural Sciences"),("Huw Vaughan-Thomas","founding chair","Mid Wales Agri-Tech Cluster"),
 ("Ffion Ellis","Head of Innovation","Development Bank of Wales"),("Siôn Llwyd","founder","Glaswellt Bio Ltd"),("Rhian Beynon-Price",None,None)),
 organisations=O(("Mid Wales Agri-Tech Cluster",None),("Aberystwyth Innovation and Enterprise Campus","AberInnovation"),("Aberystwyth University",None),("Growing Mid Wales Partnership",None),("Welsh Government",None),("Cluster Media",None),
 ("Ceredigion County Council",None),("Norwegian Institute of Bioeconomy Research","NIBIO"),("Dyfi Sensors Ltd",None),("Hybu Cig Cymru – Meat Promotion Wales",None),("Institute of Biological, Environmental and Rural Sciences","IBERS"),
 ("Development Bank of Wales",None),("Glaswellt Bio Ltd",None),("Coleg Ceredigion",None),("Farmers' Union of Wales","FUW"),("Young Farmers' Clubs",None)),
 events=E(("Mid Wales Agri-Tech Summit","2032-07-07","2032-07-08","Aberystwyth",UK),("workshops","2032-07-07","2032-07-07","Aberystwyth",UK),("summit dinner","2032-07-07","2032-07-07","Aberystwyth",UK),
 ("site visits","2032-07-08","2032-07-08",None,None),("Royal Welsh Winter Fair","2032-11-27","2032-11-28","Llanelwedd",UK),("third summit","2033-07","2033-07","Newtown",UK)),
 dates=["2032-07-11","2032-07-07/2032-07-08","2032-09","2032-11-27/2032-11-28","2033-01","2033-07","2032-07"],
 key_messages=["Data-sharing among farmers works only when farmers own and control the data","Mid Wales needs a shared testing farm where small companies can trial sensors under real conditions",
 "Grassland science is a regional strength that should be marketed together, not institution by institution","Investors want fewer, bigger and better-prepared projects; the cluster will run a pre-investment programme",
 "Young farmers must be involved from the start, through Young Farmers' Clubs and the colleges"],published_date="2032-07-11")
PI=("Piran","Slovenia")
D['g15']=dict(people=P(("Maja Bučar-Kovačič","Lead lecturer","University of Ljubljana"),("Christoph Ketelsen-Brandt",None,"Harvard Business School"),("Andrej Kocjančič","Mayor of Piran",None),
 ("Lucija Orel Jakomin","Director","Coastal Innovation Hub Piran"),("Tanja Mohorič","director","Slovenian Automotive Cluster ACS"),("Gerd Meyer zu Hörste","senior expert","VDI/VDE Innovation + Technik GmbH"),
 ("Bojan Zlatić","head of strategy","Port of Koper"),("Iva Horvat Šimunović","head","Croatian Cluster of Competitiveness of the Maritime Industry"),("Nicolas Duprat-Lemoine",None,"Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs – Clusters, Social Economy and Entrepreneurship Unit"),
 ("Paula García de Arriba",None,"Basque Energy Cluster"),("Kateryna Melnyk-Shevchenko","cluster manager","Kharkiv IT Cluster"),("Luís Miguel Carvalho","policy officer","Região Centro"),("Neža Grilc","Summer school coordinator","Coastal Innovation Hub Piran")),
 organisations=O(("Coastal Innovation Hub Piran","CIH"),("Faculty of Maritime Studies and Transport of the University of Ljubljana",None),("University of Ljubljana",None),("Slovenian Automotive Cluster ACS","ACS"),
 ("Croatian Cluster of Competitiveness of the Maritime Industry",None),("Istrian Development Agency","IDA"),("European Cluster Collaboration Platform",None),("Municipality of Piran",None),("European Foundation for Cluster Excellence",None),
 ("Harvard Business School",None),("VDI/VDE Innovation + Technik GmbH",None),("Port of Koper",None),("Cimos d.d.",None),("European Commission",None),
 ("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs – Clusters, Social Economy and Entrepreneurship Unit",None),("Basque Energy Cluster",None),("Kharkiv IT Cluster",None)),
 events=E(("Adriatic Summer School on Cluster Management and Industrial Transition","2035-07-06","2035-07-17",*PI),("Module 1 – Clusters and regional economies","2035-07-06","2035-07-08",*PI),
 ("Guest lecture \"Why some clusters last and others fade\"","2035-07-07","2035-07-07",*PI),("Opening","2035-07-06","2035-07-06",*PI),("Welcome reception","2035-07-06","2035-07-06",*PI),
 ("Module 2 – Managing a cluster organisation","2035-07-09","2035-07-10",*PI),("Company visits","2035-07-11","2035-07-11","Koper","Slovenia"),("optional excursion to the Sečovlje salt pans","2035-07-12","2035-07-12",None,None),
 ("Module 3 – Clusters in industrial transition","2035-07-13","2035-07-15",*PI),("Round table \"Ports as industrial ecosystems\"","2035-07-14","2035-07-14",*PI),("Summer school dinner","2035-07-14","2035-07-14",*PI),
 ("Module 4 – Group assignment and final presentations","2035-07-16","2035-07-17",*PI),("Closing ceremony","2035-07-17","2035-07-17",*PI),("first edition","2031","2031",None,None)),
 dates=["2035-07-06/2035-07-17","2035-04-15","2031","2035-07-06/2035-07-08","2035-07-07","2035-07-06","2035-07-09/2035-07-10","2035-07-11","2035-07-12","2035-07-13/2035-07-15","2035-07-14","2035-07-16/2035-07-17","2035-07-17","2035-03-31","2035-05-10","2034"],key_messages=[])
JP='Japan'
D['g16']=dict(people=P(("Marta Pujolràs","Cluster Manager","Clúster Alimentari de la Garrotxa"),("Yuki Tanaka-Moreno","director","ACCIÓ"),("Ramon Puig-Vidal","Consul General",None),("Kenji Watanabe","chef","Tsuji Culinary Institute"),
 ("Haruka Sato","purchasing manager","Kokubu Group"),("Elena Castillo de Ortiz","Ambassador",None),("Hiroshi Nakamura","coordinator","Kansai Food Cluster"),("Jordi Serrat","President","Clúster Alimentari de la Garrotxa"),
 ("Laia Comas-Ferrer",None,None),("Xavier Masó","Tècnic d'innovació","ACCIÓ"),("Claire Dubois-Maréchal","Chargée d'affaires internationales","CCI Pyrénées-Orientales")),
 organisations=O(("Clúster Alimentari de la Garrotxa",None),("ACCIÓ",None),("Spanish Embassy in Japan",None),("ICEX España Exportación e Inversiones",None),("Tsuji Culinary Institute",None),("Japan External Trade Organization","JETRO"),
 ("Kokubu Group",None),("Kansai Food Cluster",None),("Embotits Sant Miquel",None),("Formatges de la Vall d'en Bas",None),("Fleques Garrotxa",None),("La Fageda",None),("Melmelades del Fluvià",None),("CCI Pyrénées-Orientales",None),("Serrat Carns, SA",None)),
 events=E(("FOODEX Japan 2035","2035-03-13","2035-03-16","Chiba",JP),("Opening of the Catalan pavilion","2035-03-13","2035-03-13","Chiba",JP),("tasting seminar \"Mediterranean charcuterie for Japanese tables\"","2035-03-14","2035-03-14","Chiba",JP),
 ("B2B session","2035-03-14","2035-03-14","Chiba",JP),("Company visit to the central warehouse of Kokubu Group","2035-03-15","2035-03-15","Tokyo",JP),("networking dinner","2035-03-15","2035-03-15",None,None),
 ("Meetings in Osaka","2035-03-16","2035-03-16","Osaka",JP),("autumn forum","2035-10-22","2035-10-22",None,None),("return visit of Japanese buyers","2035-06","2035-06","Olot","Spain"),("FOODEX Japan 2036",None,None,None,None)),
 dates=["2035-03-13/2035-03-16","2035-10-22","2035-06","2036"],
 key_messages=["Japanese buyers value the story of the product as much as the product itself. Our volcanic landscape and family farms are an asset","Certification and labelling take time – start 12 months before you want to ship",
 "Small companies can compete in Japan if they go together under one brand"])
json.dump(D, open(os.path.dirname(__file__)+'/mine_c.json','w'), ensure_ascii=False, indent=1)
