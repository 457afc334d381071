from h import *
F='pole-vegetal-cosmetique-about-team.html'
team=[('Governance',[('Hélène MOREAU-DUFRESNE','President','President and CEO of Laboratoires Sérénis, Tours. Chairs the board since 2032.','presidence@pole-vegetal-cosmetique.fr'),
 ('Dr. Guillaume Petit-Renaud','Vice-President, research','Director of the LBLGC plant biology laboratory at the Université d\'Orléans.',None),
 ('Nadia Benali','Treasurer','Finance director of Greentech SAS.',None)]),
('Management team',[('Thomas Gauthier','General Manager','Joined in 2029 after twelve years at the Chartres-based perfume house Maison Verlaine SA. Strategy, public funders, European projects.','t.gauthier@pole-vegetal-cosmetique.fr'),
 ('Claire-Anne Boisseau','Deputy General Manager and Head of Innovation','Project set-up, collaborative R&D, the annual innovation call.','ca.boisseau@pole-vegetal-cosmetique.fr'),
 ('Camille Nguyen-Lefèvre','Events project manager','Rencontres Végétal & Cosmétique, workshops, trade fairs.','c.nguyen-lefevre@pole-vegetal-cosmetique.fr'),
 ('Mathieu Rault','Regulatory adviser','EU cosmetics regulation, REACH, labelling, claims.','m.rault@pole-vegetal-cosmetique.fr'),
 ('Aurélie van Damme','International project manager','Interreg and Horizon Europe projects; partnerships with Belgian and Italian clusters.','a.vandamme@pole-vegetal-cosmetique.fr'),
 ('Kévin Da Silva Teixeira','Membership and communication officer','Member services, newsletter, website, LinkedIn.','k.dasilva@pole-vegetal-cosmetique.fr'),
 ('Sophie Marchetti','Office manager','Accounting, invoices, membership fees.','contact@pole-vegetal-cosmetique.fr')])]
blocks=''
for g,ms in team:
    blocks+=f'<h2>{g}</h2>\n<div class="cards">\n'
    for n,r,d,e in ms:
        blocks+=f'<div class="card"><h3>{n}</h3><p class="role">{r}</p><p>{d}</p>'+(f'<p><a href="mailto:{e}">{e}</a></p>' if e else '')+'</div>\n'
    blocks+='</div>\n'
