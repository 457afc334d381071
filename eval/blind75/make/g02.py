from h import *
import docx
F = 'circotex-final-conference-programme.docx'
D = docx.Document()
def p(s): D.add_paragraph(s)
D.add_heading('CIRCOTEX Final Conference', 0)
p('"Closing the loop in the textile regions of the Romania–Ukraine border"')
p('Botoșani, Wednesday 25 October 2034 – Hotel Rapsodia Conference Centre, Str. Cuza Vodă 4')
p('Site visits: Thursday 26 October 2034 (morning)')
p('CIRCOTEX is a 30-month project co-financed by the Interreg NEXT Romania–Ukraine Programme 2028–2034. It brings together the Botoșani Textile Cluster (lead partner), the Chamber of Commerce and Industry Botoșani, the Gheorghe Asachi Technical University of Iași, the Chernivtsi Regional Chamber of Commerce and Industry and the Bukovyna Light Industry Association. The final conference presents the results of the pilot take-back scheme, the shared recycling line in Dorohoi and the cross-border training curriculum for sewing operators, and discusses what the two regions should do after the project ends on 31 December 2034.')
p('Working languages: English, Romanian and Ukrainian (simultaneous interpretation). Participation is free of charge; please register by Friday 13 October 2034.')
D.add_heading('Programme – Wednesday 25 October 2034', 1)
rows = [('08:30–09:15','Registration and welcome coffee',''),
('09:15–09:45','Opening and welcome','Costel Șoptică, President, Botoșani County Council; Mykola Hrytsiuk, Deputy Head, Chernivtsi Regional State Administration; Ioana-Cristina BUZDUGAN, Head of the Joint Secretariat, Interreg NEXT Romania–Ukraine'),
('09:45–10:15','CIRCOTEX in figures: 30 months, 5 partners, 2 regions','Ana-Maria Ciobanu, Project Manager, Botoșani Textile Cluster'),
('10:15–10:45','Keynote: Textile waste rules after 2035 – what changes for small producers','Dr. Ruth Hagedorn-Meier, Policy Officer, European Commission, DG Environment'),
('10:45–11:15','Coffee break and poster exhibition of the pilot companies',''),
('11:15–12:30','Panel 1 – The take-back pilot: what worked, what did not','Moderator: Prof. Dr. Eng. Aurelia Grigoriu, Gheorghe Asachi Technical University of Iași. Panellists: Vasile Lupașcu (Confecții Moldova SRL), Oksana Melnychuk (Bukovyna Light Industry Association), Radu Pintilie-Rusu (Dorohoi Recycling Hub), Jolien van der Velde (Modint, Netherlands)'),
('12:30–13:45','Networking lunch',''),
('13:45–15:00','Panel 2 – Skills across the border','Moderator: Taras Savchuk, Chernivtsi Regional Chamber of Commerce and Industry. Panellists: Elena Axinte (Colegiul Tehnic „Elie Radu” Botoșani), Iryna Kozak (Chernivtsi Vocational College of Technology and Design), Mihai Ungureanu (ANOFM Botoșani)'),
('15:00–15:30','Signing of the Memorandum of Cooperation on the CIRCOTEX Alliance','Partners\' legal representatives'),
('15:30–16:00','Conclusions and next steps','Ana-Maria Ciobanu; Taras Savchuk'),
('19:00','Farewell dinner at Conacul Bălcescu, Botoșani','by invitation')]
T = D.add_table(rows=1, cols=3); T.style = 'Table Grid'
h = T.rows[0].cells; h[0].text='Time'; h[1].text='Session'; h[2].text='Speakers'
for r in rows:
    c = T.add_row().cells
    for i in range(3): c[i].text = r[i]
