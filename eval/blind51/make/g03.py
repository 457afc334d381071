from h import *
T = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Events – March 2035 | KreislaufWerk Ruhr</title></head>
<body>
<div class="cookie-banner">We use cookies to make this site work and, with your consent, to measure visits. <a href="#">Accept all</a> <a href="#">Only necessary</a> <a href="#">Settings</a></div>
<header>
<a class="logo" href="/">KreislaufWerk Ruhr e.V. – the circular plastics network of the Ruhr</a>
<nav><ul><li><a href="/network">Network</a></li><li><a href="/members">Members</a></li><li><a href="/projects">Projects</a></li><li class="active"><a href="/events">Events</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li><li><a href="/de">DE</a></li></ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/events">Events</a> › March 2035</div>
<main>
<h1>Events calendar</h1>
<form class="filter">
<label>Month</label> <select><option>February 2035</option><option selected>March 2035</option><option>April 2035</option><option>May 2035</option></select>
<label>Type</label> <select><option selected>All types</option><option>Webinar</option><option>Workshop</option><option>Conference</option><option>Site visit</option></select>
<button>Filter</button>
</form>
<p class="result-count">Showing 7 events in <strong>March 2035</strong> · <a href="/events/ical">Subscribe (iCal)</a></p>

<article class="event">
<div class="date">Tue<br>06<br>Mar</div>
<h2>Circular Tuesday #27: Chemical recycling – what the new EU rules mean for SMEs</h2>
<p class="meta">Webinar · 10:00–11:00 CET · online (Zoom) · free for members</p>
<p>Our monthly webinar takes place <strong>every first Tuesday of the month</strong>. In March, Dr. Friederike Osterkamp, head of regulatory affairs at Polyvert Chemie GmbH, and Tobias Wischnewski, lawyer at Hallmann Brückner Rechtsanwälte PartG mbB, explain the mass-balance rules. Moderation: Yasemin Karadağ, project manager, KreislaufWerk Ruhr.</p>
<p><a href="#">Register</a></p>
</article>

<article class="event">
<div class="date">Thu<br>08<br>Mar</div>
<h2>Members' workshop: Recyclate quality and sorting data</h2>
<p class="meta">Workshop · 13:00–17:00 · Essen, Haus der Technik · members only</p>
<p>Working group 2 meets to agree a common data sheet for post-consumer recyclates. Hosted by Ruhrsort GmbH; lead: Jens Pawlowski (Ruhrsort).</p>
</article>

<article class="event">
<div class="date">14–15<br>Mar</div>
<h2>Joint stand at Plastics Recycling Show Europe, Amsterdam</h2>
<p class="meta">Trade fair · RAI Amsterdam · 6 member companies on the NRW stand</p>
<p>Together with NRW.Global Business we share a stand with six members. Contact: Yasemin Karadağ.</p>
</article>

<article class="event moved">
<div class="date">Tue<br>20<br>Mar</div>
<h2><span class="badge">MOVED</span> Site visit: RheinHerne Polymer GmbH, Herne</h2>
<p class="meta">Site visit · <del>20 March 2035</del> → <strong>new date: Tuesday 17 April 2035</strong>, 14:00–16:30</p>
<p>Because the new extrusion line will only start in April, the visit has been moved to 17 April 2035. Registrations remain valid. Host: plant manager Dariusz Wróbel.</p>
</article>

<article class="event">
<div class="date">Wed<br>21<br>Mar</div>
<h2>Open lab day at the Fraunhofer UMSICHT pilot plant, Oberhausen</h2>
<p class="meta">Site visit · 10:00–14:00 · Oberhausen · max. 25 persons</p>
<p>The institute opens its solvolysis pilot plant for members and guests of the network. Short talks by Dr. Lukas Terhorst, group leader plastics recycling at Fraunhofer UMSICHT, and by Gülcan Yavuz-Brenner, founder of the start-up Faserwende UG (haftungsbeschränkt), followed by a guided tour. Safety shoes are provided. Please register by 14 March 2035; places are allocated in order of registration.</p>
</article>

<article class="event cancelled">
<div class="date">Thu<br>22<br>Mar</div>
<h2><span class="badge">CANCELLED</span> Evening talk: Land for recycling plants in the Ruhr</h2>
<p class="meta">Talk · 18:00 · Bochum</p>
<p>Unfortunately this talk with the Regionalverband Ruhr (RVR) has been cancelled. We are looking for a new date in the autumn.</p>
</article>

