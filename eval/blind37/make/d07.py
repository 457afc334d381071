from common import *
from docx import Document
doc = "Zapis_OC-meeting-3_Brno-Orbit-Days-2036.docx"
d = Document()
d.add_heading("Brno Orbit Days 2036 – Organising Committee", 0)
d.add_paragraph("Minutes of the 3rd meeting · 14 January 2036, 14:00–16:15 · Czech Space Cluster office, Technická 10, Brno, and online")
d.add_paragraph("Version: final, approved by e-mail on 21.01.2036")
d.add_heading("Present", 1)
for t in ["Ing. Petr NOVOTNÝ, Ph.D. – chair of the committee, managing director, Czech Space Cluster, z.s. (CSC)",
          "Mgr. Klára Dvořáková – event manager, CSC (minutes)",
          "doc. Ing. Jan Holub – Brno University of Technology, Faculty of Electrical Engineering and Communication",
          "Ing. Lucie Marešová – head of marketing, OrbiTech a.s.",
          "Radek Šimek – South Moravian Innovation Centre (JIC)",
          "Eva Königová – CzechInvest, regional office Brno (online)"]:
    d.add_paragraph(t, style="List Bullet")
d.add_paragraph("Apologies: Tomáš Bláha (City of Brno).")
d.add_heading("1. Dates and venue", 1)
d.add_paragraph("The committee confirmed that the Brno Orbit Days 2036 will take place on 16–17 June 2036 at the "
                "Brno Exhibition Centre, Pavilion P, in parallel with the last day of the Czech Space Week. The "
                "gala evening with the Czech Space Award ceremony will be held on 16 June at Villa Löw-Beer. "
                "The alternative dates of 23–24 June 2036 are released.")
d.add_heading("2. Programme", 1)
d.add_paragraph("Mr Novotný presented the draft programme: opening plenary with the European Space Agency (ESA) and "
                "the Ministry of Transport, four tracks (Earth observation for agriculture; small satellites; space "
                "components and testing; downstream start-ups) and a B2B session run with the Enterprise Europe "
                "Network. Ms Marešová asked for a slot on space-grade electronics testing; agreed.")
d.add_paragraph("Doc. Holub offered the university's new clean room for a guided visit on the morning of 18 June 2036. "
                "The committee welcomed the offer; the visit will be optional and limited to 30 people.")
d.add_heading("3. Budget and partners", 1)
d.add_paragraph("The budget of CZK 2.4 million was confirmed. Ms Königová informed the committee that CzechInvest "
                "will finance the foreign buyers' programme. JIC will run the start-up pitch competition.")
d.add_heading("4. Milestones", 1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Milestone", "Deadline", "Responsible"]):
    c.text = h
rows = [("Call for speakers opens", "1 February 2036", "K. Dvořáková"),
        ("Call for speakers closes", "15.03.2036", "K. Dvořáková"),
        ("Programme published", "end of March 2036", "P. Novotný"),
        ("Registration opens", "1 April 2036", "CSC"),
        ("Czech Space Award nominations close", "30 April 2036", "L. Marešová"),
        ("Early-bird fee ends", "15 May 2036", "CSC"),
        ("B2B booking closes", "9 June 2036", "EEN / JIC"),
        ("Final report to sponsors", "31 July 2036", "K. Dvořáková")]
for r in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, r): c.text = v
d.add_heading("5. Decisions and action points", 1)
for t2 in ["The committee approved the two-day format and the venue.",
           "K. Dvořáková will send the call for speakers to all members by 1 February.",
           "R. Šimek will propose the jury of the pitch competition at the next meeting.",
           "P. Novotný will write to the Ministry of Transport to invite the minister to the opening."]:
    d.add_paragraph(t2, style="List Number")
d.add_heading("6. Next meeting", 1)
d.add_paragraph("The 4th meeting of the organising committee will be held on 11 February 2036 at 14:00 at JIC, "
                "U Vodárny 2a, Brno.")
d.add_paragraph("Minutes: Klára Dvořáková · Approved: Petr Novotný")
d.save(f"{B}/docs/{doc}")
gold(doc, None,
 [P("Petr NOVOTNÝ","chair of the committee","Czech Space Cluster, z.s."),
  P("Klára Dvořáková","event manager","CSC"),
  P("Jan Holub",None,"Brno University of Technology"),
  P("Lucie Marešová","head of marketing","OrbiTech a.s."),
  P("Radek Šimek",None,"South Moravian Innovation Centre"),
  P("Eva Königová",None,"CzechInvest"),
  P("Tomáš Bláha",None,"City of Brno")],
 [O("Czech Space Cluster, z.s.","CSC"), O("Brno University of Technology"),
  O("Faculty of Electrical Engineering and Communication"), O("OrbiTech a.s."),
  O("South Moravian Innovation Centre","JIC"), O("CzechInvest"), O("City of Brno"),
  O("European Space Agency","ESA"), O("Ministry of Transport"), O("Enterprise Europe Network","EEN")],
 [E("Organising Committee meeting","2036-01-14",None,"Brno","Czech Republic"),
  E("Brno Orbit Days 2036","2036-06-16","2036-06-17","Brno","Czech Republic"),
  E("Czech Space Week",None,"2036-06-17",None,None),
  E("Czech Space Award ceremony","2036-06-16",None,"Brno","Czech Republic"),
  E("guided visit of the clean room","2036-06-18",None,None,None),
  E("4th meeting of the organising committee","2036-02-11",None,"Brno","Czech Republic")],
 ["2036-01-14","2036-01-21","2036-06-16/2036-06-17","2036-06-16","2036-06-23/2036-06-24","2036-06-18",
  "2036-02-01","2036-03-15","2036-03","2036-04-01","2036-04-30","2036-05-15","2036-06-09","2036-07-31","2036-02-11"])
