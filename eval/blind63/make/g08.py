from h import *
F = 'sardinia-agrifood-hackathon-2035.html'
T = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>AgriHack Sardegna 2035 – Sardegna Ricerche</title></head><body>
<div id="cookies">This site uses technical cookies and, with your consent, analytics cookies. <a href="/cookie-policy">Cookie policy</a> <button>OK</button> <button>Reject</button></div>
<header><div class="brand">Sardegna Ricerche · Parco scientifico e tecnologico della Sardegna</div>
<nav><a href="/">Home</a> <a href="/bandi">Calls</a> <a href="/eventi">Events</a> <a href="/cluster">Cluster projects</a> <a href="/contatti">Contacts</a> <a href="/it/agrihack">IT</a></nav></header>
<main>
<p class="breadcrumb">Home / Events / AgriHack Sardegna 2035</p>
<h1>AgriHack Sardegna 2035 – Data for Mediterranean farms</h1>
<p class="lead">A three-month hackathon for developers, designers, agronomists and students: six challenges from Sardinian food companies, a kick-off in Cagliari, a mid-term review in Sassari and a demo day with prizes worth EUR 30,000.</p>
<p>AgriHack Sardegna is organised by Sardegna Ricerche together with the Sardinian agrifood cluster "Sardegna Agrifood Cluster" (SAC), the University of Cagliari and the University of Sassari. It is part of the regional smart specialisation strategy and is co-funded by the ERDF regional programme 2028–2034. The 2035 edition is the third; the 2033 edition in Oristano produced two start-ups, one of which, Pecorino Data S.r.l., now employs nine people.</p>

<h2>Timeline</h2>
<table class="timeline">
<tr><th>Date</th><th>Stage</th><th>Where</th></tr>
<tr><td>3 February – 2 March 2035</td><td>Online applications (individuals or teams of up to five)</td><td>Online</td></tr>
<tr><td>{wd(2035,3,9)} 9 March 2035</td><td>Selected teams announced</td><td>Online</td></tr>
<tr><td>{wd(2035,3,16)} 16 – {wd(2035,3,17)} 17 March 2035</td><td><strong>Kick-off weekend</strong>: presentation of challenges, team building, first mentoring</td><td>Sa Manifattura, Cagliari</td></tr>
<tr><td>{wd(2035,4,27)} 27 April 2035</td><td><strong>Mid-term review</strong>: each team presents its prototype to the challenge owners and the mentors</td><td>Polo di Agraria, University of Sassari</td></tr>
<tr><td>{wd(2035,6,8)} 8 June 2035</td><td><strong>Demo Day</strong> and award ceremony</td><td>Technology Park of Pula (Polaris)</td></tr>
</table>
<p class="note">Please note: the mid-term review was originally planned for 20 April 2035 and has been moved because of the Easter holidays.</p>

<h2>How it works</h2>
<p>Unlike a classic 48-hour hackathon, AgriHack runs over three months so that teams can test their ideas in the field. After the kick-off weekend, each team is paired with one challenge owner and one mentor and receives access to anonymised data sets from the companies, the regional agrometeorological service and the Copernicus programme. Teams meet their mentors online every two weeks. At the mid-term review the challenge owners decide whether a team continues; teams that drop out keep the right to present at the demo day in a separate "ideas" session. On the demo day each team has seven minutes to present and five minutes for questions.</p>
<h2>The six challenges</h2>
<ol>
<li><strong>Water use in vineyards</strong> – Cantina Santadi Soc. Coop. Agricola: forecasting irrigation needs from soil sensors and satellite data.</li>
<li><strong>Traceability of sheep's milk</strong> – Consorzio per la Tutela del Formaggio Pecorino Romano DOP: a simple app for shepherds to record milk deliveries.</li>
<li><strong>Olive fly early warning</strong> – Olearia Sarda Pisanu S.r.l.: combining trap counts and weather data.</li>
<li><strong>Less food waste in school canteens</strong> – Municipality of Quartu Sant'Elena.</li>
<li><strong>Tourism and local produce</strong> – Agenzia Laore Sardegna: connecting agritourism farms and visitors.</li>
<li><strong>Energy for small dairies</strong> – Latteria Sociale di Thiesi: matching solar production with cheese-making schedules.</li>
</ol>

