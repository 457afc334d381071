from h import *
F = 'g06_westflanders_cluster_awards.html'
assert wd(2040,10,11)=='Thursday' and wd(2040,9,6)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FoodTech West Cluster Awards 2040: the winners | FoodTech West</title></head>
<body>
<div id="cookie-consent"><p>This website uses functional and analytical cookies. By clicking "Accept" you agree to their use. <a href="/cookie-policy">Cookie policy</a></p><button>Accept</button><button>Only necessary</button></div>
<header><p class="brand">FoodTech West · the food processing equipment cluster of West Flanders</p>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/members">Members (142)</a></li><li><a href="/events">Events</a></li><li><a href="/news">News</a></li><li><a href="/awards">Awards</a></li><li><a href="/nl">NL</a></li><li><a href="/login">Member login</a></li></ul></nav></header>
<main>
<p class="crumbs">Home / News / Awards</p>
<article>
<h1>Cluster Awards 2040: a potato peeler, a robot and a school take the trophies</h1>
<p class="byline">12 October 2040 · Roeselare · by Lien Vandamme</p>
<p>Three hundred and twenty guests filled the Expo Roeselare hall on Thursday 11 October 2040 for the sixth FoodTech West Cluster Awards, the evening on which the cluster honours the best innovation, the best collaboration and the best talent initiative among its members. The ceremony, presented by radio journalist Bart De Keyser, closed the cluster's Innovation Day, which had brought 41 exhibitors and four study groups to the hall since the morning.</p>
<p>"Ten years ago most of our members saw each other only as competitors at trade fairs," said cluster president Koen Vanhoutte, CEO of Vanhoutte Peeling Systems NV, in his welcome. "Tonight three of the five nominees are joint projects between companies that used to fight for the same customers."</p>

<h2>The winners</h2>
<p><strong>Innovation Award 2040</strong> – Agristo Machines BV and the Ghent University spin-off OptiSort for a steam peeler that cuts the water use of potato processing by 40%. The prize was handed over by Hilde Crevits-Lannoo, deputy of the Province of West Flanders responsible for economy.</p>
<p><strong>Collaboration Award 2040</strong> – the consortium of Depoortere Robotics, Flanders' FOOD and the research centre Sirris for an open robot cell that small bakeries can rent by the week. Accepted by project leader Sofie D'Haene (Sirris).</p>
<p><strong>Talent Award 2040</strong> – VTI Roeselare, the technical secondary school whose pupils spend one day a week in the workshops of member companies. Director Geert Maertens received the trophy together with two of his students.</p>
<p>The jury was chaired by prof. Ann Van de Walle of KU Leuven Kulak, with Pieter Lievens (POM West-Vlaanderen), Marieke Desmet (VOKA – Chamber of Commerce West Flanders) and last year's winner Johan Verhaeghe (Verhaeghe Food Lines).</p>

<h2>Earlier winners of the Innovation Award</h2>
<ul>
<li>2035 (Kortrijk, 18 October 2035) – Dumoulin Frying Technologies</li>
<li>2036 (Roeselare, 16 October 2036) – Vanmarcke Conveyors</li>
<li>2037 (Ieper, 8 October 2037) – Belgian Spiral Freezers</li>
<li>2038 (Roeselare, 11 October 2038) – Agri-Vision Ingelmunster</li>
<li>2039 (Brugge, 10 October 2039) – Verhaeghe Food Lines</li>
</ul>

