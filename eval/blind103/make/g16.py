from h import *
F = 'g16_evora_aero_cluster_year_in_events.html'
for d in [(2038,2,10),(2038,3,24),(2038,5,19),(2038,7,7),(2038,10,13),(2038,11,24),(2039,1,19),(2039,3,16)]: assert wd(*d)=='Wednesday', d
assert wd(2038,5,20)=='Thursday' and wd(2038,10,14)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Our year in events 2038 | Alentejo Aeronautics Cluster</title></head>
<body>
<div class="cookie">We use essential cookies and, with your consent, analytics cookies. <a href="/en/cookies">Settings</a> <button>Accept</button></div>
<header><span class="brand">AAC · Alentejo Aeronautics Cluster</span>
<nav><a href="/en">Home</a> <a href="/en/about">About us</a> <a href="/en/governance">Governance &amp; team</a> <a href="/en/members">Members</a> <a href="/en/events" class="on">Events</a> <a href="/en/projects">Projects</a> <a href="/pt">PT</a></nav></header>
<main>
<p class="crumbs">Home › Events › Our year in events 2038</p>
<h1>Our year in events: 2038 in review</h1>
<p class="byline">Published 19 January 2039 · Text: Sofia Mendes Carrilho, Communication &amp; Events · Photos: AAC / João Pato</p>
<p>In 2038 the Alentejo Aeronautics Cluster (AAC) organised or co-organised eleven events and took its members to four fairs abroad. More than 1,900 people attended our activities in Évora, Ponte de Sor and Beja. Below we look back at the highlights, month by month, and introduce the team that made them happen.</p>

<h2>February – New Year Members' Meeting</h2>
<p>On Wednesday 10 February 2038, 96 representatives of member companies met at the University of Évora for the New Year Members' Meeting. The Secretary of State for the Economy, Rui Teixeira Bastos, presented the new aerospace incentive line of the Portugal 2030+ framework.</p>

<h2>March – Drone Day Ponte de Sor</h2>
<p>The fourth Drone Day took place on 24 March 2038 at the Ponte de Sor Aerodrome, with live demonstrations by eight companies and a public exhibition for 600 pupils from schools in the region. The day was organised with the Municipality of Ponte de Sor and the Portuguese Air Force Academy.</p>

<h2>May – Alentejo Aerospace Supplier Days</h2>
<p>Our flagship event, the Alentejo Aerospace Supplier Days, was held on 19 and 20 May 2038 in Évora. Buyers from Embraer Portugal, Airbus Atlantic and Safran Cabin met 71 suppliers in 438 pre-arranged meetings. The second day included a plant visit to the composite structures factory of Évora Aerostructures, S.A. Keynote speaker was Dr Hanna Lindqvist-Moreau, Vice-President Supply Chain at Airbus Atlantic.</p>

<h2>July – Summer School on Space Systems</h2>
<p>From 7 to 16 July 2038, 28 master's students from six countries followed our Summer School on Space Systems at the Beja campus of the Polytechnic Institute of Beja (IPBeja), co-organised with the Portuguese Space Agency (Portugal Space).</p>

<h2>October – Joint stand at the aerospace fair in Toulouse</h2>
<p>On 13 and 14 October 2038, nine members exhibited on the Portuguese pavilion of AeroMeet Toulouse, coordinated by the cluster together with AICEP Portugal Global. Our director, Miguel Sardinha Cordeiro, spoke on the panel "Supply chains on the Atlantic arc".</p>

<h2>Also abroad</h2>
<p>Besides Toulouse, members travelled with the cluster to three more fairs: the ILA Berlin Air Show in June, the Farnborough International Airshow in July and the Space Tech Expo Europe in Bremen in November. At Farnborough the cluster shared a stand with the Andalusian aerospace cluster Andalucía Aerospace, a first step towards the joint Iberian supplier catalogue that both clusters will publish this spring. "For a company of our size a stand of our own would cost more than a year of marketing. On the shared stand we met two new customers in three days," said Paulo Rebocho, managing partner of Montemor Precision Parts, Lda.</p>
<p>The cluster also hosted two delegations: engineers from the Moroccan Aerospace Industries Group (GIMAS) visited three member plants in September, and a group of Brazilian suppliers coordinated by the Brazilian Aerospace Industries Association (AIAB) spent a day in Évora in October. Both visits, which led to four supplier audits, were prepared with the Enterprise Europe Network partner at the University of Évora.</p>

<h2>November – General Assembly and Cluster Awards</h2>
<p>The General Assembly of 24 November 2038 approved the activity plan for 2039 and elected the Board for the term 2039–2041 (see below). In the evening, the AAC Awards were presented at the Convento do Espinheiro: "SME of the Year" to Montemor Precision Parts, Lda; "Young Talent" to Beatriz Calado Viegas, engineer at SkyTek Alentejo.</p>

<h2>Key figures 2038</h2>
<ul><li>11 events organised or co-organised</li><li>1,930 participants</li><li>4 fairs abroad with 27 member participations</li><li>9 new members – the cluster now counts 84</li></ul>

