from g import *
import docx
N = "WG-Skills_minutes_2034-02-06.docx"
d = docx.Document()
d.add_heading("BioWallonie Cluster – Working Group \"Skills & Talent\"", 1)
d.add_paragraph("Minutes of the 3rd meeting, 6 February 2034, 10:00–12:30, GIGA building, Liège (hybrid)")
d.add_heading("Members present", 2)
t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
for i, h in enumerate(["Name", "Organisation", "Function in the WG"]): t.rows[0].cells[i].text = h
rows = [("Valérie Dumont", "Biosynth Liège SA", "Chair"), ("Olivier Lambotte", "BioWallonie", "Secretary"),
        ("Nathalie Vandenplas", "Université de Liège (ULiège)", "Member"), ("Karim Benali", "Cellvia SRL", "Member"),
        ("Isabelle Gérard", "Forem", "Member"), ("Thibault de Wasseige", "Haute École de la Province de Liège", "Member"),
        ("Anke Janssens", "Pharmaflux BV", "Member (online)")]
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r): c[i].text = v
d.add_paragraph("Excused: Marc Renard (WalBiotech Academy).")
d.add_heading("1. Review of the skills survey", 2)
d.add_paragraph("Olivier Lambotte presented the results of the member survey closed on 15 January 2034 (54 replies). "
 "The most wanted profiles are QC analysts, bioprocess operators and regulatory affairs specialists. "
 "Members agreed that the shortage of operators is the most urgent issue for 2034.")
d.add_heading("2. Bioprocess operator training", 2)
d.add_paragraph("Isabelle Gérard explained that Forem can co-finance a 12-week course from September 2034 if at least 15 trainees are guaranteed by the companies.")
d.add_heading("Action items", 2)
for a in ["Olivier Lambotte to circulate the survey report to all members by 20 February 2034",
          "Valérie Dumont and Karim Benali to collect trainee commitments from companies by 31 March 2034",
          "Nathalie Vandenplas to check whether ULiège can host the practical modules in its pilot hall",
          "All members to promote the Biotech Job Day on 14 May 2034 in Gosselies"]:
    d.add_paragraph(a, style='List Bullet')
d.add_paragraph("Next meeting: 24 April 2034, online.")
d.save(f"{B}/docs/{N}")
gold(N, None,
 [P("Valérie Dumont","Chair","BioWallonie"), P("Olivier Lambotte","Secretary","BioWallonie"),
  P("Nathalie Vandenplas",None,"Université de Liège"), P("Karim Benali",None,"Cellvia SRL"), P("Isabelle Gérard",None,"Forem"),
  P("Thibault de Wasseige",None,"Haute École de la Province de Liège"), P("Anke Janssens",None,"Pharmaflux BV"),
  P("Marc Renard",None,"WalBiotech Academy")],
 [O("BioWallonie Cluster"), O("Biosynth Liège SA"), O("Université de Liège","ULiège"), O("Cellvia SRL"), O("Forem"),
  O("Haute École de la Province de Liège"), O("Pharmaflux BV"), O("WalBiotech Academy")],
 [E("3rd meeting of the Working Group \"Skills & Talent\"","2034-02-06","2034-02-06","Liège","Belgium"),
  E("Biotech Job Day","2034-05-14","2034-05-14","Gosselies","Belgium"),
  E("Next meeting","2034-04-24","2034-04-24",None,None)],
 ["2034-02-06","2034-01-15","2034","2034-09","2034-02-20","2034-03-31","2034-05-14","2034-04-24"], [])
