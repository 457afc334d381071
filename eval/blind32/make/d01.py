from g import write
T = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Board of Directors | Pirkanmaa Robotics Cluster</title></head>
<body>
<div class="cookie-notice">We use cookies to improve your experience. <a href="#">Accept</a> <a href="#">Settings</a></div>
<header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/members">Members</a></li><li><a href="/projects">Projects</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li><li><a href="/fi">FI</a> | EN</li></ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/about">About us</a> &rsaquo; Board of Directors</div>
<main>
<h1>Board of Directors</h1>
<p>The Pirkanmaa Robotics Cluster (PIRO) is governed by a Board of Directors elected by the annual meeting of members.
The current board was elected at the annual meeting held in Tampere on 22 April 2032 for a two-year term
(2032&ndash;2034). The board meets six times a year; the managing director of the cluster acts as its secretary.</p>
<table class="board">
<thead><tr><th>Name</th><th>Position</th><th>Company</th></tr></thead>
<tbody>
<tr><td>Aino Härkönen</td><td>Chair</td><td>Nivala Automation Oy</td></tr>
<tr><td>Jussi Leppänen</td><td>Vice Chair</td><td>Kuormaväylä Oy</td></tr>
<tr><td>Marjatta Rautio</td><td>Member</td><td>Tampere University</td></tr>
<tr><td>Sebastian Lindroos</td><td>Member</td><td>Gripteq Oy</td></tr>
<tr><td>Hanna-Riikka Salo</td><td>Member</td><td>Business Tampere</td></tr>
<tr><td>Teemu Väisänen</td><td>Member</td><td>Robotrail Finland Oy</td></tr>
<tr><td>Leena Ojanperä</td><td>Deputy member</td><td>Tampere University of Applied Sciences (TAMK)</td></tr>
<tr><td>Oskari Hämäläinen</td><td>Secretary to the Board (managing director, PIRO)</td><td>Pirkanmaa Robotics Cluster</td></tr>
</tbody>
</table>
<h2>Board committees</h2>
<p>The <strong>Audit and Finance Committee</strong> is chaired by Jussi Leppänen. The <strong>Membership Committee</strong>
is chaired by Sebastian Lindroos and reviews applications quarterly; the next review takes place on 15.09.2032.</p>
<p>Board members can be reached through the cluster office: <a href="mailto:board@piro.example">board@piro.example</a>.</p>
<p class="updated">Page updated 3 May 2032</p>
</main>
<footer>
<p>Pirkanmaa Robotics Cluster ry &middot; Hatanpään valtatie 30 &middot; 33100 Tampere &middot; Finland</p>
<p>Supported by the Regional Council of Pirkanmaa &middot; <a href="/privacy">Privacy policy</a> &middot; <a href="/accessibility">Accessibility statement</a></p>
<p>&copy; 2032 PIRO</p>
</footer>
</body>
</html>
"""
P="Pirkanmaa Robotics Cluster"
write("board-of-directors.html", T, pub=None,
 people=[("Aino Härkönen","Chair",P),("Jussi Leppänen","Vice Chair",P),("Marjatta Rautio","Member",P),
  ("Sebastian Lindroos","Member",P),("Hanna-Riikka Salo","Member",P),("Teemu Väisänen","Member",P),
  ("Leena Ojanperä","Deputy member",P),("Oskari Hämäläinen","managing director",P)],
 orgs=[(P,"PIRO"),("Nivala Automation Oy",None),("Kuormaväylä Oy",None),("Tampere University",None),("Gripteq Oy",None),
  ("Business Tampere",None),("Robotrail Finland Oy",None),("Tampere University of Applied Sciences","TAMK"),("Regional Council of Pirkanmaa",None)],
 events=[("annual meeting","2032-04-22","2032-04-22","Tampere","Finland")],
 dates=["2032-04-22","2032/2034","2032-09-15","2032-05-03"])
