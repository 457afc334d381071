from h import *
F = 'malta-aviation-cluster-about-us.html'
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>About us – Malta Aviation & Aerospace Cluster</title></head>
<body>
<div class="cookie-notice">This website uses cookies to analyse traffic and remember your preferences. By continuing to browse you accept our <a href="/cookies">cookie policy</a>. <button>OK</button> <button>Manage</button></div>
<header><img src="/logo.svg" alt="MAAC logo">
<nav><a href="/">Home</a> · <a href="/about" class="active">About us</a> · <a href="/members">Members</a> · <a href="/academy">Skills Academy</a> · <a href="/events">Events</a> · <a href="/news">News</a> · <a href="/join">Join</a> · <a href="/mt">Malti</a></nav></header>
<main>
<h1>About us</h1>
<p class="lead">The Malta Aviation &amp; Aerospace Cluster (MAAC) is the industry-led network of the aviation maintenance, repair and overhaul (MRO), aircraft leasing, training and aerospace services sector in Malta and Gozo. We connect 73 member organisations employing more than 6,800 people.</p>

<h2>Our history</h2>
<p><strong>2029 – The idea.</strong> In spring 2029 a group of MRO companies at Malta International Airport met at the invitation of the Malta Chamber of Commerce, Enterprise and Industry to discuss a shared problem: they could not find enough licensed engineers. Over the following months the group, chaired by Joseph Camilleri of Luqa Aero Engineering Ltd, drew up a plan for a joint training academy and a permanent cooperation structure.</p>
<p><strong>2030 – Foundation.</strong> The Malta Aviation &amp; Aerospace Cluster was founded as a voluntary organisation on {wd(2030,3,14)} 14 March 2030 at the Malta Chamber's premises in Valletta. The statutes were signed by twelve founding members (see below). Joseph Camilleri was elected the first President, and Dr. Rebecca Zammit-Borg, a former official of the Malta Business Bureau in Brussels, was appointed the first cluster manager.</p>
<p><strong>2031 – The Skills Academy.</strong> With support from Malta Enterprise and the European Social Fund+, the cluster opened the MAAC Skills Academy in Ħal Far in October 2031, in partnership with the Malta College of Arts, Science and Technology (MCAST). By the end of 2035 it had trained 1,140 technicians and engineers.</p>
<p><strong>2033 – Going European.</strong> MAAC joined the European Aerospace Cluster Partnership (EACP) in 2033 and led its first Interreg Euro-MED project on sustainable aviation fuels for islands. In the same year it received the Bronze Label of the European Cluster Excellence Initiative.</p>
<p><strong>2034 – New leadership.</strong> After two terms, Joseph Camilleri handed over the presidency to Ing. Claudia Vella-Grech, chief executive of Mediterranean Avionics Services Ltd, at the general meeting on {wd(2034,4,27)} 27 April 2034. Camilleri remains honorary president. In September 2034 Dr. Zammit-Borg moved to the Ministry for the Economy, Enterprise and Strategic Projects, and Matthew Agius took over as cluster manager.</p>
<p><strong>2036 – Today.</strong> MAAC has 73 members, a team of six and a strategy for 2036–2040 that focuses on skills, sustainable aviation and the growth of space-related services. The 7th Malta Aviation Summit will take place on {wd(2036,11,12)} 12–{wd(2036,11,13)} 13 November 2036 at the Mediterranean Conference Centre in Valletta.</p>

<h2>Founding members</h2>
<p>The twelve organisations that signed the founding statutes in March 2030 were:</p>
<ol>
<li>Luqa Aero Engineering Ltd</li>
<li>Mediterranean Avionics Services Ltd</li>
<li>SR Technics Malta Ltd</li>
<li>Lufthansa Technik Malta Ltd</li>
<li>Air Malta Engineering (now KM Malta Airlines Technical Services)</li>
<li>Gozo Composites Ltd</li>
<li>Falcon Aircraft Leasing plc</li>
<li>Aviation Training Academy Malta Ltd</li>
<li>Medavia Ltd</li>
<li>Institute of Aerospace Technologies, University of Malta</li>
<li>Malta College of Arts, Science and Technology (MCAST)</li>
<li>Malta Chamber of Commerce, Enterprise and Industry</li>
</ol>

<h2>How we are organised</h2>
<p>The General Meeting of members elects a Board of nine directors for three years. The current Board (2034–2037) is chaired by Claudia Vella-Grech; the vice-presidents are Mark Spiteri Debono (Lufthansa Technik Malta Ltd) and Prof. Ing. David Zammit (Institute of Aerospace Technologies, University of Malta). The treasurer is Anne-Marie Scicluna (Falcon Aircraft Leasing plc) and the company secretary is Dr. Karl Grech Orr, advocate.</p>
<p>The cluster team is led by Matthew Agius, cluster manager. He is supported by Rachel Farrugia (Skills Academy coordinator), Luca Bonanno (projects and EU funding), Nadine Cassar (membership and events) and two academy instructors.</p>

