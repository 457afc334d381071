from mk import save
T = '''<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Newsletter n&ordm; 42 &ndash; May 2035 | Basque Machining &amp; Tooling Cluster</title></head>
<body>
<header>
<nav class="main-nav"><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/news">News</a> | <a href="/contact">Contact</a> | <a href="/eu">EU</a> <a href="/es">ES</a></nav>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news">News</a> &rsaquo; Newsletter</div>
</header>
<main>
<h1>BMTC Newsletter n&ordm; 42 &middot; May 2035</h1>
<p class="byline">Posted on 6 May 2035 by BMTC Communication</p>

<h2>In this issue</h2>
<ul><li>Twelve members head to EMO Hannover</li><li>Digital twin pilot closes in Elgoibar</li><li>People</li><li>Agenda</li><li>Open calls</li></ul>

<h2>Twelve members head to EMO Hannover</h2>
<p>The Basque Machining &amp; Tooling Cluster (BMTC) will again coordinate a joint stand at EMO Hannover 2035, from 18 to 23 September 2035. Twelve member companies have confirmed, among them Fresalan S.L., Izartek S.Coop. and the grinding specialist Zorrotz. The stand is co-financed by the Basque Business Development Agency (SPRI) through its internationalisation line. A preparatory meeting for exhibitors is scheduled for 9 July in Donostia / San Sebasti&aacute;n.</p>

<h2>Digital twin pilot closes in Elgoibar</h2>
<p>After eighteen months of work, the TWINSHOP pilot ended on 28 April with a demonstration at the workshop of Mekagune S.A. in Elgoibar. Engineers from Mondragon Unibertsitatea and the cluster's technology partner Ikerlan modelled a five-axis machining cell and cut set-up times by a fifth. &ldquo;Small shops do not need a data lake, they need one screen that tells them where the next hour is lost,&rdquo; said Maite Goikoetxea, plant manager at Mekagune.</p>

<h2>People</h2>
<p><strong>Ane Etxeberria Urrutia</strong> has joined the BMTC team as head of internationalisation. She spent seven years at SPRI, most recently in its office in Munich. Ane takes over from I&ntilde;igo Zubizarreta, who retires in June after eleven years with the cluster. &ldquo;I&ntilde;igo opened the door to half of our export markets,&rdquo; said Koldo Arrieta, managing director of BMTC. &ldquo;We thank him warmly.&rdquo;</p>

<h2>Agenda</h2>
<h3>May&ndash;June 2035</h3>
<ul>
<li><strong>22 May</strong> &ndash; Cluster breakfast &ldquo;Cybersecurity for machine shops&rdquo;, Armeria Eskola, Eibar, 8:30&ndash;10:30</li>
<li><strong>4 June 2035</strong> &ndash; Webinar: CBAM reporting for toolmakers, 10:00&ndash;11:30 CET, online (with the Basque Government's Department of Industry)</li>
<li><strong>26.06.2035</strong> &ndash; BMTC General Assembly, Euskalduna Conference Centre, Bilbao</li>
</ul>

<h2>Open calls</h2>
<ul>
<li><strong>ClusterXchange:</strong> two places for a one-week exchange with a machinery cluster in Tampere. Expressions of interest by 30 May 2035.</li>
<li><strong>Hazitek 2035:</strong> the Basque Government's call for industrial R&amp;D projects is open until 12/06/2035. The BMTC project office offers a free pre-check of proposals.</li>
</ul>
<p>Questions? Write to <a href="mailto:news@bmtc.example">news@bmtc.example</a>.</p>
</main>
<footer>
<p>Basque Machining &amp; Tooling Cluster &middot; Parque Tecnol&oacute;gico, Zamudio &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a> &middot; <a href="/legal">Legal notice</a></p>
<p>&copy; 2035 BMTC. We use cookies to measure visits. <a href="#">Accept</a> <a href="#">Settings</a></p>
<p>Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">E-mail</a></p>
</footer>
</body>
</html>
'''
save('bmtc-newsletter-42-may-2035.html', T, '2035-05-06',
 [("Maite Goikoetxea","plant manager","Mekagune"),
  ("Ane Etxeberria Urrutia","head of internationalisation","BMTC"),
  ("Iñigo Zubizarreta","head of internationalisation","BMTC"),
  ("Koldo Arrieta","managing director","BMTC")],
 [("Basque Machining & Tooling Cluster","BMTC"),("Fresalan S.L.",None),("Izartek S.Coop.",None),("Zorrotz",None),
  ("Basque Business Development Agency","SPRI"),("Mekagune S.A.",None),("Mondragon Unibertsitatea",None),("Ikerlan",None),
  ("Armeria Eskola",None),("Basque Government",None),("Department of Industry",None)],
 [("EMO Hannover 2035","2035-09-18","2035-09-23","Hannover","Germany"),
  ("preparatory meeting for exhibitors","2035-07-09","2035-07-09","Donostia / San Sebastián","Spain"),
  ("TWINSHOP pilot demonstration","2035-04-28","2035-04-28","Elgoibar","Spain"),
  ("Cluster breakfast \"Cybersecurity for machine shops\"","2035-05-22","2035-05-22","Eibar","Spain"),
  ("Webinar: CBAM reporting for toolmakers","2035-06-04","2035-06-04",None,None),
  ("BMTC General Assembly","2035-06-26","2035-06-26","Bilbao","Spain")],
 ["2035-05","2035-05-06","2035-09-18/2035-09-23","2035-07-09","2035-04-28","2035-06","2035-05/2035-06","2035-05-22","2035-06-04","2035-06-26","2035-05-30","2035-06-12"],
 [])
