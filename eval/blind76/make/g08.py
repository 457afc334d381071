from h import *
F = 'retex-loop-consortium.md'
PARTNERS = [
 ('Asociación Clúster Textil de Castilla-La Mancha (TEXCAM)','Spain','Coordinator','Dr. Rocío Sánchez de la Vega','Project Coordinator'),
 ('Centexbel','Belgium','Research and testing','Pieter-Jan Van Hoorebeke','Senior Researcher'),
 ('Technická univerzita v Liberci (TUL)','Czechia','Research','doc. Ing. Jana Procházková, Ph.D.','Head of the Department of Nonwovens'),
 ('Lodz Textile Cluster Association (ŁKT)','Poland','Cluster, SME engagement','Michał Zieliński','Cluster Manager'),
 ('Recyclo-Fibres GmbH','Germany','Industrial partner, mechanical recycling','Dipl.-Ing. Felix zu Salm-Reifferscheidt','Chief Technology Officer'),
 ('Fios do Ave, Lda.','Portugal','Industrial partner, spinning','Joana Magalhães Pereira','Production Director'),
 ('Sorteco Nordic Oy','Finland','Industrial partner, automated sorting','Ville-Pekka Rantanen','Managing Director'),
 ('Pôle Techtera','France','Cluster, communication and exploitation','Amandine Lefèvre-Duchêne','Innovation Project Manager'),
 ('Innovation Economics Consulting S.r.l. (IEC)','Italy','Business models and impact assessment','Lorenzo De Santis','Partner'),
]
lines = "\n".join(f"| {n} | {c} | {r} | {p}, {ro} |" for n,c,r,p,ro in PARTNERS)
T = f"""[Home](/) · [About](/about) · **Consortium** · [Work packages](/wp) · [Results](/results) · [News](/news) · [Contact](/contact)

# The RETEX-LOOP consortium

*RETEX-LOOP – Regional textile loops: from post-consumer waste to new yarn* · Grant Agreement No 101318452 · 1 January 2033 – 31 December 2036

RETEX-LOOP brings together nine partners from eight European countries: three textile clusters, two research organisations, three industrial companies and one consultancy. Together they build and test regional value chains that turn used clothing and household textiles into new yarns and nonwovens. The project has a budget of EUR 6.8 million and is funded under Horizon Europe, Cluster 6.

The consortium was put together by the Castilla-La Mancha textile cluster after a partnering workshop in Toledo on 17 March 2032, where 23 organisations discussed the EU strategy for sustainable and circular textiles and the coming obligation for separate textile collection.

## Partners

| Partner | Country | Role in the project | Contact person |
|---|---|---|---|
{lines}

## Who does what

**TEXCAM** coordinates the project from its office in Toledo and leads work package 1 (management) and work package 6 (policy). Dr. Rocío Sánchez de la Vega has coordinated two earlier projects on textile waste and chairs the working group on circularity of Clusters.es, the Spanish federation of clusters.

**Centexbel** and the **Technical University of Liberec** lead the research work packages on fibre quality and nonwoven applications. Centexbel runs the pilot line for fibre-to-fibre recycling in Ghent, while TUL tests new felts for the automotive and building sectors.

**Recyclo-Fibres GmbH** (Chemnitz), **Fios do Ave, Lda.** (Guimarães) and **Sorteco Nordic Oy** (Lahti) are the industrial backbone of the project. Sorteco delivers the near-infrared sorting units; Recyclo-Fibres tears and opens the material; Fios do Ave spins it into blended yarns with at least 50 % recycled content.

The two other clusters, the **Lodz Textile Cluster Association** and **Pôle Techtera** (Lyon), recruit SMEs for the regional demonstrations and organise the training for workers in sorting centres. **IEC** in Milan calculates costs, jobs and CO2 savings for each regional loop.

## Advisory board

An external advisory board follows the project and meets once a year. It is chaired by Prof. Margarethe Lindqvist-Berg (KTH Royal Institute of Technology) and includes Dr. Dirk van den Heuvel (Euratex) and Aisling O'Donoghue (European Environmental Bureau, EEB).

## Meetings

- Kick-off meeting: Toledo, 19–20 January 2033
- Second general assembly: Liberec, 6–7 February 2034
- Mid-term review with the European Research Executive Agency (REA): Brussels, 25 June 2034
- Third general assembly: Guimarães, 4–5 March 2035
- Final conference: Lyon, 22 October 2036

## Contact

Project office: retexloop@texcam.es · Dissemination: Amandine Lefèvre-Duchêne (Pôle Techtera)

*Funded by the European Union. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Research Executive Agency. Neither the European Union nor the granting authority can be held responsible for them.*

Last updated: 3 November 2035
"""
write(F, T)
people=[]; orgs=[]
for n,c,r,p,ro in PARTNERS:
    nm = p.replace('Dr. ','').replace('doc. Ing. ','').replace(', Ph.D.','').replace('Dipl.-Ing. ','')
    import re
    m = re.match(r'(.*) \((.*)\)$', n)
    on = m.group(1) if m else n
    people.append(P(nm, ro, on)); orgs.append(O(on, m.group(2) if m else None))
orgs[2] = O('Technická univerzita v Liberci','TUL')
people[2]['organisation']='Technická univerzita v Liberci'
people += [P('Margarethe Lindqvist-Berg',None,'KTH Royal Institute of Technology'), P('Dirk van den Heuvel',None,'Euratex'),
           P("Aisling O'Donoghue",None,'European Environmental Bureau')]
people[0]['role']='Project Coordinator'
orgs += [O('Clusters.es'), O('KTH Royal Institute of Technology'), O('Euratex'), O('European Environmental Bureau','EEB'),
         O('European Research Executive Agency','REA'), O('European Union')]
gold(F, people, orgs,
 [E('partnering workshop','2032-03-17','2032-03-17','Toledo','Spain'), E('Kick-off meeting','2033-01-19','2033-01-20','Toledo','Spain'),
  E('Second general assembly','2034-02-06','2034-02-07','Liberec','Czechia'), E('Mid-term review','2034-06-25','2034-06-25','Brussels','Belgium'),
  E('Third general assembly','2035-03-04','2035-03-05','Guimarães','Portugal'), E('Final conference','2036-10-22','2036-10-22','Lyon','France')],
 ['2033-01-01/2036-12-31','2032-03-17','2033-01-19/2033-01-20','2034-02-06/2034-02-07','2034-06-25','2035-03-04/2035-03-05','2036-10-22','2035-11-03'],
 [], pub=None)