<h2>Our mission</h2>
<p>We help Malta's aviation and aerospace companies grow by developing skills, promoting the sector abroad, and bringing firms, researchers and public authorities together on shared challenges. We speak for the sector towards Transport Malta's Civil Aviation Directorate, the Government of Malta and the European institutions.</p>

<h2>Membership</h2>
<p>Full membership is open to companies and organisations with an operational base in Malta or Gozo that are active in aviation, aerospace or related services. Foreign companies without a Maltese base may join as associate members. Applications are reviewed by the Board at its next meeting; members pay an annual fee based on their number of employees. Members take part in four working groups – Skills, Sustainable Aviation, Space and Regulation – and receive priority access to places at the Skills Academy.</p>
<h2>Partners</h2>
<p>We work closely with Malta Enterprise, the Malta Chamber of Commerce, Enterprise and Industry, Transport Malta, the University of Malta and MCAST, and with aerospace clusters in Toulouse (Aerospace Valley), Hamburg (Hamburg Aviation e.V.) and Apulia (Distretto Tecnologico Aerospaziale, DTA).</p>
<p class="photo-credit">Photos: Kevin Abela / MAAC; founding ceremony 2030: Malta Chamber archive.</p>
</main>
<footer>Malta Aviation &amp; Aerospace Cluster · Triq il-Kunsill tal-Ewropa, Luqa LQA 9011 · VO/2147 · info@maac.org.mt<br>© 2036 MAAC · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></footer>
</body></html>
"""
write(F, T)
gold(F, [P('Joseph Camilleri','honorary president','Luqa Aero Engineering Ltd'), P('Rebecca Zammit-Borg','cluster manager','Malta Aviation & Aerospace Cluster'),
 P('Claudia Vella-Grech','chief executive','Mediterranean Avionics Services Ltd'), P('Matthew Agius','cluster manager','Malta Aviation & Aerospace Cluster'),
 P('Mark Spiteri Debono','vice-president','Malta Aviation & Aerospace Cluster'), P('David Zammit','vice-president','Malta Aviation & Aerospace Cluster'),
 P('Anne-Marie Scicluna','treasurer','Malta Aviation & Aerospace Cluster'), P('Karl Grech Orr','company secretary',None),
 P('Rachel Farrugia','Skills Academy coordinator','Malta Aviation & Aerospace Cluster'), P('Luca Bonanno','projects and EU funding','Malta Aviation & Aerospace Cluster'),
 P('Nadine Cassar','membership and events','Malta Aviation & Aerospace Cluster'), P('Kevin Abela',None,'MAAC')],
 [O('Malta Aviation & Aerospace Cluster','MAAC'), O('Malta Chamber of Commerce, Enterprise and Industry'), O('Luqa Aero Engineering Ltd'),
  O('Malta Business Bureau'), O('Malta Enterprise'), O('European Social Fund+') if False else O('MAAC Skills Academy'), O('Malta College of Arts, Science and Technology','MCAST'),
  O('European Aerospace Cluster Partnership','EACP'), O('European Cluster Excellence Initiative'), O('Mediterranean Avionics Services Ltd'),
  O('Ministry for the Economy, Enterprise and Strategic Projects'), O('SR Technics Malta Ltd'), O('Lufthansa Technik Malta Ltd'),
  O('Air Malta Engineering'), O('KM Malta Airlines Technical Services'), O('Gozo Composites Ltd'), O('Falcon Aircraft Leasing plc'), O('Aviation Training Academy Malta Ltd'),
  O('Medavia Ltd'), O('Institute of Aerospace Technologies, University of Malta'), O("Transport Malta"), O("Civil Aviation Directorate"), O('Government of Malta'),
  O('University of Malta'), O('Aerospace Valley'), O('Hamburg Aviation e.V.'), O('Distretto Tecnologico Aerospaziale','DTA')],
 [E('7th Malta Aviation Summit','2036-11-12','2036-11-13','Valletta','Malta'), E('general meeting','2034-04-27','2034-04-27',None,None), E('founding ceremony','2030-03-14','2030-03-14','Valletta','Malta')],
 ['2029','2030','2030-03-14','2031','2031-10','2035','2033','2034','2034-04-27','2034-09','2036','2036/2040','2036-11-12/2036-11-13','2030-03','2034/2037'])
