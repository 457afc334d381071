from common import *
from docx import Document
doc = "Concept_note_Fossil-free_Mining_Day_2032.docx"
d = Document()
d.add_heading("Concept note", 0)
d.add_paragraph("Fossil-free Mining Day 2032 – Electrified haulage and the Nordic supply chain")
d.add_paragraph("Organiser: NorrMin – Mining Technology Cluster of Norrbotten\nDate: 23 September 2032\nPlace: Kulturens hus, Luleå, Sweden\nVersion 2, 12 May 2032 – prepared by Karin Lindqvist-Öberg, project leader, NorrMin")
d.add_heading("1. Background", 1)
d.add_paragraph("NorrMin gathers 95 suppliers, mining companies and research groups in Norrbotten and Västerbotten. Since the "
 "cluster was founded in 2019 its members have tested battery-electric loaders, trolley assist and hydrogen-ready "
 "drilling rigs. The Fossil-free Mining Day is the cluster's yearly meeting place between mine operators and "
 "small technology suppliers. The 2031 edition in Kiruna gathered 180 participants.")
d.add_heading("2. Objectives", 1)
for t in ["present results of three member pilots in underground electrification",
          "connect SMEs with the procurement departments of the large mine operators",
          "prepare a joint cluster position for the Swedish mineral strategy consultation in autumn 2032",
          "launch the cross-border cooperation with the Finnish cluster Tunturi Kaivosklusteri ry"]:
    d.add_paragraph(t, style="List Bullet")
d.add_heading("Expected results", 2)
d.add_paragraph("At least 40 pre-booked procurement meetings, three follow-up pilots between SMEs and mine operators, and a "
 "short position paper that the board can send to the ministry. The day should also show young engineers that the "
 "mining supply chain offers careers in electrification, software and automation, not only in heavy machinery. "
 "Students will be invited free of charge and a small job corner will be set up in the foyer.")
d.add_heading("3. Target group", 1)
d.add_paragraph("About 200 participants: mine operators, OEMs, SMEs, researchers from Luleå University of Technology (LTU), "
 "regional authorities (Region Norrbotten) and the Swedish Energy Agency.")
d.add_heading("4. Draft agenda", 1)
rows = [("Time","Session","Speaker / responsible"),
 ("09:00","Registration and coffee","NorrMin secretariat"),
 ("09:30","Welcome","Anders Nilsson Pekkari, chairman of the board, NorrMin"),
 ("09:45","Keynote: Electrified haulage at 1,000 metres","Maria Sundqvist, Vice President Operations, Malmberget Gruv AB"),
 ("10:30","Pilot results: battery loaders, trolley assist, hydrogen rigs","Ola Jonsson (LTU); Erik Strand, CTO, VoltDrill AB"),
 ("11:30","Procurement speed-dating","Peter Mäkinen, procurement manager, Malmberget Gruv AB"),
 ("13:00","Nordic panel: one supply chain across the border","Sari Heikkilä-Rautio, director, Tunturi Kaivosklusteri ry"),
 ("14:30","Signing of the NorrMin – Tunturi Kaivosklusteri memorandum","Both chairs"),
 ("15:00","Closing and outlook","Karin Lindqvist-Öberg")]
t = d.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        t.cell(i, j).text = c
d.add_heading("5. Budget and timeline", 1)
d.add_paragraph("Estimated cost: SEK 650,000, of which 40% from sponsorship. Invitations go out on 15 June 2032; "
 "registration closes on 9 September 2032. A preparatory call with the Finnish partners is planned for 24 August 2032 "
 "(online). An evaluation report will be sent to the board by 31 October 2032.")
d.add_heading("6. Related events", 1)
d.add_paragraph("The day is scheduled back-to-back with the Nordic Mining Suppliers Meeting in Rovaniemi on 24–25 September 2032, to which a NorrMin "
 "delegation travels by bus.")
d.save(f"{B}/docs/{doc}")
gold(doc, None,
 [P("Karin Lindqvist-Öberg","project leader","NorrMin"), P("Anders Nilsson Pekkari","chairman of the board","NorrMin"),
  P("Maria Sundqvist","Vice President Operations","Malmberget Gruv AB"), P("Ola Jonsson",None,"LTU"),
  P("Erik Strand","CTO","VoltDrill AB"), P("Peter Mäkinen","procurement manager","Malmberget Gruv AB"),
  P("Sari Heikkilä-Rautio","director","Tunturi Kaivosklusteri ry")],
 [O("NorrMin – Mining Technology Cluster of Norrbotten","NorrMin"), O("Tunturi Kaivosklusteri ry"), O("Luleå University of Technology","LTU"),
  O("Region Norrbotten"), O("Swedish Energy Agency"), O("Malmberget Gruv AB"), O("VoltDrill AB")],
 [E("Fossil-free Mining Day 2032","2032-09-23","2032-09-23","Luleå","Sweden"),
  E("2031 edition","2031","2031","Kiruna","Sweden"),
  E("preparatory call with the Finnish partners","2032-08-24","2032-08-24",None,None),
  E("Nordic Mining Suppliers Meeting","2032-09-24","2032-09-25","Rovaniemi","Finland")],
 ["2032-09-23","2032-05-12","2019","2032","2032-06-15","2032-09-09","2032-08-24","2032-10-31","2032-09-24/2032-09-25"], [])
