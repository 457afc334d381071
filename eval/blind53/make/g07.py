from h import *
import docx
F = 'KADAM_Work-Plan-2035_approved.docx'
d = docx.Document()
d.add_heading('Kainuu Data Centre and Battery Minerals Cluster (KADAM)', 0)
d.add_heading('Annual Work Plan 2035', 1)
d.add_paragraph('Approved by the Steering Group on 28 November 2034 · Prepared by the cluster office, Kajaani Science Park')
d.add_heading('1. Background', 2)
d.add_paragraph('KADAM was founded in 2029 by Kainuun Etu Oy, the regional development company of Kainuu, together with the University of Oulu Kajaani University Consortium and eleven companies. It brings together the data-centre operators of the Renforsin Ranta industrial area, the battery-mineral mining and processing chain around Sotkamo and Talvivaara, and their suppliers. In 2035 the cluster has 38 members. The work plan follows the KADAM Strategy 2033–2036 and is funded by member fees (about 40 %) and by the Just Transition Fund project "Kainuu Green Compute" (2034–2036), administered by the Regional Council of Kainuu.')
d.add_paragraph('The cluster office consists of cluster manager Tuomas Heikkinen, project coordinator Saara Kemppainen-Ojala and communications officer Niko Leinonen (50 %). The Steering Group is chaired by Marjatta Pulkkinen, chief operating officer of Sotkamo Battery Materials Oy; vice-chair is Henrik Lindqvist, site director of NorrData Kajaani Oy.')
d.add_heading('2. Priorities for 2035', 2)
for t in ['Waste heat: connect at least two more data centres to the Kajaani district heating network operated by Kainuun Lämpöverkot Oy.',
          'Skills: launch a joint training path for electricians and process operators with Kajaani University of Applied Sciences (KAMK).',
          'Internationalisation: two missions abroad and one incoming delegation.',
          'Visibility: a KADAM stand at the Kaivosmessut mining fair and a cluster presence at the Data Centre World fair.',
          'Membership: reach 45 members by the end of the year.']:
    d.add_paragraph(t, style='List Bullet')
d.add_heading('3. Activities per quarter', 2)
rows = [('Quarter','Activity','Date','Place','Lead'),
 ('Q1','Steering Group meeting 1/2035','22.1.2035','Kajaani, Science Park','T. Heikkinen'),
 ('Q1','Workshop "Waste heat contracts – who pays for the pipe?"','12.2.2035','Kajaani','S. Kemppainen-Ojala'),
 ('Q1','Members\' breakfast with the Regional Council of Kainuu','March 2035 (tbc)','Kajaani','T. Heikkinen'),
 ('Q2','General Assembly 2035 (annual meeting of members)','23.4.2035','Sotkamo, Vuokatti','Steering Group'),
 ('Q2','Steering Group meeting 2/2035','23.4.2035 (after the General Assembly)','Sotkamo','M. Pulkkinen'),
 ('Q2','Mission to the Battery Show Europe, Stuttgart','June 2035','Stuttgart, Germany','S. Kemppainen-Ojala'),
 ('Q2','Kaivosmessut mining fair, joint stand','11–13.6.2035','tbc','N. Leinonen'),
 ('Q3','Workshop "Training path for process operators" with KAMK','September 2035','Kajaani','S. Kemppainen-Ojala'),
 ('Q3','Steering Group meeting 3/2035','16.9.2035','online','T. Heikkinen'),
 ('Q3','Incoming delegation of Swedish data-centre operators from Luleå','24–25.9.2035','Kajaani, Sotkamo','T. Heikkinen'),
 ('Q4','Data Centre World Frankfurt – visitors\' group','November 2035','Frankfurt am Main, Germany','N. Leinonen'),
 ('Q4','KADAM Annual Forum 2035','2.12.2035','Kajaani','Cluster office'),
 ('Q4','Steering Group meeting 4/2035 and approval of the Work Plan 2036','2.12.2035','Kajaani','M. Pulkkinen')]
