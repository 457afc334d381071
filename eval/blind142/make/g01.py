from h import *
F = 'g01_eccp_eurocluster_kickoff_coimbra.html'
assert wd(2038,9,15)=='Wednesday' and wd(2038,9,16)=='Thursday' and wd(2038,11,4)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Community news | European Cluster Collaboration Platform</title></head>
<body>
<div class="cookie">We use cookies to ensure the site works properly. <a href="#">Accept all</a> <a href="#">Only essential</a> <a href="/cookie-policy">Cookie policy</a></div>
<header><p>European Commission · European Cluster Collaboration Platform</p>
<nav><a href="/">Home</a> | <a href="/cluster-mapping">Cluster mapping</a> | <a href="/euroclusters">Euroclusters</a> | <a href="/community-news">Community news</a> | <a href="/calls">Open calls</a> | <a href="/events">Events</a> | <a href="/login">Log in</a></nav></header>
<main>
<p class="crumbs">Home › Community news › Euroclusters</p>
<h1>BLUE-FORGE Eurocluster kicks off in Coimbra with eleven partners from seven countries</h1>
<p class="meta">Submitted by Inês Carvalho-Pinto on 21 September 2038 · Industrial ecosystem: Proximity, social economy and civil security · Tags: Euroclusters, kick-off, SMEs</p>

<p>The new Eurocluster BLUE-FORGE, which supports small foundries, forges and metal workshops on their way to low-carbon production, held its kick-off meeting in Coimbra on Wednesday 15 and Thursday 16 September 2038. The consortium is led by the Portuguese metalworking cluster Cluster Metal Centro – Associação para a Competitividade Industrial (CMC), based in Coimbra, and is funded under the Single Market Programme for 30 months, from 1 September 2038 to 28 February 2041.</p>

<p>Eleven partners took part in person. Besides CMC, the consortium brings together:</p>
<ul>
<li>Pôle Métallurgie Grand Est (France)</li>
<li>Kovo Cluster Moravia, z.s. (Czech Republic)</li>
<li>Fundición Vasca Innovación, S.L. (Spain) – technology partner</li>
<li>Polski Klaster Odlewniczy (Poland)</li>
<li>Metalforum Finland ry (Finland)</li>
<li>the Foundry Technology Centre of Instituto Pedro Nunes (Portugal)</li>
<li>Centro Ricerche Metallurgiche Brescia S.r.l. (Italy)</li>
<li>the University of Coimbra, Department of Mechanical Engineering</li>
<li>AICEP Portugal Global – Trade &amp; Investment Agency</li>
<li>the European Foundry Association (CAEF) as associated partner</li>
</ul>

<p>The first day opened with a welcome by the coordinator, Eng. Rui Mendes da Silva, President of the Board of CMC, and by Prof. Teresa Albuquerque, Vice-Rector for Innovation of the University of Coimbra. Project officer Dimitra Kostopoulou of the European Innovation Council and SMEs Executive Agency (EISMEA) joined online from Brussels and explained the rules for financial support to third parties. "Euroclusters are judged on what reaches the SME on the shop floor, not on the number of reports," she reminded the partners.</p>

<p>Work package leaders then presented their plans. Dr. Marek Nowak-Zieliński (Polski Klaster Odlewniczy) leads the work on decarbonisation audits; Claire Dubois-Lefèvre, cluster manager of Pôle Métallurgie Grand Est, leads internationalisation; and Aitor Etxeberria, CEO of Fundición Vasca Innovación, is responsible for the innovation vouchers. On Thursday afternoon the group made a company visit to the die-casting plant of Fundições do Mondego, Lda. in Condeixa-a-Nova, where the plant manager, Joana Brito, showed the heat-recovery system installed in 2037.</p>

<h2>Key takeaways from the kick-off</h2>
<ol>
<li>The first open call for SMEs will be published in January 2039 and will fund decarbonisation audits of up to EUR 10,000 per company</li>
<li>Partners will use one common self-assessment tool, adapted from the one Metalforum Finland developed in 2036</li>
<li>Every partner cluster will nominate one "ambassador company" to speak at regional events</li>
<li>The consortium will seek links with at least two other Euroclusters in the mobility and construction ecosystems</li>
</ol>

