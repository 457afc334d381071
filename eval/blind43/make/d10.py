from common import *
import docx, os
d = docx.Document()
d.add_heading('Präzisionstechnik-Netzwerk Vorarlberg (PTNV)', 0)
d.add_paragraph('Steering Group – Minutes of the 14th meeting')
d.add_paragraph('Date: 22.01.2035, 14:00–17:15\nPlace: Campus V, Dornbirn, meeting room 2.14, and online (Teams)\nMinutes: Sabine Feurstein')
d.add_heading('Present', 1)
for x in ['Mag. Lukas Hämmerle, Chair of the Steering Group (Hämmerle Feinmechanik GmbH)',
          'DI Verena Bischof-Natter, Vice-Chair (Bregenzerwald Spindeltechnik GmbH)',
          'Dr. Thomas Mathis, FH Vorarlberg, Research Centre for Microtechnology',
          'Andrea Fink, Wirtschaftskammer Vorarlberg, Department for Industry',
          'Markus Nägele, Head of Technology and Innovation, Wirtschafts-Standort Vorarlberg GmbH (WISTO)',
          'Sabine Feurstein, cluster manager, PTNV',
          'Jonas Ritter, project assistant, PTNV (items 4–6)']:
    d.add_paragraph(x, style='List Bullet')
d.add_paragraph('Excused: Reinhard Vonbank (Rheintal Optik AG); Dr. Claudia Ender (Amt der Vorarlberger Landesregierung, Abteilung Wirtschaft).')
d.add_paragraph('Guest for item 5: Moritz Eberle, project manager at the Swiss partner network Präzisionscluster Ostschweiz (PCO), St. Gallen.')
d.add_heading('1. Opening and approval of the agenda', 1)
d.add_paragraph('The Chair opened the meeting at 14:05 and welcomed the members. The agenda was approved without changes. The minutes of the 13th meeting of 14 November 2034 were approved.')
d.add_heading('2. Activity report Q4/2034 and budget 2035', 1)
d.add_paragraph('Sabine Feurstein presented the activities of the last quarter: the Precision Day at V-Werk Hohenems on 9 October 2034 (140 participants), two company visits within the "Lean Machining" working group and the trip of seven member companies to EMO Hannover in September 2034. The network now has 61 members. The budget for 2035 (EUR 412,000, of which 55% from the Land Vorarlberg and 45% from membership fees and projects) was discussed. Markus Nägele pointed out that the Land funding for 2036 will depend on the evaluation planned for autumn 2035.')
d.add_paragraph('In the discussion, several members asked whether the share of membership fees could be raised without losing smaller companies. The Vice-Chair suggested a reduced fee for companies with fewer than ten employees, combined with a higher fee for the largest members. The cluster manager will prepare two scenarios for the next meeting. It was also noted that the working group "Lean Machining" has grown to 18 companies and needs a second coordinator from industry.')
d.add_heading('3. Events 2035', 1)
d.add_paragraph('The cluster manager presented the draft events plan for 2035:')
t = d.add_table(rows=1, cols=4)
t.style = 'Table Grid'
h = t.rows[0].cells
h[0].text, h[1].text, h[2].text, h[3].text = 'Date', 'Event', 'Place', 'Lead'
for r in [('12.03.2035', 'Members\u2019 meeting and General Assembly', 'Dornbirn', 'PTNV'),
          ('06.–07.05.2035', 'Swiss-Austrian Precision Days', 'St. Gallen', 'PCO / PTNV'),
          ('19.06.2035', 'Workshop "Grinding of ceramics"', 'Feldkirch', 'FH Vorarlberg'),
          ('14.–17.10.2035', 'Joint stand at Vienna Tec (tbc)', 'Vienna', 'WISTO'),
          ('20.11.2035', 'Precision Day 2035', 'Hohenems', 'PTNV')]:
    c = t.add_row().cells
    for i, v in enumerate(r): c[i].text = v
d.add_heading('4. Interreg project "ALPRHEIN-PRECISE"', 1)
d.add_paragraph('Dr. Thomas Mathis reported on the project proposal under Interreg Alpenrhein-Bodensee-Hochrhein. The consortium comprises PTNV, FH Vorarlberg, PCO and the Liechtenstein technology association Technik Forum Liechtenstein. Submission deadline is 28 February 2035. The project would run for three years and focus on the measurement of micro-parts, shared test equipment and a training programme for quality engineers. The total budget is estimated at EUR 2.1 million. The members agreed that the proposal should include at least four SMEs as pilot users and that the cluster should not take on the coordinator role.')
d.add_heading('5. Cooperation with Präzisionscluster Ostschweiz', 1)
d.add_paragraph('Moritz Eberle presented PCO\u2019s training offer for CNC operators. Both networks want to organise the Swiss-Austrian Precision Days together for the first time.')
d.add_paragraph('The members discussed whether companies from Vorarlberg could send apprentices to the PCO courses. Moritz Eberle confirmed that places are available from autumn onwards and that the courses are held in German. Questions of cost sharing and of recognition of the certificates in Austria remain open and will be clarified with the Wirtschaftskammer. The Steering Group welcomed the proposal and asked for a written offer.')
d.add_heading('6. Decisions', 1)
for x in ['The budget 2035 is approved as presented.',
          'The events plan 2035 is approved; the participation in Vienna Tec is subject to a minimum of five exhibiting members.',
          'PTNV will join the Interreg proposal ALPRHEIN-PRECISE as a partner with a budget share of up to EUR 180,000.',
          'A cooperation agreement with PCO will be prepared and signed at the Swiss-Austrian Precision Days.',
          'The membership fee remains unchanged for 2035.']:
    d.add_paragraph(x, style='List Number')
