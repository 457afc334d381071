import docx, os
d = docx.Document()
d.add_heading("AeroSubalpina – Working Groups 2034–2035", 0)
d.add_paragraph("Composition approved by the Steering Board on 19 January 2034 · Version 2 of 07/03/2034 · for members only")
d.add_heading("1. Purpose", 1)
d.add_paragraph("AeroSubalpina, the aerospace association of Piedmont, organises its technical work in five working groups (WG). "
 "Each group has a chair and a co-chair from member organisations, a staff contact in the cluster office in Turin and an open list of members. "
 "Groups meet at least four times a year, normally at the Aerospace Hub in Corso Marche, Turin, or online. The mandate of this composition runs "
 "from 1 February 2034 to 31 January 2036.")
d.add_heading("2. Working groups, chairs and co-chairs", 1)
rows = [("WG", "Topic", "Chair", "Co-chair", "Staff contact"),
 ("WG1", "Space systems and small satellites", "Federico Gallo (Head of Systems Engineering, Orbitalia S.p.A.)", "Prof. Simona Bertone (Politecnico di Torino, DIMEAS)", "Davide Rinaldi"),
 ("WG2", "Sustainable aviation and hybrid-electric propulsion", "Elena Caruso (Chief Technology Officer, Propulsa S.r.l.)", "Marco De Lorenzi (Motori Canavese S.p.A.)", "Davide Rinaldi"),
 ("WG3", "Additive manufacturing and materials", "Dr. Paola Actis (R&D Director, Lamina3D S.r.l.)", "Gianluca Oddenino (Fondazione Istituto Materiali Avanzati, FIMA)", "Sara Borgogno"),
 ("WG4", "Digital engineering and MRO", "Andrea Viberti (Managing Director, Viberti Engineering S.r.l.)", "Francesca Lo Russo (Aerotech Caselle S.p.A.)", "Sara Borgogno"),
 ("WG5", "Skills and talent", "Roberta Chiadò (HR Director, Orbitalia S.p.A.)", "Matteo Barbero (ITS Aerospazio Piemonte)", "Ilaria Mo")]
t = d.add_table(rows=len(rows), cols=5); t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r): t.cell(i, j).text = c
d.add_heading("3. Members of the working groups (as of 7 March 2034)", 1)
d.add_paragraph("WG1 – Space systems and small satellites:")
for x in ["Orbitalia S.p.A. – Federico Gallo, Chiara Ponzetto", "Politecnico di Torino – Simona Bertone, Luigi Ferrero",
          "Stellaris Components S.r.l. – Nicolò Audisio, CEO", "Agenzia Spaziale Italiana (ASI) – observer: Giorgio Mantovani"]:
    d.add_paragraph(x, style="List Bullet")
d.add_paragraph("WG2 – Sustainable aviation and hybrid-electric propulsion:")
for x in ["Propulsa S.r.l. – Elena Caruso", "Motori Canavese S.p.A. – Marco De Lorenzi, Valentina Rosso",
          "Università degli Studi di Torino, Department of Chemistry – Prof. Karim Benslimane", "Torino Airport Services S.p.A. – Luca Ghiglione"]:
    d.add_paragraph(x, style="List Bullet")
d.add_paragraph("WG3 – Additive manufacturing and materials:")
for x in ["Lamina3D S.r.l. – Paola Actis", "FIMA – Gianluca Oddenino", "Metalli Val Susa S.p.A. – Enrico Re, quality manager",
          "Polveri Tecniche Biellesi S.r.l. – Anna-Lisa von Wartburg"]:
    d.add_paragraph(x, style="List Bullet")
d.add_paragraph("WG4 – Digital engineering and MRO: Viberti Engineering S.r.l. – Andrea Viberti; Aerotech Caselle S.p.A. – Francesca Lo Russo, "
 "Stefano Gili; Dataquota S.r.l. – Irene Mussino; CSI Piemonte – Alberto Gentile.")
d.add_paragraph("WG5 – Skills and talent: Orbitalia S.p.A. – Roberta Chiadò; ITS Aerospazio Piemonte – Matteo Barbero; Regione Piemonte, "
 "Direzione Istruzione, Formazione e Lavoro – Laura Pautasso; Unione Industriali Torino – Giorgio Lanza.")
d.add_heading("4. Changes since version 1", 1)
for x in ["WG2: Marco De Lorenzi replaces Tommaso Ghione (retired on 31 January 2034) as co-chair.",
          "WG4: the former chair, Ugo Bersani (Aerotech Caselle S.p.A.), stepped down; Andrea Viberti was appointed chair by the Steering Board on 19 January 2034.",
          "WG5 is new; it takes over the tasks of the former Education Task Force."]:
    d.add_paragraph(x, style="List Number")
d.add_heading("5. Calendar", 1)
d.add_paragraph("Joint plenary of all working groups: 16 April 2034, Aerospace Hub, Turin. WG1 will meet during the Space Tech Expo Europe in Bremen "
 "(19–21 November 2034). WG2 holds an open workshop on hybrid-electric regional aircraft on 24 June 2034 in Turin. The next renewal of the working "
 "groups will be decided by the General Assembly in December 2035.")
d.add_paragraph("Contact: Ilaria Mo, Working Groups Coordinator, AeroSubalpina, Turin – wg@aerosubalpina.example")
d.save(os.path.dirname(os.path.abspath(__file__)) + "/../docs/AeroSubalpina_Working-Groups_2034-2035_v2.docx")
