from common import *
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Five new members join BanatSoft | News</title></head>
<body>
<header><a href="/" class="logo">BanatSoft Cluster</a>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/members">Members</a> | <a href="/events">Events</a> | <a href="/news" class="active">News</a> | <a href="/join">Join</a> | <a href="/ro/">RO</a></nav>
</header>
<nav class="breadcrumb"><a href="/">Home</a> / <a href="/news">News</a> / Five new members join BanatSoft</nav>
<article>
<h1>Welcome aboard: five new members join BanatSoft</h1>
<p class="meta">Published on 21 October 2030 &middot; Category: Members &middot; 3 min read</p>
<p>At its meeting of 15 October 2030, the Board of the <strong>BanatSoft Cluster &ndash; Asociația Clusterul de Software
și Jocuri din Banat</strong> approved five new members. The cluster, founded in Timișoara in 2016, now counts 88
companies, universities and public bodies from the Banat region and Arad. &ldquo;Each of these members brings something
we did not have before &ndash; from game audio to cybersecurity for factories,&rdquo; said <strong>Cristina Popovici</strong>,
president of BanatSoft.</p>

<h2>Our new members and their representatives</h2>
<ul>
<li><strong>PixelDrava Studios S.R.L.</strong> (Timișoara) &ndash; an indie game studio of 35 people working on
console titles. Representative: <strong>Ionuț-Alexandru Mărgineanu</strong>, creative director.</li>
<li><strong>Sonorica</strong> (Arad) &ndash; audio production and sound design for games and apps. Represented by its
founder <strong>Dalia Horvath</strong>.</li>
<li><strong>Cybertrust Banat S.A.</strong> &ndash; industrial cybersecurity services for the automotive suppliers of
the region. Representative: <strong>Mihai Stoica-Lungu</strong>, chief information security officer.</li>
<li><strong>Politehnica University Timișoara &ndash; Faculty of Automation and Computers</strong> &ndash; joins as an
academic member. Representative: <strong>prof. Adrian Chirilă</strong>, dean.</li>
<li><strong>Lugoj Municipality</strong> &ndash; the first municipality outside Timișoara to join. Representative:
<strong>Sorina Dobrescu</strong>, head of the local economic development office.</li>
</ul>

<p>The new members will be presented to the community at the <strong>BanatSoft Members' Meetup</strong> on
<strong>Thursday, 7 November 2030</strong> at the Faculty of Automation and Computers. PixelDrava Studios will
also show a demo at the <strong>Timișoara Game Days</strong> (29&ndash;30 November 2030).</p>

<p>Cluster manager <strong>Radu Bălănescu</strong> reminded new members that the annual General Assembly will take
place in March 2031 and that the membership fee for 2030 is waived for companies that joined after 1 September.</p>

<p>Interested in joining? Contact Andreea Munteanu, membership coordinator, at members@banatsoft.example.</p>

<div class="share">Share: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">E-mail</a></div>
</article>
<aside><h3>Latest news</h3>
<ul><li><a href="#">BanatSoft at Gamescom Latam &ndash; 02.10.2030</a></li>
<li><a href="#">Cluster signs MoU with a Novi Sad ICT cluster &ndash; 17.09.2030</a></li></ul></aside>
<footer><p>BanatSoft Cluster &middot; Str. Inovației 4, Timișoara, Romania &middot; Member of the Romanian Cluster Association CLUSTERO</p>
<p>&copy; 2030 BanatSoft &middot; <a href="/privacy">Privacy policy</a> &middot; <a href="/cookies">Cookies</a></p></footer>
</body></html>
"""
C="BanatSoft Cluster – Asociația Clusterul de Software și Jocuri din Banat"
write("banatsoft-news-five-new-members.html", T,
 [P("Cristina Popovici","president","BanatSoft"),
  P("Ionuț-Alexandru Mărgineanu","creative director","PixelDrava Studios S.R.L."),
  P("Dalia Horvath","founder","Sonorica"),
  P("Mihai Stoica-Lungu","chief information security officer","Cybertrust Banat S.A."),
  P("Adrian Chirilă","dean","Faculty of Automation and Computers"),
  P("Sorina Dobrescu","head of the local economic development office","Lugoj Municipality"),
  P("Radu Bălănescu","Cluster manager","BanatSoft"),
  P("Andreea Munteanu","membership coordinator","BanatSoft")],
 [O(C,"BanatSoft"),O("PixelDrava Studios S.R.L."),O("Sonorica"),O("Cybertrust Banat S.A."),
  O("Politehnica University Timișoara"),O("Faculty of Automation and Computers"),O("Lugoj Municipality"),
  O("Romanian Cluster Association","CLUSTERO")],
 [E("Board meeting","2030-10-15","2030-10-15",None,None),
  E("BanatSoft Members' Meetup","2030-11-07","2030-11-07","Timișoara","Romania"),
  E("Timișoara Game Days","2030-11-29","2030-11-30","Timișoara","Romania"),
  E("General Assembly","2031-03","2031-03",None,None),
  E("Gamescom Latam",None,None,None,None)],
 ["2030-10-21","2030-10-15","2016","2030-11-07","2030-11-29/2030-11-30","2031-03","2030","2030-09-01","2030-10-02","2030-09-17"],
 pub="2030-10-21")
