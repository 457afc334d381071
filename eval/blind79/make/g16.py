from h import *
F = 'g16_linkedin_garrotxa_delegation_foodex_japan.txt'
T = f"""Marta Pujolràs • 1st
Cluster Manager at Clúster Alimentari de la Garrotxa | Food innovation | Internationalisation of SMEs
1w • Edited • 🌐

🇯🇵 Back from Tokyo with a full notebook and a very tired team!

Last week I had the honour of leading a delegation of nine food companies from La Garrotxa and the Girona counties at FOODEX Japan 2035 (Makuhari Messe, Chiba, {w(2035,3,13)} 13 – {w(2035,3,16)} 16 March 2035). It was our cluster's first mission to Asia, organised together with ACCIÓ and its trade office in Tokyo, and with the support of the Spanish Embassy in Japan and ICEX España Exportación e Inversiones.

Why Japan? Because Japanese consumers already know Spanish ham and Manchego, but almost nobody there has heard of our fuet, our mató or our buckwheat products. The market is demanding, slow and very loyal once you are in. For small family companies, that loyalty is worth the long preparation: we started working on this mission eighteen months ago.

A few highlights 👇

🔹 Day 1 – Opening of the Catalan pavilion (Hall 5, stand 5-C22) together with Yuki Tanaka-Moreno, director of the ACCIÓ trade office in Tokyo, and Consul General Ramon Puig-Vidal. More than 400 visitors came to our stand on the first day alone.

🔹 Day 2 – A tasting seminar "Mediterranean charcuterie for Japanese tables" with chef Kenji Watanabe of the Tsuji Culinary Institute, and a B2B session with 14 importers organised by JETRO (Japan External Trade Organization). Our members held 63 meetings in three days.

🔹 Day 3 – Company visit to the central warehouse of Kokubu Group in Tokyo, where purchasing manager Haruka Sato explained the certification steps for cured meat and cheese. In the evening, a networking dinner at the Spanish Ambassador's residence, hosted by Ambassador Elena Castillo de Ortiz.

🔹 Day 4 – Meetings in Osaka with the Kansai Food Cluster, whose coordinator Prof. Hiroshi Nakamura invited us to their autumn forum on 22 October 2035.

What I'm taking home:
✔️ Japanese buyers value the story of the product as much as the product itself. Our volcanic landscape and family farms are an asset.
✔️ Certification and labelling take time – start 12 months before you want to ship.
✔️ Small companies can compete in Japan if they go together under one brand.

A huge thank you to the companies who trusted us: Embotits Sant Miquel, Formatges de la Vall d'en Bas, Fleques Garrotxa, La Fageda, Melmelades del Fluvià and four more who prefer to stay under the radar until their contracts are signed 😉. Thanks also to Jordi Serrat, our president, who joined us for the first two days, and to my colleague Laia Comas-Ferrer who made the logistics look easy.

Next stop: we are preparing a return visit of Japanese buyers to Olot in June 2035, and a second mission to FOODEX Japan 2036. If your company wants to join, send me a message.

#FoodexJapan #Clusters #Internationalisation #Garrotxa #Catalonia #FoodInnovation #ACCIO #Japan

📷 Photos: Laia Comas-Ferrer

👍❤️👏 287 · 41 comments · 19 reposts

Comments

Xavier Masó • Tècnic d'innovació a ACCIÓ
Congratulations Marta and team! It was great to see the Garrotxa companies so well prepared. See you at the debriefing on Thursday.
Like · Reply · 6d

Claire Dubois-Maréchal • Chargée d'affaires internationales, CCI Pyrénées-Orientales
Bravo ! We should compare notes – our cheese producers are thinking of Japan for 2036.
Like · Reply · 6d

Jordi Serrat • President, Clúster Alimentari de la Garrotxa | CEO at Serrat Carns, SA
Proud of this team. The first mission to Asia for our cluster and surely not the last.
Like · Reply · 5d

Show more comments
"""
write(F, T)
gold(F,
 [P("Marta Pujolràs", "Cluster Manager", "Clúster Alimentari de la Garrotxa"),
  P("Yuki Tanaka-Moreno", "director", "ACCIÓ trade office in Tokyo"),
  P("Ramon Puig-Vidal", "Consul General", None),
  P("Kenji Watanabe", "chef", "Tsuji Culinary Institute"),
  P("Haruka Sato", "purchasing manager", "Kokubu Group"),
  P("Elena Castillo de Ortiz", "Ambassador", None),
  P("Hiroshi Nakamura", "coordinator", "Kansai Food Cluster"),
  P("Jordi Serrat", "President", "Clúster Alimentari de la Garrotxa"),
  P("Laia Comas-Ferrer", None, None),
  P("Xavier Masó", "Tècnic d'innovació", "ACCIÓ"),
  P("Claire Dubois-Maréchal", "Chargée d'affaires internationales", "CCI Pyrénées-Orientales")],
 [O("Clúster Alimentari de la Garrotxa"), O("ACCIÓ"), O("ACCIÓ trade office in Tokyo"), O("Spanish Embassy in Japan"),
  O("ICEX España Exportación e Inversiones"), O("Tsuji Culinary Institute"), O("Japan External Trade Organization", "JETRO"),
  O("Kokubu Group"), O("Kansai Food Cluster"), O("Embotits Sant Miquel"), O("Formatges de la Vall d'en Bas"),
  O("Fleques Garrotxa"), O("La Fageda"), O("Melmelades del Fluvià"), O("CCI Pyrénées-Orientales"), O("Serrat Carns, SA"),
  ],
 [E("FOODEX Japan 2035", "2035-03-13", "2035-03-16", "Chiba", "Japan"),
  E("Opening of the Catalan pavilion", "2035-03-13", None, "Chiba", "Japan"),
  E('tasting seminar "Mediterranean charcuterie for Japanese tables"', "2035-03-14", None, "Chiba", "Japan"),
  E("B2B session", "2035-03-14", None, "Chiba", "Japan"),
  E("Company visit to the central warehouse of Kokubu Group", "2035-03-15", None, "Tokyo", "Japan"),
  E("networking dinner", "2035-03-15", None, "Tokyo", "Japan"),
  E("Meetings in Osaka with the Kansai Food Cluster", "2035-03-16", None, "Osaka", "Japan"),
  E("autumn forum", "2035-10-22"),
  E("return visit of Japanese buyers", "2035-06", None, "Olot", "Spain"),
  E("FOODEX Japan 2036"),
  E("debriefing")],
 ["2035-03-13/2035-03-16", "2035-10-22", "2035-06", "2036"],
 ["Japanese buyers value the story of the product as much as the product itself. Our volcanic landscape and family farms are an asset",
  "Certification and labelling take time – start 12 months before you want to ship",
  "Small companies can compete in Japan if they go together under one brand"])
