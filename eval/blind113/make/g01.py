from h import *
F = 'g01_eccp_event_calendar.html'
assert wd(2038,3,10)=='Wednesday' and wd(2038,3,11)=='Thursday' and wd(2038,3,17)=='Wednesday'
assert wd(2038,4,14)=='Wednesday' and wd(2038,4,22)=='Thursday' and wd(2038,5,5)=='Wednesday' and wd(2038,5,7)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Event calendar | European Cluster Collaboration Platform</title></head>
<body>
<div class="cookie">We use cookies to measure how the platform is used. <a href="/cookies">Cookie policy</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><p class="logo">European Cluster Collaboration Platform – the hub for clusters in Europe</p>
<nav><a href="/">Home</a> · <a href="/cluster-mapping">Cluster mapping</a> · <a href="/partnerships">Partnerships</a> · <a href="/funding">Funding opportunities</a> · <a href="/event-calendar">Event calendar</a> · <a href="/news">News</a> · <a href="/login">Log in</a></nav></header>
<main>
<p class="crumbs">Home › Event calendar › March – May 2038</p>
<h1>Event calendar</h1>
<form><label>Filter by type</label> <select><option>All types</option><option>Online</option><option>On site</option></select> <label>Country</label> <select><option>All countries</option></select> <button>Apply</button></form>
<p class="count">Showing 5 of 38 upcoming events · Sorted by date</p>

<div class="event">
<p class="date">10 – 11 March 2038 · Seinäjoki, Finland · On site</p>
<h2>Clusters meet Regions: South Ostrobothnia</h2>
<p>The next stop of the Clusters meet Regions series brings cluster managers and policy makers to Seinäjoki on Wednesday 10 and Thursday 11 March 2038. The event is co-organised by the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) and the Regional Council of South Ostrobothnia, with Frami Science Park as local host. Day one focuses on food-system transition and bio-based packaging; day two offers company visits to Atria in Nurmo and to the Seinäjoki University of Applied Sciences (SeAMK) food labs.</p>
<p>Confirmed: Tuula Mäki-Penttilä, Regional Mayor of South Ostrobothnia; Ilse Vandersteen, Policy Officer, DG GROW; Jarkko Vähäsöyrinki (Managing Director, Foodwest Oy).</p>
<p><a href="/event/cmr-seinajoki">Read more</a> · <a href="/register/cmr-seinajoki">Register</a> · Add to calendar</p>
</div>

<div class="event">
<p class="date">17 March 2038 · 08:30 – 09:45 CET · Online</p>
<h2>EU Clusters Talks: Public buyers as first customers</h2>
<p>Our Wednesday morning talks continue with a session on how public procurement of innovation can open markets for cluster members. Speakers: Paolo De Santis of the European Innovation Council and SMEs Executive Agency (EISMEA), and Birgitta Lövgren-Hult, procurement strategist at the City of Umeå. Moderation: Kerstin O'Donoghue, ECCP Team.</p>
<p><a href="/event/talks-procurement">Read more</a> · Add to calendar</p>
</div>

<div class="event">
<p class="date">14 April 2038 · Pécs, Hungary · On site</p>
<h2>B2B matchmaking at the Pécs Industry Days</h2>
<p>The Pannon Mechatronics Cluster and Enterprise Europe Network Hungary invite manufacturers, integrators and research teams to pre-arranged 25-minute meetings during the Pécs Industry Days, held at the Kodály Centre. Last year's session produced 212 meetings between companies from nine countries. Registration deadline: 31 March 2038; meeting requests can be sent until 9 April 2038. Participation is free of charge.</p>
<p>Contact: Zsófia Bárány-Kelemen, international coordinator, Pannon Mechatronics Cluster.</p>
<p><a href="/event/pecs-b2b">Read more</a> · <a href="/register/pecs-b2b">Register</a></p>
</div>

<div class="event">
<p class="date">22 April 2038 · Gabrovo, Bulgaria · Hybrid</p>
<h2>RE-TEX final conference: circular textiles in the Danube region</h2>
<p>After three years of work, the partners of the Interreg project RE-TEX present their results in Gabrovo: a regional action plan for textile recycling, pilot sorting lines and a map of 140 companies ready to use recycled fibres. The conference is hosted by the Regional Development Agency Gabrovo together with the Technical University of Gabrovo. Project coordinator Dimitar Hristozov will open the day; the closing address will be given by Mag. Verena Hochleitner of the Austrian partner ecoplus. The Business Agency of Lower Austria.</p>
<p><a href="/event/retex-final">Read more</a> · Add to calendar</p>
</div>

