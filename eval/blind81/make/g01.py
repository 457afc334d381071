from h import *
F = 'g01_vrancea_wine_cluster_news.html'
assert wd(2034,11,23)=='Thursday' and wd(2034,11,14)=='Tuesday' and wd(2035,1,25)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News – Vrancea Wine &amp; Vine Cluster</title></head>
<body>
<div class="cookie-bar">We use cookies to analyse traffic and remember your language. <button>Accept all</button> <button>Only necessary</button> <a href="/cookies">Cookie policy</a></div>
<header><div class="logo">VWVC · Clusterul Vitivinicol Vrancea</div>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/members">Members</a> <a href="/projects">Projects</a> <a href="/news" class="active">News</a> <a href="/events">Events</a> <a href="/contact">Contact</a> <a href="/ro">RO</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="breadcrumb">Home › News › Page 2 of 7</p>
<h1>News</h1>
<form class="filter">Filter: <a href="?c=all">All</a> · <a href="?c=members">Member news</a> · <a href="?c=projects">Projects</a> · <a href="?c=events">Events</a> · <a href="?c=policy">Policy</a></form>

<article><p class="meta">28 November 2034 · Projects · 4 min read</p>
<h2><a href="/news/terroir-data-platform">Terroir data platform goes live for 41 wineries</a></h2>
<p>The shared soil and climate data platform built under the VineSense project is now open to all member wineries in Panciu, Odobești and Cotești. The platform was developed with the Faculty of Horticulture of the University of Agronomic Sciences and Veterinary Medicine of Bucharest (USAMV) and the software company Datalogic Putna SRL. Project manager Ioana-Maria STAN said that growers would receive weekly disease-risk alerts for downy mildew from the spring of 2035. <a href="/news/terroir-data-platform">Read more »</a></p></article>

<article><p class="meta">23 November 2034 · Events · 2 min read</p>
<h2><a href="/news/focsani-wine-forum-recap">Focșani Wine Business Forum: 260 participants and a new export desk</a></h2>
<p>The fourth Focșani Wine Business Forum took place on Thursday, 23 November 2034 at the Balada Conference Centre in Focșani. Keynote speakers included Dr. Raluca Enache-Vlad, State Secretary at the Ministry of Agriculture and Rural Development, and Pedro Gonçalves da Silva, Managing Director of the Associação das Rotas dos Vinhos do Alentejo. At the forum, the cluster and the Romanian Chamber of Commerce in Vrancea announced a joint export desk. <a href="/news/focsani-wine-forum-recap">Read more »</a></p></article>

<article><p class="meta">20 November 2034 · Member news · 3 min read</p>
<h2><a href="/news/crama-dealul-zanelor-award">Gold medal for Crama Dealul Zânelor</a></h2>
<p>Member winery Crama Dealul Zânelor SRL won a gold medal at the Concours Mondial du Sauvignon for its 2033 Fetească Albă. Oenologist Mihnea-Andrei Bucur, who joined the winery in 2031, dedicated the medal to the pickers of the Tulburea valley. <a href="/news/crama-dealul-zanelor-award">Read more »</a></p></article>

<article><p class="meta">14 November 2034 · Policy · 5 min read</p>
<h2><a href="/news/regional-strategy-consultation">South-East Regional Development Agency opens consultation on smart specialisation</a></h2>
<p>The South-East Regional Development Agency (ADR Sud-Est) has opened a public consultation on the Regional Smart Specialisation Strategy 2035–2041. Comments can be sent until 15 December 2034. Cluster president Constantin Ghiță urged members to take part: the draft names viticulture and wine tourism as one of six regional priorities for the first time. <a href="/news/regional-strategy-consultation">Read more »</a></p></article>

<article><p class="meta">9 November 2034 · Projects · 3 min read</p>
<h2><a href="/news/interreg-partners-visit">Partners from Moldova and Hungary visit Odobești cellars</a></h2>
<p>Twelve representatives of the Moldova Wine Cluster and the Tokaj-Hegyalja Wine Cluster visited the historic cellars in Odobești from 6 to 8 November 2034 as part of the WineRoutes East project. Dr. Zsófia Kertész-Balogh of the University of Tokaj presented the Hungarian model of appellation management. <a href="/news/interreg-partners-visit">Read more »</a></p></article>

<article><p class="meta">31 October 2034 · Member news · 2 min read</p>
<h2><a href="/news/new-members-autumn">Five new members join the cluster</a></h2>
<p>The Board has approved five new members: Vinexpert Logistic SRL, Tonelăria Carpatică SRL, the Vrancea County School Inspectorate, Agroturism Măgura Odobeștilor and the Focșani campus of the "Dunărea de Jos" University of Galați. The cluster now counts 88 members. <a href="/news/new-members-autumn">Read more »</a></p></article>

<article><p class="meta">24 October 2034 · Events · 2 min read</p>
<h2><a href="/news/harvest-festival">Harvest Festival in Panciu draws record crowds</a></h2>
<p>More than 14,000 visitors came to the Panciu Harvest Festival on 14 and 15 October 2034. The cluster's stand, run by communication officer Alexandra Pîrvu, presented 23 member wineries and a new map of the Vrancea wine route. <a href="/news/harvest-festival">Read more »</a></p></article>

