from common import *
t = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Moderators &amp; Rapporteurs – Munster Dairy Innovation Forum 2032</title></head>
<body>
<header><div class="logo">MDIF 2032</div>
<nav><a href="/">Home</a> · <a href="/programme">Programme</a> · <a href="/speakers">Speakers</a> · <a href="/moderators">Moderators &amp; Rapporteurs</a> · <a href="/venue">Venue &amp; Travel</a> · <a href="/register">Register</a></nav></header>
<p class="crumbs">Home / Programme / Moderators &amp; Rapporteurs</p>
<main>
<h1>Moderators &amp; Rapporteurs</h1>
<p>The Munster Dairy Innovation Forum 2032 takes place on 21&ndash;22 April 2032 at City Hall, Cork. It is organised by Lee Valley Dairy Cluster CLG with Teagasc and University College Cork. Every session has a moderator who runs the discussion and a rapporteur who writes the session summary that will be presented in the closing plenary and published in the Forum report in June 2032.</p>

<h2>Day 1 &ndash; Wednesday 21 April</h2>
<h3>Opening plenary: Milk in a carbon-constrained world (09:30&ndash;11:00)</h3>
<p><b>Moderator:</b> Siobhán Ní Bhriain, broadcaster and agri-food journalist</p>
<p><b>Rapporteur:</b> Dr. Cathal Mac Donncha, Senior Research Officer, Teagasc Moorepark</p>

<h3>Session 1A: Precision fermentation and new dairy proteins (11:30&ndash;13:00)</h3>
<p><b>Moderator:</b> Prof. Aoife O'Driscoll, School of Food and Nutritional Sciences, University College Cork</p>
<p><b>Rapporteur:</b> Lorcan Phelan, PhD candidate, University College Cork</p>

<h3>Session 1B: Farm data and traceability (11:30&ndash;13:00)</h3>
<p><b>Moderator:</b> Henrike de Vries-Amstel, Innovation Manager, Fryslân Zuivel Cluster (Leeuwarden)</p>
<p><b>Rapporteur:</b> Niamh Cotter, project officer, Lee Valley Dairy Cluster</p>

<h3>Session 2: Export markets after 2030 (14:30&ndash;16:00)</h3>
<p><b>Moderator:</b> Dermot Fitzgibbon, Head of Dairy Markets, Bord Bia</p>
<p><b>Rapporteur:</b> Karolina Nowicka, analyst, Mleko-Pomorze Sp. z o.o.</p>

<h2>Day 2 &ndash; Thursday 22 April</h2>
<h3>Session 3: Skills for the dairy plant of 2040 (09:30&ndash;11:00)</h3>
<p><b>Moderator:</b> Gearóid Ó Súilleabháin, Chief Executive Officer, Lee Valley Dairy Cluster CLG</p>
<p><b>Rapporteur:</b> Emer Lynch-Barry, Munster Technological University</p>

<h3>Session 4: Cluster-to-cluster cooperation &ndash; matchmaking round (11:30&ndash;13:00)</h3>
<p>Moderated jointly by <b>Pierre-Yves Kermarrec</b> (Garonne Agri-Food Cluster, France) and <b>Lotte Bjerregaard</b> (Jutland Food Alliance), with the support of the Enterprise Europe Network. No rapporteur: results are collected through the matchmaking platform.</p>

<h3>Closing plenary: what we heard (14:00&ndash;15:00)</h3>
<p>Summary of the rapporteurs, presented by the general rapporteur <b>Dr. Úna Breathnach</b>, independent consultant and former Director of the National Dairy Council, followed by closing remarks of <b>Michael Hegarty</b>, Chairperson, Lee Valley Dairy Cluster CLG.</p>

<h2>About the roles</h2>
<p>Moderators are asked to keep speaker inputs short (no more than seven minutes each) and to give at least half of every session to questions from the floor. They receive the speakers' slides one week before the Forum and meet their speakers online beforehand to agree the sequence of the discussion.</p>
<p>Rapporteurs do not take part in the debate. Their task is to capture the three to five messages that the session would like the dairy sector, researchers and policy makers to take home, including points of disagreement. The general rapporteur brings the session summaries together into one short statement for the closing plenary. Rapporteurs are asked to avoid long lists of names and to focus on proposals that could be tested in the region within two years.</p>
<p>All moderators and rapporteurs take part free of charge and are invited to the speakers' dinner on the evening of Day 1.</p>

<h2>Guidance for rapporteurs</h2>
<p>Please send your one-page summary to the programme team (programme@mdif.example) by 29 April 2032. Template and last year's report (Forum 2031, Killarney) are available in the shared folder.</p>

<h2>Previous editions</h2>
<p>2029 &ndash; Clonakilty &middot; 2030 &ndash; Kilkenny &middot; 2031 &ndash; Killarney</p>
</main>
<footer><p>Munster Dairy Innovation Forum is an initiative of Lee Valley Dairy Cluster CLG &middot; Registered in Ireland &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a></p></footer>
</body></html>
"""
save("moderators-rapporteurs_munster-dairy-innovation-forum-2032.html", t, None,
 people=[P("Siobhán Ní Bhriain","broadcaster and agri-food journalist",None),
  P("Cathal Mac Donncha","Senior Research Officer","Teagasc Moorepark"),
  P("Aoife O'Driscoll",None,"School of Food and Nutritional Sciences"),
  P("Lorcan Phelan","PhD candidate","University College Cork"),
  P("Henrike de Vries-Amstel","Innovation Manager","Fryslân Zuivel Cluster"),
  P("Niamh Cotter","project officer","Lee Valley Dairy Cluster CLG"),
  P("Dermot Fitzgibbon","Head of Dairy Markets","Bord Bia"),
  P("Karolina Nowicka","analyst","Mleko-Pomorze Sp. z o.o."),
  P("Gearóid Ó Súilleabháin","Chief Executive Officer","Lee Valley Dairy Cluster CLG"),
  P("Emer Lynch-Barry",None,"Munster Technological University"),
  P("Pierre-Yves Kermarrec",None,"Garonne Agri-Food Cluster"),
  P("Lotte Bjerregaard",None,"Jutland Food Alliance"),
  P("Úna Breathnach","independent consultant",None),
  P("Michael Hegarty","Chairperson","Lee Valley Dairy Cluster CLG")],
 orgs=[O("Lee Valley Dairy Cluster CLG","Lee Valley Dairy Cluster"),O("Teagasc"),O("University College Cork"),
  O("Teagasc Moorepark"),O("School of Food and Nutritional Sciences"),O("Fryslân Zuivel Cluster"),
  O("Bord Bia"),O("Mleko-Pomorze Sp. z o.o."),O("Munster Technological University"),O("Garonne Agri-Food Cluster"),
  O("Jutland Food Alliance"),O("Enterprise Europe Network"),O("National Dairy Council")],
 events=[E("Munster Dairy Innovation Forum 2032","2032-04-21","2032-04-22","Cork","Ireland"),
  E("Munster Dairy Innovation Forum 2031","2031",None,"Killarney","Ireland"),
  E("Munster Dairy Innovation Forum 2029","2029",None,"Clonakilty","Ireland"),
  E("Munster Dairy Innovation Forum 2030","2030",None,"Kilkenny","Ireland")],
 dates=["2032-04-21/2032-04-22","2032-06","2032-04-21","2032-04-22","2032-04-29","2029","2030","2031"])
