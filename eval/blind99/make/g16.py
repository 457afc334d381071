from h import *
F = 'g16_oulu_healthtech_cluster_newsletter.txt'
assert wd(2034,2,16)=='Thursday' and wd(2034,3,9)=='Thursday' and wd(2034,3,22)=='Wednesday' and wd(2034,3,23)=='Thursday' and wd(2034,4,20)=='Thursday' and wd(2034,1,26)=='Thursday' and wd(2034,2,6)=='Monday'
T = """OULU HEALTH TECH CLUSTER – MEMBER NEWSLETTER
Issue 1/2034 | Oulu, 6 February 2034
=====================================================================
Read online: https://ohtc.example.fi/newsletter/2034-1 | Suomeksi: https://ohtc.example.fi/fi/uutiskirje

IN THIS ISSUE
 1. Word from the cluster manager
 2. What members told us: results of the annual survey
 3. Member news
 4. People
 5. Events: looking back and looking ahead
 6. Funding and calls
=====================================================================

1. WORD FROM THE CLUSTER MANAGER

Dear members,

a year ago I wrote that 2033 would be the year in which our members would start selling abroad together.
That happened only in part. Two joint offers went to hospital districts in Sweden and one to Estonia,
and one of them was won. That is a modest start, but it is a start, and it taught us a lot about
tendering across borders. This year we want to do it properly: with a shared bid manager, templates in
three languages and a clear split of liability between partners.

The other big topic is data. From this spring the national health data permit authority Findata will
handle applications faster, and the University of Oulu opens its secure analysis environment to
companies. Several of you have asked how to use both without a legal team of your own. We will run a
clinic series on that, starting in March.

Warm regards,
Anni Kemppainen-Rask
Cluster Manager, Oulu Health Tech Cluster (OHTC)
BusinessOulu

=====================================================================

2. WHAT MEMBERS TOLD US: RESULTS OF THE ANNUAL SURVEY

Forty-four of our 71 member organisations answered the survey in December 2033. Main findings:

 - Access to clinical test environments is the service members value most; 80 % used OuluHealth Labs
   at least once in 2033.
 - Recruiting software developers with medical-device regulation experience is the hardest hiring task.
 - Members want fewer general seminars and more small, hands-on workshops.
 - Only one member in five has a written internationalisation plan.

The board will discuss the results at its meeting on 16 February 2034.

=====================================================================

3. MEMBER NEWS

Polar Pulse Oy received CE marking under the Medical Device Regulation for its wrist-worn atrial
fibrillation monitor in January. CEO Jussi Heikkilä-Ng says the company will start deliveries to
Norwegian municipalities in the spring.

Nordic Radiology Software Ltd has opened an office in Tallinn. Country manager Kadri Tamm leads a team of
six developers.

The Oulu University Hospital and the Wellbeing Services County of North Ostrobothnia signed a framework
agreement with four cluster members for remote monitoring of heart-failure patients. Chief Medical Officer
Dr. Mikko Lahtinen called it "the first time our procurement has been designed around a pilot rather than a
price".

Kide Diagnostics Oy closed a seed round of EUR 2.4 million led by Butterfly Ventures. The start-up,
founded by two former hospital laboratory technicians, develops a rapid test for sepsis that gives a result
in twenty minutes. The money will pay for a clinical study in three Finnish hospitals and for the first
production line in the Kontinkangas campus area.

=====================================================================

4. PEOPLE

 * Laura Väänänen joins the cluster team as Bid Manager from 1 March 2034. She spent eight years at
   Medix Nordic AB in Stockholm.
 * Prof. Petri Ylikorpi (University of Oulu) is the new chair of the cluster's steering group, succeeding
   Dr. Helena Saarinen, who chaired the group in 2030–2033.
 * Teemu Kangas, Head of Innovation at Oulu University of Applied Sciences (Oamk), joins the steering group.

=====================================================================

5. EVENTS

Looking back
 - Health Tech New Year Breakfast, 26 January 2034, Oulu: 120 guests; keynote by Minna Hirvonen, Director,
   Business Finland.
 - Nordic Life Science Days, 11–13 September 2033, Malmö: nine members at the joint Finnish stand.

Looking ahead
 - Thursday 9 March 2034, 13:00–15:00 – Data Clinic 1: "Findata permits in practice", BusinessOulu,
   Technopolis Kontinkangas, Oulu.
 - Wednesday 22 – Thursday 23 March 2034 – Arctic Health Hackathon, Oulu, co-organised with Oamk and the
   Oulu University Hospital.
   Wednesday 22 March, 18:00: pitch evening for hospital staff.
   Thursday 23 March, 14:00: final presentations and prize-giving.
 - Thursday 20 April 2034 – Spring Members' Meeting and annual meeting of the association, Oulu,
   with the election of the steering group.
 - 15–17 May 2034 – Vitalis, Gothenburg: joint stand, registration open.

=====================================================================

6. FUNDING AND CALLS

 - Business Finland: Innovation voucher, continuous call.
 - Regional Council of North Ostrobothnia: development grants for SMEs, deadline 31 March 2034.
 - EIT Health: Wild Card programme, applications until 14 April 2034.

Need help? Book a call with our funding adviser Sami Rautio: sami.rautio@ohtc.example.fi.

=====================================================================

Oulu Health Tech Cluster is coordinated by BusinessOulu and funded by the City of Oulu and the European
Regional Development Fund. You receive this newsletter because your organisation is a member of OHTC.
Unsubscribe | Update your details | Privacy notice

BusinessOulu, Technopolis Kontinkangas, Kiviharjunlenkki 00, 90220 Oulu
Tel. +358 40 000 0000 | ohtc@example.fi

-- 
This message was sent to newsletter-list@ohtc.example.fi. If you would like to stop receiving our
messages, please click the link below or reply to this e-mail with the word UNSUBSC
"""
write(F, T)
O_='Oulu Health Tech Cluster'
gold(F,
 [P('Anni Kemppainen-Rask','Cluster Manager',O_),
  P('Jussi Heikkilä-Ng','CEO','Polar Pulse Oy'),
  P('Kadri Tamm','Country manager','Nordic Radiology Software Ltd'),
  P('Mikko Lahtinen','Chief Medical Officer',None),
  P('Laura Väänänen','Bid Manager',O_),
  P('Petri Ylikorpi',"chair of the cluster's steering group",O_),
  P('Helena Saarinen',None,None),
  P('Teemu Kangas','Head of Innovation','Oulu University of Applied Sciences'),
  P('Minna Hirvonen','Director','Business Finland'),
  P('Sami Rautio','funding adviser',O_)],
 [O(O_,'OHTC'), O('BusinessOulu'), O('Findata'), O('University of Oulu'), O('OuluHealth Labs'), O('Polar Pulse Oy'),
  O('Nordic Radiology Software Ltd'), O('Oulu University Hospital'), O('Wellbeing Services County of North Ostrobothnia'),
  O('Kide Diagnostics Oy'), O('Butterfly Ventures'), O('Medix Nordic AB'),
  O('Oulu University of Applied Sciences','Oamk'), O('Business Finland'), O('Regional Council of North Ostrobothnia'),
  O('EIT Health'), O('City of Oulu')],
 [E('Health Tech New Year Breakfast','2034-01-26',None,'Oulu','Finland'),
  E('Nordic Life Science Days','2033-09-11','2033-09-13','Malmö','Sweden'),
  E('Data Clinic 1: "Findata permits in practice"','2034-03-09',None,'Oulu','Finland'),
  E('Arctic Health Hackathon','2034-03-22','2034-03-23','Oulu','Finland'),
  E('pitch evening for hospital staff','2034-03-22',None,'Oulu','Finland'),
  E('final presentations and prize-giving','2034-03-23',None,'Oulu','Finland'),
  E("Spring Members' Meeting and annual meeting of the association",'2034-04-20',None,'Oulu','Finland'),
  E('Vitalis','2034-05-15','2034-05-17','Gothenburg','Sweden'),
  E('board meeting','2034-02-16',None,None,None)],
 ['2034-02-06','2033','2033-12','2034-02-16','2034-01','2034-03-01','2030/2033','2034-01-26','2033-09-11/2033-09-13',
  '2034-03-09','2034-03-22/2034-03-23','2034-03-22','2034-03-23','2034-04-20','2034-05-15/2034-05-17','2034-03-31','2034-04-14','2034-03'],
 ['Access to clinical test environments is the service members value most; 80 % used OuluHealth Labs at least once in 2033',
  'Recruiting software developers with medical-device regulation experience is the hardest hiring task',
  'Members want fewer general seminars and more small, hands-on workshops',
  'Only one member in five has a written internationalisation plan'],
 pub='2034-02-06')
