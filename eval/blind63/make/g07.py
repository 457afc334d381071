from h import *
import docx
F = 'stajerska-delegation-limburg-timetable.docx'
d = docx.Document()
d.add_heading('Study trip of the Štajerska wood and furniture cluster to Flemish Limburg', 1)
d.add_paragraph(f'Delegation programme – {wd(2034,10,10)} 10 to {wd(2034,10,12)} 12 October 2034 (version 3, 22 September 2034)')
d.add_paragraph('Organised by the Wood Industry Cluster Štajerska (Lesarski grozd Štajerska) and the Regional Development Agency for Podravje – Maribor (RRA Podravje), with the support of the Embassy of the Republic of Slovenia in Brussels and the Flemish agency VLAIO (Flanders Innovation & Entrepreneurship). Local partner in Limburg: POM Limburg, the provincial development company.')
d.add_paragraph('Purpose of the trip: to learn how Limburg combines circular timber construction, furniture design and the reuse of former mining sites, and to prepare joint projects under the new Interreg Europe call. The delegation consists of 18 participants: 11 companies, two schools, the cluster office, RRA Podravje and the Municipality of Slovenj Gradec.')
d.add_paragraph('Head of delegation: mag. Tadej Kovačič-Vrhovnik, Director, Wood Industry Cluster Štajerska. Delegation coordinator: Nina Leskovar Šuster (RRA Podravje), mobile +386 41 000 000.')
rows = [
 ('Date', 'Time', 'Visit / activity', 'Host'),
 (f'{wd(2034,10,10)} 10 Oct', '07:10', 'Flight Ljubljana – Brussels; bus transfer to Hasselt', '—'),
 ('', '13:00', 'Welcome lunch and introduction to the Limburg economy', 'POM Limburg – Ilse Vanderhoydonck, Head of International Cooperation'),
 ('', '15:00', 'Visit to the C-mine creative site in Genk (former coal mine) and the design school', 'LUCA School of Arts, Campus C-mine – Prof. Koenraad De Smedt'),
 ('', '19:00', 'Dinner with Limburg furniture companies', 'Flanders Wood Cluster (Houtcluster Vlaanderen) – Sarah Geerts-Ramaekers'),
 (f'{wd(2034,10,11)} 11 Oct', '09:00', 'Circular timber construction: tour of the "Houtbouw Living Lab"', 'Hasselt University, Faculty of Architecture and Arts – Dr. Elke Knapen'),
 ('', '11:30', 'Company visit: CLT production line', 'Stabilame NV, Genk – Peter Van den Bossche, CEO'),
 ('', '14:00', 'Workshop "Reuse of building components" with B2B meetings', 'VLAIO, Brussels/Hasselt office – Marc Lemmens; Enterprise Europe Network Flanders'),
 ('', '17:30', 'Reception at the Provincial House of Limburg', 'Deputy for Economy of the Province of Limburg, Tom Vandeput-Claes'),
 (f'{wd(2034,10,12)} 12 Oct', '09:30', 'Visit to the furniture manufacturer Vitra-Lommel Interiors BV', 'Greet van der Borght, Plant Manager'),
 ('', '12:00', 'Lunch meeting: Interreg Europe project idea "TimberLoop"', 'Wood Industry Cluster Štajerska and POM Limburg'),
 ('', '15:45', 'Bus to Brussels Airport; flight Brussels – Ljubljana (arrival 20:35)', '—'),
]
t = d.add_table(rows=len(rows), cols=4); t.style = 'Table Grid'
for i, r in enumerate(rows):
    for j, v in enumerate(r): t.cell(i, j).text = v
d.add_paragraph('')
d.add_heading('Participants (companies and institutions)', 2)
for p in ['Lesarski grozd Štajerska – mag. Tadej Kovačič-Vrhovnik, Director; Maja Horvat, Project Manager',
          'RRA Podravje – Nina Leskovar Šuster, Senior Adviser; Boštjan Zorko-Mlakar, Head of Business Support',
          'Municipality of Slovenj Gradec – Andreja Pušnik, Head of the Economic Department',
          'Lesna industrija Pohorje d.o.o. – Janez Rebernik, Managing Director',
          'Hiša Natura d.o.o. – Mojca Klančnik Fras, Architect',
          'Srednja lesarska šola Maribor (wood-technology secondary school) – Dr. Irena Vidmar, Head Teacher',
          'Lignum Design s.p. – Aljaž Ferk',
          'and eight further companies (list in the annex)']:
    d.add_paragraph(p, style='List Bullet')
