from h import *
F = 'g02_eccp_medtech_matchmaking_series.html'
assert wd(2041,10,16)=='Wednesday' and wd(2041,10,17)=='Thursday' and wd(2041,10,15)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Med-Cluster Matchmaking Days | European Cluster Collaboration Platform</title></head>
<body>
<div id="cookie">This site uses cookies to offer you a better browsing experience. <a href="#">Accept all</a> <a href="#">Refuse</a> <a href="#">More information</a></div>
<header><p>European Commission logo · European Cluster Collaboration Platform</p>
<nav><a href="/">Home</a> | <a href="/cluster-mapping">Cluster mapping</a> | <a href="/euroclusters">Euroclusters</a> | <a href="/events">Events</a> | <a href="/news">News &amp; publications</a> | <a href="/login">Log in</a></nav></header>
<main>
<p class="crumbs">Home &gt; Events &gt; Organised by ECCP &gt; Med-Cluster Matchmaking Days</p>
<h1>Med-Cluster Matchmaking Days</h1>
<p class="lead">A yearly meeting place for cluster organisations from the European Union and the southern shore of the Mediterranean, with pre-arranged one-to-one meetings, site visits and a policy dialogue.</p>

<h2>8th edition – Palermo, 15–17 October 2041</h2>
<p>The eighth Med-Cluster Matchmaking Days will be hosted by the Sicilian agri-food technology district Distretto Agroalimentare di Sicilia and the Regione Siciliana at the Palazzo dei Normanni in Palermo. The focus is on water-smart agriculture, food processing and renewable energy for rural communities.</p>
<p>Programme at a glance:</p>
<ul>
<li>Tuesday 15 October, 18:30 – welcome reception at the Teatro Massimo foyer</li>
<li>Wednesday 16 October, 09:30 – opening with Katarina Novak-Žužek, Head of Unit for Industrial Ecosystems and Clusters at the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), and Salvatore Lo Bianco, Regional Councillor for Productive Activities</li>
<li>Wednesday 16 October, 11:00–17:00 – B2B meetings</li>
<li>Thursday 17 October – company visits in the provinces of Palermo and Trapani</li>
</ul>
<p>Hotel rooms at a reduced rate are blocked in three hotels in the historic centre until the end of August; the booking codes are sent with the registration confirmation. Interpretation from and into French and Arabic will be provided at the opening session.</p>
<p>Registration opens on 1 July 2041 and closes on 19 September 2041. Participation is free of charge; travel costs are not reimbursed. <a href="#">Register on b2match</a></p>

<h2>Past editions</h2>
<table>
<tr><th>Edition</th><th>Date</th><th>Place</th><th>Participants</th></tr>
<tr><td>7th Med-Cluster Matchmaking Days</td><td>9–10 October 2040</td><td>Granada, Spain</td><td>212 participants, 688 meetings</td></tr>
<tr><td>6th Med-Cluster Matchmaking Days</td><td>3–4 October 2039</td><td>Kalamata, Greece</td><td>180 participants, 540 meetings</td></tr>
<tr><td>5th Med-Cluster Matchmaking Days</td><td>September 2038</td><td>Tunis, Tunisia</td><td>164 participants</td></tr>
<tr><td>4th Med-Cluster Matchmaking Days</td><td>2037</td><td>online</td><td>230 participants</td></tr>
</table>
<p>Reports of all editions are available in the <a href="#">library</a>.</p>

<h2>Looking back: Granada 2040</h2>
<p>The seventh edition took place at the Parque Tecnológico de la Salud in Granada and was co-organised with the Andalusian agency for knowledge transfer, Agencia Andaluza del Conocimiento. Over two days, 97 cluster organisations from 19 countries held 688 meetings. The Moroccan cluster Cluster Agroalimentaire du Souss and the Portuguese PortugalFoods signed a memorandum of understanding on olive-oil traceability on the second day.</p>
<p>"Matchmaking only works when clusters come with a concrete question," said Dr. Youssef El Amrani, managing director of the Souss cluster. ECCP team leader Birgitte Aagaard-Nielsen added that the platform would test a follow-up webinar three months after each edition.</p>
<p>Key takeaways from the 2040 policy dialogue:</p>
<ol>
<li>Cluster cooperation across the Mediterranean needs multi-annual funding, not single events</li>
<li>Water scarcity is the common challenge that unites agri-food clusters on both shores</li>
<li>Clusters should involve vocational schools in joint projects from the start</li>
<li>Visa procedures remain the main barrier for participants from partner countries</li>
</ol>

<h2>Who can participate?</h2>
<p>Cluster and business network organisations registered on the ECCP, companies that are members of such clusters, and technology centres. Each organisation may register up to two representatives. A follow-up webinar for all participants of the eighth edition is planned for January 2042.</p>
<p>Contact: ECCP events team, events@clustercollaboration.example.eu</p>
<p class="share">Share this page: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a></p>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Commission, funded under the Single Market Programme. <a href="#">Legal notice</a> · <a href="#">Cookies</a> · <a href="#">Accessibility</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Katarina Novak-Žužek","Head of Unit for Industrial Ecosystems and Clusters","Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
  P("Salvatore Lo Bianco","Regional Councillor for Productive Activities",None),
  P("Youssef El Amrani","managing director","Cluster Agroalimentaire du Souss"),
  P("Birgitte Aagaard-Nielsen","team leader","European Cluster Collaboration Platform")],
 [O("European Cluster Collaboration Platform","ECCP"), O("European Commission"),
  O("Distretto Agroalimentare di Sicilia"), O("Regione Siciliana"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("Agencia Andaluza del Conocimiento"), O("Cluster Agroalimentaire du Souss"), O("PortugalFoods")],
 [E("eighth Med-Cluster Matchmaking Days","2041-10-15","2041-10-17","Palermo","Italy"),
  E("welcome reception","2041-10-15",None,"Palermo","Italy"),
  E("B2B meetings","2041-10-16",None,"Palermo","Italy"),
  E("company visits","2041-10-17",None,None,"Italy"),
  E("7th Med-Cluster Matchmaking Days","2040-10-09","2040-10-10","Granada","Spain"),
  E("6th Med-Cluster Matchmaking Days","2039-10-03","2039-10-04","Kalamata","Greece"),
  E("5th Med-Cluster Matchmaking Days","2038-09",None,"Tunis","Tunisia"),
  E("4th Med-Cluster Matchmaking Days","2037",None,None,None),
  E("follow-up webinar","2042-01",None,None,None)],
 ["2041-10-15/2041-10-17","2041-10-15","2041-10-16","2041-10-17","2041-07-01","2041-09-19",
  "2040-10-09/2040-10-10","2039-10-03/2039-10-04","2038-09","2037","2040","2041-08","2042-01"],
 ["Cluster cooperation across the Mediterranean needs multi-annual funding, not single events",
  "Water scarcity is the common challenge that unites agri-food clusters on both shores",
  "Clusters should involve vocational schools in joint projects from the start",
  "Visa procedures remain the main barrier for participants from partner countries"])
