from h import *
F = 'g15_trentino_agrifood_digital_study_summary.html'
assert wd(2038,4,29)=='Thursday' and wd(2038,5,6)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Study: Digital tools in Trentino's fruit and wine farms – summary | Trentino Agrifood Cluster</title></head>
<body>
<div class="cookies">We use technical cookies and, with your consent, analytics cookies. <a href="#">Accept</a> <a href="#">Reject</a> <a href="/cookie-policy">Cookie policy</a></div>
<header><a class="logo" href="/">Trentino Agrifood Cluster</a>
<nav><a href="/">Home</a> <a href="/cluster">The cluster</a> <a href="/members">Members</a> <a href="/publications" class="active">Publications</a> <a href="/news">News</a> <a href="/events">Events</a> <a href="/it">IT</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Home / Publications / Studies</p>
<h1>Digital tools in Trentino's fruit and wine farms: who uses them, who does not, and why</h1>
<p class="meta">Study summary · Published 27 April 2038 · Publication no. 11 · <a href="/pub/digital-farms-2038.pdf">Download full study (PDF, 3.6 MB, 96 pages)</a></p>
<p>Commissioned by the Trentino Agrifood Cluster (TAC) and carried out by the Fondazione Edmund Mach (FEM) in San Michele all'Adige together with the Department of Economics and Management of the University of Trento. Authors: Dr Francesca Dallapiccola (FEM), Dr Luca Moser (University of Trento) and Giovanni Zanoni (TAC). Financed by the Autonomous Province of Trento under the provincial innovation law.</p>

<h2>Why this study</h2>
<p>Trentino grows a large share of Italy's apples and has some of the country's most fragmented vineyards: the average farm has less than three hectares. Since 2030 cooperatives, the province and technology firms have invested heavily in sensors, decision-support systems and farm software. But nobody knew how many farmers actually use these tools, and with what results. The cluster asked the researchers to find out.</p>

<h2>How it was done</h2>
<p>Between October 2037 and February 2038 the team surveyed 1,180 farms (a response rate of 31 per cent), analysed data from 14 cooperatives, including Melinda and Cavit, and held six focus groups in the Val di Non, the Valsugana and the Piana Rotaliana. Results were discussed with members at a cluster workshop in Trento on 3 March 2038.</p>

<h2>Main findings</h2>
<p>The study finds a region that is well equipped but unevenly so. Its main findings are these:</p>
<ul>
<li>Nine in ten farms use at least one digital tool, most often the cooperative's app for delivery and quality data.</li>
<li>Only 23 per cent use decision-support systems for spraying or irrigation, even though these are offered free of charge by FEM.</li>
<li>Farmers under 40 are three times more likely than those over 60 to use sensor data in daily decisions.</li>
<li>Farms that use decision support for spraying reduced plant-protection treatments by 12 per cent on average in 2037.</li>
<li>The most cited barrier is not cost but time: farmers say the tools do not talk to each other and require entering the same data twice.</li>
<li>Part-time farmers, who run about half of the farms, are the least reached by advisory services.</li>
</ul>

<h2>What the authors propose</h2>
<p>The authors propose a common data standard for the cooperatives, advisory sessions in the evening and at weekends for part-time farmers, and a "digital farm buddy" scheme that pairs young and older farmers. These proposals will be discussed by the cluster's agritech working group, whose chair is Marco Pedrotti of Melinda.</p>

<h2>Presentation</h2>
<p>The study will be presented publicly on Thursday, 6 May 2038, at 17:30 at the Palazzo della Provincia in Trento, with Achille Giovannini, provincial councillor for agriculture, and cluster president Serena Endrizzi. A second presentation in German for farmers from South Tyrol follows at the Laimburg Research Centre in Pfatten/Vadena on 20 May 2038. Registration: events@trentinoagrifood.example.it.</p>

<blockquote>"Digitalisation in our valleys is no longer a question of having the tools. It is a question of making them part of the working day," said Serena Endrizzi.</blockquote>

<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">E-mail</a></p>
<aside><h3>More publications</h3><ul><li><a href="#">No. 10 – Water use in Trentino orchards (2037)</a></li><li><a href="#">No. 9 – Seasonal work and housing (2036)</a></li><li><a href="#">No. 8 – Export markets for Trentodoc (2035)</a></li></ul></aside>
</main>
<footer><p>Trentino Agrifood Cluster · Via Zeni 8, 38068 Rovereto (TN) · info@trentinoagrifood.example.it</p><p>© 2038 TAC · <a href="/privacy">Privacy</a> · <a href="/legal">Legal notice</a></p></footer>
</body></html>
"""
write(F, T)
TA = "Trentino Agrifood Cluster"
gold(F,
 [P("Francesca Dallapiccola",None,"FEM"), P("Luca Moser",None,"University of Trento"), P("Giovanni Zanoni",None,"TAC"),
  P("Marco Pedrotti","chair","Melinda"),
  P("Achille Giovannini","provincial councillor for agriculture",None),
  P("Serena Endrizzi","cluster president",TA)],
 [O(TA,"TAC"), O("Fondazione Edmund Mach","FEM"), O("Department of Economics and Management"),
  O("University of Trento"), O("Autonomous Province of Trento"), O("Melinda"), O("Cavit"),
  O("Laimburg Research Centre")],
 [E("cluster workshop","2038-03-03",None,"Trento","Italy"),
  E("presentation of the study","2038-05-06",None,"Trento","Italy"),
  E("presentation of the study in German","2038-05-20",None,"Pfatten/Vadena","Italy")],
 ["2038-04-27","2030","2037-10/2038-02","2038-03-03","2037","2038-05-06","2038-05-20","2036","2035"],
 ["Nine in ten farms use at least one digital tool, most often the cooperative's app for delivery and quality data",
  "Only 23 per cent use decision-support systems for spraying or irrigation, even though these are offered free of charge by FEM",
  "Farmers under 40 are three times more likely than those over 60 to use sensor data in daily decisions",
  "Farms that use decision support for spraying reduced plant-protection treatments by 12 per cent on average in 2037",
  "The most cited barrier is not cost but time: farmers say the tools do not talk to each other and require entering the same data twice",
  "Part-time farmers, who run about half of the farms, are the least reached by advisory services"],
 "2038-04-27")
