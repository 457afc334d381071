from h import *
F = 'g06_eifel_ardennes_lessons_learnt.html'
assert wd(2037,11,18)=='Wednesday' and wd(2037,11,19)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lessons learnt – RURAL-BUILD | Interreg Greater Region</title></head>
<body>
<div id="consent"><p>This website uses cookies. Some are necessary for the site to work, others help us understand how it is used. <a href="/privacy">Privacy notice</a></p><button>Accept all</button> <button>Necessary only</button></div>
<header><div class="logo">RURAL-BUILD · Rural construction clusters of the Eifel and the Ardennes</div>
<nav><a href="/">Home</a> | <a href="/project">Project</a> | <a href="/partners">Partners</a> | <a href="/results">Results</a> | <a href="/news">News</a> | <a href="/contact">Contact</a> | <a href="/de">DE</a> <a href="/fr">FR</a> <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Home / Results / Lessons learnt</p>
<h1>Five years, three borders, one building sector: what we learnt</h1>
<p class="meta">Published 2 December 2037 · Project news · Reading time 5 minutes</p>
<p class="share">Share this page: <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">Mail</a> <a href="#">Print</a></p>

<p>When the RURAL-BUILD project started in January 2033, the idea was simple: small construction firms in the Eifel, in the Belgian Ardennes and in the north of Luxembourg face the same problems – ageing owners, lack of apprentices, new energy rules – and could solve some of them together. On 30 November 2037 the project closed. At the final conference in Bitburg on Wednesday 18 and Thursday 19 November 2037, more than 140 participants looked back and asked what should stay.</p>

<p>The conference was opened by Dr. Hannelore Scheuer, Landrätin of the Eifelkreis Bitburg-Prüm, who called the project "a small Schengen for craftsmen". Jean-Paul Hoffmann (Chambre des Métiers du Luxembourg, Luxembourg) presented the joint training modules, and Sophie Lambotte (Construction Ardenne asbl, Belgium) reported on the cross-border pool of 23 apprentices. On the second day, participants visited the timber frame workshop of Holzbau Thiel in Prüm and the demonstration house for retrofitting in Clervaux.</p>

<h2>The partnership</h2>
<p>Seven partners from three countries worked together in the project:</p>
<ul>
<li>Handwerkskammer Trier (lead partner, Germany)</li>
<li>Wirtschaftsförderungsgesellschaft Eifelkreis Bitburg-Prüm (Germany)</li>
<li>Hochschule Trier, Umwelt-Campus Birkenfeld (Germany)</li>
<li>Chambre des Métiers du Luxembourg (Luxembourg)</li>
<li>Construction Ardenne asbl (Belgium)</li>
<li>IFAPME Libramont (Belgium)</li>
<li>Commune de Clervaux (Luxembourg)</li>
</ul>

<h2>Lessons learnt</h2>
<p>At a closing workshop on the evening of 18 November, partners and companies agreed on the following lessons, which we pass on to other cross-border cluster initiatives:</p>
<ol>
<li>Start with what companies already do across the border, not with what the programme expects; the first year was lost on a strategy that nobody read</li>
<li>Language is less of a barrier than recognition of qualifications – the joint certificate did more for mobility than any translation</li>
<li>A common pool of apprentices only works if one partner takes over the paperwork for all</li>
<li>Site visits convinced more companies than any conference; a craftsman believes what he sees on another craftsman's site</li>
<li>Keep at least one paid coordinator after the project ends, or the network will fall asleep within months</li>
</ol>

<h2>What continues</h2>
<p>The Handwerkskammer Trier and the Chambre des Métiers have agreed to co-finance a part-time network coordinator for 2038 and 2039. The joint certificate in energy retrofitting will be offered again from September 2038. Project manager Katrin Weiler, who led RURAL-BUILD for the Handwerkskammer, will move to the new role.</p>
<p>"We have built trust, and trust does not need a project budget – but it does need someone who picks up the phone," she said in her closing words.</p>

<h2>Earlier project events</h2>
<ul>
<li>Kick-off meeting – Trier, 14–15 March 2033</li>
<li>First cross-border craft fair – Libramont, 6–8 October 2034</li>
<li>Mid-term conference – Clervaux, 25 April 2035</li>
<li>Apprentice exchange week – Prüm and Bastogne, 8–12 June 2036</li>
</ul>

<p class="share">Share this page: <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">Mail</a> <a href="#">Print</a></p>
<p><a href="/results">← All results</a> · <a href="/downloads/final-brochure.pdf">Download the final brochure (PDF, 3 MB)</a></p>
</main>
<footer><p>RURAL-BUILD was co-funded by the European Union under Interreg Greater Region 2028–2034.</p>
<p>Contact: Handwerkskammer Trier, Loebstraße 18, 54292 Trier · rural-build@hwk-trier.example.de · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
HWK = "Handwerkskammer Trier"
gold(F,
 [P("Hannelore Scheuer","Landrätin","Eifelkreis Bitburg-Prüm"),
  P("Jean-Paul Hoffmann",None,"Chambre des Métiers du Luxembourg"),
  P("Sophie Lambotte",None,"Construction Ardenne asbl"),
  P("Katrin Weiler","Project manager",HWK)],
 [O(HWK), O("Eifelkreis Bitburg-Prüm"), O("Chambre des Métiers du Luxembourg"), O("Construction Ardenne asbl"),
  O("Holzbau Thiel"), O("Wirtschaftsförderungsgesellschaft Eifelkreis Bitburg-Prüm"),
  O("Hochschule Trier"), O("Umwelt-Campus Birkenfeld"), O("IFAPME Libramont"), O("Commune de Clervaux")],
 [E("final conference","2037-11-18","2037-11-19","Bitburg","Germany"),
  E("visited the timber frame workshop of Holzbau Thiel","2037-11-19",None,"Prüm","Germany"),
  E("demonstration house for retrofitting","2037-11-19",None,"Clervaux","Luxembourg"),
  E("closing workshop","2037-11-18",None,"Bitburg","Germany"),
  E("Kick-off meeting","2033-03-14","2033-03-15","Trier","Germany"),
  E("First cross-border craft fair","2034-10-06","2034-10-08","Libramont","Belgium"),
  E("Mid-term conference","2035-04-25",None,"Clervaux","Luxembourg"),
  E("Apprentice exchange week","2036-06-08","2036-06-12","Prüm, Bastogne","Germany, Belgium")],
 ["2037-12-02","2033-01","2037-11-30","2037-11-18/2037-11-19","2037-11-18","2038","2039","2038-09",
  "2033-03-14/2033-03-15","2034-10-06/2034-10-08","2035-04-25","2036-06-08/2036-06-12","2028/2034"],
 ["Start with what companies already do across the border, not with what the programme expects; the first year was lost on a strategy that nobody read",
  "Language is less of a barrier than recognition of qualifications – the joint certificate did more for mobility than any translation",
  "A common pool of apprentices only works if one partner takes over the paperwork for all",
  "Site visits convinced more companies than any conference; a craftsman believes what he sees on another craftsman's site",
  "Keep at least one paid coordinator after the project ends, or the network will fall asleep within months"],
 pub="2037-12-02")
