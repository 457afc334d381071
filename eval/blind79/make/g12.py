from h import *
F = 'g12_mullingar_cluster_awards_2034.html'
T = f"""<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="utf-8"><title>Winners announced: Midlands Cluster Excellence Awards 2034 | Westmeath Enterprise Network</title></head>
<body>
<div id="cookie-banner">We use essential cookies to make our site work. With your consent, we may also use non-essential cookies to improve user experience. <a href="#">Accept</a> <a href="#">Reject</a> <a href="#">Manage preferences</a></div>
<header><p class="logo">Westmeath Enterprise Network</p>
<nav><a href="/">Home</a> | <a href="/clusters">Our clusters</a> | <a href="/events">Events</a> | <a href="/awards">Awards</a> | <a href="/news">News</a> | <a href="/join">Join</a> | <a href="/ga">Gaeilge</a></nav></header>
<main>
<p class="crumb">Home › News › Awards</p>
<h1>Winners announced: Midlands Cluster Excellence Awards 2034</h1>
<p class="meta">Posted on {w(2034,11,17)} 17 November 2034 by the WEN Communications Team</p>

<p>The fourth Midlands Cluster Excellence Awards were presented on {w(2034,11,14)} evening, 14 November 2034, at a ceremony in the Mullingar Park Hotel, Mullingar, Co. Westmeath. More than 260 guests from clusters, companies, local authorities and third-level institutions across the Midlands attended. The ceremony was hosted by broadcaster Gráinne Ní Fhlatharta, and the awards were presented by Peter Burke-Kenny TD, Minister of State at the Department of Enterprise, Trade and Employment.</p>

<p>The awards are organised by the Westmeath Enterprise Network (WEN) with the Midlands Regional Enterprise Plan steering committee, and sponsored by Enterprise Ireland, the Eastern and Midland Regional Assembly (EMRA) and AIB. They recognise clusters and cluster projects that have delivered measurable results for their members in the previous two years.</p>

<h2>The jury</h2>
<p>Entries were assessed by an independent jury of five:</p>
<ul>
<li>Dr. Aoife McGrath-Doyle, Head of the School of Business, Technological University of the Shannon (TUS), Athlone – Chair of the jury</li>
<li>Pádraig Ó Catháin, Regional Director, Midlands, Enterprise Ireland</li>
<li>Dr. Merel van den Akker, senior cluster expert, European Foundation for Cluster Excellence, Brussels</li>
<li>Niamh Kilbride-Moran, CEO, Irish Manufacturing Research</li>
<li>Ruairí Geoghegan, Director of Economic Development, Westmeath County Council</li>
</ul>
<p>The jury met on 9 October 2034 to select the shortlist, and shortlisted applicants pitched to the jury in Athlone on 23 October 2034.</p>

<h2>Shortlist and winners</h2>
<h3>Cluster of the Year</h3>
<p>Shortlisted: Midlands Engineering Cluster; Irish Lakelands Food Network; Longford–Westmeath MedTech Alliance.</p>
<p><strong>Winner: Irish Lakelands Food Network</strong>, for its shared export office in Dublin and a joint packaging laboratory that 22 small food producers now use. The award was accepted by the network's manager, Orla Brennan-Fitzsimons.</p>

<h3>Cluster Project of the Year</h3>
<p>Shortlisted: "Green Kilns" (Midlands Engineering Cluster); "Skills Passport" (Longford–Westmeath MedTech Alliance); "Bog to Business" (Offaly Rural Enterprise Hub).</p>
<p><strong>Winner: "Skills Passport"</strong>, a digital record of training recognised by eleven medtech employers in the region. Project lead Kevin Nwachukwu-Byrne said the passport had cut onboarding time by a third.</p>

<h3>Cluster Manager of the Year</h3>
<p>Shortlisted: Máire de Búrca (Midlands Engineering Cluster); Tomasz Zieliński (Longford–Westmeath MedTech Alliance); Orla Brennan-Fitzsimons (Irish Lakelands Food Network).</p>
<p><strong>Winner: Máire de Búrca</strong>, cluster manager of the Midlands Engineering Cluster, who grew the cluster from 14 to 41 members since 2031 and led its first Horizon Europe consortium.</p>

<h3>Special Jury Award</h3>
<p><strong>Winner: Athlone Community Energy Co-operative</strong>, for a project that links engineering SMEs with community solar farms. Accepted by chairperson Seán Ó Riordáin.</p>

<h2>Key conclusions of the jury</h2>
<p>In her speech, jury chair Dr. McGrath-Doyle noted that the quality of entries had "risen every single year" and that 31 entries had been received, compared with 18 in 2031. She summarised the jury's main conclusions in three points, which will also be sent to the Regional Enterprise Plan steering committee as recommendations for the next plan period:</p>
<ol>
<li>The strongest clusters are those whose members share real assets, such as a laboratory, an export office or a training record, not only events.</li>
<li>Skills remain the biggest bottleneck in the Midlands, and clusters are well placed to fix it together with TUS and the Education and Training Boards.</li>
<li>Clusters should measure their results with the same rigour they ask of their members.</li>
</ol>

<h2>Evening programme</h2>
<p>The evening began with a drinks reception at 18:30 sponsored by AIB, followed by the awards dinner at 19:30. Between the courses, Ger Conneely of Enterprise Ireland presented the new Regional Cluster Development Fund, which opens for applications on 15 January 2035. The evening closed with music by the Mullingar Comhaltas group. Guests travelled from as far as Galway and Dundalk, and a delegation from the Flemish cluster Flux50 joined as guests of WEN.</p>

<h2>Looking ahead</h2>
<p>The 2035 awards will open for entries on 1 June 2035, with the ceremony planned for November 2035 in Tullamore. The categories will be reviewed by the steering committee in spring. All finalists of 2034 are invited to a masterclass with the European Foundation for Cluster Excellence in Athlone on 26 February 2035.</p>

<p>Congratulations to all winners and finalists, and thanks to the jury, the sponsors and the team of the Mullingar Park Hotel.</p>

<p class="photos">Photos: Eoin Mac Lochlainn Photography. The full gallery is available on our Flickr page.</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">Email</a></p>
<p class="related">Related: <a href="#">Shortlist announced for the 2034 awards (24 October 2034)</a> · <a href="#">How to write a winning entry</a></p>
</main>
<footer><p>Westmeath Enterprise Network CLG · Business Park, Mullingar, Co. Westmeath, N91 XXXX · Registered charity number 2000000</p><p><a href="#">Privacy statement</a> · <a href="#">Accessibility</a> · <a href="#">Contact</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Gráinne Ní Fhlatharta", "broadcaster", None),
  P("Peter Burke-Kenny", "Minister of State", "Department of Enterprise, Trade and Employment"),
  P("Aoife McGrath-Doyle", "Head of the School of Business", "Technological University of the Shannon"),
  P("Pádraig Ó Catháin", "Regional Director, Midlands", "Enterprise Ireland"),
  P("Merel van den Akker", "senior cluster expert", "European Foundation for Cluster Excellence"),
  P("Niamh Kilbride-Moran", "CEO", "Irish Manufacturing Research"),
  P("Ruairí Geoghegan", "Director of Economic Development", "Westmeath County Council"),
  P("Orla Brennan-Fitzsimons", "manager", "Irish Lakelands Food Network"),
  P("Kevin Nwachukwu-Byrne", "Project lead", None),
  P("Máire de Búrca", "cluster manager", "Midlands Engineering Cluster"),
  P("Tomasz Zieliński", None, "Longford–Westmeath MedTech Alliance"),
  P("Seán Ó Riordáin", "chairperson", "Athlone Community Energy Co-operative"),
  P("Ger Conneely", None, "Enterprise Ireland"),
  P("Eoin Mac Lochlainn", None, "Eoin Mac Lochlainn Photography")],
 [O("Westmeath Enterprise Network", "WEN"), O("Mullingar Park Hotel"), O("Department of Enterprise, Trade and Employment"),
  O("Midlands Regional Enterprise Plan steering committee"), O("Enterprise Ireland"), O("Eastern and Midland Regional Assembly", "EMRA"),
  O("AIB"), O("Technological University of the Shannon", "TUS"), O("European Foundation for Cluster Excellence"),
  O("Irish Manufacturing Research"), O("Westmeath County Council"), O("Midlands Engineering Cluster"),
  O("Irish Lakelands Food Network"), O("Longford–Westmeath MedTech Alliance"), O("Offaly Rural Enterprise Hub"),
  O("Athlone Community Energy Co-operative"), O("Education and Training Boards"), O("Mullingar Comhaltas"),
  O("Eoin Mac Lochlainn Photography"), O("Flux50")],
 [E("Midlands Cluster Excellence Awards 2034", "2034-11-14", None, "Mullingar", "Ireland"),
  E("jury met", "2034-10-09"),
  E("shortlisted applicants pitched to the jury", "2034-10-23", None, "Athlone", "Ireland"),
  E("drinks reception", "2034-11-14", None, "Mullingar", "Ireland"),
  E("awards dinner", "2034-11-14", None, "Mullingar", "Ireland"),
  E("2035 awards", "2035-11", None, "Tullamore", "Ireland"),
  E("masterclass with the European Foundation for Cluster Excellence", "2035-02-26", None, "Athlone", "Ireland")],
 ["2034-11-17", "2034-11-14", "2034-10-09", "2034-10-23", "2031", "2035-01-15", "2035-06-01", "2035-11", "2035-02-26", "2034-10-24"],
 ["The strongest clusters are those whose members share real assets, such as a laboratory, an export office or a training record, not only events",
  "Skills remain the biggest bottleneck in the Midlands, and clusters are well placed to fix it together with TUS and the Education and Training Boards",
  "Clusters should measure their results with the same rigour they ask of their members"],
 pub="2034-11-17")
