from h import *
F = 'messinia-agrifood-innovation-week-2034.html'
T = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Messinia Agrifood Innovation Week 2034 | Peloponnese Agrifood Cluster</title></head><body>
<div class="cookie">Cookies help us improve this site. By continuing you accept our use of cookies. <a href="/cookies">Settings</a> <button>Accept</button></div>
<header><span class="logo">Peloponnese Agrifood Cluster</span>
<nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/members">Members</a> · <a href="/week">Innovation Week</a> · <a href="/news">News</a> · <a href="/el">ΕΛ</a></nav></header>
<main>
<h1>Messinia Agrifood Innovation Week 2034</h1>
<p class="dates"><strong>{wd(2034,10,2)} 2 – {wd(2034,10,8)} 8 October 2034 · Kalamata and across Messinia</strong></p>
<p>The Innovation Week is the yearly meeting point of farmers, food processors, researchers and chefs in the south-western Peloponnese. It is coordinated by the Peloponnese Agrifood Cluster (PAC) with the Region of Peloponnese and the University of the Peloponnese, but most of the programme is made by our members: this year 17 member companies and organisations open their doors or run side events. The main conference takes place at the Kalamata Chamber of Commerce and Industry on 3 and 4 October; side events take place all week in Kalamata, Pylos, Messini, Kyparissia and Koroni.</p>
<p>Cluster president Dr. Eleni Papadopoulou-Vlachou: "Messinia is known for olive oil and figs. The week shows that it is also a place of food technology, of young farmers who use drones and of companies that export to thirty countries."</p>