t = d.add_table(rows=len(rows), cols=5); t.style = 'Table Grid'
for i, r in enumerate(rows):
    for j, v in enumerate(r): t.cell(i, j).text = v
d.add_paragraph('Note from the Steering Group meeting: the place of the Kaivosmessut fair is to be confirmed by the fair organiser; the table will be updated in January.')
d.add_heading('4. Budget 2035', 2)
d.add_paragraph('Total budget EUR 186,000: staff EUR 121,000; events and missions EUR 38,000; communication EUR 12,000; external experts EUR 15,000. Member fees are unchanged from 2034.')
d.add_heading('5. Indicators', 2)
for t in ['Number of members: 38 → 45',
          'Events organised: at least 6, with 300 participants in total',
          'New cooperation projects started by members: 3',
          'Megawatt-hours of data-centre waste heat delivered to the district heating network: +20 %']:
    d.add_paragraph(t, style='List Number')
d.add_heading('6. Risks', 2)
d.add_paragraph('The largest risk is the timing of the second data centre at Renforsin Ranta, which depends on the grid connection by Fingrid Oyj. A delay would postpone the waste-heat target to 2036. The mining side depends on nickel prices; two member companies have announced savings programmes. The cluster office will report on progress to the Steering Group at each meeting and to the General Assembly in April.')
d.add_paragraph('Kajaani, 28 November 2034')
d.add_paragraph('Marjatta Pulkkinen, Chair of the Steering Group · Tuomas Heikkinen, Cluster Manager')
d.save(B + '/docs/' + F)
K='Kainuu Data Centre and Battery Minerals Cluster'
gold(F, '2034-11-28',
 [P('Tuomas Heikkinen','cluster manager',K),P('Saara Kemppainen-Ojala','project coordinator',K),P('Niko Leinonen','communications officer',K),
  P('Marjatta Pulkkinen','chief operating officer','Sotkamo Battery Materials Oy'),P('Henrik Lindqvist','vice-chair','Kainuu Data Centre and Battery Minerals Cluster')],
 [O(K,'KADAM'),O('Kajaani Science Park'),O('Kainuun Etu Oy'),O('University of Oulu Kajaani University Consortium'),O('Regional Council of Kainuu'),
  O('Sotkamo Battery Materials Oy'),O('NorrData Kajaani Oy'),O('Kainuun Lämpöverkot Oy'),O('Kajaani University of Applied Sciences','KAMK'),O('Fingrid Oyj')],
 [E('Steering Group meeting 1/2035','2035-01-22',None,'Kajaani','Finland'),
  E('Workshop "Waste heat contracts – who pays for the pipe?"','2035-02-12',None,'Kajaani','Finland'),
  E("Members' breakfast with the Regional Council of Kainuu",'2035-03',None,'Kajaani','Finland'),
  E('General Assembly 2035','2035-04-23',None,'Sotkamo','Finland'),
  E('Steering Group meeting 2/2035','2035-04-23',None,'Sotkamo','Finland'),
  E('Mission to the Battery Show Europe','2035-06',None,'Stuttgart','Germany'),
  E('Kaivosmessut','2035-06-11','2035-06-13',None,None),
  E('Workshop "Training path for process operators"','2035-09',None,'Kajaani','Finland'),
  E('Steering Group meeting 3/2035','2035-09-16'),
  E('Incoming delegation of Swedish data-centre operators from Luleå','2035-09-24','2035-09-25','Kajaani, Sotkamo','Finland'),
  E('Data Centre World Frankfurt','2035-11',None,'Frankfurt am Main','Germany'),
  E('KADAM Annual Forum 2035','2035-12-02',None,'Kajaani','Finland'),
  E('Steering Group meeting 4/2035','2035-12-02',None,'Kajaani','Finland')],
 ['2034-11-28','2029','2035','2033/2036','2034/2036','2035-01-22','2035-02-12','2035-03','2035-04-23','2035-06','2035-06-11/2035-06-13','2035-09',
  '2035-09-16','2035-09-24/2035-09-25','2035-11','2035-12-02','2034','2036','2035-04','2035-01'],
 [])
