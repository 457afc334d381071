from h import *
F = 'gavleborg-interreg-central-baltic-woodloop-partners.html'
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Partners | WOODLOOP – Interreg Central Baltic</title></head>
<body>
<div class="cookie-bar">We use cookies to measure visits and improve the site. <a href="/privacy">Read more</a> <button>Accept all</button> <button>Only necessary</button></div>
<header><a href="/" class="logo">WOODLOOP</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About the project</a></li><li class="active"><a href="/partners">Partners</a></li><li><a href="/results">Results</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<p class="funding">Co-funded by the European Union · Interreg Central Baltic</p></header>
<main>
<p class="crumbs"><a href="/">Home</a> › Partners</p>
<h1>Project partners</h1>
<p>WOODLOOP – circular value chains for wood-based construction in the Central Baltic region – brings together eight partners and three associated organisations from Sweden, Finland, Estonia and Latvia. The project runs from 1 September 2033 to 31 August 2036 and is led by Region Gävleborg. The partnership was confirmed by the programme's Monitoring Committee on {wd(2033,6,8)} 8 June 2033 in Turku.</p>
<p>Each partner leads or co-leads one work package (WP). Contact persons are listed below; for general questions please write to the project office in Gävle.</p>
<h2>Partners</h2>
<table class="partners">
<thead><tr><th>Partner</th><th>Country</th><th>Contact person</th><th>Role in the project</th></tr></thead>
<tbody>
<tr><td>Region Gävleborg</td><td>Sweden</td><td>Dr. Karin Sjöberg-Lindh, project director</td><td>Lead partner; WP1 Management and coordination</td></tr>
<tr><td>University of Gävle (HiG)</td><td>Sweden</td><td>Prof. Magnus ÖHMAN</td><td>WP2 Material flows and life-cycle data</td></tr>
<tr><td>Trästad Gävleborg ekonomisk förening</td><td>Sweden</td><td>Annika Berglund, cluster manager</td><td>WP4 Business pilots with SMEs</td></tr>
<tr><td>Häme University of Applied Sciences (HAMK)</td><td>Finland</td><td>Dr. Juha-Pekka Virtanen</td><td>WP3 Design for disassembly; testing laboratory</td></tr>
<tr><td>Regional Council of Kanta-Häme</td><td>Finland</td><td>Outi Rautiainen, senior planner</td><td>WP5 Policy learning and procurement</td></tr>
<tr><td>Pärnu County Development Centre</td><td>Estonia</td><td>Mart Kõiv</td><td>WP4 co-lead; pilots in Pärnu County</td></tr>
<tr><td>Estonian Woodhouse Association (EPKL)</td><td>Estonia</td><td>Kadri-Liis Tamm, managing director</td><td>WP6 Communication and industry outreach</td></tr>
<tr><td>Vidzeme Planning Region</td><td>Latvia</td><td>Ilze Ozoliņa-Kalniņa, head of the entrepreneurship unit</td><td>WP5 co-lead; regional action plans</td></tr>
</tbody></table>
<h2>Associated organisations</h2>
<table class="partners">
<thead><tr><th>Organisation</th><th>Country</th><th>Contact person</th><th>Role</th></tr></thead>
<tbody>
<tr><td>Gävle Municipality</td><td>Sweden</td><td>Henrik de Vries</td><td>Public client for a pilot school building</td></tr>
<tr><td>Valmiera Technical School</td><td>Latvia</td><td>Rūdolfs Bērziņš</td><td>Training modules for carpenters</td></tr>
<tr><td>Finnish Wood Research Oy</td><td>Finland</td><td>Dipl.-Ing. Tiina Halme-Wegener</td><td>Advisory board member; testing of reclaimed timber</td></tr>
</tbody></table>
<h2>How the partners work together</h2>
<p>The Steering Committee meets twice a year and consists of one representative per partner. It is chaired by the lead partner; the vice-chair for the first project year is Mart Kõiv from Pärnu. The kick-off meeting took place in Gävle on {wd(2033,9,14)} 14 September 2033 and {wd(2033,9,15)} 15 September 2033, with a site visit to the reclaimed-timber yard of Trästad Gävleborg on the second day. The second Steering Committee meeting will be held in Hämeenlinna on {wd(2034,3,22)} 22 March 2034, followed by a partner workshop on design for disassembly on 23 March 2034.</p>
<p>An Advisory Board of five experts supports the partnership. It is chaired by Prof. Dr. Sigrid von Ahnen-Lund of the Royal Institute of Technology (KTH) in Stockholm and includes Tiina Halme-Wegener and representatives of the Swedish Wood Industry Federation and the Latvian Forest Industry Federation.</p>
<p>Between them the partners will run twelve business pilots with at least 40 small and medium-sized companies, publish a handbook on reusing structural timber by June 2035 and present the results at a final conference in Riga in spring 2036.</p>
<h2>Budget</h2>
<p>The total budget is EUR 3.2 million, of which EUR 2.56 million is co-financed by the European Regional Development Fund through the Interreg Central Baltic Programme 2021–2027. Partner budgets range from EUR 180,000 to EUR 710,000.</p>
<h2>Joining the network</h2>
<p>Companies, municipalities and schools that want to follow the pilots without a budget can join the WOODLOOP stakeholder network. Members receive the quarterly project letter, are invited to the regional open workshops and can test the digital material passport developed in WP2. Applications are handled by the project office; the next intake closes on 30 November 2033.</p>
<h2>Contact</h2>
<p>Project office: Region Gävleborg, Regional Development Department, Gävle, Sweden. Communication officer: Elin Norrby, elin.norrby@example.se</p>
</main>
<footer><p>© 2033 WOODLOOP project · Region Gävleborg · <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy policy</a> · <a href="/cookies">Cookie settings</a></p>
<p>The content of this website is the sole responsibility of the project partners and does not necessarily reflect the views of the European Union.</p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P('Karin Sjöberg-Lindh','project director','Region Gävleborg'), P('Magnus ÖHMAN',None,'University of Gävle'),
  P('Annika Berglund','cluster manager','Trästad Gävleborg ekonomisk förening'), P('Juha-Pekka Virtanen',None,'Häme University of Applied Sciences'),
  P('Outi Rautiainen','senior planner','Regional Council of Kanta-Häme'), P('Mart Kõiv','vice-chair','Pärnu County Development Centre'),
  P('Kadri-Liis Tamm','managing director','Estonian Woodhouse Association'), P('Ilze Ozoliņa-Kalniņa','head of the entrepreneurship unit','Vidzeme Planning Region'),
  P('Henrik de Vries',None,'Gävle Municipality'), P('Rūdolfs Bērziņš',None,'Valmiera Technical School'),
  P('Tiina Halme-Wegener','Advisory board member','Finnish Wood Research Oy'), P('Sigrid von Ahnen-Lund',None,'Royal Institute of Technology'),
  P('Elin Norrby','Communication officer','Region Gävleborg')],
 [O('Region Gävleborg'), O('University of Gävle','HiG'), O('Trästad Gävleborg ekonomisk förening'), O('Häme University of Applied Sciences','HAMK'),
  O('Regional Council of Kanta-Häme'), O('Pärnu County Development Centre'), O('Estonian Woodhouse Association','EPKL'), O('Vidzeme Planning Region'),
  O('Gävle Municipality'), O('Valmiera Technical School'), O('Finnish Wood Research Oy'), O('Royal Institute of Technology','KTH'),
  O('Swedish Wood Industry Federation'), O('Latvian Forest Industry Federation'), O('European Union'),
  O('Regional Development Department')],
 [E('kick-off meeting','2033-09-14','2033-09-15','Gävle','Sweden'), E('site visit to the reclaimed-timber yard of Trästad Gävleborg','2033-09-15','2033-09-15',None,None),
  E('second Steering Committee meeting','2034-03-22','2034-03-22','Hämeenlinna','Finland'), E('partner workshop on design for disassembly','2034-03-23','2034-03-23',None,None),
  E('final conference','2036',"2036",'Riga','Latvia'), E('Monitoring Committee meeting','2033-06-08','2033-06-08','Turku','Finland')],
 ['2033-09-01/2036-08-31','2033-06-08','2033-09-14/2033-09-15','2034-03-22','2034-03-23','2035-06','2036','2021/2027','2033','2033-11-30'])