<div class="event">
<p class="date">5 – 7 May 2038 · Annecy, France · On site</p>
<h2>Cluster Excellence Masterclass</h2>
<p>A three-day training for cluster managers preparing for the Gold label, run by the European Secretariat for Cluster Analysis (ESCA) and hosted by the Outdoor Sports Valley cluster. Trainers: Anne-Sophie de Villiers and Gerd Brünnler-Maas. Places are limited to 24 participants; fee EUR 950.</p>
<p><a href="/event/masterclass-annecy">Read more</a> · <a href="/register/masterclass-annecy">Register</a></p>
</div>

<nav class="pager"><a href="?page=1">‹ Previous</a> <strong>2</strong> <a href="?page=3">3</a> <a href="?page=3">Next ›</a></nav>
<aside><h3>Submit your event</h3><p>Cluster organisations registered on the platform can add their own events. Events are checked by the ECCP Team before publication. <a href="/submit">Submit an event</a></p>
<h3>Past events</h3><p>Looking for presentations and recordings? Browse the <a href="/past-events">past events archive</a>.</p></aside>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Commission. © European Union · <a href="/legal">Legal notice</a> · <a href="/privacy">Privacy statement</a> · <a href="/contact">Contact the ECCP Team</a></p></footer>
</body></html>
"""
write(F, T)
G="Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"
gold(F,
 [P("Tuula Mäki-Penttilä","Regional Mayor of South Ostrobothnia",None),
  P("Ilse Vandersteen","Policy Officer","DG GROW"),
  P("Jarkko Vähäsöyrinki","Managing Director","Foodwest Oy"),
  P("Paolo De Santis",None,"European Innovation Council and SMEs Executive Agency"),
  P("Birgitta Lövgren-Hult","procurement strategist","City of Umeå"),
  P("Kerstin O'Donoghue",None,"ECCP"),
  P("Zsófia Bárány-Kelemen","international coordinator","Pannon Mechatronics Cluster"),
  P("Dimitar Hristozov","Project coordinator",None),
  P("Verena Hochleitner",None,"ecoplus. The Business Agency of Lower Austria"),
  P("Anne-Sophie de Villiers","Trainer",None),
  P("Gerd Brünnler-Maas","Trainer",None)],
 [O("European Cluster Collaboration Platform","ECCP"), O("European Commission"), O(G,"DG GROW"),
  O("Regional Council of South Ostrobothnia"), O("Frami Science Park"), O("Atria"),
  O("Seinäjoki University of Applied Sciences","SeAMK"), O("Foodwest Oy"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("City of Umeå"),
  O("Pannon Mechatronics Cluster"), O("Enterprise Europe Network Hungary"),
  O("Regional Development Agency Gabrovo"), O("Technical University of Gabrovo"),
  O("ecoplus. The Business Agency of Lower Austria"), O("European Secretariat for Cluster Analysis","ESCA"),
  O("Outdoor Sports Valley")],
 [E("Clusters meet Regions: South Ostrobothnia","2038-03-10","2038-03-11","Seinäjoki","Finland"),
  E("company visits","2038-03-11",None,"Nurmo, Seinäjoki","Finland"),
  E("EU Clusters Talks: Public buyers as first customers","2038-03-17",None,None,None),
  E("B2B matchmaking at the Pécs Industry Days","2038-04-14",None,"Pécs","Hungary"),
  E("Pécs Industry Days",None,None,"Pécs","Hungary"),
  E("RE-TEX final conference: circular textiles in the Danube region","2038-04-22",None,"Gabrovo","Bulgaria"),
  E("Cluster Excellence Masterclass","2038-05-05","2038-05-07","Annecy","France")],
 ["2038-03-10/2038-03-11","2038-03-17","2038-04-14","2038-03-31","2038-04-09","2038-04-22","2038-05-05/2038-05-07","2038-03/2038-05"],
 [])
