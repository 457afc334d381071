from h import *
F = 'g01_eccp_news_wavre_nagoya.html'
assert wd(2036,6,12)=='Thursday' and wd(2036,5,20)=='Tuesday' and wd(2036,5,27)=='Tuesday' and wd(2036,10,20)=='Monday' and wd(2036,10,24)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News | European Cluster Collaboration Platform</title></head>
<body>
<div class="cookie-banner">We use cookies to measure how the platform is used. <a href="/cookie-policy">Cookie policy</a> <button>Accept all</button> <button>Only necessary</button></div>
<header>
<p class="brand">European Cluster Collaboration Platform</p>
<nav><a href="/">Home</a> · <a href="/cluster-organisations">Find a cluster</a> · <a href="/calls">Open calls</a> · <a href="/euroclusters">Euroclusters</a> · <a href="/events">Events</a> · <a href="/news" class="active">News</a> · <a href="/login">Log in</a> · <a href="/register">Register your cluster</a></nav>
</header>
<main>
<p class="breadcrumb">Home › News</p>
<h1>News</h1>
<form><input placeholder="Search news"> <select><option>All topics</option><option>Internationalisation</option><option>Euroclusters</option><option>Regions</option></select> <button>Filter</button></form>

<article>
<p class="date">16 June 2036 · Regions</p>
<h2>Walloon Brabant hosts "Clusters meet Regions" on agri-food biotechnology</h2>
<p>Around 70 cluster managers, regional officials and company representatives met in Wavre on Thursday 12 June 2036 for the latest workshop of the "Clusters meet Regions" series. The host, Cluster Agrobiotech Wallonie (CAW), had put fermentation-based food ingredients at the centre of the day, a field in which the province of Walloon Brabant counts some forty firms.</p>
<p>Hélène Vanderstraeten, Managing Director of CAW, opened the morning with a plea for shared pilot plants: "No SME in our region can afford a 2,000-litre fermenter on its own, yet every one of them needs to scale up before it can sell." Matteo De Santis, policy officer at the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), explained how Euroclusters and the regional funds can be combined, and Anke Verbruggen-Lodewijckx of the Service public de Wallonie Économie Emploi Recherche (SPW EER) presented the Walloon smart specialisation priorities for 2035–2041.</p>
<p>The programme continued at 14:30 with a company visit to Fermentis Brabant SA in Louvain-la-Neuve, where CEO Grégoire d'Ursel showed the firm's new downstream processing line.</p>
<p>Participants drew up the following recommendations for regional authorities:</p>
<ul>
<li>Co-finance open-access pilot facilities rather than single-company equipment</li>
<li>Align regional innovation vouchers with the calls of the Euroclusters so that SMEs can combine them</li>
<li>Involve cluster organisations in the monitoring committees of the regional programmes</li>
</ul>
<p>The next workshop of the series will take place in the autumn; the host region will be announced in July. <a href="/news/clusters-meet-regions-wavre">Read more</a></p>
</article>

<article>
<p class="date">22 May 2036 · Euroclusters</p>
<h2>Euroclusters Matchmaking Café: 212 meetings in one afternoon</h2>
<p>The fourth edition of the Euroclusters Matchmaking Café took place online on Tuesday 20 May 2036. 164 participants from 23 countries booked 212 bilateral meetings between 14:00 and 17:30. The format was launched in 2035 with three editions and is organised by the platform together with the Enterprise Europe Network.</p>
<p>"We found two partners for our textile recycling pilot in less than an hour," said Kristiina Mäki-Petäjä of the Finnish cluster Pohjanmaan Tekstiiliklusteri. The fifth edition is planned for November. <a href="/news/matchmaking-cafe-4">Read more</a></p>
</article>

<article>
<p class="date">9 May 2036 · Internationalisation</p>
<h2>Call for cluster organisations: EU cluster mission to Japan</h2>
<p>The European Cluster Collaboration Platform is looking for up to 15 cluster organisations to join the EU cluster mission to Japan, which will take place in Nagoya from Monday 20 to Friday 24 October 2036. The mission targets advanced manufacturing, automotive electronics and robotics. It is prepared with the EU-Japan Centre for Industrial Cooperation and the Chubu Bureau of Economy, Trade and Industry.</p>
<p>The programme includes a business forum, B2B meetings with Japanese cluster members and visits to research centres. Travel and accommodation costs are covered by the participants; the platform organises the programme, the matchmaking and the local transport.</p>
<p>Applications are open until 30 September 2036. An information webinar will be held on Tuesday 27 May 2036 at 10:00 CEST. Contact: Laura Ní Bhriain, International Cooperation Manager, ECCP Support Team. <a href="/calls/mission-japan-2036">Apply now</a></p>
</article>

