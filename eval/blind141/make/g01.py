from h import *
F = 'g01_gipuzkoa_cluster_newsletter.html'
assert wd(2038,3,4)=='Thursday' and wd(2038,3,17)=='Wednesday' and wd(2038,4,14)=='Wednesday' and wd(2038,4,15)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Newsletter no. 48 – March 2038 | Gipuzkoa Precision Manufacturing Cluster</title></head>
<body>
<div class="cookie-bar">We use our own and third-party cookies for analytics. By continuing to browse you accept their use. <a href="/cookies">Cookie policy</a> <button>OK</button></div>
<header><p class="brand">GPM Cluster · Gipuzkoako Doitasun Fabrikazio Klusterra</p>
<nav><a href="/">Home</a> | <a href="/cluster">The cluster</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/agenda">Agenda</a> | <a href="/newsletter">Newsletter</a> | <a href="/eu">EU | ES</a></nav></header>
<main>
<p class="crumbs">Home › Newsletter › No. 48</p>
<h1>Newsletter no. 48 – March 2038</h1>
<p class="meta">Sent to members on 22 March 2038 · Editor: Ane Etxeberria Zubizarreta, Communication Manager</p>

<section>
<h2>Editorial</h2>
<p>Dear members, spring arrives with a full calendar. In this issue you will find news from eleven member companies, the results of our board meeting of 4 March, and the dates of the next Precision Breakfast. I would like to thank the 38 companies that answered the skills survey in February: the findings will shape the training plan for 2038–2040. – <em>Iñaki Urrutikoetxea, Managing Director</em></p>
</section>

<section>
<h2>Cluster news</h2>
<h3>Board approves strategy update and two new members</h3>
<p>At its meeting in Donostia on Thursday 4 March 2038 the Board of the Gipuzkoa Precision Manufacturing Cluster (GPMC) approved the mid-term update of the cluster strategy 2036–2041 and admitted two new members: the Eibar gear maker Engranajes Deba S.L. and the Mondragon University spin-off Kalibra Metrology S.Coop. The cluster now counts 97 members. The Board is chaired by Miren Agirre-Lasa (CEO, Talleres Oria S.A.), who was re-elected for a second term.</p>
<p><a href="/news/board-march-2038">Read more ›</a></p>

<h3>Precision Breakfast #12: additive repair of moulds</h3>
<p>The twelfth Precision Breakfast took place on Wednesday 17 March in the auditorium of Tecnalia in Donostia, with 54 participants. Dr Jon Mendizabal, researcher at Tecnalia, presented three industrial cases of laser metal deposition for repairing injection moulds, and Laura Benedetti of the Italian company Stampi Valtrompia S.r.l. explained how her firm halved mould downtime. Key takeaways shared at the close:</p>
<ul>
<li>Repair by deposition pays back when a mould is worth more than 40,000 euros</li>
<li>Certification of repaired parts is still the main bottleneck for automotive customers</li>
<li>Small workshops need shared access to equipment rather than their own machines</li>
</ul>
<p>Past editions of the series: Precision Breakfast #10 (Eibar, October 2037) on cobots, Precision Breakfast #11 (Azpeitia, December 2037) on energy costs.</p>

<h3>Delegation to the Stuttgart region</h3>
<p>A group of nine member companies will join the cluster's visit to Baden-Württemberg from 13 to 15 April 2038, organised with the Basque Business Development Agency (SPRI) and the German cluster agency Photonics BW. The programme includes a company visit to TRUMPF in Ditzingen on Wednesday 14 April and B2B meetings at the Haus der Wirtschaft in Stuttgart on Thursday 15 April. Registration closes on 31 March 2038.</p>
</section>

<section>
<h2>Member news</h2>
<ul>
<li><strong>Talleres Oria S.A.</strong> (Andoain) has opened a new five-axis machining hall. CEO Miren Agirre-Lasa: "We hired twelve apprentices from the local VET centre this year."</li>
<li><strong>Engranajes Deba S.L.</strong> won a contract for wind-turbine gearbox parts. Sales director Koldo Arrizabalaga Iriondo says exports now account for 61% of turnover.</li>
<li><strong>Kalibra Metrology</strong> appointed Dr. Nerea Gaztañaga as Chief Technology Officer; she joins from the Fraunhofer Institute for Production Technology IPT in Aachen.</li>
<li><strong>IDEKO</strong>, the technology centre in Elgoibar, launched a digital twin service for machine tools open to cluster members at a reduced fee.</li>
<li><strong>Mondragon Unibertsitatea</strong> starts a part-time master's degree in precision engineering in September 2038.</li>
</ul>
<p><a href="/members/news">All member news ›</a></p>
</section>

