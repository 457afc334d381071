from mk import *
import docx
doc = 'CSV_Steering_Group_Terms_of_Reference_v2.docx'
d = docx.Document()
d.add_heading('Cornouaille Seafood Valley – Steering Group on Skills and Attractiveness', 0)
d.add_paragraph('Terms of Reference · Version 2 · adopted by the Board of Directors on 9 January 2033, Quimper')
d.add_heading('1. Purpose', 1)
d.add_paragraph('The Steering Group on Skills and Attractiveness (the "Steering Group") advises the Board of Cornouaille Seafood Valley (CSV) on the cluster\'s action plan for skills, recruitment and the image of seafood processing jobs in southern Finistère. It oversees the "Métiers de la Mer 2035" programme, which runs from 1 February 2033 to 31 January 2036.')
d.add_heading('2. Tasks', 1)
for x in ['review the annual skills survey of member companies and propose priorities;',
          'select the training pilots co-financed by the cluster;',
          'prepare the joint recruitment campaign with France Travail and the Région Bretagne;',
          'report to the Board twice a year.']:
    d.add_paragraph(x, style='List Number')
d.add_heading('3. Composition and term', 1)
d.add_paragraph('The Steering Group has eight voting members appointed by the Board for a term of two years, renewable once, and up to two observers. The chair is a company representative; the vice-chair represents a training or research body. The CSV skills officer acts as secretary without voting rights.')
t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
hdr = ['Name', 'Function in the Steering Group', 'Organisation', 'Term']
for i,h in enumerate(hdr): t.rows[0].cells[i].text = h
rows = [
 ('Maëlle Le Goff', 'Chair', 'Conserverie Penmarc\'h SAS', '01/02/2033 – 31/01/2035'),
 ('Yannick Kerhervé', 'Vice-chair', 'Lycée maritime Pierre Loti? – see note', ''),
]
rows = [
 ('Maëlle Le Goff', 'Chair', "Conserverie Penmarc'h SAS", '01/02/2033 – 31/01/2035'),
 ('Yannick Kerhervé', 'Vice-chair', 'Institut Agro Rennes-Angers', '01/02/2033 – 31/01/2035'),
 ('Soizic Tanguy', 'Member', 'Armor Surgelés SA', '01/02/2033 – 31/01/2035'),
 ('Gwenaël Le Bihan', 'Member', 'Criée de Loctudy-Guilvinec', '01/02/2033 – 31/01/2035'),
 ('Fatou Diallo-Riou', 'Member', 'Maison des Métiers de la Pêche', '01/02/2033 – 31/01/2035'),
 ('Pierre-Marie Quéré', 'Member', 'Océalis SARL', '01/02/2033 – 31/01/2035'),
 ('Anne de Kersauson', 'Member', 'CCI Finistère', '01/02/2033 – 31/01/2035'),
 ('Ronan Guéguen', 'Member', 'UIMM Bretagne Sud', '01/02/2033 – 31/01/2035'),
 ('Élodie Marzin', 'Observer', 'Région Bretagne', 'until revoked'),
 ('Thomas Cadiou', 'Secretary (non-voting)', 'CSV, skills officer', '–'),
]
for r in rows:
    c = t.add_row().cells
    for i,v in enumerate(r): c[i].text = v
d.add_heading('4. Meetings', 1)
d.add_paragraph('The Steering Group meets at least three times a year, in principle in Quimper or online. The first meeting under these terms will take place on 6 March 2033. Decisions are taken by consensus; failing that, by a simple majority of the voting members present, the chair having the casting vote.')
d.add_heading('5. Conflicts of interest and confidentiality', 1)
d.add_paragraph('Members declare any interest in a training pilot under discussion and do not take part in the decision. Survey data of individual companies are confidential.')
d.add_heading('6. Review', 1)
d.add_paragraph('These terms will be reviewed by the Board before the end of 2034. Version 1 (adopted 14 October 2031) is repealed.')
d.add_paragraph('Contact: Thomas Cadiou, skills officer, Cornouaille Seafood Valley, Quimper – t.cadiou@csv.example')
d.save('../docs/'+doc)
people=[P('Maëlle Le Goff','Chair',"CSV"),
 P('Yannick Kerhervé','Vice-chair','CSV'),
 P('Soizic Tanguy','Member','CSV'),
 P('Gwenaël Le Bihan','Member','CSV'),
 P('Fatou Diallo-Riou','Member','CSV'),
 P('Pierre-Marie Quéré','Member','CSV'),
 P('Anne de Kersauson','Member','CSV'),
 P('Ronan Guéguen','Member','CSV'),
 P('Élodie Marzin','Observer','CSV'),
 P('Thomas Cadiou','skills officer','Cornouaille Seafood Valley')]
orgs=[O('Cornouaille Seafood Valley','CSV'),O('France Travail'),O('Région Bretagne'),O("Conserverie Penmarc'h SAS"),O('Institut Agro Rennes-Angers'),
 O('Armor Surgelés SA'),O('Criée de Loctudy-Guilvinec'),O('Maison des Métiers de la Pêche'),O('Océalis SARL'),O('CCI Finistère'),O('UIMM Bretagne Sud')]
events=[E('First meeting of the Steering Group','2033-03-06')]
dates=['2033-01-09','2033-02-01/2036-01-31','2033-02-01/2035-01-31','2033-03-06','2034','2031-10-14']
gold(doc,None,people,orgs,events,dates,[])
