from h import *
import docx
F='zemgale-mechatronics-board-election-2035.docx'
paras=[('h','Zemgale Mechatronics and Engineering Cluster'),('p','Biedrība "Zemgales mehatronikas un inženierijas klasteris" · Reg. No. 40008299114 · Lielā iela 12, Jelgava, LV-3001, Latvia'),
('h','General Assembly 2035: results of the board election'),
('p',f'Jelgava, {wd(2035,3,22)} 22 March 2035'),
('p','The ordinary General Assembly of the Zemgale Mechatronics and Engineering Cluster (ZMEC) met on 21 March 2035 in the conference hall of the Latvia University of Life Sciences and Technologies (LBTU) in Jelgava. Of the cluster\'s 64 members, 49 were represented in person or by proxy, so the assembly had a quorum. The meeting was chaired by Ilze Kalniņa-Bērziņa and minuted by Roberts Ozols.'),
('p','After approving the annual report for 2034 and the financial statements, and discharging the outgoing board, the members elected a new board of seven for the term 2035–2038. Five candidates were re-elected; two joined the board for the first time. In its first meeting, held directly after the assembly, the board elected its chair and deputy chair.'),
('p','In her report for 2034, cluster manager Elīna Grīnberga listed 27 events with 1,140 participants, three new joint projects and eight new members, among them two companies from Bauska and one from Šiauliai in Lithuania. The first trade mission of the cluster to Lower Silesia took place from 15 to 17 October 2034 in Wrocław, with eleven member companies and meetings at the Wrocław Technology Park. Revenue from membership fees rose by 12 per cent; the cluster closed the year with a small surplus of EUR 8,400, which the assembly allocated to the reserve. Members also asked the board to publish the minutes of board meetings in the members\' area of the website within two weeks.'),
('p','The new board:')]
rows=[('Name','Function on the board','Organisation','Votes'),
('Dr. sc. ing. Mārtiņš Liepiņš','Chair','SIA Zemgales Metālapstrāde, Jelgava','46'),
('Ilze Kalniņa-Bērziņa','Deputy Chair','Latvia University of Life Sciences and Technologies (LBTU)','47'),
('Gints Ābols','Treasurer','AS Bauskas Hidraulika','44'),
('Dr. Katrin Vollmer-Sauka','Board member (international affairs)','Jelgavas Robotikas Centrs SIA','41'),
('Andris Vanags','Board member','SIA Dobeles Automātika','39'),
('Laura Pētersone','Board member (skills and training)','Jelgava Technical School','43'),
('Tomasz Wiśniewski','Board member','SIA Baltic Drive Systems (subsidiary of Wiśniewski Napędy sp. z o.o.)','37')]
after=[('p','Not re-elected: Valdis Krūmiņš (SIA Auces Mašīnbūve), who did not stand again after two terms. The chair thanked him for his work on the cluster\'s export group and for hosting the 2033 summer meeting in Auce.'),
('p','Auditor: the assembly appointed SIA Revīzija un Konsultācijas as auditor for the financial year 2035, with sworn auditor Dace Romanovska responsible.'),
('h','Statement of the newly elected chair'),
('p','"We are an engineering region, but our companies are small," said Mārtiņš Liepiņš after the vote. "The board will concentrate on three things in this term: a shared testing line for robot cells at the university, a common offer of apprenticeships with the technical school, and a second trade mission to Lower Silesia after the good contacts made in Wrocław in October. I thank the members for their trust and Ilze for agreeing to continue as deputy."'),
('h','Other decisions of the assembly'),
('p','1. The membership fee for 2036 remains unchanged (EUR 300 for micro enterprises, EUR 600 for SMEs, EUR 1,500 for large enterprises).'),
('p','2. The cluster will apply for the renewal of its Silver label of the European Cluster Excellence Initiative by the end of 2035.'),
('p','3. The cluster joins the Latvian Clusters Network\'s working group on defence supply chains.'),
('p','4. The cluster strategy 2035–2039 prepared by the cluster manager Elīna Grīnberga was approved with two amendments on energy costs.'),
('h','Next dates'),
('p',f'Members\' meeting and site visit at SIA Dobeles Automātika, Dobele: {wd(2035,5,14)}, 14 May 2035.'),
('p',f'Zemgale Engineering Day 2035: {wd(2035,10,8)}, 8 October 2035, Jelgava Palace.'),
('p','Next ordinary General Assembly: March 2036.'),
('p','Contact: Elīna Grīnberga, cluster manager · +371 6300 4412 · elina.grinberga@zmec.lv'),]
d=docx.Document()
for k,t in paras:
    d.add_heading(t,level=1) if k=='h' else d.add_paragraph(t)
tb=d.add_table(rows=len(rows),cols=4); tb.style='Table Grid'
for i,r in enumerate(rows):
    for j,c in enumerate(r): tb.cell(i,j).text=c
for k,t in after:
    d.add_heading(t,level=2) if k=='h' else d.add_paragraph(t)
d.save(os.path.join(B,'docs',F))
ZM='Zemgale Mechatronics and Engineering Cluster'
gold(F,[P('Ilze Kalniņa-Bērziņa','Deputy Chair',ZM),P('Roberts Ozols',None,None),P('Mārtiņš Liepiņš','Chair',ZM),P('Gints Ābols','Treasurer',ZM),
 P('Katrin Vollmer-Sauka','Board member (international affairs)',ZM),P('Andris Vanags','Board member',ZM),P('Laura Pētersone','Board member (skills and training)',ZM),
 P('Tomasz Wiśniewski','Board member',ZM),P('Valdis Krūmiņš',None,'SIA Auces Mašīnbūve'),P('Dace Romanovska','sworn auditor','SIA Revīzija un Konsultācijas'),P('Elīna Grīnberga','cluster manager',ZM)],
 [O(ZM,'ZMEC'),O('Latvia University of Life Sciences and Technologies','LBTU'),O('SIA Zemgales Metālapstrāde'),O('AS Bauskas Hidraulika'),O('Jelgavas Robotikas Centrs SIA'),
  O('SIA Dobeles Automātika'),O('Jelgava Technical School'),O('SIA Baltic Drive Systems'),O('Wiśniewski Napędy sp. z o.o.'),O('SIA Auces Mašīnbūve'),O('SIA Revīzija un Konsultācijas'),O('Latvian Clusters Network'),O('Wrocław Technology Park')],
 [E('General Assembly 2035','2035-03-21','2035-03-21','Jelgava','Latvia'),E('trade mission to Lower Silesia','2034-10-15','2034-10-17','Wrocław','Poland'),E('2033 summer meeting','2033','2033','Auce','Latvia'),E('Members\' meeting and site visit','2035-05-14','2035-05-14','Dobele','Latvia'),
  E('Zemgale Engineering Day 2035','2035-10-08','2035-10-08','Jelgava','Latvia'),E('ordinary General Assembly','2036-03','2036-03',None,None)],
 ['2035-03-22','2035-03-21','2034','2035/2038','2034-10-15/2034-10-17','2036','2035','2035/2039','2035-05-14','2035-10-08','2036-03'],pub='2035-03-22',
 km=['The membership fee for 2036 remains unchanged (EUR 300 for micro enterprises, EUR 600 for SMEs, EUR 1,500 for large enterprises)',
 'The cluster will apply for the renewal of its Silver label of the European Cluster Excellence Initiative by the end of 2035',
 "The cluster joins the Latvian Clusters Network's working group on defence supply chains",
 'The cluster strategy 2035–2039 prepared by the cluster manager Elīna Grīnberga was approved with two amendments on energy costs'])
