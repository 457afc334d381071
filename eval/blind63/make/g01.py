from h import *
F = 'pirkanmaa-innovation-agency-upcoming-events.html'
def d(y,m,dd): return f"{wd(y,m,dd)[:3]} {dd} {['','Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][m]} {y}"
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Upcoming events | Pirkanmaa Innovation Agency</title></head>
<body>
<div class="cookie-bar">We use cookies to measure visits and to remember your filter choices. <a href="/privacy">Read more</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><a href="/" class="logo">Pirkanmaa Innovation Agency</a>
<nav><a href="/services">Services</a> | <a href="/clusters">Clusters</a> | <a href="/funding">Funding</a> | <a href="/events" class="active">Events</a> | <a href="/news">News</a> | <a href="/contact">Contact</a> | <a href="/fi">Suomeksi</a></nav></header>
<main>
<p class="crumbs">Home › Events › Upcoming</p>
<h1>Upcoming events</h1>
<p>Events organised by the Pirkanmaa Innovation Agency (PIA), the Tampere region clusters and our partners. Most events are free for companies based in Pirkanmaa; registration is required. Times are Finnish time (EET/EEST).</p>
<form class="filters"><label>Topic <select><option>All topics</option><option>Manufacturing</option><option>Bioeconomy</option><option>Health</option><option>Funding</option></select></label>
<label>Format <select><option>All</option><option>On site</option><option>Online</option><option>Hybrid</option></select></label>
<label>Month <select><option>March 2034</option><option>April 2034</option><option>May 2034</option><option>June 2034</option></select></label>
<button>Filter</button> <a href="/events?reset">Reset filters</a></form>
<p class="count">Showing 10 events</p>

<article><h2>Machine Vision Breakfast: quality control on the shop floor</h2>
<p class="meta">{d(2034,3,7)} · 8:00–10:00 · Hervanta, Tampere · On site · Manufacturing</p>
<p>Three short cases from member companies of the Tampere Smart Machines Cluster, followed by coffee and open discussion. Hosted by Visiotek Oy. Speakers: Jaana Kivelä-Laine (Visiotek Oy) and Dr. Marek Dvořák, researcher at Tampere University.</p>
<a href="/events/vision-breakfast">Register</a></article>

<article><h2>Webinar: How to apply for the regional innovation voucher</h2>
<p class="meta">{d(2034,3,14)} · 13:00–14:00 · Online (Teams) · Funding</p>
<p>PIA funding advisor Ville Rantanen explains the eligibility criteria and the new simplified reporting. The application round is open until 30 April 2034.</p>
<a href="/events/voucher-webinar">Register</a></article>

<article class="cancelled"><h2><span class="badge">CANCELLED</span> Bioeconomy Matchmaking Day</h2>
<p class="meta"><del>{d(2034,3,21)}</del> · Mänttä-Vilppula · Bioeconomy</p>
<p>Unfortunately the matchmaking day organised with the Pirkanmaa Forest Bioeconomy Network has been cancelled because too few buyer companies registered. Registered participants will be contacted individually. We plan to offer a new date in the autumn.</p></article>

<article class="moved"><h2><span class="badge">NEW DATE</span> Health Tech Pitching Evening</h2>
<p class="meta">{d(2034,4,4)} (moved from 28 March 2034) · 17:00–20:00 · Finn-Medi, Tampere · Hybrid · Health</p>
<p>Ten start-ups pitch to investors and hospital buyers. The evening was moved because of the Pirkanmaa wellbeing services county's procurement fair falling on the original date. Moderator: Sanna-Riikka Ojala, Head of Health Programmes, PIA. Jury chair: Prof. Henrik Lindroos, Tampere University Hospital.</p>
<a href="/events/health-pitching">Register</a></article>

<article><h2>Circular Plastics Workshop</h2>
<p class="meta">{d(2034,4,18)} · 9:30–15:00 · Nokia · On site · Manufacturing</p>
<p>A hands-on workshop on recycled polymers in technical parts, organised jointly with the Finnish Plastics Industries Federation and VTT Technical Research Centre of Finland. Limited to 30 participants.</p>
<a href="/events/circular-plastics">Register</a></article>

<article><h2>Online info session: Horizon Europe cluster calls</h2>
<p class="meta">{d(2034,4,25)} · 10:00–11:30 · Online · Funding</p>
<p>Business Finland's national contact point, represented by Aino Mäkelä-Virtanen, presents the open cluster-related topics and answers questions about consortium building.</p>
<a href="/events/horizon-info">Register</a></article>

<article><h2>Tampere Smart Machines Cluster – Spring Members' Meeting</h2>
<p class="meta">{d(2034,5,9)} · 14:00–17:30 · Tampere Hall · On site · Manufacturing</p>
<p>The cluster's members' meeting with the annual report, the election of two board members and a keynote by Mikael Sundqvist, Chief Technology Officer of Sandvik Mining and Rock Solutions in Tampere. Cluster manager Outi Hämäläinen will present the 2034–2036 action plan. For members only.</p>
<a href="/events/tsmc-spring">Register</a></article>