<p>The next partner meeting will be hosted by Kovo Cluster Moravia in Brno in March 2039. Before that, BLUE-FORGE will present itself at the online Eurocluster info session organised by the platform on Thursday 4 November 2038 (10:00–11:30 CET).</p>

<p>Background: BLUE-FORGE is one of the Euroclusters selected in the third round of the Joint Cluster Initiatives call. The project contributes to the transition pathway for the proximity and social economy ecosystem and reports to DG GROW.</p>

<p>Contact: Inês Carvalho-Pinto, communication officer, CMC – comunicacao@cmc.example.pt</p>
<p><a href="#">Read more</a> · <a href="#">Share on LinkedIn</a> · <a href="#">Share on X</a> · <a href="#">Copy link</a></p>
<div class="related"><h3>Related news</h3>
<p><a href="#">Euroclusters meet in Brussels for the annual networking day</a> · 12 September 2038</p>
<p><a href="#">Open call: cluster internationalisation vouchers for SMEs</a> · 7 September 2038</p></div>
</main>
<footer><p>The European Cluster Collaboration Platform is an initiative of the European Commission. © European Union, 2038 · <a href="#">Legal notice</a> · <a href="#">Privacy statement</a> · <a href="#">Contact</a></p></footer>
</body></html>
"""
write(F, T)
C="Cluster Metal Centro – Associação para a Competitividade Industrial"
gold(F,
 [P("Inês Carvalho-Pinto","communication officer",C),
  P("Rui Mendes da Silva","President of the Board",C),
  P("Teresa Albuquerque","Vice-Rector for Innovation","University of Coimbra"),
  P("Dimitra Kostopoulou","Project officer","European Innovation Council and SMEs Executive Agency"),
  P("Marek Nowak-Zieliński",None,"Polski Klaster Odlewniczy"),
  P("Claire Dubois-Lefèvre","cluster manager","Pôle Métallurgie Grand Est"),
  P("Aitor Etxeberria","CEO","Fundición Vasca Innovación, S.L."),
  P("Joana Brito","plant manager","Fundições do Mondego, Lda.")],
 [O("European Cluster Collaboration Platform"), O("European Commission"), O(C,"CMC"),
  O("Pôle Métallurgie Grand Est"), O("Kovo Cluster Moravia, z.s."), O("Fundición Vasca Innovación, S.L."),
  O("Polski Klaster Odlewniczy"), O("Metalforum Finland ry"), O("Foundry Technology Centre"), O("Instituto Pedro Nunes"),
  O("Centro Ricerche Metallurgiche Brescia S.r.l."), O("University of Coimbra"), O("Department of Mechanical Engineering"),
  O("AICEP Portugal Global – Trade & Investment Agency"), O("European Foundry Association","CAEF"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("Fundições do Mondego, Lda."), O("DG GROW")],
 [E("kick-off meeting","2038-09-15","2038-09-16","Coimbra","Portugal"),
  E("company visit to the die-casting plant of Fundições do Mondego, Lda.","2038-09-16",None,"Condeixa-a-Nova","Portugal"),
  E("partner meeting","2039-03",None,"Brno","Czech Republic"),
  E("Eurocluster info session","2038-11-04",None,None,None),
  E("annual networking day",None,None,"Brussels","Belgium")],
 ["2038-09-21","2038-09-15/2038-09-16","2038-09-01/2041-02-28","2037","2039-01","2036","2039-03","2038-11-04","2038-09-12","2038-09-07"],
 ["The first open call for SMEs will be published in January 2039 and will fund decarbonisation audits of up to EUR 10,000 per company",
  "Partners will use one common self-assessment tool, adapted from the one Metalforum Finland developed in 2036",
  "Every partner cluster will nominate one \"ambassador company\" to speak at regional events",
  "The consortium will seek links with at least two other Euroclusters in the mobility and construction ecosystems"],
 pub="2038-09-21")
