"""04: a trade-mission programme day by day as Word (.docx table): a Salento (Lecce, Apulia) aerospace cluster's mission
to Montréal and Québec City."""
import os
from h import *
from docx import Document
from docx.shared import Pt
doc = Document()
st = doc.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10)
doc.add_paragraph("SALENTO AEROSPACE CLUSTER – S.C.A R.L.")
doc.add_heading("Trade mission to Québec (Canada) – Aerospace and MRO", level=1)
doc.add_paragraph(f"Montréal and Québec City, {wd(2034,5,8)} 8 – {wd(2034,5,12)} 12 May 2034")
doc.add_paragraph("Programme – version of 18 April 2034 (final unless otherwise communicated)")
doc.add_paragraph("The mission is organised by the Salento Aerospace Cluster (SAC) with the Montréal office of ICE – Italian Trade "
 "Agency and in cooperation with Aéro Montréal, the aerospace cluster of Québec. It is co-financed by the Apulia Region under the "
 "regional internationalisation programme. Eleven companies and two research groups from Apulia take part; their profiles "
 "were sent to the Canadian hosts on 4 April 2034.")
doc.add_heading("Delegation leaders", level=2)
for x in ["Avv. Giuseppe DE MATTEIS – President, Salento Aerospace Cluster",
          "Ing. Maria Grazia Lo Russo – mission coordinator, Salento Aerospace Cluster (mobile +39 333 000 4512)",
          "Prof. Antonio Dell'Anna – Department of Engineering for Innovation, University of Salento"]:
    doc.add_paragraph(x, style='List Bullet')
doc.add_heading("Day-by-day programme", level=2)
rows = [("Day / date", "Time", "Activity", "Place / notes"),
 (f"Day 1 – {wd(2034,5,8)} 8 May", "15:40", "Arrival at Montréal-Trudeau (flight from Rome via Toronto); transfer to hotel", "Hôtel Le Square Phillips"),
 ("", "19:00", "Welcome dinner with the Consul General of Italy in Montréal, Dr. Lorenzo Sabbatini", "Restaurant Il Campari Centre"),
 (f"Day 2 – {wd(2034,5,9)} 9 May", "08:30", "Market briefing: the Québec aerospace supply chain – Francesca Scardino, trade analyst, ICE – Italian Trade Agency", "ICE office, 1 Place Ville Marie"),
 ("", "10:00", "Presentation of Aéro Montréal and of the MACH supplier programme – Mélanie Côté-Gagnon, Director, International Affairs, Aéro Montréal", "Aéro Montréal"),
 ("", "13:30–18:00", "B2B meetings with prime contractors and tier-1 suppliers (pre-scheduled, 30 minutes each)", "Centre Sheraton, rooms Mont-Royal A–C"),
 (f"Day 3 – {wd(2034,5,10)} 10 May", "09:00", "Company visit: Bombardier Aviation, final assembly line (passports required, list closed on 24 April)", "Dorval"),
 ("", "14:00", "Site visit: CAE Inc. training centre and simulator production", "Saint-Laurent"),
 ("", "18:30", "Networking reception of the Italian Chamber of Commerce in Canada with members of the Italian-Canadian business community", "Chamber premises, rue Saint-Jacques"),
 (f"Day 4 – {wd(2034,5,11)} 11 May", "07:30", "Train to Québec City", "Gare Centrale"),
 ("", "11:00", "Meeting at Investissement Québec on investment and joint R&D support, with Jean-Philippe Tremblay, Advisor, Aerospace", "Québec City"),
 ("", "14:30", "Visit to the National Optics Institute (INO) – photonics for aircraft inspection", "Québec City"),
 ("", "17:00", "Return to Montréal", ""),
 (f"Day 5 – {wd(2034,5,12)} 12 May", "09:30", "Debriefing of the delegation and follow-up planning, chaired by Giuseppe De Matteis", "hotel"),
 ("", "12:00", "Free time; departures from 16:00", "")]
tb = doc.add_table(rows=len(rows), cols=4); tb.style = 'Table Grid'
for i, r in enumerate(rows):
    for j, c in enumerate(r): tb.cell(i, j).text = c
doc.add_heading("Participating organisations", level=2)
doc.add_paragraph("Companies: Avionica Salentina S.r.l. (Lecce), Leuca Composites S.r.l. (Tricase), MRO Adriatica S.p.A. (Brindisi), "
 "Tecnomec Galatina S.r.l., Sky Data Lab S.r.l. (Surbo), Idrosistemi Puglia S.r.l., Grottaglie Test Services S.r.l., "
 "Aerocoat Sud S.r.l., Precisione Meccanica Nardò S.n.c., Salento Drones S.r.l. and Lamiere Speciali Taranto S.p.A. "
 "Research: University of Salento (Department of Engineering for Innovation) and the Politecnico di Bari.")
