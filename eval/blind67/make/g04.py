from h import *
import docx
F='sardinia-agrifood-cluster-general-assembly-minutes-2036.docx'
D=["The annual report and the accounts for 2035 are approved",
"The budget for 2036 is approved with a membership fee unchanged at 450 euros",
"Francesca Piras Melis is elected President for the term 2036–2039",
"The cluster joins the Mediterranean Food Clusters Network",
"The general assembly mandates the board to prepare a joint application with the Sardinian agency for the promotion of agrifood products by 30 September 2036"]
d=docx.Document()
d.add_heading('Sardinia Agrifood Cluster (Cluster Agroalimentare della Sardegna)',1)
d.add_paragraph('Minutes of the ordinary General Assembly')
d.add_paragraph(f'Date: {wd(2036,4,24)} 24 April 2036, 10:00–13:15\nPlace: Sala conferenze, Sardegna Ricerche, Edificio 2, Pula (Cagliari)\nChair: Giovanni Battista Deiana, President\nSecretary of the meeting: Dr. Alessia Cocco, cluster manager')
d.add_paragraph('Present: 47 of the 63 member organisations (41 in person, 6 by proxy). The quorum under Article 11 of the statutes is reached. Guests: Roberta Zedda, Regional Councillor for Agriculture of the Autonomous Region of Sardinia; Marc Aubertin, project officer at the European Innovation Council and SMEs Executive Agency (EISMEA).')
d.add_heading('Agenda',2)
for a in ['Opening and approval of the agenda','Annual report 2035','Accounts 2035 and auditor’s report','Budget and membership fees 2036','Election of the President and of the board','Membership of the Mediterranean Food Clusters Network','Joint projects 2036–2037','Any other business']: d.add_paragraph(a,style='List Number')
d.add_heading('1. Opening',2)
d.add_paragraph('The President opened the meeting, welcomed the guests and recalled the members who joined in 2035, among them the dairy cooperative 3A Arborea and the start-up Nuragica Biotech S.r.l. The agenda was approved without changes.')
d.add_heading('2–3. Annual report and accounts',2)
d.add_paragraph('Dr. Cocco presented the annual report. In 2035 the cluster ran 36 events, helped 19 companies at the Cibus fair in Parma and led two Interreg Maritime projects. The auditor, Rag. Pierpaolo Manca, read his report and confirmed that the accounts give a true picture. Revenues were 612,000 euros, of which 58 per cent from projects. Several members asked for a breakdown of project costs by sector; the manager will send it with the minutes.')
d.add_paragraph('In the discussion, members stressed that the cluster should do more for small olive oil and wine producers in the interior, who rarely take part in fairs, and that the cluster office in Cagliari should open a desk in Nuoro one day a week. Dr. Cocco replied that a pilot desk would start in the autumn if the budget allowed. Members also thanked the staff for the shared stand at the fair and asked to repeat it.')
d.add_heading('4. Budget 2036',2)
d.add_paragraph('The treasurer, Salvatore Loi, presented the budget. Mr Efisio Porcu (Caseificio Porcu & Figli) proposed to raise the fee for large companies; the proposal was withdrawn after discussion.')
d.add_heading('5. Elections',2)
d.add_paragraph('Mr Deiana did not stand again after two terms (2030–2035). One candidate, Francesca Piras Melis, CEO of Cantina Su Entu, presented her programme. The new board members, elected for three years, are: Ignazio Sanna (Consorzio Pecorino Sardo DOP), Dr. Maria Grazia Usai (University of Sassari), Antonello Murgia-Fadda (Coldiretti Sardegna) and Sara Lai (Agris Sardegna).')
d.add_heading('6–7. Network membership and joint projects',2)
d.add_paragraph('Ms Zedda welcomed the plan to join the network and announced a regional call for agrifood innovation to open in June 2036. Mr Aubertin explained the rules of the next call for European Strategic Cluster Partnerships.')
d.add_heading('Votes',2)
t=d.add_table(rows=1,cols=5); t.style='Table Grid'
for i,h in enumerate(['Item','In favour','Against','Abstentions','Result']): t.rows[0].cells[i].text=h
for r in [('Annual report and accounts 2035','45','0','2','approved'),('Budget 2036','43','3','1','approved'),('Election of the President','44','0','3','elected'),('Election of the board','47','0','0','elected'),('Network membership','40','4','3','approved'),('Mandate for joint application','47','0','0','approved')]:
    c=t.add_row().cells
    for i,v in enumerate(r): c[i].text=v
d.add_heading('Decisions',2)
for x in D: d.add_paragraph(x+'.',style='List Bullet')
d.add_heading('8. Any other business',2)
d.add_paragraph(f'The next General Assembly will be held in Sassari in spring 2037. The members’ summer meeting takes place at the Agris experimental farm in Bonassai on {wd(2036,6,26)} 26 June 2036. The President closed the meeting at 13:15 and thanked Mr Deiana for his years of service.')
d.add_paragraph('Signed: Giovanni Battista Deiana (chair) · Alessia Cocco (secretary) · Pula, 24 April 2036')
d.save('../docs/'+F)
C='Sardinia Agrifood Cluster'
gold(F,[P('Giovanni Battista Deiana','President',C),P('Alessia Cocco','cluster manager',C),P('Roberta Zedda','Regional Councillor for Agriculture','Autonomous Region of Sardinia'),
P('Marc Aubertin','project officer','European Innovation Council and SMEs Executive Agency'),P('Pierpaolo Manca','auditor',None),P('Salvatore Loi','treasurer',C),
P('Efisio Porcu',None,'Caseificio Porcu & Figli'),P('Francesca Piras Melis','CEO','Cantina Su Entu'),P('Ignazio Sanna','board member','Sardinia Agrifood Cluster'),
P('Maria Grazia Usai','board member','Sardinia Agrifood Cluster'),P('Antonello Murgia-Fadda','board member','Sardinia Agrifood Cluster'),P('Sara Lai','board member','Sardinia Agrifood Cluster')],
[O(C),O('Sardegna Ricerche'),O('Autonomous Region of Sardinia'),O('European Innovation Council and SMEs Executive Agency','EISMEA'),O('3A Arborea'),O('Nuragica Biotech S.r.l.'),
O('Caseificio Porcu & Figli'),O('Cantina Su Entu'),O('Consorzio Pecorino Sardo DOP'),O('University of Sassari'),O('Coldiretti Sardegna'),O('Agris Sardegna'),O('Mediterranean Food Clusters Network')],
[E('ordinary General Assembly','2036-04-24','2036-04-24','Pula','Italy'),E('Cibus fair',None,None,'Parma','Italy'),E('General Assembly','2037','2037','Sassari','Italy'),E("members’ summer meeting",'2036-06-26','2036-06-26','Bonassai','Italy')],
['2036-04-24','2035','2036','2036/2039','2036-09-30','2036/2037','2030/2035','2036-06','2037','2036-06-26'],D)
