from h import *
F = 'donegal-creative-cluster-digital-craft-forum-2035.html'
T = f"""<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="utf-8"><title>Digital Craft Forum 2035: what we heard | Donegal Creative Cluster</title></head>
<body>
<div id="gdpr">This site uses cookies. By continuing you agree to our use of cookies. <a href="#">OK</a> · <a href="#">Manage</a></div>
<header><nav><a href="/">Home</a> · <a href="/about">About the cluster</a> · <a href="/members">Makers directory</a> · <a href="/news">News</a> · <a href="/events">Events</a> · <a href="/contact">Contact</a></nav></header>
<main>
<p class="meta">News · {wd(2035,5,28)} 28 May 2035 · by Orla Mac Giolla Bhríde</p>
<h1>Digital Craft Forum 2035: what we heard in Letterkenny</h1>
<p class="lead">More than 160 makers, designers and software developers met at the Regional Cultural Centre in Letterkenny on 22 and 23 May 2035 for the second Digital Craft Forum, organised by the Donegal Creative Cluster together with the Atlantic Technological University (ATU) and the Local Enterprise Office Donegal.</p>
<p>The forum, first held in Donegal Town in 2033, asks how small craft businesses – weavers, knitters, potters, furniture makers – can use digital tools without losing what makes their products valuable. This year's edition focused on three topics: digital product passports for textiles, online sales to North America, and the use of 3D scanning to protect traditional designs.</p>
<h2>Opening: "Tweed is data now"</h2>
<p>Opening the forum, cluster manager Gráinne Ní Ghallchóir reminded the audience that the cluster had started in 2031 with fourteen members in a room above a shop in Ardara. "Today we are 118 members, and for the first time more than half of them sell online outside Ireland," she said. She thanked Donegal County Council and Údarás na Gaeltachta for their continued support, and welcomed delegations from the Harris Tweed makers of the Outer Hebrides and from the Shetland Textile Hub.</p>
<p>The keynote was given by Dr. Ines Moreau-Lindqvist, head of the textile traceability programme at the Swedish research institute RISE, who showed how a single QR code sewn into a scarf can carry the wool's origin, the mill, the dye and the care instructions. "European rules will make this compulsory for most textiles before the end of the decade; small makers should see it as a storytelling tool before it becomes a compliance cost," she said.</p>
<h2>Day one: selling across the Atlantic</h2>
<p>A panel chaired by Seamus McGinley of Enterprise Ireland's Boston office discussed what US and Canadian buyers expect. Knitwear designer Aisling O'Donnell-Byrne of Inishowen Knits Ltd explained that she moved from wholesale to direct sales in 2034 and now ships to 22 US states. Kenneth Boyle of Glenveagh Furniture Company said that customs paperwork still takes more of his time than design. In the afternoon, 48 pre-arranged B2B meetings took place between makers and buyers from Boston, Toronto and Halifax.</p>
<p>The evening ended with a makers' dinner at the Radisson hotel, where the cluster presented its Maker of the Year award to the weaving cooperative Fíodóirí Ghleann Cholm Cille Teo. for its new line of blankets woven from local undyed wool.</p>
<h2>Day two: protecting designs</h2>
<p>On the second day, Patrick J. Doherty of the Intellectual Property Office of Ireland explained how makers can register designs at low cost, and students from ATU's Creative Technologies programme demonstrated a 3D-scanning station built with the cluster. Visitors could scan a piece of their own work and receive a digital file the same day. The station will tour members' workshops in Glencolmcille, Dungloe and Buncrana during the summer.</p>
<p>In the closing session, participants agreed three priorities for the cluster's next work programme (2035–2037): a shared digital passport service for small textile makers; a joint stand at the New York NOW trade fair in August 2036; and a training series on export paperwork with the Local Enterprise Office Donegal. Gráinne Ní Ghallchóir announced that the next forum will take place in 2037, probably in Dungloe, and that a smaller "Digital Craft Day" will be held in Buncrana on {wd(2036,3,12)} 12 March 2036.</p>
<h2>In numbers</h2>
<p>The forum brought together 164 participants from nine countries, 31 exhibiting makers and 12 international buyers. According to the first feedback, 70% of the participants found the B2B meetings "very useful", and at least five makers have already received follow-up orders. The Shetland Textile Hub invited a group of Donegal weavers to its own Wool Week in the autumn, and the cluster is discussing a joint application with the Outer Hebrides makers for a transnational project on island textile heritage.</p>
<p>The forum was supported by Creative Ireland and by the Western Development Commission, whose chief executive, Tomás Ó Síocháin, visited the exhibition on the second day and spoke of "a living proof that rural Ireland can be a place of digital innovation".</p>
<h2>Presentations and photos</h2>
<p>Slides of all talks are available to members in the makers' area. Photos by Colm Ó Baoill can be used with credit. If you attended, please fill in the short feedback form before 10 June; it helps us to decide whether the next edition should keep the two-day format or move to a single day with a separate trade day for buyers, which several international visitors asked for because their flights from Dublin and Belfast make it difficult to</p>
"""
write(F, T)
gold(F, [P('Orla Mac Giolla Bhríde',None,None), P('Gráinne Ní Ghallchóir','cluster manager','Donegal Creative Cluster'),
 P('Ines Moreau-Lindqvist','head of the textile traceability programme','RISE'), P('Seamus McGinley',None,'Enterprise Ireland'),
 P("Aisling O'Donnell-Byrne",'Knitwear designer','Inishowen Knits Ltd'), P('Kenneth Boyle',None,'Glenveagh Furniture Company'),
 P('Patrick J. Doherty',None,'Intellectual Property Office of Ireland'), P('Colm Ó Baoill',None,None), P('Tomás Ó Síocháin','chief executive','Western Development Commission')],
 [O('Donegal Creative Cluster'), O('Regional Cultural Centre'), O('Atlantic Technological University','ATU'), O('Local Enterprise Office Donegal'),
  O('Donegal County Council'), O('Údarás na Gaeltachta'), O('Shetland Textile Hub'), O('RISE'), O('Enterprise Ireland'),
  O('Inishowen Knits Ltd'), O('Glenveagh Furniture Company'), O('Fíodóirí Ghleann Cholm Cille Teo.'), O('Intellectual Property Office of Ireland'), O('Creative Ireland'), O('Western Development Commission')],
 [E('Digital Craft Forum 2035','2035-05-22','2035-05-23','Letterkenny','Ireland'), E('Digital Craft Forum (2033 edition)','2033','2033','Donegal Town','Ireland'),
  E('B2B meetings','2035-05-22','2035-05-22','Letterkenny','Ireland'), E("makers' dinner",'2035-05-22','2035-05-22','Letterkenny','Ireland'),
  E('Maker of the Year award','2035-05-22','2035-05-22','Letterkenny','Ireland'), E('New York NOW','2036-08','2036-08','New York','United States'),
  E('Digital Craft Forum (2037 edition)','2037','2037','Dungloe','Ireland'), E('Wool Week',None,None,None,None), E('Digital Craft Day','2036-03-12','2036-03-12','Buncrana','Ireland'),
  E('3D-scanning station tour',None,None,'Glencolmcille, Dungloe, Buncrana','Ireland')],
 ['2035-05-28','2035-05-22/2035-05-23','2033','2031','2034','2035/2037','2036-08','2037','2036-03-12','2035-06-10'], pub='2035-05-28')
