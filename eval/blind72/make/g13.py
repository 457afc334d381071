from h import *
F = 'luxembourg-national-cluster-label-2035-list.md'
rows = [("Luxembourg Automotive & Mobility Cluster","LAMC","Automotive components, connected and automated mobility","Luxinnovation GIE","Dr. Paolo Dell'Aquila","2035–2039"),
 ("Luxembourg BioHealth Cluster","LBHC","Medical devices, diagnostics, digital health","Luxinnovation GIE","Sandrine Weber-Koch","2035–2039"),
 ("Luxembourg Creative Industries Cluster","LCIC","Audiovisual, design, architecture, games","Luxinnovation GIE","Max Hoffmann","2035–2039"),
 ("Luxembourg Materials & Manufacturing Cluster","LMMC","Advanced materials, plastics, metals, Industry 4.0","Luxinnovation GIE","Ana Carolina Mendes Ribeiro","2035–2039"),
 ("Luxembourg Space Cluster","LSC","Space resources, satellite services, ground segment","Luxinnovation GIE","Yannick Schroeder","2035–2039"),
 ("Luxembourg Wood Cluster","LWC","Forestry, timber construction, wood-based bioeconomy","Luxinnovation GIE, with the Administration de la nature et des forêts","Dr. Christiane Thill-Meyers","2035–2037 (provisional)"),
 ("Luxembourg Cleantech Cluster","LCTC","Energy efficiency, renewable energy, circular economy","Luxinnovation GIE","Jean-Marc Kieffer","2035–2039"),
 ("Fintech & Digital Finance Cluster Luxembourg","FDFCL","Regulatory technology, payments, digital assets","Luxembourg House of Financial Technology a.s.b.l. (LHoFT)","Gabriela Nowak-Reuter","2035–2039")]
T = f"""# National Cluster Label 2035 – List of labelled cluster organisations

**Ministry of the Economy – Directorate for Research, Intellectual Property and New Technologies**
Luxembourg, {wd(2035,2,6)} 6 February 2035 · Reference: DGRPINT/CL/2035-01

---

## 1. Background

Under the national cluster policy adopted in 2026 and revised in 2034, the Minister of the Economy awards the National Cluster Label to cluster organisations that meet the quality criteria set out in the Grand-Ducal regulation of {wd(2034,7,18)} 18 July 2034. The label gives access to multi-annual core funding of up to EUR 650,000 a year per cluster, to the national cluster managers' network and to the ministry's support for international cooperation.

The call for the 2035 label round was open from 2 September to 31 October 2034. Eleven applications were received. An independent selection committee – chair: Prof. Dr. Annegret Moll-Saarinen (Fraunhofer Institute for Systems and Innovation Research ISI, Karlsruhe); members: Dr. Pierre-Yves Lefebvre (former director at the Walloon competitiveness cluster Mecatech) and Riikka Kivelä (Business Finland) – interviewed the applicants on 2–4 December 2034. On its proposal, the Minister of the Economy, Lex Delles-Wagner, awarded the label on {wd(2035,1,30)} 30 January 2035 to the eight cluster organisations listed below.

## 2. Labelled cluster organisations

| Cluster | Acronym | Fields | Managing organisation | Cluster manager | Label period |
|---|---|---|---|---|---|
""" + "\n".join(f"| {a} | {b} | {c} | {d} | {e} | {f} |" for a, b, c, d, e, f in rows) + f"""

Seven of the eight clusters are managed by Luxinnovation GIE, the national innovation agency, on behalf of the ministry; Luxinnovation's head of cluster management is Mireille Schmit-Da Costa. The Fintech & Digital Finance Cluster Luxembourg is managed by the Luxembourg House of Financial Technology, a non-profit association (a.s.b.l.), and receives the label for the first time.

## 3. Provisional label

The Luxembourg Wood Cluster receives a provisional label for two years. The selection committee asked it to increase the share of member companies from outside the public sector and to adopt a written strategy with indicators before its interim review in December 2036.

## 4. Applications not retained

Three applications were not retained: the Luxembourg Logistics Cluster, which will be merged into the Automotive & Mobility Cluster; the proposed Agri-Food Innovation Cluster, which did not yet reach the minimum of 30 members; and the Défi Santé Numérique network, which was advised to apply jointly with the BioHealth Cluster.

## 5. Obligations of labelled clusters

Labelled cluster organisations report to the ministry every year by 31 March on their activities, finances and a common set of twelve indicators. They take part in at least two meetings a year of the national cluster managers' network, chaired by the ministry's cluster policy coordinator, Tom Reuland. A mid-term evaluation of all labelled clusters is planned for 2037.

## 6. Award ceremony

The labels will be handed over at the Luxembourg Cluster Day on {wd(2035,3,12)} 12 March 2035 at the European Convention Center Luxembourg (ECCL) in Kirchberg, in the presence of the Minister.

*Contact: Directorate for Research, Intellectual Property and New Technologies, clusters@eco.etat.lu*
"""
write(F, T)
people = [P(r[4].replace('Dr. ',''), 'Cluster manager', r[0]) for r in rows]
people += [P('Annegret Moll-Saarinen','chair','Fraunhofer Institute for Systems and Innovation Research ISI'), P('Pierre-Yves Lefebvre','former director','Mecatech'),
 P('Riikka Kivelä',None,'Business Finland'), P('Lex Delles-Wagner','Minister of the Economy','Ministry of the Economy'),
 P('Mireille Schmit-Da Costa','head of cluster management','Luxinnovation GIE'), P('Tom Reuland','cluster policy coordinator','Ministry of the Economy')]
people[0]['role'] = 'Cluster manager'
orgs = [O('Ministry of the Economy'), O('Directorate for Research, Intellectual Property and New Technologies')] + [O(r[0], r[1]) for r in rows] + [O('Luxinnovation GIE'),
 O('Administration de la nature et des forêts'), O('Luxembourg House of Financial Technology a.s.b.l.','LHoFT'), O('Fraunhofer Institute for Systems and Innovation Research ISI','ISI'),
 O('Mecatech'), O('Business Finland'), O('Luxembourg Logistics Cluster'), O('Agri-Food Innovation Cluster'), O('Défi Santé Numérique')]
gold(F, people, orgs, [E('Luxembourg Cluster Day','2035-03-12','2035-03-12','Kirchberg','Luxembourg')],
 ['2035-02-06','2026','2034','2034-07-18','2034-09-02/2034-10-31','2034-12-02/2034-12-04','2035-01-30','2035/2039','2035/2037','2036-12','2037','2035-03-12'], pub='2035-02-06')
