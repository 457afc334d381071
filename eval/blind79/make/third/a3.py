import sys; sys.path.insert(0,'eval/blind79/make/third')
from b import W
W('g09', None, """
Ardita Sulejmani-Trajkovska|Cluster Coordinator|LOTC
Biljana Petreska-Nikolovska|Associate Professor|Faculty of Tourism and Hospitality, St. Kliment Ohridski University
Artan Rexhepi|Owner|Hotel Drim Sunset
Mateja Kos Brezovar||Slovenian Tourist Board
Klaus-Dieter Oberhuber||Internationale Bodensee-Konferenz
Jelena Vasiljević-Marković|Cluster manager|Serbian Gastro Tourism Cluster
Siobhán O'Donoghue|Senior Adviser|Fáilte Ireland
Elizabeta Dimovska|Head of Unit|Fund for Innovation and Technology Development
Nikola Angelovski|cluster president|
Marija Talevska|guesthouse owner|
Erion Kasa||Pogradec Tourism Network
""", """
Lake Ohrid Tourism Cluster|LOTC
Pogradec Tourism Network
Swiss Agency for Development and Cooperation|SDC
Faculty of Tourism and Hospitality, St. Kliment Ohridski University
Hotel Drim Sunset
Slovenian Tourist Board
Internationale Bodensee-Konferenz
Serbian Gastro Tourism Cluster
Fáilte Ireland
Fund for Innovation and Technology Development
""", """
Smart Lakeside: webinar series 2037|2037-02-10|2037-06-16||
Session 1: "From overtourism to all-year tourism: what the data say"|2037-02-10|||
Session 2: "Booking engines, channel managers and the small family hotel"|2037-03-03|||
Session 3: "Lakes that work together: lessons from Lake Bled and Lake Constance"|2037-03-24|||
Session 4: "Local food on the tourist plate"|2037-04-14|||
Session 5: "Green certification for small accommodation"|2037-05-05|||
Session 6: "Funding for tourism SMEs in 2037–2038"|2037-05-26|||
Smart Lakeside Day|2037-06-16||Struga|North Macedonia
boat trip to the springs of the Black Drin|2037-06-16|||
dinner for participants|2037-06-16||Struga|North Macedonia
first series|2036|||
Ohrid Tourism Fair|2037-10-02|2037-10-04|Ohrid|North Macedonia
General Assembly of LOTC|2037-04-30||Struga|North Macedonia
""", "2037-02-10 2037-03-03 2037-03-24 2037-04-14 2037-05-05 2037-05-26 2037-06-16 2036 2035/2038 2037/2038 2037-10-02/2037-10-04 2037-04-30")
W('g10', '2033-10-02', """
Alba Rodríguez de Miguel|Project Officer|CLAZ
Tomás Hernández Lobato|Managing Director|CLAZ
Hildur Sigurðardóttir|project manager|Þekkingarnet
Jón Örn Guðmundsson||SSNE
Einar Baldursson|plant manager|Mjólkursamsalan
Ásthildur Sturludóttir|Mayor of Akureyri|
Rannveig Björnsdóttir||University of Akureyri
Gunnar Páll Pétursson|managing director|GPG Seafood
Reinhard Reynisson|head of the regional business development unit|SSNE
María Helena Tryggvadóttir|owner|Hvammur Cheese Farm
Pilar Fernández-Valbuena|President|Lácteos del Duero S. Coop.
Sigríður Ósk Kristjánsdóttir|energy engineer|Landsvirkjun
Hjálmar Bogi Hafliðason|Councillor|Norðurþing municipality
""", """
CLUSTER LÁCTEO Y AGROALIMENTARIO DE ZAMORA|CLAZ
Junta de Castilla y León
Dirección General de Industria Agroalimentaria
Þekkingarnet Þingeyinga|Þekkingarnet
Diputación de Zamora
Universidad de Salamanca
Samtök sveitarfélaga og atvinnuþróunar á Norðurlandi eystra|SSNE
Mjólkursamsalan
University of Akureyri
GPG Seafood
Hvammur Cheese Farm
Lácteos del Duero S. Coop.
Landsvirkjun
Húsavík Knowledge Centre
Norðurþing municipality
European Union
""", """
Study visit to North Iceland|2033-09-12|2033-09-15|Húsavík, Akureyri|Iceland
company visit to Mjólkursamsalan's dairy plant|2033-09-12||Akureyri|Iceland
welcome reception|2033-09-12||Akureyri|Iceland
visit to the University of Akureyri|2033-09-13||Akureyri|Iceland
Visit to the GPG Seafood processing plant|2033-09-13||Húsavík|Iceland
round table "Cold climate, warm cooperation"|2033-09-13||Húsavík|Iceland
Visit to the geothermal greenhouses in Hveravellir and to the Reykjahlíð energy park|2033-09-14|||Iceland
workshop at the Húsavík Knowledge Centre|2033-09-14||Húsavík|Iceland
farewell dinner|2033-09-14||Húsavík|Iceland
visit to a family dairy farm at Laxamýri|2033-09-15|||Iceland
Feria del Queso de Zamora|2034||Zamora|Spain
joint webinar on heat networks for food processors|2033-11-23|||
next visit, to Friesland|2034|||
""", "2033-09-12/2033-09-15 2033-10-02 2033-09-12 2033-09-13 2033-09-14 2033-09-15 2033-09-28 2034 2033-12 2033-11-23",
["Renewable heat in cheese making is feasible at small scale if municipalities plan heat networks together with food companies",
"CLAZ should map waste heat from the biogas plants and the Ricobayo hydropower area for potential use by members",
"Direct sales to visitors can finance part of the modernisation of small dairies, as at Hvammur",
"A permanent exchange of apprentices between Zamora and North Iceland should be explored with the Universidad de Salamanca and the University of Akureyri"])
W('g11', '2036-09', """
Margus KASK|klastri juhatuse esimees|Kesk-Eesti Puiduklaster
Kadri-Ann Saar|klastrijuht|Kesk-Eesti Puiduklaster
Rein Lepik||Kesk-Eesti Puiduklaster
Jaan-Olev Kallas||Tallinna Tehnikaülikool
Triin Mägi-Ojasoo|ajakirjanik|
Andres Rüütel|Koolitaja|Rüütel Masinad OÜ
Priit Värk|Paide vallavanem|
Henrik Välja|tegevjuht|Eesti Metsa- ja Puidutööstuse Liit
Ilze Bērziņa-Kalniņa|Läti puiduklastri juht|
Kristjan Oja-Laaneväljaga|asekantsler|Majandus- ja Kommunikatsiooniministeeriumis
Liina Rebane-Hallik|arhitekt|
Tiina Org-Kuusik|ettevõtlus- ja infotehnoloogiaminister|
""", """
MTÜ Kesk-Eesti Puiduklaster
Türi Puidutöö OÜ
Järva-Jaani Palkmajad OÜ
SA Järvamaa Arenduskeskus
Türi Tehnika- ja Maamajanduskool
Tallinna Tehnikaülikool
Jyväskylä ülikooli
Puuinfo Keski-Suomi
Rüütel Masinad OÜ
Eesti Metsa- ja Puidutööstuse Liit
Järva Element AS
Majandus- ja Kommunikatsiooniministeeriumis
""", """
Klastri aastakonverents|2036-10-22||Paide|Estonia
klastri liikmete ühine õhtusöök|2036-10-22||Paide|Estonia
Õppereis Kesk-Soome|2036-11-04|2036-11-06|Jyväskylä, Äänekoski|Finland
Koolitus „CNC-pinkide hooldus"|2036-11-19||Türi|Estonia
Jõulukohtumine|2036-12-11|||Estonia
Puiduklastrite suvekool|2036-06-16|2036-06-18|Paide|Estonia
Puidutööstuse avatud uste päev|2036-05-15|||Estonia
Kohtumine ministeeriumis|2036-08-27|||Estonia
""", "2036-09 2036-08 2036-09-01 2036-10-22 2036-10-10 2036-11-04/2036-11-06 2036-10-15 2036-11-19 2036-12-11 2036-06-16/2036-06-18 2036-05-15 2036-08-27 2036-12 2036-10 2036-11")