T=f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>About us – Our team | Pôle Végétal &amp; Cosmétique Centre-Val de Loire</title></head>
<body>
<div class="cookies">This website uses cookies for audience measurement. <a href="#">OK</a> · <a href="#">Refuse</a> · <a href="#">Settings</a></div>
<header><p>Pôle Végétal &amp; Cosmétique · Centre-Val de Loire</p>
<nav>Home | About us | Members | Projects | Events | News | Join us | Contact | FR | EN</nav></header>
<main>
<p class="crumbs">Home / About us / Our team</p>
<h1>About us</h1>
<p>Pôle Végétal &amp; Cosmétique Centre-Val de Loire is the cluster of the plant-based ingredients and cosmetics industry in the Centre-Val de Loire region. Founded in 2014 as an association under the French law of 1901, it brings together 210 members: growers and cooperatives, ingredient producers, cosmetics and perfume brands, subcontractors, laboratories and training centres in Orléans, Tours, Chartres, Bourges, Blois and the surrounding countryside.</p>
<p>Our mission is to help our members innovate with plants grown in the region, to secure their supply chains and to reach markets in France and abroad. We set up collaborative projects, organise events and trade-fair pavilions, advise on regulation and represent the sector before the Région Centre-Val de Loire, the State and the European institutions.</p>
<h3>Key figures 2034</h3>
<ul><li>210 members, of which 72 % SMEs</li><li>38 collaborative R&amp;D projects supported since 2014</li><li>EUR 1.9 million annual budget</li><li>9 staff</li></ul>
<h3>Our partners</h3>
<p>The cluster is supported by the Région Centre-Val de Loire and by Dev'Up, the regional economic development agency. It works with INRAE Centre-Val de Loire, the Université d'Orléans, the Université de Tours, CNRS and the BRGM on research, with Cosmetic Valley on national and international promotion, and with Enterprise Europe Network Centre-Val de Loire on European partnerships. It is a member of the European Cosmetics Cluster Network (ECCN).</p>
<h3>Our history</h3>
<ul><li><b>2014</b> – Foundation in Orléans by 23 companies and laboratories, with the support of the Région.</li>
<li><b>2018</b> – First collective pavilion at the in-cosmetics Global trade fair.</li>
<li><b>2021–2027</b> – Cluster strategy "Plants for beauty", built with the members in twelve workshops.</li>
<li><b>2027</b> – First edition of the Rencontres Végétal &amp; Cosmétique, now our annual conference.</li>
<li><b>2033</b> – Silver label of the European Cluster Excellence Initiative.</li></ul>
<h3>Working groups</h3>
<p>Members steer the cluster's work in four working groups: Sourcing and agronomy (chaired by Pierre-Yves Chesneau, Agralys), Green chemistry and extraction (chaired by Sophie Van den Broeck, Greentech SAS), Regulation and claims (coordinated by Mathieu Rault) and Export (chaired by Delphine Okafor-Martin, Laboratoires Sérénis). Each group meets four times a year; meetings are open to all members.</p>
<h1>Our team</h1>
{blocks}
<h2>Join the team</h2>
<p>We are recruiting a project manager for sustainable sourcing (permanent contract, Orléans) to start in September 2035. Applications to Thomas Gauthier by 15 June 2035.</p>
<p>Interns: we welcome two students each year for six months from January or from July.</p>
</main>
<footer><p>Pôle Végétal &amp; Cosmétique Centre-Val de Loire · 1 rue de Blois · 45000 Orléans · France · +33 2 38 55 61 20</p>
<p>SIRET 801 223 447 00028 · Legal notice · Privacy · Site map · Last updated 2 May 2035</p></footer>
</body></html>'''
write(F,T)
PV='Pôle Végétal & Cosmétique Centre-Val de Loire'
gold(F,[P('Hélène MOREAU-DUFRESNE','President',PV),P('Guillaume Petit-Renaud','Vice-President, research',PV),P('Nadia Benali','Treasurer',PV),
 P('Thomas Gauthier','General Manager',PV),P('Claire-Anne Boisseau','Deputy General Manager and Head of Innovation',PV),P('Camille Nguyen-Lefèvre','Events project manager',PV),
 P('Mathieu Rault','Regulatory adviser',PV),P('Aurélie van Damme','International project manager',PV),P('Kévin Da Silva Teixeira','Membership and communication officer',PV),
 P('Sophie Marchetti','Office manager',PV),P('Pierre-Yves Chesneau',None,'Agralys'),P('Sophie Van den Broeck',None,'Greentech SAS'),P('Delphine Okafor-Martin',None,'Laboratoires Sérénis')],
 [O(PV),O('Laboratoires Sérénis'),O('LBLGC'),O("Université d'Orléans"),O('Greentech SAS'),O('Maison Verlaine SA'),O('Région Centre-Val de Loire'),O("Dev'Up"),
  O('INRAE Centre-Val de Loire'),O('Université de Tours'),O('CNRS'),O('BRGM'),O('Cosmetic Valley'),O('Enterprise Europe Network Centre-Val de Loire'),O('European Cosmetics Cluster Network','ECCN'),O('Agralys')],
 [E('in-cosmetics Global','2018','2018',None,None),E('first edition of the Rencontres Végétal & Cosmétique','2027','2027',None,None)],['2018','2021/2027','2027','2033','2032','2029','2014','2034','2035-09','2035-06-15','2035-05-02'])
