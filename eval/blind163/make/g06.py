from h import *
F = 'g06_clusters_meet_regions_turda.html'
assert wd(2036,6,10)=='Tuesday' and wd(2036,6,11)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Clusters meet Regions – Turda, Romania | European Cluster Collaboration Platform</title></head>
<body>
<div id="cookie-consent"><p>This website uses cookies. Some are essential, others help us understand how you use the site. <a href="/cookie-policy">Cookie policy</a></p><button>Accept all cookies</button> <button>Accept only essential cookies</button></div>
<header>
<p>European Commission · European Cluster Collaboration Platform</p>
<nav><a href="/">Home</a> | <a href="/cluster-organisations">Cluster organisations</a> | <a href="/partnerships">Partnerships</a> | <a href="/events">Events</a> | <a href="/news">News</a> | <a href="/funding">Funding</a> | <a href="/login">Log in</a></nav>
</header>
<main>
<p class="crumbs">Home / Events / Clusters meet Regions – Turda</p>
<p class="tag">Event · Past event · Cluster policy · Romania</p>
<h1>Clusters meet Regions: advanced materials and the salt valley – Turda, Romania</h1>
<p class="dates">10–11 June 2036 · Turda, Cluj County, Romania · In person</p>
<p class="updated">Page updated on 24 June 2036 with the event outcomes</p>
<p>Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Facebook</a> · <a href="#">Copy link</a></p>

<h2>About the event</h2>
<p>The "Clusters meet Regions" series brings European cluster policy to the regions, pairing a local host with the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) and the European Innovation Council and SMEs Executive Agency (EISMEA). The Turda edition was co-organised by the North-West Regional Development Agency (ADR Nord-Vest) and the Transylvania Advanced Materials Cluster (TRAMAT), with support from the Cluj County Council.</p>
<p>About 140 participants from 17 countries discussed how a small industrial town with a chemical past can attract new materials businesses, and how clusters can link its companies to European value chains.</p>

<h2>Agenda</h2>
<h3>Tuesday 10 June 2036</h3>
<ul>
<li>13:00 Registration at the Turda Salt Mine conference hall</li>
<li>14:00 Opening – Cristian Mătieș, mayor of Turda; Ioana POP-DRĂGAN, director general, ADR Nord-Vest</li>
<li>14:30 "European cluster policy in 2036" – Henrike Vogelsang, Head of Unit, DG GROW</li>
<li>15:15 Regional showcase: the Cluj-Turda materials ecosystem – Radu Șerban (TRAMAT, Romania)</li>
<li>16:30 Study visit to the TehnoMat Turda industrial park</li>
<li>19:30 Networking dinner at Castelul Banffy, Bonțida</li>
</ul>
<h3>Wednesday 11 June 2036</h3>
<ul>
<li>09:00 Workshop 1 – Cluster partnerships across borders, moderated by Ágnes Szalai (Pannon Materials Cluster, Hungary)</li>
<li>09:00 Workshop 2 – Skills for materials engineering, moderated by Prof. Daniel Crișan (Technical University of Cluj-Napoca, Romania)</li>
<li>11:00 Matchmaking session: 58 bilateral meetings</li>
<li>13:00 Closing remarks – Lukas Brenner-Aichinger (EISMEA)</li>
<li>14:00 Optional visit to the Salina Turda salt mine</li>
</ul>

<h2>Speakers</h2>
<p>Henrike Vogelsang (European Commission, Belgium) · Ioana Pop-Drăgan (ADR Nord-Vest, Romania) · Radu Șerban (TRAMAT, Romania) · Ágnes Szalai (Pannon Materials Cluster, Hungary) · Daniel Crișan (Technical University of Cluj-Napoca, Romania) · Marta Quintela (Cluster de la Industria de Automoción de Galicia – CEAGA, Spain) · Jakub Hrdlička (Czech Cluster Association, Czechia) · Lukas Brenner-Aichinger (EISMEA, Belgium)</p>