d.add_heading('7. Action points', 1)
for x in ['Sabine Feurstein: send the final events plan to all members by 31.01.2035.',
          'Dr. Thomas Mathis: circulate the draft Interreg proposal by 10.02.2035.',
          'Mag. Lukas Hämmerle and Moritz Eberle: draft the cooperation agreement PTNV–PCO by 15.04.2035.',
          'Andrea Fink: check whether Wirtschaftskammer Vorarlberg can co-finance the Vienna Tec stand.',
          'Jonas Ritter: prepare the invitation to the General Assembly (dispatch at the latest four weeks before).']:
    d.add_paragraph(x, style='List Bullet')
d.add_heading('8. Next meetings', 1)
d.add_paragraph('15th meeting: Wednesday, 25 April 2035, 14:00, Hämmerle Feinmechanik GmbH, Lustenau.\n16th meeting: Tuesday, 18 September 2035, 14:00, online.\nThe Chair closed the meeting at 17:15.')
d.add_paragraph('Dornbirn, 27.01.2035\nLukas Hämmerle (Chair)          Sabine Feurstein (minutes)')
doc = "PTNV_Steering-Group_Minutes_14th-meeting_2035-01-22.docx"
d.save(os.path.join(BASE,'docs',doc))
gold(doc, None,
 [P("Sabine Feurstein","cluster manager","PTNV"),
  P("Lukas Hämmerle","Chair of the Steering Group","PTNV"),
  P("Verena Bischof-Natter","Vice-Chair","PTNV"),
  P("Thomas Mathis",None,"Research Centre for Microtechnology"),
  P("Andrea Fink",None,"Department for Industry"),
  P("Markus Nägele","Head of Technology and Innovation","Wirtschafts-Standort Vorarlberg GmbH"),
  P("Jonas Ritter","project assistant","PTNV"),
  P("Reinhard Vonbank",None,"Rheintal Optik AG"),
  P("Claudia Ender",None,"Abteilung Wirtschaft"),
  P("Moritz Eberle","project manager","Präzisionscluster Ostschweiz")],
 [O("Präzisionstechnik-Netzwerk Vorarlberg","PTNV"), O("Hämmerle Feinmechanik GmbH"),
  O("Bregenzerwald Spindeltechnik GmbH"), O("FH Vorarlberg"), O("Research Centre for Microtechnology"),
  O("Wirtschaftskammer Vorarlberg"), O("Department for Industry"),
  O("Wirtschafts-Standort Vorarlberg GmbH","WISTO"), O("Rheintal Optik AG"),
  O("Amt der Vorarlberger Landesregierung"), O("Abteilung Wirtschaft"),
  O("Präzisionscluster Ostschweiz","PCO"), O("Technik Forum Liechtenstein")],
 [E("14th meeting","2035-01-22",None,"Dornbirn","Austria"),
  E("13th meeting","2034-11-14",None,None,None),
  E("Precision Day","2034-10-09",None,"Hohenems","Austria"),
  E("EMO Hannover","2034-09",None,"Hannover","Germany"),
  E("Members\u2019 meeting and General Assembly","2035-03-12",None,"Dornbirn","Austria"),
  E("Swiss-Austrian Precision Days","2035-05-06","2035-05-07","St. Gallen","Switzerland"),
  E('Workshop "Grinding of ceramics"',"2035-06-19",None,"Feldkirch","Austria"),
  E("Vienna Tec","2035-10-14","2035-10-17","Vienna","Austria"),
  E("Precision Day 2035","2035-11-20",None,"Hohenems","Austria"),
  E("15th meeting","2035-04-25",None,"Lustenau","Austria"),
  E("16th meeting","2035-09-18",None,None,None)],
 ["2035-01-22","2034-11-14","2034-10-09","2034-09","2034","2035","2036","2035-03-12","2035-05-06/2035-05-07","2035-06-19",
  "2035-10-14/2035-10-17","2035-11-20","2035-02-28","2035-01-31","2035-02-10","2035-04-15","2035-04-25","2035-09-18","2035-01-27"],
 ['The budget 2035 is approved as presented',
  'The events plan 2035 is approved; the participation in Vienna Tec is subject to a minimum of five exhibiting members',
  'PTNV will join the Interreg proposal ALPRHEIN-PRECISE as a partner with a budget share of up to EUR 180,000',
  'A cooperation agreement with PCO will be prepared and signed at the Swiss-Austrian Precision Days',
  'The membership fee remains unchanged for 2035'])
