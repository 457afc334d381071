from h import *
F = 'malta-ministry-cluster-programme-press-release.html'
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Press Release PR 241136 – Government launches national cluster support scheme</title></head>
<body>
<div id="cookies">This website uses cookies to improve your experience. By continuing you agree to our cookie policy. <button>OK</button></div>
<nav>gov.mt › Ministries › Ministry for the Economy, Enterprise and Strategic Projects › Press releases | <a href="#">Malti</a> | <a href="#">English</a> | <a href="#">Search</a></nav>
<main>
<p class="meta">Press Release by the Ministry for the Economy, Enterprise and Strategic Projects<br>
Reference Number: PR 241136 · Date: {wd(2036,11,4)}, 4 November 2036</p>
<h1>Government launches €12 million national cluster support scheme</h1>
<h2>Il-Gvern iniedi skema nazzjonali ta' €12-il miljun għall-clusters</h2>

<p>The Minister for the Economy, Enterprise and Strategic Projects, the Hon. Dr Karl Vella Grech, today launched the National Cluster Support Scheme 2037–2041 during an event held at the Mediterranean Conference Centre in Valletta. The scheme, managed by Malta Enterprise, will support the management of industry clusters and their joint projects with €12 million over five years.</p>

<p>Also addressing the launch were the Parliamentary Secretary for EU Funds, the Hon. Ms Rebecca Buttigieg Farrugia, the Permanent Secretary within the Ministry, Mr Joseph A. Mifsud Bonnici, and the Chief Executive Officer of Malta Enterprise, Ms Kurt-Anne Zammit Lupi. The event was attended by the Head of the Representation of the European Commission in Malta, Ms Elena Grech-Sultana, and by representatives of the six clusters recognised so far.</p>

<p>Minister Vella Grech said that the scheme follows the recommendations of the national cluster mapping carried out in 2035 by the Malta Council for Economic and Social Development (MCESD). "Malta is small, and our companies cannot afford to work alone. Clusters allow a family business in Gozo and an international company in the Freeport to solve the same problem together," the Minister said. He thanked the members of the Cluster Policy Task Force chaired by Prof. Ing. Maria Attard Camilleri of the University of Malta for their work since February 2036.</p>

<p>Parliamentary Secretary Buttigieg Farrugia explained that the scheme is co-financed by the European Regional Development Fund and that clusters that take part in European networks will receive additional points. She mentioned the Malta Maritime Cluster, the Malta Life Sciences Cluster and the Gozo Agri-Food Cluster as examples of organisations that have already attracted European partners.</p>

<h3>What the scheme offers</h3>
<ul>
<li>Grants of up to €250,000 per cluster over three years to cover the costs of cluster management</li>
<li>Support for joint projects of at least five members, up to €400,000 per project</li>
<li>Vouchers of up to €15,000 for cluster managers' training and for benchmarking under the European Cluster Excellence Initiative</li>
<li>A national cluster forum to be organised once a year by Malta Enterprise</li>
</ul>

<p>The first call will open on {wd(2037,1,15)} 15 January 2037 and close on 31 March 2037. Information sessions will be held on 25 November 2036 at the Malta Enterprise offices in Gwardamanġa and on 27 November 2036 at the Gozo Innovation Hub in Xewkija.</p>

<h3>Recognised clusters</h3>
<p>The six clusters recognised under the pilot phase 2033–2036 are:</p>
<ul>
<li>Malta Maritime Cluster – Chairperson: Dr Rebecca Camilleri Azzopardi</li>
<li>Malta Life Sciences Cluster – Cluster Manager: Mr Daniel Spiteri</li>
<li>Gozo Agri-Food Cluster – President: Ms Marthese Xuereb</li>
<li>Malta Aviation Cluster – Chairperson: Capt. Keith Borg Cardona</li>
<li>Malta Digital Games Cluster – Cluster Manager: Ms Anna Ellul-Debono</li>
<li>Malta Creative Industries Cluster – Coordinator: Mr Jean-Claude Micallef</li>
</ul>

