from common import *
fn = "team_pirkanmaa-robotics-cluster.html"
t = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Our team | RoboPirkka – Pirkanmaa Robotics Cluster</title></head>
<body>
<div class="cookie-bar">We use cookies to improve your experience. <a href="/privacy">Read more</a> <button>Accept all</button> <button>Only necessary</button></div>
<header>
 <a class="logo" href="/">RoboPirkka</a>
 <nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/members">Members</a></li><li><a href="/projects">Projects</a></li><li><a href="/events">Events</a></li><li><a href="/news">News</a></li><li class="active"><a href="/team">Team</a></li><li><a href="/fi">FI</a></li></ul></nav>
</header>
<main>
<p class="breadcrumbs"><a href="/">Home</a> › <a href="/about">About</a> › Team</p>
<h1>Meet the team</h1>
<p>RoboPirkka ry is the robotics and industrial-automation cluster of the Pirkanmaa region. Our small secretariat works
from the Hervanta campus in Tampere and serves 118 member organisations – machine builders, integrators, software
houses, research groups and a growing number of start-ups. The cluster has been run by the association since 2019 and
was awarded the ECEI Silver label in 2031. Below you find the people who keep the cluster running; do not hesitate to
write to us directly.</p>

<h2>Management</h2>
<div class="card">
 <h3>Aino Väisänen</h3>
 <p class="title">Executive Director</p>
 <p>Aino leads the cluster office and represents RoboPirkka in national and European networks. Before joining in 2030
 she spent eleven years at Kivikko Automation Oy, most recently as head of product management. She chairs the
 Finnish cluster managers' forum run by Business Finland.</p>
 <p><a href="mailto:aino.vaisanen@robopirkka.example">aino.vaisanen@robopirkka.example</a> · +358 40 555 0131</p>
</div>
<div class="card">
 <h3>Mikko Hämäläinen</h3>
 <p class="title">Deputy Director, Finance &amp; Administration</p>
 <p>Mikko is responsible for budgets, membership fees and project reporting. He joined from the Council of Tampere
 Region, where he administered regional development funding.</p>
 <p><a href="mailto:mikko.hamalainen@robopirkka.example">mikko.hamalainen@robopirkka.example</a></p>
</div>

<h2>Ecosystem &amp; projects</h2>
<div class="card">
 <h3>Dr. Sanna-Liisa Kekkonen</h3>
 <p class="title">Senior Innovation Manager</p>
 <p>Sanna-Liisa builds R&amp;D consortia between companies and Tampere University's robotics groups and coordinates
 our part in the Horizon Europe project COBOTWELD. PhD in mechanical engineering.</p>
 <p><a href="mailto:sanna-liisa.kekkonen@robopirkka.example">sanna-liisa.kekkonen@robopirkka.example</a></p>
</div>
<div class="card">
 <h3>Jonas Lindqvist</h3>
 <p class="title">project manager – AI in manufacturing</p>
 <p>Jonas runs the testing-before-investing services together with the regional European Digital Innovation Hub
 and organises the quarterly robot-clinic days for SMEs.</p>
 <p><a href="mailto:jonas.lindqvist@robopirkka.example">jonas.lindqvist@robopirkka.example</a></p>
</div>
<div class="card">
 <h3>Olusegun Adeyemi-Virtanen</h3>
 <p class="title">Start-up Programme Lead</p>
 <p>Olusegun scouts robotics start-ups and runs the ROBOLAUNCH pre-acceleration track with Hervanta Ventures Oy.</p>
 <p><a href="mailto:olusegun.adeyemi@robopirkka.example">olusegun.adeyemi@robopirkka.example</a></p>
</div>

<h2>Internationalisation</h2>
<div class="card">
 <h3>Elina Koskinen-Ruiz</h3>
 <p class="title">International Affairs Manager</p>
 <p>Elina is our contact for the European Cluster Collaboration Platform (ECCP), the Enterprise Europe Network and
 partner clusters abroad. She is currently on study leave until 31.03.2034; during her absence please contact Aino.</p>
 <p><a href="mailto:elina.koskinen-ruiz@robopirkka.example">elina.koskinen-ruiz@robopirkka.example</a></p>
