from g import *
fname = "timbertwin-final-conference-umea-2035.html"
t = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Final conference | TIMBERTWIN</title></head>
<body>
<div class="cookie">We use cookies to measure visits to this site. <button>Accept</button> <button>Only necessary</button></div>
<header><a href="/">TIMBERTWIN</a>
<nav><ul><li><a href="/about">About</a></li><li><a href="/partners">Partners</a></li><li><a href="/results">Results</a></li>
<li><a href="/news">News &amp; events</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news">News &amp; events</a> &rsaquo; Final conference</div>
<main>
<h1>From forest data to forest decisions &ndash; TIMBERTWIN final conference</h1>
<p class="meta">Posted 20 August 2035 &middot; Updated 28 September 2035</p>
<p><strong>16&ndash;17 October 2035 &middot; Umeå, Sweden &middot; Umeå Folkets Hus</strong></p>
<p>After three years of work (January 2033 &ndash; December 2035), the nine partners of TIMBERTWIN invite forest owners,
sawmills, software companies and public authorities to the project's final conference. We will show the digital twins of
four pilot forests, hand over the open data toolkit and discuss what the Baltic Sea Region needs to keep the tools alive
after the project ends. The mid-term event in Jelgava in May 2034 gathered 140 participants; this time we expect more
than 200.</p>
<h2>Main outcomes of the project</h2>
<ul>
<li>Digital twins of four pilot forests in Sweden, Finland, Latvia and Lithuania are online and updated every month</li>
<li>Harvest planning with shared drone data cut planning time by about a third in the pilot companies</li>
<li>An open data toolkit lets small forest owners read their own stand data without paid software</li>
<li>Regional authorities in three countries have included forest data sharing in their smart specialisation strategies</li>
</ul>
<h2>Agenda &ndash; Day 1, Tuesday 16 October</h2>
<table class="agenda">
<tr><td>09:00&ndash;09:30</td><td>Registration and coffee</td></tr>
<tr><td>09:30&ndash;09:50</td><td><b>Welcome</b><br>Kristofer Hedlund, Chair of the Regional Development Committee, Region Västerbotten<br>
Maria Lindqvist Öberg, project coordinator, Västerbotten Wood Innovation Cluster (VWIC)</td></tr>
<tr><td>09:50&ndash;10:30</td><td><b>Keynote: Why forests need twins</b><br>Elina Mäkelä-Virtanen, Professor of Forest Informatics, University of Eastern Finland</td></tr>
<tr><td>10:30&ndash;11:00</td><td>Coffee break and poster walk</td></tr>
<tr><td>11:00&ndash;12:30</td><td><b>Panel: Who pays for the data?</b><br>
Jānis Bērziņš, CEO, Mežadati SIA<br>
Rūta Kazlauskienė, Head of Digital Services, Girių Duomenys UAB<br>
Tomasz Wróblewski-Nowak, R&amp;D manager, LasWood Sp. z o.o.<br>
Moderator: Helena af Klercker, journalist</td></tr>
<tr><td>12:30&ndash;13:30</td><td>Lunch</td></tr>
<tr><td>13:30&ndash;15:00</td><td><b>Parallel demo sessions</b><br>A: The open data toolkit (Skogsdata AB) &middot; B: Drone surveys for small owners (Swedish University of Agricultural Sciences, SLU)</td></tr>
<tr><td>15:30&ndash;16:15</td><td><b>Interreg after 2027: keeping results alive</b><br>Karl-Heinz Obermeier, Project Officer, Joint Secretariat, Interreg Baltic Sea Region</td></tr>
<tr><td>16:15&ndash;16:30</td><td>Closing of day 1 &ndash; Maria Lindqvist Öberg</td></tr>
<tr><td>19:00</td><td>Networking dinner</td></tr>
</table>
<h2>Day 2, Wednesday 17 October</h2>
<p>Field excursion to the pilot forest at Vindeln (bus leaves at 08:00, return to Umeå by 14:00). Places are limited to 45.</p>
<h2>Registration</h2>
<p>Participation is free of charge. Please register by 5 October 2035. Travel support is available for two participants per
partner region; contact Sofia Nyberg, communication officer at VWIC.</p>
</main>
<footer>
<p>TIMBERTWIN is co-funded by the European Union through Interreg Baltic Sea Region.</p>
<p>Lead partner: Västerbotten Wood Innovation Cluster &middot; <a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a></p>
<p>&copy; 2035 TIMBERTWIN</p>
</footer>
</body></html>
"""
write_doc(fname, t)
V = "Västerbotten Wood Innovation Cluster"
gold(fname,
 [P("Kristofer Hedlund","Chair of the Regional Development Committee","Region Västerbotten"),
  P("Maria Lindqvist Öberg","project coordinator",V),
  P("Elina Mäkelä-Virtanen","Professor of Forest Informatics","University of Eastern Finland"),
  P("Jānis Bērziņš","CEO","Mežadati SIA"),
  P("Rūta Kazlauskienė","Head of Digital Services","Girių Duomenys UAB"),
  P("Tomasz Wróblewski-Nowak","R&D manager","LasWood Sp. z o.o."),
  P("Helena af Klercker","journalist",None),
  P("Karl-Heinz Obermeier","Project Officer","Joint Secretariat"),
  P("Sofia Nyberg","communication officer","VWIC")],
 [O(V,"VWIC"), O("Region Västerbotten"), O("University of Eastern Finland"), O("Mežadati SIA"),
  O("Girių Duomenys UAB"), O("LasWood Sp. z o.o."), O("Skogsdata AB"),
  O("Swedish University of Agricultural Sciences","SLU"), O("Joint Secretariat"), O("European Union")],
 [E("TIMBERTWIN final conference","2035-10-16","2035-10-17","Umeå","Sweden"),
  E("mid-term event","2034-05",None,"Jelgava","Latvia")],
 ["2035-08-20","2035-09-28","2035-10-16/2035-10-17","2033-01/2035-12","2034-05","2035-10-16","2035-10-17","2035-10-05","2027"],
 km=["Digital twins of four pilot forests in Sweden, Finland, Latvia and Lithuania are online and updated every month",
     "Harvest planning with shared drone data cut planning time by about a third in the pilot companies",
     "An open data toolkit lets small forest owners read their own stand data without paid software",
     "Regional authorities in three countries have included forest data sharing in their smart specialisation strategies"],
 pub="2035-08-20")
