from g import *
N='danube-auto-meet-2033.html'
W(N, '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Danube Auto Meet 2033 – B2B matchmaking</title></head>
<body>
<header class="topbar"><span class="brand">b2b-meet</span>
<nav><a href="#overview">Overview</a> | <a href="#agenda">Agenda</a> | <a href="#participants">Participants</a> | <a href="#marketplace">Marketplace</a> | <a href="#faq">FAQ</a> | <a href="/login">Log in</a> | <a class="btn" href="/register">Register now</a></nav></header>
<main>
<section id="overview">
<h1>Danube Auto Meet 2033</h1>
<p class="when">Tuesday, 24 May 2033 &middot; Incheba Expo Bratislava, Slovakia</p>
<p>B2B matchmaking for suppliers, OEM purchasers and research teams in automotive electronics, lightweight components and battery assembly, organised by the Slovak Automotive Components Cluster (SACC) together with the Enterprise Europe Network Slovakia and AutoNet Győr, the automotive cluster of Western Hungary.</p>
<p>Pre-arranged 25-minute meetings take place at numbered tables in Hall B2. Each participant can book up to 12 meetings.</p>
</section>
<section id="agenda">
<h2>Agenda</h2>
<table>
<tr><th>Time</th><th>Session</th></tr>
<tr><td>08:30&ndash;09:15</td><td>Registration and badge pick-up</td></tr>
<tr><td>09:15&ndash;09:45</td><td>Welcome: M&aacute;ria Kov&aacute;čov&aacute;, cluster manager, SACC; Bal&aacute;zs Szab&oacute;-T&oacute;th, director, AutoNet Győr</td></tr>
<tr><td>09:45&ndash;10:15</td><td>Keynote: OEM sourcing in the Danube region &ndash; Oliver Brandst&auml;tter, head of supplier development, Voltaro Automotive GmbH</td></tr>
<tr><td>10:30&ndash;12:30</td><td>Matchmaking slots 1&ndash;5</td></tr>
<tr><td>12:30&ndash;13:30</td><td>Lunch</td></tr>
<tr><td>13:30&ndash;16:30</td><td>Matchmaking slots 6&ndash;12</td></tr>
<tr><td>16:30&ndash;17:00</td><td>Closing drinks</td></tr>
</table>
</section>
<section id="key-dates">
<h2>Key dates</h2>
<ul>
<li>Registration opens: 1 March 2033</li>
<li>Meeting booking opens: 2 May 2033</li>
<li>Registration closes: 19 May 2033, 23:59 CEST</li>
<li>Meeting schedules sent: 22 May 2033</li>
</ul>
</section>
<section id="participants">
<h2>Participants by country</h2>
<p>Status 12.05.2033 &ndash; 214 registered participants from 11 countries, 486 meetings requested.</p>
<table>
<tr><th>Country</th><th>Participants</th></tr>
<tr><td>Slovakia</td><td>78</td></tr><tr><td>Hungary</td><td>41</td></tr><tr><td>Austria</td><td>29</td></tr>
<tr><td>Czechia</td><td>24</td></tr><tr><td>Poland</td><td>13</td></tr><tr><td>Germany</td><td>11</td></tr>
<tr><td>Slovenia</td><td>6</td></tr><tr><td>Romania</td><td>5</td></tr><tr><td>Other (3)</td><td>7</td></tr>
</table>
<h3>Featured profiles</h3>
<ul>
<li><b>Elektrokabel Trnava s.r.o.</b> (SK) &ndash; wire harnesses; looking for: EV charging OEMs. Contact: Juraj Hlinka, sales director</li>
<li><b>Pannon Casting Kft.</b> (HU) &ndash; aluminium die casting; offer: capacity from Q3 2033. Contact: Eszter Varga</li>
<li><b>Voltaro Automotive GmbH</b> (AT) &ndash; battery modules; looking for: thermal interface materials</li>
<li><b>Politechnika &#346;l&#261;ska</b> (PL) &ndash; research; offer: joining of dissimilar metals. Contact: dr in&#380;. Katarzyna W&oacute;jcik-Nowak</li>
</ul>
</section>
<section id="faq">
<h2>FAQ</h2>
<p><b>Is participation free?</b> Yes, thanks to the support of the Ministry of Economy of the Slovak Republic.</p>
<p><b>Can I meet online?</b> No, all meetings are on site. The 2032 edition in Győr was hybrid; this year it is not.</p>
</section>
</main>
<footer>Organisers: SACC &middot; EEN Slovakia &middot; AutoNet Győr | Powered by b2b-meet | Terms &middot; Privacy</footer>
</body></html>
''')
G(N, None,
 people=[("Mária Kováčová","cluster manager","SACC"),
  ("Balázs Szabó-Tóth","director","AutoNet Győr"),
  ("Oliver Brandstätter","head of supplier development","Voltaro Automotive GmbH"),
  ("Juraj Hlinka","sales director","Elektrokabel Trnava s.r.o."),
  ("Eszter Varga",None,"Pannon Casting Kft."),
  ("Katarzyna Wójcik-Nowak",None,"Politechnika Śląska")],
 orgs=[("Slovak Automotive Components Cluster","SACC"),("Enterprise Europe Network Slovakia","EEN Slovakia"),
  ("AutoNet Győr",None),("Voltaro Automotive GmbH",None),("Elektrokabel Trnava s.r.o.",None),
  ("Pannon Casting Kft.",None),("Politechnika Śląska",None),("Ministry of Economy of the Slovak Republic",None)],
 events=[("Danube Auto Meet 2033","2033-05-24","2033-05-24","Bratislava","Slovakia"),
  ("The 2032 edition","2032","2032","Győr","Hungary")],
 dates=["2033-05-24","2033-03-01","2033-05-02","2033-05-19","2033-05-22","2033-05-12","2033"])
