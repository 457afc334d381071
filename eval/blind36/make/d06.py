from common import *
import docx, os
d = docx.Document()
d.add_heading("Valle dell'Idrogeno Trentina – H2 Alpine Valley Cluster", 0)
d.add_paragraph("Steering Group: composition for the mandate 2035–2037")
d.add_paragraph("Document SG/2035/01 – approved by the Assembly of Members on 27 January 2035, Trento. Version 1.2 of 04.02.2035.")
d.add_heading("1. Role of the Steering Group", 1)
d.add_paragraph("The Steering Group sets the annual work plan of the cluster, approves new members and projects, and "
 "follows the implementation of the Trentino hydrogen valley roadmap adopted in 2033. It meets at least four times a "
 "year. Each full member has a named deputy, who attends and votes when the member cannot. Deputies receive all papers.")
d.add_heading("2. Members and deputies", 1)
rows = [("Seat","Full member","Deputy"),
 ("Chair (industry)","Federica Zanoni, CEO, Dolomiti H2 Energia SpA","Stefano Pedrotti, Head of Engineering, Dolomiti H2 Energia SpA"),
 ("Vice-Chair (research)","Prof. Matteo Dalla Torre, Director, Centre for Sustainable Energy, Fondazione Bruno Kessler (FBK)","Giulia Tomasi, senior researcher, FBK"),
 ("Public authority","Anna Maria Pisetta, Head of the Energy Department, Provincia autonoma di Trento","Luca Bertolini, officer, same department"),
 ("University","Prof. Roberto Di Giacomo, Department of Industrial Engineering, University of Trento","Chiara Endrizzi, research fellow, University of Trento"),
 ("Mobility","Paolo Zeni, Fleet Director, Trentino Trasporti S.p.A.","Martina Fedrizzi, innovation manager, Trentino Trasporti S.p.A."),
 ("SMEs","Hannes Oberhofer, managing director, Oberhofer Kompressoren GmbH (Bolzano)","Silvia Valentini, owner, Valentini Valvole S.r.l."),
 ("Finance","Davide Cont, Head of Corporate Banking, Cassa Rurale Alta Valle","vacant – to be appointed by 31 March 2035"),
]
t = d.add_table(rows=len(rows), cols=3)
t.style = 'Table Grid'
for i,r in enumerate(rows):
    for j,c in enumerate(r): t.cell(i,j).text = c
d.add_heading("3. Permanent guests (no vote)", 1)
for s in ["Hubert von Kessel, Hydrogen Europe Research regional liaison (observer)",
          "Trentino Sviluppo S.p.A. – represented by Elisa Paoli, cluster support manager",
          "Cluster secretariat: Marco Dallapiccola, cluster manager, and Sara Leonardi, project officer"]:
    d.add_paragraph(s, style='List Bullet')
d.add_heading("4. Meetings 2035", 1)
d.add_paragraph("The Steering Group will meet on 12 March 2035 (Rovereto, Progetto Manifattura), 11 June 2035 (online), "
 "17 September 2035 (Bolzano, NOI Techpark, joint session with the South Tyrol hydrogen partners) and 3 December 2035 (Trento). "
 "The Hydrogen Valley Day for members and the public is planned for 16 May 2035 in Trento.")
d.add_heading("5. Contacts", 1)
d.add_paragraph("Secretariat: Marco Dallapiccola, +39 0461 000 400, segreteria@h2alpinevalley.example")
fn = "H2AV_Steering-Group_composition_2035-2037.docx"
d.save(os.path.join(B,'docs',fn))
C="Valle dell'Idrogeno Trentina – H2 Alpine Valley Cluster"
write(fn, None,
 [P("Federica Zanoni","Chair",C),P("Stefano Pedrotti","Head of Engineering","Dolomiti H2 Energia SpA"),
  P("Matteo Dalla Torre","Vice-Chair",C),P("Giulia Tomasi","senior researcher","FBK"),
  P("Anna Maria Pisetta","Head of the Energy Department","Provincia autonoma di Trento"),
  P("Luca Bertolini","officer","Provincia autonoma di Trento"),
  P("Roberto Di Giacomo",None,"University of Trento"),P("Chiara Endrizzi","research fellow","University of Trento"),
  P("Paolo Zeni","Fleet Director","Trentino Trasporti S.p.A."),P("Martina Fedrizzi","innovation manager","Trentino Trasporti S.p.A."),
  P("Hannes Oberhofer","managing director","Oberhofer Kompressoren GmbH"),P("Silvia Valentini","owner","Valentini Valvole S.r.l."),
  P("Davide Cont","Head of Corporate Banking","Cassa Rurale Alta Valle"),
  P("Hubert von Kessel","regional liaison","Hydrogen Europe Research"),
  P("Elisa Paoli","cluster support manager","Trentino Sviluppo S.p.A."),
  P("Marco Dallapiccola","cluster manager",C),P("Sara Leonardi","project officer",C)],
 [O(C),O("Dolomiti H2 Energia SpA"),O("Fondazione Bruno Kessler","FBK"),O("Centre for Sustainable Energy"),
  O("Provincia autonoma di Trento"),O("University of Trento"),O("Department of Industrial Engineering"),
  O("Trentino Trasporti S.p.A."),O("Oberhofer Kompressoren GmbH"),O("Valentini Valvole S.r.l."),O("Cassa Rurale Alta Valle"),
  O("Hydrogen Europe Research"),O("Trentino Sviluppo S.p.A.")],
 [E("Assembly of Members","2035-01-27","2035-01-27","Trento","Italy"),
  E("Steering Group meeting","2035-03-12","2035-03-12","Rovereto","Italy"),
  E("Steering Group meeting","2035-06-11","2035-06-11",None,None),
  E("Steering Group meeting","2035-09-17","2035-09-17","Bolzano","Italy"),
  E("Steering Group meeting","2035-12-03","2035-12-03","Trento","Italy"),
  E("Hydrogen Valley Day","2035-05-16","2035-05-16","Trento","Italy")],
 ["2035/2037","2035-01-27","2035-02-04","2033","2035-03-31","2035-03-12","2035-06-11","2035-09-17","2035-12-03","2035-05-16","2035"])