<h2>Governance &amp; team</h2>
<h3>Board 2039–2041</h3>
<table>
<tr><th>Office</th><th>Name</th><th>Organisation</th></tr>
<tr><td>President</td><td>Carla Fonseca Mira</td><td>Évora Aerostructures, S.A.</td></tr>
<tr><td>Vice-President</td><td>Henrique Lobo Antunes</td><td>University of Évora</td></tr>
<tr><td>Treasurer</td><td>Paulo Rebocho</td><td>Montemor Precision Parts, Lda</td></tr>
<tr><td>Board member</td><td>Luísa Cabrita Serrão</td><td>SkyTek Alentejo</td></tr>
<tr><td>Board member</td><td>Nuno Valadas</td><td>Municipality of Ponte de Sor</td></tr>
</table>
<h3>Team</h3>
<ul>
<li>Miguel Sardinha Cordeiro – Director</li>
<li>Sofia Mendes Carrilho – Communication &amp; Events</li>
<li>Tiago Espadinha – Project Manager (international)</li>
<li>Ana Rita Godinho – Administration and member services</li>
</ul>

<h2>Save the dates 2039</h2>
<ul>
<li>16 March 2039 – Drone Day Ponte de Sor</li>
<li>May 2039 – Alentejo Aerospace Supplier Days, Beja (dates to be announced)</li>
<li>July 2039 – Summer School on Space Systems</li>
</ul>
<p class="contact">Questions about our events? Write to events@aac.example.pt or call +351 266 000 000.</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a></p>
</main>
<footer><p>AAC – Alentejo Aeronautics Cluster, Parque de Ciência e Tecnologia do Alentejo, Rua Circular Norte, 7005-841 Évora</p>
<p>Cluster recognised under the national Competitiveness Clusters scheme. <a href="/en/privacy">Privacy</a> · <a href="/en/terms">Terms</a></p></footer>
</body></html>
"""
write(F, T)
C = "Alentejo Aeronautics Cluster"
gold(F,
 [P("Sofia Mendes Carrilho","Communication & Events",C),
  P("João Pato",None,None),
  P("Rui Teixeira Bastos","Secretary of State for the Economy",None),
  P("Hanna Lindqvist-Moreau","Vice-President Supply Chain","Airbus Atlantic"),
  P("Miguel Sardinha Cordeiro","Director",C),
  P("Beatriz Calado Viegas","engineer","SkyTek Alentejo"),
  P("Carla Fonseca Mira","President",C),
  P("Henrique Lobo Antunes","Vice-President",C),
  P("Paulo Rebocho","Treasurer",C),
  P("Luísa Cabrita Serrão","Board member",C),
  P("Nuno Valadas","Board member",C),
  P("Tiago Espadinha","Project Manager (international)",C),
  P("Ana Rita Godinho","Administration and member services",C)],
 [O(C,"AAC"), O("University of Évora"), O("Municipality of Ponte de Sor"), O("Portuguese Air Force Academy"),
  O("Embraer Portugal"), O("Airbus Atlantic"), O("Safran Cabin"), O("Évora Aerostructures, S.A."),
  O("Polytechnic Institute of Beja","IPBeja"), O("Portuguese Space Agency","Portugal Space"),
  O("AICEP Portugal Global"), O("Andalucía Aerospace"), O("Moroccan Aerospace Industries Group","GIMAS"), O("Brazilian Aerospace Industries Association","AIAB"), O("Enterprise Europe Network"), O("Montemor Precision Parts, Lda"), O("SkyTek Alentejo")],
 [E("New Year Members' Meeting","2038-02-10",None,"Évora","Portugal"),
  E("Drone Day Ponte de Sor","2038-03-24",None,"Ponte de Sor","Portugal"),
  E("Alentejo Aerospace Supplier Days","2038-05-19","2038-05-20","Évora","Portugal"),
  E("plant visit","2038-05-20",None,"Évora","Portugal"),
  E("Summer School on Space Systems","2038-07-07","2038-07-16","Beja","Portugal"),
  E("AeroMeet Toulouse","2038-10-13","2038-10-14","Toulouse","France"),
  E("ILA Berlin Air Show","2038-06",None,"Berlin","Germany"),
  E("Farnborough International Airshow","2038-07",None,"Farnborough","United Kingdom"),
  E("Space Tech Expo Europe","2038-11",None,"Bremen","Germany"),
  E("visit to three member plants","2038-09",None,None,None),
  E("day in Évora","2038-10",None,"Évora","Portugal"),
  E("General Assembly","2038-11-24",None,None,None),
  E("AAC Awards","2038-11-24",None,None,None),
  E("Drone Day Ponte de Sor","2039-03-16",None,"Ponte de Sor","Portugal"),
  E("Alentejo Aerospace Supplier Days","2039-05",None,"Beja","Portugal"),
  E("Summer School on Space Systems","2039-07",None,None,None)],
 ["2039-01-19","2038","2038-02","2038-02-10","2038-03","2038-03-24","2038-05","2038-05-19/2038-05-20","2038-06","2038-07","2038-07-07/2038-07-16","2038-09",
  "2038-10","2038-10-13/2038-10-14","2038-11","2038-11-24","2039","2039/2041","2039-03-16","2039-05","2039-07"],
 [], pub="2039-01-19")
print(F, words(T))
