from h import *
F = 'g04_klaipeda_blue_webinar_series.html'
for d in [(2037,9,15),(2037,9,29),(2037,10,13),(2037,10,27),(2037,11,10),(2037,11,24)]: assert wd(*d)=='Tuesday'
assert wd(2037,12,2)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Blue Economy Webinar Series 2037 – Klaipėda Science and Technology Park</title></head>
<body>
<nav>KSTP · <a href="/">Home</a> · <a href="/services">Services</a> · <a href="/incubator">Incubator</a> · <a href="/projects">Projects</a> · <a href="/events">Events</a> · <a href="/contact">Contact</a></nav>
<div class="consent">We use cookies. By continuing to browse you agree to our <a href="/cookies">cookie policy</a>. <button>Close</button></div>
<main>
<p class="crumb"><a href="/events">Events</a> › Webinar series</p>
<h1>Blue Economy Webinar Series 2037</h1>
<p class="lead">Six lunchtime webinars on ports, offshore energy and marine biotechnology for small companies around the south-east Baltic. Organised by Klaipėda Science and Technology Park (KSTP) with the Lithuanian Maritime Cluster, Pomeranian Science and Technology Park Gdynia and the Kalmar County Regional Council, as part of the Interreg South Baltic project BlueBridge. Every session starts at 12:00 CET / 13:00 EET and lasts 60 minutes, including 20 minutes for questions. Language: English. Free of charge; one registration covers the whole series.</p>
<h2>Why this series?</h2>
<p>Most blue economy companies in the region employ fewer than twenty people and rarely meet their counterparts across the sea. The series is meant as a first step: short talks by people who buy, regulate or fund, followed by open questions. Participants are asked to fill in a two-minute profile at registration so that the organisers can suggest partners before the matchmaking in the closing session.</p>
<p><a class="btn" href="/register/blue-series">Register for the series</a> <a href="/blue-series.ics">Add all sessions to calendar</a></p>

<section class="session done">
<h2>Session 1 · Tuesday, 15 September 2037</h2>
<h3>Green port calls: shore power and what it means for suppliers</h3>
<p>Speakers: Darius Jankauskas, Head of Infrastructure Development, Klaipėda State Seaport Authority; Karolina Wiśniewska, energy engineer, Port of Gdynia Authority S.A.</p>
<p>Moderator: Vaida Mockutė, project manager, KSTP</p>
<p class="status">Recording available · 143 participants · <a href="/rec/1">Watch</a> · <a href="/slides/1">Slides (PDF)</a></p>
</section>

<section class="session done">
<h2>Session 2 · Tuesday, 29 September 2037</h2>
<h3>Offshore wind supply chains: how to become a tier-2 supplier</h3>
<p>Speakers: Magnus Ekström, Procurement Lead, Vattenfall Vindkraft AB; Rasa Pocienė, CEO, Baltic Steel Works UAB</p>
<p>Moderator: Jonas Petrulis, cluster manager, Lithuanian Maritime Cluster</p>
<p class="status">Recording available · 188 participants · <a href="/rec/2">Watch</a></p>
</section>

<section class="session">
<h2>Session 3 · Tuesday, 13 October 2037</h2>
<h3>Marine biotechnology: from algae to market</h3>
<p>Speakers: Prof. Ingrid Holm, Linnaeus University, Kalmar; Dr. Aleksandra Zielińska, Blue Biotech Hub, University of Gdańsk</p>
<p>Moderator: Sofia Bergqvist, business developer, Kalmar County Regional Council</p>
<p class="badge">Places still available</p>
</section>

<section class="session">
<h2>Session 4 · Tuesday, 27 October 2037</h2>
<h3>Financing blue start-ups: grants, loans and business angels</h3>
<p>Speakers: Tadas Vaitkus, investment manager, INVEGA; Marta Kowalczyk, Pomeranian Development Agency; Per-Olof Nygren, chairman, Smålands Affärsänglar</p>
<p>Moderator: Vaida Mockutė, KSTP</p>
</section>

<section class="session">
<h2>Session 5 · Tuesday, 10 November 2037</h2>
<h3>Digital twins of ports and ships</h3>
<p>Speakers: Mindaugas Rimkus, CTO, PortLogic Baltic; Dr. Jakub Nowicki, Gdynia Maritime University</p>
<p>Moderator: Piotr Zając, innovation broker, Pomeranian Science and Technology Park Gdynia</p>
</section>

