from h import *
F = 'g16_gyor_automotive_cluster_team_board.html'
assert wd(2041,5,23)=='Thursday' and wd(2041,4,9)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Team and Board – Western Hungarian Automotive Cluster</title></head>
<body>
<div id="cookie">We use cookies for statistics and to remember your language. <a href="/en/cookies">Settings</a> <button>Accept</button></div>
<header><a class="logo" href="/en">WHAC · Nyugat-magyarországi Autóipari Klaszter</a>
<nav><a href="/en">Home</a> | <a href="/en/about">About us</a> | <a href="/en/team" class="active">Team and Board</a> | <a href="/en/members">Members</a> | <a href="/en/projects">Projects</a> | <a href="/en/events">Events</a> | <a href="/en/news">News</a> | <a href="/en/contact">Contact</a> | <a href="/hu">HU</a> <a href="/en">EN</a> <a href="/de">DE</a></nav></header>
<main>
<p class="crumbs">Home › About us › Team and Board</p>
<h1>Team and Board</h1>
<p>The Western Hungarian Automotive Cluster (Nyugat-magyarországi Autóipari Klaszter, WHAC) was founded in Győr in 2029 by eleven suppliers, Széchenyi István University and the Győr-Moson-Sopron County Chamber of Commerce and Industry. Today it has 94 members in Győr-Moson-Sopron, Vas and Zala counties. The cluster is run by a small team in Győr and governed by a Board elected by the General Assembly for three years. The current Board was elected on 23 May 2041 for the term 2041–2044.</p>

<h2>Cluster management</h2>
<div class="cards">
<div class="card"><h3>Dr. Eszter Horváth-Nagy</h3><p>Managing Director</p><p>Strategy, Board relations, national and EU cluster policy. Before joining the cluster in 2036 she was head of the automotive research centre at Széchenyi István University.</p><p>+36 96 000 001 · horvath.eszter@whac.example.hu</p></div>
<div class="card"><h3>Gábor Szalai</h3><p>Head of Projects</p><p>Horizon Europe and Interreg projects, the Automotive Skills Alliance, project finance.</p><p>+36 96 000 002</p></div>
<div class="card"><h3>Réka Molnár-Tóth</h3><p>Member Services Manager</p><p>Membership, supplier development programme, B2B matchmaking with OEMs.</p><p>+36 96 000 003</p></div>
<div class="card"><h3>Balázs Kovács</h3><p>Digital Transformation Expert</p><p>Industry 4.0 audits, the Digital Innovation Hub West Pannon, data spaces.</p></div>
<div class="card"><h3>Anna Pintér</h3><p>Communication and Events</p><p>Website, newsletter, social media, the Automotive Supplier Day.</p></div>
<div class="card"><h3>Zsófia Varga-Berkes</h3><p>Finance and Administration</p><p>Accounts, membership fees, grant reporting.</p></div>
</div>

<h2>Board (2041–2044)</h2>
<table>
<tr><th>Role</th><th>Name</th><th>Company</th></tr>
<tr><td>President</td><td>Tamás Fekete</td><td>Rába Futómű Kft., Managing Director</td></tr>
<tr><td>Vice-President</td><td>Dr. Katalin Simon-Lőrincz</td><td>Széchenyi István University, Vice-Rector for Industrial Relations</td></tr>
<tr><td>Vice-President</td><td>Markus Oberhuber</td><td>Alpen Drive Systems Hungary Kft., Plant Manager</td></tr>
<tr><td>Board member</td><td>Péter Darázs</td><td>Darázs Precíziós Kft., owner</td></tr>
<tr><td>Board member</td><td>Ildikó Szabó-Keresztes</td><td>Győr-Moson-Sopron County Chamber of Commerce and Industry, Secretary General</td></tr>
<tr><td>Board member</td><td>Levente Bognár</td><td>Zala Plast Technológiai Zrt., CEO</td></tr>
<tr><td>Board member</td><td>Hanna Lakatos</td><td>Savaria Kábel Kft., HR Director</td></tr>
</table>

<h2>Supervisory Committee</h2>
<p>Chair: István Major (independent auditor) · Members: Judit Farkas (Vasi Öntöde Kft.), Ferenc Illés (Győri Logisztikai Központ Zrt.)</p>

<h2>Honorary President</h2>
<p>Dr. László Berényi, founding president of the cluster (2029–2041), was elected Honorary President by the General Assembly on 23 May 2041. "The cluster was born around a kitchen table in Győr," he said in his farewell speech. "It is now the place where a family firm with twenty workers can talk to an OEM as a partner."</p>

<h2>Advisory Council</h2>
<p>The Advisory Council brings together representatives of public bodies and knowledge institutions. It meets twice a year; its last meeting took place on Tuesday, 9 April 2041, at the Audi Hungaria Faculty of Automotive Engineering in Győr.</p>
<ul>
<li>Hungarian Investment Promotion Agency (HIPA) – Krisztina Deák, regional director</li>
<li>Ministry for National Economy, Department of Industrial Development – Dr. Ákos Szőke, head of department</li>
<li>Municipality of Győr – Gergely Pető, deputy mayor</li>
<li>Budapest University of Technology and Economics, Department of Automotive Technologies – Prof. Dr. Zoltán Fehér-Király</li>
<li>Bosch Engineering Center Budapest – Vera Hajdú, university relations</li>
</ul>

