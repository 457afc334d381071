from mk import *
doc = "seia-agenda-autumn-2032.html"
text(doc, """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Agenda | South Estonia Innovation Agency</title></head>
<body>
<div class="cookie-bar">We use cookies to measure visits. <a href="#">Accept</a> <a href="#">Settings</a></div>
<header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/services">Services</a></li><li><a href="/clusters">Clusters</a></li><li><a href="/agenda" class="active">Agenda</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li><li><a href="/et">EST</a></li></ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/about">About us</a> &rsaquo; Agenda</div>
<main>
<h1>Agenda</h1>
<p class="intro">What is coming up at the South Estonia Innovation Agency (SEIA) and with our partner clusters this autumn. All events are free for companies registered in Tartu, Võru, Põlva, Valga and Viljandi counties unless stated otherwise. Times are local (EET).</p>

<h2>September 2032</h2>
<div class="event">
<span class="day">14 September</span>
<h3>Wood Tech Breakfast: robots in small joineries</h3>
<p>08:30–10:30 · Tartu Science Park, Tartu. Kadri Õunapuu, CEO of Puitmets OÜ, shows how a twelve-person joinery paid back its first cobot in 19 months. Organised with the Lõuna Wood Cluster.</p>
</div>
<div class="event">
<span class="day">22–23 September</span>
<h3>Food Innovation Hackathon Võru</h3>
<p>Kreutzwaldi Centre, Võru. 48 hours, six challenges set by dairy and berry processors. Jury chaired by prof. Tiit Kärner (Estonian University of Life Sciences).</p>
</div>
<div class="event">
<span class="day">30 September</span>
<h3>Webinar: grants for food-tech SMEs</h3>
<p>Online, 14:00–15:15. Speakers from the Estonian Business and Innovation Agency (EISA) walk through the open development grants. Registration closes 28 September.</p>
</div>

<h2>October 2032</h2>
<div class="event">
<span class="day">5 October</span>
<h3>Lõuna Wood Cluster – autumn members' meeting</h3>
<p>Põlva, hosted by Metsakoda AS. Members only. Contact: Rasmus Lepik, cluster coordinator.</p>
</div>
<div class="event">
<span class="day">12–14 October</span>
<h3>Study trip to Lahti</h3>
<p>Three days with the wood and packaging ecosystem of Päijät-Häme, Finland, including LAB University of Applied Sciences and two factory visits. 15 seats; cost-sharing 350 EUR per company.</p>
</div>
<div class="event">
<span class="day">27 October</span>
<h3>South Estonia Innovation Award 2032 – ceremony</h3>
<p>Estonian National Museum, Tartu, 18:00. Nominations are accepted until 30 September. The award is presented by Helen Sarapuu, Head of the Tartu County Development Centre.</p>
</div>

<h2>November 2032</h2>
<div class="event">
<span class="day">10 November</span>
<h3>Circular packaging workshop</h3>
<p>Viljandi, at the University of Tartu Viljandi Culture Academy. Hands-on session on mono-material packaging with designers from Kastikas OÜ.</p>
</div>
<div class="event">
<span class="day">24 November</span>
<h3>Investor Day South</h3>
<p>Tartu, Delta Centre. Ten start-ups from the region pitch to angel investors. Applications for pitch slots until 3 November.</p>
</div>
<div class="event">
<span class="day">2 December</span>
<h3>SEIA Christmas networking</h3>
<p>Venue and programme to be announced.</p>
</div>
<p class="updated">Last updated: 02.09.2032</p>
</main>
<footer>
<p>South Estonia Innovation Agency · Riia 181A, 50411 Tartu · info@seia.example</p>
<p>Co-financed by the European Union. © 2032 SEIA. <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></p>
</footer>
</body></html>
""")
gold(doc, None,
 [P("Kadri Õunapuu", "CEO", "Puitmets OÜ"), P("Tiit Kärner", None, "Estonian University of Life Sciences"),
  P("Rasmus Lepik", "cluster coordinator", "Lõuna Wood Cluster"),
  P("Helen Sarapuu", "Head", "Tartu County Development Centre")],
 [O("South Estonia Innovation Agency", "SEIA"), O("Puitmets OÜ"), O("Lõuna Wood Cluster"),
  O("Estonian University of Life Sciences"), O("Estonian Business and Innovation Agency", "EISA"),
  O("Metsakoda AS"), O("LAB University of Applied Sciences"), O("Tartu County Development Centre"), O("Tartu Science Park"),
  O("University of Tartu Viljandi Culture Academy"), O("Kastikas OÜ")],
 [E("Wood Tech Breakfast: robots in small joineries", "2032-09-14", "2032-09-14", "Tartu", "Estonia"),
  E("Food Innovation Hackathon Võru", "2032-09-22", "2032-09-23", "Võru", "Estonia"),
  E("Webinar: grants for food-tech SMEs", "2032-09-30", "2032-09-30", None, None),
  E("Lõuna Wood Cluster – autumn members' meeting", "2032-10-05", "2032-10-05", "Põlva", "Estonia"),
  E("Study trip to Lahti", "2032-10-12", "2032-10-14", "Lahti", "Finland"),
  E("South Estonia Innovation Award 2032 – ceremony", "2032-10-27", "2032-10-27", "Tartu", "Estonia"),
  E("Circular packaging workshop", "2032-11-10", "2032-11-10", "Viljandi", "Estonia"),
  E("Investor Day South", "2032-11-24", "2032-11-24", "Tartu", "Estonia"),
  E("SEIA Christmas networking", "2032-12-02", "2032-12-02", None, None)],
 ["2032-09", "2032-09-14", "2032-09-22/2032-09-23", "2032-09-30", "2032-09-28", "2032-10", "2032-10-05",
  "2032-10-12/2032-10-14", "2032-10-27", "2032-11", "2032-11-10", "2032-11-24", "2032-11-03", "2032-12-02",
  "2032-09-02"])