d.add_heading('Background', 2)
d.add_paragraph('Flemish Limburg lost its last coal mines in 1992 and has since turned several former mining sites into centres for design, research and new industry. Its wood and furniture sector counts about 900 companies, many of them family firms comparable to those in Štajerska and Koroška. The province has supported circular construction since its climate plan of 2030 and requires timber or reused materials in a growing share of public buildings. The delegation will look in particular at how the province, the universities and the cluster work together on testing and certifying reused building components, at the training of carpenters for prefabricated timber construction, and at shared showrooms for small furniture makers. Each host has been asked to reserve at least twenty minutes for questions; participants are asked to bring business cards and a one-page company profile in English.')
d.add_heading('Practical information', 2)
d.add_paragraph('Hotel: Hotel Radisson Blu, Hasselt (two nights, breakfast included). Dress code: business casual; safety shoes are provided at Stabilame NV. Each participant pays a contribution of EUR 350; travel and accommodation are co-financed by the Public Agency SPIRIT Slovenia under its 2034 programme for business delegations. Please send copies of your identity documents to the coordinator by 1 October 2034.')
d.add_paragraph('Follow-up: a return visit of Limburg companies to Maribor is planned for spring 2035, in connection with the Slovenian Wood Days (Dnevi slovenskega lesa) in Ljubljana on 7–9 May 2035.')
d.add_paragraph('Earlier study trips of the cluster: Vorarlberg (2031), South Tyrol (2032) and Jura (2033).')
d.save(os.path.join(B, 'docs', F))
WC='Wood Industry Cluster Štajerska'
gold(F,
 [P('Tadej Kovačič-Vrhovnik','Director',WC), P('Nina Leskovar Šuster','Delegation coordinator','RRA Podravje'), P('Ilse Vanderhoydonck','Head of International Cooperation','POM Limburg'),
  P('Koenraad De Smedt',None,'LUCA School of Arts'), P('Sarah Geerts-Ramaekers',None,'Flanders Wood Cluster'), P('Elke Knapen',None,'Hasselt University'),
  P('Peter Van den Bossche','CEO','Stabilame NV'), P('Marc Lemmens',None,'VLAIO'), P('Tom Vandeput-Claes','Deputy for Economy of the Province of Limburg',None),
  P('Greet van der Borght','Plant Manager','Vitra-Lommel Interiors BV'), P('Maja Horvat','Project Manager','Lesarski grozd Štajerska'),
  P('Boštjan Zorko-Mlakar','Head of Business Support','RRA Podravje'), P('Andreja Pušnik','Head of the Economic Department','Municipality of Slovenj Gradec'),
  P('Janez Rebernik','Managing Director','Lesna industrija Pohorje d.o.o.'), P('Mojca Klančnik Fras','Architect','Hiša Natura d.o.o.'),
  P('Irena Vidmar','Head Teacher','Srednja lesarska šola Maribor'), P('Aljaž Ferk',None,'Lignum Design s.p.')],
 [O(WC+' (Lesarski grozd Štajerska)'.replace(' (Lesarski grozd Štajerska)',''),None), O('Regional Development Agency for Podravje – Maribor','RRA Podravje'),
  O('Embassy of the Republic of Slovenia in Brussels'), O('Flanders Innovation & Entrepreneurship','VLAIO'), O('POM Limburg'), O('Municipality of Slovenj Gradec'),
  O('LUCA School of Arts'), O('Flanders Wood Cluster'), O('Hasselt University'), O('Faculty of Architecture and Arts'), O('Stabilame NV'), O('Enterprise Europe Network Flanders'),
  O('Province of Limburg'), O('Vitra-Lommel Interiors BV'), O('Lesna industrija Pohorje d.o.o.'), O('Hiša Natura d.o.o.'), O('Srednja lesarska šola Maribor'),
  O('Lignum Design s.p.'), O('Hotel Radisson Blu'), O('Public Agency SPIRIT Slovenia')],
 [E('Study trip of the Štajerska wood and furniture cluster to Flemish Limburg','2034-10-10','2034-10-12',None,None),
  E('Workshop "Reuse of building components"','2034-10-11','2034-10-11',None,None), E('Reception at the Provincial House of Limburg','2034-10-11','2034-10-11','Hasselt','Belgium'),
  E('Lunch meeting: Interreg Europe project idea "TimberLoop"','2034-10-12','2034-10-12',None,None), E('return visit of Limburg companies to Maribor','2035','2035','Maribor','Slovenia'),
  E('Slovenian Wood Days','2035-05-07','2035-05-09','Ljubljana','Slovenia'), E('study trip to Vorarlberg','2031','2031',None,None), E('study trip to South Tyrol','2032','2032',None,None),
  E('study trip to Jura','2033','2033',None,None)],
 ['2034-10-10/2034-10-12','2034-09-22','2034-10-10','2034-10-11','2034-10-12','2034','2034-10-01','2035','2035-05-07/2035-05-09','2031','2032','2033','1992','2030'])
