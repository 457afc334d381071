import sys; sys.path.insert(0,'eval/blind79/make/third')
from b import W
W('g12', '2034-11-17', """
Gráinne Ní Fhlatharta|broadcaster|
Peter Burke-Kenny|Minister of State|Department of Enterprise, Trade and Employment
Aoife McGrath-Doyle|Head of the School of Business|Technological University of the Shannon
Pádraig Ó Catháin|Regional Director, Midlands|Enterprise Ireland
Merel van den Akker|senior cluster expert|European Foundation for Cluster Excellence
Niamh Kilbride-Moran|CEO|Irish Manufacturing Research
Ruairí Geoghegan|Director of Economic Development|Westmeath County Council
Orla Brennan-Fitzsimons|manager|Irish Lakelands Food Network
Kevin Nwachukwu-Byrne|Project lead|
Máire de Búrca|cluster manager|Midlands Engineering Cluster
Tomasz Zieliński||Longford–Westmeath MedTech Alliance
Seán Ó Riordáin|chairperson|Athlone Community Energy Co-operative
Ger Conneely||Enterprise Ireland
""", """
Westmeath Enterprise Network|WEN
Department of Enterprise, Trade and Employment
Midlands Regional Enterprise Plan steering committee
Enterprise Ireland
Eastern and Midland Regional Assembly|EMRA
AIB
Technological University of the Shannon|TUS
European Foundation for Cluster Excellence
Irish Manufacturing Research
Westmeath County Council
Midlands Engineering Cluster
Irish Lakelands Food Network
Longford–Westmeath MedTech Alliance
Offaly Rural Enterprise Hub
Athlone Community Energy Co-operative
Education and Training Boards
Mullingar Comhaltas
Flux50
Mullingar Park Hotel
Eoin Mac Lochlainn Photography
""", """
Midlands Cluster Excellence Awards 2034|2034-11-14||Mullingar|Ireland
drinks reception|2034-11-14||Mullingar|Ireland
awards dinner|2034-11-14||Mullingar|Ireland
jury meeting|2034-10-09|||
pitch to the jury|2034-10-23||Athlone|Ireland
2035 awards ceremony|2035-11||Tullamore|Ireland
masterclass with the European Foundation for Cluster Excellence|2035-02-26||Athlone|Ireland
""", "2034-11-17 2034-11-14 2034-10-09 2034-10-23 2031 2035-01-15 2035-06-01 2035-11 2035-02-26 2034-10-24",
["The strongest clusters are those whose members share real assets, such as a laboratory, an export office or a training record, not only events",
"Skills remain the biggest bottleneck in the Midlands, and clusters are well placed to fix it together with TUS and the Education and Training Boards",
"Clusters should measure their results with the same rigour they ask of their members"])
W('g13', '2036-01-30', """
Nikolay Melemov-Dimitrov|Regional Governor of Smolyan|
Desislava Petkova-Georgieva|Executive Director|RRDA
Ivaylo Stoyanov|Head of Department "Cluster Development"|BSMEPA
Mariana Todorova-Yankova|evaluator|
Angel Kisyov|manager|Rhodope Herbs Cluster
Elitsa Vasileva||Bulgarian Wood Furniture Cluster
Georgi Kehayov||Enterprise Europe Network Bulgaria
Tsvetelina Hadzhieva-Raykova|Project Coordinator|Rhodope Regional Development Agency
""", """
Rhodope Regional Development Agency|RRDA
Bulgarian Small and Medium Enterprises Promotion Agency|BSMEPA
Smolyan Chamber of Commerce and Industry
Rhodope Herbs Cluster
Bulgarian Wood Furniture Cluster
European Cluster Collaboration Platform
Enterprise Europe Network Bulgaria
""", """
Info day: Rhodope Clusters Go International|2036-02-19||Smolyan|Bulgaria
One-to-one consultations|2036-02-19||Smolyan|Bulgaria
second info day for the Kardzhali district|2036-02-26|||
""", "2036-02-19 2036-01-30 2036-03-02 2036-04-20 2036-05-15 2036-09 2038-12-31 2036-02-16 2036-02-26")
W('g14', '2032-07-11', """
Rhodri ap Dafydd||Cluster Media
Elin Haf Llewellyn-Jones|Pro Vice-Chancellor for Research|Aberystwyth University
Bryn Jenkins-Morgan|Leader of Ceredigion County Council|Ceredigion County Council
Ingeborg Aasheim||Norwegian Institute of Bioeconomy Research
Gwenllian Rees-Hughes|Cluster Manager|Mid Wales Agri-Tech Cluster
Tom Pritchard||Dyfi Sensors Ltd
Catrin Morgan-Evans||Hybu Cig Cymru – Meat Promotion Wales
Paolo de Santis||Institute of Biological, Environmental and Rural Sciences
Huw Vaughan-Thomas|founding chair|
Ffion Ellis|Head of Innovation|Development Bank of Wales
Siôn Llwyd|founder|Glaswellt Bio Ltd
Rhian Beynon-Price||
""", """
Mid Wales Agri-Tech Cluster
Aberystwyth Innovation and Enterprise Campus|AberInnovation
Aberystwyth University
Growing Mid Wales Partnership
Welsh Government
Cluster Media
Ceredigion County Council
Norwegian Institute of Bioeconomy Research|NIBIO
Dyfi Sensors Ltd
Hybu Cig Cymru – Meat Promotion Wales
Institute of Biological, Environmental and Rural Sciences|IBERS
Development Bank of Wales
Glaswellt Bio Ltd
Young Farmers' Clubs
Coleg Ceredigion
Farmers' Union of Wales|FUW
""", """
Mid Wales Agri-Tech Summit|2032-07-07|2032-07-08|Aberystwyth|United Kingdom
panel|2032-07-07||Aberystwyth|United Kingdom
workshops|2032-07-07||Aberystwyth|United Kingdom
summit dinner|2032-07-07||Aberystwyth|United Kingdom
site visits|2032-07-08|||
Royal Welsh Winter Fair|2032-11-27|2032-11-28|Llanelwedd|United Kingdom
third summit|2033-07||Newtown|United Kingdom
""", "2032-07-11 2032-07-07/2032-07-08 2032-09 2032-11-27/2032-11-28 2033-01 2033-07 2032-07",
["Data-sharing among farmers works only when farmers own and control the data",
"Mid Wales needs a shared testing farm where small companies can trial sensors under real conditions",
"Grassland science is a regional strength that should be marketed together, not institution by institution",
"Investors want fewer, bigger and better-prepared projects; the cluster will run a pre-investment programme",
"Young farmers must be involved from the start, through Young Farmers' Clubs and the colleges"])
W('g15', None, """
Maja Bučar-Kovačič|Lead lecturer|University of Ljubljana
Christoph Ketelsen-Brandt||Harvard Business School
Andrej Kocjančič|Mayor of Piran|
Lucija Orel Jakomin|Director|CIH
Tanja Mohorič|director|Slovenian Automotive Cluster ACS
Gerd Meyer zu Hörste|senior expert|VDI/VDE Innovation + Technik GmbH
Bojan Zlatić|head of strategy|Port of Koper
Iva Horvat Šimunović|head|Croatian Cluster of Competitiveness of the Maritime Industry
Nicolas Duprat-Lemoine||Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs – Clusters, Social Economy and Entrepreneurship Unit
Paula García de Arriba||Basque Energy Cluster
Kateryna Melnyk-Shevchenko|cluster manager|Kharkiv IT Cluster
Luís Miguel Carvalho|policy officer|
Neža Grilc|Summer school coordinator|Coastal Innovation Hub Piran
""", """
Coastal Innovation Hub Piran|CIH
Faculty of Maritime Studies and Transport of the University of Ljubljana
University of Ljubljana
Slovenian Automotive Cluster ACS
Croatian Cluster of Competitiveness of the Maritime Industry
Istrian Development Agency|IDA
European Cluster Collaboration Platform
Municipality of Piran
European Foundation for Cluster Excellence
Harvard Business School
VDI/VDE Innovation + Technik GmbH
Port of Koper
Cimos d.d.
European Commission
Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs – Clusters, Social Economy and Entrepreneurship Unit
Basque Energy Cluster
Kharkiv IT Cluster
""", """
Adriatic Summer School on Cluster Management and Industrial Transition|2035-07-06|2035-07-17|Piran|Slovenia
Module 1 – Clusters and regional economies|2035-07-06|2035-07-08|Piran|Slovenia
Guest lecture "Why some clusters last and others fade"|2035-07-07||Piran|Slovenia
Opening|2035-07-06||Piran|Slovenia
Welcome reception|2035-07-06||Piran|Slovenia
Module 2 – Managing a cluster organisation|2035-07-09|2035-07-10|Piran|Slovenia
Company visits|2035-07-11||Koper, Pula|
optional excursion to the Sečovlje salt pans|2035-07-12|||Slovenia
Module 3 – Clusters in industrial transition|2035-07-13|2035-07-15|Piran|Slovenia
Round table "Ports as industrial ecosystems"|2035-07-14||Piran|Slovenia
Summer school dinner|2035-07-14||Piran|Slovenia
Module 4 – Group assignment and final presentations|2035-07-16|2035-07-17|Piran|Slovenia
Closing ceremony|2035-07-17||Piran|Slovenia
first edition|2031|||
""", "2035-07-06/2035-07-17 2035-04-15 2035-07-06/2035-07-08 2035-07-07 2035-07-06 2035-07-09/2035-07-10 2035-07-11 2035-07-12 2035-07-13/2035-07-15 2035-07-14 2035-07-16/2035-07-17 2035-07-17 2031 2035-03-31 2035-05-10 2034")
W('g16', None, """
Marta Pujolràs|Cluster Manager|Clúster Alimentari de la Garrotxa
Yuki Tanaka-Moreno|director of the ACCIÓ trade office in Tokyo|ACCIÓ
Ramon Puig-Vidal|Consul General|
Kenji Watanabe|chef|Tsuji Culinary Institute
Haruka Sato|purchasing manager|Kokubu Group
Elena Castillo de Ortiz|Ambassador|
Hiroshi Nakamura|coordinator|Kansai Food Cluster
Jordi Serrat|President|Clúster Alimentari de la Garrotxa
Laia Comas-Ferrer||
Xavier Masó|Tècnic d'innovació|ACCIÓ
Claire Dubois-Maréchal|Chargée d'affaires internationales|CCI Pyrénées-Orientales
""", """
Clúster Alimentari de la Garrotxa
ACCIÓ
Spanish Embassy in Japan
ICEX España Exportación e Inversiones
Tsuji Culinary Institute
Japan External Trade Organization|JETRO
Kokubu Group
Kansai Food Cluster
Embotits Sant Miquel
Formatges de la Vall d'en Bas
Fleques Garrotxa
La Fageda
Melmelades del Fluvià
Serrat Carns, SA
CCI Pyrénées-Orientales
""", """
FOODEX Japan 2035|2035-03-13|2035-03-16|Chiba|Japan
Opening of the Catalan pavilion|2035-03-13||Chiba|Japan
tasting seminar "Mediterranean charcuterie for Japanese tables"|2035-03-14||Chiba|Japan
B2B session with 14 importers|2035-03-14||Chiba|Japan
Company visit to the central warehouse of Kokubu Group|2035-03-15||Tokyo|Japan
networking dinner at the Spanish Ambassador's residence|2035-03-15|||Japan
Meetings in Osaka with the Kansai Food Cluster|2035-03-16||Osaka|Japan
autumn forum|2035-10-22|||
return visit of Japanese buyers|2035-06||Olot|Spain
FOODEX Japan 2036|2036|||Japan
""", "2035-03-13/2035-03-16 2035-10-22 2035-06 2036",
["Japanese buyers value the story of the product as much as the product itself. Our volcanic landscape and family farms are an asset",
"Certification and labelling take time – start 12 months before you want to ship",
"Small companies can compete in Japan if they go together under one brand"])
