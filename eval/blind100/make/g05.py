from h import *
F = 'g05_midwest_medtech_member_directory.html'
assert wd(2036,5,21)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Member Directory – Mid-West MedTech Cluster</title></head>
<body>
<div class="cookie">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
<header><span class="logo">Mid-West MedTech Cluster</span>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/directory">Member Directory</a></li><li><a href="/events">Events</a></li><li><a href="/join">Join</a></li><li><a href="/contact">Contact</a></li></ul></header>
<main>
<h1>Member Directory</h1>
<p class="intro">The Mid-West MedTech Cluster (MWMC) brings together 64 companies, research centres and public bodies in Limerick, Clare and Tipperary and their partners abroad. The directory below lists full and associate members as of 1 March 2036. Use the filters to narrow the list by segment or county. Members who wish to update their entry should contact the cluster office.</p>
<form>Segment: <select><option>All</option><option>Devices</option><option>Components</option><option>Software</option><option>Services</option><option>Research</option></select> County: <select><option>All</option><option>Limerick</option><option>Clare</option><option>Tipperary</option><option>International</option></select> <button>Filter</button></form>

<h2>Full members – Devices and components</h2>
<ul class="directory">
<li><strong>Shannon Catheter Systems Ltd</strong> (Shannon, Ireland) – single-use catheters and guidewires; contact: Niamh O'Dwyer, Operations Director</li>
<li><strong>Castletroy Orthopaedics Ltd</strong> (Limerick, Ireland) – knee and hip implants, machining of titanium</li>
<li><strong>Ardnacrusha Precision Moulding Ltd</strong> (Ardnacrusha, Ireland) – clean-room injection moulding for medical plastics</li>
<li><strong>Nenagh Sterile Packaging DAC</strong> (Nenagh, Ireland) – sterile barrier systems and pouches</li>
<li><strong>Ennis Sensor Technologies Ltd</strong> (Ennis, Ireland) – pressure and flow sensors for respiratory devices; contact: Dr. Conor Mac Mahon, Chief Technology Officer</li>
<li><strong>Medizintechnik Allgäu GmbH</strong> (Kempten, Germany) – associate member, precision tubing</li>
<li><strong>Tecnomed Ibérica S.L.</strong> (Zaragoza, Spain) – associate member, surgical staplers</li>
</ul>

<h2>Full members – Software and digital health</h2>
<ul class="directory">
<li><strong>Kilmallock Digital Health Ltd</strong> (Kilmallock, Ireland) – remote monitoring platforms</li>
<li><strong>Thomond Data Labs Ltd</strong> (Limerick, Ireland) – regulatory software for device files; contact: Aoife Brennan, Managing Director</li>
<li><strong>QualiTrace Oy</strong> (Oulu, Finland) – associate member, traceability software</li>
</ul>

<h2>Full members – Services</h2>
<ul class="directory">
<li><strong>Clare Regulatory Consultants Ltd</strong> (Ennis, Ireland) – CE marking, clinical evaluation, MDR audits</li>
<li><strong>Roscrea Logistics Unlimited Company</strong> (Roscrea, Ireland) – cold-chain and validated transport</li>
<li><strong>Fitzgerald &amp; Hogan Solicitors LLP</strong> (Limerick, Ireland) – intellectual property and contracts</li>
<li><strong>Sterilis Benelux B.V.</strong> (Venlo, Netherlands) – associate member, ethylene-oxide and gamma sterilisation</li>
</ul>

<h2>Research and education members</h2>
<ul class="directory">
<li><strong>University of Limerick</strong> (Limerick, Ireland) – School of Engineering and the Bernal Institute; contact: Prof. Siobhán Ní Bhriain, Vice-President Research</li>
<li><strong>Technological University of the Shannon: Midlands Midwest</strong> (Limerick, Ireland) – applied polymer research</li>
<li><strong>Irish Manufacturing Research</strong> (Mullingar, Ireland) – associate member</li>
</ul>

