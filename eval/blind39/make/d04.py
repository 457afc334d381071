from common import *
FN = "webinar-series-health-data-at-the-edge.html"
T = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Webinar series: Health Data at the Edge | Pohjoinen HealthTech Cluster</title>
</head>
<body>
<div class="cookie-banner">We use cookies to measure how our pages are used. <a href="#">Accept</a> <a href="#">Only necessary</a></div>
<header>
  <nav class="main-nav">
    <a href="/">Home</a> | <a href="/about">About the cluster</a> | <a href="/members">Members</a> |
    <a href="/events">Events</a> | <a href="/projects">Projects</a> | <a href="/contact">Contact</a> | <a href="/fi">Suomeksi</a>
  </nav>
</header>
<main>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/events">Events</a> &rsaquo; Webinar series</div>

<h1>Health Data at the Edge &ndash; webinar series 2032&ndash;2033</h1>
<p class="meta">Posted 5 October 2032 &middot; Updated 16 January 2033 &middot; by Pohjoinen HealthTech Cluster</p>

<p>How can hospitals, wellness-device makers and software start-ups use health data close to where it is produced,
without sending everything to the cloud? Our lunchtime webinar series brings together companies from Northern
Finland and invited experts from across Europe. Each session lasts 60 minutes: 35 minutes of talks, 25 minutes of
questions. All sessions are in English, free of charge and recorded.</p>

<p>The series is organised by the Pohjoinen HealthTech Cluster with the support of Business Oulu and the
University of Oulu, and is part of the cluster's activities in the European Health Data Space readiness network.</p>

<h2>Past sessions &ndash; watch the recordings</h2>

<div class="session past">
  <h3>Session 1: Edge AI in home monitoring</h3>
  <p class="date">Tuesday 9 November 2032, 12:00&ndash;13:00 EET</p>
  <p>Speakers: <strong>Aino Kärkkäinen</strong>, CTO, Kuurasense Oy; <strong>Dr. Rasmus Pelkonen</strong>, senior
  researcher, VTT Technical Research Centre of Finland. Moderator: Elina Rautakoski, cluster manager.</p>
  <p><a href="#">&#9654; Watch the recording (54 min)</a> &middot; <a href="#">Slides (PDF)</a></p>
</div>

<div class="session past">
  <h3>Session 2: Consent, anonymisation and secondary use</h3>
  <p class="date">Tuesday 7 December 2032, 12:00&ndash;13:00 EET</p>
  <p>Speakers: <strong>Liisa Mäenpää-Virta</strong>, data protection officer, Wellbeing Services County of North
  Ostrobothnia; <strong>Jonas Ekholm</strong>, legal counsel, Findata. Moderator: Elina Rautakoski.</p>
  <p><a href="#">&#9654; Watch the recording (61 min)</a></p>
</div>

<div class="session past">
  <h3>Session 3: Procurement of digital health pilots</h3>
  <p class="date">Tuesday 11 January 2033, 12:00&ndash;13:00 EET</p>
  <p>Speakers: <strong>Pekka Ollila</strong>, innovation director, Oulu University Hospital (OYS);
  <strong>Sara Lindqvist-Aho</strong>, founder and CEO, Pulssi Health Oy; guest from Estonia
  <strong>Marten Kask</strong>, head of e-health, TEHIK. Moderator: Ville Jokinen, project manager.</p>
  <p><a href="#">&#9654; Watch the recording (58 min)</a> &middot; Key points of the discussion are summarised in our
  <a href="/news">news item of 13 January</a>.</p>
</div>

<h2>Upcoming sessions &ndash; register now</h2>

<div class="session upcoming">
  <h3>Session 4: Interoperability &ndash; FHIR at the edge</h3>
  <p class="date">Tuesday 8 February 2033, 12:00&ndash;13:00 EET</p>
  <p>Speakers: <strong>Mikael von Wright</strong>, chief architect, Reunadata Oy; <strong>Dr. Ilse De Wachter</strong>,
  standards coordinator, HL7 Europe. Moderator: Ville Jokinen.</p>
  <p><a href="#" class="btn">Register</a></p>
</div>

<div class="session upcoming">
  <h3>Session 5: Financing growth &ndash; what investors look for in health-data start-ups</h3>
  <p class="date">Tuesday 8 March 2033, 12:00&ndash;13:00 EET</p>
  <p>Speakers: <strong>Hanna-Riikka Salo</strong>, investment director, Arctic Bay Ventures; a representative of
  Business Finland (tbc). Moderator: Elina Rautakoski.</p>
  <p><a href="#" class="btn">Register</a></p>
