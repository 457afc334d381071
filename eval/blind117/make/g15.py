from h import *
F = 'g15_kotor_adriatic_blue_matchmaking_agenda.html'
assert wd(2038,5,19)=='Wednesday' and wd(2038,5,20)=='Thursday' and wd(2038,5,21)=='Friday' and wd(2038,4,30)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Adriatic-Ionian Blue Cluster Matchmaking 2038 – Kotor</title></head>
<body>
<div class="cookies">We use only technical cookies. <a href="/cookies">Details</a> <button>Close</button></div>
<header><p>Adriatic-Ionian Network of Blue Economy Clusters (AI-BLUE)</p>
<nav><a href="/">Home</a> / <a href="/network">The network</a> / <a href="/events">Events</a> / <a href="/b2b">B2B platform</a> / <a href="/contact">Contact</a></nav></header>
<main>
<h1>5th Adriatic-Ionian Blue Cluster Matchmaking</h1>
<p class="when"><strong>19–21 May 2038 · Kotor, Montenegro</strong> · Venue: Hotel Cattaro, Old Town · Languages: English (interpretation into Montenegrin on day 1)</p>
<p>The matchmaking is the yearly meeting point of maritime, nautical, aquaculture and coastal tourism clusters of the EU Strategy for the Adriatic and Ionian Region (EUSAIR). This edition is hosted by the Montenegrin Maritime Cluster (Crnogorski pomorski klaster) together with the Chamber of Economy of Montenegro, with support from the EUSAIR Facility Point. Companies can book one-to-one meetings on the B2B platform until <strong>30 April 2038</strong>.</p>

<h2>Programme</h2>
<h3>Wednesday 19 May – Cluster day</h3>
<table>
<tr><td>14:00</td><td>Registration</td></tr>
<tr><td>15:00</td><td>Opening: Vesna Radulović-Marchetti, President of the Montenegrin Maritime Cluster; Dr. Aleksandar Đukanović, State Secretary, Ministry of Maritime Affairs of Montenegro; Paolo Cacciatore, Head of the EUSAIR Facility Point</td></tr>
<tr><td>15:45</td><td>Panel: "Green ports and clean shipping in the Adriatic" – with Tea Bašić (Port of Rijeka Authority), Nikos Papadakis (Hellenic Marinas Association) and Arben Hoxha (Durrës Port Authority); moderator: Lucia Bellandi, Blue Italian Growth Cluster</td></tr>
<tr><td>17:30</td><td>Cluster-to-cluster meetings (cluster managers only)</td></tr>
<tr><td>20:00</td><td>Welcome reception on the Kotor waterfront, offered by the Municipality of Kotor</td></tr>
</table>
<h3>Thursday 20 May – Business day</h3>
<table>
<tr><td>09:00–13:00</td><td>B2B meetings (25 minutes each)</td></tr>
<tr><td>13:00</td><td>Lunch and exhibition of members' products</td></tr>
<tr><td>14:30–17:30</td><td>B2B meetings, continued</td></tr>
<tr><td>15:00</td><td>Parallel workshop: "Financing blue start-ups" – Ivana Šćekić, Investment and Development Fund of Montenegro, and Stefano Ruggiero-Vlahović, Interreg IPA Adriatic-Ionian Joint Secretariat</td></tr>
</table>
<h3>Friday 21 May – Visits</h3>
<table>
<tr><td>08:30</td><td>Company visits: Adriatic Shipyard Bijela and the mussel farms of Boka Kotorska (boat transfer)</td></tr>
<tr><td>13:00</td><td>End of programme</td></tr>
</table>

<h2>Who should come</h2>
<p>The event is designed for small companies and start-ups active in:</p>
<ul>
<li>boat building, refit and marine equipment</li>
<li>port services, logistics and clean shipping</li>
<li>aquaculture and seafood processing</li>
<li>blue tourism, marinas and cruise services</li>
</ul>
<p>Research centres, universities and regional agencies working with these sectors are welcome as well.</p>
<p>Cluster managers from all ten EUSAIR countries (Albania, Bosnia and Herzegovina, Croatia, Greece, Italy, Montenegro, North Macedonia, San Marino, Serbia, Slovenia) are invited to the cluster-to-cluster meetings on Wednesday afternoon.</p>

