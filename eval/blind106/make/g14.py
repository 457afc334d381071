from h import *
import docx
F = 'g14_malta_steering_group_minutes.docx'
assert wd(2038,2,23)=='Tuesday' and wd(2038,4,20)=='Tuesday' and wd(2038,3,18)=='Thursday' and wd(2037,12,8)=='Tuesday'
DEC = ["The steering group approved the work plan for 2038 with the amendments proposed under item 3",
 "The membership fee for start-ups under two years old is reduced to €250 a year from 1 April 2038",
 "The cluster will apply to the Malta Council for Science and Technology for funding of a shared cleanroom feasibility study",
 "Dr Rebecca Zammit is mandated to represent the cluster in the Euro-Mediterranean Life Sciences Network",
 "The annual Life Sciences Malta Summit will be held on 18 March 2038 at the Mediterranean Conference Centre"]
d = docx.Document()
d.add_heading('MALTA LIFE SCIENCES CLUSTER', 0)
d.add_paragraph('Steering Group – Minutes of Meeting No. 1/2038')
t = d.add_table(rows=5, cols=2); t.style = 'Table Grid'
for i,(a,b) in enumerate([('Date','Tuesday, 23 February 2038'),('Time','14:00–16:45'),
   ('Venue','Life Sciences Park, San Ġwann, Board Room 2 (and online)'),('Chair','Prof. Joseph Borg Cardona'),
   ('Minutes','Kristina Vella, Cluster Coordinator')]):
    t.cell(i,0).text=a; t.cell(i,1).text=b
d.add_heading('Present', 2)
for x in ['Prof. Joseph Borg Cardona, Chair (University of Malta)',
          'Dr Rebecca Zammit, Vice-Chair (Biomedica Malta Ltd)',
          'Mark Spiteri, Treasurer (Mediterranean Pharma Solutions Ltd)',
          'Dr Andrea Micallef (Malta Enterprise)',
          'Stephanie Grech Farrugia (Malta Council for Science and Technology)',
          'Luca Bonnici (Malta Chamber of SMEs)',
          'Kristina Vella, Cluster Coordinator (secretary)']:
    d.add_paragraph(x, style='List Bullet')
d.add_paragraph('Apologies: Dr Nadia Camilleri (Mater Dei Hospital); Ivan Agius (Malta College of Arts, Science and Technology – MCAST).')
d.add_paragraph('In attendance for item 4: Helena Lindqvist, Director, BioMed Cluster Skåne (online).')
d.add_heading('1. Opening and approval of the agenda', 2)
d.add_paragraph('The Chair opened the meeting at 14:05 and welcomed the members. The agenda was approved with one addition under '
  'any other business (AOB). The Chair noted that a quorum was present.')
d.add_heading('2. Minutes of the previous meeting and matters arising', 2)
d.add_paragraph('The minutes of the meeting of 8 December 2037 were approved without changes. On matters arising, the Coordinator '
  'reported that the cluster\'s new website went live on 15 January 2038 and that the membership database has been cleaned: '
  'the cluster now counts 58 paying members, of which 21 are start-ups. The action on the joint stand at BIO-Europe Spring '
  '2038 is closed, since only two members confirmed interest.')
d.add_heading('3. Work plan 2038', 2)
d.add_paragraph('The Coordinator presented the draft work plan, which was circulated on 9 February. It foresees four lines: '
  'regulatory support for medical device makers under the EU Medical Device Regulation, skills, access to finance and '
  'internationalisation. Dr Andrea Micallef asked that the skills line be coordinated with the Malta Enterprise talent '
  'scheme, to avoid two similar calls. Mark Spiteri suggested moving the investor day from June to October, when more '
  'funds are active. Both amendments were accepted.')
d.add_heading('4. International cooperation', 2)
d.add_paragraph('Helena Lindqvist presented the Euro-Mediterranean Life Sciences Network, which links eleven clusters from '
  'Sweden, Spain, Greece, Cyprus, Italy and Tunisia. The network will hold its general assembly in Limassol on 20 April 2038 '
  'and invited the cluster to become a full member. The members agreed that the cluster should join, provided that the fee '
  'does not exceed €1,500 a year. Dr Rebecca Zammit volunteered to represent the cluster.')
d.add_heading('5. Finances', 2)
d.add_paragraph('The Treasurer reported an income of €187,400 for 2037 and a surplus of €6,120. He noted that membership '
  'fees cover only 31% of the budget and that the start-up fee is seen as a barrier. After discussion, the steering group '
  'agreed to reduce it.')
