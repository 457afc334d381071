from h import *
F = 'g09_bastia_cleantech_cluster_members.html'
assert wd(2042,1,23)=='Thursday' and wd(2042,2,12)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Our members | Corsica Cleantech Cluster</title></head>
<body>
<div class="rgpd">We use cookies to measure audience and improve this site. <a href="/cookies">Learn more</a> · <button>Accept</button> · <button>Refuse</button> · <button>Customise</button></div>
<header><p class="logo">Corsica Cleantech Cluster · Pôle Cleantech Corse</p>
<nav><a href="/en">Home</a> / <a href="/en/cluster">The cluster</a> / <a href="/en/members">Members</a> / <a href="/en/governance">Governance</a> / <a href="/en/projects">Projects</a> / <a href="/en/agenda">Agenda</a> / <a href="/fr">FR</a> / <a href="/co">CO</a></nav></header>
<main>
<h1>Our members</h1>
<p class="updated">Page updated on 27 January 2042 · <a href="#">Print</a> · <a href="#">Share</a></p>
<p>The Corsica Cleantech Cluster brings together 71 companies, laboratories and public bodies working on renewable energy, water, waste and sustainable construction on the island. Membership is open to any organisation with an activity in Corsica. Below is the list of members who agreed to be published, by field.</p>

<h2>Energy</h2>
<ul>
<li>Corse Solaire SAS – photovoltaic installer, Ajaccio</li>
<li>EDF Systèmes Énergétiques Insulaires (EDF SEI) – island grid operator, Ajaccio</li>
<li>Hydro Golo SARL – small hydropower, Ponte-Leccia</li>
<li>Vent de Cap Corse SAS – wind farm developer, Rogliano</li>
<li>Laboratoire Sciences pour l'Environnement (SPE), Università di Corsica Pasquale Paoli – research, Corte</li>
</ul>
<h2>Water and waste</h2>
<ul>
<li>Office d'Équipement Hydraulique de Corse (OEHC) – public water agency, Bastia</li>
<li>Syvadec – island waste syndicate, Corte</li>
<li>Aqua Marana SARL – water treatment, Lucciana</li>
<li>Recyclerie di u Nebbiu – social economy, Saint-Florent</li>
</ul>
<h2>Sustainable building</h2>
<ul>
<li>Pierre et Bois de Castagniccia SCOP – timber and stone construction, Piedicroce</li>
<li>Atelier d'architecture Santucci &amp; Filippi – architects, Bastia</li>
<li>Lycée professionnel du bâtiment de Montesoro – vocational school, Bastia</li>
</ul>
<h2>Partners outside Corsica</h2>
<p>The cluster works with sister clusters around the Tyrrhenian Sea and beyond:</p>
<ul>
<li>Capenergies (France)</li>
<li>Distretto Tecnologico Energia e Ambiente della Sardegna (Italy)</li>
<li>Polo Energia Toscana (Italy)</li>
<li>Clúster de l'Energia Eficient de Catalunya (Spain)</li>
<li>Malta Energy Innovation Network (Malta)</li>
</ul>

<h2>New members in 2041</h2>
<p>Eleven organisations joined the cluster in 2041. They were welcomed at the new members' breakfast on Thursday 23 January 2042 in Bastia, at the premises of the Chambre de Commerce et d'Industrie de Haute-Corse, in the presence of Paul-Antoine Luciani, president of the cluster, and Maria-Dumenica Giacomoni, deputy director of the Agence de Développement Économique de la Corse (ADEC).</p>

<h2>Governance</h2>
<p>The cluster is an association under the law of 1901. Its board of directors, elected in June 2040 for four years, is chaired by Paul-Antoine LUCIANI (Vent de Cap Corse SAS). The vice-presidents are Sandrine Casanova of Corse Solaire SAS and Prof. Ghjuvan Petru Santoni of the Università di Corsica. Laetitia Orsini-Bianchi is treasurer and Jean-Baptiste Mattei secretary general.</p>
<p>The team: Cécile Franceschi, director · Antoine Poli, project manager for energy · Marie Cristofari, project manager for water and circular economy · Julie Albertini, communication officer.</p>

<h2>Member portrait of the month</h2>
<p>"Being in the cluster means I no longer have to explain to every new partner what a run-of-river plant in the mountains involves," says Lisandru Ceccaldi, founder and manager of Hydro Golo SARL. His company, set up in 2031, now runs four small plants in the Golo and Tavignano valleys and has trained six young technicians from the Lycée professionnel du bâtiment de Montesoro. Through the cluster he met the engineers of Polo Energia Toscana, with whom he is now testing a remote-monitoring system.</p>

<h2>How to join</h2>
<p>Fill in the online form and send us your statutes or Kbis extract. Applications are examined by the board at each meeting; the next board meeting will be held on Wednesday 12 February 2042 in Corte. Annual fee: from €150 for micro-enterprises to €2,500 for large companies.</p>
<p><a href="/en/join">Apply for membership</a> · <a href="/docs/members-2042.pdf">Download the full list (PDF)</a></p>
</main>
<footer><p>Corsica Cleantech Cluster – Pôle Cleantech Corse · Immeuble Le Lazaret, Quai des Martyrs · 20200 Bastia</p>
<p>With the support of the Collectivité de Corse and the European Regional Development Fund. <a href="/legal">Legal notice</a> · <a href="/privacy">Personal data</a> · © Pôle Cleantech Corse 2042</p></footer>
</body></html>
"""
write(F, T)
C="Corsica Cleantech Cluster"
gold(F,
 [P("Paul-Antoine Luciani","president",C),
  P("Maria-Dumenica Giacomoni","deputy director","Agence de Développement Économique de la Corse"),
  P("Sandrine Casanova","vice-president",C),
  P("Ghjuvan Petru Santoni","vice-president",C),
  P("Laetitia Orsini-Bianchi","treasurer",C),
  P("Jean-Baptiste Mattei","secretary general",C),
  P("Cécile Franceschi","director",C),
  P("Antoine Poli","project manager for energy",C),
  P("Marie Cristofari","project manager for water and circular economy",C),
  P("Lisandru Ceccaldi","founder and manager","Hydro Golo SARL"),
  P("Julie Albertini","communication officer",C)],
 [O(C), O("Corse Solaire SAS"),
  O("EDF Systèmes Énergétiques Insulaires","EDF SEI"), O("Hydro Golo SARL"), O("Vent de Cap Corse SAS"),
  O("Laboratoire Sciences pour l'Environnement","SPE"), O("Università di Corsica Pasquale Paoli"),
  O("Office d'Équipement Hydraulique de Corse","OEHC"), O("Syvadec"), O("Aqua Marana SARL"), O("Recyclerie di u Nebbiu"),
  O("Pierre et Bois de Castagniccia SCOP"), O("Atelier d'architecture Santucci & Filippi"),
  O("Lycée professionnel du bâtiment de Montesoro"), O("Capenergies"),
  O("Distretto Tecnologico Energia e Ambiente della Sardegna"), O("Polo Energia Toscana"),
  O("Clúster de l'Energia Eficient de Catalunya"), O("Malta Energy Innovation Network"),
  O("Chambre de Commerce et d'Industrie de Haute-Corse"), O("Agence de Développement Économique de la Corse","ADEC"),
  O("Collectivité de Corse")],
 [E("new members' breakfast","2042-01-23",None,"Bastia","France"),
  E("board meeting","2042-02-12",None,"Corte","France")],
 ["2042-01-27","2031","2041","2042-01-23","2040-06","2042-02-12"],
 [], pub="2042-01-27")
