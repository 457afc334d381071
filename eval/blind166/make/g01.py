from h import *
F = 'g01_vendee_composites_news.html'
assert wd(2038,3,4)=='Thursday' and wd(2038,3,23)=='Tuesday' and wd(2038,2,25)=='Thursday' and wd(2038,10,6)=='Wednesday' and wd(2038,4,30)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News round-up – March 2038 | Vendée Composites &amp; Nautisme</title></head>
<body>
<div class="cookie-banner">We use cookies to measure the audience of this site and to remember your choices. <a href="/en/cookies">Settings</a> <button>Accept all</button> <button>Refuse</button></div>
<header>
<p class="brand">Vendée Composites &amp; Nautisme – cluster of the boatbuilding and composites industry</p>
<nav><a href="/en/">Home</a> | <a href="/en/cluster">The cluster</a> | <a href="/en/members">Members</a> | <a href="/en/projects">Projects</a> | <a href="/en/news">News</a> | <a href="/en/agenda">Agenda</a> | <a href="/fr/">FR</a> | <a href="/en/login">Members' area</a></nav>
</header>
<main>
<p class="breadcrumb">Home › News › Round-up</p>
<h1>News round-up – March 2038</h1>
<p class="byline">Published 14 March 2038 · by Maëlle Girardeau, communication officer · 6 min read</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">Mastodon</a> · <a href="#">E-mail</a> · <a href="#">Print</a></p>

<h2>1. A new board for the cluster</h2>
<p>Sixty-two member companies and schools came to the annual general assembly of Vendée Composites &amp; Nautisme (VCN) on Thursday 4 March 2038 at the Vendéspace in Mouilleron-le-Captif, just outside La Roche-sur-Yon. After the activity report and the vote on the 2037 accounts, members elected a new board for the term 2038–2041:</p>
<ul>
<li>President: Hélène MORNET, managing director, Atelier Composite du Bocage (Les Herbiers)</li>
<li>Vice-President: Yann Guilbaud, Chantier Naval de la Vie (Saint-Gilles-Croix-de-Vie)</li>
<li>Treasurer: Claire Rabaud, Fromentin Résines SAS</li>
<li>Secretary: Pierre-Louis de La Bretesche, head of the boatbuilding section, Lycée professionnel Éric Tabarly</li>
</ul>
<p>The outgoing president, Jean-Marc Bouhier, chaired the cluster for eight years and now becomes honorary president. "When we started, we were eleven boatyards around a table. Today we are a composites cluster that happens to build boats," he told the assembly. The Département de la Vendée was represented by its vice-president in charge of the economy, Sophie Lebœuf-Garnier.</p>

<h2>2. Open call: recycling vouchers for composite waste</h2>
<p>With the support of the Région Pays de la Loire, VCN opens a second round of its recycling vouchers. Small and medium-sized members can receive up to EUR 15,000 to test the recovery of glass-fibre offcuts, end-of-life hulls or resin waste with an approved laboratory. Eligible partners include the Technocampus Composites in Bouguenais and the Institut de Recherche en Génie Civil et Mécanique (GeM).</p>
<p><strong>Deadline: Friday 30 April 2038, 12:00.</strong> An online information session is planned on Tuesday 23 March 2038 at 11:00; the link is sent after registration. Questions to Antoine Chaigneau, project manager (a.chaigneau@vcn.example.fr).</p>

<h2>3. Bio-based resins workshop: what we learned</h2>
<p>On Thursday 25 February 2038 about forty engineers met at the Atelier Composite du Bocage in Les Herbiers for a workshop on bio-based resins, led by Dr Inès Caillaud (Université de Nantes) and Marco Bellandi (Polo Nautico Versiliese, Italy). Key takeaways:</p>
<ul>
<li>Bio-based epoxies are ready for small parts, but not yet for structural hull laminates</li>
<li>Price is no longer the main barrier; certification by classification societies is</li>
<li>Yards should share test data instead of each paying for the same trials</li>
</ul>

