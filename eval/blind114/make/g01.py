from h import *
F = 'g01_kiel_maritime_cluster_team.html'
assert wd(2038,2,24)=='Wednesday' and wd(2038,5,14)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Team &amp; Board | Maritime Cluster Schleswig-Holstein</title></head>
<body>
<div class="cookie">We use cookies to analyse traffic on this site. <a href="/privacy">Privacy policy</a> <button>OK</button> <button>Settings</button></div>
<header><p class="brand">MCSH · Maritime Cluster Schleswig-Holstein e.V.</p>
<nav><a href="/">Home</a> | <a href="/cluster">The cluster</a> | <a href="/team">Team</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/events">Events</a> | <a href="/de">Deutsch</a></nav></header>
<main>
<p class="crumbs">Home &rsaquo; The cluster &rsaquo; Team &amp; Board</p>
<h1>Our team and board</h1>
<p>The Maritime Cluster Schleswig-Holstein e.V. (MCSH) brings together 214 shipyards, suppliers, ports, research institutes and service companies between Flensburg, Kiel and Lübeck. The cluster office in Kiel has eight staff; strategic decisions are taken by an honorary board elected by the members for three years.</p>

<h2>Cluster management</h2>
<ul>
<li><strong>Dr. Henrike Asmussen</strong> – Managing Director. Henrike has led the cluster office since 2033. Before that she was head of the technology transfer office of Kiel University (2026–2033) and worked for six years at the shipbuilder German Naval Yards Kiel. <a href="/team/asmussen">Profile</a></li>
<li><strong>Jan-Ole Petersen</strong> – Deputy Managing Director and Head of Projects. Responsible for the EU project portfolio, including the Interreg Baltic Sea Region project GREENPORTS-BSR. <a href="/team/petersen">Profile</a></li>
<li><strong>Małgorzata Wiśniewska-Holm</strong> – Project Manager, Offshore and Hydrogen. Joined MCSH from the Gdańsk-based Baltic Sea Clean Energy Cluster in 2036.</li>
<li><strong>Sönke Thordsen</strong> – Project Manager, Maritime Digitalisation.</li>
<li><strong>Aylin Karaca</strong> – Communication and Events.</li>
<li><strong>Finnja van der Velde</strong> – Internationalisation Manager (parental leave until 30 June 2038; deputy: Sönke Thordsen).</li>
<li><strong>Malte Brodersen</strong> – Office Manager and Membership Services.</li>
</ul>

<h2>Board</h2>
<p>The current board was elected at the General Assembly on Wednesday 24 February 2038 in the Kiel Chamber of Commerce for the term 2038–2041. It consists of:</p>
<table>
<tr><th>Office</th><th>Name</th><th>Company / institution</th></tr>
<tr><td>Chair</td><td>Kristian Møller-Jepsen</td><td>Flensburger Schiffbau-Gesellschaft mbH &amp; Co. KG</td></tr>
<tr><td>Vice-Chair</td><td>Prof. Dr. Annegret LÜTJENS</td><td>GEOMAR Helmholtz Centre for Ocean Research Kiel</td></tr>
<tr><td>Treasurer</td><td>Torsten Ketelsen</td><td>Förde Sparkasse</td></tr>
<tr><td>Board member</td><td>Rieke Hansen-Oldag</td><td>Port of Lübeck (Lübecker Hafen-Gesellschaft mbH)</td></tr>
<tr><td>Board member</td><td>Dr. Piet de Boer</td><td>Raytheon Anschütz GmbH</td></tr>
<tr><td>Board member</td><td>Gesa Lorenzen</td><td>Kiel University of Applied Sciences</td></tr>
</table>
<p>The board thanks outgoing Chair Dirk Harms, who served from 2029 to 2038 and was made an honorary member of the association at the same meeting.</p>

<h2>Advisory council</h2>
<p>The advisory council meets twice a year. Its members are nominated by the Ministry of Economic Affairs, Transport, Labour, Technology and Tourism of Schleswig-Holstein, the Wirtschaftsförderung und Technologietransfer Schleswig-Holstein GmbH (WTSH) and IHK Schleswig-Holstein. The next advisory council meeting will take place on Friday 14 May 2038 in Rendsburg.</p>

