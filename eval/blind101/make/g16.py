from h import *
F = 'g16_leeuwarden_water_cluster_newsletter.html'
assert wd(2040,2,6)=='Monday' and wd(2040,2,15)=='Wednesday' and wd(2040,3,8)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Water Campus Newsletter – February 2040</title></head>
<body>
<p class="preheader">Having trouble viewing this e-mail? <a href="#">View it in your browser</a></p>
<table width="600"><tr><td>
<h1>Frisian Water Technology Cluster · Newsletter No. 2 / 2040</h1>
<p class="date">Leeuwarden, 6 February 2040</p>

<h2>In this issue</h2>
<ul><li>Annual report 2039: the year in highlights</li><li>Survey: what members expect from us in 2040</li><li>Agenda</li></ul>

<h2>Annual report 2039 published</h2>
<p>Our annual report 2039 is online. It was a year of growth: the cluster welcomed 18 new members and now counts 126, of which 97 companies. Together with our partners we ran 27 innovation projects with a total value of EUR 14.2 million and organised 41 events for 2,350 participants. The figures were presented to members by cluster director <b>Sjoerd Hoekstra</b> at the New Year reception on 11 January 2040.</p>
<p>Highlights of the year:</p>
<ul>
<li>Opening of the desalination test site at Harlingen together with Wetsus, European centre of excellence for sustainable water technology, in April 2039.</li>
<li>The Water Technology Week Leeuwarden, 2–4 October 2039, attracted 1,100 visitors from 31 countries.</li>
<li>A trade mission to Vietnam with the Netherlands Enterprise Agency (RVO) in November 2039.</li>
<li>Signature of a cooperation agreement with the Danish cluster Danish Water Technology Alliance in Aarhus.</li>
</ul>
<p>"What started as a group of pump makers is now a European water hub. Our job in 2040 is to turn research into export," writes board chair <b>Anneke de Vries-Postma</b> (Province of Fryslân) in her foreword.</p>

<h2>Member survey: key findings</h2>
<p>In December 2039, 64 members answered our annual survey. Thanks to all who took part! The main findings:</p>
<ul>
<li>Access to test facilities remains the service members value most.</li>
<li>Half of the companies want more help with international tenders.</li>
<li>Members ask for fewer but more focused events.</li>
</ul>
<p>Survey coordinator <b>Femke Bakker</b> will discuss the results with the member council on Wednesday 15 February 2040.</p>

<p>Next to the survey, members were invited to name one thing the cluster should stop doing. The most frequent answer was the printed brochure; the second was long panel debates at the end of the day. We listened: the 2040 event programme has fewer panels and more hands-on sessions at the test sites.</p>
<h2>Voices</h2>
<p><b>Pieter Zwart</b>, CEO of Hydrotech Frisia B.V.: "The test site saved us a year of development. That is worth more than any subsidy."</p>
<p><b>Prof. Lieke Dijkstra</b>, scientific director of Wetsus: "The cluster is our bridge to the market. Without it, our results would stay in the lab."</p>

<h2>Agenda</h2>
<table>
<tr><td>15 February 2040</td><td>Member council</td><td>Water Campus, Leeuwarden</td></tr>
<tr><td>Thursday 8 March 2040, 15:00–17:00</td><td>Webinar: EU funding for water reuse, with Interreg North Sea</td><td>online</td></tr>
<tr><td>17–19 April 2040</td><td>Aquatech Amsterdam, joint stand Hall 5</td><td>Amsterdam</td></tr>
<tr><td>1–3 October 2040</td><td>Water Technology Week Leeuwarden</td><td>Leeuwarden</td></tr>
</table>

<p>Registration for all events is open in the member portal; places at the joint stand are limited to twelve companies.</p>
<h2>Team news</h2>
<p>We welcome <b>Ruben Kuipers</b> as project manager for international business. Ruben joins us from Vitens and will coordinate our export programme. <b>Marit Visser</b>, communication officer, leaves us after six years; we thank her for her work.</p>

<hr>
<p class="footer">Frisian Water Technology Cluster · Water Campus, Oostergoweg 9, 8911 MA Leeuwarden · info@frisianwatercluster.nl<br>
Supported by the Province of Fryslân, the Municipality of Leeuwarden and the Northern Netherlands Alliance (SNN).<br>
You receive this newsletter as a member or partner of the cluster. <a href="#">Unsubscribe</a> · <a href="#">Update your preferences</a> · <a href="#">Privacy statement</a></p>
<p class="footer">Previous issues: No. 1/2040 (January) · No. 12/2039 (December) · No. 11/2039 (November)</p>
</td></tr></table>
</body></html>
"""
write(F, T)
FW='Frisian Water Technology Cluster'
gold(F,
 [P('Sjoerd Hoekstra','cluster director',FW),P('Anneke de Vries-Postma','board chair',FW),
  P('Femke Bakker','Survey coordinator',FW),P('Pieter Zwart','CEO','Hydrotech Frisia B.V.'),
  P('Lieke Dijkstra','scientific director','Wetsus'),P('Ruben Kuipers','project manager for international business',FW),
  P('Marit Visser','communication officer',FW)],
 [O(FW),O('Wetsus, European centre of excellence for sustainable water technology'.split(',')[0]),
  O('Netherlands Enterprise Agency','RVO'),O('Danish Water Technology Alliance'),O('Province of Fryslân'),
  O('Hydrotech Frisia B.V.'),O('Vitens'),O('Municipality of Leeuwarden'),O('Northern Netherlands Alliance','SNN')],
 [E('New Year reception','2040-01-11'),
  E('Water Technology Week Leeuwarden','2039-10-02','2039-10-04','Leeuwarden','Netherlands'),
  E('trade mission to Vietnam','2039-11',None,None,'Vietnam'),
  E('Member council','2040-02-15',None,'Leeuwarden','Netherlands'),
  E('Webinar: EU funding for water reuse','2040-03-08'),
  E('Aquatech Amsterdam','2040-04-17','2040-04-19','Amsterdam','Netherlands'),
  E('Water Technology Week Leeuwarden','2040-10-01','2040-10-03','Leeuwarden','Netherlands')],
 ['2040-02-06','2040-01-11','2039-04','2039-10-02/2039-10-04','2039-11','2039-12','2040-02-15','2040-03-08','2040-04-17/2040-04-19','2040-10-01/2040-10-03','2040','2040-01','2040-02'],
 ['Access to test facilities remains the service members value most',
  'Half of the companies want more help with international tenders',
  'Members ask for fewer but more focused events'],
 pub='2040-02-06')
