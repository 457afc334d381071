from common import save
T = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>UPDATE: Chip Design Summit Carinthia moves online | MikroNetz Kärnten</title></head>
<body>
<div id="cookie-banner">This website uses cookies. <button>Accept all</button> <button>Only necessary</button></div>
<header><div class="logo">MikroNetz Kärnten</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/cluster">Cluster</a></li><li><a href="/members">Members</a></li><li><a href="/events">Events</a></li><li><a href="/news">News</a></li><li><a href="/en">EN</a> | <a href="/de">DE</a></li></ul></nav></header>
<p class="breadcrumbs">Home / Events / Chip Design Summit Carinthia 2034</p>
<main>
<p class="notice"><strong>UPDATE 19.01.2034:</strong> The on-site event in Villach is cancelled. The Summit will take place ONLINE on the same dates.</p>
<h1>Chip Design Summit Carinthia 2034 &ndash; now online</h1>
<p class="meta">29&ndash;30 January 2034 &middot; online (originally: Congress Center Villach) &middot; Language: English</p>
<p>Dear participants, speakers and exhibitors,</p>
<p>due to the strike announced by the Austrian rail and airport ground staff for the last week of January and the resulting travel uncertainty for more than half of our international speakers, the board of MikroNetz Kärnten decided on 18 January 2034 to move the Chip Design Summit Carinthia 2034 online. We regret this step very much: the Summit was planned as our largest event so far, with 420 registered participants.</p>
<h2>What changes</h2>
<ul>
<li>The programme stays the same; all sessions are streamed via the event platform. Start times are unchanged (CET).</li>
<li>The exhibition is replaced by virtual booths. Exhibitors receive a full refund of the stand fee.</li>
<li>The evening reception at the Burg Landskron on 29 January is cancelled without replacement.</li>
<li>The B2B meetings will be held as video calls; booked meetings remain valid.</li>
<li>The site visit to the start-up hub "Chip Garage Villach" is moved to 12 March 2034 (on site, limited to 30 persons).</li>
<li>Registration fees (EUR 190) will be refunded automatically within 30 days; the online ticket is free of charge.</li>
</ul>
<h2>How to join</h2>
<p>All registered participants will receive their personal access link by e-mail two days before the Summit. The platform runs in the browser; no installation is needed. Please test your connection with the test room, which opens one day before the start. Questions to speakers can be asked in the chat of each session and will be collected by the moderators.</p>
<h2>Keynotes (unchanged)</h2>
<ul>
<li>Dr. Elisabeth Moosbrugger-Kaiser, CTO, KärntenSemi GmbH &ndash; &quot;Power electronics for the energy transition&quot;</li>
<li>Prof. Riccardo De Marchi, Politecnico di Torino &ndash; &quot;Open-source chip design in Europe&quot;</li>
<li>Saoirse Ní Thuathail, Head of Unit, European Chips Office, European Commission</li>
</ul>
<p>The Carinthian start-up pitch &quot;Silicon Seeds&quot;, originally scheduled for the afternoon of 30 January, will be held as a separate on-site event on 26 February 2034 at the Lakeside Science &amp; Technology Park, Klagenfurt, together with the Kärntner Wirtschaftsförderungs Fonds (KWF).</p>
<p>We thank our partners Silicon Austria Labs, the Fachhochschule Kärnten and the Wirtschaftskammer Kärnten for their flexibility.</p>
<p>For questions: Katharina Wernig, event manager, events@mikronetz-kaernten.example, +43 4242 000000</p>
<p>With kind regards,<br>DI Matthias Ogris, Managing Director, MikroNetz Kärnten</p>
</main>
<footer><p>MikroNetz Kärnten &ndash; Verein zur F&ouml;rderung der Mikroelektronik in K&auml;rnten &middot; Peraustra&szlig;e 41, 9500 Villach</p><p><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
</body></html>
"""
save('update_chip-design-summit-carinthia-2034-online.html', T,
 [("Elisabeth Moosbrugger-Kaiser","CTO","KärntenSemi GmbH"),("Riccardo De Marchi",None,"Politecnico di Torino"),
  ("Saoirse Ní Thuathail","Head of Unit","European Chips Office"),("Katharina Wernig","event manager",None),
  ("Matthias Ogris","Managing Director","MikroNetz Kärnten")],
 [("MikroNetz Kärnten – Verein zur Förderung der Mikroelektronik in Kärnten","MikroNetz Kärnten"),("KärntenSemi GmbH",None),
  ("Politecnico di Torino",None),("European Chips Office",None),("European Commission",None),
  ("Kärntner Wirtschaftsförderungs Fonds","KWF"),("Silicon Austria Labs",None),("Fachhochschule Kärnten",None),
  ("Wirtschaftskammer Kärnten",None),("Chip Garage Villach",None)],
 [("Chip Design Summit Carinthia 2034","2034-01-29","2034-01-30",None,None),
  ("site visit to Chip Garage Villach","2034-03-12","2034-03-12","Villach","Austria"),
  ("Silicon Seeds","2034-02-26","2034-02-26","Klagenfurt","Austria")],
 ["2034-01-19","2034-01-29/2034-01-30","2034-01-18","2034-01-29","2034-03-12","2034-01-30","2034-02-26"], pub="2034-01-19")