<h2>Main conference: "Water, soil and value"</h2>
<p><strong>{wd(2034,10,3)} 3 October</strong> – Opening by the Regional Governor of the Peloponnese, Dimitrios Ptochos-Karras, and by Maria Kalogeropoulou, Deputy Minister of Rural Development and Food. Keynote by Prof. Nikos Tsiropoulos (Agricultural University of Athens) on water scarcity in Mediterranean agriculture. Panel with Giorgos Lambrou (Messinian Olive Producers' Union), Federica Rinaldi (Apulian agrifood cluster "Distretto Agroalimentare di Qualità Jonico Salentino") and Dr. Ayşe Demir-Koch (International Olive Council).</p>
<p><strong>{wd(2034,10,4)} 4 October</strong> – Workshops on precision irrigation, food safety data and export to North America; B2B meetings with buyers from Germany, Canada and the United Arab Emirates, organised with Enterprise Greece and the Enterprise Europe Network Hellas (EEN-Hellas). In the evening: award of the Messinia Food Innovation Prize 2034 at Kalamata Castle.</p>

<h2>Side events organised by members</h2>
<table>
<tr><th>Date</th><th>Event</th><th>Organiser</th><th>Place</th></tr>
<tr><td>2 Oct, 18:00</td><td>Opening evening: "Taste of Messinia" tasting and talk on food heritage</td><td>Kalamata Municipal Market and the Chefs' Club of Messinia</td><td>Kalamata</td></tr>
<tr><td>3 Oct, 08:00</td><td>Drone demonstration in olive groves</td><td>AgroSky P.C.</td><td>Messini</td></tr>
<tr><td>4 Oct, 16:00</td><td>Open day at the fig-processing plant</td><td>Messinian Figs Cooperative of Koroni</td><td>Koroni</td></tr>
<tr><td>5 Oct, 10:00</td><td>Workshop "Olive oil polyphenols and health claims"</td><td>University of the Peloponnese, Department of Food Science and Technology, with Dr. Stavroula Gkiouzepa</td><td>Kalamata</td></tr>
<tr><td>5 Oct, 19:00</td><td>Young farmers' meetup</td><td>Messinia Young Farmers Association</td><td>Kyparissia</td></tr>
<tr><td>6 Oct, 11:00</td><td>Visit to the Pylos desalination and irrigation pilot</td><td>DEYA Pylou-Nestoros (municipal water utility) and Costa Navarino</td><td>Pylos</td></tr>
<tr><td>6 Oct, 17:00</td><td>Wine and olive oil tourism round table</td><td>Messinian Wine Roads Network</td><td>Pylos</td></tr>
<tr><td>7 Oct, 10:00</td><td>Hackathon final: "Zero waste in olive mills"</td><td>Kalamata Innovation Hub</td><td>Kalamata</td></tr>
<tr><td>7 Oct, 13:00</td><td>Packaging innovation day</td><td>Nikolaos Theodorakis S.A.</td><td>Messini</td></tr>
<tr><td>8 Oct, 09:30</td><td>Family day at the organic farm</td><td>Eliá Bio Farm – Katerina Diamantopoulou</td><td>Petalidi</td></tr>
</table>
<p class="note">The side event "Export to China" announced by the Hellenic Export Council for 5 October has been cancelled. The session on North America on 4 October remains.</p>

<h2>Messinia Food Innovation Prize</h2>
<p>The prize is awarded for the sixth time. A jury chaired by Anastasia Koutsoukou, head of the Peloponnese office of the Hellenic Agricultural Organisation DIMITRA (ELGO-DIMITRA), will select the winners from 24 applications in three categories: product innovation, process innovation and social innovation. The winners of 2033 were the start-up Olivix P.C. and the women's cooperative Agrotissa of Androusa. The prize is supported by Piraeus Bank and the Kalamata Chamber of Commerce and Industry.</p>

<h2>Why a week and not a conference?</h2>
<p>When the cluster started the week, the idea was simple: instead of bringing everyone to one hall in Kalamata, bring visitors to the places where food is actually produced. Many of our members are small family firms that could never organise a conference on their own, but they can open a mill, a packing house or a vineyard for an afternoon. Visitors from other regions tell us that these side events are what they remember most. This year we have also added more sessions in English, because a growing number of participants come from Italy, Cyprus, Spain and the Balkans.</p>
<h2>Practical information</h2>
<ul>
<li>Registration for the conference is free but required by 25 September 2034. Side events have their own registration; see the individual pages.</li>
<li>A shuttle bus runs between Kalamata and Pylos on 6 October. Kalamata airport has direct flights from Athens, Munich and Vienna.</li>
<li>The conference is held in Greek and English with interpretation.</li>
<li>Members who want to add a side event can still contact the cluster office until 12 September 2034.</li>
</ul>
<p>The Innovation Week is co-funded by the Region of Peloponnese under the Regional Programme "Peloponnese" 2028–2034 and by the sponsors listed below. First held in 2028, the week has grown from four to seventeen member events.</p>
<p>Cluster office: Dimitris Antonakopoulos, Cluster Manager · Sofia Nikolaou-Hartmann, Events Coordinator · info@pac-messinia.example</p>
</main>
<footer><p>Peloponnese Agrifood Cluster · Aristomenous 12, 24100 Kalamata · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p><p>Sponsors: Piraeus Bank · Kalamata Chamber of Commerce and Industry · Costa Navarino</p></footer>
</body></html>
"""
write(F, T)
PAC='Peloponnese Agrifood Cluster'; UP='University of the Peloponnese'; KC='Kalamata Chamber of Commerce and Industry'
gold(F,
 [P('Eleni Papadopoulou-Vlachou','Cluster president',PAC), P('Dimitrios Ptochos-Karras','Regional Governor of the Peloponnese',None),
  P('Maria Kalogeropoulou','Deputy Minister of Rural Development and Food',None), P('Nikos Tsiropoulos',None,'Agricultural University of Athens'),
  P('Giorgos Lambrou',None,"Messinian Olive Producers' Union"), P('Federica Rinaldi',None,'Distretto Agroalimentare di Qualità Jonico Salentino'),
  P('Ayşe Demir-Koch',None,'International Olive Council'), P('Stavroula Gkiouzepa',None,UP), P('Katerina Diamantopoulou',None,'Eliá Bio Farm'),
  P('Anastasia Koutsoukou','head of the Peloponnese office','ELGO-DIMITRA'), P('Dimitris Antonakopoulos','Cluster Manager',PAC), P('Sofia Nikolaou-Hartmann','Events Coordinator',PAC)],
 [O(PAC,'PAC'), O('Region of Peloponnese'), O(UP), O(KC), O('Agricultural University of Athens'), O("Messinian Olive Producers' Union"),
  O('Distretto Agroalimentare di Qualità Jonico Salentino'), O('International Olive Council'), O('Enterprise Greece'), O('Enterprise Europe Network Hellas','EEN-Hellas'),
  O('Kalamata Municipal Market'), O("Chefs' Club of Messinia"), O('AgroSky P.C.'), O('Messinian Figs Cooperative of Koroni'), O('Department of Food Science and Technology'),
  O('Messinia Young Farmers Association'), O('DEYA Pylou-Nestoros'), O('Costa Navarino'), O('Messinian Wine Roads Network'), O('Kalamata Innovation Hub'),
  O('Nikolaos Theodorakis S.A.'), O('Eliá Bio Farm'), O('Hellenic Export Council'), O('Hellenic Agricultural Organisation DIMITRA','ELGO-DIMITRA'),
  O('Olivix P.C.'), O('Agrotissa of Androusa'), O('Piraeus Bank')],
 [E('Messinia Agrifood Innovation Week 2034','2034-10-02','2034-10-08','Kalamata','Greece'), E('Main conference: "Water, soil and value"','2034-10-03','2034-10-04','Kalamata','Greece'),
  E('B2B meetings','2034-10-04','2034-10-04','Kalamata','Greece'), E('Messinia Food Innovation Prize 2034','2034-10-04','2034-10-04','Kalamata','Greece'),
  E('Opening evening: "Taste of Messinia"','2034-10-02','2034-10-02','Kalamata','Greece'), E('Drone demonstration in olive groves','2034-10-03','2034-10-03','Messini','Greece'),
  E('Open day at the fig-processing plant','2034-10-04','2034-10-04','Koroni','Greece'), E('Workshop "Olive oil polyphenols and health claims"','2034-10-05','2034-10-05','Kalamata','Greece'),
  E("Young farmers' meetup",'2034-10-05','2034-10-05','Kyparissia','Greece'), E('Visit to the Pylos desalination and irrigation pilot','2034-10-06','2034-10-06','Pylos','Greece'),
  E('Wine and olive oil tourism round table','2034-10-06','2034-10-06','Pylos','Greece'), E('Hackathon final: "Zero waste in olive mills"','2034-10-07','2034-10-07','Kalamata','Greece'),
  E('Packaging innovation day','2034-10-07','2034-10-07','Messini','Greece'), E('Family day at the organic farm','2034-10-08','2034-10-08','Petalidi','Greece'),
  E('Export to China','2034-10-05','2034-10-05',None,None)],
 ['2034-10-02/2034-10-08','2034-10-03/2034-10-04','2034-10-03','2034-10-04','2034-10-02','2034-10-05','2034-10-06','2034-10-07','2034-10-08','2033','2034-09-25','2034-09-12','2028/2034','2028'])
