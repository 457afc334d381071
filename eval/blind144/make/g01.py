from h import *
F = 'g01_tenerife_temar_governance.html'
assert wd(2036,5,8)=='Thursday' and wd(2036,6,26)=='Thursday' and wd(2036,10,16)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Governance and team | TEMAR – Tenerife Marine Technologies Cluster</title></head>
<body>
<div class="cookie-bar">We use our own and third-party cookies for analytics. By continuing to browse you accept their use. <a href="/en/cookies">Settings</a> <button>OK</button></div>
<header><p class="brand">TEMAR · Clúster de Tecnologías Marinas de Tenerife</p>
<nav><a href="/en">Home</a> · <a href="/en/about">About</a> · <a href="/en/governance">Governance</a> · <a href="/en/members">Members</a> · <a href="/en/projects">Projects</a> · <a href="/en/news">News</a> · <a href="/es">ES</a></nav></header>
<main>
<p class="crumbs">Home / About / Governance and team</p>
<h1>Governance and team</h1>
<p class="updated">Page updated 14 May 2036</p>

<p>The Tenerife Marine Technologies Cluster (Clúster de Tecnologías Marinas de Tenerife, TEMAR) is a non-profit association of 74 companies, research centres and public bodies working in ocean observation, port services, aquaculture technology and marine renewable energy. Its highest body is the General Assembly of members; the Board of Directors steers the cluster between assemblies and the management team runs its daily work from the offices in Santa Cruz de Tenerife.</p>

<h2>New Board of Directors elected</h2>
<p>At the Ordinary General Assembly held on Thursday 8 May 2036 in the Auditorio Adán Martín in Santa Cruz de Tenerife, the members elected a new Board of Directors for the term 2036–2040. Fifty-one member organisations voted in person and nine by proxy. The single list presented by the outgoing board was approved with 57 votes in favour and three abstentions.</p>
<p>The Board is composed as follows:</p>
<ul>
<li>President: Inés Betancort Quintero (Naviera Atlántica Insular S.L.)</li>
<li>Vice-President: Gustavo de la Rosa Perdomo (Universidad de La Laguna, ULL)</li>
<li>Treasurer: Kjersti Høiland (Nordvik Ocean Robotics Canarias S.L.)</li>
<li>Secretary: Tomás Álvarez-Delgado (Autoridad Portuaria de Santa Cruz de Tenerife)</li>
<li>Members: Raquel Hernández Abreu (Instituto Tecnológico de Canarias, ITC), Marco Van den Broeck (Blue Ballast Systems), Yeray González Dorta (Acuicultura Teno S.A.) and Olga Perera-Méndez (Oceanic Platform of the Canary Islands, PLOCAN)</li>
</ul>
<p>The Cabildo de Tenerife attends the Board as a permanent observer without a vote, represented by Aitana Cabrera Suárez, Director of Economic Development of the island government.</p>

<h2>Thank you, Federico</h2>
<p>The assembly said goodbye to Federico Marrero Hormiga, who chaired TEMAR from 2031 to 2036 and steered it through its first European Cluster Excellence label. Marrero, a naval engineer who founded the shipyard Varadero Marrero e Hijos in 1998, stays on as honorary president. In his farewell speech he asked the new board to "keep the doors open to the small firms, because they are the cluster". The members gave him a standing ovation before the closing lunch.</p>

<h2>Management team</h2>
<table>
<tr><th>Name</th><th>Position</th><th>Contact</th></tr>
<tr><td>Lucía Expósito Rodríguez</td><td>Cluster Manager</td><td>lucia.exposito@temar.example.es</td></tr>
<tr><td>Ahmed Benali</td><td>EU Projects Officer</td><td>ahmed.benali@temar.example.es</td></tr>
<tr><td>Nayra Quintana Ramos</td><td>Communication and Events</td><td>nayra.quintana@temar.example.es</td></tr>
<tr><td>Pieter-Jan Smolders</td><td>Internationalisation Advisor (part-time, seconded by Flanders Maritime Cluster)</td><td>pj.smolders@temar.example.es</td></tr>
</table>
<p>Lucía Expósito joined TEMAR in 2033 after eight years at the Zona Especial Canaria (ZEC) consortium, where she advised foreign companies setting up in the islands. Ahmed Benali, born in Agadir and trained as an oceanographer in Las Palmas, coordinates the cluster's participation in two Interreg MAC projects.</p>

