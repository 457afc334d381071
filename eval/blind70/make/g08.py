from h import *
F = 'hessian-cluster-alliance-position-paper-cohesion-2035.html'
DEM = ["Keep cluster organisations eligible as beneficiaries in all priorities of the regional ERDF programmes after 2034",
 "Fund cluster management with multi-annual grants of at least five years instead of single projects",
 "Simplify reporting by accepting simplified cost options for all staff costs of cluster organisations",
 "Reserve a share of the Interregional Innovation Investments instrument for projects led by cluster partnerships",
 "Involve cluster associations formally in the monitoring committees of the programmes",
 "Recognise the European Cluster Excellence labels as proof of management quality in calls"]
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Position paper: Clusters in the next Cohesion Policy – ClusterAllianz Hessen e.V.</title></head>
<body>
<div id="cookie-consent">This website uses cookies. Some are essential, others help us improve the site. <a href="/datenschutz">Privacy</a> <button>Accept</button> <button>Settings</button></div>
<header><div class="brand">ClusterAllianz Hessen e.V.</div>
<nav><a href="/">Home</a> | <a href="/ueber-uns">About us</a> | <a href="/mitglieder">Members</a> | <a href="/positionen" class="active">Positions</a> | <a href="/termine">Events</a> | <a href="/presse">Press</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="meta">Positions › Position paper · Kassel, {wd(2034,11,16)} 16 November 2034 · PDF download (4 pages)</p>
<h1>Strong clusters for strong regions: our position on the next Cohesion Policy</h1>
<p class="lead">Position paper of ClusterAllianz Hessen e.V., adopted by the Board on 14 November 2034 and endorsed by the members' meeting in Kassel on 16 November 2034.</p>
<h2>Who we are</h2>
<p>ClusterAllianz Hessen e.V. is the association of the cluster organisations in the German state of Hesse. Founded in Kassel in 2027, it represents 34 cluster organisations with more than 5,800 member companies, from the mobility cluster MoVe Nordhessen and the decentralised energy cluster deENet to the Frankfurt Biotech Alliance and House of Logistics and Mobility (HOLM). Its chair is Dr. Friederike von Bodelschwingh, managing director of deENet; its vice-chair is Prof. Dr.-Ing. Kemal Aydın-Schäfer of the University of Kassel.</p>
<h2>Why this paper now?</h2>
<p>The European Commission is preparing its proposals for the Cohesion Policy period after 2027 and its mid-term review of the current programmes. The Hessian Ministry of Economics, Energy, Transport and Housing (HMWEVW) is consulting on the priorities of the state's next ERDF programme until 31 January 2035. Cluster organisations have used regional funds for twenty years to connect small firms with research and with each other. Many now fear that the shift towards national plans and large investment projects will leave no room for them.</p>
<p>A survey among our members in September 2034 shows what is at stake: 27 of the 34 cluster organisations receive ERDF money, and for 19 of them it is more than 40% of their budget. Eleven would have to cut staff within a year if regional funding for cluster management ended.</p>
<h2>What do clusters need from the next Cohesion Policy?</h2>
<p>ClusterAllianz Hessen calls on the Hessian state government, the Federal Government and the European institutions to:</p>
<ol>
{chr(10).join(f'<li>{x};</li>' for x in DEM[:-1])}
<li>{DEM[-1]}.</li>
</ol>
<h2>What we offer</h2>
<p>In return, Hessian clusters commit to measure their results with the common indicators of the European Cluster Collaboration Platform (ECCP), to open their services to non-member SMEs, and to work with cluster organisations in neighbouring regions such as Thuringia and Lower Saxony. Several of our members already cooperate with the Thuringian cluster ThEGA and with the Mobility Cluster of Lower Saxony.</p>
<h2>Statements</h2>
<p>"Clusters are where small firms learn what the big ones already know. If regional policy stops funding that, the gap will widen," said Dr. Friederike von Bodelschwingh at the members' meeting.</p>
<p>Dr. Matthias Oberhessen, head of the Cluster Policy Unit at the HMWEVW, who attended as a guest, welcomed the paper: "We will take these demands into our consultation. The question of multi-annual funding is one we share."</p>
<p>Elif Kaya-Brandt, managing director of MoVe Nordhessen, added: "Five-year funding would let us plan like a company, not like a project."</p>
<h2>Next steps</h2>
<p>The association will present the paper at the European Cluster Conference in Brussels on 10–11 March 2035 and discuss it with Members of the European Parliament from Hesse at a breakfast meeting in Wiesbaden on {wd(2035,2,3)} 3 February 2035. Members can send comments to the office until 15 January 2035.</p>
<p class="contact">Contact: Jonas Riedesel, policy officer, ClusterAllianz Hessen e.V., Ständeplatz, Kassel · press@clusterallianz-hessen.example.de</p>
<p class="share">Share: LinkedIn · Mastodon · E-mail · Print</p>
</main>
<footer>© 2034 ClusterAllianz Hessen e.V. · Imprint · Privacy · Accessibility · Register of associations Kassel VR 0000</footer>
</body></html>
"""
write(F, T)
C='ClusterAllianz Hessen e.V.'
gold(F,
 [P('Friederike von Bodelschwingh','chair',C), P('Kemal Aydın-Schäfer','vice-chair',C),
  P('Matthias Oberhessen','head of the Cluster Policy Unit','HMWEVW'), P('Elif Kaya-Brandt','managing director','MoVe Nordhessen'),
  P('Jonas Riedesel','policy officer',C)],
 [O(C), O('MoVe Nordhessen'), O('deENet'), O('Frankfurt Biotech Alliance'), O('House of Logistics and Mobility','HOLM'), O('University of Kassel'),
  O('European Commission'), O('Hessian Ministry of Economics, Energy, Transport and Housing','HMWEVW'), O('Cluster Policy Unit'), O('Federal Government'),
  O('European Cluster Collaboration Platform','ECCP'), O('ThEGA'), O('Mobility Cluster of Lower Saxony'), O('European Parliament')],
 [E("members' meeting",'2034-11-16','2034-11-16','Kassel','Germany'), E('European Cluster Conference','2035-03-10','2035-03-11','Brussels','Belgium'),
  E('breakfast meeting','2035-02-03','2035-02-03','Wiesbaden','Germany')],
 ['2034-11-16','2034-11-14','2027','2035-01-31','2034-09','2035-03-10/2035-03-11','2035-02-03','2035-01-15','2034'],
 km=DEM, pub='2034-11-16')
