from h import *
F = 'g01_tipperary_food_cluster_team.html'
assert wd(2038,4,23)=='Friday' and wd(2038,5,14)=='Friday'
T = """<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="utf-8"><title>Our team | Tipperary Food Producers Cluster</title></head>
<body>
<div class="cookie-bar">We use cookies to understand how visitors use this site. By clicking "Accept all" you agree to this. <a href="/cookie-policy">Cookie policy</a> <button>Accept all</button> <button>Settings</button></div>
<header><p class="brand">Tipperary Food Producers Cluster CLG</p>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/team">Our team</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Home / About / Our team</p>
<h1>Meet the team</h1>
<p>Updated 16 May 2038</p>
<p>The cluster is run by a small staff based at the Questum Business Centre in Clonmel, with a second desk at the Nenagh Enterprise Centre two days a week. Our board is made up of eight member companies and two public partners. Below you will find who does what, and how to reach them.</p>

<h2>Management team</h2>
<div class="card"><h3>Aoife Ní Bhriain</h3><p class="role">Cluster Manager</p>
<p>Aoife joined the cluster in January 2038 from Bord Bia, where she spent seven years in the dairy and prepared-foods team in Dublin. Before that she worked for Dawn Meats in Cahir as a product developer. She took over from Declan Hayes, who built the cluster from twelve founding members in 2031 to ninety-four today and who moved on in December 2037 to become chief executive of the Food Innovation Hub at Teagasc Moorepark.</p>
<p>aoife@tipperaryfood.example.ie · +353 52 000 0000</p></div>

<div class="card"><h3>Ciarán MAGUIRE</h3><p class="role">Innovation and Projects Lead</p>
<p>Ciarán looks after the cluster's EU projects and the shared pilot kitchen. He has a PhD in food science from University College Cork and previously worked at the Technological University of the Shannon, Midlands Midwest.</p></div>

<div class="card"><h3>Sinéad O'Dwyer</h3><p class="role">Membership and Events Coordinator</p>
<p>First point of contact for members, the monthly Producers' Breakfast and the Clonmel Food Fair. Sinéad came to us from the Tipperary Chamber of Commerce.</p></div>

<div class="card"><h3>Tomasz Wróbel</h3><p class="role">Export Adviser (part-time)</p>
<p>Tomasz supports members who sell into Poland, Germany and the Baltic states. He is seconded two days a week by Enterprise Ireland's South-East regional office.</p></div>

<div class="card"><h3>Grace Fennelly</h3><p class="role">Communications and Digital Officer</p>
<p>Newsletter, website, social media and the members' directory. Grace started on 23 April 2038.</p></div>

<h2>Board of directors</h2>
<p>The board was elected at the Annual General Meeting on Friday 23 April 2038 in Cashel and serves until the AGM of 2040.</p>
<table>
<tr><th>Office</th><th>Name</th><th>Company</th></tr>
<tr><td>Chairperson</td><td>Michael Ryan-Purcell</td><td>Ryan's Farmhouse Butter Ltd, Fethard</td></tr>
<tr><td>Vice-Chairperson</td><td>Nora Kiely</td><td>Suir Valley Apple Company, Carrick-on-Suir</td></tr>
<tr><td>Treasurer</td><td>Pádraig de Búrca</td><td>Glen of Aherlow Smokehouse</td></tr>
<tr><td>Company Secretary</td><td>Helen Costigan</td><td>Costigan &amp; Hogan Solicitors, Thurles</td></tr>
<tr><td>Director</td><td>Liam Fogarty</td><td>Knockmealdown Oats</td></tr>
<tr><td>Director</td><td>Bríd Mulcahy</td><td>Templemore Craft Brewery</td></tr>
<tr><td>Director</td><td>Eoin Gleeson</td><td>Lough Derg Fish Company</td></tr>
<tr><td>Director</td><td>Rachel Dunne</td><td>Ormond Free-Range Eggs</td></tr>
<tr><td>Director (public partner)</td><td>Kevin Lonergan</td><td>Tipperary County Council, Local Enterprise Office</td></tr>
<tr><td>Director (public partner)</td><td>Dr Orla Tynan</td><td>Teagasc</td></tr>
</table>
<p>The outgoing chair, Joan Heffernan of Cooleeney Hill Cheese, stood down after two terms and was thanked by the members for six years of service. At its first meeting on Friday 14 May 2038 the new board co-opted Tomás Morrissey, head of the agrifood faculty at the Technological University of the Shannon, as an observer without voting rights.</p>

<h2>Advisory panel</h2>
<p>Three people advise the team on an honorary basis: retired food retailer Frank Power; marketing consultant Yvonne Hickey; and Lars Høgh, former director of Food &amp; Bio Cluster Denmark, who knows the European cluster scene better than most.</p>

<h2>Work with us</h2>
<p>We are recruiting a Sustainability Officer (fixed term, 24 months) to help members with carbon footprinting and packaging. Closing date for applications: 12 June 2038. Job description on our <a href="/jobs">vacancies page</a>.</p>
<p>Share this page: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Email</a></p>
</main>
<footer><p>Tipperary Food Producers Cluster CLG · Questum Business Centre, Clonmel, Co. Tipperary E91 0000 · Registered company no. 700000 · Charity no. 20000000</p>
<p>Supported by Enterprise Ireland's Regional Technology Clustering Fund and Tipperary County Council. © 2038 · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
"""
write(F, T)
C="Tipperary Food Producers Cluster CLG"
gold(F,
 [P("Aoife Ní Bhriain","Cluster Manager",C), P("Declan Hayes","chief executive","Food Innovation Hub at Teagasc Moorepark"),
  P("Ciarán MAGUIRE","Innovation and Projects Lead",C), P("Sinéad O'Dwyer","Membership and Events Coordinator",C),
  P("Tomasz Wróbel","Export Adviser",C), P("Grace Fennelly","Communications and Digital Officer",C),
  P("Michael Ryan-Purcell","Chairperson",C), P("Nora Kiely","Vice-Chairperson",C), P("Pádraig de Búrca","Treasurer",C),
  P("Helen Costigan","Company Secretary",C), P("Liam Fogarty","Director",C), P("Bríd Mulcahy","Director",C),
  P("Eoin Gleeson","Director",C), P("Rachel Dunne","Director",C), P("Kevin Lonergan","Director",C), P("Orla Tynan","Director",C),
  P("Joan Heffernan","chair",C), P("Tomás Morrissey","observer",C),
  P("Frank Power","retired food retailer",None), P("Yvonne Hickey","marketing consultant",None),
  P("Lars Høgh","former director","Food & Bio Cluster Denmark")],
 [O(C), O("Bord Bia"), O("Dawn Meats"),
  O("Food Innovation Hub at Teagasc Moorepark"), O("Teagasc"), O("University College Cork"),
  O("Technological University of the Shannon, Midlands Midwest"), O("Tipperary Chamber of Commerce"), O("Enterprise Ireland"),
  O("Ryan's Farmhouse Butter Ltd"), O("Suir Valley Apple Company"), O("Glen of Aherlow Smokehouse"),
  O("Costigan & Hogan Solicitors"), O("Knockmealdown Oats"), O("Templemore Craft Brewery"), O("Lough Derg Fish Company"),
  O("Ormond Free-Range Eggs"), O("Tipperary County Council"), O("Local Enterprise Office"), O("Cooleeney Hill Cheese"),
  O("Food & Bio Cluster Denmark")],
 [E("Annual General Meeting","2038-04-23",None,"Cashel","Ireland"), E("first meeting","2038-05-14",None,None,None),
  E("Producers' Breakfast"), E("Clonmel Food Fair",None,None,"Clonmel","Ireland"), E("AGM of 2040","2040",None,None,None)],
 ["2038-05-16","2038-01","2031","2037-12","2038-04-23","2040","2038-05-14","2038-06-12"],
 [])