<p>Speaking on behalf of the clusters, Dr Camilleri Azzopardi said that stable funding for cluster management had been the clusters' main request since the first National Cluster Conference in 2033. "With this scheme we can plan beyond the next project and keep good people in our teams," she said.</p>

<p>The Minister also announced that the second edition of the National Cluster Forum will be held on 6 and 7 May 2037 in Valletta, and that Malta will host the meeting of the Mediterranean cluster policy network MEDCLUSTERS on 14 October 2037.</p>

<p class="contact">For more information: Malta Enterprise, Clusters and Ecosystems Unit, clusters@maltaenterprise.com, tel. 2542 0000</p>

<p class="share">Share: Facebook · X · LinkedIn · WhatsApp</p>
<p class="tags">Tags: economy, enterprise, clusters, EU funds, Gozo</p>
</main>
<footer>
<p>Department of Information · 3, Castille Place, Valletta VLT 1062 · Malta</p>
<p>© Government of Malta 2036 · <a href="#">Privacy</a> · <a href="#">Accessibility</a> · <a href="#">Contact</a></p>
</footer>
</body></html>
"""
write(F, T)
MIN = "Ministry for the Economy, Enterprise and Strategic Projects"
gold(F, [
 P("Karl Vella Grech", "Minister for the Economy, Enterprise and Strategic Projects", MIN),
 P("Rebecca Buttigieg Farrugia", "Parliamentary Secretary for EU Funds", None),
 P("Joseph A. Mifsud Bonnici", "Permanent Secretary", MIN),
 P("Kurt-Anne Zammit Lupi", "Chief Executive Officer", "Malta Enterprise"),
 P("Elena Grech-Sultana", "Head of the Representation of the European Commission in Malta", "European Commission"),
 P("Maria Attard Camilleri", "chair", "Cluster Policy Task Force"),
 P("Rebecca Camilleri Azzopardi", "Chairperson", "Malta Maritime Cluster"),
 P("Daniel Spiteri", "Cluster Manager", "Malta Life Sciences Cluster"),
 P("Marthese Xuereb", "President", "Gozo Agri-Food Cluster"),
 P("Keith Borg Cardona", "Chairperson", "Malta Aviation Cluster"),
 P("Anna Ellul-Debono", "Cluster Manager", "Malta Digital Games Cluster"),
 P("Jean-Claude Micallef", "Coordinator", "Malta Creative Industries Cluster"),
], [
 O(MIN), O("Malta Enterprise"), O("European Commission"), O("Malta Council for Economic and Social Development", "MCESD"),
 O("Cluster Policy Task Force"), O("University of Malta"), O("Malta Maritime Cluster"), O("Malta Life Sciences Cluster"),
 O("Gozo Agri-Food Cluster"), O("European Cluster Excellence Initiative"), O("Gozo Innovation Hub"), O("Malta Aviation Cluster"),
 O("Malta Digital Games Cluster"), O("Malta Creative Industries Cluster"), O("MEDCLUSTERS"), O("Clusters and Ecosystems Unit"),
 O("Department of Information"), O("Government of Malta"),
], [
 E("launch of the National Cluster Support Scheme", "2036-11-04", "2036-11-04", "Valletta", "Malta"),
 E("information session", "2036-11-25", "2036-11-25", "Gwardamanġa", "Malta"),
 E("information session", "2036-11-27", "2036-11-27", "Xewkija", "Malta"),
 E("first National Cluster Conference", "2033", "2033", None, "Malta"),
 E("second edition of the National Cluster Forum", "2037-05-06", "2037-05-07", "Valletta", "Malta"),
 E("meeting of the Mediterranean cluster policy network MEDCLUSTERS", "2037-10-14", "2037-10-14", None, "Malta"),
], ["2036-11-04", "2037/2041", "2035", "2036-02", "2037-01-15", "2037-03-31", "2036-11-25", "2036-11-27", "2033/2036", "2033",
    "2037-05-06/2037-05-07", "2037-10-14", "2036"], pub="2036-11-04")
