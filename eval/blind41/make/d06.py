from common import save, B
import docx
d = docx.Document()
d.add_heading('LatFoton – Latvian Photonics and Optics Cluster', 0)
d.add_heading('Annual Work Plan 2032', 1)
d.add_paragraph('Approved by the Board on 9 December 2031 · Version 1.2 · Riga')
d.add_paragraph('Prepared by: Dace Kalniņa, cluster manager, with Edgars Ozoliņš, project coordinator.')
d.add_heading('1. Introduction', 2)
d.add_paragraph('LatFoton was founded in 2024 by nine companies and the Institute of Solid State Physics of the University of Latvia. '
 'It now counts 41 members, among them Lumetra SIA, Baltic Lens AS and OptoRīga SIA. The work plan for 2032 follows the cluster strategy 2031–2035 '
 'and is co-financed by the Investment and Development Agency of Latvia (LIAA) under the cluster programme.')
d.add_heading('2. Objectives for 2032', 2)
for t in ['Grow international sales of members by 10 % through two trade missions.',
          'Launch a shared clean-room booking service with the Institute of Solid State Physics.',
          'Train 60 engineers in laser safety and optical design.',
          'Prepare at least three Horizon Europe proposals with partner clusters.']:
    d.add_paragraph(t, style='List Bullet')
d.add_heading('3. Planned events by quarter', 2)
rows = [('Quarter','Event','Date','Place','Responsible'),
 ('Q1','General Meeting of members','24 February 2032','Riga','Dace Kalniņa'),
 ('Q1','Laser safety course (2 days)','March 2032','Riga','Edgars Ozoliņš'),
 ('Q2','Trade mission to LASER World of PHOTONICS','22–25 June 2032','Munich','Edgars Ozoliņš'),
 ('Q2','Baltic Photonics Day (with Lithuanian and Finnish clusters)','May 2032','Vilnius / online','Dace Kalniņa'),
 ('Q3','Summer school "Optics for Industry"','16.08.2032 – 20.08.2032','Ventspils','Ilze Bērziņa, Ventspils University of Applied Sciences'),
 ('Q3','Investor evening','September 2032','Riga','Edgars Ozoliņš'),
 ('Q4','Trade mission to Photonics West','January 2033 (preparation in Q4)','San Francisco','Dace Kalniņa'),
 ('Q4','Annual Cluster Forum 2032','26 November 2032','Riga','Dace Kalniņa')]
t = d.add_table(rows=len(rows), cols=5); t.style = 'Table Grid'
for i, r in enumerate(rows):
    for j, c in enumerate(r): t.cell(i, j).text = c
d.add_heading('Notes on the event plan', 3)
d.add_paragraph('The event plan is indicative. Dates of external fairs depend on the organisers and will be confirmed in the members\' newsletter. '
 'Trade missions are open to members only; each participating company covers its own travel costs, while the cluster covers the joint stand, '
 'the preparation workshops and the matchmaking services. Members are asked to express their interest at least eight weeks before each mission.')
d.add_paragraph('Training activities will be evaluated with a short questionnaire after each course. The results feed into the training offer for the following '
 'year. Where demand exceeds the number of places, priority is given to small companies and to members who have not yet taken part in a cluster course.')
d.add_heading('4. Budget', 2)
d.add_paragraph('The total budget for 2032 is EUR 286 000, of which 70 % LIAA support and 30 % membership fees. '
 'Membership fees for 2032 remain unchanged. The Board will review progress in July 2032.')
d.add_heading('5. Contacts', 2)
d.add_paragraph('Dace Kalniņa, cluster manager – dace@latfoton.example\nEdgars Ozoliņš, project coordinator – edgars@latfoton.example\n'
 'Chair of the Board: Jānis VĪTOLS, CEO, Lumetra SIA')
d.save(f'{B}/docs/LatFoton_Work-Plan_2032_v1.2.docx')
save('LatFoton_Work-Plan_2032_v1.2.docx', None,
 [("Dace Kalniņa","cluster manager","LatFoton"),("Edgars Ozoliņš","project coordinator","LatFoton"),
  ("Ilze Bērziņa",None,"Ventspils University of Applied Sciences"),("Jānis VĪTOLS","CEO","Lumetra SIA")],
 [("LatFoton – Latvian Photonics and Optics Cluster","LatFoton"),("Institute of Solid State Physics",None),("University of Latvia",None),
  ("Lumetra SIA",None),("Baltic Lens AS",None),("OptoRīga SIA",None),("Investment and Development Agency of Latvia","LIAA"),
  ("Ventspils University of Applied Sciences",None)],
 [("General Meeting of members","2032-02-24","2032-02-24","Riga","Latvia"),
  ("Laser safety course","2032-03","2032-03","Riga","Latvia"),
  ("LASER World of PHOTONICS","2032-06-22","2032-06-25","Munich","Germany"),
  ("Baltic Photonics Day","2032-05","2032-05","Vilnius","Lithuania"),
  ("Summer school \"Optics for Industry\"","2032-08-16","2032-08-20","Ventspils","Latvia"),
  ("Investor evening","2032-09","2032-09","Riga","Latvia"),
  ("Photonics West","2033-01","2033-01","San Francisco","United States"),
  ("Annual Cluster Forum 2032","2032-11-26","2032-11-26","Riga","Latvia")],
 ["2032","2031-12-09","2024","2031/2035","2032-02-24","2032-03","2032-06-22/2032-06-25","2032-05","2032-08-16/2032-08-20",
  "2032-09","2033-01","2032-11-26","2032-07"])