</div>

<div class="session upcoming">
  <h3>Closing session (on site and online): Health Data at the Edge &ndash; what next?</h3>
  <p class="date">Wednesday 20 April 2033, 14:00&ndash;17:00 EEST, Oulu, Technopolis Linnanmaa</p>
  <p>A half-day meeting with a summary of the series, a pitching slot for six member companies and a sauna evening
  for those who stay. Opening words by Juha Karvonen, chair of the board, Pohjoinen HealthTech Cluster.</p>
  <p><a href="#" class="btn">Register for on-site participation</a> (max. 60) &middot; <a href="#" class="btn">Online</a></p>
</div>

<h2>Practical information</h2>
<ul>
  <li>Registration closes two working days before each session.</li>
  <li>The link to the Teams room is sent on the morning of the session.</li>
  <li>Recordings are published within a week on this page and on our video channel.</li>
</ul>
<p>Questions? Contact Ville Jokinen, project manager, ville.jokinen@pohjoinenhealthtech.example, +358 40 000 0000.</p>

<aside class="related">
  <h4>Related</h4>
  <ul>
    <li><a href="#">Northern Health Days 2032 &ndash; presentations online</a></li>
    <li><a href="#">New members: three wearables start-ups join the cluster</a></li>
  </ul>
</aside>
</main>
<footer>
  <p>Pohjoinen HealthTech Cluster ry &middot; Elektroniikkatie 3, 90590 Oulu, Finland</p>
  <p>Funded in part by the Council of Oulu Region (ERDF) &middot; <a href="#">Accessibility statement</a> &middot; <a href="#">Privacy</a></p>
  <p>&copy; 2033 Pohjoinen HealthTech Cluster</p>
</footer>
</body>
</html>
"""
save_text(FN, T)
save_gold(FN, "2032-10-05",
 [P("Aino Kärkkäinen","CTO","Kuurasense Oy"),
  P("Rasmus Pelkonen","senior researcher","VTT Technical Research Centre of Finland"),
  P("Elina Rautakoski","cluster manager","Pohjoinen HealthTech Cluster"),
  P("Liisa Mäenpää-Virta","data protection officer","Wellbeing Services County of North Ostrobothnia"),
  P("Jonas Ekholm","legal counsel","Findata"),
  P("Pekka Ollila","innovation director","Oulu University Hospital"),
  P("Sara Lindqvist-Aho","founder and CEO","Pulssi Health Oy"),
  P("Marten Kask","head of e-health","TEHIK"),
  P("Ville Jokinen","project manager","Pohjoinen HealthTech Cluster"),
  P("Mikael von Wright","chief architect","Reunadata Oy"),
  P("Ilse De Wachter","standards coordinator","HL7 Europe"),
  P("Hanna-Riikka Salo","investment director","Arctic Bay Ventures"),
  P("Juha Karvonen","chair of the board","Pohjoinen HealthTech Cluster")],
 [O("Pohjoinen HealthTech Cluster ry"), O("Business Oulu"), O("University of Oulu"), O("Kuurasense Oy"),
  O("VTT Technical Research Centre of Finland"), O("Wellbeing Services County of North Ostrobothnia"), O("Findata"),
  O("Oulu University Hospital","OYS"), O("Pulssi Health Oy"), O("TEHIK"), O("Reunadata Oy"), O("HL7 Europe"),
  O("Arctic Bay Ventures"), O("Business Finland"), O("Council of Oulu Region")],
 [ E("Session 1: Edge AI in home monitoring","2032-11-09",None,None,None),
  E("Session 2: Consent, anonymisation and secondary use","2032-12-07",None,None,None),
  E("Session 3: Procurement of digital health pilots","2033-01-11",None,None,None),
  E("Session 4: Interoperability – FHIR at the edge","2033-02-08",None,None,None),
  E("Session 5: Financing growth – what investors look for in health-data start-ups","2033-03-08",None,None,None),
  E("Closing session: Health Data at the Edge – what next?","2033-04-20",None,"Oulu","Finland"),
  E("Northern Health Days 2032",None,None,None,None)],
 ["2032-10-05","2033-01-16","2032/2033","2032-11-09","2032-12-07","2033-01-11","2033-01-13","2033-02-08","2033-03-08","2033-04-20"],
 [])
