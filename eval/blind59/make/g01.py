from h import *
F = 'bihor_cluster_network_events_calendar_2033.html'
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events calendar 2033 | Bihor Cluster Network</title></head>
<body>
<div id="cookie-consent">We use cookies for statistics and to remember your language. <a href="/cookies">Cookie settings</a> <button>Accept</button> <button>Reject</button></div>
<nav><a href="/">Home</a> | <a href="/network">The network</a> | <a href="/clusters">Member clusters</a> | <a href="/events" class="active">Events</a> | <a href="/projects">Projects</a> | <a href="/ro">RO</a> | <a href="/hu">HU</a></nav>
<p class="crumbs">Home › Events › Calendar 2033</p>
<h1>Events calendar – autumn 2033</h1>
<p class="lead">The Bihor Cluster Network (BCN) brings together nine cluster organisations from Bihor County and the neighbouring Hajdú-Bihar County in Hungary. Below are the events of our member clusters and partners for September to December 2033. Dates can change; please check this page before you travel. Last updated: {wd(2033,8,29)} 29 August 2033.</p>

<h2>September 2033</h2>
<div class="event">
<h3>Oradea Furniture Days 2033</h3>
<p><b>{wd(2033,9,8)} 8 – {wd(2033,9,10)} 10 September 2033</b> · Oradea, Nymphaea exhibition hall</p>
<p>Organised by the Crișana Furniture Cluster with the Oradea Chamber of Commerce and Industry. Twelfth edition of the regional furniture fair with a design competition for students of the University of Oradea. Contact: Mihaela Pop-Ardelean, cluster manager.</p>
</div>
<div class="event">
<h3>Workshop: Energy audits for SMEs</h3>
<p><b>{wd(2033,9,22)} 22 September 2033</b>, 10:00–13:00 · Online</p>
<p>Hosted by the Green Energy Cluster Bihor (GECB). Speakers: Dr. Tibor Kovács-Nagy (University of Debrecen) and Andreea Mureșan, energy auditor at EcoAudit Vest SRL.</p>
</div>

<h2>October 2033</h2>
<div class="event postponed">
<h3><span class="tag">POSTPONED</span> Cross-border Health Industry Forum</h3>
<p><s>{wd(2033,10,6)} 6 October 2033</s> → <b>new date: {wd(2033,11,17)} 17 November 2033</b> · Debrecen, Kölcsey Centre</p>
<p>The forum of the Pharma Valley Debrecen cluster and the Bihor Medical Technology Cluster has been moved because the venue is being renovated. Registrations remain valid. Keynote: Prof. Ilona Szabó-Farkas, Vice-Rector for Innovation of the University of Debrecen.</p>
</div>
<div class="event">
<h3>IT Meetup Oradea #41: "Cloud costs under control"</h3>
<p><b>{wd(2033,10,13)} 13 October 2033</b>, 18:30 · Oradea, Eurobusiness Park, Hub 2</p>
<p>Monthly meetup of the Oradea IT Cluster. Talks by Radu Chereji (Softvision Bihor SRL) and Eszter Balogh (CloudWise Kft.).</p>
</div>
<div class="event">
<h3>BCN General Assembly</h3>
<p><b>{wd(2033,10,27)} 27 October 2033</b>, 14:00 · Oradea, Bihor County Council, Council Hall</p>
<p>Annual general assembly of the network: activity report, 2034 budget and election of the president. Members only. Invitations will be sent by Călin Dragoș Bodea, Executive Director.</p>
</div>

<h2>November 2033</h2>
<div class="event">
<h3>Cross-border Health Industry Forum (new date)</h3>
<p><b>{wd(2033,11,17)} 17 November 2033</b> · Debrecen – see October.</p>
</div>
<div class="event">
<h3>Bihor Agrifood Matchmaking</h3>
<p><b>{wd(2033,11,24)} 24 November 2033</b> · Salonta, Cultural Centre</p>
<p>Bilateral meetings between food processors and retailers, organised by the Agro-Food Cluster Crișul Negru together with Enterprise Europe Network Romania. Registration until 14 November 2033.</p>
</div>

<h2>December 2033</h2>
<div class="event">
<h3>Cluster managers' Christmas networking</h3>
<p><b>{wd(2033,12,11)} 11 December 2033</b>, 17:00 · Băile Felix</p>
<p>Informal meeting of the managers of the member clusters with Gábor Ferenczi-Tóth, President of the Hajdú-Bihar County Assembly, and Ioana Crișan, head of the Regional Development Agency North-West (ADR Nord-Vest) office in Oradea.</p>
</div>
<div class="event cancelled">
<h3><span class="tag">CANCELLED</span> Study trip to Cluj-Napoca</h3>
<p>The study trip planned for early December 2033 will not take place. It will be included in the 2034 programme.</p>
</div>

