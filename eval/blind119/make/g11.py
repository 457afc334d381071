from h import *
F = 'g11_eu_cluster_expert_group_members.html'
assert wd(2038,1,27)=='Wednesday' and wd(2038,3,4)=='Thursday' and wd(2038,6,9)=='Wednesday' and wd(2038,1,15)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Members of the Expert Group on Clusters appointed | European Cluster Collaboration Platform</title></head>
<body>
<div id="cookie-banner">We use cookies to measure how the site is used. <button>Accept all</button> <button>Only necessary</button></div>
<header><a href="/">ECCP</a> <nav>Cluster organisations | Partnerships | Events | News | Cluster policy | Tools</nav> <a href="/login">Log in</a></header>
<main>
<p class="breadcrumb">Home / News / Cluster policy</p>
<h1>Twenty-five members appointed to the new Expert Group on Clusters</h1>
<p class="submitted">Submitted by ECCP Team on 15 January 2038</p>
<p>The European Commission has appointed the members of the third Expert Group on Clusters, which will advise the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs on cluster policy from 2038 to 2040. The group follows the two earlier groups (2021–2023 and 2034–2036) and will focus on skills, resilient supply chains and the role of clusters in the clean industrial transition.</p>
<p>The members were selected after a call for applications that closed on 30 September 2037. The Commission received 212 applications from 27 countries.</p>
<h2>Chair and rapporteurs</h2>
<p>The group will be chaired by Dr. Inês Carvalho-Mendes, Head of Unit for Industrial Forum, Alliances and Clusters at DG GROW. Two rapporteurs were appointed from among the members: Dr. Mikael Sundqvist (Vinnova, Sweden) for the work stream on skills, and Prof. Aleksandra Wiśniewska-Grabowska (Wrocław University of Economics and Business) for the work stream on supply chains.</p>
<h2>Members appointed in a personal capacity</h2>
<ul>
<li>Dr. Mikael Sundqvist, Senior Programme Manager, Vinnova</li>
<li>Prof. Aleksandra Wiśniewska-Grabowska, Wrocław University of Economics and Business</li>
<li>Jean-Baptiste Le Goff, independent cluster expert, Rennes</li>
<li>Dr. Eleni Papadopoulou, former Director of the Corallia Clusters Initiative, Athens</li>
</ul>
<h2>Members representing organisations</h2>
<p>The following organisations are represented, each by the person named:</p>
<ul>
<li>European Clusters Alliance (ECA) – Karel Novotný, President</li>
<li>Council of European BioRegions (CEBR) – Anaïs Dubreuil-Martin, Network Manager</li>
<li>SMEunited – Giacomo Lo Bianco, Director for Industrial Policy</li>
<li>Clusterland Oberösterreich – Dr. Barbara Eichinger-Pühringer, Managing Director</li>
<li>Cluster Excellence Denmark – Mette Kjær Holm, Head of Analysis</li>
<li>Basque Government, Department of Economic Development – Iñaki Etxeberria Urrutia, Director of Technology and Strategy</li>
<li>Enterprise Ireland – Siobhán Ní Bhriain, Manager, Regional Development</li>
</ul>
<p>The full list of 25 members, including observers from the European Committee of the Regions and the Joint Research Centre (JRC), is available in the Register of Commission Expert Groups.</p>
<h2>Meetings</h2>
<p>The inaugural meeting of the group will take place on Wednesday 27 January 2038 in Brussels. Further plenary meetings are scheduled for Thursday 4 March 2038 (online) and Wednesday 9 June 2038 in Ljubljana, back to back with the European Cluster Conference on 9–10 June 2038. The group's recommendations are expected by December 2039.</p>
<h2>Lessons learnt from the previous group</h2>
<p>In its final report of November 2036, the second Expert Group on Clusters listed what it would do differently:</p>
<ul>
<li>Agree on a small number of questions in the first meeting and keep to them</li>
<li>Invite cluster managers from less developed regions to every meeting</li>
<li>Test each recommendation with at least three national cluster programmes before publishing it</li>
</ul>
<p>"Clusters are where industrial policy meets real companies," said Dr. Inês Carvalho-Mendes. "This group will help us make sure that what we decide in Brussels works in Linz, in Bilbao and in Wrocław."</p>
<p class="tags">Tags: cluster policy, expert group, DG GROW</p>
<p><a href="/news">Read more news</a> | Share on LinkedIn | Share by e-mail</p>
</main>
<footer>The European Cluster Collaboration Platform is an initiative of the European Commission. Contact | Legal notice | Accessibility | Privacy</footer>
</body></html>"""
write(F, T)
G="Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"
gold(F,
 [P("Inês Carvalho-Mendes","Head of Unit for Industrial Forum, Alliances and Clusters","DG GROW"),
  P("Mikael Sundqvist","Senior Programme Manager","Vinnova"),
  P("Aleksandra Wiśniewska-Grabowska","rapporteur","Wrocław University of Economics and Business"),
  P("Jean-Baptiste Le Goff","independent cluster expert",None),
  P("Eleni Papadopoulou","former Director","Corallia Clusters Initiative"),
  P("Karel Novotný","President","European Clusters Alliance"),
  P("Anaïs Dubreuil-Martin","Network Manager","Council of European BioRegions"),
  P("Giacomo Lo Bianco","Director for Industrial Policy","SMEunited"),
  P("Barbara Eichinger-Pühringer","Managing Director","Clusterland Oberösterreich"),
  P("Mette Kjær Holm","Head of Analysis","Cluster Excellence Denmark"),
  P("Iñaki Etxeberria Urrutia","Director of Technology and Strategy","Department of Economic Development"),
  P("Siobhán Ní Bhriain","Manager, Regional Development","Enterprise Ireland")],
 [O("European Cluster Collaboration Platform","ECCP"), O("European Commission"), O(G,"DG GROW"), O("Expert Group on Clusters"),
  O("Vinnova"), O("Wrocław University of Economics and Business"), O("Corallia Clusters Initiative"),
  O("European Clusters Alliance","ECA"), O("Council of European BioRegions","CEBR"), O("SMEunited"), O("Clusterland Oberösterreich"),
  O("Cluster Excellence Denmark"), O("Basque Government"), O("Department of Economic Development"), O("Enterprise Ireland"),
  O("European Committee of the Regions"), O("Joint Research Centre","JRC")],
 [E("inaugural meeting","2038-01-27",None,"Brussels","Belgium"),
  E("plenary meetings","2038-03-04",None,None,None),
  E("plenary meetings","2038-06-09",None,"Ljubljana","Slovenia"),
  E("European Cluster Conference","2038-06-09","2038-06-10","Ljubljana","Slovenia")],
 ["2038-01-15","2038/2040","2021/2023","2034/2036","2037-09-30","2038-01-27","2038-03-04","2038-06-09","2038-06-09/2038-06-10","2039-12","2036-11"],
 ["Agree on a small number of questions in the first meeting and keep to them",
  "Invite cluster managers from less developed regions to every meeting",
  "Test each recommendation with at least three national cluster programmes before publishing it"], pub="2038-01-15")
