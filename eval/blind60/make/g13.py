from h import *
F = 'asturias-metal-cluster-annual-report-2034-governance.txt'
T = f"""METALASTUR – Asturias Metal & Advanced Manufacturing Cluster
Annual Report 2034

Chapter 5. Governance

5.1 Legal form and governing bodies

The Asociación Clúster del Metal y la Fabricación Avanzada de Asturias (METALASTUR) is a non-profit association registered in Oviedo in 2012 under the Spanish law on associations. Its statutes were last amended by the Extraordinary General Assembly of 21 March 2034, mainly to create a Supervisory Committee and to limit the terms of the President to two consecutive periods of four years. The governing bodies are the General Assembly, the Board of Directors and the President; day-to-day management is delegated to the Managing Director.

At 31 December 2034 the association had 118 members: 96 companies (of which 71 SMEs), 9 technology centres and universities, 7 business associations and 6 public bodies with observer status.

5.2 General Assembly

The General Assembly consists of all full members, each with one vote. In 2034 it met twice:

- Extraordinary General Assembly, {wd(2034,3,21)} 21 March 2034, Gijón (Palacio de Congresos del Recinto Ferial Luis Adaro): amendment of the statutes; 64 members present or represented.
- Ordinary General Assembly, {wd(2034,6,13)} 13 June 2034, Avilés (Centro Niemeyer): approval of the accounts for 2033, the activity report and the budget for 2035; election of the Board of Directors for the period 2034–2038; 77 members present or represented.

5.3 Board of Directors

The Board of Directors elected on 13 June 2034 has twelve members. In its constituent meeting on the same day it appointed the following officers:

President: Dña. Covadonga Álvarez-Miranda Suárez, CEO, Talleres Mecánicos del Nalón, S.A.
First Vice-President: D. Íñigo Fernández de la Vega, Plant Director, Aceros del Cantábrico, S.L.
Second Vice-President: Dra. Marta Rodríguez-Peláez, Director, Fundación IDONIAL
Treasurer: D. Xuan Carlos Menéndez Prieto, Managing Partner, Calderería Pesada del Caudal, S.L.
Secretary (non-voting): D. Alejandro Sierra Villaverde, lawyer, Sierra & Asociados Abogados, S.L.P.

Other members:
D. Ramón Cuesta-García, General Manager, Forjas de Mieres, S.A.
Dña. Beatriz Ordóñez, Head of Operations, Asturiana de Robótica Industrial, S.L.
D. Hans-Peter Lindemann, Managing Director, Lindemann Stahlbau Ibérica, S.L.
Dña. Noelia Fonseca Rubiera, CEO, Tubos y Perfiles del Principado, S.A.
Prof. Dr. Pelayo Villanueva, Vice-Rector for Research, Universidad de Oviedo
D. Luis Antonio Gancedo, President, Federación Asturiana de Empresarios del Metal (FEMETAL)
Dña. Paula Estrada Díaz-Caneja, Director, Centro Tecnológico de Fabricación Aditiva de Asturias (CETFAA)

The outgoing President, D. Manuel Ángel Tuñón Riestra, who led the association from 2026 to 2034, was appointed Honorary President by the General Assembly. The Board thanks the outgoing members D. Fernando Llaneza Corripio and Dña. Sonia Vigil-Escalera for their service.

The Board met seven times in 2034 (on 23 January, 21 March, 8 May, 13 June, 19 September, 7 November and 16 December). Average attendance was 87 percent. The main items on the Board's agenda were the new strategy, the preparation of the statutes amendment, the approval of eleven new members, the cluster's position on the regional industrial energy plan and the recruitment of three new staff members. Representatives of the Principality of Asturias – Regional Ministry of Science, Enterprise, Training and Employment, and of the Agencia de Ciencia, Competitividad Empresarial e Innovación Asturiana (SEKUENS), attend the meetings as permanent guests without vote.

5.4 Supervisory Committee

The new Supervisory Committee checks the accounts and the compliance with the statutes and the internal code of conduct. Its three members, elected on 13 June 2034 for four years, are:
Chair: Dña. María José Canteli Arias, auditor (retired)
Members: D. Óscar Bernardo Pidal, Financial Controller, Forjas de Mieres, S.A.; Dña. Lorena García-Tamargo, Compliance Officer, Aceros del Cantábrico, S.L.

5.5 Management team

Managing Director: D. Javier Cienfuegos-Jovellanos Hevia (since 2029)
Head of Innovation and Projects: Dña. Irene Castaño Valdés
Head of Internationalisation: D. Thomas O'Rourke
Head of Training and Talent: Dña. Ana Belén Rozada
Finance and Administration: D. Mateo Argüelles

The Managing Director reports to the Board at each meeting. The team grew from 8 to 11 employees in 2034. Following the recommendation of the Basque Cluster Association's peer review in October 2034, METALASTUR adopted a conflict-of-interest policy for project selection.

5.6 Memberships and labels

METALASTUR is a member of the Spanish Federation of Innovative Business Clusters (FENAEIC) and of the Manufacturing Cluster Alliance of the Atlantic Arc. It holds the Silver Label of the European Cluster Excellence Initiative since November 2031; the reassessment for the Gold Label is planned for the first half of 2035. The association is registered as an Innovative Business Group (AEI) with the Spanish Ministry of Industry and Tourism until 2036.

5.7 Outlook

The Board's priorities for the term 2034–2038 are:
1. Increase the share of revenue from members' fees and services to 60 percent by 2038
2. Open a second office in the Nalón valley to serve companies in the former mining areas
3. Launch a joint purchasing scheme for energy and steel together with FEMETAL
4. Involve at least one representative of workers' training centres in every working group

The next Ordinary General Assembly will be held in Oviedo on {wd(2035,6,12)} 12 June 2035.

Annual Report 2034 · METALASTUR · page 27
"""
write(F, T)
M = "Asociación Clúster del Metal y la Fabricación Avanzada de Asturias"
gold(F, [
 P("Covadonga Álvarez-Miranda Suárez", "President", "Asociación Clúster del Metal y la Fabricación Avanzada de Asturias"),
 P("Íñigo Fernández de la Vega", "First Vice-President", "Asociación Clúster del Metal y la Fabricación Avanzada de Asturias"),
 P("Marta Rodríguez-Peláez", "Second Vice-President", "Asociación Clúster del Metal y la Fabricación Avanzada de Asturias"),
 P("Xuan Carlos Menéndez Prieto", "Treasurer", "Asociación Clúster del Metal y la Fabricación Avanzada de Asturias"),
 P("Alejandro Sierra Villaverde", "Secretary (non-voting)", "Asociación Clúster del Metal y la Fabricación Avanzada de Asturias"),
 P("Ramón Cuesta-García", "General Manager", "Forjas de Mieres, S.A."),
 P("Beatriz Ordóñez", "Head of Operations", "Asturiana de Robótica Industrial, S.L."),
 P("Hans-Peter Lindemann", "Managing Director", "Lindemann Stahlbau Ibérica, S.L."),
 P("Noelia Fonseca Rubiera", "CEO", "Tubos y Perfiles del Principado, S.A."),
 P("Pelayo Villanueva", "Vice-Rector for Research", "Universidad de Oviedo"),
 P("Luis Antonio Gancedo", "President", "Federación Asturiana de Empresarios del Metal"),
 P("Paula Estrada Díaz-Caneja", "Director", "Centro Tecnológico de Fabricación Aditiva de Asturias"),
 P("Manuel Ángel Tuñón Riestra", "Honorary President", M),
 P("Fernando Llaneza Corripio", None, M),
 P("Sonia Vigil-Escalera", None, M),
 P("María José Canteli Arias", "Chair", M),
 P("Óscar Bernardo Pidal", "Financial Controller", "Forjas de Mieres, S.A."),
 P("Lorena García-Tamargo", "Compliance Officer", "Aceros del Cantábrico, S.L."),
 P("Javier Cienfuegos-Jovellanos Hevia", "Managing Director", M),
 P("Irene Castaño Valdés", "Head of Innovation and Projects", M),
 P("Thomas O'Rourke", "Head of Internationalisation", M),
 P("Ana Belén Rozada", "Head of Training and Talent", M),
 P("Mateo Argüelles", "Finance and Administration", M),
], [
 O(M, "METALASTUR"), O("Talleres Mecánicos del Nalón, S.A."), O("Aceros del Cantábrico, S.L."), O("Fundación IDONIAL"),
 O("Calderería Pesada del Caudal, S.L."), O("Sierra & Asociados Abogados, S.L.P."), O("Forjas de Mieres, S.A."),
 O("Asturiana de Robótica Industrial, S.L."), O("Lindemann Stahlbau Ibérica, S.L."), O("Tubos y Perfiles del Principado, S.A."),
 O("Universidad de Oviedo"), O("Federación Asturiana de Empresarios del Metal", "FEMETAL"),
 O("Centro Tecnológico de Fabricación Aditiva de Asturias", "CETFAA"),
 O("Principality of Asturias – Regional Ministry of Science, Enterprise, Training and Employment"),
 O("Agencia de Ciencia, Competitividad Empresarial e Innovación Asturiana", "SEKUENS"), O("Basque Cluster Association"),
 O("Spanish Federation of Innovative Business Clusters", "FENAEIC"), O("Manufacturing Cluster Alliance of the Atlantic Arc"),
 O("European Cluster Excellence Initiative"), O("Spanish Ministry of Industry and Tourism"),
], [
 E("Extraordinary General Assembly", "2034-03-21", "2034-03-21", "Gijón", "Spain"),
 E("Ordinary General Assembly", "2034-06-13", "2034-06-13", "Avilés", "Spain"),
 E("Board of Directors meeting (23 January)", "2034-01-23", "2034-01-23", None, None),
 E("Board of Directors meeting (21 March)", "2034-03-21", "2034-03-21", None, None),
 E("Board of Directors meeting (8 May)", "2034-05-08", "2034-05-08", None, None),
 E("Board of Directors meeting (13 June)", "2034-06-13", "2034-06-13", None, None),
 E("Board of Directors meeting (19 September)", "2034-09-19", "2034-09-19", None, None),
 E("Board of Directors meeting (7 November)", "2034-11-07", "2034-11-07", None, None),
 E("Board of Directors meeting (16 December)", "2034-12-16", "2034-12-16", None, None),
 E("peer review", "2034-10", "2034-10", None, None),
 E("Ordinary General Assembly", "2035-06-12", "2035-06-12", "Oviedo", "Spain"),
], ["2034", "2012", "2034-03-21", "2034-12-31", "2034-06-13", "2033", "2035", "2034/2038", "2026/2034", "2034-01-23", "2034-05-08",
    "2034-09-19", "2034-11-07", "2034-12-16", "2029", "2034-10", "2031-11", "2036", "2038", "2035-06-12"])
