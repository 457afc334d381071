from h import *
import docx
F = 'minutes_asturias-metal-cluster-general-assembly-2035.docx'
paras = [
('h', 'MINUTES OF THE ORDINARY GENERAL ASSEMBLY'),
('p', 'Asociación Clúster del Metal de Asturias (METALAST)'),
('p', f'Date and place: {wd("2035-06-28")}, 28 June 2035, 10:00–13:15, Auditorium of the Parque Científico Tecnológico de Gijón, Gijón (Asturias)'),
('p', 'Chair of the meeting: Ms Covadonga Fernández-Llana Suárez, President of METALAST (Talleres Fernández Llana, S.A.)'),
('p', 'Secretary of the meeting: Mr Íñigo Arrieta Ochoa, Secretary General of METALAST'),
('p', 'Present or represented: 47 of the 63 member entities (31 present, 16 by proxy). The quorum required by Article 14 of the Statutes was reached at first call.'),
('p', 'Guests without voting rights: Mr Álvaro Menéndez Cueto, Director General of Industry, Government of the Principality of Asturias; Ms Noelia Prieto Valdés, Agencia de Ciencia, Competitividad Empresarial e Innovación Asturiana (SEKUENS); Mr Hans-Peter van Rijn, cluster manager, Metaalunie Cluster Oost-Nederland, attending as partner of the Interreg Atlantic Area project HEAVYMET-4.0.'),
('h2', 'Agenda'),
('p', '1. Opening and approval of the minutes of the General Assembly of 29 June 2034\n2. Annual report 2034 and financial statements 2034\n3. Budget and action plan 2035–2036\n4. Membership fees 2036\n5. Election of the Board of Directors for 2035–2039\n6. Admission of new members\n7. Any other business'),
('h2', 'Discussion'),
('p', 'Item 1. The President opened the meeting and welcomed the guests. The minutes of the previous General Assembly, held on 29 June 2034 in Avilés, were approved without amendments.'),
('p', 'Item 2. The cluster manager, Ms Lucía Gancedo Alonso, presented the annual report. In 2034 the cluster ran 11 collaborative projects, organised the Asturias Metal Industry Week in Avilés (6–10 November 2034) and led a business mission to the offshore wind supply chain in Esbjerg, Denmark. Revenue reached EUR 1.42 million, with a surplus of EUR 38,200. The auditor, Ms María José Pando, of Auditores del Norte, S.L.P., presented an unqualified opinion.'),
('p', 'Item 3. Mr Arrieta Ochoa presented the action plan, which focuses on offshore wind foundations, hydrogen-ready pressure equipment, welding skills and the decarbonisation of member plants. Mr Menéndez Cueto confirmed the regional government\'s intention to renew the cluster support agreement for 2036–2039.'),
('p', 'Item 4. Several members asked for a lower fee for micro-companies. Mr Bernardo Quirós Tuñón (Calderería Quirós, S.L.) proposed a new category for companies with fewer than ten employees.'),
('p', 'Item 5. One list was presented for the Board of Directors. The results of the vote are shown in the table below.'),
]
table = [["Office", "Name", "Member entity", "Votes for / against / abstentions"],
 ["President", "Covadonga Fernández-Llana Suárez", "Talleres Fernández Llana, S.A.", "44 / 0 / 3"],
 ["Vice-President", "Rubén Argüelles de la Vega", "ArcelorMittal Asturias", "44 / 0 / 3"],
 ["Treasurer", "Marta Iglesias Rodríguez", "Idesa Fabricación, S.L.", "45 / 0 / 2"],
 ["Member", "Xuan Carlos Fueyo", "Universidad de Oviedo", "45 / 0 / 2"],
 ["Member", "Patricia Lobo Sierra", "Fundación Idonial", "45 / 0 / 2"]]