<h2>First dates for 2034</h2>
<div class="event">
<h3>Winter School on Cluster Management</h3>
<p><b>{wd(2034,1,21)} 21 – {wd(2034,1,23)} 23 January 2034</b> · Oradea, University of Oradea, Faculty of Economics</p>
<p>Three days of training for cluster staff from Romania, Hungary and the Republic of Moldova, prepared with the Romanian Cluster Association (CLUSTERO). Trainers include Dr. Hans-Peter van der Linde, an independent cluster expert from Utrecht, and Zsófia Mészáros, project manager at the Debrecen-based DEHUB Innovation Centre. Places are limited to 30 participants; applications open on 1 December 2033.</p>
</div>

<h2>How to register</h2>
<p>Unless stated otherwise, registration is free of charge and handled through the page of each event. Members of the network receive the invitations by e-mail two weeks in advance. For events in Hungary, the organisers provide simultaneous interpretation into Romanian; for events in Romania, interpretation into Hungarian is available on request. If an event is postponed, the registration is carried over to the new date automatically and you will receive a new confirmation.</p>

<h2>Looking back</h2>
<p>In 2032 the network and its members held 46 events with around 3,100 participants. Photos and presentations of past events are in the <a href="/archive">archive</a>.</p>
<p class="note">Do you want to publish your event here? Member clusters send the details to events@bcn.example at least four weeks before the date.</p>
<footer>
<p>Bihor Cluster Network · Str. Republicii 2, 410167 Oradea, Romania · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a></p>
<p>© 2033 Bihor Cluster Network. Co-funded by the Interreg VI-A Romania–Hungary Programme.</p>
</footer>
</body></html>
"""
write(F, T)
gold(F,
 [P('Mihaela Pop-Ardelean', 'cluster manager', 'Crișana Furniture Cluster'),
  P('Tibor Kovács-Nagy', None, 'University of Debrecen'),
  P('Andreea Mureșan', 'energy auditor', 'EcoAudit Vest SRL'),
  P('Ilona Szabó-Farkas', 'Vice-Rector for Innovation', 'University of Debrecen'),
  P('Radu Chereji', None, 'Softvision Bihor SRL'),
  P('Eszter Balogh', None, 'CloudWise Kft.'),
  P('Călin Dragoș Bodea', 'Executive Director', 'Bihor Cluster Network'),
  P('Gábor Ferenczi-Tóth', 'President', 'Hajdú-Bihar County Assembly'),
  P('Hans-Peter van der Linde', 'independent cluster expert', None),
  P('Zsófia Mészáros', 'project manager', 'DEHUB Innovation Centre'),
  P('Ioana Crișan', 'head', 'Regional Development Agency North-West')],
 [O('Bihor Cluster Network', 'BCN'), O('Crișana Furniture Cluster'), O('Oradea Chamber of Commerce and Industry'),
  O('University of Oradea'), O('Green Energy Cluster Bihor', 'GECB'), O('University of Debrecen'), O('EcoAudit Vest SRL'),
  O('Pharma Valley Debrecen'), O('Bihor Medical Technology Cluster'), O('Oradea IT Cluster'), O('Softvision Bihor SRL'),
  O('CloudWise Kft.'), O('Bihor County Council'), O('Agro-Food Cluster Crișul Negru'), O('Enterprise Europe Network Romania'),
  O('Hajdú-Bihar County Assembly'), O('Romanian Cluster Association', 'CLUSTERO'), O('DEHUB Innovation Centre'), O('Regional Development Agency North-West', 'ADR Nord-Vest')],
 [E('Oradea Furniture Days 2033', '2033-09-08', '2033-09-10', 'Oradea', 'Romania'),
  E('Workshop: Energy audits for SMEs', '2033-09-22', '2033-09-22', None, None),
  E('Cross-border Health Industry Forum', '2033-11-17', '2033-11-17', 'Debrecen', 'Hungary'),
  E('IT Meetup Oradea #41', '2033-10-13', '2033-10-13', 'Oradea', 'Romania'),
  E('BCN General Assembly', '2033-10-27', '2033-10-27', 'Oradea', 'Romania'),
  E('Bihor Agrifood Matchmaking', '2033-11-24', '2033-11-24', 'Salonta', 'Romania'),
  E("Cluster managers' Christmas networking", '2033-12-11', '2033-12-11', 'Băile Felix', 'Romania'),
  E('Winter School on Cluster Management', '2034-01-21', '2034-01-23', 'Oradea', 'Romania'),
  E('Study trip to Cluj-Napoca', '2033-12', '2033-12', 'Cluj-Napoca', 'Romania')],
 ['2033-08-29', '2033-09', '2033-09-08/2033-09-10', '2033-09-22', '2033-10', '2033-10-06', '2033-11-17', '2033-10-13', '2033-10-27',
  '2033-11', '2033-11-24', '2033-11-14', '2033-12', '2033-12-11', '2032', '2033-09/2033-12', '2034-01-21/2034-01-23', '2033-12-01'],
 [], pub='2033-08-29')
