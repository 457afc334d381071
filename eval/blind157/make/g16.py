from h import *
F = 'g16_vinetwork_focsani_newsletter.html'
assert wd(2036,11,25)=='Tuesday' and wd(2036,11,26)=='Wednesday' and wd(2037,1,29)=='Thursday' and wd(2036,12,10)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>VINE-EU Eurocluster Newsletter – Issue 7, December 2036</title></head>
<body>
<div class="consent">This website uses cookies. By continuing to browse you agree to our use of cookies. <a href="/privacy">Details</a> <button>OK</button></div>
<header><p class="logo">VINE-EU · The Eurocluster for wine, spirits and wine tourism</p>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/partners">Partners</a> | <a href="/open-calls">Open calls</a> | <a href="/newsletter">Newsletter</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Home › Newsletter › Issue 7</p>
<h1>Newsletter – Issue 7, December 2036</h1>
<p><em>Editorial by Ana-Maria Dumitrescu, VINE-EU coordinator, Clusterul Viti-Vinicol Vrancea</em></p>
<p>Dear readers, this has been a busy autumn. Our partners met in Focșani, the second open call closed with a record number of applications, and we said goodbye to one of the founders of the consortium. Thank you all for your work – and enjoy the new wine.</p>

<h2>Partner meeting in Focșani: vineyards, cellars and a lot of data</h2>
<p>On 25 and 26 November 2036 the VINE-EU partners met in Focșani, in the heart of the Vrancea wine region, at the invitation of Clusterul Viti-Vinicol Vrancea. On Tuesday the steering committee reviewed the first year of implementation; on Wednesday the partners visited the research station for viticulture in Odobești and the cellars of Crama Panciu, where technical director Radu Ionescu showed how sensor data now guide irrigation.</p>
<p>Guests included Cătălin Toma, President of the Vrancea County Council, and Dr Irina Popescu from the Agency for Regional Development South-East (ADR Sud-Est).</p>
<p><strong>Lessons learnt after the first year</strong>, as summed up by the partners:</p>
<ul>
<li>SMEs prefer small vouchers that are paid quickly over large grants with long procedures</li>
<li>Wine tourism projects need the local authorities on board from the start</li>
<li>Partners should share one evaluation pool instead of recruiting experts separately</li>
</ul>

<h2>Open call 2: 212 applications</h2>
<p>The second VINE-EU open call closed on 10 December 2036 with 212 applications from 19 countries, almost twice as many as in the first call. The evaluation will be finished by the end of January 2037. Results will be announced on Thursday 29 January 2037 in an online info session.</p>

<h2>From our partners</h2>
<p><strong>Slovenia.</strong> The Idrija-based Slovenian Spirits and Wine Cluster (Grozd za vino in žgane pijače) opened its new tasting and training room in Idrija. Cluster manager Mojca Kavčič says the room will host barista and sommelier courses for young people from the Cerkno and Idrija hills.</p>
<p><strong>Portugal.</strong> Inovcluster in Castelo Branco joins VINE-EU as an associated partner. Its director, João Mendes Salvado, will coordinate the work on regional wine routes.</p>
<p><strong>Hungary.</strong> The Tokaj Wine Region Cluster elected a new board at its general assembly in Tokaj: Katalin Szepsy was elected chair, and Gábor Bodnár (Bodnár Pincészet) vice-chair.</p>
<p><strong>Germany.</strong> Weincampus Neustadt hosted the third VINE-EU summer school in September 2036 with 34 students from eight countries.</p>

<h2>In memoriam</h2>
<p>We mourn Professor Vasile Muntean (1958–2036), former rector of the University of Agronomic Sciences and Veterinary Medicine of Bucharest and one of the initiators of the Eurocluster. He chaired the first partners' meeting in Bucharest in 2034.</p>

<h2>Dates for your diary</h2>
<ul>
<li>29 January 2037 – online info session on the results of open call 2</li>
<li>3–5 March 2037 – VINE-EU at ProWein, Düsseldorf</li>
<li>May 2037 – partner meeting in Idrija (date to be confirmed)</li>
</ul>

<h2>The VINE-EU partners</h2>
<p>Clusterul Viti-Vinicol Vrancea (Romania, coordinator) · Slovenian Spirits and Wine Cluster (Slovenia) · Tokaj Wine Region Cluster (Hungary) · Weincampus Neustadt (Germany) · Inovcluster (Portugal, associated) · University of Agronomic Sciences and Veterinary Medicine of Bucharest (Romania)</p>
<p class="share">Forward to a colleague · Share: <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">X</a></p>
<p>You receive this newsletter because you subscribed on our website. To unsubscribe, click <a href="#">here</a>. VINE-EU is co-funded by the Single Market Programme of the European Union. Neither the European Union nor the granting authority can be held respon
</main>
</body></html>
"""
write(F, T)
V="Clusterul Viti-Vinicol Vrancea"; SL="Slovenian Spirits and Wine Cluster"; TK="Tokaj Wine Region Cluster"
gold(F,
 [P("Ana-Maria Dumitrescu","VINE-EU coordinator",V),
  P("Radu Ionescu","technical director","Crama Panciu"),
  P("Cătălin Toma","President","Vrancea County Council"),
  P("Irina Popescu",None,"Agency for Regional Development South-East"),
  P("Mojca Kavčič","Cluster manager",SL),
  P("João Mendes Salvado","director","Inovcluster"),
  P("Katalin Szepsy","chair",TK),
  P("Gábor Bodnár","vice-chair",TK),
  P("Vasile Muntean","former rector","University of Agronomic Sciences and Veterinary Medicine of Bucharest")],
 [O(V), O("Crama Panciu"), O("Vrancea County Council"), O("Agency for Regional Development South-East","ADR Sud-Est"),
  O(SL), O("Inovcluster"), O(TK), O("Bodnár Pincészet"), O("Weincampus Neustadt"),
  O("University of Agronomic Sciences and Veterinary Medicine of Bucharest"), O("European Union")],
 [E("Partner meeting in Focșani","2036-11-25","2036-11-26","Focșani","Romania"),
  E("steering committee","2036-11-25",None,"Focșani","Romania"),
  E("visited the research station for viticulture in Odobești and the cellars of Crama Panciu","2036-11-26",None,"Odobești","Romania"),
  E("online info session","2037-01-29",None,None,None),
  E("general assembly",None,None,"Tokaj","Hungary"),
  E("third VINE-EU summer school","2036-09",None,"Neustadt","Germany"),
  E("first partners' meeting","2034",None,"Bucharest","Romania"),
  E("ProWein","2037-03-03","2037-03-05","Düsseldorf","Germany"),
  E("partner meeting in Idrija","2037-05",None,"Idrija","Slovenia")],
 ["2036-12","2036-11-25/2036-11-26","2036-12-10","2037-01","2037-01-29","2036-09","1958/2036","2034","2037-03-03/2037-03-05","2037-05"],
 ["SMEs prefer small vouchers that are paid quickly over large grants with long procedures",
  "Wine tourism projects need the local authorities on board from the start",
  "Partners should share one evaluation pool instead of recruiting experts separately"],
 pub="2036-12")
