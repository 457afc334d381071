from h import *
F = 'umbria-aerospace-cluster-news-listing.html'
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News – Umbria Aerospace Cluster</title></head>
<body>
<div class="cookiebar">We use technical and analytics cookies. <a href="#">Accept</a> · <a href="#">Customise</a></div>
<header><a href="/">Umbria Aerospace Cluster</a>
<nav><a href="/">Home</a> | <a href="/chi-siamo">About</a> | <a href="/soci">Members</a> | <a href="/progetti">Projects</a> | <a href="/news" class="active">News</a> | <a href="/eventi">Events</a> | <a href="/it">IT</a>/<a href="/en">EN</a></nav></header>
<main>
<h1>News</h1>
<p class="filter">Filter: All · Cluster life · Projects · Events · Members · Press</p>

<article><p class="date">14 November 2034</p>
<h2><a href="#">General assembly elects new board for 2035–2037</a></h2>
<p>The members of the Umbria Aerospace Cluster (UAC) met in Foligno on {wd(2034,11,10)} 10 November 2034 and elected a new board of nine members. Ing. Francesca Bartolucci Ceccarelli, CEO of Officine Meccaniche Spoletine S.p.A., was confirmed as President; Dr. Matteo Di Girolamo (Umbria Compositi S.r.l.) is the new Vice-President. The assembly also approved the budget for 2035. … <a href="#">Read more</a></p></article>

<article><p class="date">30 October 2034</p>
<h2><a href="#">UAC at the Aerospace & Defence Meetings in Turin</a></h2>
<p>Seven member companies took part in the Aerospace & Defence Meetings Torino from 22 to 24 October 2034 at the Oval Lingotto. The cluster organised 118 B2B meetings. Giulia Rossetti, project officer, said the results were "the best since we started going to Turin in 2028". … <a href="#">Read more</a></p></article>

<article><p class="date">17 October 2034</p>
<h2><a href="#">New member: Valnerina Drones S.r.l.</a></h2>
<p>We welcome Valnerina Drones S.r.l. of Norcia, a start-up that builds drones for the inspection of bridges and power lines. Founder Lorenzo Angelini-Weiss worked for eight years at Leonardo S.p.A. before moving back to Umbria. … <a href="#">Read more</a></p></article>

<article><p class="date">2 October 2034</p>
<h2><a href="#">Call for SMEs: digital twin vouchers</a></h2>
<p>Together with the Umbria Region and Sviluppumbria, the cluster offers twelve vouchers of EUR 8,000 for digital twin pilots in member SMEs. Deadline for applications: 15 December 2034. An online information session will be held on {wd(2034,10,21)} 21 October 2034 at 15:00. … <a href="#">Read more</a></p></article>

<article><p class="date">19 September 2034</p>
<h2><a href="#">Summer school on composite repair ends with 34 graduates</a></h2>
<p>The second Summer School on Composite Repair, run with the University of Perugia from 1 to 12 September 2034 in Terni, trained 34 technicians from 15 companies. Prof. Luigi Torre, head of the materials engineering group, announced a third edition for September 2035. … <a href="#">Read more</a></p></article>

<article><p class="date">5 September 2034</p>
<h2><a href="#">Cluster manager Paolo Sabatini moves to the Italian Space Agency</a></h2>
<p>After eleven years as cluster manager, Paolo Sabatini leaves UAC on 30 September 2034 to become head of industrial relations at the Italian Space Agency (ASI) in Rome. The board has appointed Dr. Chiara Monaldi-Hoffmann, until now head of projects, as acting cluster manager from 1 October 2034. … <a href="#">Read more</a></p></article>

<article><p class="date">25 July 2034</p>
<h2><a href="#">UAC signs cooperation agreement with Aerospace Valley</a></h2>
<p>In Toulouse on {wd(2034,7,20)} 20 July 2034, UAC and the French competitiveness cluster Aerospace Valley signed a memorandum of understanding on joint projects in maintenance, repair and overhaul (MRO). The agreement was signed by Francesca Bartolucci Ceccarelli and by Aerospace Valley's Director General, Jean-Baptiste Larrieu. … <a href="#">Read more</a></p></article>

