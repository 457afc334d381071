from g import write
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Partners – PLAYBRIDGE</title></head>
<body>
<header class="site-header">
<a class="logo" href="/">PLAYBRIDGE</a>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/partners" class="active">Partners</a> <a href="/results">Results</a> <a href="/news">News</a> <a href="/events">Events</a> <a href="/contact">Contact</a></nav>
</header>
<div class="crumbs">You are here: <a href="/">Home</a> / Partners</div>
<main>
<h1>Partners</h1>
<p>PLAYBRIDGE – Bridging Game Development Clusters for Skills and Internationalisation – brings together nine
partners from seven countries. The project runs from 1 March 2032 to 28 February 2035 and is co-funded by the
European Union under the Single Market Programme (Joint Cluster Initiatives, "Euroclusters").</p>

<h2>Coordinator</h2>
<ul>
<li><strong>Krakowski Klaster Gier (KKG)</strong> (PL) – project coordinator; contact: Zuzanna Wójcik-Bednarz, project manager</li>
</ul>

<h2>Cluster partners</h2>
<ul>
<li><strong>Games Cluster Helsinki-Uusimaa (GCHU)</strong> (FI) – leads WP3 "Skills academies"</li>
<li><strong>Pôle Jeu Vidéo Occitanie (PJVO)</strong> (FR) – leads WP4 "Internationalisation"; contact: Lucas Ferrand-Aubert</li>
<li><strong>Baltic Interactive Media Association (BIMA)</strong> (LT)</li>
<li><strong>Cluster Videogiochi Piemonte (CVP)</strong> (IT)</li>
<li><strong>Dublin Games Collective (DGC)</strong> (IE) – leads WP5 "Communication"; contact: Aoife Ní Bhriain</li>
</ul>

<h2>Other partners</h2>
<ul>
<li><strong>Jagiellonian University, Institute of Culture</strong> (PL) – evaluation and skills framework</li>
<li><strong>Tartu Game Lab OÜ</strong> (EE) – training provider</li>
<li><strong>Kreativwirtschaft Ruhr gGmbH (KWR)</strong> (DE) – associated partner</li>
</ul>

<h2>Project events</h2>
<p>The mid-term meeting of the consortium took place in Toulouse on 18–19 September 2033, back-to-back with the
Occitanie Game Days. The final conference is planned in Kraków in January 2035.</p>

<p class="disclaimer">Co-funded by the European Union. Views and opinions expressed are however those of the author(s)
only and do not necessarily reflect those of the European Union or the European Innovation Council and SMEs
Executive Agency (EISMEA). Neither the European Union nor the granting authority can be held responsible for them.</p>
</main>
<footer>© PLAYBRIDGE consortium · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a></footer>
</body></html>
"""
write("partners.html", T, pub=None,
 people=[("Zuzanna Wójcik-Bednarz","project manager","Krakowski Klaster Gier"),("Lucas Ferrand-Aubert",None,"Pôle Jeu Vidéo Occitanie"),
  ("Aoife Ní Bhriain",None,"Dublin Games Collective")],
 orgs=[("Krakowski Klaster Gier","KKG"),("Games Cluster Helsinki-Uusimaa","GCHU"),("Pôle Jeu Vidéo Occitanie","PJVO"),
  ("Baltic Interactive Media Association","BIMA"),("Cluster Videogiochi Piemonte","CVP"),("Dublin Games Collective","DGC"),
  ("Jagiellonian University",None),("Institute of Culture",None),("Tartu Game Lab OÜ",None),("Kreativwirtschaft Ruhr gGmbH","KWR"),
  ("European Union",None),("European Innovation Council and SMEs Executive Agency","EISMEA")],
 events=[("mid-term meeting of the consortium","2033-09-18","2033-09-19","Toulouse","France"),
  ("Occitanie Game Days",None,None,"Toulouse","France"),("final conference","2035-01","2035-01","Kraków","Poland")],
 dates=["2032-03-01/2035-02-28","2033-09-18/2033-09-19","2035-01"])
