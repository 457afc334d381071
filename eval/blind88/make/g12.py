import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from h import *
F = 'g12.html'
qa = [
 ("You took over the Luxembourg Space Materials Cluster in January. What did you find?",
  "A community that works well but talks mostly to itself. We have 74 members, from the big satellite operators to two-person start-ups in Esch-sur-Alzette, and they know each other very well. What they lack is contact with the steel, chemicals and automotive suppliers next door in Lorraine, Saarland and Wallonia, who could become their suppliers or their customers. My first job is to open the doors of the cluster to the Greater Region."),
 ("You spent ten years in industry before this. Does that help?",
  "It helps me understand why a managing director does not answer an e-mail from a cluster. At Ceratizit I was the one receiving invitations to workshops and throwing most of them away. So we will do fewer events, and each one must end with something a company can use on Monday morning: a contact, a test slot in a lab, a funding route."),
 ("Who is on your team now?",
  "We are six. Raphaël Kieffer is my deputy and runs the member services; Dr. Ines Carvalho manages the research projects with the Luxembourg Institute of Science and Technology (LIST) and the University of Luxembourg; Tom Weis looks after internationalisation; Svenja Hartmann does communication, and Carole Bintner keeps everything running. I also inherited an excellent board chaired by Yves Frieden from SES Techcom, and we work daily with our host, Luxinnovation, whose CEO Anne Kremer-Wolff has been very supportive."),
 ("What happened to your predecessor?",
  "Marc Thilges built the cluster from nothing in 2031 and has now moved to the Luxembourg Space Agency (LSA) as head of industrial programmes, so he is still very close to us. We have lunch once a month and I steal his ideas."),
 ("The cluster was recently evaluated. What came out?",
  "The external evaluation by Technopolis Group, presented to the board on 12 March 2040, was positive, but it was honest about our weaknesses. I asked that its conclusions be published on our website, and we will report on each one at the general assembly."),
 ("Many clusters struggle to finance themselves. How is LSMC funded?",
  "Roughly half of our budget comes from the national cluster programme through Luxinnovation, a quarter from membership fees and the rest from European projects. That is exactly what the evaluators criticised: if the public contract changes, we are in trouble. I want membership fees and paid services, such as access to shared testing equipment and tailored supplier searches, to cover at least forty per cent of our costs within three years. Members have told me they are ready to pay for services that save them time, as long as they can see the result."),
 ("What is the first big date in your calendar?",
  "The Space Resources Week in Luxembourg-Kirchberg from 5 to 7 May 2040, where we organise the supplier day on the 6th. Then our general assembly on 18 June. And in autumn we will travel with twelve members to Toulouse for the Space Business Days."),
 ("And personally? Any hobby left?",
  "I run, badly, and I sing in a choir in Differdange. Both teach you that nobody performs alone."),
]
body = ''.join(f"<h3>{q}</h3>\n<p>{a}</p>\n" for q, a in qa)
t = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>"A cluster must be useful on Monday morning" – interview with Nadia Thill | LSMC</title></head>
<body>
<div class="cookie-bar">We use cookies to improve your experience. <a href="#">OK</a> <a href="#">More info</a></div>
<header><nav>Home | About | Members | Working groups | Events | <b>News</b> | Join | Contact | FR | DE</nav></header>
<main><article>
<p class="kicker">INTERVIEW · Cluster life</p>
<h1>"A cluster must be useful on Monday morning"</h1>
<p class="byline">By Svenja Hartmann · {day(2040,3,27)}, 27 March 2040 · 6 min read</p>
<p class="lead">Nadia Thill became cluster manager of the Luxembourg Space Materials Cluster (LSMC) on 6 January 2040. An engineer by training, she spent a decade in powder metallurgy at Ceratizit before joining the cluster. We asked her about her first hundred days, her team and her plans.</p>
<figure><img src="thill.jpg" alt="Nadia Thill"><figcaption>Nadia Thill at the Technoport in Esch-sur-Alzette. Photo: © LSMC / Jeff Muller</figcaption></figure>
{body}
<h2>Box: the evaluation's main conclusions</h2>
<ul>
<li>The cluster's services are highly valued by start-ups but little used by established SMEs.</li>
<li>Cross-border cooperation within the Greater Region remains below potential.</li>
<li>Members ask for more access to test infrastructure and fewer general networking events.</li>
<li>The cluster's funding model depends too heavily on a single public contract.</li>
</ul>
<h2>Nadia Thill in brief</h2>
<p>Born 1993 in Differdange · MSc Materials Engineering, RWTH Aachen · 2029–2039: process engineer, then R&amp;D programme manager, Ceratizit · since 2040: Cluster Manager, LSMC · member of the board of the Luxembourg Association of Women Engineers.</p>
<h2>Upcoming events</h2>
<ul>
<li>5–7 May 2040 · Space Resources Week · European Convention Center Luxembourg</li>
<li>{day(2040,5,6)} 6 May 2040 · LSMC Supplier Day (within the Space Resources Week)</li>
<li>{day(2040,6,18)} 18 June 2040, 16:00 · LSMC General Assembly · House of Startups, Luxembourg</li>
</ul>
</article></main>
<aside><p>Related: <a href="#">Marc Thilges joins the Luxembourg Space Agency (15.12.2039)</a> · <a href="#">Call for members of the working group on coatings</a></p></aside>
<div class="share">Share this article: LinkedIn · X · E-mail</div>
<footer>Luxembourg Space Materials Cluster · managed by Luxinnovation GIE · 5, avenue des Hauts-Fourneaux, L-4362 Esch-sur-Alzette · Legal notice · Privacy · Cookies</footer>
</body></html>
"""
write(F, t)
L = 'Luxembourg Space Materials Cluster'
people = [P('Nadia Thill', 'Cluster Manager', 'LSMC'), P('Svenja Hartmann', None, L),
 P('Raphaël Kieffer', 'deputy', L), P('Ines Carvalho', None, L), P('Tom Weis', None, L), P('Carole Bintner', None, L),
 P('Yves Frieden', 'chair', 'Luxembourg Space Materials Cluster'), P('Anne Kremer-Wolff', 'CEO', 'Luxinnovation'),
 P('Marc Thilges', 'head of industrial programmes', 'Luxembourg Space Agency'), P('Jeff Muller', None, None)]
orgs = [O(L, 'LSMC'), O('Ceratizit'), O('Luxembourg Institute of Science and Technology', 'LIST'), O('University of Luxembourg'),
 O('SES Techcom'), O('Luxinnovation GIE'), O('Luxembourg Space Agency', 'LSA'), O('Technopolis Group'),
 O('RWTH Aachen'), O('Luxembourg Association of Women Engineers'), O('Technoport'), O('House of Startups')]
events = [E('Space Resources Week', '2040-05-05', '2040-05-07', 'Luxembourg', 'Luxembourg'),
 E('LSMC Supplier Day', '2040-05-06', None, 'Luxembourg', 'Luxembourg'),
 E('LSMC General Assembly', '2040-06-18', None, 'Luxembourg', 'Luxembourg'),
 E('Space Business Days', None, None, 'Toulouse', 'France')]
dates = ['2040-03-27', '2040-01-06', '2031', '2040-03-12', '2040-05-05/2040-05-07', '2040-05-06', '2040-06-18', '1993',
 '2029/2039', '2040', '2039-12-15', '2040-01']
km = ["The cluster's services are highly valued by start-ups but little used by established SMEs",
 'Cross-border cooperation within the Greater Region remains below potential',
 'Members ask for more access to test infrastructure and fewer general networking events',
 "The cluster's funding model depends too heavily on a single public contract"]
gold(F, people, orgs, events, dates, km, pub='2040-03-27')
