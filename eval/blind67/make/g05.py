from h import *
F='webinar-recap-cluster-membership-models.html'
L=["First, members pay for services they can name, not for belonging",
"Second, public funding works best as a bridge, not as a foundation",
"Finally, the cluster manager's time is the scarcest resource of all"]
T=f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Recap: “Who pays for the cluster?” – three lessons from our webinar | Cluster Academy Blog</title></head><body>
<div id="cc">This site uses cookies. By continuing you accept our <a href="/cookies">cookie policy</a>. <button>Got it</button></div>
<header><a href="/">Cluster Academy Baltic–Nordic</a><nav><a href="/blog">Blog</a> <a href="/webinars">Webinars</a> <a href="/training">Training</a> <a href="/about">About</a> <a href="/login">Log in</a></nav></header>
<article>
<p class="cat">Webinars · Business models</p>
<h1>Recap: “Who pays for the cluster?” – three lessons from our webinar</h1>
<p class="byline">By Kristīne Ozoliņa-Berga · {wd(2031,2,20)} 20 February 2031 · 6 min read</p>
<p>On {wd(2031,2,13)} 13 February 2031 more than 180 cluster managers, policy makers and members joined our webinar “Who pays for the cluster? Membership models after the end of start-up funding”. It was the third session of our winter series on cluster business models, after the sessions on service portfolios in December and on digital platforms in January.</p>
<p>Our panel brought together three very different clusters. Henrik Lindqvist, CEO of the Västerbotten Wood Cluster in Umeå, explained how his cluster moved from regional funding to a fee model in four years. Aistė Jankauskienė, director of the Kaunas Mechatronics Cluster, shared the case of a cluster that almost closed in 2029 and now has 70 paying members. Dr. Matthias Oberhauser from the Austrian cluster platform Clusterplattform Österreich gave the policy view. The session was moderated by our own Pēteris Kalniņš, senior trainer at the Cluster Academy.</p>
<h2>Three lessons learnt</h2>
<p>{L[0]}. Henrik showed how the Västerbotten cluster replaced a flat fee with three packages, each with a list of services: market reports, joint fair stands, a training budget. Renewals went up from 71 to 92 per cent. Members who could not say what they got for their money were the ones who left.</p>
<p>{L[1]}. All three panellists agreed that regional or EU money is useful to start new services, but that a cluster which depends on it for more than half of its budget will spend its time writing applications. Aistė told the story of her cluster's crisis year, when two projects ended at the same time and the staff fell from six to two.</p>
<p>{L[2]}. Matthias warned that many clusters give away the manager's time for free: matchmaking, advice, introductions. He suggested recording those hours for a year to see what they are worth. Several participants said in the chat that they would try it.</p>
<h2>From the chat and the poll</h2>
<p>In our live poll, 44 per cent of participants said that their cluster gets more than half of its income from public sources. Only 12 per cent charge for individual services. Many questions were about VAT on services and about how to treat universities, which often cannot pay fees. Pēteris promised a follow-up session on the legal side.</p>
<p>A participant from the Lower Austrian Plastics Cluster asked whether large companies should pay more. Henrik answered that they should, but that they also expect a seat at the table; his cluster gives each of its four largest members a place in the strategy group.</p>
<h2>What's next</h2>
<p>The recording and the slides are available to members of the Cluster Academy in the resource library. The next webinar, “Measuring impact without drowning in indicators”, takes place on {wd(2031,3,13)} 13 March 2031 at 10:00 CET with speakers from the European Secretariat for Cluster Analysis (ESCA) and Vinnova. The spring in-person training for cluster managers will be held in Riga on 21–23 May 2031.</p>
<p class="tags">Tags: business model · membership fees · webinar · Nordic–Baltic</p>
<p class="share">Share: LinkedIn | Facebook | E-mail | Copy link</p>
</article>
<aside><h3>Related posts</h3><ul><li>Recap: service portfolios that members actually use (19 December 2030)</li><li>Recap: do clusters need their own platform? (24 January 2031)</li></ul></aside>
<footer>Cluster Academy Baltic–Nordic is a project of the Latvian Investment and Development Agency (LIAA) and Business Sweden · Elizabetes iela 2, Riga · © 2031 · <a href="/privacy">Privacy</a></footer>
</body></html>'''
write(F,T)
A='Cluster Academy Baltic–Nordic'
gold(F,[P('Kristīne Ozoliņa-Berga',None,None),P('Henrik Lindqvist','CEO','Västerbotten Wood Cluster'),P('Aistė Jankauskienė','director','Kaunas Mechatronics Cluster'),
P('Matthias Oberhauser',None,'Clusterplattform Österreich'),P('Pēteris Kalniņš','senior trainer',A)],
[O(A),O('Västerbotten Wood Cluster'),O('Kaunas Mechatronics Cluster'),O('Clusterplattform Österreich'),O('Lower Austrian Plastics Cluster'),
O('European Secretariat for Cluster Analysis','ESCA'),O('Vinnova'),O('Latvian Investment and Development Agency','LIAA'),O('Business Sweden')],
[E('Who pays for the cluster? Membership models after the end of start-up funding','2031-02-13','2031-02-13',None,None),
E('Measuring impact without drowning in indicators','2031-03-13','2031-03-13',None,None),E('spring in-person training for cluster managers','2031-05-21','2031-05-23','Riga','Latvia')],
['2031-02-20','2031-02-13','2029','2031-03-13','2031-05-21/2031-05-23','2030-12-19','2031-01-24','2031'],L,pub='2031-02-20')
