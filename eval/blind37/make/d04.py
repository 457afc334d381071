from common import *
doc = "matchmaking-events-scheldebio.html"
write(doc, """
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Matchmaking events | ScheldeBio Cluster</title></head>
<body>
<div class="cookie">This site uses functional cookies only. <a href="/privacy">More</a> <button>Accept</button></div>
<header><a href="/" class="logo">ScheldeBio</a>
<nav><a href="/about">About</a> | <a href="/members">Members</a> | <a href="/events" class="active">Events</a> | <a href="/projects">Projects</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/events">Events</a> &rsaquo; Matchmaking</div>
<main>
<h1>Matchmaking &amp; B2B events</h1>
<p class="intro">The ScheldeBio Cluster vzw connects bio-based chemistry, materials and food-ingredient companies in
East Flanders and Zeeland with partners across Europe. Our B2B sessions run on the cluster's matchmaking platform:
create one profile, browse participants, and book 20-minute meetings. Most sessions are free for members of the
cluster and of our partner networks in the Enterprise Europe Network (EEN).</p>
<form class="filters">Filter: <select><option>All formats</option><option>On site</option><option>Online</option></select>
<select><option>2031</option><option>2032</option></select> <button>Apply</button></form>
<h2>How it works</h2>
<ol><li>Register for the event and create your profile: who you are, what you offer, what you are looking for.</li>
<li>When the booking phase opens, browse the participant list and send meeting requests.</li>
<li>Accept or decline the requests you receive; the platform builds your personal agenda.</li>
<li>On the day, go to the numbered table shown in your agenda, or to the virtual room for online sessions.</li></ol>
<p>Our matchmaking team checks every profile before it goes online and can suggest partners you may have missed.
Members who cannot attend may ask a colleague from another member company to represent them at the tables.</p>

<h2>Upcoming</h2>
<article class="event">
<h3><a href="/events/bbd-partnering-ghent">BioBased Partnering Days Ghent</a></h3>
<p class="meta">14–15 October 2031 · ICC Ghent, Belgium · On site</p>
<p>Two days of pre-arranged meetings between feedstock suppliers, converters and brand owners, held alongside the
cluster's annual conference. Meeting booking opens on 15 September; profiles can be edited until 10/10/2031.
Organised with the Netherlands Enterprise Agency (RVO) and Flanders Innovation &amp; Entrepreneurship (VLAIO).</p>
<p class="contact">Contact: Ruben De Smet, matchmaking coordinator</p>
</article>
<article class="event">
<h3><a href="/events/proteins-online">Online brokerage: alternative proteins ingredients</a></h3>
<p class="meta">Tue 4 November 2031 · 10:00–13:00 CET · Online</p>
<p>A short online format with ingredient start-ups from the region and buyers from Nordic food companies, co-organised
with the Danish cluster FoodBridge Jutland. Pitch slots of three minutes in the first hour.</p>
<p class="contact">Contact: Lotte Verhaeghe</p>
</article>
<article class="event">
<h3><a href="/events/terneuzen-site-visit">Site visit &amp; B2B: Terneuzen biorefinery cluster</a></h3>
<p class="meta">27.11.2031 · Terneuzen (NL) · On site, max. 35 participants</p>
<p>Tour of the pilot plant of Scaldis Biorefinery B.V. followed by an afternoon of B2B meetings with the operators of
the Zeeland port area. Hosted by North Sea Port.</p>
</article>
<article class="event">
<h3><a href="/events/jec-world-2032">Joint matchmaking at JEC World 2032</a></h3>
<p class="meta">March 2032 (dates to be confirmed) · Paris, France</p>
<p>Meetings on the cluster stand for bio-based composites. Registration opens in January 2032.</p>
</article>

<h2>Past matchmaking</h2>
<ul class="past">
<li><a href="/events/bbd-2030">BioBased Partnering Days 2030</a> — 21–22 October 2030, Antwerp · 318 meetings</li>
<li><a href="/events/packaging-brokerage">Green packaging brokerage</a> — 9 June 2031, online · 74 meetings</li>
<li><a href="/events/kortrijk-materials">Bio-based Materials Morning</a> — 2 February 2031, Kortrijk, with Ghent University Campus Kortrijk · 57 meetings</li>
<li><a href="/events/ghent-lille">Ghent–Lille cross-border B2B</a> — 18/03/2031, Lille · 96 meetings</li>
</ul>

<aside class="testimonial"><blockquote>"In one afternoon in Antwerp we met three converters. One of them now buys 40 tonnes
of our lignin a year."</blockquote><p>— Hanna Goossens, sales director, Ligniva NV</p></aside>
</main>
<footer><p>ScheldeBio Cluster vzw · Technologiepark 80, 9052 Ghent · info@scheldebio.example</p>
<p>Supported by the Province of East Flanders and the Province of Zeeland</p>
<p>&copy; 2031 ScheldeBio · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/sitemap">Sitemap</a></p></footer>
</body></html>
""")
gold(doc, None,
 [P("Ruben De Smet","matchmaking coordinator","ScheldeBio Cluster vzw"), P("Lotte Verhaeghe"),
  P("Hanna Goossens","sales director","Ligniva NV")],
 [O("ScheldeBio Cluster vzw","ScheldeBio"), O("Enterprise Europe Network","EEN"),
  O("Netherlands Enterprise Agency","RVO"), O("Flanders Innovation & Entrepreneurship","VLAIO"),
  O("FoodBridge Jutland"), O("Scaldis Biorefinery B.V."), O("North Sea Port"), O("Ligniva NV"),
  O("Province of East Flanders"), O("Province of Zeeland"), O("Ghent University Campus Kortrijk")],
 [E("BioBased Partnering Days Ghent","2031-10-14","2031-10-15","Ghent","Belgium"),
  E("Online brokerage: alternative proteins ingredients","2031-11-04",None,None,None),
  E("Site visit & B2B: Terneuzen biorefinery cluster","2031-11-27",None,"Terneuzen","Netherlands"),
  E("Joint matchmaking at JEC World 2032","2032-03",None,"Paris","France"),
  E("BioBased Partnering Days 2030","2030-10-21","2030-10-22","Antwerp","Belgium"),
  E("Green packaging brokerage","2031-06-09",None,None,None),
  E("Ghent–Lille cross-border B2B","2031-03-18",None,"Lille","France"),
  E("Bio-based Materials Morning","2031-02-02",None,"Kortrijk","Belgium")],
 ["2031-10-14/2031-10-15","2031-09-15","2031-10-10","2031-11-04","2031-11-27","2032-03","2032-01",
  "2030-10-21/2030-10-22","2031-06-09","2031-03-18","2031-02-02"])
