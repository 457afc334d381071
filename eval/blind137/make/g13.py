from h import *
F = 'g13_ferrol_atlantic_shipyards_results.html'
assert wd(2041,10,2)=='Wednesday' and wd(2041,11,20)=='Wednesday' and wd(2041,10,1)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Results – BLUE-YARDS | Interreg Atlantic Area</title></head>
<body>
<p class="cookie">This website uses analytics cookies. <a href="/cookies">Manage preferences</a> · <a href="#">OK</a></p>
<header><p>BLUE-YARDS · Greener shipyards for the Atlantic</p>
<nav><a href="/">Home</a> · <a href="/project">Project</a> · <a href="/partners">Partners</a> · <a href="/results">Results</a> · <a href="/news">News</a> · <a href="/events">Events</a></nav></header>
<main>
<h1>Project results: three years of greener shipyards</h1>
<p class="meta">Last updated 4 December 2041 · BLUE-YARDS communication team</p>

<p>BLUE-YARDS (October 2038 – September 2041) brought together nine partners from Spain, Portugal, France and Ireland to help small shipyards and their suppliers cut energy use, manage hazardous waste and train welders and electricians for hybrid vessels. The project was funded by the Interreg Atlantic Area programme and led by the Asociación Clúster del Naval Gallego (ACLUNAGA), based in Ferrol.</p>

<h2>Partners</h2>
<ul>
<li>Asociación Clúster del Naval Gallego – ACLUNAGA (lead partner), Ferrol</li>
<li>Universidade da Coruña, Escuela Politécnica de Ingeniería de Ferrol</li>
<li>Centro Tecnológico del Mar – Fundación CETMAR, Vigo</li>
<li>Fórum Oceano – Associação da Economia do Mar, Porto</li>
<li>Instituto Politécnico de Viana do Castelo</li>
<li>Bretagne Pôle Naval, Lorient</li>
<li>Campus des Industries Navales (CINav), Cherbourg-en-Cotentin</li>
<li>Marine and Renewable Energy Ireland (MaREI), University College Cork</li>
<li>Cork Dockyard Holdings Ltd (associated partner)</li>
</ul>

<h2>Results</h2>
<p>By the end of the project the partnership had achieved the following:</p>
<ol>
<li>42 shipyards and suppliers received an energy audit, and 17 of them invested in at least one measure recommended by the audit</li>
<li>A shared training module for welders on hybrid propulsion systems was tested with 126 trainees in four countries</li>
<li>Three regional action plans were adopted by the Xunta de Galicia, the Comissão de Coordenação e Desenvolvimento Regional do Norte and the Région Bretagne</li>
<li>A guide to hazardous waste management in small yards is available in four languages</li>
</ol>

<h2>Final events</h2>
<p>The project's final conference, "Atlantic yards after 2040", was held in Ferrol on 1 October 2041 at the Exponav naval museum, with a visit to the Navantia shipyard the following morning, Wednesday 2 October. Opening speeches were given by Ángeles Castro Pereira-Lago, Director of the Galician Institute for Economic Promotion (IGAPE), and Hervé Le Goff-Kervella, President of Bretagne Pôle Naval.</p>
<p>A separate panel debate, "Who will build the zero-emission fishing fleet?", took place online on Wednesday 20 November 2041. It brought together Siobhán Keaney, Head of Fleet Policy at Bord Iascaigh Mhara, Rui Azevedo Mendes, Director of Fórum Oceano, and Dr. Gwenaëlle Tanguy of CINav, moderated by Xabier Outeiral (ACLUNAGA). The recording is available on our YouTube channel.</p>
<p>Earlier project events included the kick-off meeting in Ferrol (November 2038), the partner meetings in Viana do Castelo (May 2039), Lorient (February 2040) and Cork (September 2040), and two summer schools for young engineers held in Cherbourg in July 2039 and July 2040.</p>

<p>All deliverables, including the energy audit template, the training module and the waste management guide, remain free to download from this website. Partners have committed to keep the materials updated and to share them with yards outside the Atlantic Area on request.</p>