<h2>Working groups</h2>
<p>Much of the cluster's work happens in three working groups that are open to all members and meet every two months, alternately in Kiel and Lübeck:</p>
<ul>
<li>Green Shipping – led by Dr. Lena Voss, Head of R&amp;D at Becker Marine Systems</li>
<li>Ports and Logistics – led by Hauke Jessen (Brunsbüttel Ports GmbH)</li>
<li>Maritime Skills – led by the cluster office together with the Flensburg University of Applied Sciences</li>
</ul>
<p>New members who want to join a working group simply contact the office; there is no extra fee. Minutes of past meetings are available in the members' area.</p>

<div class="box">
<h3>Meet us</h3>
<p>The cluster team will be at the Maritime Cluster Day Northern Germany 2038 on 7–8 September 2038 in Hamburg and at SMM, the shipbuilding fair in Hamburg, in September 2038. Appointments via <a href="mailto:office@mcsh.example.de">office@mcsh.example.de</a>.</p>
</div>

<h2>Work with us</h2>
<p>We are looking for a <em>Project Manager Ports and Logistics</em> (full time, Kiel). Applications by 31 March 2038. <a href="/jobs">Read more</a></p>
</main>
<footer><p>Maritime Cluster Schleswig-Holstein e.V. · Wissenschaftspark, Fraunhoferstraße 13, 24118 Kiel · Register of associations: Amtsgericht Kiel VR 0000 KI</p>
<p>Funded by the State of Schleswig-Holstein. © MCSH · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a></p>
<p>Share: <a href="#">LinkedIn</a> · <a href="#">Mastodon</a> · <a href="#">E-mail</a></p></footer>
</body></html>
"""
write(F, T)
M="Maritime Cluster Schleswig-Holstein e.V."
gold(F,
 [P("Henrike Asmussen","Managing Director",M),
  P("Jan-Ole Petersen","Deputy Managing Director and Head of Projects",M),
  P("Małgorzata Wiśniewska-Holm","Project Manager, Offshore and Hydrogen",M),
  P("Sönke Thordsen","Project Manager, Maritime Digitalisation",M),
  P("Aylin Karaca","Communication and Events",M),
  P("Finnja van der Velde","Internationalisation Manager",M),
  P("Malte Brodersen","Office Manager and Membership Services",M),
  P("Kristian Møller-Jepsen","Chair",M),
  P("Annegret LÜTJENS","Vice-Chair",M),
  P("Torsten Ketelsen","Treasurer",M),
  P("Rieke Hansen-Oldag","Board member",M),
  P("Piet de Boer","Board member",M),
  P("Gesa Lorenzen","Board member",M),
  P("Dirk Harms","Chair",M),
  P("Lena Voss","Head of R&D","Becker Marine Systems"),
  P("Hauke Jessen",None,"Brunsbüttel Ports GmbH")],
 [O(M,"MCSH"), O("Kiel University"), O("German Naval Yards Kiel"), O("Baltic Sea Clean Energy Cluster"),
  O("Kiel Chamber of Commerce"),
  O("Flensburger Schiffbau-Gesellschaft mbH & Co. KG"), O("GEOMAR Helmholtz Centre for Ocean Research Kiel"),
  O("Förde Sparkasse"), O("Lübecker Hafen-Gesellschaft mbH"), O("Raytheon Anschütz GmbH"),
  O("Kiel University of Applied Sciences"),
  O("Ministry of Economic Affairs, Transport, Labour, Technology and Tourism of Schleswig-Holstein"),
  O("Wirtschaftsförderung und Technologietransfer Schleswig-Holstein GmbH","WTSH"), O("IHK Schleswig-Holstein"),
  O("Amtsgericht Kiel"), O("Becker Marine Systems"), O("Brunsbüttel Ports GmbH"), O("Flensburg University of Applied Sciences"), O("State of Schleswig-Holstein")],
 [E("General Assembly","2038-02-24",None,"Kiel","Germany"),
  E("advisory council meeting","2038-05-14",None,"Rendsburg","Germany"),
  E("Maritime Cluster Day Northern Germany 2038","2038-09-07","2038-09-08","Hamburg","Germany"),
  E("SMM","2038-09",None,"Hamburg","Germany")],
 ["2033","2026/2033","2036","2038-06-30","2038-02-24","2038/2041","2029/2038","2038-05-14","2038-09-07/2038-09-08","2038-09","2038-03-31"],
 [])