<h2>Public and support bodies</h2>
<ul class="directory">
<li><strong>Limerick City and County Council</strong> (Limerick, Ireland)</li>
<li><strong>Local Enterprise Office Clare</strong> (Ennis, Ireland)</li>
<li><strong>Enterprise Ireland</strong> (Dublin, Ireland) – observer</li>
</ul>

<h2>New members</h2>
<p>The cluster welcomed four new members at its spring meeting on Wednesday, 21 May 2036 in Limerick: Ardnacrusha Precision Moulding Ltd, Nenagh Sterile Packaging DAC, QualiTrace Oy and Sterilis Benelux B.V. Cluster manager Declan Ryan said the arrival of two foreign associate members showed that "the region is now a place that suppliers from the rest of Europe want to be close to".</p>

<h2>Legal forms used in this directory</h2>
<p>Ltd = private company limited by shares; DAC = designated activity company; LLP = limited liability partnership; GmbH = Gesellschaft mit beschränkter Haftung; S.L. = sociedad limitada; Oy = osakeyhtiö; B.V. = besloten vennootschap.</p>

<div class="contact"><h3>Cluster office</h3>
<p>Declan Ryan, Cluster Manager · declan.ryan@mwmc.example.ie · +353 61 000 220<br>
Orla Guerin, Membership Officer · membership@mwmc.example.ie · +353 61 000 221<br>
Mid-West MedTech Cluster CLG, Plassey Park Road, Limerick V94 0000</p></div>
<p>Membership is open to any organisation with an operation or a supply relationship in the Mid-West region. Associate members abroad pay a reduced fee and take part in the cluster's supplier days and buyer missions.</p>
<p class="updated">Directory last updated 2 June 2036.</p>
<p><a href="#">Share on LinkedIn</a> | <a href="#">Print this page</a> | <a href="#top">Back to top</a></p>
</main>
<footer>© 2036 Mid-West MedTech Cluster CLG. Registered in Ireland. <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></footer>
</body></html>
"""
write(F, T)
# third pass: the fullest name used in the text (address line, copyright), legal form kept as for the members (SCHEMA)
C = "Mid-West MedTech Cluster CLG"
gold(F,
 [P("Niamh O'Dwyer","Operations Director","Shannon Catheter Systems Ltd"),
  P("Conor Mac Mahon","Chief Technology Officer","Ennis Sensor Technologies Ltd"),
  P("Aoife Brennan","Managing Director","Thomond Data Labs Ltd"),
  P("Siobhán Ní Bhriain","Vice-President Research","University of Limerick"),
  P("Declan Ryan","Cluster Manager",C), P("Orla Guerin","Membership Officer",C)],
 [O(C,"MWMC"), O("Shannon Catheter Systems Ltd"), O("Castletroy Orthopaedics Ltd"), O("Ardnacrusha Precision Moulding Ltd"),
  O("Nenagh Sterile Packaging DAC"), O("Ennis Sensor Technologies Ltd"), O("Medizintechnik Allgäu GmbH"),
  O("Tecnomed Ibérica S.L."), O("Kilmallock Digital Health Ltd"), O("Thomond Data Labs Ltd"), O("QualiTrace Oy"),
  O("Clare Regulatory Consultants Ltd"), O("Roscrea Logistics Unlimited Company"), O("Fitzgerald & Hogan Solicitors LLP"),
  O("Sterilis Benelux B.V."), O("University of Limerick"), O("School of Engineering"), O("Bernal Institute"),
  O("Technological University of the Shannon: Midlands Midwest"), O("Irish Manufacturing Research"),
  O("Limerick City and County Council"), O("Local Enterprise Office Clare"), O("Enterprise Ireland")],
 [E("spring meeting","2036-05-21",None,"Limerick","Ireland")],
 ["2036-03-01","2036-05-21","2036-06-02"], [], "2036-06-02")
