from h import *
F = 'g16_dairycove_lugo_general_assembly.html'
assert wd(2042,3,10)=='Monday' and wd(2042,3,11)=='Tuesday' and wd(2042,3,12)=='Wednesday' and wd(2042,2,28)=='Friday' and wd(2042,4,21)=='Monday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News – Clúster Lácteo de Galicia</title></head>
<body>
<div id="cookie">This website uses its own and third-party cookies. By continuing to browse you accept their use. <a href="/cookies">More information</a> <button>Accept</button></div>
<header><p class="logo">CLG · Clúster Lácteo de Galicia</p>
<nav><a href="/">Home</a> / <a href="/cluster">The cluster</a> / <a href="/members">Members</a> / <a href="/projects">European projects</a> / <a href="/news">News</a> / <a href="/contact">Contact</a> / <a href="/gl">GL</a> · <a href="/es">ES</a> · EN</nav></header>
<main>
<h1>News</h1>

<article>
<h2>DAIRY-CoVE partners meet in Lugo for their fourth General Assembly</h2>
<p class="meta">17 March 2042 · European projects</p>
<p>From Monday 10 to Wednesday 12 March 2042, Lugo hosted the fourth General Assembly of DAIRY-CoVE, the Erasmus+ Centres of Vocational Excellence project that links dairy schools, companies and clusters in seven countries. The Clúster Lácteo de Galicia (CLG) organised the meeting together with the vocational school CIFP As Mercedes, the project's Galician training partner.</p>
<p>Forty-one participants attended, representing the coordinator Stichting Friesland College (Leeuwarden), the Danish vocational college Dalum Landbrugsskole, the Irish Kerry College, Lycée agricole de Saint-Lô Thère (Normandy), the Polish Zespół Szkół Rolniczych w Sokółce, Valmieras tehnikums from Latvia and the Galician partners.</p>
<h3>Programme highlights</h3>
<ul>
<li><strong>Monday 10 March, 16:00</strong> – Executive Board meeting, CLG offices</li>
<li><strong>Monday 10 March, 20:30</strong> – welcome dinner at the Casa de los Sabores, Lugo old town</li>
<li><strong>Tuesday 11 March, 9:00–14:00</strong> – General Assembly: progress of the six work packages, budget, sustainability plan</li>
<li><strong>Tuesday 11 March, 16:00</strong> – Galician Dairy Skills Forum with 60 company representatives at the Deputación de Lugo</li>
<li><strong>Wednesday 12 March</strong> – company visits to the cooperative Leite Terra Chá in Vilalba and to Queixería O Cebreiro</li>
</ul>
<p>At the Skills Forum, the president of the Deputación de Lugo, Xosé Manuel Rivas Seoane, announced that the province will fund 40 additional apprenticeships in dairy processing. The project coordinator, Hylke Bosma of Stichting Friesland College, presented the new European curriculum for "dairy technician 4.0", which was tested with 212 learners in the 2040–2041 school year. Teachers from Valmiera and Sokółka reported that the practical modules on automated milk reception were the most popular with learners, while the modules on quality management need simpler material.</p>
<h3>Key takeaways</h3>
<ul>
<li>Apprenticeships in small dairies work when two or three companies share one trainer</li>
<li>The curriculum must include animal welfare and energy efficiency, not only processing</li>
<li>Clusters are the natural owners of the skills platform after the project ends</li>
</ul>
<p>The closing conference of DAIRY-CoVE will take place in Leeuwarden on Monday 21 April 2042. <a href="/news/dairy-cove-lugo">Read more</a></p>
</article>

