from h import *
F = 'webinar-recap_irpinia-automotive-battery-skills.html'
T1 = "The transition is already on the shop floor. Suppliers in Irpinia are not waiting for 2040: four of the five companies in the poll have at least one product line for electric or hybrid vehicles, and the real question is how fast the rest of the portfolio can follow."
T2 = "Skills decide who stays in the supply chain. Every speaker came back to the same point: high-voltage safety, battery diagnostics and software for power electronics are needed now, and regional training has to be built together with the companies rather than bought off the shelf."
T3 = "Cooperation across borders pays off when it is concrete. The exchange between Irpinia and Central Bohemia worked because it was tied to specific joint tests and staff exchanges, not to general declarations, and participants asked for more such pairings."
T4 = "Small suppliers need a door they can knock on. Many micro-companies do not know where to start; the cluster's new help desk and the regional vouchers should be promoted much more actively, also through the trade associations."
T = f'''<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Webinar recap: Batteries, skills and Irpinia – Automotive Cluster Irpinia</title></head>
<body>
<div id="cc">Questo sito utilizza cookie tecnici e, previo consenso, cookie analitici. / This site uses cookies. <a href="/privacy">Privacy</a> <button>Accetta</button> <button>Rifiuta</button></div>
<header><div class="logo">AUTOMOTIVE CLUSTER IRPINIA</div>
<nav><a href="/">Home</a> <a href="/chi-siamo">Chi siamo</a> <a href="/soci">Soci</a> <a href="/progetti">Progetti</a> <a href="/news" class="on">News</a> <a href="/en/">EN</a></nav></header>
<main>
<p class="crumbs">Home / News / Webinar</p>
<h1>Webinar recap: Batteries, skills and Irpinia</h1>
<p class="byline">By Giulia Di Lorenzo | {wd("2036-02-12")}, 12 February 2036 | 5 min read</p>

<p>More than 190 people followed the webinar "Batteries, skills and Irpinia: preparing automotive suppliers for 2040",
organised by the Automotive Cluster Irpinia (ACA) on {wd("2036-01-28")} 28 January 2036 together with the Central Bohemian
Automotive Cluster. The ninety-minute online session was the third in the series "Transition Talks", after the webinars on
lightweight materials (October 2035) and on digital twins (November 2035).</p>

<p>The session was moderated by Dott.ssa Francesca D'Alessandro, the cluster's head of projects. In his opening, ACA president
Ing. Nicola Tracanna reminded the audience that the Pratola Serra industrial area near Avellino produces engines for a large share of
Europe's light commercial vans and that more than 120 local suppliers depend on that production.</p>

<h2>Who spoke</h2>
<p>Prof.ssa Elena Mastrangelo from the University of Salerno presented a mapping of battery and power electronics skills in the
region, prepared with the Fondazione ITS Mobilità Sostenibile Campania. Ing. Tomáš Wimmer-Černý, project manager of the
automotive cluster in Mladá Boleslav, explained how Central Bohemian suppliers set up a shared high-voltage training centre with the
ŠKODA AUTO University. From the company side, Roberto Pace, HR director of Irpinia Componenti S.r.l., and Katarzyna
Wiśniewska-Lange, plant manager at ElektroDrive Polska sp. z o.o. in Gliwice, discussed how they retrain production staff. The
Regione Campania was represented by Dott. Marco Iezzi of the Dipartimento Sviluppo Economico, who announced a new call for
training vouchers in spring 2036.</p>

<p>A live poll among the participants showed that 63% of the companies expect more than half of their turnover to come from
electrified vehicles by 2032, and that 71% have difficulties finding technicians with high-voltage qualifications.</p>

<h2>Our takeaways</h2>
<p>{T1}</p>
<p>{T2}</p>
<p>{T3}</p>
<p>{T4}</p>

<h2>Next in the series</h2>
<p>The fourth Transition Talk, on circular economy in the automotive supply chain, will take place on {wd("2036-03-19")} 19 March 2036,
with the Slovak cluster Automotive Industry Association of the Slovak Republic (ZAP SR). The recording of the webinar and the
slides are available on the cluster's YouTube channel and in the members' area. The cluster will also be present at the
Automotive Suppliers Days in Turin on 14–15 May 2036.</p>

<p class="tags">Tags: electrification, skills, Central Bohemia, webinar</p>
<p class="share">Condividi: <a href="#">LinkedIn</a> | <a href="#">Facebook</a> | <a href="#">Email</a></p>
</main>
<footer>Automotive Cluster Irpinia – Consorzio · Zona Industriale Pianodardine, 83100 Avellino (AV) · P.IVA 02345670648 ·
<a href="/privacy">Privacy</a> · <a href="/cookie">Cookie</a><br>Newsletter: <a href="/newsletter">iscriviti</a></footer>
</body></html>
'''
write(F, T)
gold(F, [
 P("Giulia Di Lorenzo", None, None),
 P("Francesca D'Alessandro", "head of projects", "Automotive Cluster Irpinia"),
 P("Nicola Tracanna", "president", "Automotive Cluster Irpinia"),
 P("Elena Mastrangelo", None, "University of Salerno"),
 P("Tomáš Wimmer-Černý", "project manager", "Central Bohemian Automotive Cluster"),
 P("Roberto Pace", "HR director", "Irpinia Componenti S.r.l."),
 P("Katarzyna Wiśniewska-Lange", "plant manager", "ElektroDrive Polska sp. z o.o."),
 P("Marco Iezzi", None, "Regione Campania"),
], [
 O("Automotive Cluster Irpinia", "ACA"), O("Central Bohemian Automotive Cluster"), O("University of Salerno"),
 O("Fondazione ITS Mobilità Sostenibile Campania"), O("ŠKODA AUTO University"), O("Irpinia Componenti S.r.l."),
 O("ElektroDrive Polska sp. z o.o."), O("Regione Campania"), O("Dipartimento Sviluppo Economico"),
 O("Automotive Industry Association of the Slovak Republic", "ZAP SR"),
], [
 E("Batteries, skills and Irpinia: preparing automotive suppliers for 2040", "2036-01-28", "2036-01-28", None, None),
 E("webinar on lightweight materials", "2035-10", "2035-10", None, None),
 E("webinar on digital twins", "2035-11", "2035-11", None, None),
 E("fourth Transition Talk", "2036-03-19", "2036-03-19", None, None),
 E("Automotive Suppliers Days", "2036-05-14", "2036-05-15", "Turin", "Italy"),
], ["2036-02-12", "2036-01-28", "2035-10", "2035-11", "2036", "2032", "2040", "2036-03-19", "2036-05-14/2036-05-15"], [T1, T2, T3, T4], pub="2036-02-12")
