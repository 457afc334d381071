from common import *
fn = "speakers_smart-ports-logistics-forum-thessaloniki-2032.html"
sp = [
 ("Eleni Papadopoulou-Rizou", "Director General", "Thermaikos Logistics Cluster (TLC)",
  "Eleni has led the Thermaikos Logistics Cluster since 2027 and previously worked for twelve years in freight forwarding in Piraeus and Rotterdam. She sits on the board of the European Clusters Alliance."),
 ("Prof. Georgios Anagnostou", "Professor of Transport Systems", "Aristotle University of Thessaloniki",
  "Georgios heads the Port Informatics Lab and coordinates the Horizon Europe project PORTMIND on AI-based berth planning."),
 ("Dr. Hanna Vogelsang", "Policy Officer, Clusters and Industrial Ecosystems", "European Commission, DG GROW",
  "Hanna works on the mobility-transport-automotive industrial ecosystem and the European Cluster Collaboration Platform."),
 ("Nikos Stavridis", "Chief Digital Officer", "ThermaPort S.A.",
  "Nikos is responsible for the terminal operating system and the digital twin of ThermaPort's container terminal."),
 ("Ioanna Karagianni", "founder & CEO", "Dromiko",
  "Ioanna founded Dromiko, a Thessaloniki start-up that optimises last-mile delivery routes, in 2029. Dromiko won the EIT Urban Mobility start-up prize in 2031."),
 ("Luca De Santis", "Head of Innovation", "Consorzio Logistico Adriatico",
  "Luca coordinates the Adriatic-Ionian network of logistics clusters and will present lessons from the ports of Bari and Ancona."),
 ("Zeynep Aydın-Müller", "Senior Analyst", "Donau Logistik Institut GmbH",
  "Zeynep researches the energy transition of inland and short-sea shipping and advises regional governments in Austria and Bavaria."),
 ("Stavros Mavromatis", "Deputy Regional Governor for Development", "Region of Central Macedonia",
  "Stavros is responsible for the regional smart specialisation strategy and the Thessaloniki innovation zone."),
 ("Maria-Christina Oikonomou", "moderator; journalist", "Axios Logistics Review",
  "Maria-Christina has covered shipping and logistics for fifteen years and moderates the closing panel."),
]
cards = "\n".join(f"""<div class="speaker">
 <h3>{n}</h3>
 <p class="position">{r}</p>
 <p class="affiliation">{o}</p>
 <p class="bio">{b}</p>
</div>""" for n, r, o, b in sp)
t = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Speakers – Smart Ports &amp; Logistics Forum 2032</title></head>
<body>
<header><div class="logo">SPLF 2032</div>
<nav><a href="/">Home</a> | <a href="/programme">Programme</a> | <a href="/speakers">Speakers</a> | <a href="/b2b">B2B meetings</a> | <a href="/venue">Venue</a> | <a href="/register">Register</a></nav></header>
<div class="breadcrumb">Home / Speakers</div>
<main>
<h1>Speakers</h1>
<p class="intro">The 4th Smart Ports &amp; Logistics Forum takes place on <strong>Thursday 23 and Friday 24 September 2032</strong>
at the Thessaloniki Concert Hall, Thessaloniki, Greece. It is organised by the Thermaikos Logistics Cluster (TLC) with
the Region of Central Macedonia and the Enterprise Europe Network Greece. Meet the speakers confirmed so far – more
names will be added in the coming weeks.</p>
<div class="filters">Filter: <a>All</a> · <a>Keynotes</a> · <a>Panels</a> · <a>Pitch session</a></div>
{cards}
<h2>About the programme</h2>
<p>Day one is dedicated to ports: how artificial intelligence changes berth and yard planning, what digital twins can
and cannot do for medium-sized terminals, and how the green-corridor initiatives along the Balkan rail routes affect
port hinterland traffic. Day two turns to the city: last-mile delivery, consolidation centres, cargo bikes and the
data that municipalities need to plan them. Each day ends with a moderated panel and a networking reception. On both
days, pre-arranged B2B meetings between logistics companies, technology providers and investors take place in the
foyer; the matchmaking tool opens four weeks before the forum.</p>
<p>All sessions are held in English with simultaneous interpretation into Greek. Presentations will be published on
this website after the event with the speakers' consent.</p>
<h2>Also on stage</h2>
<p>Pitch session jury: Dimitra Lazaridou (Thessaloniki Tech Angels), Alexandros Venizelos-Park (venture partner,
Aegean Ventures) and Kostas Mylonas (Hellenic Development Bank). The forum will be opened by the Mayor of Thessaloniki,
Pavlos Tsiftsis.</p>
<p>Want to speak at the next edition? Proposals for SPLF 2033 can be sent until 31 January 2033 to
<a href="mailto:programme@splf.example">programme@splf.example</a>.</p>
<p class="past">Previous editions: Thessaloniki 2029 · Kavala 2030 · Volos 2031</p>
</main>
<footer><p>Smart Ports &amp; Logistics Forum is an initiative of the Thermaikos Logistics Cluster · 26is Oktovriou 99, 546 27 Thessaloniki</p>
<p><a href="/privacy">Privacy</a> · <a href="/cookies">Cookie settings</a> · © TLC 2032</p></footer>
</body></html>
"""
write_doc(fn, t)
write_gold(fn, None, [
 P("Eleni Papadopoulou-Rizou", "Director General", "Thermaikos Logistics Cluster"),
 P("Georgios Anagnostou", "Professor of Transport Systems", "Aristotle University of Thessaloniki"),
 P("Hanna Vogelsang", "Policy Officer, Clusters and Industrial Ecosystems", "DG GROW"),
 P("Nikos Stavridis", "Chief Digital Officer", "ThermaPort S.A."),
 P("Ioanna Karagianni", "founder & CEO", "Dromiko"),
 P("Luca De Santis", "Head of Innovation", "Consorzio Logistico Adriatico"),
 P("Zeynep Aydın-Müller", "Senior Analyst", "Donau Logistik Institut GmbH"),
 P("Stavros Mavromatis", "Deputy Regional Governor for Development", "Region of Central Macedonia"),
 P("Maria-Christina Oikonomou", "moderator", "Axios Logistics Review"),
 P("Dimitra Lazaridou", None, "Thessaloniki Tech Angels"),
 P("Alexandros Venizelos-Park", "venture partner", "Aegean Ventures"),
 P("Kostas Mylonas", None, "Hellenic Development Bank"),
 P("Pavlos Tsiftsis", "Mayor of Thessaloniki", None),
],[
 O("Thermaikos Logistics Cluster", "TLC"), O("European Clusters Alliance"), O("Aristotle University of Thessaloniki"),
 O("Port Informatics Lab"), O("European Commission"), O("DG GROW"), O("European Cluster Collaboration Platform"),
 O("ThermaPort S.A."), O("Dromiko"), O("EIT Urban Mobility"), O("Consorzio Logistico Adriatico"),
 O("Donau Logistik Institut GmbH"), O("Region of Central Macedonia"), O("Axios Logistics Review"),
 O("Enterprise Europe Network Greece"), O("Thessaloniki Tech Angels"), O("Aegean Ventures"), O("Hellenic Development Bank"),
],[
 E("Smart Ports & Logistics Forum", "2032-09-23", "2032-09-24", "Thessaloniki", "Greece"),
 E("Smart Ports & Logistics Forum 2029", "2029", "2029", "Thessaloniki", "Greece"),
 E("Smart Ports & Logistics Forum 2030", "2030", "2030", "Kavala", "Greece"),
 E("Smart Ports & Logistics Forum 2031", "2031", "2031", "Volos", "Greece"),
 E("SPLF 2033", None, None, None, None),
],["2032-09-23/2032-09-24","2027","2029","2030","2031","2033-01-31"])
