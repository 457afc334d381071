from h import *
F = 'g01_vigo_general_assembly_board.html'
assert wd(2037,3,19)=='Thursday' and wd(2037,4,22)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>New Board elected at the 2037 General Assembly | CEAGAL</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></nav>
<p class="cookies">This site uses cookies to improve your experience. <a href="#">Accept</a> <a href="#">Settings</a></p>
<main>
<p class="crumbs">Home &rsaquo; News &rsaquo; Governance</p>
<h1>Members elect a new Board and re-elect Xoán Piñeiro Lago as President</h1>
<p class="byline">Posted by Communication Team &middot; 20/03/2037 &middot; 4 min read</p>
<p>The Galician Automotive Components Cluster (CEAGAL) held its ordinary General Assembly on Thursday 19 March 2037 at the Zona Franca business centre in Vigo. Fifty-eight of the cluster's 121 member companies and institutions were represented in person or by proxy, which gave the Assembly the quorum needed to vote on the accounts, the work plan and the renewal of the Board of Directors for the period 2037–2041.</p>
<p>Xoán Piñeiro Lago, managing director of Estampaciones Atlánticas S.L., was re-elected President for a second four-year term. In his address he reminded members that the cluster had grown by eleven companies in one year and that the number of small suppliers taking part in joint projects had doubled since 2034.</p>
<h2>The Board 2037–2041</h2>
<p>The following members were elected to the Board, each represented by the person named:</p>
<ul>
<li>President: Xoán Piñeiro Lago (Estampaciones Atlánticas S.L.)</li>
<li>Vice-President: Marta Iglesias-Sotelo, Grupo Plásticos Miño</li>
<li>Treasurer: Antonio da Silva Ferreira, Forjas do Porriño S.A.</li>
<li>Secretary: Lucía Otero Castro, University of Vigo</li>
<li>Members: Henrik Bäckström (Nordvik Seating Ibérica), Begoña Rial Fernández (CTAG – Automotive Technology Centre of Galicia) and Paolo Di Marco (Elettronica Verde Spain S.L.)</li>
</ul>
<p>Two Board members stepped down after eight years: Ramón Couto Vilas and Inés Domínguez Barreiro. The President thanked both for their work, in particular on the cluster's supplier development programme and on the training agreement with the vocational schools of the Vigo area.</p>
<h2>Accounts and work plan</h2>
<p>The cluster manager, Sabela Rivas Montenegro, presented the 2036 accounts and the activity report. The Assembly approved both without votes against. The work plan for 2037 includes a digital twin pilot line shared by nine suppliers, a second edition of the Talent Day for engineering students, and a trade mission to the automotive region of Baden-Württemberg in June.</p>
<p>Members also approved the entry of six new associates, among them the Galician Innovation Agency (GAIN) as an institutional member and Zona Franca de Vigo as a collaborating member.</p>
<h2>Guest speaker</h2>
<p>The Assembly closed with a talk by Dr. Katarzyna Wójcik-Nowak, Policy Officer at the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), on the role of clusters in the automotive transition pathway. She encouraged members to use the European Cluster Collaboration Platform to find partners for cross-border projects.</p>
<h2>Key takeaways from the Assembly</h2>
<ul>
<li>Membership has grown to 121 organisations, with eleven new companies in one year</li>
<li>Small suppliers need shared facilities rather than individual grants to adopt digital tools</li>
<li>Cooperation with vocational schools remains the best answer to the shortage of technicians</li>
<li>The cluster will seek one new European partnership each year until 2041</li>
</ul>
<p>The next Board meeting will take place on Wednesday 22 April 2037 in Vigo. Members who wish to join a working group should write to the cluster office before 30 April.</p>
<p><a href="/news">&laquo; Back to news</a> &nbsp; Share: <a href="#">LinkedIn</a> &middot; <a href="#">X</a> &middot; <a href="#">E-mail</a></p>
<aside><h3>Related news</h3><ul><li><a href="#">Talent Day 2036: 400 students meet 30 suppliers</a></li><li><a href="#">CEAGAL joins the European automotive cluster network</a></li></ul></aside>
</main>
<footer>CEAGAL &ndash; Cluster de Empresas de Automoción de Galicia &middot; Avenida de Madrid 12, Vigo &middot; Legal notice &middot; Privacy policy &middot; &copy; 2037</footer>
</body></html>"""
write(F, T)
C = "Galician Automotive Components Cluster"
gold(F,
 [P("Xoán Piñeiro Lago","President",C),
  P("Marta Iglesias-Sotelo","Vice-President",C),
  P("Antonio da Silva Ferreira","Treasurer",C),
  P("Lucía Otero Castro","Secretary",C),
  P("Henrik Bäckström","Member",C),
  P("Begoña Rial Fernández","Member",C),
  P("Paolo Di Marco","Member",C),
  P("Ramón Couto Vilas","Board member",C),
  P("Inés Domínguez Barreiro","Board member",C),
  P("Sabela Rivas Montenegro","cluster manager",C),
  P("Katarzyna Wójcik-Nowak","Policy Officer","Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs")],
 [O(C,"CEAGAL"), O("Estampaciones Atlánticas S.L."), O("Grupo Plásticos Miño"),
  O("Forjas do Porriño S.A."), O("University of Vigo"), O("Nordvik Seating Ibérica"),
  O("CTAG – Automotive Technology Centre of Galicia","CTAG"), O("Elettronica Verde Spain S.L."),
  O("Galician Innovation Agency","GAIN"), O("Zona Franca de Vigo"), O("European Commission"), O("European Cluster Collaboration Platform"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW")],
 [E("General Assembly","2037-03-19",None,"Vigo","Spain"),
  E("Talent Day","2037",None,None,None),
  E("Talent Day 2036","2036",None,None,None),
  E("trade mission","2037-06",None,None,"Germany"),
  E("Board meeting","2037-04-22",None,"Vigo","Spain")],
 ["2037-03-20","2037-03-19","2037/2041","2034","2037","2037-06","2037-04-22","2037-04-30","2041"],
 ["Membership has grown to 121 organisations, with eleven new companies in one year",
  "Small suppliers need shared facilities rather than individual grants to adopt digital tools",
  "Cooperation with vocational schools remains the best answer to the shortage of technicians",
  "The cluster will seek one new European partnership each year until 2041"], pub="2037-03-20")