<section>
<h2>Agenda</h2>
<table>
<tr><td>13/04/2038–15/04/2038</td><td>Delegation to Baden-Württemberg</td><td>Stuttgart / Ditzingen</td></tr>
<tr><td>05/05/2038</td><td>Precision Breakfast #13 – quality data and AI</td><td>Eibar</td></tr>
<tr><td>26/05/2038</td><td>General Assembly of GPMC</td><td>Donostia</td></tr>
</table>
</section>

<section>
<h2>Funding corner</h2>
<p>The Provincial Council of Gipuzkoa (Gipuzkoako Foru Aldundia) has opened its 2038 call for industrial digitalisation projects; applications are due by 30 April 2038. The cluster team can review draft applications until 16 April. Contact: Unai Lizarralde, Project Officer, proyectos@gpmc.example.eus</p>
</section>
</main>
<footer><p>Gipuzkoa Precision Manufacturing Cluster · Paseo de Mikeletegi 00, 20009 Donostia / San Sebastián · Tel. +34 943 000 000</p>
<p>You receive this newsletter because you are a member contact. <a href="#">Unsubscribe</a> · <a href="#">Privacy</a> · © 2038 GPMC</p></footer>
</body></html>
"""
write(F, T)
G="Gipuzkoa Precision Manufacturing Cluster"
gold(F,
 [P("Ane Etxeberria Zubizarreta","Communication Manager",G),
  P("Iñaki Urrutikoetxea","Managing Director",G),
  P("Miren Agirre-Lasa","CEO","Talleres Oria S.A."),
  P("Jon Mendizabal","researcher","Tecnalia"),
  P("Laura Benedetti",None,"Stampi Valtrompia S.r.l."),
  P("Koldo Arrizabalaga Iriondo","Sales director","Engranajes Deba S.L."),
  P("Nerea Gaztañaga","Chief Technology Officer","Kalibra Metrology"),
  P("Unai Lizarralde","Project Officer",G)],
 [O(G,"GPMC"), O("Engranajes Deba S.L."), O("Mondragon University"), O("Kalibra Metrology S.Coop."),
  O("Talleres Oria S.A."), O("Tecnalia"), O("Stampi Valtrompia S.r.l."), O("Basque Business Development Agency","SPRI"),
  O("Photonics BW"), O("TRUMPF"), O("Fraunhofer Institute for Production Technology","IPT"), O("IDEKO"),
  O("Provincial Council of Gipuzkoa")],
 [E("board meeting","2038-03-04",None,"Donostia","Spain"),
  E("Precision Breakfast #12","2038-03-17",None,"Donostia","Spain"),
  E("Precision Breakfast #10","2037-10",None,"Eibar","Spain"),
  E("Precision Breakfast #11","2037-12",None,"Azpeitia","Spain"),
  E("Delegation to Baden-Württemberg","2038-04-13","2038-04-15","Stuttgart, Ditzingen","Germany"),
  E("company visit to TRUMPF","2038-04-14",None,"Ditzingen","Germany"),
  E("B2B meetings","2038-04-15",None,"Stuttgart","Germany"),
  E("Precision Breakfast #13","2038-05-05",None,"Eibar","Spain"),
  E("General Assembly of GPMC","2038-05-26",None,"Donostia","Spain")],
 ["2038-03","2038-03-22","2038-03-04","2038-02","2038/2040","2036/2041","2038-03-17","2037-10","2037-12",
  "2038-04-13/2038-04-15","2038-04-14","2038-04-15","2038-03-31","2038-09","2038-05-05","2038-05-26","2038-04-30","2038-04-16"],
 ["Repair by deposition pays back when a mould is worth more than 40,000 euros",
  "Certification of repaired parts is still the main bottleneck for automotive customers",
  "Small workshops need shared access to equipment rather than their own machines"],
 pub="2038-03-22")
