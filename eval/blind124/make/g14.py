from h import *
F = 'g14_huesca_network_general_assembly.html'
assert wd(2036,11,5)=='Wednesday' and wd(2036,11,6)=='Thursday' and wd(2036,11,4)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News – European Mountain Clusters Network</title></head>
<body>
<p class="cookie">By continuing to browse this site you accept the use of cookies. <a href="#">More information</a> <a href="#">OK</a></p>
<header><p>EMCN · European Mountain Clusters Network AISBL</p>
<nav><a href="/">Home</a> | <a href="/network">The network</a> | <a href="/members">Members</a> | <a href="/governance">Governance</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></nav></header>
<main>
<article>
<h1>Huesca General Assembly: Paola Zanetti-Bernard elected President, three new members join</h1>
<p class="byline">By EMCN Secretariat · 12 November 2036 · 5 min read</p>
<p>HUESCA – The 2036 General Assembly of the European Mountain Clusters Network (EMCN), held on Wednesday 5 November in the Palacio de Congresos de Huesca, elected Paola Zanetti-Bernard as the network's new President for the period 2036–2039. Zanetti-Bernard, who has managed the Trentino wood and mountain-construction cluster Habitech Montagna since 2029, succeeds Josef Kranebitter (Standortagentur Tirol), who served two terms and did not seek re-election.</p>
<p>The assembly was hosted by the Aragonese agri-food cluster Aragón Montaña Alimentaria together with the Provincial Council of Huesca (Diputación Provincial de Huesca). Delegates from 29 of the network's 34 member clusters, in nine countries, took part. The Vice-President of the Government of Aragon, Javier Lanaspa Ordás, welcomed the participants.</p>
<h2>The new Executive Committee</h2>
<p>Alongside the President, the assembly elected:</p>
<ul>
<li>Vice-President: Dr. Anne-Laure Dufresne-Ruiz, Cluster Montagne, Chambéry (France)</li>
<li>Treasurer: Gašper Kranjc, Alpine Wood Cluster Slovenia, Kranj</li>
<li>Secretary-General (re-elected): Ionuț Bălănescu, Carpathian Tourism Cluster, Brașov (Romania)</li>
<li>Member: Jordi Puigdomènech i Serra (Pyrenees Outdoor Cluster, La Seu d'Urgell)</li>
<li>Member: Katarzyna Gąsienica-Byrcyn (Klaster Podhalański, Nowy Targ)</li>
</ul>
<p>In her first words as President, Zanetti-Bernard said she wanted the network to speak with one voice in Brussels on the next cohesion policy and to double the number of joint projects between member clusters by the end of her term. She also announced a mentoring scheme pairing new cluster managers with experienced colleagues from other countries.</p>
<p>The network's secretariat in Brussels continues to be led by Executive Director Maarten De Clercq.</p>
<h2>New members</h2>
<p>The assembly admitted three new member clusters, bringing the total to 37:</p>
<ul>
<li>Cluster Agroalimentario del Pirineo, Jaca (Spain)</li>
<li>Tatra Innovation Cluster, Poprad (Slovakia)</li>
<li>Rhodope Food Cluster, Smolyan (Bulgaria)</li>
</ul>
<h2>Farewell and thanks</h2>
<p>In his farewell speech Kranebitter recalled that the network started in 2028 as an informal meeting of seven clusters in Innsbruck. "We had no budget and no statutes, only the conviction that mountain regions have the same problems everywhere," he said. The assembly named him Honorary President.</p>
<h2>Conclusions of the policy session</h2>
<p>Before the elections, delegates discussed the network's contribution to the EU's long-term vision for rural areas with Kristiina Alanko of the European Commission's Directorate-General for Agriculture and Rural Development. The session closed with these conclusions:</p>
<ol>
<li>Mountain clusters should be recognised as a specific target group in the next generation of smart specialisation strategies</li>
<li>The network will collect evidence on the cost of doing business in mountain areas and publish it in 2037</li>
<li>Member clusters will share training offers for young entrepreneurs across borders</li>
</ol>
<h2>Side programme</h2>
<p>On Tuesday 4 November the delegates visited the Walqa technology park and the agri-food company Pirenaica de Quesos in Sabiñánigo. On Thursday 6 November an optional excursion led to the Ordesa and Monte Perdido National Park.</p>
<p>The 2037 General Assembly will take place in Zakopane (Poland) on 19 May 2037 at the invitation of Klaster Podhalański. Earlier assemblies were held in Chambéry (2034) and Kranj (2035).</p>
<p><a href="/news">« All news</a> · Share: <a href="#">LinkedIn</a> <a href="#">E-mail</a></p>
</article>
</main>
<footer><p>European Mountain Clusters Network AISBL · Rue du Luxembourg 3, 1000 Brussels · Registered under Belgian law · <a href="#">Privacy</a></p></footer>
</body></html>
"""
assert wd(2037,5,19)=='Tuesday'
write(F, T)
N="European Mountain Clusters Network AISBL"
gold(F,
 [P("Paola Zanetti-Bernard","President",N),
  P("Josef Kranebitter","Honorary President",N),
  P("Javier Lanaspa Ordás","Vice-President of the Government of Aragon",None),
  P("Anne-Laure Dufresne-Ruiz","Vice-President",N),
  P("Gašper Kranjc","Treasurer",N),
  P("Ionuț Bălănescu","Secretary-General",N),
  P("Jordi Puigdomènech i Serra","Member",N),
  P("Katarzyna Gąsienica-Byrcyn","Member",N),
  P("Maarten De Clercq","Executive Director",N),
  P("Kristiina Alanko",None,"Directorate-General for Agriculture and Rural Development")],
 [O(N,"EMCN"), O("Habitech Montagna"), O("Standortagentur Tirol"), O("Aragón Montaña Alimentaria"),
  O("Provincial Council of Huesca"), O("Government of Aragon"), O("Cluster Montagne"), O("Alpine Wood Cluster Slovenia"),
  O("Carpathian Tourism Cluster"), O("Pyrenees Outdoor Cluster"), O("Klaster Podhalański"), O("Cluster Agroalimentario del Pirineo"),
  O("Tatra Innovation Cluster"), O("Rhodope Food Cluster"), O("European Commission"), O("Directorate-General for Agriculture and Rural Development"),
  O("Pirenaica de Quesos")],
 [E("2036 General Assembly","2036-11-05",None,"Huesca","Spain"),
   E("visited the Walqa technology park and the agri-food company Pirenaica de Quesos","2036-11-04",None,"Sabiñánigo","Spain"),
  E("optional excursion","2036-11-06",None,None,"Spain"),
  E("2037 General Assembly","2037-05-19",None,"Zakopane","Poland"),
  E("General Assembly (2034)","2034",None,"Chambéry","France"),
  E("General Assembly (2035)","2035",None,"Kranj","Slovenia")],
 ["2036-11-12","2036-11-05","2036/2039","2029","2028","2037","2036-11-04","2036-11-06","2037-05-19","2034","2035"],
 ["Mountain clusters should be recognised as a specific target group in the next generation of smart specialisation strategies",
  "The network will collect evidence on the cost of doing business in mountain areas and publish it in 2037",
  "Member clusters will share training offers for young entrepreneurs across borders"],
 pub="2036-11-12")
