from g import save, B
from docx import Document
d=Document()
d.add_heading('Warciański Klaster Meblarski – Warta Furniture Cluster (WKM)',0)
d.add_paragraph('Calendar of activities 2036 – adopted by the Management Board on 4 December 2035')
d.add_paragraph('Document for members. Version 1.1 of 11 December 2035. Prepared by Karolina Wiśniewska-Dutka, cluster coordinator, with input from the working groups.')
d.add_heading('1. Introduction',1)
d.add_paragraph('The Warta Furniture Cluster brings together 96 furniture makers, upholstery firms, suppliers of board and fittings, designers and two universities in the Poznań, Kalisz and Gniezno area. The calendar below lists the statutory meetings of the cluster and the main events for members in 2036. Dates marked "tbc" will be confirmed at least six weeks in advance. The calendar follows the Cluster Strategy 2034–2038 and the work plan agreed with the Wielkopolska Regional Development Agency (WARR).')
d.add_heading('2. Calendar of activities 2036',1)
rows=[('Date','Activity','Place','Responsible'),
('14 January 2036','Management Board meeting no. 1/2036','Poznań, WKM office','Board'),
('4–7 February 2036','Joint stand at the Meble Polska fair','Poznań, MTP','Michał Jankowiak'),
('11 March 2036','Management Board meeting no. 2/2036','online','Board'),
('24 April 2036','General Assembly of members (approval of the 2035 accounts, election of the Audit Committee)','Kalisz, Hotel Calisia','President'),
('19–20 May 2036','Study visit to the furniture cluster in Paços de Ferreira (Portugal)','Porto area','Karolina Wiśniewska-Dutka'),
('10 June 2036','Management Board meeting no. 3/2036','Gniezno, member company','Board'),
('8 September 2036','Workshop "Digital product passports for furniture"','Poznań, Poznań University of Technology','Working group Circular'),
('23 September 2036','Management Board meeting no. 4/2036','Poznań','Board'),
('October 2036 (tbc)','Designers meet manufacturers – B2B day','Poznań, Concordia Design','Working group Design'),
('25 November 2036','Management Board meeting no. 5/2036 and budget 2037','Poznań','Board'),
('9 December 2036','Christmas meeting of members','Poznań','Secretariat')]
t=d.add_table(rows=len(rows),cols=4); t.style='Table Grid'
for i,r in enumerate(rows):
    for j,c in enumerate(r): t.cell(i,j).text=c
d.add_heading('3. Statutory bodies',1)
d.add_paragraph('Management Board 2034–2037:')
for x in ['Tadeusz Grzelak – President (Meble Grzelak Sp. z o.o.)','Joanna Stachowiak-Ruta – Vice-President (Meblolinia S.A.)','Paweł Krysiewicz – Member of the Board (Kalisz Upholstery Sp. j.)']:
    d.add_paragraph(x,style='List Bullet')
d.add_paragraph('Audit Committee: its term ends at the General Assembly of 24 April 2036; candidates may be proposed until 31 March 2036.')
d.add_heading('4. Notes',1)
for x in ['Board meetings start at 10:00 and are open to members as observers on request.','The General Assembly requires a quorum of half of the members; if not reached, the second call is at 11:30 on the same day.','Costs of the study visit are co-financed at 50% by WARR under the cluster support measure.','The fair Meble Polska is organised by the Międzynarodowe Targi Poznańskie (MTP); the joint stand has 12 places.','Members wishing to host a Board meeting should contact the secretariat.']:
    d.add_paragraph(x,style='List Number')
d.add_paragraph('Past year in short: in 2035 the cluster held five Board meetings, one General Assembly (on 25 April 2035 in Poznań) and eleven member events with 640 participants in total.')
d.add_paragraph('Contact: Karolina Wiśniewska-Dutka, cluster coordinator, WKM, ul. Głogowska 00, 60-000 Poznań, biuro@wkm-meble.example')
d.add_heading('5. Working groups and their leaders in 2036',1)
for x in ['Working group Circular – led by Ewa Maćkowiak, sustainability manager, Meblolinia S.A.','Working group Design – led by Bartosz Lisiecki, designer, Studio Lisiecki','Working group Export – led by Paweł Krysiewicz (also Member of the Board)']:
    d.add_paragraph(x,style='List Bullet')
d.add_paragraph('Each working group meets at least four times a year; its dates are announced in the monthly newsletter and are not listed in the table above. Proposals for additional activities in 2036 can be sent to the secretariat until 31 January 2036; the Board will decide on them at its meeting on 11 March 2036.')
d.save(B+'docs/WKM_calendar_of_activities_2036.docx')
save('WKM_calendar_of_activities_2036.docx',None,None,
[('Karolina Wiśniewska-Dutka','cluster coordinator','WKM'),('Michał Jankowiak',None,None),
 ('Tadeusz Grzelak','President','Warta Furniture Cluster'),('Joanna Stachowiak-Ruta','Vice-President','Warta Furniture Cluster'),
 ('Paweł Krysiewicz','Member of the Board','Warta Furniture Cluster'),
 ('Ewa Maćkowiak','sustainability manager','Meblolinia S.A.'),('Bartosz Lisiecki','designer','Studio Lisiecki')],
[('Warta Furniture Cluster','WKM'),('Wielkopolska Regional Development Agency','WARR'),('Poznań University of Technology',None),
 ('Concordia Design',None),('Meble Grzelak Sp. z o.o.',None),('Meblolinia S.A.',None),('Kalisz Upholstery Sp. j.',None),('Studio Lisiecki',None),
 ('Międzynarodowe Targi Poznańskie','MTP')],
[('Management Board meeting no. 1/2036','2036-01-14','2036-01-14','Poznań','Poland'),
 ('Meble Polska','2036-02-04','2036-02-07','Poznań','Poland'),
 ('Management Board meeting no. 2/2036','2036-03-11','2036-03-11',None,None),
 ('General Assembly of members','2036-04-24','2036-04-24','Kalisz','Poland'),
 ('Study visit to the furniture cluster in Paços de Ferreira','2036-05-19','2036-05-20','Paços de Ferreira','Portugal'),
 ('Management Board meeting no. 3/2036','2036-06-10','2036-06-10','Gniezno','Poland'),
 ('Workshop "Digital product passports for furniture"','2036-09-08','2036-09-08','Poznań','Poland'),
 ('Management Board meeting no. 4/2036','2036-09-23','2036-09-23','Poznań','Poland'),
 ('Designers meet manufacturers – B2B day','2036-10','2036-10','Poznań','Poland'),
 ('Management Board meeting no. 5/2036','2036-11-25','2036-11-25','Poznań','Poland'),
 ('Christmas meeting of members','2036-12-09','2036-12-09','Poznań','Poland'),
 ('General Assembly 2035','2035-04-25','2035-04-25','Poznań','Poland')],
['2035-12-04','2035-12-11','2036','2034/2038','2036-01-14','2036-02-04/2036-02-07','2036-03-11','2035','2036-04-24','2036-05-19/2036-05-20',
 '2036-06-10','2036-09-08','2036-09-23','2036-10','2036-11-25','2037','2036-12-09','2034/2037','2036-03-31','2035-04-25','2036-01-31'],[])