<h2>4. Rencontres Composites de l'Atlantique: save the date</h2>
<p>The fifth Rencontres Composites de l'Atlantique will take place on 6 and 7 October 2038 in La Roche-sur-Yon, with the first day (Wednesday) devoted to recycling and the second to automation. Previous editions:</p>
<ul>
<li>2034 – Les Sables-d'Olonne, 12–13 October 2034</li>
<li>2035 – Saint-Nazaire, 9–10 October 2035</li>
<li>2036 – La Rochelle, 7–8 October 2036</li>
<li>2037 – Les Herbiers, 13–14 October 2037</li>
</ul>
<p>Exhibitors can book a stand until the end of June. <a href="/en/rca2038">Read more</a></p>

<h2>5. In brief</h2>
<p>Two new members joined in February: Océa Moulage SARL (Challans) and the design office Nautilab Ingénierie (Luçon). The cluster also welcomes a Swedish delegation led by Jonas Lindqvist (Västkustens Båtkluster, Sweden) in May; members who want a company visit should contact the secretariat.</p>

<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">Mastodon</a> · <a href="#">E-mail</a></p>
<p class="tags">Tags: governance · calls · recycling · events</p>
<nav class="pager"><a href="/en/news/2038-02">‹ February round-up</a> | <a href="/en/news">All news</a></nav>
</main>
<footer>
<p>Vendée Composites &amp; Nautisme · 12 rue Georges Clemenceau, 85000 La Roche-sur-Yon · contact@vcn.example.fr</p>
<p>© 2038 VCN · <a href="/en/legal">Legal notice</a> · <a href="/en/privacy">Privacy</a> · <a href="/en/newsletter">Subscribe to the newsletter</a></p>
</footer>
</body></html>
"""
write(F, T)
V = "Vendée Composites & Nautisme"
gold(F,
 [P("Maëlle Girardeau","communication officer",V),
  P("Hélène MORNET","President",V),
  P("Yann Guilbaud","Vice-President",V),
  P("Claire Rabaud","Treasurer",V),
  P("Pierre-Louis de La Bretesche","Secretary",V),
  P("Jean-Marc Bouhier","honorary president",V),
  P("Sophie Lebœuf-Garnier","vice-president in charge of the economy","Département de la Vendée"),
  P("Antoine Chaigneau","project manager",V),
  P("Inès Caillaud",None,"Université de Nantes"),
  P("Marco Bellandi",None,"Polo Nautico Versiliese"),
  P("Jonas Lindqvist",None,"Västkustens Båtkluster")],
 [O(V,"VCN"), O("Atelier Composite du Bocage"), O("Chantier Naval de la Vie"), O("Fromentin Résines SAS"),
  O("Lycée professionnel Éric Tabarly"), O("Département de la Vendée"), O("Région Pays de la Loire"),
  O("Technocampus Composites"), O("Institut de Recherche en Génie Civil et Mécanique","GeM"),
  O("Université de Nantes"), O("Polo Nautico Versiliese"), O("Océa Moulage SARL"), O("Nautilab Ingénierie"),
  O("Västkustens Båtkluster")],
 [E("annual general assembly of Vendée Composites & Nautisme","2038-03-04",None,"Mouilleron-le-Captif","France"),
  E("online information session","2038-03-23",None,None,None),
  E("workshop on bio-based resins","2038-02-25",None,"Les Herbiers","France"),
  E("Rencontres Composites de l'Atlantique","2038-10-06","2038-10-07","La Roche-sur-Yon","France"),
  E("Rencontres Composites de l'Atlantique","2034-10-12","2034-10-13","Les Sables-d'Olonne","France"),
  E("Rencontres Composites de l'Atlantique","2035-10-09","2035-10-10","Saint-Nazaire","France"),
  E("Rencontres Composites de l'Atlantique","2036-10-07","2036-10-08","La Rochelle","France"),
  E("Rencontres Composites de l'Atlantique","2037-10-13","2037-10-14","Les Herbiers","France"),
  E("Swedish delegation","2038-05",None,None,None)],
 ["2038-03","2038-03-14","2038-03-04","2038/2041","2037","2038-04-30","2038-03-23","2038-02-25","2038-10-06/2038-10-07",
  "2034","2034-10-12/2034-10-13","2035","2035-10-09/2035-10-10","2036","2036-10-07/2036-10-08","2037-10-13/2037-10-14","2038-06","2038-02","2038-05"],
 ["Bio-based epoxies are ready for small parts, but not yet for structural hull laminates",
  "Price is no longer the main barrier; certification by classification societies is",
  "Yards should share test data instead of each paying for the same trials"],
 pub="2038-03-14")
