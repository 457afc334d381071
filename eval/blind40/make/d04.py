from common import *
from docx import Document
fn = "CIRCTEX_consortium-contact-list_v3.docx"
doc = Document()
doc.add_heading("CIRCTEX – Circular Textiles Valley", 0)
doc.add_paragraph("Horizon Europe Grant Agreement No. 101299871 · Consortium contact list · Version 3 · 08/10/2032")
doc.add_paragraph("Prepared by the Coordination Office at the North Portugal Textile Cluster Association (ATN), Vila Nova de Famalicão, Portugal. "
 "Internal document – please do not forward outside the consortium. Changes since version 2 are listed at the end.")
doc.add_heading("1. Project management", 1)
doc.add_paragraph("Project Coordinator: Marta Sousa Magalhães, ATN (Portugal)")
doc.add_paragraph("Project Manager: João Pedro Carvalheira, ATN (Portugal)")
doc.add_paragraph("Financial Officer: Rita Fonseca, ATN (Portugal)")
doc.add_paragraph("EU Project Officer: Dimitrios Karamanlis-Weber, European Health and Digital Executive Agency (HaDEA)")
doc.add_paragraph("The project started on 1 June 2032 and ends on 31 May 2036. The kick-off meeting was held in Guimarães on "
 "19–20 June 2032; the first General Assembly will be hosted by Sieć Włókiennicza Łódź in Łódź on 15–16 March 2033.")
doc.add_heading("2. Partners and contact persons", 1)
rows = [
 ("No.", "Partner", "Country", "Contact person", "Role in CIRCTEX"),
 ("1", "Associação Têxtil do Norte (ATN)", "Portugal", "Marta Sousa Magalhães", "Coordinator; WP1 leader"),
 ("2", "Universidade do Minho – Centro de Ciência e Tecnologia Têxtil (2C2T)", "Portugal", "Prof. Nuno Amaral Teixeira", "WP2 leader (fibre-to-fibre recycling)"),
 ("3", "Fiação Ribeiro & Filhos, S.A.", "Portugal", "Catarina Ribeiro", "Industrial pilot, spinning"),
 ("4", "Sieć Włókiennicza Łódź Sp. z o.o.", "Poland", "Agnieszka Wróblewska-Nowak", "WP3 leader (sorting hubs)"),
 ("5", "Politechnika Łódzka", "Poland", "dr inż. Paweł Szczepański", "Life-cycle assessment"),
 ("6", "Réseau Textile Hauts-de-France", "France", "Élodie Marchand-Lefebvre", "WP4 leader (design for circularity)"),
 ("7", "Tessitura Bergonzi SpA", "Italy", "Giulio Bergonzi", "Industrial pilot, weaving"),
 ("8", "Ecoloop Hellas IKE", "Greece", "Eleftheria Papanikolaou", "Digital product passport"),
 ("9", "Cork Circular Design Ltd", "Ireland", "Siobhán Ní Bhriain", "WP5 leader (communication & exploitation)"),
 ("10", "Textile Cluster Timișoara", "Romania", "Andrei Munteanu", "Regional replication"),
]
tb = doc.add_table(rows=len(rows), cols=5)
tb.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        tb.cell(i, j).text = c
doc.add_heading("3. Deputies", 1)
for s in ["ATN: João Pedro Carvalheira (deputy for Marta Sousa Magalhães)",
          "Universidade do Minho: Dr. Inês Lobo (postdoctoral researcher)",
          "Sieć Włókiennicza Łódź: Tomasz Kaczmarek, Head of Operations",
          "Réseau Textile Hauts-de-France: Hugo Van Acker, innovation officer",
          "Tessitura Bergonzi: Francesca Colombo, R&D manager"]:
    doc.add_paragraph(s, style="List Bullet")
doc.add_heading("4. Governance bodies", 1)
doc.add_paragraph("The General Assembly consists of one representative per partner (the contact persons above). "
 "The Executive Board is made up of the coordinator and the five WP leaders and meets online every month. "
 "The External Advisory Board is chaired by Mette Kjærgaard Holm (Nordic Textile Reuse Alliance) and includes "
 "Dr. Fernando Aguilar Rey (independent expert) and Birgit van der Linde (EURATEX).")