paras2 = [
('p', 'Item 6. The Assembly considered three applications for membership and heard a short presentation from each applicant.'),
('p', 'Item 7. Mr van Rijn invited the members to the HEAVYMET-4.0 partner meeting in Enschede on 2–3 October 2035. The President announced that the Asturias Metal Industry Week 2035 will take place in Gijón from 12 to 16 November 2035.'),
('h2', 'Decisions'),
('p', 'The General Assembly adopted the following decisions:'),
('b', 'The annual report 2034 and the financial statements 2034 are approved (46 votes for, 1 abstention).'),
('b', 'The budget 2035 of EUR 1.51 million and the action plan 2035–2036 are approved.'),
('b', 'A reduced membership fee of EUR 450 per year for companies with fewer than ten employees is introduced from 1 January 2036.'),
('b', 'The Board of Directors is elected for 2035–2039 as shown in the table above.'),
('b', 'Mecanizados Nalón, S.L., Soldaduras Técnicas del Cantábrico, S.L. and Hidrógeno Verde Gijón, S.A. are admitted as full members.'),
('b', 'The Board is mandated to negotiate the renewal of the cluster support agreement with the Government of the Principality of Asturias.'),
('p', 'There being no further business, the President closed the meeting at 13:15.'),
('p', 'Gijón, 28 June 2035'),
('p', 'The Secretary: Íñigo Arrieta Ochoa          Approved: Covadonga Fernández-Llana Suárez, President'),
]
d = docx.Document()
def add(ps):
    for k, t in ps:
        if k == 'h': d.add_heading(t, 1)
        elif k == 'h2': d.add_heading(t, 2)
        elif k == 'b': d.add_paragraph(t, style='List Bullet')
        else: d.add_paragraph(t)
add(paras)
tb = d.add_table(rows=0, cols=4); tb.style = 'Table Grid'
for r in table:
    cells = tb.add_row().cells
    for i, v in enumerate(r): cells[i].text = v
add(paras2)
d.save(os.path.join(B, 'docs', F))
KM = [t for k, t in paras2 if k == 'b']
KM = [k.rstrip('.') for k in KM]
gold(F, [
 P("Covadonga Fernández-Llana Suárez", "President", "METALAST"),
 P("Íñigo Arrieta Ochoa", "Secretary General", "METALAST"),
 P("Álvaro Menéndez Cueto", "Director General of Industry", "Government of the Principality of Asturias"),
 P("Noelia Prieto Valdés", None, "Agencia de Ciencia, Competitividad Empresarial e Innovación Asturiana"),
 P("Hans-Peter van Rijn", "cluster manager", "Metaalunie Cluster Oost-Nederland"),
 P("Lucía Gancedo Alonso", "cluster manager", "METALAST"),
 P("María José Pando", "auditor", "Auditores del Norte, S.L.P."),
 P("Bernardo Quirós Tuñón", None, "Calderería Quirós, S.L."),
 P("Rubén Argüelles de la Vega", "Vice-President", "METALAST"),
 P("Marta Iglesias Rodríguez", "Treasurer", "METALAST"),
 P("Xuan Carlos Fueyo", None, "Universidad de Oviedo"),
 P("Patricia Lobo Sierra", None, "Fundación Idonial"),
], [
 O("Asociación Clúster del Metal de Asturias", "METALAST"), O("Talleres Fernández Llana, S.A."),
 O("Parque Científico Tecnológico de Gijón"), O("Government of the Principality of Asturias"),
 O("Agencia de Ciencia, Competitividad Empresarial e Innovación Asturiana", "SEKUENS"),
 O("Metaalunie Cluster Oost-Nederland"), O("Auditores del Norte, S.L.P."), O("Calderería Quirós, S.L."),
 O("ArcelorMittal Asturias"), O("Idesa Fabricación, S.L."), O("Universidad de Oviedo"), O("Fundación Idonial"),
 O("Mecanizados Nalón, S.L."), O("Soldaduras Técnicas del Cantábrico, S.L."), O("Hidrógeno Verde Gijón, S.A."),
], [
 E("Ordinary General Assembly", "2035-06-28", "2035-06-28", "Gijón", "Spain"),
 E("General Assembly", "2034-06-29", "2034-06-29", "Avilés", "Spain"),
 E("Asturias Metal Industry Week", "2034-11-06", "2034-11-10", "Avilés", "Spain"),
 E("business mission", None, None, "Esbjerg", "Denmark"),
 E("HEAVYMET-4.0 partner meeting", "2035-10-02", "2035-10-03", "Enschede", "Netherlands"),
 E("Asturias Metal Industry Week 2035", "2035-11-12", "2035-11-16", "Gijón", "Spain"),
], ["2035-06-28", "2034-06-29", "2034", "2035/2036", "2036", "2035/2039", "2034-11-06/2034-11-10", "2036/2039",
    "2035-10-02/2035-10-03", "2035-11-12/2035-11-16", "2035", "2036-01-01"], KM, pub=None)