</div>

<h2>Communications &amp; events</h2>
<div class="card">
 <h3>Petteri Nurmi</h3>
 <p class="title">Communications Specialist</p>
 <p>Newsletter, website and social media. Petteri also edits the annual Robotics Barometer.</p>
 <p><a href="mailto:petteri.nurmi@robopirkka.example">petteri.nurmi@robopirkka.example</a></p>
</div>
<div class="card">
 <h3>Veera Salo</h3>
 <p class="title">Event Coordinator (part-time)</p>
 <p>Veera organises RoboPirkka Days, which take place this year on 17–18 September 2033 at Tampere Hall, and our member
 breakfasts.</p>
 <p><a href="mailto:veera.salo@robopirkka.example">veera.salo@robopirkka.example</a></p>
</div>

<h2>How we work</h2>
<p>Every member company has a named contact person in the team, usually the colleague closest to its main field of
interest. Members receive our monthly newsletter, access to the member workspace and discounted tickets to all cluster
events. The team meets every Tuesday morning to go through new member requests, project ideas and partner searches,
so a message sent to any of us will reach the right person within a week. We are also happy to visit you: tell us
about your plant, your products and your plans, and we will suggest partners, funding options or test facilities.</p>
<p>Traineeships: each spring and autumn we offer one paid traineeship for a university student interested in
innovation management, communications or events. Applications go to the general address below.</p>

<h2>Board of the association</h2>
<p>The board elected at the spring meeting of 22 April 2033 is chaired by Heikki Rantanen (CEO, Kivikko Automation Oy);
vice-chair is Prof. Laura Mäkelä-Grönroos (Tampere University). Other members: Tomi Järvinen (Sahalahti Robotics Oy),
Riikka Östman (Pirkan Valimo Oy) and Ville-Pekka Aalto (Business Tampere).</p>

<p>General enquiries: <a href="mailto:info@robopirkka.example">info@robopirkka.example</a></p>
</main>
<footer>
 <p>RoboPirkka ry · Korkeakoulunkatu 99, 33720 Tampere, Finland · Business ID 3123456-7</p>
 <p><a href="/privacy">Privacy policy</a> · <a href="/accessibility">Accessibility statement</a> · <a href="https://linkedin.example/robopirkka">LinkedIn</a></p>
 <p>© 2033 RoboPirkka ry</p>
</footer>
</body></html>
"""
write_doc(fn, t)
C = "RoboPirkka ry"
write_gold(fn, None, [
 P("Aino Väisänen", "Executive Director", C),
 P("Mikko Hämäläinen", "Deputy Director, Finance & Administration", C),
 P("Sanna-Liisa Kekkonen", "Senior Innovation Manager", C),
 P("Jonas Lindqvist", "project manager – AI in manufacturing", C),
 P("Olusegun Adeyemi-Virtanen", "Start-up Programme Lead", C),
 P("Elina Koskinen-Ruiz", "International Affairs Manager", C),
 P("Petteri Nurmi", "Communications Specialist", C),
 P("Veera Salo", "Event Coordinator", C),
 P("Heikki Rantanen", "CEO", "Kivikko Automation Oy"),
 P("Laura Mäkelä-Grönroos", "vice-chair", C),
 P("Tomi Järvinen", None, "Sahalahti Robotics Oy"),
 P("Riikka Östman", None, "Pirkan Valimo Oy"),
 P("Ville-Pekka Aalto", None, "Business Tampere"),
],[
 O("RoboPirkka ry", "RoboPirkka"), O("Kivikko Automation Oy"), O("Business Finland"), O("Council of Tampere Region"),
 O("Tampere University"), O("Hervanta Ventures Oy"),
 O("European Cluster Collaboration Platform", "ECCP"), O("Enterprise Europe Network"),
 O("Sahalahti Robotics Oy"), O("Pirkan Valimo Oy"), O("Business Tampere"),
],[
 E("RoboPirkka Days", "2033-09-17", "2033-09-18", "Tampere", "Finland"),
 E("spring meeting", "2033-04-22", "2033-04-22", None, None),
],["2019","2031","2030","2034-03-31","2033-09-17/2033-09-18","2033-04-22"])
