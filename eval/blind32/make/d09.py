from g import write, D
import docx
d = docx.Document()
d.add_heading('Kaunas Digital Health Cluster (KDHC)', 0)
d.add_heading('Steering Committee 2035–2037: members and alternates', 1)
d.add_paragraph('Approved by the General Meeting of Members, Kaunas, 11 December 2034. Version 2, updated 20.01.2035.')
d.add_paragraph('The Steering Committee prepares the annual work plan, approves new members and oversees the cluster '
 'coordinator. Each member seat has one alternate who attends when the member cannot. The term of office runs '
 'from 1 January 2035 to 31 December 2037.')
t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
for i, h in enumerate(['Seat', 'Member', 'Alternate', 'Organisation']): t.rows[0].cells[i].text = h
rows = [
 ('Chair (industry)', 'Rūta Jankauskienė, CEO', 'Darius Petrauskas, CTO', 'MedSignal UAB'),
 ('Vice-chair (research)', 'prof. Vytautas Kazlauskas', 'dr. Eglė Stankevičiūtė', 'Kaunas University of Technology (KTU)'),
 ('Hospitals', 'Laura Vaitkutė, Head of Digital Services', 'Tomas Rimkus, IT Director', 'Kaunas Clinics of the Lithuanian University of Health Sciences'),
 ('SMEs', 'Mindaugas Žukauskas, founder', 'Inga Balčiūnaitė, product owner', 'Pulsora UAB'),
 ('Public sector', 'Ieva Norkutė, Chief Specialist, Innovation Division', '(vacant)', 'Kaunas City Municipality'),
 ('Finance', 'Jonas Gudaitis, partner', 'Aistė Mažeikė, investment manager', 'Nemunas Health Capital'),
]
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r): c[i].text = v
d.add_heading('Permanent guests (no vote)', 2)
for s in ['Simonas Urbonas, cluster coordinator, KDHC (secretary of the Committee)',
          'a representative of the Innovation Agency Lithuania (Inovacijų agentūra), currently Giedrė Lukošiūtė',
          'the EEN adviser of the Kaunas Chamber of Commerce, Industry and Crafts']:
    d.add_paragraph(s, style='List Bullet')
d.add_heading('Meetings in 2035', 2)
d.add_paragraph('The Committee meets quarterly: 5 February, 7 May, 3 September and 26 November 2035. The May '
 'meeting is held during the Baltic eHealth Forum in Vilnius (6–8 May 2035).')
d.add_paragraph('Changes to this list are notified to the coordinator by e-mail (coordinator@kdhc.example).')
d.save(f'{D}/docs/KDHC_Steering-Committee_members-and-alternates_v2.docx')
K="Kaunas Digital Health Cluster"
write("KDHC_Steering-Committee_members-and-alternates_v2.docx", None, pub=None,
 people=[("Rūta Jankauskienė","Chair",K),("Darius Petrauskas","CTO","MedSignal UAB"),
  ("Vytautas Kazlauskas","Vice-chair",K),("Eglė Stankevičiūtė",None,"Kaunas University of Technology"),
  ("Laura Vaitkutė","Head of Digital Services","Kaunas Clinics of the Lithuanian University of Health Sciences"),
  ("Tomas Rimkus","IT Director","Kaunas Clinics of the Lithuanian University of Health Sciences"),
  ("Mindaugas Žukauskas","founder","Pulsora UAB"),("Inga Balčiūnaitė","product owner","Pulsora UAB"),
  ("Ieva Norkutė","Chief Specialist, Innovation Division","Kaunas City Municipality"),
  ("Jonas Gudaitis","partner","Nemunas Health Capital"),("Aistė Mažeikė","investment manager","Nemunas Health Capital"),
  ("Simonas Urbonas","cluster coordinator","KDHC"),("Giedrė Lukošiūtė",None,"Innovation Agency Lithuania")],
 orgs=[(K,"KDHC"),("MedSignal UAB",None),("Kaunas University of Technology","KTU"),
  ("Kaunas Clinics of the Lithuanian University of Health Sciences",None),("Pulsora UAB",None),("Kaunas City Municipality",None),
  ("Nemunas Health Capital",None),("Innovation Agency Lithuania",None),("EEN",None),("Kaunas Chamber of Commerce, Industry and Crafts",None)],
 events=[("General Meeting of Members","2034-12-11","2034-12-11","Kaunas","Lithuania"),
  ("Steering Committee meeting","2035-02-05","2035-02-05",None,None),
  ("Steering Committee meeting","2035-05-07","2035-05-07","Vilnius","Lithuania"),
  ("Steering Committee meeting","2035-09-03","2035-09-03",None,None),
  ("Steering Committee meeting","2035-11-26","2035-11-26",None,None),
  ("Baltic eHealth Forum","2035-05-06","2035-05-08","Vilnius","Lithuania")],
 dates=["2035/2037","2034-12-11","2035-01-20","2035-01-01/2037-12-31","2035","2035-02-05","2035-05-07","2035-09-03","2035-11-26","2035-05-06/2035-05-08"])