<section class="session">
<h2>Session 6 · Tuesday, 24 November 2037</h2>
<h3>Closing session: cross-border partnering for the next Interreg calls</h3>
<p>Speakers: Anna Lundgren, Joint Secretariat of the Interreg South Baltic Programme; Gintarė Urbonaitė, Ministry of Economy and Innovation of the Republic of Lithuania</p>
<p>The session ends with a 30-minute online matchmaking in breakout rooms.</p>
</section>

<section class="extra">
<h2>After the series: study visit to Kalmar</h2>
<p>Participants who attend at least four sessions can apply for one of twelve places on a study visit to Kalmar on Wednesday, 2 December 2037 (travel costs covered by the project). Apply by 10 November 2037.</p>
</section>

<section class="faq">
<h2>Practical information</h2>
<ul>
<li>Platform: Zoom Webinar. The link is sent the day before each session.</li>
<li>Certificates of attendance are issued on request after the last session.</li>
<li>Slides and recordings are published within five working days.</li>
<li>Session 3 was moved from 6 October because of the Klaipėda Sea Festival logistics review.</li>
</ul>
</section>

<aside><h3>Contact</h3><p>Vaida Mockutė, Project Manager<br>Klaipėda Science and Technology Park<br>vaida.mockute@kstp.example.lt</p>
<p>Share: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a></p></aside>
</main>
<footer>Klaipėda Science and Technology Park · Taikos pr. 00, Klaipėda · Page updated 30 September 2037 · © KSTP</footer>
</body></html>
"""
write(F, T)
KS="Klaipėda Science and Technology Park"; LMC="Lithuanian Maritime Cluster"; PP="Pomeranian Science and Technology Park Gdynia"
gold(F,
 [P("Darius Jankauskas","Head of Infrastructure Development","Klaipėda State Seaport Authority"),
  P("Karolina Wiśniewska","energy engineer","Port of Gdynia Authority S.A."),
  P("Vaida Mockutė","project manager",KS),
  P("Magnus Ekström","Procurement Lead","Vattenfall Vindkraft AB"),
  P("Rasa Pocienė","CEO","Baltic Steel Works UAB"),
  P("Jonas Petrulis","cluster manager",LMC),
  P("Ingrid Holm",None,"Linnaeus University"),
  P("Aleksandra Zielińska",None,"Blue Biotech Hub"),
  P("Sofia Bergqvist","business developer","Kalmar County Regional Council"),
  P("Tadas Vaitkus","investment manager","INVEGA"),
  P("Marta Kowalczyk",None,"Pomeranian Development Agency"),
  P("Per-Olof Nygren","chairman","Smålands Affärsänglar"),
  P("Mindaugas Rimkus","CTO","PortLogic Baltic"),
  P("Jakub Nowicki",None,"Gdynia Maritime University"),
  P("Piotr Zając","innovation broker",PP),
  P("Anna Lundgren",None,"Joint Secretariat of the Interreg South Baltic Programme"),
  P("Gintarė Urbonaitė",None,"Ministry of Economy and Innovation of the Republic of Lithuania")],
 [O(KS,"KSTP"), O(LMC), O(PP), O("Kalmar County Regional Council"), O("Klaipėda State Seaport Authority"),
  O("Port of Gdynia Authority S.A."), O("Vattenfall Vindkraft AB"), O("Baltic Steel Works UAB"), O("Linnaeus University"),
  O("Blue Biotech Hub"), O("University of Gdańsk"), O("INVEGA"), O("Pomeranian Development Agency"), O("Smålands Affärsänglar"),
  O("PortLogic Baltic"), O("Gdynia Maritime University"), O("Joint Secretariat of the Interreg South Baltic Programme"),
  O("Ministry of Economy and Innovation of the Republic of Lithuania")],
 [E("Blue Economy Webinar Series 2037","2037-09-15","2037-11-24"),
  E("Green port calls: shore power and what it means for suppliers","2037-09-15"),
  E("Offshore wind supply chains: how to become a tier-2 supplier","2037-09-29"),
  E("Marine biotechnology: from algae to market","2037-10-13"),
  E("Financing blue start-ups: grants, loans and business angels","2037-10-27"),
  E("Digital twins of ports and ships","2037-11-10"),
  E("Closing session: cross-border partnering for the next Interreg calls","2037-11-24"),
  E("online matchmaking","2037-11-24"),
  E("study visit to Kalmar","2037-12-02",None,"Kalmar","Sweden"),
  E("Klaipėda Sea Festival",None,None,"Klaipėda","Lithuania")],
 ["2037-09-15","2037-09-29","2037-10-13","2037-10-27","2037-11-10","2037-11-24","2037-12-02","2037-10-06","2037-09-30"],
 [], None)
