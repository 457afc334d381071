from h import *
F = 'opole-food-cluster-newsletter-2034-04.html'
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Newsletter April 2034 – Opole Agri-Food Cluster</title></head>
<body>
<div class="cookies">This site uses cookies for statistics. <a href="#">OK</a> <a href="#">Decline</a> <a href="/privacy">More</a></div>
<nav><a href="/">Home</a> | <a href="/cluster">The cluster</a> | <a href="/members">Members</a> | <a href="/newsletter">Newsletter</a> | <a href="/contact">Contact</a> | <a href="/pl">PL</a></nav>
<p class="preheader">Can't read this e-mail? <a href="#">Open it in your browser</a></p>
<h1>Opole Agri-Food Cluster – Newsletter No. 4/2034</h1>
<p class="date">April 2034</p>
<p>Dear members and friends of the cluster,</p>
<p>spring is our busiest season: two events, three new members, an open call for the export group, a change in the cluster office and a new report on short supply chains. Five short items follow; each has a link to the full text on our website. As always, send your own news for the May issue to newsletter@opolefood.pl by 24 April.</p>
<p>Marta Wyrzykowska-Lis<br>Cluster Manager</p>

<h2>1. Events: Food Processing Technology Day and the B2B breakfast</h2>
<p>The Food Processing Technology Day takes place on {wd(2034,4,18)}, 18 April 2034, at the Opole University of Technology (Politechnika Opolska), Mikołajczyka 5. Speakers include Prof. Tadeusz Grabowiecki of the Faculty of Production Engineering and Logistics and Dr. Helena Kowalczyk-Rauch from the Institute of Agrophysics of the Polish Academy of Sciences in Lublin. In the afternoon, equipment makers show lines for fruit drying and plant-based dairy.</p>
<p>Our B2B breakfast with the retail chain buyers follows on {wd(2034,5,9)}, 9 May 2034, in Nysa (08:30–11:00). Twelve buyers have confirmed. <a href="#">Programme and registration</a></p>

<h2>2. Welcome to our new members</h2>
<p>The board admitted three new members at its meeting on 2 April 2034:</p>
<ul>
<li><b>Piekarnia Złoty Kłos sp. z o.o.</b> (Brzeg) – craft bakery with 60 employees and its own sourdough lab;</li>
<li><b>AgroSens Technologies sp. z o.o.</b> (Opole) – soil and storage sensors for fruit growers;</li>
<li><b>Spółdzielnia Mleczarska Głogówek</b> – a dairy cooperative supplying 140 farms.</li>
</ul>
<p>The cluster now has 73 members. The membership form and the fee schedule for 2034 are on the website.</p>

<h2>3. Call: join the export group for Germany and Czechia</h2>
<p>We are forming a group of eight to ten member companies for a joint export programme in 2034–2035. The programme includes market studies, two trade missions (Leipzig and Ostrava) and a shared stand at a trade fair. It is co-financed by the Opole Voivodeship Marshal's Office. Applications are open until 30 April 2034; the selection committee meets on 8 May 2034. Contact: Bartosz Nowicki, Internationalisation Officer, b.nowicki@opolefood.pl.</p>

<h2>4. Staff news: a new face in the cluster office</h2>
<p>After six years as Project Coordinator, Agnieszka von Wittenburg-Mazur leaves the cluster at the end of April to join the Marshal's Office as head of its innovation department. We thank her for building our project portfolio. Her tasks are taken over from 1 May 2034 by Łukasz Pietrzyk, who joins us from the Opole Regional Development Agency (ARRO), where he advised food SMEs on EU funds.</p>

<h2>5. Publication: short supply chains in Opole Silesia</h2>
<p>The report "Short food supply chains in Opole Silesia: state of play 2033", written by Dr. Ewa Ślęzak and Jan-Hendrik de Vries for the cluster and the University of Opole, has been published. It maps 214 farms and processors selling directly and shows that direct sales grew by 18% between 2030 and 2033. The report ends with five recommendations:</p>
<ul>
<li>Create a common logistics hub for small producers in each county</li>
<li>Open public canteens in schools and hospitals to regional products</li>
<li>Offer joint labelling and traceability services through the cluster</li>
<li>Train farmers in online sales and digital payment</li>
<li>Set up a regional fund for small processing equipment</li>
</ul>
<p><a href="#">Download the report (PDF, 3.2 MB)</a></p>