<article><h2>Webinar series "Export Fridays" – Episode 3: Germany</h2>
<p class="meta">{d(2034,5,19)} · 9:00–10:00 · Online · Funding</p>
<p>With Katharina von Brederlow of the German-Finnish Chamber of Commerce (AHK Finnland). Episodes 1 and 2 (Sweden, Baltic states) are available as recordings.</p>
<a href="/events/export-fridays-3">Register</a></article>

<article><h2>Pirkanmaa Innovation Forum 2034</h2>
<p class="meta">{d(2034,5,30)}–{d(2034,5,31)} · Tampere Hall · Hybrid · All topics</p>
<p>The agency's annual forum for companies, universities and public funders, this year under the title "Regions that build". Opening by Regional Mayor Pekka Haavisto-Lehto (Council of Tampere Region). Site visits on the second day to Nokia Arena and the Hiedanranta circular district.</p>
<a href="/events/forum-2034">Register</a></article>

<article><h2>Summer Networking Sauna</h2>
<p class="meta">{d(2034,6,12)} · 18:00–22:00 · Rauhaniemi, Tampere · On site</p>
<p>Informal end-of-season meeting for cluster members and partners, organised with Tampere Business Region (Business Tampere). Sauna, lake swim and a light dinner.</p>
<a href="/events/sauna">Register</a></article>

<p class="pager">« Previous · Page 1 of 1 · Next »</p>
<p>Looking for past events? See the <a href="/events/archive">event archive</a> with presentations and recordings from 2031 onwards.</p>
</main>
<footer><p>Pirkanmaa Innovation Agency · Hatanpään valtatie 30, 33100 Tampere · info@pia-tampere.example</p>
<p>Co-funded by the European Union · <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · Follow us: LinkedIn · YouTube</p>
<p>© 2034 Pirkanmaa Innovation Agency</p></footer>
</body></html>
"""
write(F, T)
TU='Tampere University'; PIA='Pirkanmaa Innovation Agency'
gold(F,
 [P('Jaana Kivelä-Laine',None,'Visiotek Oy'), P('Marek Dvořák','researcher',TU), P('Ville Rantanen','funding advisor','PIA'),
  P('Sanna-Riikka Ojala','Head of Health Programmes','PIA'), P('Henrik Lindroos','Jury chair','Tampere University Hospital'),
  P('Aino Mäkelä-Virtanen',None,'Business Finland'), P('Mikael Sundqvist','Chief Technology Officer','Sandvik Mining and Rock Solutions'),
  P('Outi Hämäläinen','Cluster manager','Tampere Smart Machines Cluster'), P('Katharina von Brederlow',None,'German-Finnish Chamber of Commerce'),
  P('Pekka Haavisto-Lehto','Regional Mayor','Council of Tampere Region')],
 [O(PIA,'PIA'), O('Tampere Smart Machines Cluster'), O('Visiotek Oy'), O(TU), O('Pirkanmaa Forest Bioeconomy Network'), O('Finn-Medi'),
  O('Pirkanmaa wellbeing services county'), O('Tampere University Hospital'), O('Finnish Plastics Industries Federation'),
  O('VTT Technical Research Centre of Finland'), O('Business Finland'), O('Sandvik Mining and Rock Solutions'),
  O('German-Finnish Chamber of Commerce','AHK Finnland'), O('Council of Tampere Region'), O('Tampere Business Region','Business Tampere')],
 [E('Machine Vision Breakfast: quality control on the shop floor','2034-03-07','2034-03-07','Tampere','Finland'),
  E('Webinar: How to apply for the regional innovation voucher','2034-03-14','2034-03-14',None,None),
  E('Bioeconomy Matchmaking Day','2034-03-21','2034-03-21','Mänttä-Vilppula','Finland'),
  E('Health Tech Pitching Evening','2034-04-04','2034-04-04','Tampere','Finland'),
  E('Circular Plastics Workshop','2034-04-18','2034-04-18','Nokia','Finland'),
  E('Online info session: Horizon Europe cluster calls','2034-04-25','2034-04-25',None,None),
  E('Tampere Smart Machines Cluster – Spring Members\' Meeting','2034-05-09','2034-05-09','Tampere','Finland'),
  E('Export Fridays – Episode 3: Germany','2034-05-19','2034-05-19',None,None),
  E('Pirkanmaa Innovation Forum 2034','2034-05-30','2034-05-31','Tampere','Finland'),
  E('Summer Networking Sauna','2034-06-12','2034-06-12','Tampere','Finland')],
 ['2034-03','2034-04','2034-05','2034-06','2034-03-07','2034-03-14','2034-04-30','2034-03-21','2034-04-04','2034-03-28','2034-04-18','2034-04-25','2034-05-09','2034/2036','2034-05-19','2034-05-30/2034-05-31','2034-06-12','2031'])
