from common import *
fn = "zelenizagon-jury-mentors.html"
write_txt(fn, """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Jury &amp; Mentors – ZeleniZagon Greentech Accelerator</title></head>
<body>
<div id="cookie-banner">This site uses cookies. By continuing you agree to our <a href="#">cookie policy</a>. <button>OK</button></div>
<header>
<a class="logo" href="/">ZeleniZagon</a>
<nav><ul><li><a href="/programme">Programme</a></li><li><a href="/apply">Apply</a></li><li><a href="/jury">Jury &amp; Mentors</a></li><li><a href="/alumni">Alumni</a></li><li><a href="/faq">FAQ</a></li><li><a href="/sl">SLO</a></li></ul></nav>
</header>
<p class="crumbs"><a href="/">Home</a> / <a href="/programme">Programme 2033</a> / Jury &amp; Mentors</p>
<main>
<h1>Jury &amp; Mentors – Batch 2033</h1>
<p>ZeleniZagon is the greentech accelerator run by the Slovenian Circular Economy Cluster (SKGK) and the Ljubljana
Technology Park. Ten start-ups are selected for a six-month programme with EUR 25,000 pre-seed funding each.
Applications for batch 2033 close on 31 January 2033; the selection day with live pitches takes place on
24 February 2033 in Ljubljana, and the Demo Day on 8 September 2033 at the Cukrarna gallery.</p>

<h2>Selection jury</h2>
<ul>
<li><strong>Maja Žnidaršič</strong> (chair of the jury) – Partner, Triglav Green Ventures, Ljubljana</li>
<li><strong>Dr. Aleš Kranjc</strong> – Head of the Circular Economy Department, Jožef Stefan Institute (JSI)</li>
<li><strong>Tina Vidmar Ferk</strong> – Investment Manager, Slovene Enterprise Fund (SEF)</li>
<li><strong>Luka Hrovat</strong> – Chief Sustainability Officer, Petrol-like? </li>
<li><strong>Barbara Oblak</strong> – Director, SKGK</li>
<li><strong>Matteo Zorzi</strong> – Managing Partner, Alpe Adria Impact Fund (Trieste) – guest juror</li>
</ul>
<p>Observer without vote: <strong>Nina Pečnik</strong>, programme officer, SPIRIT Slovenia.</p>

<h2>How the jury decides</h2>
<p>Each jury member scores every application on five criteria: environmental impact, size of the market, strength of
the team, technological readiness and fit with the programme's corporate partners. The 20 best-scored teams are invited
to pitch on the selection day (five minutes of pitch, ten minutes of questions). Jury members declare any conflict of
interest before the scores are shared; a juror with a conflict does not score that team. The jury's decision is final
and is communicated to all applicants within a week.</p>
<p>Last year the jury received 143 applications from 19 countries; two thirds of the selected teams came from
Slovenia and Croatia. This year the programme especially welcomes teams working on construction materials, textiles
and water re-use.</p>

<h2>Mentors</h2>
<div class="mentor"><h3>Jure Kos</h3><p>Serial founder (Solarion d.o.o., exited 2029). Mentor for fundraising and pitch.</p></div>
<div class="mentor"><h3>Dr. Petra Šenk Golob</h3><p>Patent attorney, Šenk &amp; Partnerji. Mentor for IP strategy.</p></div>
<div class="mentor"><h3>Andrej van Oordt</h3><p>Former VP Supply Chain at a Dutch packaging group; now independent adviser in Maribor. Mentor for scaling production.</p></div>
<div class="mentor"><h3>Mojca Debeljak</h3><p>Head of Public Procurement Innovation, Municipality of Ljubljana. Mentor for selling to cities.</p></div>
<div class="mentor"><h3>Gregor Bizjak</h3><p>CFO, Kemoplast d.d. Mentor for finance and unit economics.</p></div>
<div class="mentor"><h3>Sara Al-Hassan Novak</h3><p>Founder of the ZeleniZagon alumni start-up Reuse Hub (batch 2031). Mentor for first customers.</p></div>

<p>Mentors commit at least four hours a month and meet their teams in Ljubljana or online. Every team is matched with
two mentors after the first bootcamp week, based on a short questionnaire. Mentors are volunteers and do not take
equity in the start-ups.</p>

<h2>Programme team</h2>
<p>Programme lead: <strong>Urban Leskovar</strong> (SKGK). Start-up coordinator: <strong>Eva Mlakar</strong>
(Ljubljana Technology Park). Questions: <a href="mailto:accelerator@zelenizagon.example">accelerator@zelenizagon.example</a></p>

<h2>Timeline batch 2033</h2>
<table>
<tr><th>When</th><th>What</th></tr>
<tr><td>1 Dec 2032 – 31 Jan 2033</td><td>Applications open</td></tr>
<tr><td>24 Feb 2033</td><td>Selection day, Ljubljana</td></tr>
<tr><td>March – August 2033</td><td>Programme: bootcamps, mentoring, pilot with a corporate partner</td></tr>
<tr><td>8 Sep 2033</td><td>Demo Day, Cukrarna, Ljubljana</td></tr>
</table>
</main>
<footer>
<p>ZeleniZagon is co-financed by the Republic of Slovenia and the European Union from the European Regional Development Fund.</p>
<p>SKGK – Slovenski klaster za krožno gospodarstvo · Tehnološki park 19, 1000 Ljubljana · <a href="#">Imprint</a> · <a href="#">Privacy</a></p>
</footer>
</body>
</html>
""".replace("Chief Sustainability Officer, Petrol-like? ", "Chief Sustainability Officer, Energetika Sava d.d."))
C="SKGK"
gold(fn, None,
 [P("Maja Žnidaršič","Partner","Triglav Green Ventures"),
  P("Aleš Kranjc","Head of the Circular Economy Department","Jožef Stefan Institute"),
  P("Tina Vidmar Ferk","Investment Manager","Slovene Enterprise Fund"),
  P("Luka Hrovat","Chief Sustainability Officer","Energetika Sava d.d."),
  P("Barbara Oblak","Director","SKGK"),
  P("Matteo Zorzi","Managing Partner","Alpe Adria Impact Fund"),
  P("Nina Pečnik","programme officer","SPIRIT Slovenia"),
  P("Jure Kos","Serial founder",None),
  P("Petra Šenk Golob","Patent attorney","Šenk & Partnerji"),
  P("Andrej van Oordt","independent adviser",None),
  P("Mojca Debeljak","Head of Public Procurement Innovation","Municipality of Ljubljana"),
  P("Gregor Bizjak","CFO","Kemoplast d.d."),
  P("Sara Al-Hassan Novak","Founder","Reuse Hub"),
  P("Urban Leskovar","Programme lead","SKGK"),
  P("Eva Mlakar","Start-up coordinator","Ljubljana Technology Park")],
 [O("Slovenian Circular Economy Cluster","SKGK"), O("Ljubljana Technology Park"), O("Triglav Green Ventures"),
  O("Jožef Stefan Institute","JSI"), O("Slovene Enterprise Fund","SEF"), O("Energetika Sava d.d."),
  O("Alpe Adria Impact Fund"), O("SPIRIT Slovenia"), O("Solarion d.o.o."), O("Šenk & Partnerji"),
  O("Municipality of Ljubljana"), O("Kemoplast d.d."), O("Reuse Hub"), O("European Union")],
 [E("selection day","2033-02-24","2033-02-24","Ljubljana","Slovenia"),
  E("Demo Day","2033-09-08","2033-09-08","Ljubljana","Slovenia")],
 ["2033-01-31","2033-02-24","2033-09-08","2029","2032-12-01/2033-01-31","2033-03/2033-08"],
 [])
