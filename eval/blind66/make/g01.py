from h import *
F='trieste-maritime-cluster-member-directory.html'
def card(c, lf, town, sector, since, note=''):
    return f'''<div class="member-card">
  <h3 class="company">{c}</h3>
  <ul><li class="legal">Legal form: {lf}</li><li class="town">Town: {town}</li><li class="sector">Sector: {sector}</li><li class="since">Member since {since}</li></ul>
  {('<p class="note">'+note+'</p>') if note else ''}
</div>'''
M=[('Adriatica Ship Design S.r.l.','S.r.l.','Trieste','Naval architecture and engineering','2031','Contact: Ing. Paolo Zorzenon, technical director.'),
('Cantiere Navale Muggia S.p.A.','S.p.A.','Muggia','Shipbuilding and refitting','2030',''),
('Porto Digitale Trieste S.c.a r.l.','S.c.a r.l. (consortium company)','Trieste','Port logistics software','2032','Runs the port community system for the container terminal.'),
('Lagunare Coatings S.r.l.','S.r.l.','Monfalcone','Marine coatings and corrosion protection','2033',''),
('Officine Meccaniche Isontine S.n.c.','S.n.c.','Gorizia','Precision mechanics, propulsion parts','2029','Contact: Marta Furlan-Kobal, owner.'),
('Nautilus Sensing S.r.l. SB','S.r.l. (benefit company)','Trieste','Underwater sensors and monitoring','2034','Spin-off of the University of Trieste.'),
('Cooperativa Ormeggiatori del Golfo Soc. Coop.','Soc. Coop.','Trieste','Mooring and harbour services','2030',''),
('Blue Energy Koper d.o.o.','d.o.o. (Slovenia)','Koper','Shore power and port electrification','2033','Our first member from across the border.'),
('Istituto Tecnico Nautico “Tomaso di Savoia”','Public school','Trieste','Education and training','2029',''),
('Consorzio Energia Alto Adriatico','Consortium','Monfalcone','Energy purchasing for SMEs','2032',''),
('Fincarena Service S.r.l.','S.r.l.','San Dorligo della Valle','Dry-dock services','2031',''),
('Lloyd Triestino Logistica S.p.A.','S.p.A.','Trieste','Freight forwarding','2030','Contact: Dott.ssa Elena de Banfield, head of innovation.')]
cards='\n'.join(card(*m) for m in M)
T=f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Member directory – Cluster Marittimo del Friuli Venezia Giulia</title></head>
<body>
<div id="cookie-consent">This website uses technical cookies and, with your consent, analytics cookies. <a href="/privacy">Privacy</a> <button>Accept</button> <button>Reject</button> <button>Customise</button></div>
<header><a href="/" class="logo">mare FVG – Cluster Marittimo del Friuli Venezia Giulia</a>
<nav><a href="/">Home</a> · <a href="/cluster">The cluster</a> · <a href="/members" class="active">Members</a> · <a href="/projects">Projects</a> · <a href="/news">News</a> · <a href="/events">Events</a> · <a href="/contact">Contact</a> · <a href="/it">IT</a> | EN</nav></header>
<main>
<p class="breadcrumbs">Home &gt; Members &gt; Directory</p>
<h1>Member directory</h1>
<p class="intro">The maritime technology cluster of Friuli Venezia Giulia (mare FVG) gathers 74 members: shipyards and their suppliers, port operators, software companies, research centres and schools along the coast from Monfalcone to Muggia. The directory below shows the members that have agreed to publish a profile. Filter by sector or town, or download the full list as a spreadsheet (members only).</p>
<form class="filters"><label>Sector <select><option>All sectors</option><option>Shipbuilding</option><option>Port logistics</option><option>Energy</option><option>Education</option></select></label> <label>Town <select><option>All towns</option><option>Trieste</option><option>Monfalcone</option><option>Muggia</option><option>Gorizia</option></select></label> <label>Legal form <select><option>All</option><option>S.p.A.</option><option>S.r.l.</option><option>Cooperative</option><option>Public body</option></select></label> <button>Filter</button></form>
<p class="count">Showing 12 of 41 published profiles · sorted by name · page 1 of 4</p>
<div class="grid">
{cards}
</div>
<p class="pager">‹ previous · <b>1</b> · 2 · 3 · 4 · next ›</p>

<section class="join">
<h2>How to become a member</h2>
<p>Membership is open to companies, research organisations and public bodies with an operating site in Friuli Venezia Giulia, and to companies from neighbouring regions that work with the ports of Trieste and Monfalcone. Applications are reviewed by the board, which meets every two months; the next meetings are on {wd(2034,5,14)} 14 May and {wd(2034,7,9)} 9 July 2034. The annual fee depends on the number of employees: from 300 euros for micro-enterprises to 2,500 euros for large companies. Schools and public bodies pay a flat fee.</p>
<p>New members are presented at the members' meeting held every spring. In 2034 the meeting takes place on {wd(2034,4,26)} 26 April at the Magazzino 26 in the Old Port, followed by a visit to the new shore-power installation at the cruise terminal. Registration opens on 2 April 2034.</p>
<p>For questions on membership, write to Chiara Vascotto, membership officer, at soci@marefvg.it or call +39 040 555 0192 on weekdays between 9:00 and 13:00.</p>
</section>

<section class="news-sidebar"><h2>Latest from the members</h2>
<ul><li>12 March 2034 – Nautilus Sensing S.r.l. SB wins a contract for water-quality buoys in the Gulf of Trieste.</li>
<li>27 February 2034 – Blue Energy Koper d.o.o. opens an office in Trieste.</li>
<li>5 February 2034 – Adriatica Ship Design S.r.l. joins the working group on hydrogen ferries.</li></ul></section>
</main>
<footer><p>mare FVG – Cluster Marittimo del Friuli Venezia Giulia · Società consortile a responsabilità limitata · Via del Molo 3, 34121 Trieste · VAT IT01234560329</p>
<p>Supported by the Autonomous Region of Friuli Venezia Giulia · Member of the Italian Maritime Technology Cluster (Cluster Tecnologico Nazionale Trasporti Marittimi)</p>
<p><a href="/privacy">Privacy</a> · <a href="/cookies">Cookie policy</a> · <a href="/legal">Legal notes</a> · © 2034</p></footer>
</body></html>
'''
write(F,T)
C='Cluster Marittimo del Friuli Venezia Giulia'
gold(F,[P('Paolo Zorzenon','technical director','Adriatica Ship Design S.r.l.'),P('Marta Furlan-Kobal','owner','Officine Meccaniche Isontine S.n.c.'),
 P('Elena de Banfield','head of innovation','Lloyd Triestino Logistica S.p.A.'),P('Chiara Vascotto','membership officer',C)],
 [O(C,'mare FVG')]+[O(m[0]) for m in M]+[O('University of Trieste'),O('Autonomous Region of Friuli Venezia Giulia'),O('Italian Maritime Technology Cluster')],
 [E("members' meeting",'2034-04-26','2034-04-26','Trieste','Italy'),E('visit to the new shore-power installation','2034-04-26','2034-04-26','Trieste','Italy')],
 ['2031','2030','2032','2033','2029','2034','2034-05-14','2034-07-09','2034-04-26','2034-04-02','2034-03-12','2034-02-27','2034-02-05'])