doc.add_heading("Practical information", level=2)
for x in ["Participants book their own flights; the cluster has reserved rooms at the group rate until 20 April 2034.",
          "An eTA (electronic travel authorisation) is required for entry to Canada.",
          "Business attire for Day 2 and Day 3; safety briefing at the Bombardier site is compulsory.",
          "Meeting requests for the B2B session can be changed until 2 May 2034 through Maria Grazia Lo Russo.",
          "Expense claims for the regional co-financing must be sent to the cluster by 30 June 2034."]:
    doc.add_paragraph(x, style='List Bullet')
doc.add_heading("Why Québec?", level=2)
doc.add_paragraph("Québec hosts one of the largest aerospace clusters in the world, with more than 200 companies around Montréal. "
 "The Salento Aerospace Cluster signed a memorandum of understanding with Aéro Montréal at the Paris Air Show in June 2033; this "
 "mission is its first joint action. A return visit of Québec suppliers to Apulia is planned for the Mediterranean Aerospace "
 "Matchmaking in Grottaglie in autumn 2034.")
doc.add_paragraph("Salento Aerospace Cluster S.c.a r.l. · Via Monteroni 165, 73100 Lecce · info@salentoaerospace.it")
fn = 'blind65_04_salento_quebec_mission.docx'
doc.save(os.path.join(B, 'docs', fn))
S = "Salento Aerospace Cluster"
gold(fn,
 [P("Giuseppe DE MATTEIS", "President", S), P("Maria Grazia Lo Russo", "mission coordinator", S),
  P("Antonio Dell'Anna", None, "University of Salento"), P("Lorenzo Sabbatini", "Consul General of Italy in Montréal", None),
  P("Francesca Scardino", "trade analyst", "ICE – Italian Trade Agency"), P("Mélanie Côté-Gagnon", "Director, International Affairs", "Aéro Montréal"),
  P("Jean-Philippe Tremblay", "Advisor, Aerospace", "Investissement Québec")],
 [O(S, "SAC"), O("ICE – Italian Trade Agency"), O("Aéro Montréal"), O("Apulia Region"), O("University of Salento"),
  O("Bombardier Aviation"), O("CAE Inc."), O("Italian Chamber of Commerce in Canada"), O("Investissement Québec"),
  O("National Optics Institute", "INO"), O("Avionica Salentina S.r.l."), O("Leuca Composites S.r.l."), O("MRO Adriatica S.p.A."),
  O("Tecnomec Galatina S.r.l."), O("Sky Data Lab S.r.l."), O("Idrosistemi Puglia S.r.l."), O("Grottaglie Test Services S.r.l."),
  O("Aerocoat Sud S.r.l."), O("Precisione Meccanica Nardò S.n.c."), O("Salento Drones S.r.l."), O("Lamiere Speciali Taranto S.p.A."),
  O("Politecnico di Bari"), O("Department of Engineering for Innovation")],
 [E("Trade mission to Québec (Canada) – Aerospace and MRO", "2034-05-08", "2034-05-12", "Montréal, Québec City", "Canada"),
  E("Welcome dinner", "2034-05-08", "2034-05-08", "Montréal", "Canada"),
  E("Market briefing: the Québec aerospace supply chain", "2034-05-09", "2034-05-09", "Montréal", "Canada"),
  E("B2B meetings", "2034-05-09", "2034-05-09", "Montréal", "Canada"),
  E("Company visit: Bombardier Aviation", "2034-05-10", "2034-05-10", "Dorval", "Canada"),
  E("Site visit: CAE Inc. training centre", "2034-05-10", "2034-05-10", "Saint-Laurent", "Canada"),
  E("Networking reception of the Italian Chamber of Commerce in Canada", "2034-05-10", "2034-05-10", "Montréal", "Canada"),
  E("Meeting at Investissement Québec", "2034-05-11", "2034-05-11", "Québec City", "Canada"),
  E("Visit to the National Optics Institute (INO)", "2034-05-11", "2034-05-11", "Québec City", "Canada"),
  E("Paris Air Show", "2033-06", "2033-06", "Paris", "France"),
  E("Mediterranean Aerospace Matchmaking", "2034", "2034", "Grottaglie", "Italy")],
 ["2034-05-08/2034-05-12", "2034-05-08", "2034-05-09", "2034-05-10", "2034-05-11", "2034-05-12", "2034-04-18", "2034-04-04",
  "2034-04-24", "2034-04-20", "2034-05-02", "2034-06-30", "2033-06", "2034"])
