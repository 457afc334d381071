from g import save
T='''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events | H2ALPINE – Hydrogen valleys for alpine logistics</title></head>
<body>
<div class="cookie-bar">We use cookies to measure visits. <a href="#">Accept</a> <a href="#">Decline</a></div>
<header><a class="logo" href="/">H2ALPINE</a>
<nav><ul><li><a href="/about">About</a></li><li><a href="/partners">Partners</a></li><li><a href="/results">Results</a></li><li class="active"><a href="/events">Events</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; Events</div>
<main>
<h1>Events</h1>
<p>H2ALPINE (2033&ndash;2036) brings together eleven partners from Upper Bavaria, South Tyrol and Switzerland to test hydrogen trucks and refuelling on alpine freight corridors. The project is coordinated by the Munich-based cluster Wasserstoff-Netzwerk Oberbayern e.V. (WNO). Below you find our upcoming events and the record of past ones.</p>
<div class="tabs"><span class="tab active">Upcoming</span> | <span class="tab">Past</span></div>

<section id="upcoming"><h2>Upcoming</h2>
<article><h3>H2ALPINE Living Lab Day Rosenheim</h3>
<p class="meta">Date: 14.05.2035 &middot; 10:00&ndash;16:00 &middot; Location: Rosenheim, Germany (Logistikzentrum Inntal)</p>
<p>Ride along in two fuel-cell trucks operated by Spedition Huber &amp; Söhne GmbH, visit the 700-bar refuelling station and meet the engineering team. Welcome by Dr. Korbinian Stadler, Managing Director of WNO. Registration closes on 7 May 2035.</p></article>
<article><h3>Webinar: Permitting hydrogen stations in mountain municipalities</h3>
<p class="meta">Date: 3 June 2035 &middot; 14:00&ndash;15:30 CEST &middot; Online</p>
<p>Speakers: Verena Obermaier-Lutz, legal adviser, Bayern Innovativ GmbH; Matteo Oberhofer, head of the energy office, Municipality of Brixen; Anna-Lena Graf, project manager, WNO.</p></article>
<article><h3>Brenner Corridor Stakeholder Forum</h3>
<p class="meta">Date: 23&ndash;24 September 2035 &middot; Location: Innsbruck, Austria</p>
<p>Joint forum with the BBT-Logistik platform and the Tyrolean regional agency Standortagentur Tirol. Programme to follow in July.</p></article>
<article><h3>H2ALPINE Final Conference</h3>
<p class="meta">Date: February 2036 (to be confirmed) &middot; Location: Munich, Germany</p>
<p>Presentation of the corridor business model, the pilot results and the policy brief to the Bavarian State Ministry of Economic Affairs, Regional Development and Energy (StMWi).</p></article>
</section>

<section id="past"><h2>Past</h2>
<article><h3>Project kick-off meeting</h3>
<p class="meta">12&ndash;13 January 2033 &middot; Munich, Germany</p>
<p>All eleven partners met at the premises of the Technische Universität München (TUM) Campus Garching. Prof. Dr. Johanna Weißgerber, scientific coordinator (TUM), presented the work plan.</p></article>
<article><h3>Study visit to the Bolzano hydrogen centre</h3>
<p class="meta">19 October 2033 &middot; Bolzano, Italy</p>
<p>Hosted by the Institute for Innovative Technologies Bozen (IIT). Thirty-two participants from Bavarian haulage firms took part. Report available in the Results section.</p></article>
<article><h3>Second General Assembly</h3>
<p class="meta">27.02.2034 &middot; Zurich, Switzerland</p>
<p>Hosted by Empa. The assembly approved the revised pilot timetable and welcomed Alpenfracht AG as associated partner.</p></article>
<article><h3>Regional workshop with haulage companies in Traunstein</h3>
<p class="meta">8 May 2034 &middot; Traunstein, Germany</p>
<p>Organised with the IHK für München und Oberbayern. Eighteen small haulage companies discussed leasing models for fuel-cell trucks with Florian Aschenbrenner, head of fleet finance, Chiemgau Leasing GmbH, and compared total cost of ownership with battery-electric vehicles.</p></article>
<article><h3>Stand at transport logistic 2034</h3>
<p class="meta">4&ndash;7 June 2034 &middot; Munich, Germany</p>
<p>H2ALPINE shared a stand with Bayern Innovativ in hall B4. More than 60 visitors signed up for the newsletter; the panel "Zero-emission over the Alps" was moderated by Anna-Lena Graf.</p></article>
<article><h3>Webinar: Fuel-cell trucks in winter conditions</h3>
<p class="meta">11 December 2034 &middot; Online</p>
<p>Speaker: Reto Amstutz, fleet manager, Alpenfracht AG. Recording on our YouTube channel.</p></article>
<article><h3>Mid-term review with the European Climate, Infrastructure and Environment Executive Agency</h3>
<p class="meta">20 January 2035 &middot; Brussels, Belgium</p>
<p>The project officer from CINEA confirmed that H2ALPINE is on track; the recommendations of the reviewers are published in the Results section.</p></article>
</section>
<p><em>Page last updated: 02/04/2035</em></p>
</main>
<footer><p>H2ALPINE has received funding from the European Union. Views and opinions expressed are those of the authors only.</p>
<p><a href="/imprint">Imprint</a> | <a href="/privacy">Privacy</a> | &copy; 2035 H2ALPINE consortium</p></footer>
</body></html>
'''
save('h2alpine-events.html',T,None,
[('Korbinian Stadler','Managing Director','WNO'),
 ('Verena Obermaier-Lutz','legal adviser','Bayern Innovativ GmbH'),
 ('Matteo Oberhofer','head of the energy office','Municipality of Brixen'),
 ('Anna-Lena Graf','project manager','WNO'),
 ('Johanna Weißgerber','scientific coordinator','TUM'),
 ('Florian Aschenbrenner','head of fleet finance','Chiemgau Leasing GmbH'),
 ('Reto Amstutz','fleet manager','Alpenfracht AG')],
[('Wasserstoff-Netzwerk Oberbayern e.V.','WNO'),('Spedition Huber & Söhne GmbH',None),('Bayern Innovativ GmbH',None),
 ('Municipality of Brixen',None),('BBT-Logistik',None),('Standortagentur Tirol',None),
 ('Bavarian State Ministry of Economic Affairs, Regional Development and Energy','StMWi'),
 ('Technische Universität München','TUM'),('Institute for Innovative Technologies Bozen','IIT'),('Empa',None),
 ('Alpenfracht AG',None),('IHK für München und Oberbayern',None),('Chiemgau Leasing GmbH',None),('European Climate, Infrastructure and Environment Executive Agency','CINEA')],
[('H2ALPINE Living Lab Day Rosenheim','2035-05-14','2035-05-14','Rosenheim','Germany'),
 ('Webinar: Permitting hydrogen stations in mountain municipalities','2035-06-03','2035-06-03',None,None),
 ('Brenner Corridor Stakeholder Forum','2035-09-23','2035-09-24','Innsbruck','Austria'),
 ('H2ALPINE Final Conference','2036-02','2036-02','Munich','Germany'),
 ('Project kick-off meeting','2033-01-12','2033-01-13','Munich','Germany'),
 ('Study visit to the Bolzano hydrogen centre','2033-10-19','2033-10-19','Bolzano','Italy'),
 ('Second General Assembly','2034-02-27','2034-02-27','Zurich','Switzerland'),
 ('Regional workshop with haulage companies in Traunstein','2034-05-08','2034-05-08','Traunstein','Germany'),
 ('transport logistic 2034','2034-06-04','2034-06-07','Munich','Germany'),
 ('Webinar: Fuel-cell trucks in winter conditions','2034-12-11','2034-12-11',None,None),
 ('Mid-term review','2035-01-20','2035-01-20','Brussels','Belgium')],
['2033/2036','2035-05-14','2035-05-07','2035-06-03','2035-09-23/2035-09-24','2035-07','2036-02','2033-01-12/2033-01-13',
 '2033-10-19','2034-02-27','2034-05-08','2034-06-04/2034-06-07','2034-12-11','2035-01-20','2035-04-02'],[])
