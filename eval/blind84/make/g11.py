from h import *
F = 'g11_burgenland_solar_cluster_interview.html'
assert wd(2040,5,8)=='Tuesday' and wd(2040,6,14)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>"Our farmers are our power stations" – Interview | Pannonia Energy Cluster</title></head>
<body>
<header><a href="/" class="logo">Pannonia Energy Cluster</a>
<nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/members">Members</a> <a href="/magazine" class="active">Magazine</a> <a href="/events">Events</a> <a href="/de">DE</a> | <a href="/hu">HU</a> | <a href="/en">EN</a></nav></header>
<div class="consent">This site uses cookies for statistics. <a href="#">OK</a> · <a href="#">Decline</a> · <a href="/privacy">Privacy</a></div>
<main><article>
<p class="kicker">Magazine · Interview · Issue 2/2040</p>
<h1>"Our farmers are our power stations"</h1>
<p class="byline">By Theresa Leitgeb · Eisenstadt, 9 May 2040 · 6 min read</p>
<figure><img src="/img/horvath.jpg" alt=""><figcaption>Stefan Horváth in front of the agrivoltaic test field near Neusiedl am See. Photo: Pannonia Energy Cluster / Markus Wenzl</figcaption></figure>
<p class="lead">Since 1 March 2040, Stefan Horváth has been managing director of the Pannonia Energy Cluster, the network of 96 energy firms, municipalities and research bodies in Burgenland and western Hungary. He succeeded Gabriele Fuchs, who led the cluster for eleven years and is now head of the energy department of the Burgenland state government. We met him on Tuesday, 8 May 2040, between two site visits.</p>

<h2>Mr Horváth, you grew up on a farm in Pamhagen. Does that shape how you see the energy transition?</h2>
<p>Very much. In Burgenland the energy transition did not come from big utilities; it came from farmers who rented out land for wind turbines in the 1990s and 2000s. Today the same families are asking whether they can grow crops under solar panels. If we want the next step to succeed, the people who own the land must earn from it.</p>

<h2>The cluster launched its agrivoltaics pilot last year. What have you learnt?</h2>
<p>That the technology is the easy part. The pilot on eight farms with Energie Burgenland AG and the University of Natural Resources and Life Sciences, Vienna (BOKU) shows yields for vegetables and grapes comparable to open fields in dry summers. The hard part is planning law and grid access: one farm waited fourteen months for a connection.</p>

<h2>You are also the first managing director who speaks Hungarian at work every day.</h2>
<p>Yes, and that is no accident. Half of our new members in 2039 came from Győr-Moson-Sopron county. We work closely with the Pannon Business Network Association in Győr and with the University of Sopron. Electricity does not stop at the border, and neither should our projects.</p>

<h2>What is on your desk for the first year?</h2>
<p>Three things. A cross-border grid study with the Hungarian transmission operator MAVIR, a training programme for installers together with the WIFI Burgenland, and the relaunch of our members' meeting format. We will hold the first Pannonia Energy Day in the new format on Thursday, 14 June 2040 in Eisenstadt, at the Kulturzentrum, with a farm visit in the afternoon.</p>

<h2>Your predecessor built the cluster from scratch. Big shoes to fill?</h2>
<p>Gabriele Fuchs built trust, and trust is the cluster's capital. I am glad she is now in the state government – our members will still have a good listener there. I asked her for one piece of advice and she said: "Answer every e-mail within a day." I am trying.</p>

<h2>Where will the cluster be in 2045?</h2>
<p>I would like us to be the place where a farmer, a mayor and an engineer from either side of the border can sit at one table and leave with a project. If we manage that, the numbers will follow.</p>

<aside class="box"><h3>Three takeaways from the interview</h3>
<ul>
<li>Landowners must share in the income from new solar and wind projects</li>
<li>Planning law and grid access, not technology, slow agrivoltaics down</li>
<li>Cross-border work with western Hungary is now core business for the cluster</li>
</ul></aside>

<aside class="bio"><h3>About Stefan Horváth</h3>
<p>Born 1992 in Neusiedl am See. Studied agricultural economics at BOKU and energy management at the Fachhochschule Burgenland. 2018–2029 project manager at the Austrian Energy Agency, 2029–2040 head of the renewables unit at Energie Burgenland AG. Married, two children.</p></aside>
<p class="tags">Tags: agrivoltaics · cross-border · people · interview</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a> · <a href="#">Print</a></p>
<p class="related">Read also: <a href="#">Farewell to Gabriele Fuchs (Magazine 1/2040)</a> · <a href="#">Agrivoltaics pilot: first harvest results</a></p>
</article></main>
<footer><p>Pannonia Energy Cluster · Technologiezentrum Eisenstadt, Thomas-Alva-Edison-Straße 2, 7000 Eisenstadt · office@pannonia-energy.example.at</p>
<p>Supported by the Interreg Austria–Hungary programme. © 2040 · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
PE = "Pannonia Energy Cluster"
gold(F,
 [P("Theresa Leitgeb",None,None),
  P("Stefan Horváth","managing director",PE),
  P("Markus Wenzl",None,PE),
  P("Gabriele Fuchs","head of the energy department","Burgenland state government")],
 [O(PE), O("Burgenland state government"), O("Energie Burgenland AG"),
  O("University of Natural Resources and Life Sciences, Vienna","BOKU"), O("Pannon Business Network Association"),
  O("University of Sopron"), O("MAVIR"), O("WIFI Burgenland"), O("Fachhochschule Burgenland"),
  O("Austrian Energy Agency")],
 [E("Pannonia Energy Day","2040-06-14",None,"Eisenstadt","Austria"),
  E("farm visit","2040-06-14",None,None,None)],
 ["2040-05-09","2040-03-01","2040-05-08","2039","2040-06-14","2045","1992","2018/2029","2029/2040"],
 ["Landowners must share in the income from new solar and wind projects",
  "Planning law and grid access, not technology, slow agrivoltaics down",
  "Cross-border work with western Hungary is now core business for the cluster"],
 "2040-05-09")
