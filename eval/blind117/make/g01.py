from h import *
F = 'g01_bremen_aerospace_news.html'
assert wd(2038,9,21)=='Tuesday' and wd(2038,9,23)=='Thursday' and wd(2038,11,9)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News | AeroNord Bremen e.V.</title></head>
<body>
<div class="cookie">We use cookies for statistics and to remember your language. <a href="/privacy">Privacy policy</a> <button>OK</button> <button>Settings</button></div>
<header><p class="brand">AeroNord Bremen – the aerospace cluster of the north-west</p>
<nav><a href="/">Home</a> | <a href="/cluster">Cluster</a> | <a href="/members">Members</a> | <a href="/international">International</a> | <a href="/news">News</a> | <a href="/jobs">Jobs</a> | <a href="/de">Deutsch</a></nav></header>
<main>
<p class="crumbs">Home › News › International</p>
<h1>News from the cluster</h1>

<article>
<p class="meta">07.10.2038 · International · by Merle Oltmanns</p>
<h2>European aerospace clusters meet on the Weser: 52 delegates, two new members, three agreements</h2>
<p>For the first time in eleven years the General Assembly of the European Aerospace Cluster Partnership (EACP) came to Bremen. From Tuesday 21 to Thursday 23 September 2038, 52 delegates from 39 regions discussed skills shortages, the certification of hydrogen-powered aircraft and the future of the partnership's working groups. AeroNord Bremen hosted the meeting together with the Senator for Economic Affairs, Ports and Transformation of the Free Hanseatic City of Bremen.</p>
<p>The assembly welcomed two new members: the Lodzkie Aviation Valley Association from Łódź and Aerospace Cluster Sardinia (ACS), based in Cagliari. Delegates also re-elected Dr. Henrike van der Laan-Osterholz, Managing Director of AeroNord Bremen, as spokesperson of the EACP working group on internationalisation for 2038–2040.</p>
<p>On the second day three memoranda of understanding were signed:</p>
<ul>
<li>with the Québec cluster Aéro Montréal, represented by its Vice-President International, Geneviève Ouellet-Dubois;</li>
<li>with the Singapore Aerospace Industry Association (SAIA), represented by board member Tan Wei Ling;</li>
<li>with ASD Cluster Maroc, represented by its director, Youssef El Idrissi.</li>
</ul>
<p>"The agreements are not paper for the shelf," said van der Laan-Osterholz. "Each one comes with a named contact person and a first joint activity within twelve months." The programme closed on Thursday with a visit to the spacecraft integration halls of OHB System AG and a guided tour of the Airbus wing assembly line in Bremen.</p>
<p>The next General Assembly will be hosted by the Andalusian cluster Hélice in Seville in September 2039.</p>
<p><a href="/news/eacp-ga-2038">Read more</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Mail</a></p>
</article>

<article>
<p class="meta">25.10.2038 · Members · by Merle Oltmanns</p>
<h2>Success story: how a Delmenhorst machining shop landed its first space contract</h2>
<p>When Jannik Freese took over his father's machining company in 2031, Freese Präzisionstechnik GmbH made parts for agricultural machinery and the odd wind turbine. Seven years later a third of its turnover comes from aerospace. The turning point, he says, was the Space Supplier Days in Toulouse in April 2037, where AeroNord Bremen booked a joint stand for nine member companies.</p>
<p>"We had fourteen meetings in two days. Thirteen were polite. One was with a buyer from Thales Alenia Space, and that one changed everything," Freese remembers. After an audit in Cannes and a test batch of titanium brackets, the company signed a three-year framework contract in June 2038.</p>
<p>The cluster's internationalisation manager, Kerstin Abdel-Malik, points to three things that helped: a stand shared with bigger names, preparation of every meeting with a one-page profile, and a follow-up visit within six weeks. Freese has since hired four machinists and is working with the University of Bremen on additive repair of turbine parts.</p>
<p><a href="/news/freese-success">Read more</a></p>
</article>

<article>
<p class="meta">02.11.2038 · Events</p>
<h2>Webinar: selling to the Canadian aerospace market</h2>
<p>As a first activity under the new agreement with Aéro Montréal, we invite members to a webinar on Tuesday 9 November 2038, 15:00–16:30 CET. Speakers include Olivier Lachance-Roy of Investissement Québec and Ulrike Brandt, trade officer at the German-Canadian Chamber of Industry and Commerce in Montréal. Registration closes on 5 November. <a href="/events/webinar-canada">Register</a></p>
</article>

<nav class="pager"><a href="/news?page=2">‹ Newer</a> | <a href="/news?page=4">Older ›</a></nav>
<aside><h3>Contact</h3><p>AeroNord Bremen e.V. · Am Fallturm 9 · 28359 Bremen · info@aeronord.example.de</p>
<h3>Member of</h3><p>European Aerospace Cluster Partnership · Bundesverband der Deutschen Luft- und Raumfahrtindustrie (BDLI) regional forum</p></aside>
</main>
<footer><p>© 2038 AeroNord Bremen e.V. · <a href="/imprint">Imprint</a> · <a href="/privacy">Data protection</a> · Funded by the State of Bremen</p></footer>
</body></html>
"""
write(F, T)
A="AeroNord Bremen e.V."
gold(F,
 [P("Merle Oltmanns",None,None),
  P("Henrike van der Laan-Osterholz","Managing Director",A),
  P("Geneviève Ouellet-Dubois","Vice-President International","Aéro Montréal"),
  P("Tan Wei Ling","board member","Singapore Aerospace Industry Association"),
  P("Youssef El Idrissi","director","ASD Cluster Maroc"),
  P("Jannik Freese",None,"Freese Präzisionstechnik GmbH"),
  P("Kerstin Abdel-Malik","internationalisation manager",A),
  P("Olivier Lachance-Roy",None,"Investissement Québec"),
  P("Ulrike Brandt","trade officer","German-Canadian Chamber of Industry and Commerce")],
 [O(A), O("European Aerospace Cluster Partnership","EACP"),
  O("Senator for Economic Affairs, Ports and Transformation of the Free Hanseatic City of Bremen"),
  O("Lodzkie Aviation Valley Association"), O("Aerospace Cluster Sardinia","ACS"),
  O("Aéro Montréal"), O("Singapore Aerospace Industry Association","SAIA"), O("ASD Cluster Maroc"),
  O("OHB System AG"), O("Airbus"), O("Hélice"), O("Freese Präzisionstechnik GmbH"), O("Thales Alenia Space"),
  O("University of Bremen"), O("Investissement Québec"), O("German-Canadian Chamber of Industry and Commerce"),
  O("Bundesverband der Deutschen Luft- und Raumfahrtindustrie","BDLI"), O("State of Bremen")],
 [E("General Assembly of the European Aerospace Cluster Partnership","2038-09-21","2038-09-23","Bremen","Germany"),
  E("visit to the spacecraft integration halls of OHB System AG","2038-09-23",None,"Bremen","Germany"),
  E("guided tour of the Airbus wing assembly line","2038-09-23",None,"Bremen","Germany"),
  E("General Assembly","2039-09",None,"Seville","Spain"),
  E("Space Supplier Days","2037-04",None,"Toulouse","France"),
  E("Webinar: selling to the Canadian aerospace market","2038-11-09",None,None,None)],
 ["2038-10-07","2038-09-21/2038-09-23","2038/2040","2039-09","2038-10-25","2031","2037-04","2038-06","2038-11-02","2038-11-09","2038-11-05"],
 [], pub="2038-10-07")
