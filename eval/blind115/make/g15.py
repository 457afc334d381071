from h import *
F = 'g15_aberdeen_energy_cluster_news.html'
assert wd(2037,4,27)=='Monday' and wd(2037,5,13)=='Wednesday' and wd(2037,5,5)=='Tuesday' and wd(2037,6,16)=='Tuesday' and wd(2037,6,17)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>News | North East Scotland Energy Transition Cluster</title></head>
<body>
<div class="cookie-notice">We use essential cookies to make this site work, and optional analytics cookies to improve it. <a href="/cookies">Cookie settings</a> <button>Accept all</button></div>
<header><p class="site">NESETC · North East Scotland Energy Transition Cluster</p>
<nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/members">Members</a> · <a href="/insights">Insights</a> · <a href="/news">News</a> · <a href="/events">Events</a> · <a href="/contact">Contact</a></nav></header>
<main>
<h1>News</h1>
<p class="filter">Showing: all categories · <a href="/news?cat=policy">Policy</a> · <a href="/news?cat=reports">Reports</a> · <a href="/news?cat=members">Members</a></p>

<article>
<h2>Round table on offshore skills: conclusions sent to ministers</h2>
<p class="meta">13 May 2037 · Policy</p>
<p>Twenty-two employers, colleges and trade unions met at the Aberdeen offices of the cluster on Monday 27 April for a round table on how workers move from oil and gas into offshore wind, hydrogen and carbon capture. The session was chaired by Isla Fraser-MacLeod, chief executive of NESETC, and attended by Dr Callum Ó Súilleabháin, Deputy Director for Energy Transition at the Scottish Government, and Karen Duthie, Regional Officer of Unite the Union.</p>
<p>The participants agreed on the following conclusions, which have now been sent to the Scottish and UK energy ministers:</p>
<ul>
<li>An offshore energy skills passport, recognised by all operators, is needed by 2039 so that workers do not repeat the same safety training for each sector</li>
<li>Colleges need stable funding to run short conversion courses; one-year pilots have not allowed them to hire instructors</li>
<li>Pay and contract conditions in offshore wind must come closer to those in oil and gas if the transition is to keep experienced staff in the region</li>
<li>The cluster should publish a yearly skills outlook with its member companies</li>
</ul>
<p>"Nobody around the table disputed the direction. The disagreement is about speed and who pays," said Fraser-MacLeod. <a href="/news/round-table-skills">Read more</a></p>
</article>

<article>
<h2>Annual cluster report 2036/37: membership up, exports flat</h2>
<p class="meta">5 May 2037 · Reports</p>
<p>The cluster's annual report for the financial year 1 April 2036 to 31 March 2037 shows membership rising from 318 to 371 companies. Joint projects between members doubled, but the value of member exports stayed at the level of the previous year. The report was prepared with the Centre for Energy Transition of the University of Aberdeen and the Robert Gordon University.</p>
<p>Main outcomes of the year, in the words of the report:</p>
<ol>
<li>Fifty-three new members, most of them small engineering firms moving into offshore wind</li>
<li>Fourteen joint projects started, with a combined value of GBP 21 million</li>
<li>Two international partnerships signed, with the Norwegian cluster Energy Valley Bergen and the Dutch New Energy Coalition</li>
</ol>
<p>The report was launched at the cluster's annual general meeting in Peterhead on Wednesday 29 April. At the meeting, members re-elected Alasdair Strachan (Buchan Subsea Ltd) as Chair of the cluster and elected Dr Priya Venkataraman (Fyvie Hydrogen Ltd) as Vice-Chair. <a href="/news/annual-report-2037">Read more</a></p>
</article>

<article>
<h2>Save the date: Energy Transition Week Aberdeen</h2>
<p class="meta">30 April 2037 · Events</p>
<p>The fourth Energy Transition Week Aberdeen will take place from Tuesday 16 to Wednesday 17 June at P&amp;J Live. This year's programme includes a hydrogen investor day and a visit to the Kincardine floating wind farm. Early bird registration closes on 31 May. Exhibitors can still book stands through Aberdeen & Grampian Chamber of Commerce. <a href="/events/etw-2037">Read more</a></p>
</article>

<article>
<h2>Member news: Buchan Subsea wins decommissioning contract</h2>
<p class="meta">22 April 2037 · Members</p>
<p>Peterhead-based Buchan Subsea Ltd has won a three-year contract to remove subsea structures from two fields east of Shetland. <a href="/news/buchan-subsea">Read more</a></p>
</article>

<nav class="pager"><strong>1</strong> <a href="/news?page=2">2</a> <a href="/news?page=3">3</a> <a href="/news?page=2">Older posts &raquo;</a></nav>
</main>
<footer>
<p>North East Scotland Energy Transition Cluster Ltd is a company limited by guarantee registered in Scotland (SC000000). Registered office: 1 Albyn Place, Aberdeen AB10 1AA.</p>
<p>Supported by Opportunity North East and Scottish Enterprise. · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · © 2037 NESETC</p>
</footer>
</body></html>
"""
write(F, T)
N="North East Scotland Energy Transition Cluster Ltd"
gold(F,
 [P("Isla Fraser-MacLeod","chief executive","NESETC"),
  P("Callum Ó Súilleabháin","Deputy Director for Energy Transition","Scottish Government"),
  P("Karen Duthie","Regional Officer","Unite the Union"),
  P("Alasdair Strachan","Chair",N),
  P("Priya Venkataraman","Vice-Chair",N)],
 [O(N,"NESETC"), O("Scottish Government"), O("Unite the Union"), O("Centre for Energy Transition"),
  O("University of Aberdeen"), O("Robert Gordon University"), O("Energy Valley Bergen"), O("New Energy Coalition"),
  O("Buchan Subsea Ltd"), O("Fyvie Hydrogen Ltd"), O("Aberdeen & Grampian Chamber of Commerce"),
  O("Opportunity North East"), O("Scottish Enterprise")],
 [E("Round table on offshore skills","2037-04-27",None,"Aberdeen","United Kingdom"),
  E("annual general meeting","2037-04-29",None,"Peterhead","United Kingdom"),
  E("Energy Transition Week Aberdeen","2037-06-16","2037-06-17","Aberdeen","United Kingdom")],
 ["2037-05-13","2037-04-27","2039","2037-05-05","2036-04-01/2037-03-31","2037-04-29","2037-04-30","2037-06-16/2037-06-17","2037-05-31","2037-04-22","2036/2037"],
 ["An offshore energy skills passport, recognised by all operators, is needed by 2039 so that workers do not repeat the same safety training for each sector",
  "Colleges need stable funding to run short conversion courses; one-year pilots have not allowed them to hire instructors",
  "Pay and contract conditions in offshore wind must come closer to those in oil and gas if the transition is to keep experienced staff in the region",
  "The cluster should publish a yearly skills outlook with its member companies",
  "Fifty-three new members, most of them small engineering firms moving into offshore wind",
  "Fourteen joint projects started, with a combined value of GBP 21 million",
  "Two international partnerships signed, with the Norwegian cluster Energy Valley Bergen and the Dutch New Energy Coalition"],
 pub=None)