<article><p class="date">8 July 2034</p>
<h2><a href="#">Results of the 2033 cluster survey published</a></h2>
<p>The annual survey of members shows turnover of EUR 1.21 billion in 2033 and 4,870 employees. Exports account for 62% of sales. The full report, prepared by the Agenzia Umbria Ricerche (AUR), can be downloaded from the members' area. … <a href="#">Read more</a></p></article>

<article><p class="date">20 June 2034</p>
<h2><a href="#">Cluster delegation visits Farnborough International Airshow</a></h2>
<p>A delegation of twelve members, led by Vice-President Tommaso Fabbri, visited the Farnborough International Airshow from 22 to 24 July 2034. Registration is still open for two places; contact the cluster office by 30 June. … <a href="#">Read more</a></p></article>

<p class="pager">« Newer · Page 1 of 14 · <a href="#">Older »</a></p>
<aside><h3>Upcoming events</h3><ul><li>21 October 2034 – Info session: digital twin vouchers (online)</li><li>28 January 2035 – Members' New Year meeting, Perugia</li></ul>
<h3>Newsletter</h3><p>Subscribe to receive our monthly news. <a href="#">Sign up</a></p></aside>
</main>
<footer>Umbria Aerospace Cluster – Associazione · Via Mario Angeloni 78, 06124 Perugia · VAT 03412340541 · <a href="#">Privacy</a> · <a href="#">Cookie policy</a> · © 2034</footer>
</body></html>"""
write(F, T)
C='Umbria Aerospace Cluster'
gold(F,
 [P('Francesca Bartolucci Ceccarelli','President',C), P('Matteo Di Girolamo','Vice-President',C), P('Giulia Rossetti','project officer',C),
  P('Lorenzo Angelini-Weiss','Founder','Valnerina Drones S.r.l.'), P('Luigi Torre','head of the materials engineering group','University of Perugia'),
  P('Paolo Sabatini','head of industrial relations','Italian Space Agency'), P('Chiara Monaldi-Hoffmann','acting cluster manager',C),
  P('Jean-Baptiste Larrieu','Director General','Aerospace Valley'), P('Tommaso Fabbri','Vice-President',C)],
 [O(C,'UAC'), O('Officine Meccaniche Spoletine S.p.A.'), O('Umbria Compositi S.r.l.'), O('Valnerina Drones S.r.l.'), O('Leonardo S.p.A.'),
  O('Umbria Region'), O('Sviluppumbria'), O('University of Perugia'), O('Italian Space Agency','ASI'), O('Aerospace Valley'), O('Agenzia Umbria Ricerche','AUR')],
 [E('general assembly','2034-11-10','2034-11-10','Foligno','Italy'), E('Aerospace & Defence Meetings Torino','2034-10-22','2034-10-24','Turin','Italy'),
  E('online information session','2034-10-21','2034-10-21',None,None), E('Summer School on Composite Repair','2034-09-01','2034-09-12','Terni','Italy'),
  E('Summer School on Composite Repair (third edition)','2035-09','2035-09',None,None), E('signing of the memorandum of understanding','2034-07-20','2034-07-20','Toulouse','France'),
  E('Farnborough International Airshow','2034-07-22','2034-07-24','Farnborough','United Kingdom'), E("Members' New Year meeting",'2035-01-28','2035-01-28','Perugia','Italy')],
 ['2034-11-14','2035/2037','2034-11-10','2035','2034-10-30','2034-10-22/2034-10-24','2028','2034-10-17','2034-10-02','2034-12-15','2034-10-21','2034-09-19',
  '2034-09-01/2034-09-12','2035-09','2034-09-05','2034-09-30','2034-10-01','2034-07-25','2034-07-20','2034-07-08','2033','2034-06-20','2034-07-22/2034-07-24','2034-06-30','2035-01-28','2034'])
