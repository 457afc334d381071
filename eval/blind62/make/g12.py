from h import *
F = 'gozo-maritime-cluster-annual-report-2034-pdf.txt'
T = f"""GOZO BLUE ECONOMY CLUSTER – ANNUAL ACTIVITY REPORT 2034                                   1

GOZO BLUE ECONOMY CLUSTER
Kumitat tal-Ekonomija l-Blu ta' Għawdex
Annual Activity Report 2034
Approved by the General Assembly on 27 February 2035

1. Foreword of the Chair

The year 2034 was the cluster's fifth full year of ac-
tivity. We grew from 41 to 52 members, opened our office at
the Xewkija Industrial Estate and, for the first time, led
a European project. I would like to thank our cluster man-
ager, Ms Roberta Xuereb-Camilleri, the staff of the Gozo
Regional Development Authority (GRDA) and the Ministry for
Gozo and Planning for their support. We also thank all
members who hosted visits and shared their experience.

Dr Joseph Mi11igan-Attard
Chair of the Board

2. Governance

The Board in 2034:
- Dr Joseph Milligan-Attard, Chair (Gozo Aquaculture Ltd)
- Ing. Carmelo Grech, Vice-Chair (Mġarr Marine Services Ltd)
- Ms Denise Farrugia Bonello, Treasurer (Bank of Valletta, Gozo branch)
- Mr Karl-Heinz Obermaier, Member (Blue Lagoon Dive Centre Ltd)
- Ms Maria Concetta Azzopardi, Member (University of Malta Gozo Campus)
The auditors, Mr Paul Vella and Ms Rita Sciberras, were
re-appointed at the General Assembly of 14 March 2034.

~ 2 ~

GOZO BLUE ECONOMY CLUSTER – ANNUAL ACTIVITY REPORT 2034                                   3

3. Main activities

3.1 Events
- Blue Economy Breakfast, Victoria, 25 January 2034
  (60 parti-cipants).
- "Fish to Fork" workshop with Malta Enterprise,
  18 April 2034, Xewkija.
- Gozo Blue Economy Forum 2034, 9–10 October 2034,
  Ta' Ċenċ, with 210 participants and speakers from Sicily,
  Crete and the Balearic Islands. Keynote by Prof. Elena
  Papadopoulou-Marks, Hellenic Centre for Marine Research.
- Study visit to the Sicilian aquaculture district in
  Marsala, 20–22 May 2034, with 11 members.

3.2 Projects
The cluster leads the project BLUE-ISLES (2034–2036) with
partners in Sicily, Corsica and Crete, and is partner in
the project MEDSEA-SKILLS (2033–2035) led by the Balearic
Islands Marine Technology Cluster (BIMTEC).

3.3 Staff
Mr Jean-Luc Buttigieg joined as Project Officer on 1 June
2034. Ms Roberta Xuereb-Camilleri remains Cluster Manager.

~ 3 ~

GOZO BLUE ECONOMY CLUSTER – ANNUAL ACTIVITY REPORT 2034                                   4

4. Key results

- 52 members at 31 December 2034 (+27%)
- 14 joint projects between members, of which 5 with
  research partners
- EUR 1.3 million of external funding raised
- Bronze Label of the European Secretariat for Cluster
  Analysis obtained in November 2034
- 3 new training courses for boat mechanics

5. Recommendations of the Board for 2035

- Extend the cluster to the marine renewable energy sector
- Open a joint test site for aquaculture feed in Mġarr ix-Xini
- Apply for the Silver Label by the end of 2036
- Strengthen links with the Malta Marittima Agency and the
  Malta Chamber of Commerce, Enterprise and Industry

5a. Finances

Income in 2034 amounted to EUR 412,000: membership fees
(EUR 58,000), a grant from the Gozo Regional Develop-
ment Authority (EUR 120,000) and project funding (EUR
234,000). Expenditure was EUR 398,600, of which 46% on
staff, 31% on events and services to members and 23% on
project activities. The surplus of EUR 13,400 was carried
forward to the reserve fund, as decided by the Board on
12 December 2034. The accounts were audited and found
in order; the full financial statements are annexed.

6. Outlook

The 2035 Gozo Blue Economy Forum will take place on 8 and
9 October 2035 in Victoria. The General Assembly of 2035
is convened for 27 Feb-
ruary 2035 at the Gozo Ministry Hall.

Contact the cluster office: Gozo Blue Economy Cluster, Triq l-Industrija,
Xewkija XWK 3000, Gozo · info@gozoblue.example

~ 4 ~
"""
write(F, T)
C='GOZO BLUE ECONOMY CLUSTER'
gold(F,
 [P('Roberta Xuereb-Camilleri','Cluster Manager','Gozo Blue Economy Cluster'), P('Joseph Milligan-Attard','Chair','Gozo Blue Economy Cluster'),
  P('Carmelo Grech','Vice-Chair','Gozo Blue Economy Cluster'), P('Denise Farrugia Bonello','Treasurer','Gozo Blue Economy Cluster'),
  P('Karl-Heinz Obermaier','Member','Gozo Blue Economy Cluster'), P('Maria Concetta Azzopardi','Member','Gozo Blue Economy Cluster'),
  P('Paul Vella','auditor',None), P('Rita Sciberras','auditor',None), P('Elena Papadopoulou-Marks',None,'Hellenic Centre for Marine Research'),
  P('Jean-Luc Buttigieg','Project Officer','Gozo Blue Economy Cluster')],
 [O('Gozo Blue Economy Cluster'), O('Gozo Regional Development Authority','GRDA'), O('Ministry for Gozo and Planning'), O('Gozo Aquaculture Ltd'),
  O('Mġarr Marine Services Ltd'), O('Bank of Valletta'), O('Blue Lagoon Dive Centre Ltd'), O('University of Malta Gozo Campus'), O('Malta Enterprise'),
  O('Hellenic Centre for Marine Research'), O('Balearic Islands Marine Technology Cluster','BIMTEC'), O('European Secretariat for Cluster Analysis'),
  O('Malta Marittima Agency'), O('Malta Chamber of Commerce, Enterprise and Industry')],
 [E('Blue Economy Breakfast','2034-01-25','2034-01-25','Victoria','Malta'), E('Fish to Fork','2034-04-18','2034-04-18','Xewkija','Malta'),
  E('Gozo Blue Economy Forum 2034','2034-10-09','2034-10-10',None,'Malta'), E('Study visit to the Sicilian aquaculture district','2034-05-20','2034-05-22','Marsala','Italy'),
  E('Gozo Blue Economy Forum','2035-10-08','2035-10-09','Victoria','Malta'), E('General Assembly','2035-02-27','2035-02-27',None,None),
  E('General Assembly','2034-03-14','2034-03-14',None,None)],
 ['2035-02-27','2034','2034-03-14','2034-01-25','2034-04-18','2034-10-09/2034-10-10','2034-05-20/2034-05-22','2034/2036','2033/2035','2034-06-01',
  '2034-12-31','2034-11','2035','2036','2035-10-08/2035-10-09','2034-12-12'],
 km=['Extend the cluster to the marine renewable energy sector','Open a joint test site for aquaculture feed in Mġarr ix-Xini','Apply for the Silver Label by the end of 2036','Strengthen links with the Malta Marittima Agency and the Malta Chamber of Commerce, Enterprise and Industry'])