<article class="event">
<div class="date">27–28<br>Mar</div>
<h2>Ruhr Circular Days 2035 – 4th edition</h2>
<p class="meta">Conference · Dortmund, DASA Arbeitswelt Ausstellung · 27–28 March 2035</p>
<p>Two days, 30 speakers, a start-up corner and the KreislaufWerk Award. Opening by Prof. Dr. Henrike Baltrusch, chair of the board of KreislaufWerk Ruhr e.V., and Ömer Aksoy, deputy mayor of the City of Dortmund. Early-bird registration until 28 February 2035.</p>
<p><a href="#">Programme and registration</a></p>
</article>

<aside class="recurring">
<h3>Recurring</h3>
<p><strong>Circular Tuesday</strong> – every first Tuesday, 10:00–11:00, online. Next dates: 3 April 2035 (#28, design for recycling) and 8 May 2035 (#29; moved from 1 May because of the public holiday).</p>
<h3>Looking back</h3>
<p>Circular Tuesday #26 (6 February 2035) on deposit systems for industrial packaging drew 140 viewers; the recording is in the members' area.</p>
<p>Ruhr Circular Days 2034 (3rd edition, 21–22 March 2034, Gelsenkirchen): 410 participants. <a href="/events/archive">Archive</a></p>
</aside>
</main>
<footer>
<p>KreislaufWerk Ruhr e.V. · Emil-Figge-Straße 42 · 44227 Dortmund · Funded by the State of North Rhine-Westphalia and the European Union (EFRE/JTF NRW).</p>
<p><a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · © 2035 KreislaufWerk Ruhr e.V.</p>
<p class="updated">Page last updated: 09.03.2035</p>
</footer>
</body>
</html>
"""
write("events_kreislaufwerk-ruhr_2035-03.html", T, None,
 [P("Friederike Osterkamp","head of regulatory affairs","Polyvert Chemie GmbH"),
  P("Tobias Wischnewski","lawyer","Hallmann Brückner Rechtsanwälte PartG mbB"),
  P("Yasemin Karadağ","project manager","KreislaufWerk Ruhr e.V."),
  P("Jens Pawlowski",None,"Ruhrsort GmbH"),
  P("Dariusz Wróbel","plant manager","RheinHerne Polymer GmbH"),
  P("Lukas Terhorst","group leader plastics recycling","Fraunhofer UMSICHT"),
  P("Gülcan Yavuz-Brenner","founder","Faserwende UG (haftungsbeschränkt)"),
  P("Henrike Baltrusch","chair of the board","KreislaufWerk Ruhr e.V."),
  P("Ömer Aksoy","deputy mayor","City of Dortmund")],
 [O("KreislaufWerk Ruhr e.V."),O("Polyvert Chemie GmbH"),O("Hallmann Brückner Rechtsanwälte PartG mbB"),O("Ruhrsort GmbH"),
  O("NRW.Global Business"),O("RheinHerne Polymer GmbH"),O("Regionalverband Ruhr","RVR"),O("City of Dortmund"),O("Fraunhofer UMSICHT"),O("Faserwende UG (haftungsbeschränkt)")],
 [E("Circular Tuesday #27","2035-03-06","2035-03-06",None,None),
  E("Members' workshop: Recyclate quality and sorting data","2035-03-08","2035-03-08","Essen","Germany"),
  E("Plastics Recycling Show Europe","2035-03-14","2035-03-15","Amsterdam","Netherlands"),
  E("Site visit: RheinHerne Polymer GmbH","2035-04-17","2035-04-17","Herne","Germany"),
  E("Open lab day at the Fraunhofer UMSICHT pilot plant","2035-03-21","2035-03-21","Oberhausen","Germany"),
  E("Circular Tuesday #26","2035-02-06","2035-02-06",None,None),
  E("Ruhr Circular Days 2035","2035-03-27","2035-03-28","Dortmund","Germany"),
  E("Circular Tuesday #28","2035-04-03","2035-04-03",None,None),
  E("Circular Tuesday #29","2035-05-08","2035-05-08",None,None),
  E("Ruhr Circular Days 2034","2034-03-21","2034-03-22","Gelsenkirchen","Germany")],
 ["2035-03","2035-02","2035-04","2035-05","2035-03-06","2035-03-08","2035-03-14/2035-03-15","2035-03-20","2035-04-17",
  "2035-03-22","2035-03-27/2035-03-28","2035-02-28","2035-04-03","2035-05-08","2035-05-01","2034-03-21/2034-03-22","2035-03-09","2035-03-21","2035-03-14","2035-02-06"])