d.add_heading('6. Life Sciences Malta Summit 2038', 2)
d.add_paragraph('Stephanie Grech Farrugia confirmed that the Mediterranean Conference Centre in Valletta has been booked for '
  '18 March 2038. Confirmed speakers include the Parliamentary Secretary for Research and Innovation and Dr Paolo Ferraro '
  'of the European Medicines Agency. Luca Bonnici asked for a dedicated B2B session for SMEs.')
d.add_paragraph('The members discussed the format of the summit. Dr Rebecca Zammit proposed a short pitching session for '
  'start-ups in the afternoon, followed by a reception on the terrace. The Chair stressed that the summit should also '
  'reach clinicians and hospital procurement staff, who so far have rarely attended. It was agreed to invite the '
  'management of Mater Dei Hospital to a panel on innovation in public procurement, and to offer free places to '
  'students of the University of Malta and MCAST. Kristina Vella reported that three sponsors have confirmed their '
  'support so far, and that the registration page will open on 1 March 2038. The expected number of participants is '
  'about 250, against 190 in 2037.')
d.add_heading('7. Any other business', 2)
d.add_paragraph('Luca Bonnici informed the group that the Malta Chamber of SMEs will publish a survey on skills gaps in the '
  'health sector in May 2038 and offered to present it at the next meeting.')
d.add_heading('Decisions', 2)
for x in DEC: d.add_paragraph(x, style='List Number')
d.add_heading('Actions', 2)
t2 = d.add_table(rows=5, cols=3); t2.style='Table Grid'
for i,row in enumerate([('Action','Owner','Due'),
    ('Revise and circulate work plan 2038','Kristina Vella','2 March 2038'),
    ('Draft MCST funding application','Stephanie Grech Farrugia / Kristina Vella','31 March 2038'),
    ('Confirm membership of the network','Dr Rebecca Zammit','20 April 2038'),
    ('Summit programme and B2B session','Kristina Vella, Luca Bonnici','4 March 2038')]):
    for j,v in enumerate(row): t2.cell(i,j).text=v
d.add_paragraph('Next meeting: Tuesday, 20 April 2038 at 14:00, online (the Vice-Chair will join from Limassol).')
d.add_paragraph('The meeting closed at 16:45.')
d.add_paragraph('Minutes approved by: ____________________   Prof. Joseph Borg Cardona, Chair        Date: __________')
d.add_paragraph('Malta Life Sciences Cluster · Life Sciences Park, San Ġwann SGN 0000, Malta · info@mlsc.example.mt')
d.save(path(F))
C = "Malta Life Sciences Cluster"
gold(F,
 [P("Joseph Borg Cardona","Chair",C),
  P("Kristina Vella","Cluster Coordinator",C),
  P("Rebecca Zammit","Vice-Chair",C),
  P("Mark Spiteri","Treasurer",C),
  P("Andrea Micallef",None,"Malta Enterprise"),
  P("Stephanie Grech Farrugia",None,"Malta Council for Science and Technology"),
  P("Luca Bonnici",None,"Malta Chamber of SMEs"),
  P("Nadia Camilleri",None,"Mater Dei Hospital"),
  P("Ivan Agius",None,"Malta College of Arts, Science and Technology"),
  P("Helena Lindqvist","Director","BioMed Cluster Skåne"),
  P("Paolo Ferraro",None,"European Medicines Agency")],
 [O(C), O("Life Sciences Park"), O("University of Malta"),
  O("Biomedica Malta Ltd"), O("Mediterranean Pharma Solutions Ltd"), O("Malta Enterprise"),
  O("Malta Council for Science and Technology","MCST"), O("Malta Chamber of SMEs"), O("Mater Dei Hospital"),
  O("Malta College of Arts, Science and Technology","MCAST"), O("BioMed Cluster Skåne"),
  O("Euro-Mediterranean Life Sciences Network"), O("European Medicines Agency")],
 [E("Steering Group meeting No. 1/2038","2038-02-23",None,"San Ġwann","Malta"),
  E("meeting of 8 December 2037","2037-12-08",None,None,None),
  E("BIO-Europe Spring 2038",None,None,None,None),
  E("investor day","2038-10",None,None,None),
  E("general assembly","2038-04-20",None,"Limassol","Cyprus"),
  E("Life Sciences Malta Summit 2038","2038-03-18",None,"Valletta","Malta"),
  E("Next meeting","2038-04-20",None,None,None)],
 ["2038-02-23","2037-12-08","2038-01-15","2038-02-09","2038-06","2038-10","2038-04-20","2037","2038-03-18","2038-05",
  "2038-04-01","2038-03-01","2038-03-02","2038-03-31","2038-03-04","2038"],
 DEC, None)
