from h import *
F = 'g01_lueneburg_food_cluster_team.html'
assert wd(2037,3,12)=='Thursday' and wd(2037,4,23)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Team &amp; Board | FoodValley Lüneburger Heide</title></head>
<body>
<div class="cookie">We use cookies to analyse traffic. <a href="/privacy">Privacy policy</a> <button>OK</button> <button>Settings</button></div>
<header><p class="brand">FoodValley Lüneburger Heide e.V. – the agri-food cluster of north-east Lower Saxony</p>
<nav><a href="/">Home</a> | <a href="/cluster">The cluster</a> | <a href="/team">Team &amp; Board</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/events">Events</a> | <a href="/de">DE</a></nav></header>
<main>
<p class="crumbs">Home › The cluster › Team &amp; Board</p>
<h1>Team &amp; Board</h1>
<p class="updated">Last updated: 23 April 2037</p>

<h2>New board elected</h2>
<p>At the General Assembly on Thursday 12 March 2037 in the Leuphana University Lüneburg central building, the 87 member organisations present elected a new board for the term 2037–2040. Hinrich von der Decken, managing director of Heidjer Kartoffel GmbH &amp; Co. KG in Bad Bevensen, was re-elected Chair for a second term. The assembly also approved the annual accounts for 2036 and the work plan "Protein transition 2040", and admitted eleven new members.</p>
<p>Outgoing board member Prof. Dr. Sabine Hollenberg, who had represented the Ostfalia University of Applied Sciences in Suderburg since the cluster was founded in 2029, did not stand again. The Chair thanked her for eight years of work on the board and presented her with honorary membership.</p>

<h2>The Board 2037–2040</h2>
<ul>
<li>Chair: Hinrich von der Decken (Heidjer Kartoffel GmbH &amp; Co. KG)</li>
<li>Vice-Chair: Anne-Kathrin Meyer-Lindholm (Molkerei Uelzen eG)</li>
<li>Treasurer: Jan de Vries (Sparkasse Lüneburg)</li>
<li>Board members: Dr. Ömer Yıldırım (Leuphana University Lüneburg), Birte Schacht (Landvolk Lüneburger Heide), Marek Nowicki (PackLab Winsen GmbH), Prof. Dr. Henrike Ahlers (Ostfalia University of Applied Sciences)</li>
<li>Permanent guest: the Lower Saxony Ministry of Food, Agriculture and Consumer Protection, represented by Ministerialrätin Ute Brandhorst</li>
</ul>

<h2>Cluster management team</h2>
<div class="card"><h3>Dr. Lena Achterberg</h3><p>Cluster Manager</p><p>Lena joined the cluster on 1 April 2037 from the Thünen Institute of Market Analysis in Braunschweig, where she led the working group on regional value chains. She studied agricultural economics in Göttingen and Wageningen. Phone +49 4131 000 100</p></div>
<div class="card"><h3>Tobias Rüttgers</h3><p>Deputy Cluster Manager | Innovation projects</p><p>Tobias coordinates the cluster's innovation projects and the working group on alternative proteins. Phone +49 4131 000 101</p></div>
<div class="card"><h3>Małgorzata Kühn-Zielińska</h3><p>Project Manager – Internationalisation</p><p>Małgorzata runs the cluster's contacts with partner clusters in Poland and the Netherlands and is the contact for the Enterprise Europe Network in Lower Saxony. Phone +49 4131 000 102</p></div>
<div class="card"><h3>Finn Oltmanns</h3><p>Communication &amp; Events</p><p>Newsletter, website, member events. Phone +49 4131 000 103</p></div>
<div class="card"><h3>Jutta Behrens</h3><p>Office &amp; Finance</p><p>Membership fees, invoices, room bookings. Phone +49 4131 000 104</p></div>

<h2>Farewell to Karsten Wiebusch</h2>
<p>After eight years as the cluster's first manager, Karsten Wiebusch left us at the end of March 2037 to become head of the business development department of the Lüneburg district (Landkreis Lüneburg). Karsten built the cluster from 14 founding members to more than 160, started the annual Heide Food Innovation Day and brought the cluster its Gold label from the European Cluster Excellence Initiative in 2035. We said goodbye at a small reception in the cluster office on 27 March. Thank you, Karsten – we will keep seeing you at our events!</p>

<h2>Meet the team</h2>
<p>The new board and team will introduce themselves at the 8th Heide Food Innovation Day on 17 June 2037 at the Kulturforum Lüneburg. Earlier editions took place in Uelzen (2035) and Soltau (2036). Registration opens in May.</p>
<p><a href="/events/innovation-day">Read more</a> · Share: <a href="#">LinkedIn</a> <a href="#">Mastodon</a> <a href="#">E-mail</a></p>
</main>
<footer><p>FoodValley Lüneburger Heide e.V. · Wilschenbrucher Weg 84 · 21335 Lüneburg · info@foodvalley-heide.example.de</p>
<p>Register of associations: Amtsgericht Lüneburg VR 200000 · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a> · © 2037</p></footer>
</body></html>
"""
write(F, T)
FV = "FoodValley Lüneburger Heide e.V."
gold(F,
 [P("Hinrich von der Decken","Chair",FV),
  P("Sabine Hollenberg","board member",FV),
  P("Anne-Kathrin Meyer-Lindholm","Vice-Chair",FV),
  P("Jan de Vries","Treasurer",FV),
  P("Ömer Yıldırım","Board member",FV),
  P("Birte Schacht","Board member",FV),
  P("Marek Nowicki","Board member",FV),
  P("Henrike Ahlers","Board member",FV),
  P("Ute Brandhorst","Ministerialrätin","Lower Saxony Ministry of Food, Agriculture and Consumer Protection"),
  P("Lena Achterberg","Cluster Manager",FV),
  P("Tobias Rüttgers","Deputy Cluster Manager",FV),
  P("Małgorzata Kühn-Zielińska","Project Manager – Internationalisation",FV),
  P("Finn Oltmanns","Communication & Events",FV),
  P("Jutta Behrens","Office & Finance",FV),
  P("Karsten Wiebusch","head of the business development department","Landkreis Lüneburg")],
 [O(FV), O("Leuphana University Lüneburg"), O("Heidjer Kartoffel GmbH & Co. KG"), O("Ostfalia University of Applied Sciences"),
  O("Molkerei Uelzen eG"), O("Sparkasse Lüneburg"), O("Landvolk Lüneburger Heide"), O("PackLab Winsen GmbH"),
  O("Lower Saxony Ministry of Food, Agriculture and Consumer Protection"), O("Thünen Institute of Market Analysis"),
  O("Enterprise Europe Network"), O("Landkreis Lüneburg"), O("European Cluster Excellence Initiative"), O("Amtsgericht Lüneburg")],
 [E("General Assembly","2037-03-12",None,"Lüneburg","Germany"),
  E("reception","2037-03-27",None,"Lüneburg","Germany"),
  E("8th Heide Food Innovation Day","2037-06-17",None,"Lüneburg","Germany"),
  E("Heide Food Innovation Day (2035)","2035",None,"Uelzen","Germany"),
  E("Heide Food Innovation Day (2036)","2036",None,"Soltau","Germany")],
 ["2037-04-23","2037-03-12","2037/2040","2036","2029","2037-04-01","2037-03","2035","2037-03-27","2037-06-17","2037-05"],
 [], pub="2037-04-23")