D.add_heading('Thursday 26 October 2034 – site visits', 1)
p('09:00 Departure by coach from Hotel Rapsodia')
p('10:00 Visit to the Dorohoi Recycling Hub: sorting line, shredding and fibre-to-fibre trials')
p('11:30 Visit to Confecții Moldova SRL, one of the eight pilot companies of the take-back scheme')
p('13:00 Return to Botoșani (lunch boxes provided)')
D.add_heading('About the partners', 1)
p('Botoșani Textile Cluster (Clusterul Textil Botoșani) gathers 41 garment and knitwear companies, two vocational schools and the local branch of the National Agency for Employment (ANOFM). The Chamber of Commerce and Industry Botoșani (CCI Botoșani) supports the internationalisation of the county\'s small and medium-sized enterprises. The Gheorghe Asachi Technical University of Iași runs the only faculty of industrial design and textile engineering in north-eastern Romania. On the Ukrainian side, the Chernivtsi Regional Chamber of Commerce and Industry and the Bukovyna Light Industry Association represent around 120 companies in the sewing and footwear sector.')
D.add_heading('Practical information', 1)
p('Venue: Hotel Rapsodia, Str. Cuza Vodă 4, Botoșani. The nearest airport is Suceava (Ștefan cel Mare International Airport), 45 km away; a shuttle will run on 24 and 26 October. Participants from Ukraine can cross at Siret–Porubne; the project covers travel costs for registered participants from the Chernivtsi region.')
p('Contact: Lavinia Croitoru, communication officer, Botoșani Textile Cluster – lavinia.croitoru@clustertextilbt.ro, +40 231 512 118.')
p('This programme was produced with the financial support of the European Union. Its contents are the sole responsibility of the Botoșani Textile Cluster and do not necessarily reflect the views of the European Union. Version 3 – 2 October 2034.')
D.save(os.path.join(B, 'docs', F))
gold(F, [P('Costel Șoptică','President','Botoșani County Council'),
 P('Mykola Hrytsiuk','Deputy Head','Chernivtsi Regional State Administration'),
 P('Ioana-Cristina BUZDUGAN','Head','Joint Secretariat, Interreg NEXT Romania–Ukraine'),
 P('Ana-Maria Ciobanu','Project Manager','Botoșani Textile Cluster'),
 P('Ruth Hagedorn-Meier','Policy Officer','DG Environment'),
 P('Aurelia Grigoriu','Moderator','Gheorghe Asachi Technical University of Iași'),
 P('Vasile Lupașcu','Panellist','Confecții Moldova SRL'),
 P('Oksana Melnychuk','Panellist','Bukovyna Light Industry Association'),
 P('Radu Pintilie-Rusu','Panellist','Dorohoi Recycling Hub'),
 P('Jolien van der Velde','Panellist','Modint'),
 P('Taras Savchuk','Moderator','Chernivtsi Regional Chamber of Commerce and Industry'),
 P('Elena Axinte','Panellist','Colegiul Tehnic „Elie Radu” Botoșani'),
 P('Iryna Kozak','Panellist','Chernivtsi Vocational College of Technology and Design'),
 P('Mihai Ungureanu','Panellist','ANOFM Botoșani'),
 P('Lavinia Croitoru','communication officer','Botoșani Textile Cluster')],
 [O('Botoșani Textile Cluster','Clusterul Textil Botoșani'), O('Chamber of Commerce and Industry Botoșani','CCI Botoșani'),
  O('Gheorghe Asachi Technical University of Iași'), O('Chernivtsi Regional Chamber of Commerce and Industry'),
  O('Bukovyna Light Industry Association'), O('Botoșani County Council'), O('Chernivtsi Regional State Administration'),
  O('Joint Secretariat, Interreg NEXT Romania–Ukraine'), O('European Commission'), O('DG Environment'),
  O('Confecții Moldova SRL'), O('Dorohoi Recycling Hub'), O('Modint'), O('Colegiul Tehnic „Elie Radu” Botoșani'),
  O('Chernivtsi Vocational College of Technology and Design'), O('ANOFM Botoșani'),
  O('National Agency for Employment','ANOFM'), O('European Union')],
 [E('CIRCOTEX Final Conference','2034-10-25','2034-10-25','Botoșani','Romania'),
  E('Signing of the Memorandum of Cooperation on the CIRCOTEX Alliance','2034-10-25','2034-10-25','Botoșani','Romania'),
  E('Farewell dinner','2034-10-25','2034-10-25','Botoșani','Romania'),
  E('site visits','2034-10-26','2034-10-26',None,'Romania'),
  E('Visit to the Dorohoi Recycling Hub','2034-10-26','2034-10-26','Dorohoi','Romania'),
  E('Visit to Confecții Moldova SRL','2034-10-26','2034-10-26',None,None)],
 ['2034-10-25','2034-10-26','2028/2034','2034-12-31','2034-10-13','2034-10-24','2034-10-02'], [],
 pub='2034-10-02')