<h2>Lessons learnt</h2>
<ul>
<li>Small yards act on an energy audit only when it comes with a list of suppliers and a financing option</li>
<li>Training works best when it takes place in the yard, on the yard's own vessels</li>
<li>Regional authorities should be invited to the site visits, not only to the conferences</li>
</ul>

<h2>Contact</h2>
<p>Project coordinator: Beatriz Lamas Iglesias, ACLUNAGA, Ferrol · blueyards@aclunaga.example.es</p>
<p><a href="/downloads">Download all deliverables</a> · <a href="#">Share</a></p>
</main>
<footer><p>BLUE-YARDS is co-financed by the European Regional Development Fund through the Interreg Atlantic Area programme. · <a href="/privacy">Privacy</a> · <a href="/legal">Legal notice</a></p></footer>
</body></html>
"""
write(F, T)
A="Asociación Clúster del Naval Gallego"
gold(F,
 [P("Ángeles Castro Pereira-Lago","Director","Galician Institute for Economic Promotion"),
  P("Hervé Le Goff-Kervella","President","Bretagne Pôle Naval"),
  P("Siobhán Keaney","Head of Fleet Policy","Bord Iascaigh Mhara"),
  P("Rui Azevedo Mendes","Director","Fórum Oceano – Associação da Economia do Mar"),
  P("Gwenaëlle Tanguy",None,"CINav"),
  P("Xabier Outeiral",None,"ACLUNAGA"),
  P("Beatriz Lamas Iglesias","Project coordinator",A)],
 [O(A,"ACLUNAGA"), O("Universidade da Coruña"), O("Escuela Politécnica de Ingeniería de Ferrol"),
  O("Centro Tecnológico del Mar – Fundación CETMAR","CETMAR"), O("Fórum Oceano – Associação da Economia do Mar"),
  O("Instituto Politécnico de Viana do Castelo"), O("Bretagne Pôle Naval"),
  O("Campus des Industries Navales","CINav"), O("Marine and Renewable Energy Ireland","MaREI"),
  O("University College Cork"), O("Cork Dockyard Holdings Ltd"), O("Xunta de Galicia"),
  O("Comissão de Coordenação e Desenvolvimento Regional do Norte"), O("Région Bretagne"),
  O("Navantia"), O("Galician Institute for Economic Promotion","IGAPE"), O("Bord Iascaigh Mhara")],
 [E("Atlantic yards after 2040","2041-10-01",None,"Ferrol","Spain"),
  E("visit to the Navantia shipyard","2041-10-02",None,"Ferrol","Spain"),
  E("Who will build the zero-emission fishing fleet?","2041-11-20",None,None,None),
  E("kick-off meeting","2038-11",None,"Ferrol","Spain"),
  E("partner meetings","2039-05",None,"Viana do Castelo","Portugal"),
  E("partner meetings","2040-02",None,"Lorient","France"),
  E("partner meetings","2040-09",None,"Cork","Ireland"),
  E("summer schools","2039-07",None,"Cherbourg","France"),
  E("summer schools","2040-07",None,"Cherbourg","France")],
 ["2041-12-04","2038-10/2041-09","2041-10-01","2041-10-02","2041-11-20","2038-11","2039-05","2040-02","2040-09","2039-07","2040-07"],
 ["42 shipyards and suppliers received an energy audit, and 17 of them invested in at least one measure recommended by the audit",
  "A shared training module for welders on hybrid propulsion systems was tested with 126 trainees in four countries",
  "Three regional action plans were adopted by the Xunta de Galicia, the Comissão de Coordenação e Desenvolvimento Regional do Norte and the Région Bretagne",
  "A guide to hazardous waste management in small yards is available in four languages",
  "Small yards act on an energy audit only when it comes with a list of suppliers and a financing option",
  "Training works best when it takes place in the yard, on the yard's own vessels",
  "Regional authorities should be invited to the site visits, not only to the conferences"],
 pub="2041-12-04")
