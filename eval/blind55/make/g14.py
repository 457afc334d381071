from h import *
F = 'minutes_ACP-Podravje-steering-committee_2034-03.txt'
T = '''AUTOMOTIVE CLUSTER PODRAVJE (ACP)
Minutes of the 9th meeting of the Steering Committee

Date: Tuesday 14 March 2034, 10:00–13:15
Place: Maribor, Tezno Business Zone, TPV Automotive d.o.o., meeting room "Drava"; online link for two members
Minutes taken by: Nina Kos, Project Assistant, ACP
Approved by written procedure on 28 March 2034

PRESENT
- Dr. Bojan ZORKO, Chair of the Steering Committee, Managing Director, Zorko Precision d.o.o.
- Mag. Tanja Kralj-Verbič, Vice-Chair, Head of Purchasing, Magna Steyr Slovenija d.o.o.
- Prof. Dr. Aleš Hribernik, Dean, Faculty of Mechanical Engineering, University of Maribor
- Marko Pišek, Director, Štajerska Economic Development Agency (ŠRA)
- Irena Podgoršek, CEO, Cablex-Drava d.o.o. (online)
- Gregor Hauptman, Head of Technology, Hidria d.o.o. (online)
- Matej Rebernik, Cluster Manager, ACP (secretary of the Committee)

EXCUSED
- Dr. Sabina Cvetko, Slovenian Business Development Agency SPIRIT Slovenia

GUESTS
- Dr. Andreas Fuchsberger-Leitner, Managing Director, ACstyria Mobilitätscluster GmbH (item 4)
- Urška Vidmar, Senior Adviser, Ministry of the Economy, Tourism and Sport (item 5)

AGENDA
1. Opening, quorum and adoption of the agenda
2. Minutes of the 8th meeting (5 December 2033)
3. Activity report October 2033 – February 2034
4. Cooperation with ACstyria and the Slovenian–Austrian supplier day
5. National call for cluster support 2034–2036
6. Events 2034
7. Membership
8. Any other business

1. OPENING
The Chair opened the meeting at 10:05 and confirmed that six of seven members were present (two online), so the Committee had a quorum. The agenda was adopted with one addition under item 8.

2. MINUTES OF THE 8TH MEETING
The minutes of the meeting of 5 December 2033 were approved without changes. Of the nine action points, seven are closed; the two open points (website in German, survey on skills) are carried over.

3. ACTIVITY REPORT
The Cluster Manager reported on the period October 2033 – February 2034: four new members (now 63), the workshop on battery-housing castings in Celje on 23 November 2033 with 74 participants, and the participation of eight members in the B2B meetings at the Automotive Supplier Forum in Graz on 25 January 2034. The financial result for 2033 shows a small surplus of EUR 12,400. The Committee took note of the report.

4. COOPERATION WITH ACSTYRIA
Dr. Fuchsberger-Leitner presented the plans of ACstyria for a joint Slovenian–Austrian supplier day on electric drivetrains. Both clusters would share the costs; the first edition could be held in Maribor in the autumn and the second in Graz in 2035. The Committee welcomed the proposal. Prof. Hribernik offered the premises of the Faculty of Mechanical Engineering for the technical exhibition.

5. NATIONAL CALL FOR CLUSTER SUPPORT
Ms Vidmar explained the main conditions of the call for the support of strategic cluster organisations 2034–2036, expected to be published in April 2034, with a deadline in June 2034. Applicants must show at least 50 members, a three-year strategy and an international cooperation plan. The Cluster Manager will prepare the application with support from ŠRA.

6. EVENTS 2034
The Committee discussed the draft events calendar. The annual ACP conference "Podravje Mobility Days" will be held on 19–20 June 2034 in Maribor. The study trip to the Basque automotive cluster ACICAE in Bilbao, planned for May, is postponed to October 2034 because of the call preparations. The members' summer meeting on 7 July 2034 at the Ptuj lake is confirmed.

7. MEMBERSHIP
Three applications were received: Lesnina Kovina d.o.o. (Slovenska Bistrica), Elektro-Mehanika Ormož d.o.o. and the Maribor start-up VoltGrid d.o.o. All meet the statutory conditions.

8. ANY OTHER BUSINESS
Mr Pišek informed the Committee that ŠRA will move to new offices on 1 May 2034. Ms Kralj-Verbič asked that the skills survey be launched before the summer.

DECISIONS
1. The minutes of the 8th meeting of 5 December 2033 are approved.
2. The activity report October 2033 – February 2034 and the financial result for 2033 are approved.
3. ACP will organise the first Slovenian–Austrian supplier day with ACstyria in Maribor in autumn 2034; the costs will be shared equally.
4. The Cluster Manager is mandated to prepare the application to the national call for cluster support 2034–2036.
5. The study trip to Bilbao is postponed to October 2034.
6. Lesnina Kovina d.o.o., Elektro-Mehanika Ormož d.o.o. and VoltGrid d.o.o. are admitted as members from 1 April 2034.

ACTION POINTS
- Matej Rebernik: draft application and budget for the national call – by 15 May 2034
- Matej Rebernik with ACstyria: concept and date proposal for the supplier day – by 30 April 2034
- Nina Kos: launch the skills survey – by 15 June 2034
- Prof. Dr. Aleš Hribernik: confirm rooms at the Faculty for the supplier day – by 30 April 2034
- Marko Pišek: contact person at ŠRA for the application – by 24 March 2034

NEXT MEETING
The 10th meeting of the Steering Committee will be held on Tuesday 13 June 2034 at 10:00 at the Faculty of Mechanical Engineering, University of Maribor.

The meeting closed at 13:15.

Dr. Bojan Zorko, Chair                       Matej Rebernik, Secretary

Automotive Cluster Podravje (ACP) · Tkalska ulica 15, 2000 Maribor, Slovenia · info@acp-cluster.example
'''
write_text(F, T)
A = 'Automotive Cluster Podravje'; UM = 'University of Maribor'
gold(F, None,
 [P('Nina Kos','Project Assistant','ACP'),
  P('Bojan ZORKO','Chair of the Steering Committee',A),
  P('Tanja Kralj-Verbič','Vice-Chair',A),
  P('Aleš Hribernik','Dean',UM),
  P('Marko Pišek','Director','Štajerska Economic Development Agency'),
  P('Irena Podgoršek','CEO','Cablex-Drava d.o.o.'),
  P('Gregor Hauptman','Head of Technology','Hidria d.o.o.'),
  P('Matej Rebernik','Cluster Manager','ACP'),
  P('Sabina Cvetko',None,'Slovenian Business Development Agency SPIRIT Slovenia'),
  P('Andreas Fuchsberger-Leitner','Managing Director','ACstyria Mobilitätscluster GmbH'),
  P('Urška Vidmar','Senior Adviser','Ministry of the Economy, Tourism and Sport')],
 [O(A,'ACP'),O('TPV Automotive d.o.o.'),O('Zorko Precision d.o.o.'),O('Magna Steyr Slovenija d.o.o.'),
  O('Faculty of Mechanical Engineering'),O('University of Maribor'),O('Štajerska Economic Development Agency','ŠRA'),O('Cablex-Drava d.o.o.'),O('Hidria d.o.o.'),
  O('Slovenian Business Development Agency SPIRIT Slovenia'),O('ACstyria Mobilitätscluster GmbH','ACstyria'),O('Ministry of the Economy, Tourism and Sport'),
  O('ACICAE'),O('Lesnina Kovina d.o.o.'),O('Elektro-Mehanika Ormož d.o.o.'),O('VoltGrid d.o.o.')],
 [E('9th meeting of the Steering Committee','2034-03-14',None,'Maribor','Slovenia'),
  E('8th meeting','2033-12-05'),
  E('workshop on battery-housing castings','2033-11-23',None,'Celje','Slovenia'),
  E('Automotive Supplier Forum','2034-01-25',None,'Graz','Austria'),
  E('Slovenian–Austrian supplier day','2034',None,'Maribor','Slovenia'),
  E('Slovenian–Austrian supplier day (second edition)','2035',None,'Graz','Austria'),
  E('Podravje Mobility Days','2034-06-19','2034-06-20','Maribor','Slovenia'),
  E('study trip to the Basque automotive cluster ACICAE','2034-10',None,'Bilbao','Spain'),
  E("members' summer meeting",'2034-07-07',None,'Ptuj','Slovenia'),
  E('10th meeting of the Steering Committee','2034-06-13',None,'Maribor','Slovenia')],
 ['2034-03-14','2034-03-28','2033-12-05','2033-10/2034-02','2034/2036','2033-11-23','2034-01-25','2033','2035','2034-04','2034-06','2034-06-19/2034-06-20',
  '2034-10','2034-07-07','2034-05-01','2034','2034-04-01','2034-05-15','2034-04-30','2034-06-15','2034-03-24','2034-06-13','2034-05'],
 ['The minutes of the 8th meeting of 5 December 2033 are approved',
  'The activity report October 2033 – February 2034 and the financial result for 2033 are approved',
  'ACP will organise the first Slovenian–Austrian supplier day with ACstyria in Maribor in autumn 2034; the costs will be shared equally',
  'The Cluster Manager is mandated to prepare the application to the national call for cluster support 2034–2036',
  'The study trip to Bilbao is postponed to October 2034',
  'Lesnina Kovina d.o.o., Elektro-Mehanika Ormož d.o.o. and VoltGrid d.o.o. are admitted as members from 1 April 2034'])
