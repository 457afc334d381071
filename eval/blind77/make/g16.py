from h import *
F = 'luxembourg-materials-cluster-hydrogen-steel-workshop-report-2034.txt'
assert wd(2034,11,8)=='Wednesday' and wd(2035,1,24)=='Wednesday', wd(2035,1,24)
T = """WORKSHOP REPORT

"Hydrogen-ready steel processing: what SMEs in the Greater Region need to know"
Wednesday 8 November 2034, 09:00–16:30
Maison du Savoir, Université du Luxembourg, Belval campus, Esch-sur-Alzette

Organised by the Luxembourg Materials & Manufacturing Cluster (LMMC), managed by Luxinnovation GIE, in cooperation with the Luxembourg Institute of Science and Technology (LIST) and the Saarland cluster automotive.saarland.

Report by: Dr. Aurélie Schmit-Kayser, Cluster Manager, LMMC
Published: 20 November 2034

----------------------------------------------------------------------
1. WHY THIS WORKSHOP
----------------------------------------------------------------------

The steel industry of the Greater Region (Luxembourg, Saarland, Lorraine, Wallonia and Rhineland-Palatinate) is preparing to switch part of its reheating furnaces and heat-treatment lines from natural gas to hydrogen and electricity. Large producers have announced their plans, but the hundreds of subcontractors – heat treaters, forging shops, coating companies, equipment builders – are often unsure what this means for them. The workshop was designed to answer their practical questions: materials behaviour, safety, costs, permits and funding.

52 participants attended, from 37 organisations in four countries. Two-thirds came from companies with fewer than 250 employees.

----------------------------------------------------------------------
2. PROGRAMME AND SPEAKERS
----------------------------------------------------------------------

09:00  Welcome by Sasha Baillie-Weber, CEO, Luxinnovation, and by Marc Wagener-Hoffmann,
       chairman of the LMMC steering committee (Ceratizit Luxembourg S.à r.l.)
09:20  "The Greater Region's hydrogen roadmap" – Dr. Bettina Krämer-Aulbach, Ministry of
       Economic Affairs, Labour, Energy and Transport of Saarland
10:00  "Hydrogen embrittlement: what really happens to your parts" – Prof. Dr. Stéphane
       Bordas-Lenoir, University of Luxembourg, Department of Engineering
10:45  Coffee break
11:00  Case study: converting a heat-treatment line – Jean-Paul Reuter, plant manager,
       Thermotraitement Rodange S.A.
11:40  Case study: burners and retrofits – Ing. Katharina Stöckl, Ebner Industrieofenbau
       GmbH (Leonding, Austria)
12:20  Lunch
13:30  Round tables (safety and permits / costs and contracts / skills)
15:00  "Funding your transition" – Tom Kieffer-Schroeder, Ministry of the Economy
       (Luxembourg), and Luca Moretti, European Investment Bank (EIB)
15:45  Key takeaways and next steps – Dr. Aurélie Schmit-Kayser
16:30  Networking drink

----------------------------------------------------------------------
3. SUMMARY OF THE DISCUSSIONS
----------------------------------------------------------------------

Dr. Krämer-Aulbach presented the hydrogen roadmap of the Greater Region adopted at the summit of the Greater Region in Trier in January 2034. Pipelines connecting Saarland, Lorraine and Luxembourg are planned for 2030–2032 under the mosaHYc project, but the speaker admitted that the timeline has slipped by about two years. Until then, most SMEs will depend on trucked or locally produced hydrogen.

Prof. Bordas-Lenoir explained that hydrogen embrittlement is a real risk for high-strength steels used in fasteners, springs and gears, but much less so for the parts typically processed by the region's heat treaters. He advised companies to test critical components early and offered the LIST and university test facilities to cluster members at reduced rates.

The two case studies showed that conversion is technically feasible but costly. Thermotraitement Rodange spent about EUR 2.1 million on converting one line, of which 40 % was covered by public funding. Jean-Paul Reuter said the hardest part was not the technology but the permit: the procedure with the Administration de l'environnement took fourteen months. Ing. Stöckl showed that hybrid burners able to run on any mix of natural gas and hydrogen allow a gradual transition and reduce the investment risk.

In the round tables, participants agreed that the greatest uncertainty is the future price of hydrogen, followed by permits and the shortage of trained maintenance staff. Several companies said their customers in the automotive sector are starting to ask for the carbon footprint of heat-treated parts.

In the funding session, Tom Kieffer-Schroeder presented the Luxembourg aid scheme for energy-efficiency and decarbonisation investments, and Luca Moretti explained the EIB's intermediated loans for SMEs through local banks.

----------------------------------------------------------------------
4. KEY TAKEAWAYS
----------------------------------------------------------------------

- Hydrogen will arrive later than planned: SMEs should prepare for a long hybrid period and prefer equipment that can run on both natural gas and hydrogen.
- Electrification is often the cheaper first step for low-temperature processes and should be checked before hydrogen.
- Test critical high-strength components for hydrogen embrittlement now, using the facilities offered by LIST and the University of Luxembourg.
- Start permit procedures early and involve the authorities from the design phase.
- Customers will soon ask for product carbon footprints; the cluster should offer a common calculation method.
- Skills are a bottleneck: a cross-border training module on hydrogen safety is needed for maintenance staff.

----------------------------------------------------------------------
5. NEXT STEPS
----------------------------------------------------------------------

The LMMC will set up a working group "Hydrogen in heat treatment", coordinated by Philippe Muller-Santos (LMMC), with a first online meeting on Wednesday 24 January 2035. Together with automotive.saarland and the Chambre des Métiers du Luxembourg, the cluster will prepare a training module on hydrogen safety for the 2035–2036 school year. A follow-up workshop on product carbon footprints is planned for spring 2035 in Saarbrücken.

Presentations are available to participants on the cluster's extranet.

Contact: Dr. Aurélie Schmit-Kayser, aurelie.schmit-kayser@luxinnovation.lu, +352 43 62 63 555

Luxembourg Materials & Manufacturing Cluster · Luxinnovation GIE · 5, avenue des Hauts-Fourneaux, L-4362 Esch-sur-Alzette
"""
write(F, T)
L = "Luxembourg Materials & Manufacturing Cluster"
gold(F, [
 P("Aurélie Schmit-Kayser", "Cluster Manager", L),
 P("Sasha Baillie-Weber", "CEO", "Luxinnovation"),
 P("Marc Wagener-Hoffmann", "chairman of the LMMC steering committee", "Ceratizit Luxembourg S.à r.l."),
 P("Bettina Krämer-Aulbach", None, "Ministry of Economic Affairs, Labour, Energy and Transport of Saarland"),
 P("Stéphane Bordas-Lenoir", None, "University of Luxembourg, Department of Engineering"),
 P("Jean-Paul Reuter", "plant manager", "Thermotraitement Rodange S.A."),
 P("Katharina Stöckl", None, "Ebner Industrieofenbau GmbH"),
 P("Tom Kieffer-Schroeder", None, "Ministry of the Economy"),
 P("Luca Moretti", None, "European Investment Bank"),
 P("Philippe Muller-Santos", None, L),
],[
 O(L,"LMMC"),
 O("Luxinnovation GIE"),
 O("Université du Luxembourg"),
 O("Luxembourg Institute of Science and Technology","LIST"),
 O("automotive.saarland"),
 O("Ceratizit Luxembourg S.à r.l."),
 O("Ministry of Economic Affairs, Labour, Energy and Transport of Saarland"),
 O("University of Luxembourg, Department of Engineering"),
 O("Thermotraitement Rodange S.A."),
 O("Ebner Industrieofenbau GmbH"),
 O("Ministry of the Economy"),
 O("European Investment Bank","EIB"),
 O("Administration de l'environnement"),
 O("Chambre des Métiers du Luxembourg"),
],[
 E("Hydrogen-ready steel processing: what SMEs in the Greater Region need to know","2034-11-08","2034-11-08","Esch-sur-Alzette","Luxembourg"),
 E("Round tables","2034-11-08","2034-11-08","Esch-sur-Alzette","Luxembourg"),
 E("Networking drink","2034-11-08","2034-11-08","Esch-sur-Alzette","Luxembourg"),
 E("summit of the Greater Region","2034-01","2034-01","Trier","Germany"),
 E("first online meeting","2035-01-24","2035-01-24",None,None),
 E("follow-up workshop on product carbon footprints","2035","2035","Saarbrücken","Germany"),
],["2034-11-08","2034-11-20","2034-01","2030/2032","2035-01-24","2035/2036","2035"],[
 "Hydrogen will arrive later than planned: SMEs should prepare for a long hybrid period and prefer equipment that can run on both natural gas and hydrogen",
 "Electrification is often the cheaper first step for low-temperature processes and should be checked before hydrogen",
 "Test critical high-strength components for hydrogen embrittlement now, using the facilities offered by LIST and the University of Luxembourg",
 "Start permit procedures early and involve the authorities from the design phase",
 "Customers will soon ask for product carbon footprints; the cluster should offer a common calculation method",
 "Skills are a bottleneck: a cross-border training module on hydrogen safety is needed for maintenance staff",
], pub="2034-11-20")
