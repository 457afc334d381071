from h import *
import docx
from docx.shared import Pt
F='malta-labelled-clusters-list.docx'
d=docx.Document()
paras=[]
def p(t, style=None):
    d.add_paragraph(t, style=style) if style else d.add_paragraph(t)
d.add_heading('Ministry for the Economy, Enterprise and Strategic Projects',1)
p('Directorate for Enterprise Policy and Industrial Ecosystems')
d.add_heading('List of labelled cluster organisations – update of 30 June 2036',2)
p('Reference: MEES/DEPIE/CL/2036/04 · Valletta, 30 June 2036')
p('1. Purpose of this list')
p('This list is published under the National Cluster Labelling Scheme 2034–2040, launched by the Ministry for the Economy, Enterprise and Strategic Projects (MEES) on 15 January 2034. It shows the cluster organisations that hold the national label on 30 June 2036, with their legal form, seat, label level and period of validity. Cluster organisations from Gozo and cross-border cluster organisations from Sicily that take part in the Italia–Malta cooperation are listed separately, because they are labelled jointly with the Regione Siciliana under the cooperation agreement signed in Catania on 9 October 2034.')
p('The label is awarded by the Labelling Committee on the basis of an assessment carried out by Malta Enterprise. Three levels exist: Bronze (emerging), Silver (established) and Gold (excellence, aligned with the European Cluster Excellence Initiative). A label is valid for three years and can be renewed.')
p('2. Cluster organisations labelled in Malta and Gozo')
rows=[('No','Cluster organisation','Acronym','Legal form','Seat','Label','Valid until'),
('1','Malta Maritime Cluster','MMC','Voluntary Organisation (VO/1187)','Senglea','Gold','31.12.2037'),
('2','Malta Aviation Cluster','MAC','Limited liability company (Ltd), non-profit','Luqa','Silver','30.06.2038'),
('3','iGaming and Digital Services Cluster Malta','IDSC','Foundation','San Ġwann','Silver','31.03.2037'),
('4','Malta Life Sciences Cluster','MLSC','Public–private partnership under Malta Life Sciences Park','San Ġwann','Bronze','31.12.2036'),
('5','Gozo Agri-Food and Rural Tourism Cluster','GARTC','Cooperative Society (Koperattiva)','Xewkija, Gozo','Bronze','30.09.2038'),
('6','Malta Film and Creative Industries Cluster','MFCIC','Voluntary Organisation (VO/1304)','Kalkara','Bronze','31.12.2038'),
('7','Malta Green Construction Cluster','MGCC','Ltd (company limited by guarantee)','Mosta','Silver','31.03.2038')]
t=d.add_table(rows=0, cols=7); t.style='Table Grid'
for r in rows:
    c=t.add_row().cells
    for i,v in enumerate(r): c[i].text=v
p('')
p('3. Cross-border cluster organisations (Sicily), labelled jointly')
rows2=[('No','Cluster organisation','Acronym','Legal form','Seat','Label','Valid until'),
('8','Distretto Tecnologico Sicilia Micro e Nano Sistemi','DTSMNS','S.c.a r.l. (società consortile a responsabilità limitata)','Catania','Gold','30.06.2037'),
('9','Distretto Produttivo della Pesca e Crescita Blu','COSVAP','Consorzio (consortium)','Mazara del Vallo','Silver','31.12.2037'),
('10','Sicilia Agrumi Cluster','SAC','Associazione riconosciuta','Siracusa','Bronze','31.12.2036')]
t2=d.add_table(rows=0, cols=7); t2.style='Table Grid'
for r in rows2:
    c=t2.add_row().cells
    for i,v in enumerate(r): c[i].text=v
