from h import *
F = 'interreg_euromed_smallports_project_events.html'
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events – SMALLPORTS | Interreg Euro-MED</title></head>
<body>
<div class="cookie">This website uses only technical cookies. <a href="/privacy">More information</a> <button>Close</button></div>
<header>
<p class="programme">Interreg Euro-MED · Co-funded by the European Union</p>
<h1 class="logo">SMALLPORTS</h1>
<p class="tagline">Clusters for greener and smarter small ports in the Mediterranean · 2032–2034</p>
<nav><a href="/">Project</a> · <a href="/partners">Partners</a> · <a href="/results">Results</a> · <a href="/events" class="active">Events</a> · <a href="/news">News</a> · <a href="/library">Library</a></nav>
</header>
<main>
<h2>Events</h2>
<p>SMALLPORTS brings together seven partners from six countries to help clusters and port authorities of small and island ports adopt clean energy, digital services and circular solutions. The project is led by the <strong>Gozo Regional Development Authority</strong> (GRDA) in Malta. Below are the project's past and upcoming events; presentations and minutes are available in the library.</p>

<h3>Upcoming</h3>
<article>
<h4>Final conference: "Small ports, big transitions"</h4>
<p class="when">{wd(2034,10,1)} 1 – {wd(2034,10,2)} 2 October 2034 · Victoria (Rabat), Gozo, Malta · Ministry for Gozo Conference Hall</p>
<p>The final conference will present the project's tested solutions, the transnational strategy for small ports and the action plans of the seven partner regions. Confirmed speakers include <strong>Hon. Joanne Camilleri Grech</strong>, Minister for Gozo; <strong>Dr. Pierre-Yves Santoni</strong>, Head of Unit at the Joint Secretariat of the Interreg Euro-MED Programme; and <strong>Eleni Papadimitriou-Lambrou</strong>, President of the Messinia Blue Growth Cluster. A study tour of the ports of Mġarr and Xlendi follows on the afternoon of the second day. Registration closes on 19 September 2034.</p>
</article>
<article>
<h4>Final partner meeting (PM6)</h4>
<p class="when">{wd(2034,9,30)} 30 September 2034 · Victoria, Gozo (partners only)</p>
<p>Steering committee, financial closure and the project's final report.</p>
</article>

<h3>Past events</h3>
<article>
<h4>Fifth partner meeting and policy learning workshop (PM5)</h4>
<p class="when">{wd(2034,4,16)} 16 – {wd(2034,4,17)} 17 April 2034 · Koper, Slovenia</p>
<p>Hosted by the Port of Koper innovation unit and the Slovenian logistics cluster Logistični grozd Primorska. Partners visited the onshore power supply installation and discussed the transnational strategy. Guest speaker: <strong>Matej Kovačič</strong>, head of sustainability, Luka Koper d.d.</p>
</article>
<article>
<h4>Pilot demonstration day in Palamós</h4>
<p class="when">{wd(2033,11,9)} 9 November 2033 · Palamós, Girona, Spain</p>
<p>Demonstration of the electric pilot boat and the digital berth booking system developed with the <strong>Girona Nautical Cluster</strong> (Clúster Nàutic de Girona). About 70 participants from fishing cooperatives, marinas and local authorities. Welcome by <strong>Núria Puigdemont i Serra</strong>, Mayor of Palamós.</p>
</article>
<article>
<h4>Fourth partner meeting (PM4)</h4>
<p class="when">{wd(2033,11,8)} 8 November 2033 · Palamós</p>
</article>
<article>
<h4>Third partner meeting and stakeholder forum (PM3)</h4>
<p class="when">{wd(2033,5,24)} 24 – {wd(2033,5,25)} 25 May 2033 · Larnaca, Cyprus</p>
<p>Hosted by the Cyprus Marine and Maritime Institute (CMMI). The forum with 55 local stakeholders discussed the future of the Larnaca marina. Speakers: <strong>Andreas Georgiou</strong>, CMMI, and <strong>Dr. Selin Aydın-Christodoulou</strong>, University of Cyprus.</p>
</article>
<article>
<h4>Online workshop: "Green funding for small ports"</h4>
<p class="when">{wd(2033,2,22)} 22 February 2033 · online</p>
<p>With <strong>Francesca Lo Bianco</strong> of the European Investment Bank's advisory hub and the project's financial expert <strong>Georg von Hasselbach</strong>.</p>
</article>
<article>
<h4>Second partner meeting (PM2)</h4>
<p class="when">{wd(2032,10,12)} 12 – {wd(2032,10,13)} 13 October 2032 · Kalamata, Greece</p>
<p>Hosted by the Messinia Blue Growth Cluster and the Region of Peloponnese. Partners agreed on the methodology for the pilots.</p>
</article>
<article>
<h4>Kick-off meeting (PM1)</h4>
<p class="when">{wd(2032,2,3)} 3 – {wd(2032,2,4)} 4 February 2032 · Victoria, Gozo, Malta</p>
<p>The seven partners met for the first time to launch the project, approve the partnership agreement and set up the steering committee. The meeting was opened by <strong>Mario Attard</strong>, Chief Executive Officer of the Gozo Regional Development Authority, and project manager <strong>Rachel Xuereb</strong> presented the work plan.</p>
</article>

<h3>Events of other projects with SMALLPORTS participation</h3>
<ul>
<li>Euro-MED Blue Economy Community annual event, {wd(2033,6,14)} 14 June 2033, Marseille – presentation of the pilot plans by Rachel Xuereb.</li>
<li>European Maritime Day 2034, 15–16 May 2034, Kalmar (Sweden) – SMALLPORTS stand in the exhibition area together with two other Interreg projects.</li>
<li>Mediterranean Cluster Forum, 27 November 2034, Bari – Giuseppe Lorusso of the Bari Port Network Authority will present the transnational strategy.</li>
</ul>