<article>
<h2>New board for the cluster</h2>
<p class="meta">3 March 2042 · The cluster</p>
<p>The General Assembly of the Clúster Lácteo de Galicia, held in Santiago de Compostela on Friday 28 February 2042, elected a new board for 2042–2046. The members approved the accounts for 2041 and the action plan for 2042.</p>
<p>The new board:</p>
<ul>
<li>President: María José Fernández-Vilariño (Cooperativa Agraria Feiraco)</li>
<li>Vice-President: Andrés López de la Fuente (Lácteos do Miño S.L.)</li>
<li>Treasurer: Rosalía Pardo Vázquez (Universidade de Santiago de Compostela)</li>
<li>Secretary: Ignacio Castiñeira Ríos (Quesos Ulloa S.A.)</li>
</ul>
<p>The outgoing president, Benigno Rey Sanmartín, who had led the cluster since 2035, was named honorary member. Managing director Paula Iglesias Couto remains in office. <a href="/news/new-board">Read more</a></p>
</article>

<article>
<h2>Call for companies: host an apprentice</h2>
<p class="meta">20 January 2042 · Members</p>
<p>CLG member companies that want to host an apprentice from CIFP As Mercedes in the 2042–2043 school year can register until 28 February 2042. Contact: Uxía Mosquera, training officer, formacion@clg.example.es. <a href="/news/apprentices">Read more</a></p>
</article>

<p class="pager"><a href="/news?page=2">Older news »</a></p>
</main>
<footer><p>Clúster Lácteo de Galicia · Rúa do Progreso 00, 27001 Lugo · info@clg.example.es</p>
<p>DAIRY-CoVE is co-funded by the Erasmus+ Programme of the European Union. <a href="/legal">Legal notice</a> · <a href="/privacy">Privacy</a> · Follow us: <a href="#">LinkedIn</a> <a href="#">Instagram</a></p></footer>
</body></html>
"""
write(F, T)
C="Clúster Lácteo de Galicia"
gold(F,
 [P("Xosé Manuel Rivas Seoane","president","Deputación de Lugo"),
  P("Hylke Bosma","project coordinator","Stichting Friesland College"),
  P("María José Fernández-Vilariño","President",C),
  P("Andrés López de la Fuente","Vice-President",C),
  P("Rosalía Pardo Vázquez","Treasurer",C),
  P("Ignacio Castiñeira Ríos","Secretary",C),
  P("Benigno Rey Sanmartín","president",C),
  P("Paula Iglesias Couto","Managing director",C),
  P("Uxía Mosquera","training officer",None)],
 [O(C,"CLG"), O("CIFP As Mercedes"), O("Stichting Friesland College"), O("Dalum Landbrugsskole"), O("Kerry College"),
  O("Lycée agricole de Saint-Lô Thère"), O("Zespół Szkół Rolniczych w Sokółce"), O("Valmieras tehnikums"),
  O("Deputación de Lugo"), O("Leite Terra Chá"), O("Queixería O Cebreiro"), O("Cooperativa Agraria Feiraco"),
  O("Lácteos do Miño S.L."), O("Universidade de Santiago de Compostela"), O("Quesos Ulloa S.A."), O("European Union")],
 [E("fourth General Assembly of DAIRY-CoVE","2042-03-10","2042-03-12","Lugo","Spain"),
  E("Executive Board meeting","2042-03-10",None,"Lugo","Spain"),
  E("welcome dinner","2042-03-10",None,"Lugo","Spain"),
  E("Galician Dairy Skills Forum","2042-03-11",None,"Lugo","Spain"),
  E("company visits","2042-03-12",None,"Vilalba","Spain"),
  E("closing conference of DAIRY-CoVE","2042-04-21",None,"Leeuwarden","Netherlands"),
  E("General Assembly of the Clúster Lácteo de Galicia","2042-02-28",None,"Santiago de Compostela","Spain")],
 ["2042-03-17","2042-03-10/2042-03-12","2042-03-10","2042-03-11","2042-03-12","2040/2041","2042-04-21","2042-03-03",
  "2042-02-28","2042/2046","2041","2042","2035","2042-01-20","2042/2043"],
 ["Apprenticeships in small dairies work when two or three companies share one trainer",
  "The curriculum must include animal welfare and energy efficiency, not only processing",
  "Clusters are the natural owners of the skills platform after the project ends"])
