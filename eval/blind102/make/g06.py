from h import *
F = 'g06_alpine_space_cluster_call.html'
assert wd(2035,3,6)=='Tuesday' and wd(2035,4,24)=='Tuesday' and wd(2035,2,20)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Call for proposals: Cross-Cluster Innovation Vouchers 2035 – Alpine Cluster Network</title></head>
<body>
<div id="cookie">This site uses cookies for statistics. <a href="#">OK</a> <a href="#">No thanks</a> <a href="/privacy">Details</a></div>
<header><p>Alpine Cluster Network · Réseau alpin des clusters · Alpenländisches Clusternetzwerk</p>
<nav><a href="/">Home</a> | <a href="/network">The network</a> | <a href="/calls" class="active">Calls</a> | <a href="/events">Events</a> | <a href="/library">Library</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">You are here: Home &gt; Calls &gt; Open calls &gt; ACN-VOUCH-2035</p>
<h1>Call for proposals: Cross-Cluster Innovation Vouchers 2035</h1>
<p class="status">Status: <strong>OPEN</strong> · Call identifier: ACN-VOUCH-2035 · Published: 5 February 2035</p>

<h2>Summary</h2>
<p>The Alpine Cluster Network (ACN) opens its fourth call for Cross-Cluster Innovation Vouchers. The vouchers support small and medium-sized enterprises that are members of a cluster in the network and want to buy an innovation service from a provider located in another Alpine country. The total budget is EUR 1.2 million; a single voucher covers up to 80% of eligible costs with a maximum of EUR 30,000.</p>
<p>The call is financed through the cascade-funding budget of the Alpine Space project ALP-LINK and is managed by the network's secretariat at Cluster Südtirol Nord in Bolzano.</p>

<h2>Key dates</h2>
<table>
<tr><th>Step</th><th>Date</th></tr>
<tr><td>Call opens</td><td>5 February 2035</td></tr>
<tr><td>Online info session</td><td>Tuesday 20 February 2035, 10:00–11:30 CET</td></tr>
<tr><td>Deadline for questions</td><td>1 March 2035</td></tr>
<tr><td>First cut-off</td><td>Tuesday 6 March 2035, 17:00 CET</td></tr>
<tr><td>Second cut-off</td><td>Tuesday 24 April 2035, 17:00 CEST</td></tr>
<tr><td>Evaluation results</td><td>about six weeks after each cut-off</td></tr>
<tr><td>End of voucher projects</td><td>31 January 2036 at the latest</td></tr>
</table>

<h2>Who can apply?</h2>
<ul>
<li>SMEs as defined in Commission Recommendation 2003/361/EC,</li>
<li>that are members of one of the 14 cluster organisations of the network (see list below),</li>
<li>and that have not received a voucher in the calls of 2033 or 2034.</li>
</ul>
<p>Service providers may be universities, research centres, technology transfer offices or private consultancies, provided they are not located in the applicant's own country.</p>

<h2>Participating clusters</h2>
<ul>
<li>Cluster Südtirol Nord (IT) – secretariat</li>
<li>Lombardy Mechatronics Cluster (IT)</li>
<li>Mechatronik-Cluster Oberösterreich (AT)</li>
<li>Holzcluster Steiermark (AT)</li>
<li>Bavarian Alpine Wood Cluster (DE)</li>
<li>Cluster Montagne (FR)</li>
<li>Pôle Outdoor Sports Valley (FR)</li>
<li>Slovenian Wood Industry Cluster (SI)</li>
<li>Swiss Precision Valley Association (CH)</li>
<li>Liechtenstein Industry Network (LI)</li>
<li>… and four further associate members (list in the call text)</li>
</ul>

<h2>Info session</h2>
<p>The secretariat presents the call and the application form in an online info session on <strong>Tuesday 20 February 2035 from 10:00 to 11:30 CET</strong>. Speakers: Dr. Martina Oberhollenzer, Network Coordinator, Cluster Südtirol Nord; Lorenzo Bassetti-Conti, Financial Officer, ALP-LINK; and a voucher winner of the 2034 call, Franziska Gruber-Lenz, CEO of Gruber Seilbahntechnik GmbH. The session will be recorded.</p>
<p><a href="/events/vouch-2035-info">Register for the info session</a></p>

<h2>How to apply</h2>
<p>Applications are submitted through the online platform only. Each application contains a short description of the innovation need, an offer from the service provider and a declaration of SME status. Proposals are evaluated on first come, first served principle within each cut-off, as long as they reach a minimum score of 10 out of 15.</p>

<h2>Documents</h2>
<ul>
<li><a href="/files/ACN-VOUCH-2035-call-text.pdf">Call text (PDF, 610 KB)</a></li>
<li><a href="/files/ACN-VOUCH-2035-guide.pdf">Guide for applicants (PDF, 420 KB)</a></li>
<li><a href="/files/ACN-VOUCH-2035-faq.pdf">FAQ (updated 12 February 2035)</a></li>
</ul>

<h2>Contact</h2>
<p>Martina Oberhollenzer<br>Network Coordinator<br>Cluster Südtirol Nord, Via Macello 00, 39100 Bolzano<br>vouchers@acn.example.eu · +39 0471 000 000</p>

<p class="share">Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">E-mail</a></p>
<aside><h3>Other calls</h3>
<p><a href="/calls/staff-exchange-2035">Cluster staff exchange 2035</a> – closed</p>
<p><a href="/calls/vouch-2034">Cross-Cluster Innovation Vouchers 2034</a> – closed, 61 vouchers awarded</p></aside>
</main>
<footer><p>The Alpine Cluster Network is co-financed by the European Union through the Interreg Alpine Space programme.</p>
<p><a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · © 2035 ACN</p></footer>
</body></html>
"""
write(F, T)
CS='Cluster Südtirol Nord'
gold(F,
 [P("Martina Oberhollenzer","Network Coordinator",CS),
  P("Lorenzo Bassetti-Conti","Financial Officer",None),
  P("Franziska Gruber-Lenz","CEO","Gruber Seilbahntechnik GmbH")],
 [O("Alpine Cluster Network","ACN"), O(CS), O("Lombardy Mechatronics Cluster"), O("Mechatronik-Cluster Oberösterreich"),
  O("Holzcluster Steiermark"), O("Bavarian Alpine Wood Cluster"), O("Cluster Montagne"), O("Pôle Outdoor Sports Valley"),
  O("Slovenian Wood Industry Cluster"), O("Swiss Precision Valley Association"), O("Liechtenstein Industry Network"),
  O("Gruber Seilbahntechnik GmbH")],
 [E("Online info session","2035-02-20",None,None,None)],
 ["2035-02-05","2035-02-20","2035-03-01","2035-03-06","2035-04-24","2036-01-31","2033","2034","2035-02-12"],
 [], pub="2035-02-05")
