from common import *
fn = "agenda-juni-2035.html"
t = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Agenda June 2035 | InnoNeckar – Innovation Agency Neckar-Alb</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/clusters">Clusters</a> | <a href="/funding">Funding</a> | <a href="/agenda">Agenda</a> | <a href="/contact">Contact</a> | <a href="/de/">DE</a></nav></header>
<div class="breadcrumb">Home &rsaquo; Agenda &rsaquo; June 2035</div>
<main>
<h1>Agenda – June 2035</h1>
<p>Every month InnoNeckar, the innovation agency of the Neckar-Alb region, collects the events of its clusters, partners and the regional business community. Filter: <a href="#">all</a> · <a href="#">online</a> · <a href="#">on site</a>. Last edited by Sabine Wörner-Kuhn, events desk.</p>
<p><a href="/agenda/2035-05">&laquo; May 2035</a> | <a href="/agenda/2035-07">July 2035 &raquo;</a></p>

<article><h2>03.06.2035 | Reutlingen</h2>
<h3>Textile Recycling Round Table</h3>
<p>Organised by the cluster Technische Textilien Neckar-Alb (TTNA). Host: Faserwerk Metzingen GmbH. Moderation: Dr. Jochen Haueisen, cluster manager, TTNA. 14:00–17:30.</p></article>

<article><h2>05.06.2035 | Online</h2>
<h3>Webinar: Funding for digital pilots in SMEs</h3>
<p>Speaker: Aylin Demirtaş, funding advisor, InnoNeckar. 10:00–11:00, via the agency's video platform. Registration closes 4 June.</p></article>

<article><h2>10.06.2035 | Tübingen</h2>
<h3>MedTech Breakfast #14</h3>
<p>Recurring: every second Tuesday of the month. Host: Gesundheitsnetz Steinlach e.V. Guest: Prof. Dr. Friederike Salm, University Hospital Tübingen. Location: Technologiepark Tübingen-Reutlingen.</p></article>

<article><h2>12.06.2035 | Stuttgart</h2>
<h3>Baden-Württemberg Cluster Forum 2035</h3>
<p>The state-wide meeting of cluster managers, organised by the Ministry of Economic Affairs, Labour and Tourism Baden-Württemberg. InnoNeckar presents the regional cluster map. Stand with TTNA and Automotive Alb e.V.</p></article>

<article><h2>13.06.2035 | Online</h2>
<h3>Open office hour: EU funding</h3>
<p>Recurring: every Friday in June (13, 20 and 27 June), 09:00–10:00. With Lukas Brenninkmeyer, EU advisor of the Enterprise Europe Network at InnoNeckar.</p></article>

<article class="cancelled"><h2>17.06.2035 | Balingen</h2>
<h3><s>Company visit: precision mechanics at Zollernalb Feinwerk AG</s> – CANCELLED</h3>
<p>Unfortunately the visit has been cancelled by the host for operational reasons. A new date in autumn will be announced. Contact: Mara Lindqvist-Eberle, project manager, InnoNeckar.</p></article>

<article><h2>18.–19.06.2035 | Reutlingen</h2>
<h3>Hackathon "Smart Textiles for Care"</h3>
<p>Joint event of TTNA, Reutlingen University and the regional nursing association. 24 hours, teams of up to five. Prizes sponsored by Strickmanufaktur Ebner KG.</p></article>

<article><h2>19.06.2035 | Online</h2>
<h3>Cluster Talk: Hydrogen in the Swabian Alb</h3>
<p>Recurring format, third Thursday of every month, 16:00–17:00. Guest: Bernd Schaible, managing director, Wasserstoffverbund Schwäbische Alb e.V.</p></article>

<article><h2>24.06.2035 | Tübingen</h2>
<h3>Founders' evening at the Startup Center</h3>
<p>Pitch night with six teams, hosted by the Gründungszentrum of the Eberhard Karls Universität Tübingen. Jury chair: Helga Roth-Zimmermann, business angel.</p></article>

<article><h2>26.06.2035 | Metzingen</h2>
<h3>General Assembly of Automotive Alb e.V.</h3>
<p>Members only. Election of the board; the outgoing chair, Klaus-Dieter Maier, does not stand again.</p></article>

<article><h2>30.06.2035 | Online</h2>
<h3>ECCP webinar: Clusters and defence supply chains</h3>
<p>Organised by the European Cluster Collaboration Platform. InnoNeckar speaker: Dr. Jochen Haueisen (TTNA). 11:00–12:30 CEST.</p></article>

