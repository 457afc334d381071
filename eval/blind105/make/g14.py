from h import *
F = 'g14_metz_greater_region_working_groups.txt'
assert wd(2036,9,17)=='Wednesday' and wd(2036,9,24)=='Wednesday' and wd(2036,10,14)=='Tuesday' and wd(2036,11,5)=='Wednesday' and wd(2036,12,3)=='Wednesday'
T = """Greater Region Advanced Materials Network – GRAMN
Members' area > Working groups

WORKING GROUPS 2036–2038
Status: 2 September 2036 | Prepared by the GRAMN secretariat, Metz

Our five working groups are where members do the actual work of the network: they identify common technical problems, prepare project proposals, organise site visits and write position papers. Each group is led by a chair and a co-chair from member organisations in at least two different countries of the Greater Region (Lorraine, Luxembourg, Saarland, Rhineland-Palatinate, Wallonia). Chairs and co-chairs were confirmed by the Steering Committee on 1 July 2036 for a two-year mandate. A secretariat officer supports each group.

Participation is open to all members at no extra cost. To join a group, tick the box in your member profile or write to the secretariat officer named below. Working languages are English, French and German; minutes are written in English.

Each group meets at least three times a year, once of them at a member's premises. Chairs report to the Steering Committee twice a year and present a short progress note at the General Assembly. Members who cannot attend may send written comments to the secretariat officer before the meeting; these are added to the minutes.

-------------------------------------------------------------
WG 1 – Lightweight metals and joining
-------------------------------------------------------------
Chair: Dr. Stéphane Kieffer, R&D Manager, Constellium Technology Center (Voreppe / Metz site)
Co-chair: Anja Bettendorf, Head of Process Development, Saarstahl AG, Völklingen
Secretariat: Julien Marchal, julien.marchal@gramn.eu

Focus 2036–2038: aluminium-steel hybrid joining for electric vehicle battery housings; recycling-friendly alloy design; qualification of friction stir welding for SMEs.
Members: 34 organisations (14 FR, 9 DE, 8 LU, 3 BE)
Next meeting: Wednesday 17 September 2036, 14:00–17:00, Institut de Soudure, Yutz, followed by a visit of the welding laboratory

-------------------------------------------------------------
WG 2 – Composites and polymers
-------------------------------------------------------------
Chair: Prof. Dr.-Ing. Markus Zimmer-Lenz, Leibniz-Institut für Verbundwerkstoffe (IVW), Kaiserslautern
Co-chair: Claire Simonetti, CEO, Polyvia Lorraine SAS, Sarreguemines
Secretariat: Lena Hoffmann, lena.hoffmann@gramn.eu

Focus: thermoplastic composites for rail interiors; bio-based resins; end-of-life solutions for wind turbine blades.
Members: 27 organisations
Next meeting: Wednesday 24 September 2036, 10:00–12:30, online (MS Teams)

-------------------------------------------------------------
WG 3 – Surface engineering and coatings
-------------------------------------------------------------
Chair: Marc Thill, Director Innovation, Luxembourg Institute of Science and Technology (LIST), Materials Research and Technology Department
Co-chair: Dr. Isabelle Decker, Technical Director, Ceratizit Luxembourg S.à r.l., Mamer
Secretariat: Julien Marchal

Focus: PFAS-free coatings; plasma and PVD processes for tools; corrosion testing round robin among member laboratories.
Members: 22 organisations
Next meeting: Tuesday 14 October 2036, 13:30–16:30, LIST, Belvaux

-------------------------------------------------------------
WG 4 – Digital materials and characterisation
-------------------------------------------------------------
Chair: Dr. Thomas Weiler, Group Leader, Fraunhofer Institute for Nondestructive Testing (IZFP), Saarbrücken
Co-chair: Nathalie Renard, Data Science Lead, Arcelor Mittal Maizières Research SA
Secretariat: Lena Hoffmann

Focus: materials data spaces and shared ontologies; AI-assisted microstructure analysis; access to characterisation equipment across borders.
Members: 19 organisations
Next meeting: Wednesday 5 November 2036, 14:00–17:00, Université de Lorraine, Institut Jean Lamour, Nancy

-------------------------------------------------------------
WG 5 – Skills and talent (cross-cutting)
-------------------------------------------------------------
Chair: Sabine Klein-Reuter, Head of Training, IHK Saarland
Co-chair: Olivier Dubois, Director, Lycée des Métiers Henri Nominé, Sarreguemines
Secretariat: Aurélie Weber, aurelie.weber@gramn.eu

Focus: cross-border apprenticeships in materials technology; a joint summer school; mapping of job profiles in the network's companies.
Members: 16 organisations
Next meeting: Wednesday 3 December 2036, 10:00–13:00, Université de Liège, Arlon Campus Environnement, Arlon

-------------------------------------------------------------
Changes since the last period (2034–2036)
-------------------------------------------------------------
- WG 1: Anja Bettendorf replaces Dr. Heinz-Peter Wagner (Dillinger Hüttenwerke), who retired in June 2036.
- WG 3 was created from the former "Surfaces" task force, chaired until now by Marc Thill alone.
- WG 4 is new; it was proposed by Dr. Thomas Weiler at the General Assembly of 12 May 2036 in Luxembourg.
- The former WG "Circular materials" has been merged into WG 1 and WG 2. Its chair, Véronique Lambert (Suez RV Nord-Est), remains a member of the Steering Committee.

-------------------------------------------------------------
Main outcomes of the working groups 2034–2036
-------------------------------------------------------------
- Seven collaborative project proposals submitted, four funded (two Interreg Greater Region, one RFCS, one national)
- A shared list of 61 pieces of testing equipment open to members at partner rates
- The position paper on recycled aluminium content was taken up by the Grand Est Region in its regional industry plan
- The first cross-border apprenticeship agreement in materials testing signed between a Saarland company and a Lorraine school
- Working group meetings are better attended when they include a lab or company visit

-------------------------------------------------------------
Joint event
-------------------------------------------------------------
All working groups meet together at the GRAMN Materials Day on Wednesday 15 October 2036 in Saarbrücken (Saarbrücken Congress Centre), 09:00–17:30, with a poster session of the groups and the election of the "best member contribution".

Questions about the working groups: Aurélie Weber, Network Coordinator, +33 3 87 20 44 61

GRAMN – Greater Region Advanced Materials Network a.s.b.l. | 2 rue Augustin Fresnel, 57070 Metz | Co-funded by Interreg VI-A Greater Region
Page 1 of 1 | Confidential – for members only
"""
write(F, T)
G='Greater Region Advanced Materials Network'
gold(F,
 [P("Stéphane Kieffer","Chair","WG 1 – Lightweight metals and joining"), P("Anja Bettendorf","Co-chair","WG 1 – Lightweight metals and joining"),
  P("Julien Marchal","Secretariat",G), P("Markus Zimmer-Lenz","Chair","WG 2 – Composites and polymers"),
  P("Claire Simonetti","Co-chair","WG 2 – Composites and polymers"), P("Lena Hoffmann","Secretariat",G),
  P("Marc Thill","Chair","WG 3 – Surface engineering and coatings"), P("Isabelle Decker","Co-chair","WG 3 – Surface engineering and coatings"),
  P("Thomas Weiler","Chair","WG 4 – Digital materials and characterisation"),
  P("Nathalie Renard","Co-chair","WG 4 – Digital materials and characterisation"),
  P("Sabine Klein-Reuter","Chair","WG 5 – Skills and talent"), P("Olivier Dubois","Co-chair","WG 5 – Skills and talent"),
  P("Aurélie Weber","Network Coordinator",G), P("Heinz-Peter Wagner",None,"Dillinger Hüttenwerke"),
  P("Véronique Lambert","member of the Steering Committee",G)],
 [O(G,"GRAMN"), O("Constellium Technology Center"), O("Saarstahl AG"), O("Institut de Soudure"),
  O("Leibniz-Institut für Verbundwerkstoffe","IVW"), O("Polyvia Lorraine SAS"),
  O("Luxembourg Institute of Science and Technology","LIST"), O("Materials Research and Technology Department"),
  O("Ceratizit Luxembourg S.à r.l."), O("Fraunhofer Institute for Nondestructive Testing","IZFP"),
  O("Arcelor Mittal Maizières Research SA"), O("Université de Lorraine"), O("Institut Jean Lamour"), O("IHK Saarland"),
  O("Lycée des Métiers Henri Nominé"), O("Université de Liège"), O("Dillinger Hüttenwerke"), O("Suez RV Nord-Est"), O("Grand Est Region")],
 [E("WG 1 meeting","2036-09-17",None,"Yutz","France"), E("visit of the welding laboratory","2036-09-17",None,"Yutz","France"),
  E("WG 2 meeting","2036-09-24",None,None,None), E("WG 3 meeting","2036-10-14",None,"Belvaux","Luxembourg"),
  E("WG 4 meeting","2036-11-05",None,"Nancy","France"), E("WG 5 meeting","2036-12-03",None,"Arlon","Belgium"),
  E("General Assembly","2036-05-12",None,"Luxembourg","Luxembourg"),
  E("GRAMN Materials Day","2036-10-15",None,"Saarbrücken","Germany")],
 ["2036/2038","2036-09-02","2036-07-01","2036-09-17","2036-09-24","2036-10-14","2036-11-05","2036-12-03","2034/2036","2036-06",
  "2036-05-12","2036-10-15"],
 ["Seven collaborative project proposals submitted, four funded (two Interreg Greater Region, one RFCS, one national)",
  "A shared list of 61 pieces of testing equipment open to members at partner rates",
  "The position paper on recycled aluminium content was taken up by the Grand Est Region in its regional industry plan",
  "The first cross-border apprenticeship agreement in materials testing signed between a Saarland company and a Lorraine school",
  "Working group meetings are better attended when they include a lab or company visit"], None)
