from h import *
F = 'g12_patras_cluster_news.html'
assert wd(2037,6,9)=='Tuesday' and wd(2037,6,24)=='Wednesday' and wd(2037,5,27)=='Wednesday' and wd(2037,7,8)=='Wednesday' and wd(2037,10,14)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News – AgriWest Cluster of Western Greece</title></head>
<body>
<div id="cc">By continuing to browse you accept the use of cookies. <a href="/cookies">Learn more</a> <a href="#" class="btn">Got it</a></div>
<header><p class="logo">AgriWest · Agri-food Cluster of Western Greece</p>
<nav><a href="/">Home</a> / <a href="/about">About</a> / <a href="/members">Members</a> / <a href="/news">News</a> / <a href="/events">Events</a> / <a href="/el">ΕΛ</a></nav></header>
<main>
<h1>News</h1>

<article>
<h2>Members elect new board at the Annual General Meeting</h2>
<p class="byline">8 July 2037 · by Eleni Kontou</p>
<p>PATRAS – Fifty-two member companies attended the Annual General Meeting of AgriWest on Wednesday 24 June 2037 at the premises of the Patras Science Park. Members approved the activity report and accounts for 2036 and elected a new seven-member board for the period 2037–2040.</p>
<p>The new board is chaired by Dimitra Papageorgiou-Lenz, managing director of the olive oil mill Elais Achaias S.A., who succeeds Vasilis Karras after six years. Spyros Theodorakopoulos (Aegean Citrus Coop, Kiato) was elected Vice-Chair and Ioanna Mavridou (Rion Food Labs) Treasurer. In her first address the new Chair said the cluster would "spend less time on paper and more time in the field with farmers".</p>
<p>Cluster manager Nikolaos Rigas presented the work plan for the second half of 2037, which includes a second matchmaking day in the autumn and a study visit to Murcia. <a href="#">Read more</a></p>
</article>

<article>
<h2>Over 180 meetings at the Western Greece Agri-food Matchmaking Day</h2>
<p class="byline">15 June 2037 · by Eleni Kontou</p>
<p>The first Western Greece Agri-food Matchmaking Day, held on Tuesday 9 June 2037 in the Conference and Cultural Centre of the University of Patras, brought together 96 producers and 41 buyers from Greece, Italy, Cyprus and Bulgaria. In two sessions, participants held 184 pre-arranged bilateral meetings.</p>
<p>The event was organised by AgriWest together with the Region of Western Greece and the Achaia Chamber of Commerce, with support from the Enterprise Europe Network Greece. It was opened by the Deputy Regional Governor for Development, Panagiotis Stavropoulos, and by Prof. Katerina Alexopoulou-Weiss, Vice-Rector for Research of the University of Patras.</p>
<p>Lessons learnt, as summed up by the organising team:</p>
<ul>
<li>buyers valued the short product sheets sent to them one week before the event</li>
<li>producers asked for a tasting area next to the meeting tables</li>
<li>meetings of 20 minutes were too short when an interpreter was needed</li>
</ul>
<p>The second edition is planned for Wednesday 14 October 2037 in Agrinio. <a href="#">Read more</a></p>
</article>

<article>
<h2>Study visit to Puglia: what we saw in Foggia and Bari</h2>
<p class="byline">2 June 2037 · by Nikolaos Rigas</p>
<p>From 25 to 27 May 2037 a group of twelve AgriWest members visited the agri-food district of Puglia. The visit, hosted by the Distretto Agroalimentare Regionale (DARe) in Foggia, included the durum wheat research centre of CREA in Foggia, the Bari fruit and vegetable market and a meeting with the Apulian innovation agency ARTI on Wednesday 27 May. Vincenzo D'Ambrosio, director of DARe, explained how the district works with 400 farms on water saving.</p>
<p>A return visit of the Apulian district to Patras is planned for spring 2038. <a href="#">Read more</a></p>
</article>

<article>
<h2>Call for members: joint stand at Anuga 2037</h2>
<p class="byline">27 May 2037</p>
<p>AgriWest will organise a joint stand of Western Greek producers at Anuga in Cologne in October 2037 with Enterprise Greece. Deadline for expressions of interest: 30 June 2037. <a href="#">Read more</a></p>
</article>

<nav class="pager">&laquo; Newer · <a href="/news?page=2">Older &raquo;</a></nav>
</main>
<footer><p>AgriWest – Agri-food Cluster of Western Greece · Patras Science Park, Stadiou Str., 26504 Platani-Rio · info@agriwest.example.gr</p>
<p>© AgriWest 2037 · <a href="/terms">Terms</a> · <a href="/privacy">Privacy policy</a> · Follow us: <a href="#">LinkedIn</a> <a href="#">Instagram</a></p></footer>
</body></html>
"""
assert wd(2037,5,25)=='Monday'
write(F, T)
A="Agri-food Cluster of Western Greece"
gold(F,
 [P("Eleni Kontou",None,None),
  P("Dimitra Papageorgiou-Lenz","Chair",A),
  P("Vasilis Karras",None,None),
  P("Spyros Theodorakopoulos","Vice-Chair",A),
  P("Ioanna Mavridou","Treasurer",A),
  P("Nikolaos Rigas","Cluster manager",A),
  P("Panagiotis Stavropoulos","Deputy Regional Governor for Development","Region of Western Greece"),
  P("Katerina Alexopoulou-Weiss","Vice-Rector for Research","University of Patras"),
  P("Vincenzo D'Ambrosio","director","Distretto Agroalimentare Regionale")],
 [O(A,"AgriWest"), O("Patras Science Park"), O("Elais Achaias S.A."), O("Aegean Citrus Coop"), O("Rion Food Labs"),
  O("University of Patras"), O("Region of Western Greece"), O("Achaia Chamber of Commerce"), O("Enterprise Europe Network Greece"),
  O("Distretto Agroalimentare Regionale","DARe"), O("CREA"), O("ARTI"), O("Enterprise Greece")],
 [E("Annual General Meeting","2037-06-24",None,"Patras","Greece"),
  E("study visit to Murcia","2037",None,"Murcia","Spain"),
  E("Western Greece Agri-food Matchmaking Day","2037-06-09",None,"Patras","Greece"),
  E("Western Greece Agri-food Matchmaking Day","2037-10-14",None,"Agrinio","Greece"),
  E("Study visit to Puglia","2037-05-25","2037-05-27","Foggia, Bari","Italy"),
  E("meeting with the Apulian innovation agency ARTI","2037-05-27",None,None,"Italy"),
  E("return visit","2038",None,"Patras","Greece"),
  E("Anuga","2037-10",None,"Cologne","Germany")],
 ["2037-07-08","2037-06-24","2036","2037/2040","2037","2037-06-15","2037-06-09","2037-10-14","2037-06-02","2037-05-25/2037-05-27",
  "2037-05-27","2038","2037-10","2037-06-30"],
 ["buyers valued the short product sheets sent to them one week before the event",
  "producers asked for a tasting area next to the meeting tables",
  "meetings of 20 minutes were too short when an interpreter was needed"])