<h2>Key takeaways</h2>
<p>After the event the organisers published the following takeaways:</p>
<ul>
<li>Regions in industrial transition can use their clusters as a single door for foreign investors and for European partnerships</li>
<li>The Cluj-Turda materials ecosystem needs a shared testing laboratory more than new office space</li>
<li>Cluster managers asked the Commission for a simpler way to join Euroclusters as associated partners</li>
<li>Local universities and vocational schools should design materials courses together with companies, not alone</li>
</ul>

<h2>Previous editions of Clusters meet Regions</h2>
<ul>
<li>Oulu, Finland – 4–5 March 2036</li>
<li>Piacenza, Italy – 26–27 November 2035</li>
<li>Plovdiv, Bulgaria – 1–2 October 2035</li>
</ul>
<p>The next edition will take place in Vila Real, Portugal, in October 2036. Regions interested in hosting an edition in 2037 can apply until 15 September 2036.</p>

<h2>Documents</h2>
<p><a href="#">Agenda (PDF)</a> · <a href="#">Presentations (ZIP)</a> · <a href="#">Photo gallery</a> · <a href="#">Participants list (members only)</a></p>
<p>Contact: eccp-events@eccp.example.eu</p>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Union, funded by the Single Market Programme. <a href="/legal">Legal notice</a> · <a href="/privacy">Privacy policy</a> · <a href="/accessibility">Accessibility</a> · <a href="/contact">Contact</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Cristian Mătieș","mayor of Turda",None),
  P("Ioana POP-DRĂGAN","director general","ADR Nord-Vest"),
  P("Henrike Vogelsang","Head of Unit","DG GROW"),
  P("Radu Șerban",None,"TRAMAT"),
  P("Ágnes Szalai",None,"Pannon Materials Cluster"),
  P("Daniel Crișan",None,"Technical University of Cluj-Napoca"),
  P("Lukas Brenner-Aichinger",None,"EISMEA"),
  P("Marta Quintela",None,"Cluster de la Industria de Automoción de Galicia"),
  P("Jakub Hrdlička",None,"Czech Cluster Association")],
 [O("European Cluster Collaboration Platform"), O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"),
  O("North-West Regional Development Agency","ADR Nord-Vest"), O("Transylvania Advanced Materials Cluster","TRAMAT"),
  O("Cluj County Council"), O("Pannon Materials Cluster"), O("Technical University of Cluj-Napoca"),
  O("Cluster de la Industria de Automoción de Galicia","CEAGA"), O("Czech Cluster Association"), O("European Union")],
 [E("Clusters meet Regions: advanced materials and the salt valley","2036-06-10","2036-06-11","Turda","Romania"),
  E("Study visit to the TehnoMat Turda industrial park","2036-06-10",None,"Turda","Romania"),
  E("Networking dinner","2036-06-10",None,"Bonțida","Romania"),
  E("Matchmaking session","2036-06-11",None,"Turda","Romania"),
  E("visit to the Salina Turda salt mine","2036-06-11",None,"Turda","Romania"),
  E("Clusters meet Regions","2036-03-04","2036-03-05","Oulu","Finland"),
  E("Clusters meet Regions","2035-11-26","2035-11-27","Piacenza","Italy"),
  E("Clusters meet Regions","2035-10-01","2035-10-02","Plovdiv","Bulgaria"),
  E("Clusters meet Regions","2036-10",None,"Vila Real","Portugal")],
 ["2036-06-10/2036-06-11","2036-06-24","2036-06-10","2036-06-11","2036-03-04/2036-03-05","2035-11-26/2035-11-27",
  "2035-10-01/2035-10-02","2036-10","2037","2036-09-15"],
 ["Regions in industrial transition can use their clusters as a single door for foreign investors and for European partnerships",
  "The Cluj-Turda materials ecosystem needs a shared testing laboratory more than new office space",
  "Cluster managers asked the Commission for a simpler way to join Euroclusters as associated partners",
  "Local universities and vocational schools should design materials courses together with companies, not alone"],
 pub="2036-06-24")