<article><h2>01.07.2035 – 03.07.2035 | Friedrichshafen</h2>
<h3>Joint stand at a regional supplier fair</h3>
<p>Save the date: Neckar-Alb companies exhibit together on the InnoNeckar stand. Applications for stand space until 6 June 2035.</p></article>

<section class="tips"><h2>Good to know</h2>
<p>Most events of the agency and its clusters are free of charge for companies from the region, but places are limited. Please cancel your registration if you cannot attend, so that colleagues on the waiting list can take your seat. Online events are recorded only when all speakers agree; recordings are then shared with registered participants for four weeks. For on-site events we recommend public transport: the venues in Reutlingen and Tübingen are within walking distance of the stations, and the agency reimburses regional train tickets for students who take part in the hackathon.</p>
</section>
<p>Your event is missing? Send it to agenda@innoneckar.example by the 15th of the previous month.</p>
</main>
<footer><p>InnoNeckar – Innovation Agency Neckar-Alb GmbH · Gartenstraße 8 · 72764 Reutlingen</p>
<p><a href="/imprint">Imprint</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookie settings</a> | Newsletter</p>
<p>Funded by the State of Baden-Württemberg. © 2035 InnoNeckar</p></footer>
</body></html>
"""
write_doc(fn, t)
IN = "InnoNeckar – Innovation Agency Neckar-Alb GmbH"
gold(fn,
 [P("Sabine Wörner-Kuhn","events desk",IN),
  P("Jochen Haueisen","cluster manager","Technische Textilien Neckar-Alb"),
  P("Aylin Demirtaş","funding advisor",IN),
  P("Friederike Salm",None,"University Hospital Tübingen"),
  P("Lukas Brenninkmeyer","EU advisor","Enterprise Europe Network"),
  P("Mara Lindqvist-Eberle","project manager",IN),
  P("Bernd Schaible","managing director","Wasserstoffverbund Schwäbische Alb e.V."),
  P("Helga Roth-Zimmermann","business angel",None),
  P("Klaus-Dieter Maier","outgoing chair","Automotive Alb e.V.")],
 [O(IN,"InnoNeckar"), O("Technische Textilien Neckar-Alb","TTNA"), O("Faserwerk Metzingen GmbH"),
  O("Gesundheitsnetz Steinlach e.V."), O("University Hospital Tübingen"),
  O("Ministry of Economic Affairs, Labour and Tourism Baden-Württemberg"), O("Automotive Alb e.V."),
  O("Enterprise Europe Network"), O("Zollernalb Feinwerk AG"), O("Reutlingen University"),
  O("Strickmanufaktur Ebner KG"), O("Wasserstoffverbund Schwäbische Alb e.V."),
  O("Gründungszentrum"), O("Eberhard Karls Universität Tübingen"),
  O("European Cluster Collaboration Platform","ECCP")],
 [E("Textile Recycling Round Table","2035-06-03",None,"Reutlingen","Germany"),
  E("Webinar: Funding for digital pilots in SMEs","2035-06-05"),
  E("MedTech Breakfast #14","2035-06-10",None,"Tübingen","Germany"),
  E("Baden-Württemberg Cluster Forum 2035","2035-06-12",None,"Stuttgart","Germany"),
  E("Open office hour: EU funding","2035-06-13"),
  E("Open office hour: EU funding","2035-06-20"),
  E("Open office hour: EU funding","2035-06-27"),
  E("Company visit: precision mechanics at Zollernalb Feinwerk AG","2035-06-17",None,"Balingen","Germany"),
  E("Hackathon \"Smart Textiles for Care\"","2035-06-18","2035-06-19","Reutlingen","Germany"),
  E("Cluster Talk: Hydrogen in the Swabian Alb","2035-06-19"),
  E("Founders' evening at the Startup Center","2035-06-24",None,"Tübingen","Germany"),
  E("General Assembly of Automotive Alb e.V.","2035-06-26",None,"Metzingen","Germany"),
  E("ECCP webinar: Clusters and defence supply chains","2035-06-30"),
  E("Joint stand at a regional supplier fair","2035-07-01","2035-07-03","Friedrichshafen","Germany")],
 ["2035-06","2035-05","2035-07","2035-06-03","2035-06-05","2035-06-04","2035-06-10","2035-06-12","2035-06-13",
  "2035-06-20","2035-06-27","2035-06-17","2035-06-18/2035-06-19","2035-06-19","2035-06-24","2035-06-26",
  "2035-06-30","2035-07-01/2035-07-03","2035-06-06"])
