from h import *
F = 'g04_textile_open_call_smes.html'
assert wd(2039,9,15)=='Thursday' and wd(2039,9,27)=='Tuesday' and wd(2039,11,17)=='Thursday' and wd(2040,1,16)=='Monday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Open Call #2 for SMEs – RE-THREAD Eurocluster</title></head>
<body>
<div class="consent">We use essential cookies and, with your consent, analytics cookies. <a href="/cookies">Settings</a> <button>Accept</button> <button>Reject</button></div>
<header><div class="brand">RE-THREAD · European Cluster Partnership for Circular Textiles</div>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/partners">Partners</a> <a href="/open-calls" class="on">Open calls</a> <a href="/services">Services</a> <a href="/news">News</a> <a href="/events">Events</a> <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumb">Home › Open calls › Open Call #2</p>
<h1>Open Call #2: Circular Textile Vouchers for SMEs</h1>
<p class="status"><span class="badge">OPEN</span> Published: 15 September 2039 · Last update: 3 October 2039</p>
<p>Share this call: <a href="#">LinkedIn</a> | <a href="#">X</a> | <a href="#">Copy link</a></p>

<h2>At a glance</h2>
<table>
<tr><th>Total budget</th><td>EUR 1,200,000</td></tr>
<tr><th>Grant per SME</th><td>up to EUR 60,000 (lump sum, 100% funding)</td></tr>
<tr><th>Expected number of SMEs</th><td>about 24</td></tr>
<tr><th>Opening date</th><td>15 September 2039</td></tr>
<tr><th>Deadline</th><td>17 November 2039, 17:00 CET</td></tr>
<tr><th>Project duration</th><td>9 months, starting 1 March 2040</td></tr>
<tr><th>Submission</th><td>online, via the RE-THREAD application platform</td></tr>
</table>

<h2>What the call supports</h2>
<p>RE-THREAD is a Eurocluster that brings together seven textile and fashion clusters from six EU countries. With this second open call the consortium provides financial support to third parties (cascade funding) for small and medium-sized enterprises that want to test circular solutions in their production or business model. Eligible activities are grouped in three tracks:</p>
<ul>
<li><b>Track A – Recycled fibres:</b> testing post-consumer or post-industrial recycled fibres in yarn, fabric or non-woven production;</li>
<li><b>Track B – Digital product passports:</b> piloting traceability tools that prepare SMEs for the EU's product information requirements;</li>
<li><b>Track C – Repair, reuse and rental:</b> new services and business models that extend the life of textile products.</li>
</ul>
<p>Each project must be carried out with at least one technology or service provider from a different EU country than the applicant. The consortium's matchmaking platform lists 87 providers that have already registered.</p>

<h2>Who can apply</h2>
<ul>
<li>Micro, small and medium-sized enterprises as defined in Commission Recommendation 2003/361/EC;</li>
<li>legally established in an EU Member State or a country associated to the Single Market Programme;</li>
<li>active in the textile, clothing, leather or footwear value chain;</li>
<li>not having received support from the first RE-THREAD open call;</li>
<li>applications from SMEs located in the regions of the partner clusters are welcome, but the call is open to SMEs from all eligible countries.</li>
</ul>
<p>Only one application per SME is allowed. Large companies, universities and public bodies cannot be beneficiaries, but may act as providers.</p>

<h2>Timeline</h2>
<ul>
<li>15 September 2039 – call opens</li>
<li>27 September 2039, 10:00–11:30 CET – info webinar</li>
<li>17 November 2039 – deadline for applications</li>
<li>December 2039 – January 2040 – evaluation by independent experts</li>
<li>by 16 January 2040 – information to applicants</li>
<li>1 March 2040 – start of the supported projects</li>
<li>30 November 2040 – end of the supported projects</li>
</ul>

<h2>Info webinar</h2>
<p>The consortium will present the call in an online info webinar on Tuesday 27 September 2039. Speakers: Martina Lindqvist, call manager at the Swedish School of Textiles Business Lab (Borås), who will explain the eligibility rules; Luca Brambilla, project manager of Cluster Tessile Biellese, on the three tracks; and Tomasz Wiśniewski of Łódź Fashion Cluster, who will show the application platform. A recording will be published on this page after the webinar. <a href="/webinar-registration">Register here</a>.</p>

<h2>Documents</h2>
<ul>
<li><a href="#">Guide for Applicants (PDF, 1.4 MB)</a></li>
<li><a href="#">Application form template (DOCX)</a></li>
<li><a href="#">Declaration of honour (PDF)</a></li>
<li><a href="#">FAQ – updated 3 October 2039</a></li>
</ul>

<h2>Helpdesk</h2>
<p>Questions on the call can be sent to the helpdesk until 10 November 2039. Answers of general interest are added to the FAQ every Monday.</p>
<div class="card">
<p><b>RE-THREAD Helpdesk</b><br>
Ana Beatriz Lobo, Open Call Coordinator<br>
CITEVE – Technological Centre for the Textile and Clothing Industries of Portugal<br>
opencall@example-rethread.eu · +351 252 300 300<br>
Monday to Friday, 9:00–17:00 CET</p>
</div>

<h2>The consortium</h2>
<p>Textile Cluster of Portugal – ATP (Portugal, coordinator) · CITEVE (Portugal) · Cluster Tessile Biellese (Italy) · Łódź Fashion Cluster (Poland) · Swedish School of Textiles Business Lab (Sweden) · Techtera (France) · Clutex – Klastr technické textilie (Czechia) · Nordic Fashion Association (Denmark)</p>

<p class="disclaimer">Funded by the European Union under the Single Market Programme. Views and opinions expressed are those of the authors only and do not necessarily reflect those of the European Union or the European Innovation Council and SMEs Executive Agency (EISMEA).</p>
</main>
<footer>RE-THREAD © 2039 · <a href="/privacy">Privacy policy</a> · <a href="/legal">Legal notice</a> · <a href="/newsletter">Subscribe to our newsletter</a></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P('Martina Lindqvist','call manager','Swedish School of Textiles Business Lab'),
  P('Luca Brambilla','project manager','Cluster Tessile Biellese'),
  P('Tomasz Wiśniewski',None,'Łódź Fashion Cluster'),
  P('Ana Beatriz Lobo','Open Call Coordinator','CITEVE – Technological Centre for the Textile and Clothing Industries of Portugal')],
 [O('Swedish School of Textiles Business Lab'), O('Cluster Tessile Biellese'), O('Łódź Fashion Cluster'),
  O('CITEVE – Technological Centre for the Textile and Clothing Industries of Portugal','CITEVE'),
  O('Textile Cluster of Portugal','ATP'), O('Techtera'), O('Clutex – Klastr technické textilie'), O('Nordic Fashion Association'),
  O('European Innovation Council and SMEs Executive Agency','EISMEA')],
 [E('info webinar','2039-09-27',None,None,None)],
 ['2039-09-15','2039-10-03','2039-11-17','2040-03-01','2039-09-27','2039-12/2040-01','2040-01-16','2040-11-30','2039-11-10'],
 [], pub='2039-09-15')
