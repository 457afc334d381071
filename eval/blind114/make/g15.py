from h import *
F = 'g15_european_mobility_clusters_new_president.html'
assert wd(2040,5,7)=='Monday' and wd(2040,5,8)=='Tuesday' and wd(2040,5,9)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Press release: new President and Executive Board | EMCN</title></head>
<body>
<div class="consent">By continuing to browse this site you accept the use of cookies. <a href="/cookies">More information</a></div>
<header><p>European Mobility Clusters Network AISBL</p>
<nav><a href="/">Home</a> · <a href="/network">The network</a> · <a href="/members">Our 46 members</a> · <a href="/press">Press</a> · <a href="/events">Events</a> · <a href="/join">Join</a></nav></header>
<main>
<p class="crumbs">Home › Press › Press releases</p>
<p class="kicker">PRESS RELEASE · Brussels / Cluj-Napoca, 9 May 2040</p>
<h1>Teodora Ilić-Schwarz elected President of the European Mobility Clusters Network</h1>
<p class="lead">The members of the European Mobility Clusters Network (EMCN) elected Teodora Ilić-Schwarz, Managing Director of the Serbian-Austrian cluster Automotive Cluster Danube, as their new President at the network's General Assembly in Cluj-Napoca on 8 May 2040. She succeeds Pierre-Antoine Delacroix, who chaired the network for two terms (2034–2040).</p>

<p>The General Assembly was held on the second day of the EMCN Annual Meeting 2040 (7–8 May 2040), hosted by the Transylvania Automotive Cluster (TAC) at the Babeș-Bolyai University. 38 of the 46 member clusters voted.</p>

<p>Ilić-Schwarz, born in Novi Sad and based in Vienna, has led Automotive Cluster Danube since 2032. She was previously a project manager at the Austrian Institute of Technology (AIT) and an adviser at the Serbian Development Agency (RAS). "Our clusters bring together 11,000 suppliers. Most of them are small, and most of them will have to reinvent their products in the next ten years. The network must help them do it together, not alone," she said after the vote.</p>

<h2>The new Executive Board (2040–2043)</h2>
<ul>
<li>President: Teodora Ilić-Schwarz – Automotive Cluster Danube (AT/RS)</li>
<li>First Vice-President: Jakub Dvořáček – Moravian-Silesian Automotive Cluster (CZ)</li>
<li>Vice-President: Ana Carolina dos Santos Meireles – Mobinov – Automotive Cluster of Portugal (PT)</li>
<li>Treasurer: Henrik O. Lundqvist – Lindholmen Mobility Cluster, Gothenburg (SE)</li>
<li>Secretary-General (ex officio): Sébastien De Greef, EMCN secretariat, Brussels</li>
</ul>

<p>The outgoing President, Pierre-Antoine Delacroix of the French competitiveness cluster CARA (Lyon), was thanked for six years in which the network doubled its membership and launched the joint training academy. He remains a member of the network's Advisory Council. "When we started, the network was a mailing list and a yearly dinner. Today it is the place where Europe's mobility clusters agree on what they ask from Brussels," Delacroix said in his farewell speech.</p>

<h2>Conclusions of the Annual Meeting</h2>
<p>The two-day meeting, which also included a visit to the Bosch plant in Cluj on the morning of 8 May and a matchmaking session with 64 companies on the afternoon of 7 May, closed with the following conclusions, presented by Sébastien De Greef:</p>
<ol>
<li>Clusters should jointly map which of their members depend on combustion-engine parts for more than half of their turnover</li>
<li>The network will propose a common skills passport for automotive technicians to the European Commission</li>
<li>Member clusters in candidate countries should be fully involved in the network's projects, not only as observers</li>
</ol>
<p>Guests included Dr. Ilona Ferenczi, Policy Officer in DG GROW's Clusters unit, and Adrian Mureșan, Director of the North-West Regional Development Agency (ADR Nord-Vest).</p>

<h2>Next steps</h2>
<p>The first meeting of the new Executive Board will take place in Brussels in June 2040. The EMCN Annual Meeting 2041 will take place in Győr, Hungary, in spring 2041.</p>

<p><strong>About EMCN</strong> – The European Mobility Clusters Network AISBL is a non-profit association under Belgian law founded in 2029. It gathers 46 automotive and mobility cluster organisations from 21 countries.</p>
<p><strong>Press contact:</strong> Lotte Vermeersch, Communication Manager, press@emcn.example.eu</p>
<p><a href="/press">← All press releases</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a></p>
</main>
<footer><p>European Mobility Clusters Network AISBL · Rue du Trône 000, 1050 Brussels · BCE 0000.000.000</p></footer>
</body></html>
"""
write(F, T)
N="European Mobility Clusters Network AISBL"
gold(F,
 [P("Teodora Ilić-Schwarz","President",N),
  P("Pierre-Antoine Delacroix","President",N),
  P("Jakub Dvořáček","First Vice-President",N),
  P("Ana Carolina dos Santos Meireles","Vice-President",N),
  P("Henrik O. Lundqvist","Treasurer",N),
  P("Sébastien De Greef","Secretary-General",N),
  P("Ilona Ferenczi","Policy Officer","DG GROW"),
  P("Adrian Mureșan","Director","North-West Regional Development Agency"),
  P("Lotte Vermeersch","Communication Manager",N)],
 [O(N,"EMCN"), O("Automotive Cluster Danube"), O("Transylvania Automotive Cluster","TAC"), O("Babeș-Bolyai University"),
  O("Austrian Institute of Technology","AIT"), O("Serbian Development Agency","RAS"),
  O("Moravian-Silesian Automotive Cluster"), O("Mobinov – Automotive Cluster of Portugal"), O("Lindholmen Mobility Cluster"),
  O("CARA"), O("Bosch"), O("DG GROW"), O("European Commission"),
  O("North-West Regional Development Agency","ADR Nord-Vest")],
 [E("General Assembly","2040-05-08",None,"Cluj-Napoca","Romania"),
  E("EMCN Annual Meeting 2040","2040-05-07","2040-05-08","Cluj-Napoca","Romania"),
  E("visit to the Bosch plant in Cluj","2040-05-08",None,"Cluj-Napoca","Romania"),
  E("matchmaking session","2040-05-07",None,"Cluj-Napoca","Romania"),
  E("first meeting of the new Executive Board","2040-06",None,"Brussels","Belgium"),
  E("EMCN Annual Meeting 2041","2041",None,"Győr","Hungary")],
 ["2040-05-09","2040-05-08","2034/2040","2040-05-07/2040-05-08","2032","2040/2043","2040-05-07","2040-06","2041","2029"],
 ["Clusters should jointly map which of their members depend on combustion-engine parts for more than half of their turnover",
  "The network will propose a common skills passport for automotive technicians to the European Commission",
  "Member clusters in candidate countries should be fully involved in the network's projects, not only as observers"],
 pub="2040-05-09")