doc.add_heading("5. Communication rules", 1)
doc.add_paragraph("All partners are asked to use the consortium mailing list only for matters that concern the whole "
 "consortium. Questions on a single work package go to the WP leader named in the table above, with the Project "
 "Manager in copy. Financial questions, amendments and requests for budget transfers are handled exclusively by the "
 "Financial Officer. Deliverables are uploaded to the shared project platform at least ten working days before their "
 "due date for internal review; the coordinator submits them to the Agency.")
for s2 in ["Use the subject prefix [CIRCTEX] and the WP number in every e-mail.",
           "Acknowledge the EU funding and use the project logo in all publications and presentations.",
           "Inform the Project Manager at least 30 days before any publication that uses project results.",
           "Update your contact details in this list whenever staff change; the coordinator circulates a new version."]:
    doc.add_paragraph(s2, style="List Bullet")
doc.add_heading("6. Changes since version 2 (14/07/2032)", 1)
for s in ["Partner 8: Eleftheria Papanikolaou replaces Kostas Draganidis, who has left Ecoloop Hellas IKE.",
          "Partner 6: new e-mail domain for all staff of Réseau Textile Hauts-de-France.",
          "Partner 10: Andrei Munteanu confirmed as contact person from 1 October 2032."]:
    doc.add_paragraph(s, style="List Bullet")
doc.add_paragraph("Please send corrections to the Project Manager. Next update planned for January 2033.")
import os
doc.save(f"{B}/docs/{fn}")
write_gold(fn, None, [
 P("Marta Sousa Magalhães", "Project Coordinator", "ATN"),
 P("João Pedro Carvalheira", "Project Manager", "ATN"),
 P("Rita Fonseca", "Financial Officer", "ATN"),
 P("Dimitrios Karamanlis-Weber", "EU Project Officer", "European Health and Digital Executive Agency"),
 P("Nuno Amaral Teixeira", "WP2 leader", "Universidade do Minho – Centro de Ciência e Tecnologia Têxtil"),
 P("Catarina Ribeiro", None, "Fiação Ribeiro & Filhos, S.A."),
 P("Agnieszka Wróblewska-Nowak", "WP3 leader", "Sieć Włókiennicza Łódź Sp. z o.o."),
 P("Paweł Szczepański", None, "Politechnika Łódzka"),
 P("Élodie Marchand-Lefebvre", "WP4 leader", "Réseau Textile Hauts-de-France"),
 P("Giulio Bergonzi", None, "Tessitura Bergonzi SpA"),
 P("Eleftheria Papanikolaou", None, "Ecoloop Hellas IKE"),
 P("Siobhán Ní Bhriain", "WP5 leader", "Cork Circular Design Ltd"),
 P("Andrei Munteanu", None, "Textile Cluster Timișoara"),
 P("Inês Lobo", "postdoctoral researcher", "Universidade do Minho"),
 P("Tomasz Kaczmarek", "Head of Operations", "Sieć Włókiennicza Łódź"),
 P("Hugo Van Acker", "innovation officer", "Réseau Textile Hauts-de-France"),
 P("Francesca Colombo", "R&D manager", "Tessitura Bergonzi"),
 P("Mette Kjærgaard Holm", None, "Nordic Textile Reuse Alliance"),
 P("Fernando Aguilar Rey", "independent expert", None),
 P("Birgit van der Linde", None, "EURATEX"),
 P("Kostas Draganidis", None, "Ecoloop Hellas IKE"),
],[
 O("Associação Têxtil do Norte", "ATN"),
 O("European Health and Digital Executive Agency", "HaDEA"),
 O("Universidade do Minho"), O("Centro de Ciência e Tecnologia Têxtil", "2C2T"),
 O("Fiação Ribeiro & Filhos, S.A."), O("Sieć Włókiennicza Łódź Sp. z o.o."), O("Politechnika Łódzka"),
 O("Réseau Textile Hauts-de-France"), O("Tessitura Bergonzi SpA"), O("Ecoloop Hellas IKE"),
 O("Cork Circular Design Ltd"), O("Textile Cluster Timișoara"), O("Nordic Textile Reuse Alliance"), O("EURATEX"),
],[
 E("kick-off meeting", "2032-06-19", "2032-06-20", "Guimarães", "Portugal"),
 E("first General Assembly", "2033-03-15", "2033-03-16", "Łódź", "Poland"),
],["2032-10-08","2032-06-01/2036-05-31","2032-06-19/2032-06-20","2033-03-15/2033-03-16","2032-07-14","2032-10-01","2033-01"])