<article><p class="meta">17 October 2034 · Policy · 4 min read</p>
<h2><a href="/news/cluster-label">Cluster renews its Silver label</a></h2>
<p>The cluster has renewed its Silver Label of the European Cluster Excellence Initiative (ECEI) after an assessment on 3 October 2034. The assessor, Margarethe von Steinbach-Roux, praised the member services but recommended a written internationalisation strategy before the next assessment in 2036. <a href="/news/cluster-label">Read more »</a></p></article>

<article><p class="meta">10 October 2034 · Member news · 3 min read</p>
<h2><a href="/news/cooperage">Tonelăria Carpatică hires master cooper from Burgundy</a></h2>
<p>The cooperage in Mărășești has appointed Jean-Baptiste Delacroix-Morin as master cooper. He spent 19 years at a family cooperage near Beaune and will train six young coopers from the Vrancea County vocational school over the next two years, said company director Florentina Ungureanu. <a href="/news/cooperage">Read more »</a></p></article>

<article><p class="meta">3 October 2034 · Events · 1 min read</p>
<h2><a href="/news/save-the-date-forum-2035">Save the date: Wine tourism workshop in January</a></h2>
<p>The next wine tourism workshop for members will take place on Thursday, 25 January 2035 in Odobești. Registration opens in December. Contact: Alexandra Pîrvu, events@clustervrancea.example.ro. <a href="/news/save-the-date-forum-2035">Read more »</a></p></article>

<nav class="pagination"><a href="/news?page=1">« Newer</a> <a href="/news?page=1">1</a> <strong>2</strong> <a href="/news?page=3">3</a> <a href="/news?page=4">4</a> <span>…</span> <a href="/news?page=7">7</a> <a href="/news?page=3">Older »</a></nav>
<aside><h3>Subscribe</h3><p>Get the cluster newsletter every second Tuesday. <a href="/newsletter">Sign up</a></p>
<h3>Share</h3><p><a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-mail</a></p></aside>
</main>
<footer><p>Asociația Clusterul Vitivinicol Vrancea · Str. Cuza Vodă 12, 620034 Focșani · CIF 00000000</p>
<p>Co-financed by the Regional Programme South-East 2028–2034. © 2034 VWVC. <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Ioana-Maria STAN","Project manager",None),
  P("Raluca Enache-Vlad","State Secretary","Ministry of Agriculture and Rural Development"),
  P("Pedro Gonçalves da Silva","Managing Director","Associação das Rotas dos Vinhos do Alentejo"),
  P("Mihnea-Andrei Bucur","Oenologist","Crama Dealul Zânelor SRL"),
  P("Constantin Ghiță","president","Vrancea Wine & Vine Cluster"),
  P("Zsófia Kertész-Balogh",None,"University of Tokaj"),
  P("Alexandra Pîrvu","communication officer","Vrancea Wine & Vine Cluster"),
  P("Margarethe von Steinbach-Roux","assessor",None),
  P("Jean-Baptiste Delacroix-Morin","master cooper","Tonelăria Carpatică SRL"),
  P("Florentina Ungureanu","director","Tonelăria Carpatică SRL")],
 [O("Vrancea Wine & Vine Cluster","VWVC"),
  O("Faculty of Horticulture"), O("University of Agronomic Sciences and Veterinary Medicine of Bucharest","USAMV"),
  O("Datalogic Putna SRL"), O("Ministry of Agriculture and Rural Development"),
  O("Associação das Rotas dos Vinhos do Alentejo"), O("Romanian Chamber of Commerce in Vrancea"),
  O("Crama Dealul Zânelor SRL"), O("South-East Regional Development Agency","ADR Sud-Est"),
  O("Moldova Wine Cluster"), O("Tokaj-Hegyalja Wine Cluster"), O("University of Tokaj"),
  O("Vinexpert Logistic SRL"), O("Tonelăria Carpatică SRL"), O("Vrancea County School Inspectorate"),
  O("Agroturism Măgura Odobeștilor"), O('"Dunărea de Jos" University of Galați'),
  O("European Cluster Excellence Initiative","ECEI")],
 [E("Focșani Wine Business Forum","2034-11-23",None,"Focșani","Romania"),
  E("WineRoutes East partner visit to Odobești cellars","2034-11-06","2034-11-08","Odobești","Romania"),
  E("Panciu Harvest Festival","2034-10-14","2034-10-15","Panciu","Romania"),
  E("wine tourism workshop","2035-01-25",None,"Odobești","Romania"),
  E("Concours Mondial du Sauvignon",None,None,None,None)],
 ["2034-11-28","2034-11-23","2034-11-20","2034-11-14","2034-11-09","2034-10-31","2034-10-24","2034-10-17","2034-10-10","2034-10-03",
  "2035","2035/2041","2034-12-15","2034-11-06/2034-11-08","2034-10-14/2034-10-15","2036","2035-01-25","2028/2034","2031","2034-12"],
 [], None)
