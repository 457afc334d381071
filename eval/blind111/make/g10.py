from h import *
F = 'g10_pleven_summit_gallery.html'
assert wd(2036,9,17)=='Wednesday' and wd(2036,9,18)=='Thursday'
caps = [
("01","Registration desk on the Wednesday morning: volunteers from the University of Pleven welcome the first of 260 guests."),
("02","Opening of the Danube Cluster Summit 2036. From left: Mayor of Pleven Georgi Vasilev, Deputy Minister of Innovation and Growth Radostina Peneva and Viktor Iliev, Chairman of the Bulgarian Association of Clusters (BAC)."),
("03","Keynote by Lorenzo Bassi, Policy Officer at the European Commission's DG REGIO, on the Danube macro-regional strategy and smart specialisation."),
("04","Panel \"Clusters across the river\": Mihaela Stan (Dunărea de Jos Agrifood Cluster, Romania), Dragan Marković (Vojvodina ICT Cluster, Serbia), Petya Todorova (Pleven Agri-Tech Cluster) and moderator Ivan Kostov, journalist at Capital."),
("05","Ivan Kostov asks the audience to vote on the panel's question with their phones. 71% agreed that cross-border cluster projects need simpler rules."),
("06","Coffee break in the foyer of the Pleven Panorama. Petya Todorova in conversation with Andrea Hofbauer of the Upper Austrian business agency Business Upper Austria."),
("07","Signing of the memorandum of understanding between the Pleven Agri-Tech Cluster and the Dunărea de Jos Agrifood Cluster. Seated: Petya Todorova and Mihaela Stan; standing: Viktor Iliev."),
("08","Workshop on EU funding for clusters led by Yordanka Dimitrova, Head of the Interreg Romania-Bulgaria Joint Secretariat in Călărași."),
("09","Matchmaking session in the afternoon: 84 pre-arranged meetings between 52 companies, organised with the Enterprise Europe Network Bulgaria."),
("10a","Group photo of the cluster managers from Bulgaria, Romania, Serbia, Croatia and Austria on the steps of the Pleven Panorama after the morning panel. Front row, centre: Viktor Iliev and Petya Todorova."),
("10b","Radostina Peneva talks to exhibitors at the stand of the Pleven Agri-Tech Cluster, where member companies showed drones for crop monitoring and a smart irrigation system."),
("10","Students of the Agricultural University – Plovdiv present a soil sensor prototype at the innovation corner."),
("11","Award for the best cluster project in the Danube region goes to the Vojvodina ICT Cluster. Dragan Marković receives the trophy from Radostina Peneva."),
("12","Closing remarks by Viktor Iliev. The next summit will be held in Ruse in September 2037."),
("13","Summit dinner at the Hotel Rostov, with a performance by the Pleven folk ensemble Kaylaka."),
("14","Thursday 18 September: study visit to the Institute of Agriculture and Seed Science \"Obraztsov Chiflik\" in Ruse and to the vineyards of Chateau Vidin Hills."),
]
items = "\n".join(f'<figure class="g"><img src="/gallery/dcs2036/{n}.jpg" alt="Photo {n}" loading="lazy"><figcaption>{c}</figcaption></figure>' for n,c in caps)
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Photo gallery: Danube Cluster Summit 2036 – Bulgarian Association of Clusters</title></head>
<body>
<div class="cookies">We use cookies to show you photo galleries and to count visits. <button>Accept</button> <button>Decline</button></div>
<header><div class="brand">Bulgarian Association of Clusters</div>
<nav><a href="/">Home</a> <a href="/about">About BAC</a> <a href="/members">Members</a> <a href="/news">News</a> <a href="/gallery" class="on">Gallery</a> <a href="/contact">Contact</a> <a href="/bg">БГ</a></nav></header>
<main>
<p class="bc">Home » Gallery » Events 2036</p>
<h1>Photo gallery: Danube Cluster Summit 2036, Pleven</h1>
<p class="meta">Uploaded 24 September 2036 · 14 photos · Photos: Stoyan Nikolov / BAC · <a href="/gallery/dcs2036.zip">Download all (ZIP, 84 MB)</a></p>
<p>The Danube Cluster Summit 2036 took place on Wednesday 17 September 2036 at the Pleven Panorama conference hall, followed by a study visit on Thursday. The summit was organised by the Bulgarian Association of Clusters together with the Municipality of Pleven and the Pleven Agri-Tech Cluster, with support from the Danube Region Strategy's Priority Area 8 coordinators. Photos may be used free of charge with the credit "BAC / Stoyan Nikolov". Please tell us if you want a photo removed.</p>
<div class="grid">
{items}
</div>
<p class="pager">« Previous gallery: <a href="/gallery/general-assembly-2036">General Assembly, 12 June 2036</a> · Next gallery: <a href="/gallery/cluster-day-2036">Bulgarian Cluster Day, 4 November 2036</a> »</p>
<p class="share">Share: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">Viber</a></p>
</main>
<footer>Bulgarian Association of Clusters · 1 Tsar Osvoboditel Blvd, Sofia · office@bac.example · Privacy · Cookie settings · © BAC 2036</footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Georgi Vasilev","Mayor of Pleven"), P("Radostina Peneva","Deputy Minister of Innovation and Growth"),
  P("Viktor Iliev","Chairman","Bulgarian Association of Clusters"),
  P("Lorenzo Bassi","Policy Officer","DG REGIO"),
  P("Mihaela Stan",None,"Dunărea de Jos Agrifood Cluster"), P("Dragan Marković",None,"Vojvodina ICT Cluster"),
  P("Petya Todorova",None,"Pleven Agri-Tech Cluster"), P("Ivan Kostov","journalist","Capital"),
  P("Andrea Hofbauer",None,"Business Upper Austria"),
  P("Yordanka Dimitrova","Head","Interreg Romania-Bulgaria Joint Secretariat"),
  P("Stoyan Nikolov",None,"BAC")],
 [O("University of Pleven"), O("Bulgarian Association of Clusters","BAC"), O("European Commission"), O("DG REGIO"),
  O("Dunărea de Jos Agrifood Cluster"), O("Vojvodina ICT Cluster"), O("Pleven Agri-Tech Cluster"), O("Capital"),
  O("Business Upper Austria"), O("Interreg Romania-Bulgaria Joint Secretariat"),
  O("Enterprise Europe Network Bulgaria"), O("Agricultural University – Plovdiv"), O("Municipality of Pleven"),
  O("Institute of Agriculture and Seed Science \"Obraztsov Chiflik\""), O("Chateau Vidin Hills"), O("Kaylaka")],
 [E("Danube Cluster Summit 2036","2036-09-17",None,"Pleven","Bulgaria"),
  E("Signing of the memorandum of understanding","2036-09-17",None,"Pleven","Bulgaria"),
  E("Workshop on EU funding for clusters","2036-09-17",None,"Pleven","Bulgaria"),
  E("Matchmaking session","2036-09-17",None,"Pleven","Bulgaria"),
  E("Award for the best cluster project in the Danube region","2036-09-17",None,"Pleven","Bulgaria"),
  E("Summit dinner","2036-09-17",None,"Pleven","Bulgaria"),
  E("study visit","2036-09-18",None,"Ruse","Bulgaria"),
  E("next summit","2037-09",None,"Ruse","Bulgaria"),
  E("General Assembly","2036-06-12",None,None,None),
  E("Bulgarian Cluster Day","2036-11-04",None,None,None)],
 ["2036-09-24","2036-09-17","2036-09-18","2037-09","2036-06-12","2036-11-04"],
 [], pub="2036-09-24")