<h2>Mentors and jury</h2>
<p>Mentors come from the member companies of SAC, the CRS4 research centre and the Enterprise Europe Network Sardinia (ELSE consortium). Among them: Dr. Giulia Pirastru-Mele (CRS4, data science), Efisio Cocco (agronomist, Laore Sardegna) and Margarida Sousa Tavares (Agrotech Innovation Hub Alentejo, Portugal).</p>
<p>The jury of the demo day is chaired by Prof. Antonio Deriu-Masala, Vice-Rector for Innovation of the University of Cagliari. Members: Maria Grazia Solinas, Director General of Sardegna Ricerche; Federico Porcu, President of the Sardegna Agrifood Cluster; Dr. Hans-Jürgen Oberdörfer, investment manager at EIT Food; and Laura Usai, journalist at L'Unione Sarda.</p>

<h2>Prizes</h2>
<ul><li>First prize: EUR 15,000 and six months in the Pula incubator</li><li>Second prize: EUR 10,000</li><li>Third prize: EUR 5,000</li><li>Special prize of EIT Food: participation in the EIT Food Accelerator Network bootcamp in Barcelona, autumn 2035</li></ul>

<h2>Who can take part</h2>
<p>Students, researchers, developers, designers, farmers and anyone over 18 living or studying in Italy. International participants are welcome if at least one team member is based in Sardinia. Participation is free; travel costs to Cagliari and Sassari are reimbursed for teams from other islands and provinces up to EUR 250 per person.</p>
<p>Questions? Write to agrihack@sardegnaricerche.example or join the online Q&amp;A on {wd(2035,2,20)} 20 February 2035 at 17:00.</p>
<p><a class="button" href="/agrihack/apply">Apply now</a></p>
</main>
<footer><p>Sardegna Ricerche · Via Palabanda 9, 09123 Cagliari · <a href="/privacy">Privacy</a> · <a href="/trasparenza">Transparency</a></p><p>Share: Facebook · LinkedIn · X</p></footer>
</body></html>
"""
write(F, T)
SR='Sardegna Ricerche'; SAC='Sardegna Agrifood Cluster'
gold(F,
 [P('Giulia Pirastru-Mele',None,'CRS4'), P('Efisio Cocco','agronomist','Laore Sardegna'), P('Margarida Sousa Tavares',None,'Agrotech Innovation Hub Alentejo'),
  P('Antonio Deriu-Masala','Vice-Rector for Innovation','University of Cagliari'), P('Maria Grazia Solinas','Director General',SR), P('Federico Porcu','President',SAC),
  P('Hans-Jürgen Oberdörfer','investment manager','EIT Food'), P('Laura Usai','journalist',"L'Unione Sarda")],
 [O(SR), O(SAC,'SAC'), O('University of Cagliari'), O('University of Sassari'), O('Pecorino Data S.r.l.'), O('Cantina Santadi Soc. Coop. Agricola'),
  O('Consorzio per la Tutela del Formaggio Pecorino Romano DOP'), O('Olearia Sarda Pisanu S.r.l.'), O("Municipality of Quartu Sant'Elena"), O('Agenzia Laore Sardegna'),
  O('Latteria Sociale di Thiesi'), O('CRS4'), O('Enterprise Europe Network Sardinia'), O('ELSE consortium'), O('Agrotech Innovation Hub Alentejo'), O('EIT Food'), O("L'Unione Sarda"),
  O('Technology Park of Pula','Polaris')],
 [E('AgriHack Sardegna 2035','2035-03-16','2035-06-08',None,None), E('Kick-off weekend','2035-03-16','2035-03-17','Cagliari','Italy'),
  E('Mid-term review','2035-04-27','2035-04-27','Sassari','Italy'), E('Demo Day','2035-06-08','2035-06-08','Pula','Italy'),
  E('EIT Food Accelerator Network bootcamp','2035','2035','Barcelona','Spain'), E('online Q&A','2035-02-20','2035-02-20',None,None),
  E('AgriHack Sardegna (2033 edition)','2033','2033','Oristano','Italy')],
 ['2028/2034','2035-02-03/2035-03-02','2035-03-09','2035-03-16/2035-03-17','2035-04-27','2035-06-08','2035-04-20','2035','2035-02-20','2033'])