<h2>Next meetings</h2>
<p>The new Board will hold its constituent meeting on Thursday 26 June 2036 at the cluster offices. The annual members' day, the TEMAR Ocean Forum, will take place on Thursday 16 October 2036 in Puerto de la Cruz. Earlier editions were held in Los Cristianos (2034) and Garachico (2035).</p>
<p>Members who wish to join one of the four working groups (ports, aquaculture, ocean data, energy) should write to the cluster manager by 30 June 2036.</p>

<p><a href="/en/governance/statutes">Read the statutes (PDF)</a> · <a href="/en/news/general-assembly-2036">Read more about the assembly</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">WhatsApp</a></p>
</main>
<footer><p>TEMAR – Clúster de Tecnologías Marinas de Tenerife · Calle La Marina 00, 38001 Santa Cruz de Tenerife · info@temar.example.es</p>
<p>Co-financed by the Government of the Canary Islands. © 2036 TEMAR · <a href="/en/legal">Legal notice</a> · <a href="/en/privacy">Privacy policy</a></p></footer>
</body></html>
"""
write(F, T)
C = "Tenerife Marine Technologies Cluster"
gold(F,
 [P("Inés Betancort Quintero","President",C),
  P("Gustavo de la Rosa Perdomo","Vice-President",C),
  P("Kjersti Høiland","Treasurer",C),
  P("Tomás Álvarez-Delgado","Secretary",C),
  P("Raquel Hernández Abreu","member",C),
  P("Marco Van den Broeck","member",C),
  P("Yeray González Dorta","member",C),
  P("Olga Perera-Méndez","member",C),
  P("Aitana Cabrera Suárez","Director of Economic Development","Cabildo de Tenerife"),
  P("Federico Marrero Hormiga","honorary president",C),
  P("Lucía Expósito Rodríguez","Cluster Manager",C),
  P("Ahmed Benali","EU Projects Officer",C),
  P("Nayra Quintana Ramos","Communication and Events",C),
  P("Pieter-Jan Smolders","Internationalisation Advisor",C)],
 [O(C,"TEMAR"), O("Naviera Atlántica Insular S.L."), O("Universidad de La Laguna","ULL"),
  O("Nordvik Ocean Robotics Canarias S.L."), O("Autoridad Portuaria de Santa Cruz de Tenerife"),
  O("Instituto Tecnológico de Canarias","ITC"), O("Blue Ballast Systems"), O("Acuicultura Teno S.A."),
  O("Oceanic Platform of the Canary Islands","PLOCAN"), O("Cabildo de Tenerife"), O("Varadero Marrero e Hijos"),
  O("Flanders Maritime Cluster"), O("Zona Especial Canaria","ZEC"), O("Government of the Canary Islands")],
 [E("Ordinary General Assembly","2036-05-08",None,"Santa Cruz de Tenerife","Spain"),
  E("constituent meeting","2036-06-26",None,"Santa Cruz de Tenerife","Spain"),
  E("TEMAR Ocean Forum","2036-10-16",None,"Puerto de la Cruz","Spain"),
  E("TEMAR Ocean Forum (2034)","2034",None,"Los Cristianos","Spain"),
  E("TEMAR Ocean Forum (2035)","2035",None,"Garachico","Spain")],
 ["2036-05-14","2036-05-08","2036/2040","2031/2036","1998","2033","2036-06-26","2036-10-16","2034","2035","2036-06-30"],
 [], pub="2036-05-14")