<article>
<p class="date">28 April 2036 · Cluster excellence</p>
<h2>Fourteen new Gold labels</h2>
<p>The European Secretariat for Cluster Analysis (ESCA) has awarded the Cluster Management Excellence Label GOLD to fourteen cluster organisations since January 2036, among them Klastr Moravské strojírenství from Vsetín and the Skive-based Nordvestjysk Fødevareklynge. ESCA's Managing Director Dr Jannis Oberhauser said that the number of gold-labelled clusters in central and eastern Europe had doubled since 2033. <a href="/news/gold-labels-2036">Read more</a></p>
</article>

<nav class="pagination"><a href="/news?page=0">‹ Previous</a> <a href="/news?page=0">1</a> <strong>2</strong> <a href="/news?page=2">3</a> <a href="/news?page=3">4</a> <a href="/news?page=2">Next ›</a></nav>
</main>
<aside><h3>Subscribe to the ECCP newsletter</h3><p>Every month: calls, events and partner requests. <a href="/newsletter">Subscribe</a></p></aside>
<footer>
<p>The European Cluster Collaboration Platform (ECCP) is an initiative of the European Commission, funded by the Single Market Programme and managed by the European Innovation Council and SMEs Executive Agency (EISMEA).</p>
<p><a href="/legal-notice">Legal notice</a> · <a href="/privacy">Privacy statement</a> · <a href="/accessibility">Accessibility</a> · <a href="/contact">Contact the ECCP Support Team</a> · Share this page: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">E-mail</a></p>
</footer>
</body></html>
"""
write(F, T)
C = "Cluster Agrobiotech Wallonie"
gold(F,
 [P("Hélène Vanderstraeten","Managing Director",C),
  P("Matteo De Santis","policy officer","Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
  P("Anke Verbruggen-Lodewijckx",None,"Service public de Wallonie Économie Emploi Recherche"),
  P("Grégoire d'Ursel","CEO","Fermentis Brabant SA"),
  P("Kristiina Mäki-Petäjä",None,"Pohjanmaan Tekstiiliklusteri"),
  P("Laura Ní Bhriain","International Cooperation Manager","ECCP Support Team"),
  P("Jannis Oberhauser","Managing Director","European Secretariat for Cluster Analysis")],
 [O("European Cluster Collaboration Platform","ECCP"), O(C,"CAW"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("Service public de Wallonie Économie Emploi Recherche","SPW EER"), O("Fermentis Brabant SA"),
  O("Enterprise Europe Network"), O("Pohjanmaan Tekstiiliklusteri"), O("EU-Japan Centre for Industrial Cooperation"),
  O("Chubu Bureau of Economy, Trade and Industry"), O("ECCP Support Team"),
  O("European Secretariat for Cluster Analysis","ESCA"), O("Klastr Moravské strojírenství"),
  O("Nordvestjysk Fødevareklynge"), O("European Commission"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA")],
 [E("Clusters meet Regions","2036-06-12",None,"Wavre","Belgium"),
  E("company visit to Fermentis Brabant SA","2036-06-12",None,"Louvain-la-Neuve","Belgium"),
  E("Euroclusters Matchmaking Café","2036-05-20",None,None,None),
  E("Euroclusters Matchmaking Café","2036-11",None,None,None),
  E("EU cluster mission to Japan","2036-10-20","2036-10-24","Nagoya","Japan"),
  E("information webinar","2036-05-27",None,None,None)],
 ["2036-06-16","2036-06-12","2035/2041","2036-07","2036-05-22","2036-05-20","2035","2036-11","2036-05-09",
  "2036-10-20/2036-10-24","2036-09-30","2036-05-27","2036-04-28","2036-01","2033"],
 ["Co-finance open-access pilot facilities rather than single-company equipment",
  "Align regional innovation vouchers with the calls of the Euroclusters so that SMEs can combine them",
  "Involve cluster organisations in the monitoring committees of the regional programmes"])
