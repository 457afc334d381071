from h import *
F = 'g15_bornholm_energy_island_news.html'
assert wd(2041,8,29)=='Thursday' and wd(2041,8,30)=='Friday' and wd(2041,9,17)=='Tuesday' and wd(2041,11,12)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News – Bright Green Island Cluster</title></head>
<body>
<div id="cc">We use cookies for statistics. <a href="/privacy">Privacy policy</a> <button>Accept</button> <button>Decline</button></div>
<header><p class="logo">Bright Green Island Cluster · Bornholm</p>
<nav><a href="/">Home</a> · <a href="/members">Members</a> · <a href="/energy-island">Energy Island</a> · <a href="/news" class="active">News</a> · <a href="/events">Events</a> · <a href="/da">Dansk</a></nav></header>
<main>
<h1>News</h1>

<article>
<h2>Energy Island Conference: "Build the grid before the hype"</h2>
<p class="meta">9 September 2041 · Events</p>
<p>The Bornholm Energy Island Conference 2041 gathered 310 participants in Rønne on Thursday 29 and Friday 30 August. The fifth edition of the conference was organised by the Bright Green Island Cluster with Bornholms Regionskommune and the Danish Energy Agency, and focused on what the offshore wind hub means for local companies.</p>
<p>Speakers included Mette Højgaard-Sørensen, Mayor of Bornholm, Dr. Jakob Kristiansen Lund from the Technical University of Denmark (DTU), and Agnė Žukauskaitė of the Lithuanian offshore wind cluster Baltic Wind LT. A delegation of 14 companies from Mecklenburg-Vorpommern took part with the support of the WFMV economic development agency.</p>
<p>The organisers summarised the main outcomes of the two days as follows:</p>
<ul>
<li>Local suppliers need two to three years' notice of tenders to qualify for offshore work</li>
<li>Grid connection and port capacity in Rønne must be expanded before new projects are announced</li>
<li>The island should use part of the revenue from the energy hub for vocational training on Bornholm</li>
<li>Cooperation with Lithuanian and German clusters should continue through a joint supplier database</li>
</ul>
<p>Previous editions: Rønne (2037), Nexø (2038), Rønne (2039), Allinge (2040). <a href="/news/eic2041">Read more</a></p>
</article>

<article>
<h2>Member survey 2041: satisfaction up, but export support wanted</h2>
<p class="meta">2 September 2041 · Cluster news</p>
<p>Between 15 May and 30 June, 84 of our 131 members answered the annual survey. 79 percent are satisfied or very satisfied with the cluster, up from 71 percent in 2040. The most requested new service is help with exports to Germany and Poland. Members also asked for more events outside Rønne, especially in the north of the island. Analyst Sune Rasmussen presented the results at the board meeting on 28 August. <a href="/news/survey2041">Read more</a></p>
</article>

<article>
<h2>Board appoints new cluster manager</h2>
<p class="meta">25 August 2041 · Cluster news</p>
<p>The board of the Bright Green Island Cluster has appointed Ida Marie Nørgaard-Petersen as cluster manager from 1 October 2041. She comes from Business Center Bornholm, where she has worked as business adviser since 2036. She replaces Carsten Holm, cluster manager from 2033 until this summer, who now joins Ørsted. The board's chair, Birgit Vestergaard (Vestergaard Elteknik ApS), thanked Holm for "eight years of building bridges between the island and the offshore industry".</p>
</article>

<article>
<h2>Cluster joins Baltic offshore supplier partnership</h2>
<p class="meta">18 August 2041 · International</p>
<p>The Bright Green Island Cluster has signed a cooperation agreement with Baltic Wind LT and the Offshore Cluster Mecklenburg-Vorpommern e.V. in Rostock. The three clusters will build a joint database of offshore suppliers around the southern Baltic and organise a matchmaking day for members in Klaipėda in spring 2042. The agreement was signed in Rostock by Birgit Vestergaard, Dr. Tomas Šimkus for the Lithuanian side and Heike Brandt-Olesen, managing director of the German cluster. <a href="/news/baltic-partnership">Read more</a></p>
</article>

<h2>Coming up</h2>
<ul>
<li><strong>Tuesday 17 September 2041, 14:00–16:00</strong> – Webinar: preparing for offshore tenders (online)</li>
<li><strong>Tuesday 12 November 2041</strong> – General assembly of the Bright Green Island Cluster, Gudhjem</li>
<li><strong>1 December 2041 – 31 January 2042</strong> – Energy Island Innovation Challenge for students, applications open</li>
</ul>

<nav class="pager"><a href="/news?p=2">Older news ›</a></nav>
</main>
<footer><p>Bright Green Island Cluster · Ullasvej 23, 3700 Rønne · Supported by Bornholms Regionskommune and the Danish Board of Business Development · <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
B="Bright Green Island Cluster"
gold(F,
 [P("Mette Højgaard-Sørensen","Mayor of Bornholm","Bornholms Regionskommune"),
  P("Jakob Kristiansen Lund",None,"Technical University of Denmark"),
  P("Agnė Žukauskaitė",None,"Baltic Wind LT"),
  P("Sune Rasmussen","Analyst",None),
  P("Ida Marie Nørgaard-Petersen","cluster manager",B),
  P("Carsten Holm","cluster manager",B),
  P("Birgit Vestergaard","chair",B),
  P("Tomas Šimkus",None,"Baltic Wind LT"),
  P("Heike Brandt-Olesen","managing director","Offshore Cluster Mecklenburg-Vorpommern e.V.")],
 [O(B), O("Bornholms Regionskommune"), O("Danish Energy Agency"), O("Technical University of Denmark","DTU"),
  O("Baltic Wind LT"), O("WFMV"), O("Business Center Bornholm"), O("Ørsted"), O("Vestergaard Elteknik ApS"),
  O("Danish Board of Business Development"), O("Offshore Cluster Mecklenburg-Vorpommern e.V.")],
 [E("Bornholm Energy Island Conference 2041","2041-08-29","2041-08-30","Rønne","Denmark"),
  E("Bornholm Energy Island Conference","2037",None,"Rønne","Denmark"),
  E("Bornholm Energy Island Conference","2038",None,"Nexø","Denmark"),
  E("Bornholm Energy Island Conference","2039",None,"Rønne","Denmark"),
  E("Bornholm Energy Island Conference","2040",None,"Allinge","Denmark"),
  E("board meeting","2041-08-28",None,None,None),
  E("Webinar: preparing for offshore tenders","2041-09-17",None,None,None),
  E("matchmaking day","2042",None,"Klaipėda","Lithuania"),
  E("General assembly of the Bright Green Island Cluster","2041-11-12",None,"Gudhjem","Denmark")],
 ["2041-09-09","2041-08-29/2041-08-30","2037","2038","2039","2040","2041-09-02","2041-05-15/2041-06-30","2041-08-28",
  "2041-08-25","2041-10-01","2036","2033","2041-09-17","2041-11-12","2041-12-01/2042-01-31","2041-08-18","2042"],
 ["Local suppliers need two to three years' notice of tenders to qualify for offshore work",
  "Grid connection and port capacity in Rønne must be expanded before new projects are announced",
  "The island should use part of the revenue from the energy hub for vocational training on Bornholm",
  "Cooperation with Lithuanian and German clusters should continue through a joint supplier database"],
 pub=None)
