from docx import Document
d = Document()
d.add_heading("VOLTAMAZ – Flexible Local Energy Communities for Masovia", 0)
d.add_paragraph("Work package leaders and deputies – version 3.1, 09/01/2034")
d.add_paragraph("Grant period: 1 October 2032 – 30 September 2036. Coordinator: Klaster Energii Mazowsze (KEM), Warsaw. Document owner: Project Management Office, contact Aleksandra Wiśniewska-Kur, Project Coordinator.")
d.add_heading("1. Purpose of this document", 1)
d.add_paragraph("This document lists the leader and the deputy of each VOLTAMAZ work package (WP) with their organisations. It replaces version 3.0 of 14/06/2033. The leaders form the Project Management Board (PMB), which is chaired by the Project Coordinator and meets every two months; deputies attend when the leader is absent. Changes are approved by the General Assembly of partners, which last met on 5–6 December 2033 in Płock.")
d.add_heading("2. Work package leaders and deputies", 1)
rows = [("WP","Title","Leader (organisation)","Deputy (organisation)","Months"),
("WP1","Project management and coordination","Aleksandra Wiśniewska-Kur (KEM)","Bartłomiej Zając (KEM)","1–48"),
("WP2","Community energy needs and user research","dr Joanna Malinowska (SGGW Warsaw University of Life Sciences)","Ewa Dudek-Lis (Fundacja Wspólna Energia)","1–18"),
("WP3","Flexibility platform and data architecture","Kacper Sobczak, CTO (GridMosaic Sp. z o.o.)","Mikko Rautiola (Valoverkko Oy)","4–40"),
("WP4","Pilot sites Płock, Siedlce and Ostrołęka","Marta Pawlak-Nowicka (Mazowsze Sieci Dystrybucja Sp. z o.o.)","Tomasz Grzyb (Gmina Siedlce)","10–44"),
("WP5","Business models and regulatory sandbox","prof. Jan Van den Broeck (Vrije Universiteit Brussel)","Katarzyna Rój (KEM)","6–42"),
("WP6","Skills, replication and outreach","Paulina Szymańska (Mazowiecka Agencja Energetyczna)","Inés Castañeda Ruiz (Clúster de Energía de Castilla-La Mancha)","1–48"),
("WP7","Ethics and data protection","Bartłomiej Zając (KEM)","Aleksandra Wiśniewska-Kur (KEM)","1–48")]
t = d.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        t.cell(i, j).text = c
d.add_heading("2a. Responsibilities of leaders and deputies", 1)
d.add_paragraph("Work package leaders plan the tasks of their work package, assign effort to the contributing partners, monitor progress against the milestones of the Grant Agreement and report every six months to the Project Management Board. They are responsible for the quality and the timely submission of the deliverables of their work package and for flagging risks to the Project Coordinator as soon as they arise. Deputies stand in for the leader at meetings, co-sign the internal review of deliverables and take over the work package if the leader becomes unavailable for more than one month. Leader and deputy should come from different partner organisations wherever possible, so that no single partner controls the planning and the review of the same work package.")
d.add_paragraph("Each deliverable is reviewed by one partner that did not contribute to it. Review comments are returned within ten working days; the leader then prepares the final version for submission through the Funding and Tenders Portal. Disagreements that cannot be solved at work-package level are escalated to the Project Management Board and, if necessary, to the General Assembly.")
d.add_heading("3. Changes since version 3.0", 1)
d.add_paragraph("WP3: Kacper Sobczak replaces Adrian Lewicki, who left GridMosaic Sp. z o.o. in November 2033. Adrian remains on the Advisory Board as an external expert.", style="List Bullet")
d.add_paragraph("WP4: the deputy is now Tomasz Grzyb, head of the municipal energy office of Gmina Siedlce, replacing Renata Kowal (maternity leave until 31 March 2035).", style="List Bullet")
d.add_paragraph("WP6: the Castilla-La Mancha energy cluster took over as deputy after the withdrawal of the Portuguese partner EnerAlentejo, Lda. from the consortium on 30/11/2033.", style="List Bullet")
d.add_heading("4. Key meetings 2034", 1)
d.add_paragraph("PMB meetings (online): 15 January, 12 March, 14 May, 9 July, 10 September and 12 November 2034.", style="List Number")
d.add_paragraph("General Assembly and mid-term review with the Project Officer of CINEA: 17–18 April 2034, Warsaw (host: KEM, Centrum Nauki Kopernik conference rooms).", style="List Number")
d.add_paragraph("Community energy workshop with the pilot municipalities: 23 June 2034, Ostrołęka.", style="List Number")
d.add_paragraph("VOLTAMAZ at the European Sustainable Energy Week, Brussels, June 2034 (session proposal submitted).", style="List Number")
d.add_heading("5. Contacts", 1)
d.add_paragraph("Project Management Office: pmo@voltamaz.example. Financial questions: Bartłomiej Zając, Financial Officer, KEM. Communication: Zuzanna Kamińska, Communication Manager, Mazowiecka Agencja Energetyczna.")
d.add_paragraph("This project has received funding from the European Union's Horizon Europe research and innovation programme. Views and opinions expressed are those of the authors only.")
d.save("../docs/VOLTAMAZ_WP-leaders-deputies_v3.1.docx")