<h2>The Innovation Day</h2>
<p>Earlier in the day, members presented prototypes on the exhibition floor and visitors joined guided study tours of four plants in the Roeselare region: Lutosa, Vanhoutte Peeling Systems, Depoortere Robotics and the pilot plant of Inagro in Rumbeke. At 16:00 the cluster's working group on hygienic design met for its quarterly meeting, chaired by Jozefien Lambrecht.</p>
<p>Cluster manager Tom Debaere thanked the sponsors, the City of Roeselare and Flanders Innovation &amp; Entrepreneurship (VLAIO), which funds the cluster as a "Vlaamse innovatiecluster". Applications for the 2041 awards open in May 2041; the awards evening will be held in Kortrijk.</p>
<p>The nominees had been announced on 6 September 2040. All nominees and winners are presented in a short film on our YouTube channel.</p>
<p class="share">Share this article: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">Copy link</a></p>
</article>
<aside><h3>Related news</h3><ul><li><a href="#">Nominees for the 2040 Cluster Awards announced</a></li><li><a href="#">Hygienic design working group: new guidelines</a></li><li><a href="#">Seven new members in the third quarter</a></li></ul></aside>
</main>
<footer><p>FoodTech West vzw · Kleine Bassinstraat 12, 8800 Roeselare · info@foodtechwest.example.be · BE 0700.000.000</p>
<p>FoodTech West is a recognised innovation cluster supported by VLAIO. © 2040 · <a href="#">Privacy</a> · <a href="#">Disclaimer</a> · <a href="#">Sitemap</a></p></footer>
</body></html>
"""
write(F, T)
FW = "FoodTech West"
gold(F,
 [P("Lien Vandamme",None,None), P("Bart De Keyser","radio journalist",None),
  P("Koen Vanhoutte","cluster president",FW),
  P("Hilde Crevits-Lannoo","deputy of the Province of West Flanders responsible for economy","Province of West Flanders"),
  P("Sofie D'Haene","project leader","Sirris"), P("Geert Maertens","Director","VTI Roeselare"),
  P("Ann Van de Walle",None,"KU Leuven Kulak"), P("Pieter Lievens",None,"POM West-Vlaanderen"),
  P("Marieke Desmet",None,"VOKA – Chamber of Commerce West Flanders"), P("Johan Verhaeghe",None,"Verhaeghe Food Lines"),
  P("Jozefien Lambrecht",None,None), P("Tom Debaere","Cluster manager",FW)],
 [O("FoodTech West vzw"), O("Vanhoutte Peeling Systems NV"), O("Agristo Machines BV"), O("Ghent University"), O("OptiSort"),
  O("Province of West Flanders"), O("Depoortere Robotics"), O("Flanders' FOOD"), O("Sirris"), O("VTI Roeselare"),
  O("KU Leuven Kulak"), O("POM West-Vlaanderen"), O("VOKA – Chamber of Commerce West Flanders"), O("Verhaeghe Food Lines"),
  O("Dumoulin Frying Technologies"), O("Vanmarcke Conveyors"), O("Belgian Spiral Freezers"), O("Agri-Vision Ingelmunster"),
  O("Lutosa"), O("Inagro"), O("City of Roeselare"), O("Flanders Innovation & Entrepreneurship","VLAIO")],
 [E("FoodTech West Cluster Awards","2040-10-11",None,"Roeselare","Belgium"),
  E("Innovation Day","2040-10-11",None,"Roeselare","Belgium"),
  E("guided study tours","2040-10-11",None,None,"Belgium"),
  E("quarterly meeting","2040-10-11",None,"Roeselare","Belgium"),
  E("Cluster Awards","2035-10-18",None,"Kortrijk","Belgium"),
  E("Cluster Awards","2036-10-16",None,"Roeselare","Belgium"),
  E("Cluster Awards","2037-10-08",None,"Ieper","Belgium"),
  E("Cluster Awards","2038-10-11",None,"Roeselare","Belgium"),
  E("Cluster Awards","2039-10-10",None,"Brugge","Belgium"),
  E("awards evening",None,None,"Kortrijk","Belgium")],
 ["2040-10-12","2040-10-11","2035","2035-10-18","2036","2036-10-16","2037","2037-10-08","2038","2038-10-11","2039","2039-10-10","2041-05","2040-09-06"],
 [], pub="2040-10-12")