<h2>In brief</h2>
<p>The cluster's working group on packaging met for the first time on 21 March 2034 at Opole Food Hub, chaired by Krzysztof Malinowski of Opolskie Opakowania S.A. Eleven companies agreed to test compostable trays in a joint pilot. The Opole Voivodeship Marshal's Office has also confirmed that the regional programme for 2035 will again include a measure for cluster internationalisation. Finally, thanks to everyone who answered our members' survey: 41 of 70 members replied, and 88% rated the cluster's services as good or very good. The full results will be presented at the general assembly in June, where members will also vote on the new fee schedule and elect two new board members. If you cannot attend, you may give a written proxy to another member; the form will be sent with the invitation four weeks before the assembly. We also remind members that the cluster's logo may be used on stands and products only with the written consent of the office.</p>
<h2>Dates to remember</h2>
<ul><li>18 April – Food Processing Technology Day, Opole</li><li>24 April – news for the May newsletter</li><li>30 April – deadline, export group call</li><li>9 May – B2B breakfast, Nysa</li><li>4 June 2034 – general assembly of members</li></ul>

<footer>
<p>Opole Agri-Food Cluster · Association · ul. Ozimska 46, 45-058 Opole · KRS 0000612345</p>
<p>You receive this newsletter because you are a member or subscribed on our website. <a href="#">Unsubscribe</a> · <a href="#">Update preferences</a></p>
<p>Follow us: LinkedIn · Facebook · YouTube</p>
</footer>
</body></html>"""
write(F, T)
C='Opole Agri-Food Cluster'
gold(F,
 [P('Marta Wyrzykowska-Lis','Cluster Manager',C), P('Tadeusz Grabowiecki',None,'Faculty of Production Engineering and Logistics'),
  P('Helena Kowalczyk-Rauch',None,'Institute of Agrophysics of the Polish Academy of Sciences'),
  P('Bartosz Nowicki','Internationalisation Officer',C), P('Agnieszka von Wittenburg-Mazur','Project Coordinator',C),
  P('Łukasz Pietrzyk',None,C), P('Ewa Ślęzak',None,None), P('Jan-Hendrik de Vries',None,None), P('Krzysztof Malinowski',None,'Opolskie Opakowania S.A.')],
 [O(C), O('Opole University of Technology'), O('Faculty of Production Engineering and Logistics'),
  O('Institute of Agrophysics of the Polish Academy of Sciences'), O('Piekarnia Złoty Kłos sp. z o.o.'),
  O('AgroSens Technologies sp. z o.o.'), O('Spółdzielnia Mleczarska Głogówek'), O("Opole Voivodeship Marshal's Office"),
  O('Opole Regional Development Agency','ARRO'), O('University of Opole'), O('Opole Food Hub'), O('Opolskie Opakowania S.A.')],
 [E('Food Processing Technology Day','2034-04-18','2034-04-18','Opole','Poland'), E('B2B breakfast','2034-05-09','2034-05-09','Nysa','Poland'),
  E('working group on packaging','2034-03-21','2034-03-21',None,None), E('general assembly of members','2034-06-04','2034-06-04',None,None)],
 ['2034-04','2034-04-24','2034-04-18','2034-05-09','2034-04-02','2034','2034/2035','2034-04-30','2034-05-08','2034-05-01','2030/2033','2034-06-04','2034-03-21','2035'],
 km=['Create a common logistics hub for small producers in each county','Open public canteens in schools and hospitals to regional products',
     'Offer joint labelling and traceability services through the cluster','Train farmers in online sales and digital payment',
     'Set up a regional fund for small processing equipment'])