p('')
p('4. Changes since the previous update (31 December 2035)')
for s in ['The Malta Green Construction Cluster (MGCC) was labelled for the first time (Silver) on 21 March 2036, after the merger of the Building Industry Innovation Network and the Green Building Council Malta working group.',
 'The Malta Maritime Cluster moved from Silver to Gold after the assessment visit of 12–13 May 2036.',
 'The label of the Malta Fintech Cluster (MFC) expired on 31 March 2036 and was not renewed; the organisation has been dissolved.',
 'The Gozo Agri-Food and Rural Tourism Cluster changed its legal form from a voluntary organisation to a cooperative society in January 2036.']:
    p(s, 'List Bullet')
p('5. Labelling Committee')
p('The Labelling Committee for 2035–2037 is chaired by Dr Josianne Cutajar Mifsud, Director General for Enterprise Policy at MEES. Its members are Mr Kenneth Farrugia (Malta Enterprise), Prof. Roberta Zammit Lupi (University of Malta), Ing. Clayton Grech (Malta Council for Science and Technology, MCST) and, for the cross-border part, Dott. Salvatore Li Causi (Regione Siciliana – Dipartimento delle Attività Produttive). The secretariat is provided by Ms Charlene Vella Borg, Senior Policy Officer.')
p('6. Next steps')
p('The next call for labelling applications opens on 1 September 2036 and closes on 31 October 2036. An information session for applicants will be held online on Thursday 17 September 2036 at 10:00. Labelled clusters are invited to the National Cluster Day on Friday 20 November 2036 at the Mediterranean Conference Centre, Valletta.')
p('For questions: clusters.mees@gov.mt · Tel. +356 2200 0000')
p('This document is for information purposes. In case of discrepancy, the decisions of the Labelling Committee prevail.')
d.save(os.path.join(B,'docs',F))
L=[O('Malta Maritime Cluster','MMC'),O('Malta Aviation Cluster','MAC'),O('iGaming and Digital Services Cluster Malta','IDSC'),O('Malta Life Sciences Cluster','MLSC'),
 O('Malta Life Sciences Park'),O('Gozo Agri-Food and Rural Tourism Cluster','GARTC'),O('Malta Film and Creative Industries Cluster','MFCIC'),O('Malta Green Construction Cluster','MGCC'),
 O('Distretto Tecnologico Sicilia Micro e Nano Sistemi','DTSMNS'),O('Distretto Produttivo della Pesca e Crescita Blu','COSVAP'),O('Sicilia Agrumi Cluster','SAC')]
gold(F,[P('Josianne Cutajar Mifsud','Director General for Enterprise Policy','Ministry for the Economy, Enterprise and Strategic Projects'),
 P('Kenneth Farrugia',None,'Malta Enterprise'),P('Roberta Zammit Lupi',None,'University of Malta'),P('Clayton Grech',None,'Malta Council for Science and Technology'),
 P('Salvatore Li Causi',None,'Regione Siciliana – Dipartimento delle Attività Produttive'),P('Charlene Vella Borg','Senior Policy Officer','Ministry for the Economy, Enterprise and Strategic Projects')],
 [O('Ministry for the Economy, Enterprise and Strategic Projects','MEES'),O('Directorate for Enterprise Policy and Industrial Ecosystems'),O('Regione Siciliana'),O('Malta Enterprise')]+L+
 [O('Building Industry Innovation Network'),O('Green Building Council Malta'),O('Malta Fintech Cluster','MFC'),O('University of Malta'),O('Malta Council for Science and Technology','MCST'),
  O('Regione Siciliana – Dipartimento delle Attività Produttive')],
 [E('assessment visit','2036-05-12','2036-05-13',None,None),E('information session for applicants','2036-09-17','2036-09-17',None,None),
  E('National Cluster Day','2036-11-20','2036-11-20','Valletta','Malta')],
 ['2036-06-30','2034/2040','2034-01-15','2034-10-09','2037-12-31','2038-06-30','2037-03-31','2036-12-31','2038-09-30','2038-12-31','2038-03-31','2037-06-30','2035-12-31',
  '2036-03-21','2036-05-12/2036-05-13','2036-03-31','2036-01','2035/2037','2036-09-01','2036-10-31','2036-09-17','2036-11-20'],pub='2036-06-30')
