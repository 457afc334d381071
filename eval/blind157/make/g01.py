from h import *
F = 'g01_eccp_news_trapani.html'
assert wd(2038,3,10)=='Wednesday' and wd(2038,3,11)=='Thursday' and wd(2038,4,22)=='Thursday' and wd(2038,5,6)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News | European Cluster Collaboration Platform</title></head>
<body>
<div class="cookie-banner">We use cookies to measure the use of this site and to remember your preferences. <a href="/cookie-policy">Cookie policy</a> <button>Accept all</button> <button>Only essential</button></div>
<header><p class="brand">European Cluster Collaboration Platform</p>
<nav><a href="/">Home</a> | <a href="/clusters">Cluster map</a> | <a href="/euroclusters">Euroclusters</a> | <a href="/news">News</a> | <a href="/events">Events</a> | <a href="/calls">Calls &amp; opportunities</a> | <a href="/login">Log in</a></nav></header>
<main>
<p class="crumbs">Home › News › Euroclusters</p>
<h1>News</h1>

<article>
<p class="meta">15 March 2038 · Euroclusters · 4 min read</p>
<h2>BLUE-TRAP Eurocluster partners meet in Trapani to plan the second open call</h2>
<p>Partners of the BLUE-TRAP Eurocluster, which links seafood processors, boatyards and marine biotech firms around the Mediterranean, met in Trapani on Wednesday 10 and Thursday 11 March 2038. The meeting was hosted by Distretto della Pesca e della Blue Economy Sicilia, the Sicilian cluster that coordinates the consortium.</p>
<p>The partners are:</p>
<ul>
<li>Distretto della Pesca e della Blue Economy Sicilia (Italy) – coordinator</li>
<li>Clúster Marítimo de Canarias (Spain)</li>
<li>Pôle Mer Méditerranée (France)</li>
<li>Malta Marine Technology Cluster (Malta)</li>
<li>Hellenic Aquaculture Innovation Cluster (Greece)</li>
<li>Croatian Blue Growth Cluster (Croatia)</li>
</ul>
<p>On the first day the steering committee reviewed the results of open call 1, which funded 38 SMEs with vouchers of up to EUR 60 000. Giuseppina Lo Bue, cluster manager of the Sicilian district, said that two thirds of the funded companies had never worked with a partner in another country before. The afternoon was spent on the draft text of the second call. On Thursday morning the group visited the salt works between Trapani and Marsala and a fish canning plant in the port, followed by a meeting with the Port System Authority of the Western Sicilian Sea.</p>
<p>Main outcomes of the Trapani meeting:</p>
<ul>
<li>Open call 2 will open in April 2038 with a budget of EUR 1.9 million</li>
<li>At least 30 per cent of the vouchers will go to companies from islands and outermost regions</li>
<li>The partners will run a common training path for young skippers and processing technicians</li>
</ul>
<p><a href="/news/blue-trap-trapani">Read more</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">Email</a></p>
</article>

<article>
<p class="meta">2 April 2038 · Webinars</p>
<h2>Info webinar on the BLUE-TRAP open call</h2>
<p>The consortium will present the second open call in an online info webinar on Thursday 22 April 2038 from 11:00 to 12:30 CET. Speakers: Giuseppina Lo Bue (Distretto della Pesca e della Blue Economy Sicilia), Rafael Henríquez Sosa, project officer at Clúster Marítimo de Canarias, and Dr Nikos Papathanasiou of the Hellenic Aquaculture Innovation Cluster. Applications close on 30 June 2038 at 17:00 CET.</p>
<p><a href="/events/blue-trap-webinar">Register</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a></p>
</article>

<article>
<p class="meta">28 April 2038 · Cluster excellence</p>
<h2>New ESCA labels for three Mediterranean clusters</h2>
<p>The European Secretariat for Cluster Analysis (ESCA) awarded labels to three cluster organisations in April. The Malta Marine Technology Cluster received its first Silver label, and two Portuguese clusters renewed their Bronze labels. The labels will be handed over at the Cluster Excellence Days in Brussels on 6 May 2038. ECCP's own helpdesk, run on behalf of the European Innovation Council and SMEs Executive Agency (EISMEA), can advise cluster managers who want to prepare a benchmarking.</p>
<p><a href="/news/esca-labels-april">Read more</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a></p>
</article>

<article>
<p class="meta">5 May 2038 · Euroclusters</p>
<h2>Euroclusters community meets in Brussels</h2>
<p>All active Euroclusters are invited to the annual Euroclusters Community Day, which will take place on Thursday 6 May 2038, right after the label ceremony. Anna-Lena Voigt, Head of Unit at EISMEA, will open the day. Registration closes on 30 April.</p>
<p><a href="/events/community-day-2038">Programme</a> · Share: <a href="#">LinkedIn</a></p>
</article>

<nav class="pager"><a href="/news?page=1">‹ Previous</a> <a href="/news?page=1">1</a> <strong>2</strong> <a href="/news?page=3">3</a> <a href="/news?page=3">Next ›</a></nav>
<aside><h3>Subscribe</h3><p>Get the ECCP newsletter every month. <a href="/newsletter">Sign up</a></p>
<h3>Tags</h3><p><a href="#">blue economy</a> · <a href="#">open calls</a> · <a href="#">Mediterranean</a> · <a href="#">labels</a></p></aside>
</main>
<footer><p>The European Cluster Collaboration Platform is funded by the Single Market Programme of the European Union.</p>
<p><a href="/legal">Legal notice</a> · <a href="/privacy">Privacy statement</a> · <a href="/contact">Contact</a> · <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
"""
write(F, T)
D="Distretto della Pesca e della Blue Economy Sicilia"
gold(F,
 [P("Giuseppina Lo Bue","cluster manager",D),
  P("Rafael Henríquez Sosa","project officer","Clúster Marítimo de Canarias"),
  P("Nikos Papathanasiou",None,"Hellenic Aquaculture Innovation Cluster"),
  P("Anna-Lena Voigt","Head of Unit","EISMEA")],
 [O("European Cluster Collaboration Platform","ECCP"), O(D), O("Clúster Marítimo de Canarias"), O("Pôle Mer Méditerranée"),
  O("Malta Marine Technology Cluster"), O("Hellenic Aquaculture Innovation Cluster"), O("Croatian Blue Growth Cluster"),
  O("Port System Authority of the Western Sicilian Sea"), O("European Secretariat for Cluster Analysis","ESCA"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("European Union")],
 [E("BLUE-TRAP Eurocluster partners meeting","2038-03-10","2038-03-11","Trapani","Italy"),
  E("steering committee","2038-03-10",None,"Trapani","Italy"),
  E("visit to the salt works and a fish canning plant","2038-03-11",None,"Trapani","Italy"),
  E("meeting with the Port System Authority of the Western Sicilian Sea","2038-03-11",None,"Trapani","Italy"),
  E("info webinar","2038-04-22",None,None,None),
  E("Cluster Excellence Days","2038-05-06",None,"Brussels","Belgium"),
  E("Euroclusters Community Day","2038-05-06",None,"Brussels","Belgium")],
 ["2038-03-15","2038-03-10/2038-03-11","2038-04","2038-04-02","2038-04-22","2038-06-30","2038-04-28","2038-05-06","2038-05-05","2038-04-30"],
 ["Open call 2 will open in April 2038 with a budget of EUR 1.9 million",
  "At least 30 per cent of the vouchers will go to companies from islands and outermost regions",
  "The partners will run a common training path for young skippers and processing technicians"])
