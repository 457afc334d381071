from h import *
F='linkedin-post-mission-japan-st-poelten.txt'
T=f'''Magdalena Hofbauer-Kern • 1st
Cluster Manager Food & Bioeconomy at ecoplus. The Business Agency of Lower Austria | Connecting regional producers with global markets
3d • Edited • 🌐

🇯🇵 Back from Japan – and what a week it was!

From {wd(2036,3,10)} 10 to {wd(2036,3,14)} 14 March 2036 I had the honour of leading a delegation of eleven companies from our Food Cluster Lower Austria on a business mission to Tokyo and Osaka, together with the Austrian Embassy in Tokyo and the ADVANTAGE AUSTRIA office Tokyo. Here are a few highlights 👇

📍 Monday, Tokyo: Opening at the Austrian Embassy with Ambassador Dr. Katharina Wieser-Sonnleitner, followed by a market briefing by Markus Pfeiffer, Austrian Commercial Counsellor in Tokyo. Key insight: Japanese buyers value traceability and origin stories more than low prices.

📍 Tuesday to Wednesday: FOODEX Japan 2036 at Makuhari Messe. Our members presented organic apple juice from the Mostviertel, Wachau apricot products, pumpkin seed oil and oat drinks at the Austrian pavilion. More than 140 buyer contacts in two days! 🍎🎃

📍 Wednesday evening: "Taste of Lower Austria" reception for 80 importers and chefs, with wines from the Weinviertel and a cooking show by Chef Hiroshi Tanabe of Restaurant Kisetsu.

📍 Thursday: Site visits in Osaka – the central wholesale market and the R&D centre of a large beverage group – and a workshop on Japanese food labelling with Yuki Morimoto from the Japan External Trade Organization (JETRO) Osaka.

📍 Friday: B2B meetings organised by Enterprise Europe Network Japan (EU-Japan Centre for Industrial Cooperation) – 36 meetings for our eleven companies.

🙏 A big thank-you to Julia Grabner and Stefan Wimmer from our cluster team for the perfect preparation, to Kenji Nakamura of the EU-Japan Centre for Industrial Cooperation for the matchmaking, and to all the companies who joined: Mostviertler Saftmanufaktur GmbH, Wachauer Marillenhof Schmid KG, Ölmühle Steinbauer e.U., HaferWerk GmbH, Weinviertler Senf & Essig OG and six others.

Special thanks to Gerhard Leitner, managing director of Mostviertler Saftmanufaktur, who closed three trial orders on the spot 🥂 and to Mag. Anna Berger-Wöss from the Lower Austrian Chamber of Commerce (WKNÖ) for her support with export financing.

🔜 What's next?
➡️ A follow-up webinar for all participants on {wd(2036,4,8)} 8 April 2036 to review the leads
➡️ A return visit of a Japanese buyers' delegation to St. Pölten and the Wachau on {wd(2036,6,16)} 16–{wd(2036,6,18)} 18 June 2036
➡️ Our joint stand at SIAL Paris, {wd(2036,10,18)} 18–{wd(2036,10,22)} 22 October 2036 – registration for companies closes on 30 April!

If your company is a food producer in Lower Austria and wants to explore Asian markets, send me a message or join our info session on export to Asia on {wd(2036,4,21)} 21 April 2036 in St. Pölten (Haus der Wirtschaft). 📩

This mission was co-funded by the Province of Lower Austria and the go-international initiative of the Federal Ministry of Economy and the Austrian Economic Chambers (WKO).

#FoodClusterLowerAustria #Japan #Export #FOODEX #Clusters #Bioeconomy #ecoplus #Niederösterreich #TasteOfLowerAustria

👍❤️👏 412 · 38 comments · 17 reposts

Comments

Katharina Wieser-Sonnleitner • Ambassador of Austria to Japan
It was a pleasure to host you! Looking forward to welcoming the next delegation. 🇦🇹🇯🇵
2d · Like · Reply

Gerhard Leitner • Managing Director at Mostviertler Saftmanufaktur GmbH
Thank you, Magdalena! The first pallet of apple juice leaves for Yokohama next week. Best mission I have ever taken part in.
2d · Like · Reply

Yuki Morimoto • Food Sector Advisor at JETRO Osaka
Thank you for visiting Osaka. Your members were very well prepared. よろしくお願いします！
2d · Like · Reply

Petra Hrubá • Cluster manager at Czech Agri-food Cluster
Congratulations! Would love to learn from your experience for our mission to Korea in autumn.
1d · Like · Reply

Load more comments
'''
write(F,T)
E_='ecoplus. The Business Agency of Lower Austria'
gold(F,[P('Magdalena Hofbauer-Kern','Cluster Manager Food & Bioeconomy',E_),P('Katharina Wieser-Sonnleitner','Ambassador','Austrian Embassy in Tokyo'),
 P('Markus Pfeiffer','Austrian Commercial Counsellor in Tokyo','ADVANTAGE AUSTRIA office Tokyo'),P('Hiroshi Tanabe','Chef','Restaurant Kisetsu'),
 P('Yuki Morimoto','Food Sector Advisor','Japan External Trade Organization'),P('Julia Grabner',None,'Food Cluster Lower Austria'),P('Stefan Wimmer',None,'Food Cluster Lower Austria'),
 P('Kenji Nakamura',None,'EU-Japan Centre for Industrial Cooperation'),P('Gerhard Leitner','managing director','Mostviertler Saftmanufaktur GmbH'),
 P('Anna Berger-Wöss',None,'Lower Austrian Chamber of Commerce'),P('Petra Hrubá','Cluster manager','Czech Agri-food Cluster')],
 [O(E_),O('Food Cluster Lower Austria'),O('Austrian Embassy in Tokyo'),O('ADVANTAGE AUSTRIA office Tokyo'),O('Restaurant Kisetsu'),O('Japan External Trade Organization','JETRO'),
  O('Enterprise Europe Network Japan'),O('EU-Japan Centre for Industrial Cooperation'),O('Mostviertler Saftmanufaktur GmbH'),O('Wachauer Marillenhof Schmid KG'),O('Ölmühle Steinbauer e.U.'),
  O('HaferWerk GmbH'),O('Weinviertler Senf & Essig OG'),O('Lower Austrian Chamber of Commerce','WKNÖ'),O('Province of Lower Austria'),O('Federal Ministry of Economy'),
  O('Austrian Economic Chambers','WKO'),O('Czech Agri-food Cluster')],
 [E('business mission to Tokyo and Osaka','2036-03-10','2036-03-14','Tokyo, Osaka','Japan'),E('Opening at the Austrian Embassy','2036-03-10','2036-03-10','Tokyo','Japan'),
  E('FOODEX Japan 2036','2036-03-11','2036-03-12',None,'Japan'),E('Taste of Lower Austria','2036-03-12','2036-03-12',None,'Japan'),
  E('Site visits in Osaka','2036-03-13','2036-03-13','Osaka','Japan'),E('workshop on Japanese food labelling','2036-03-13','2036-03-13','Osaka','Japan'),
  E('B2B meetings','2036-03-14','2036-03-14',None,'Japan'),E('follow-up webinar','2036-04-08','2036-04-08',None,None),
  E("return visit of a Japanese buyers' delegation",'2036-06-16','2036-06-18','St. Pölten','Austria'),E('SIAL Paris','2036-10-18','2036-10-22','Paris','France'),
  E('info session on export to Asia','2036-04-21','2036-04-21','St. Pölten','Austria')],
 ['2036-03-10/2036-03-14','2036-04-08','2036-06-16/2036-06-18','2036-10-18/2036-10-22','2036-04-30','2036-04-21'])