<h2>Previous editions</h2>
<ul>
<li>2034 – Koper (Slovenia), host: Slovenian Maritime Cluster</li>
<li>2035 – Igoumenitsa (Greece), host: Cluster of Epirus Aquaculture</li>
<li>2036 – Vlorë (Albania), host: Albanian Blue Economy Network</li>
<li>2037 – Rijeka (Croatia), host: Kvarner Nautical Cluster</li>
</ul>
<p>The 2037 edition in Rijeka brought together 174 participants and produced 312 B2B meetings. According to the follow-up survey, one in five participating companies signed a contract or a letter of intent with a partner from another country within six months, most often in marine equipment and in seafood distribution. Several cluster-to-cluster agreements signed in Rijeka, among them the one between the Kvarner Nautical Cluster and the Blue Italian Growth Cluster on joint training for yacht crews, are now being implemented.</p>

<h2>Fees and registration</h2>
<p>Participation is free of charge for members of AI-BLUE clusters; other companies pay EUR 120, which includes lunch on Thursday and the boat transfer. Registration closes on 10 May 2038. Hotel rooms at a reduced rate can be booked until 25 April 2038.</p>
<p>Contact: Milica Vujošević, event coordinator, Montenegrin Maritime Cluster · b2b@ai-blue.example.me</p>
<p>Organised with the support of the Enterprise Europe Network Montenegro.</p>
</main>
<footer><p>AI-BLUE – Adriatic-Ionian Network of Blue Economy Clusters · Secretariat: Kotor · <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
M="Montenegrin Maritime Cluster"
gold(F,
 [P("Vesna Radulović-Marchetti","President",M),
  P("Aleksandar Đukanović","State Secretary","Ministry of Maritime Affairs of Montenegro"),
  P("Paolo Cacciatore","Head","EUSAIR Facility Point"),
  P("Tea Bašić",None,"Port of Rijeka Authority"),
  P("Nikos Papadakis",None,"Hellenic Marinas Association"),
  P("Arben Hoxha",None,"Durrës Port Authority"),
  P("Lucia Bellandi","moderator","Blue Italian Growth Cluster"),
  P("Ivana Šćekić",None,"Investment and Development Fund of Montenegro"),
  P("Stefano Ruggiero-Vlahović",None,"Interreg IPA Adriatic-Ionian Joint Secretariat"),
  P("Milica Vujošević","event coordinator",M)],
 [O("Adriatic-Ionian Network of Blue Economy Clusters","AI-BLUE"), O(M), O("Chamber of Economy of Montenegro"),
  O("EUSAIR Facility Point"), O("Ministry of Maritime Affairs of Montenegro"), O("Port of Rijeka Authority"),
  O("Hellenic Marinas Association"), O("Durrës Port Authority"), O("Blue Italian Growth Cluster"), O("Municipality of Kotor"),
  O("Investment and Development Fund of Montenegro"), O("Interreg IPA Adriatic-Ionian Joint Secretariat"),
  O("Adriatic Shipyard Bijela"), O("Slovenian Maritime Cluster"), O("Cluster of Epirus Aquaculture"),
  O("Albanian Blue Economy Network"), O("Kvarner Nautical Cluster"), O("Enterprise Europe Network Montenegro")],
 [E("5th Adriatic-Ionian Blue Cluster Matchmaking","2038-05-19","2038-05-21","Kotor","Montenegro"),
  E("Cluster-to-cluster meetings","2038-05-19",None,"Kotor","Montenegro"),
  E("Welcome reception","2038-05-19",None,"Kotor","Montenegro"),
  E("B2B meetings","2038-05-20",None,"Kotor","Montenegro"),
  E("Financing blue start-ups","2038-05-20",None,"Kotor","Montenegro"),
  E("Company visits","2038-05-21",None,None,"Montenegro"),
  E("Adriatic-Ionian Blue Cluster Matchmaking","2034",None,"Koper","Slovenia"),
  E("Adriatic-Ionian Blue Cluster Matchmaking","2035",None,"Igoumenitsa","Greece"),
  E("Adriatic-Ionian Blue Cluster Matchmaking","2036",None,"Vlorë","Albania"),
  E("Adriatic-Ionian Blue Cluster Matchmaking","2037",None,"Rijeka","Croatia")],
 ["2038-05-19/2038-05-21","2038-04-30","2038-05-19","2038-05-20","2038-05-21","2034","2035","2036","2037","2038-05-10","2038-04-25"],
 [], pub=None)