<h3>About the partner meetings</h3>
<p>Partner meetings take place every six to eight months and rotate between the partner regions. Each meeting combines a closed steering committee session with a local activity open to stakeholders: a workshop, a site visit or a public forum. Minutes of the steering committee are shared with the Joint Secretariat within four weeks. Partners who cannot travel join online; the project has held every meeting in hybrid form since PM2. The local activities have so far reached more than 400 stakeholders in six countries, and their results feed into the regional action plans that each partner will present to its managing authority before the end of the project.</p>

<h3>The partners</h3>
<ul>
<li>Gozo Regional Development Authority (GRDA), Malta – Lead Partner</li>
<li>Girona Nautical Cluster, Spain</li>
<li>Messinia Blue Growth Cluster, Greece</li>
<li>Cyprus Marine and Maritime Institute (CMMI), Cyprus</li>
<li>Logistični grozd Primorska, Slovenia</li>
<li>Bari Port Network Authority – Innovation Office, Italy</li>
<li>Région Sud Innovation & Attractivité (risingSUD), France</li>
</ul>
<p>The project runs from 1 January 2032 to 31 December 2034 with a budget of EUR 2.4 million.</p>
</main>
<footer>
<p>SMALLPORTS · Project contact: Rachel Xuereb, Gozo Regional Development Authority · smallports@grda.example</p>
<p>The content of this website is the sole responsibility of the project partners and does not necessarily reflect the views of the European Union.</p>
</footer>
</body></html>
"""
write(F, T)
gold(F,
 [P('Joanne Camilleri Grech', 'Minister for Gozo', None),
  P('Pierre-Yves Santoni', 'Head of Unit', 'Joint Secretariat of the Interreg Euro-MED Programme'),
  P('Eleni Papadimitriou-Lambrou', 'President', 'Messinia Blue Growth Cluster'),
  P('Matej Kovačič', 'head of sustainability', 'Luka Koper d.d.'),
  P('Núria Puigdemont i Serra', 'Mayor of Palamós', None),
  P('Andreas Georgiou', None, 'Cyprus Marine and Maritime Institute'),
  P('Selin Aydın-Christodoulou', None, 'University of Cyprus'),
  P('Francesca Lo Bianco', None, "European Investment Bank"),
  P('Georg von Hasselbach', 'financial expert', None),
  P('Giuseppe Lorusso', None, 'Bari Port Network Authority'),
  P('Mario Attard', 'Chief Executive Officer', 'Gozo Regional Development Authority'),
  P('Rachel Xuereb', 'project manager', 'Gozo Regional Development Authority')],
 [O('Gozo Regional Development Authority', 'GRDA'), O('Ministry for Gozo'), O('Joint Secretariat of the Interreg Euro-MED Programme'),
  O('Messinia Blue Growth Cluster'), O('Port of Koper'), O('Logistični grozd Primorska'), O('Luka Koper d.d.'),
  O('Girona Nautical Cluster'), O('Cyprus Marine and Maritime Institute', 'CMMI'), O('University of Cyprus'),
  O('European Investment Bank'), O('Region of Peloponnese'), O('Euro-MED Blue Economy Community'), O('Bari Port Network Authority'),
  O('Région Sud Innovation & Attractivité', 'risingSUD')],
 [E('Final conference: "Small ports, big transitions"', '2034-10-01', '2034-10-02', 'Victoria', 'Malta'),
  E('study tour of the ports of Mġarr and Xlendi', '2034-10-02', '2034-10-02', None, 'Malta'),
  E('Final partner meeting (PM6)', '2034-09-30', '2034-09-30', 'Victoria', 'Malta'),
  E('Fifth partner meeting and policy learning workshop (PM5)', '2034-04-16', '2034-04-17', 'Koper', 'Slovenia'),
  E('Pilot demonstration day in Palamós', '2033-11-09', '2033-11-09', 'Palamós', 'Spain'),
  E('Fourth partner meeting (PM4)', '2033-11-08', '2033-11-08', 'Palamós', 'Spain'),
  E('Third partner meeting and stakeholder forum (PM3)', '2033-05-24', '2033-05-25', 'Larnaca', 'Cyprus'),
  E('Online workshop: "Green funding for small ports"', '2033-02-22', '2033-02-22', None, None),
  E('Second partner meeting (PM2)', '2032-10-12', '2032-10-13', 'Kalamata', 'Greece'),
  E('Euro-MED Blue Economy Community annual event', '2033-06-14', '2033-06-14', 'Marseille', 'France'),
  E('European Maritime Day 2034', '2034-05-15', '2034-05-16', 'Kalmar', 'Sweden'),
  E('Mediterranean Cluster Forum', '2034-11-27', '2034-11-27', 'Bari', 'Italy'),
  E('Kick-off meeting (PM1)', '2032-02-03', '2032-02-04', 'Victoria', 'Malta')],
 ['2032/2034', '2034-10-01/2034-10-02', '2034-09-19', '2034-09-30', '2034-04-16/2034-04-17', '2033-11-09', '2033-11-08',
  '2033-05-24/2033-05-25', '2033-02-22', '2032-10-12/2032-10-13', '2032-02-03/2032-02-04', '2032-01-01/2034-12-31', '2033-06-14', '2034-05-15/2034-05-16', '2034-11-27'],
 [])
