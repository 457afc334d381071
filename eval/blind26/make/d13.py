from mk import save
import docx, os
out = os.path.join(os.path.dirname(__file__), '..', 'docs', 'IBEC_Board_Report_Q1_2035.docx')
d = docx.Document()
d.add_heading('Istrian Blue Economy Cluster (IBEC)', 0)
d.add_paragraph('Report of the Management Board to the members – first quarter 2035')
d.add_paragraph('Pula, 11 April 2035')
d.add_heading('1. Summary', 1)
d.add_paragraph('The Management Board met three times in the first quarter (16 January, 20 February and 27 March 2035), '
 'twice in Pula and once online. It prepared the Annual Assembly of 6 May 2035, adopted the work plan for the Blue Skills '
 'Academy and approved the membership of four new organisations. Total membership now stands at 57.')
d.add_heading('2. Composition of the Management Board', 1)
d.add_paragraph('Following the resignation of Dario Sošić (Rovinj Marine Logistics d.o.o.) on 31 January 2035, the Board co-opted '
 'Ivana Radolović Kos until the Annual Assembly. The Board is composed as follows:')
rows = [('Name', 'Role', 'Organisation', 'Mandate'),
 ('Mirjana Benčić Zohil', 'President', 'Histria Marine Technologies d.o.o.', '15.05.2032 – 15.05.2036'),
 ('Goran Vitasović', 'Vice-President', 'Istrian Development Agency (IDA)', '15.05.2032 – 15.05.2036'),
 ('Ana-Marija Mattiuzzi', 'Member', 'Juraj Dobrila University of Pula', '15.05.2032 – 15.05.2036'),
 ('Loris Šuran', 'Member', 'Adriamar d.o.o.', '22.06.2034 – 15.05.2036'),
 ('Ivana Radolović Kos', 'Member (co-opted)', 'Marina Poreč Tech j.d.o.o.', '20.02.2035 – 06.05.2035'),
 ('Tea Jurman', 'Secretary to the Board (non-voting)', 'IBEC', '—')]
t = d.add_table(rows=len(rows), cols=4); t.style = 'Table Grid'
for i, r in enumerate(rows):
    for j, v in enumerate(r): t.cell(i, j).text = v
d.add_heading('3. Main decisions', 1)
for x in ['Approved the IBEC work plan 2035 and the budget of EUR 486,000.',
          'Admitted four new members: Sirena Boats d.o.o., Porat Digital j.d.o.o., the Town of Novigrad and the Institute of Agriculture and Tourism Poreč.',
          'Nominated Goran Vitasović as IBEC representative in the steering group of the Adriatic Maritime Clusters Network (AMCN).',
          'Decided to organise the Blue Economy Investment Day on 18 September 2035 in Rovinj together with HAMAG-BICRO.']:
    d.add_paragraph(x, style='List Number')
d.add_heading('4. Activities', 1)
d.add_paragraph('On 5 March 2035 IBEC hosted a delegation of eleven companies from the Sicilian marine cluster, with '
 'visits to the Stoja boatyard of Brodogradilište Stoja d.o.o. and the Center for Marine Research of the Ruđer Bošković Institute in Rovinj. The Blue Skills Academy started on 12 March with 24 trainees. '
 'The cluster manager, Neven Ivančić, represented IBEC at the Mediterranean Cluster Forum in Valencia on 25–26 March 2035.')
d.add_heading('5. Proposals to the Annual Assembly', 1)
d.add_paragraph('The Board proposes to the Annual Assembly on 6 May 2035 to confirm the co-option of Ivana Radolović Kos and '
 'to elect her for the remainder of the current mandate, which ends on 15 May 2036.')
d.add_paragraph('For the Management Board: Mirjana Benčić Zohil, President')
d.save(out)
save('IBEC_Board_Report_Q1_2035.docx', None, '2035-04-11',
 [("Dario Sošić",None,"Rovinj Marine Logistics d.o.o."),
  ("Ivana Radolović Kos","Member (co-opted)","IBEC"),
  ("Mirjana Benčić Zohil","President","IBEC"),
  ("Goran Vitasović","Vice-President","IBEC"),
  ("Ana-Marija Mattiuzzi","Member","IBEC"),
  ("Loris Šuran","Member","IBEC"),
  ("Tea Jurman","Secretary to the Board (non-voting)","IBEC"),
  ("Neven Ivančić","cluster manager","IBEC")],
 [("Istrian Blue Economy Cluster","IBEC"),("Rovinj Marine Logistics d.o.o.",None),("Histria Marine Technologies d.o.o.",None),
  ("Istrian Development Agency","IDA"),("Juraj Dobrila University of Pula",None),("Adriamar d.o.o.",None),("Marina Poreč Tech j.d.o.o.",None),
  ("Sirena Boats d.o.o.",None),("Porat Digital j.d.o.o.",None),("Town of Novigrad",None),("Institute of Agriculture and Tourism Poreč",None),
  ("Adriatic Maritime Clusters Network","AMCN"),("HAMAG-BICRO",None),("Brodogradilište Stoja d.o.o.",None),("Center for Marine Research",None),("Ruđer Bošković Institute",None)],
 [("Management Board meeting","2035-01-16","2035-01-16",None,None),
  ("Management Board meeting","2035-02-20","2035-02-20",None,None),
  ("Management Board meeting","2035-03-27","2035-03-27",None,None),
  ("Annual Assembly","2035-05-06","2035-05-06",None,None),
  ("Blue Economy Investment Day","2035-09-18","2035-09-18","Rovinj","Croatia"),
  ("delegation of companies from the Sicilian marine cluster","2035-03-05","2035-03-05",None,"Croatia"),
  ("Mediterranean Cluster Forum","2035-03-25","2035-03-26","Valencia","Spain")],
 ["2035","2035-04-11","2035-01-16","2035-02-20","2035-03-27","2035-05-06","2035-01-31","2032-05-15/2036-05-15","2034-06-22/2036-05-15","2035-02-20/2035-05-06","2035-09-18","2035-03-05","2035-03-12","2035-03-25/2035-03-26","2036-05-15"],
 ["Approved the IBEC work plan 2035 and the budget of EUR 486,000",
  "Admitted four new members: Sirena Boats d.o.o., Porat Digital j.d.o.o., the Town of Novigrad and the Institute of Agriculture and Tourism Poreč",
  "Nominated Goran Vitasović as IBEC representative in the steering group of the Adriatic Maritime Clusters Network (AMCN)",
  "Decided to organise the Blue Economy Investment Day on 18 September 2035 in Rovinj together with HAMAG-BICRO"])
