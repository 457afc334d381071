from h import *
F = 'g02.html'
assert wd(2038,9,15)=='Wednesday' and wd(2038,11,30)=='Tuesday' and wd(2038,9,29)=='Wednesday'
assert wd(2038,10,12)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Call for Cluster Partnerships 2038 (CLUSTERS-PART-2038) | European Cluster Collaboration Platform</title></head>
<body>
<header><nav>Home &gt; Funding &gt; Open calls &gt; CLUSTERS-PART-2038</nav>
<ul class="menu"><li>Cluster map</li><li>Funding</li><li>Events</li><li>Partnerships</li><li>Library</li><li>Log in</li></ul></header>
<div class="cookie">We use cookies to improve your experience. <a>Accept</a> <a>Refuse</a></div>
<main>
<h1>Call for proposals: Joint Cluster Partnerships for Industrial Transition 2038</h1>
<p class="meta">Posted on 15 September 2038 by ECCP Editorial Team &middot; Funding news &middot; 6 min read</p>
<p>The European Innovation Council and SMEs Executive Agency (EISMEA) has opened the 2038 call for joint cluster
partnerships under the Single Market Programme. The call (topic CLUSTERS-PART-2038) supports consortia of cluster
organisations from at least three eligible countries that pool their resources to help SMEs through the green and
digital transition, strengthen the resilience of supply chains and build skills in the industrial ecosystems.</p>
<h2>Key facts</h2>
<table>
<tr><th>Total budget</th><td>EUR 42 million</td></tr>
<tr><th>Expected number of partnerships</th><td>about 28</td></tr>
<tr><th>EU grant per partnership</th><td>EUR 1.2 to 1.6 million</td></tr>
<tr><th>Financial support to third parties</th><td>at least 70% of the grant</td></tr>
<tr><th>Duration</th><td>30 to 36 months</td></tr>
<tr><th>Opening</th><td>Wednesday 15 September 2038</td></tr>
<tr><th>Deadline</th><td>Tuesday 30 November 2038, 17:00 Brussels time</td></tr>
</table>
<h2>What the partnerships do</h2>
<p>Each partnership must cover one of the 14 industrial ecosystems named in the EU industrial strategy and propose
a joint work plan with three strands: cascade funding for SMEs (vouchers for innovation, internationalisation
and skills), joint services offered by the partner clusters, and cooperation with clusters outside the
partnership. At least one partner should come from a less developed or transition region. Cluster organisations
holding a Gold or Silver label of the European Secretariat for Cluster Analysis (ESCA) receive a bonus in the
award criterion on capacity.</p>
<h2>Evaluation timeline</h2>
<ul>
<li>29 September 2038 &ndash; online information session (10:00&ndash;12:30 CET)</li>
<li>12 October 2038 &ndash; partner search webinar and matchmaking on the ECCP</li>
<li>30 November 2038 &ndash; submission deadline</li>
<li>December 2038 to February 2039 &ndash; evaluation by independent experts</li>
<li>March 2039 &ndash; information to applicants on the outcome</li>
<li>by June 2039 &ndash; signature of grant agreements</li>
<li>1 September 2039 &ndash; indicative start of the partnerships</li>
</ul>
<p>Proposals are evaluated against three award criteria: relevance (40 points), quality and efficiency of the
implementation (30) and impact (30). The overall threshold is 70 points; proposals with the same score are ranked
by the points for relevance and then for impact. Each proposal is read by three experts who meet in a consensus
group; a panel review in Brussels in February 2039 sets the final ranking.</p>
<h2>Information session</h2>
<p>The information session on 29 September will be opened by Katalin Rostás, Head of Unit for Clusters and
Industrial Ecosystems at EISMEA. Dirk Vandermeulen, Policy Officer at the Directorate-General for Internal
Market, Industry, Entrepreneurship and SMEs (DG GROW), will present the policy background, and Ana Lúcia
Ferraz, project adviser at EISMEA, will walk through the application forms and the budget tables. The last part
is reserved for questions from the audience; a recording and the slides will be posted on this page.</p>
<p>The partner search webinar on 12 October is hosted by the ECCP together with the European Cluster Alliance (ECA)
and ClusterNet Iberia. Cluster organisations can present their project idea in a three-minute pitch; registration
for pitches closes on 5 October 2038.</p>
<blockquote>&ldquo;The partnerships are where clusters prove their value for SMEs: every second euro of the call goes
straight to companies,&rdquo; said Katalin Rostás when the call was announced.</blockquote>
<h2>Lessons from the previous round</h2>
<p>In the 2036 round, 161 proposals were submitted and 24 partnerships were funded, with 138 cluster organisations
from 27 countries. The most frequent weaknesses noted by the experts were vague targets for the SME support
scheme, a weak link between the partners' services and the ecosystem chosen, and unclear plans for the period
after the EU funding. Applicants are advised to read the evaluation summary of the 2036 round published in the
ECCP library.</p>
<h2>Eligible countries</h2>
<p>Legal entities established in the EU Member States and in the non-EU countries associated to the Single Market
Programme can take part. Applicants from countries whose association agreement is still being negotiated may apply,
but must have signed the agreement before the grant is awarded. <b>Corrigendum of 22 September 2038:</b> the page limit
of Part B of the proposal is 45 pages, not 40 as stated in the first version of the call document.</p>
<h2>Documents</h2>
<ul><li>Call document (PDF)</li><li>Model grant agreement (PDF)</li><li>Guide for applicants, version 1.1 of 15 September 2038</li><li>FAQ (updated weekly)</li></ul>
<h2>Contact</h2>
<p>Questions on the call: EISMEA helpdesk via the Funding &amp; Tenders Portal. Questions on partner search:
ECCP helpdesk, Avenue des Arts 41, 1040 Brussels.</p>
<div class="share">Share this page: LinkedIn &middot; X &middot; Facebook &middot; Copy link</div>
<div class="related"><h3>Related news</h3>
<p>Results of the 2036 call for cluster partnerships &ndash; 14 March 2037</p>
<p>European Cluster Conference 2039 to take place in Valencia &ndash; 2 September 2038</p>
<p>New ECCP cluster mapping released &ndash; 20 August 2038</p></div>
</main>
<footer>European Cluster Collaboration Platform &middot; An initiative of the European Commission &middot; Legal notice &middot; Privacy &middot; Contact</footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Katalin Rostás","Head of Unit for Clusters and Industrial Ecosystems","EISMEA"),
  P("Dirk Vandermeulen","Policy Officer","Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
  P("Ana Lúcia Ferraz","project adviser","EISMEA")],
 [O("European Cluster Collaboration Platform","ECCP"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"),
  O("European Secretariat for Cluster Analysis","ESCA"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("European Cluster Alliance","ECA"), O("ClusterNet Iberia"), O("European Commission")],
 [E("online information session","2038-09-29"),
  E("partner search webinar","2038-10-12"),
  E("panel review","2039-02",None,"Brussels","Belgium"),
  E("European Cluster Conference 2039",None,None,"Valencia","Spain")],
 ["2038-09-15","2038-11-30","2038-09-29","2038-10-12","2038-12/2039-02","2039-03","2039-06","2039-09-01",
  "2039-02","2038-10-05","2037-03-14","2038-09-02","2038-08-20","2038-09-22"],
 [], pub="2038-09-15")