<h2>How the cluster is governed</h2>
<p>The General Assembly of all members meets at least once a year, approves the annual report and the budget, and elects the Board and the Supervisory Committee. The Board meets every two months and decides on new members, projects and the annual work plan; small and medium-sized companies must hold at least four of the seven seats. The Managing Director leads the team and represents the cluster in day-to-day matters. The Supervisory Committee checks the accounts and reports to the General Assembly.</p>
<p>Members take part in four working groups: lightweight materials, electric drivetrains, logistics, and skills. Each group meets four to six times a year, usually at a member's plant, and sends one proposal a year to the Board. In 2040 the skills group proposed the shared apprenticeship scheme that now trains 46 young people in eleven member companies.</p>

<h2>Join the team</h2>
<p>We are looking for a <strong>project manager for EU projects</strong> (full time, Győr, start September 2041). Applications by 30 June 2041 to jobs@whac.example.hu. Knowledge of English and German is an advantage.</p>

<h2>Latest news about the team</h2>
<ul>
<li>28 May 2041 – New Board elected: Tamás Fekete succeeds László Berényi as President</li>
<li>15 March 2041 – Balázs Kovács joins the cluster as digital transformation expert</li>
<li>2 February 2041 – Gábor Szalai elected to the Board of the European Automotive Cluster Network</li>
</ul>

<h2>Documents</h2>
<p><a href="/docs/statutes.pdf">Statutes (2041, PDF)</a> · <a href="/docs/annual-report-2040.pdf">Annual report 2040</a> · <a href="/docs/strategy-2040-2045.pdf">Cluster strategy 2040–2045</a> · <a href="/docs/code-of-conduct.pdf">Code of conduct</a></p>
</main>
<footer>
<p>Western Hungarian Automotive Cluster Association · 9026 Győr, Egyetem tér 1, Building J · Tax no. 00000000-0-08 · info@whac.example.hu · +36 96 000 000</p>
<p>The cluster holds the Accredited Innovation Cluster title of the Hungarian Government and the Silver Label of the European Cluster Excellence Initiative.</p>
<p>© 2041 WHAC · <a href="/en/privacy">Privacy notice</a> · <a href="/en/imprint">Imprint</a> · <a href="/en/accessibility">Accessibility</a> · Follow us: <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">YouTube</a></p>
</footer>
</body></html>
"""
write(F, T)
C="Western Hungarian Automotive Cluster"
gold(F,
 [P("Eszter Horváth-Nagy","Managing Director",C), P("Gábor Szalai","Head of Projects",C),
  P("Réka Molnár-Tóth","Member Services Manager",C), P("Balázs Kovács","Digital Transformation Expert",C),
  P("Anna Pintér","Communication and Events",C), P("Zsófia Varga-Berkes","Finance and Administration",C),
  P("Tamás Fekete","President",C), P("Katalin Simon-Lőrincz","Vice-President",C), P("Markus Oberhuber","Vice-President",C),
  P("Péter Darázs","Board member",C), P("Ildikó Szabó-Keresztes","Board member",C), P("Levente Bognár","Board member",C),
  P("Hanna Lakatos","Board member",C), P("István Major","Chair",C), P("Judit Farkas","member",C),
  P("Ferenc Illés","member",C), P("László Berényi","Honorary President",C),
  P("Krisztina Deák","regional director","Hungarian Investment Promotion Agency"),
  P("Ákos Szőke","head of department","Ministry for National Economy, Department of Industrial Development"),
  P("Gergely Pető","deputy mayor","Municipality of Győr"),
  P("Zoltán Fehér-Király",None,"Budapest University of Technology and Economics, Department of Automotive Technologies"),
  P("Vera Hajdú","university relations","Bosch Engineering Center Budapest")],
 [O(C,"WHAC"), O("Széchenyi István University"),
  O("Győr-Moson-Sopron County Chamber of Commerce and Industry"), O("Automotive Skills Alliance"),
  O("Digital Innovation Hub West Pannon"), O("Rába Futómű Kft."), O("Alpen Drive Systems Hungary Kft."),
  O("Darázs Precíziós Kft."), O("Zala Plast Technológiai Zrt."), O("Savaria Kábel Kft."), O("Vasi Öntöde Kft."),
  O("Győri Logisztikai Központ Zrt."), O("Audi Hungaria Faculty of Automotive Engineering"),
  O("Hungarian Investment Promotion Agency","HIPA"), O("Ministry for National Economy"),
  O("Department of Industrial Development"), O("Municipality of Győr"),
  O("Budapest University of Technology and Economics"), O("Department of Automotive Technologies"),
  O("Bosch Engineering Center Budapest"), O("European Automotive Cluster Network"), O("Hungarian Government"), O("European Cluster Excellence Initiative")],
 [E("General Assembly","2041-05-23",None,None,None),
  E("Advisory Council meeting","2041-04-09",None,"Győr","Hungary"),
  E("Automotive Supplier Day",None,None,None,None)],
 ["2029","2041-05-23","2041/2044","2036","2029/2041","2041-04-09","2041-09","2041-06-30","2041-05-28","2041-03-15",
  "2041-02-02","2041","2040/2045","2040"],
 [], pub=None)
