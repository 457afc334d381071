from h import *
from email.message import EmailMessage
F = 'g14_burgas_tourism_cluster_people_column.eml'
assert wd(2036,5,14)=='Wednesday' and wd(2036,6,4)=='Wednesday' and wd(2036,5,7)=='Wednesday'
body = """Black Sea Tourism & Hospitality Cluster – Newsletter No. 61 – May 2036
View this e-mail in your browser | Unsubscribe | Update your preferences

Dear members and friends,

the season is almost here, and so is our people column. This month we have two arrivals, one farewell, a new board member and a few congratulations. As always, write to news@bsthc.example.bg if you have news about your team.

=== PEOPLE ===

NEW IN THE CLUSTER OFFICE
Viktoria Todorova joined the cluster office in Burgas on 2 May 2036 as Sustainability Manager. She spent the last six years at the Bulgarian Association of Rural and Ecological Tourism (BARET) in Sofia, where she ran the Green Guesthouse label. At the cluster she will coordinate the carbon calculator for hotels and the beach waste pilot with the Municipality of Burgas.

Kaloyan Dimitrov, a graduate of Burgas Free University, is our new trainee until September. He will help with the summer skills academy.

FAREWELL
After nine years Rositsa Georgieva, our events manager and the familiar face of every Black Sea Tourism Forum since 2027, leaves the cluster at the end of May. Rositsa will head the convention bureau of the Varna Municipality from June. We thank her warmly and wish her every success in Varna. Her tasks pass to Stoyan Petkov, who becomes events manager on 1 June 2036.

BOARD
At its meeting on Wednesday 7 May 2036 the board co-opted Elif Yilmaz-Hristova, General Manager of Sunrise Resort Pomorie EOOD, to replace Nikolay Angelov (Nessebar Bay Hotels AD), who stepped down after his election as deputy mayor of Nessebar. Her mandate runs until the general assembly of 2037. Board chair Dimitar Stanchev (Burgas Hoteliers' Association) said the board was "glad to have a resort manager who runs 600 rooms and knows our members' problems from the inside".

CONGRATULATIONS
- Prof. Mariana Ilieva of the University "Prof. Dr Assen Zlatarov" Burgas has been elected chair of the Bulgarian Tourism Research Network.
- Chef Georgi Vasilev of Restaurant Morsko Oko, Sozopol, won the Black Sea Regional Cuisine Award in Constanța on 26 April 2036.
- Hristina Marinova, owner of Marinova Travel Ltd, has been named Tour Operator of the Year by the Bulgarian Association of Travel Agencies (BATA).

IN MEMORIAM
We learned with sadness of the death of Petar Kolev (1951–2036), founder of the Kolev family hotels in Sunny Beach and one of the twelve founding members of the cluster in 2024.

=== MEMBER NEWS ===
Two member hotels in Pomorie and Sozopol have joined the cluster's carbon calculator pilot this month, bringing the number of participating properties to 27. The first results show that laundry and air conditioning account for more than half of the energy used by a typical beach hotel, and that simple timers on guest-room air conditioners save up to 12 per cent in July and August. The cluster office will publish a short guide on these measures before the season starts, in Bulgarian and English.

The summer skills academy has received 212 applications for 90 places. Priority is given to young people from the Burgas region who want to work as receptionists, waiters or animators, and to staff of member hotels who want to move up to a supervisor role. Members who can offer a paid internship of at least six weeks should contact the office by the middle of the month; the academy covers the trainees' travel costs and insurance.

=== DATES ===
Wednesday 14 May 2036, 10:00 – webinar "Booking platforms and the new EU rules", with Anna Kowalska, policy adviser, HOTREC, Brussels
Wednesday 4 June 2036, 09:30–16:00 – Summer Skills Academy opening day, Burgas Free University
24–26 September 2036 – Black Sea Tourism Forum, Burgas, Cultural Centre "Sea Casino"

=== FROM THE OFFICE ===
Membership fees for 2036 are due by 31 May. The cluster's annual report 2035 is online.

Warm regards,
Yana Pavlova
Cluster Manager
Black Sea Tourism & Hospitality Cluster
Aleksandrovska 0, 8000 Burgas, Bulgaria | +359 56 000 000

-----Original Message-----
From: Rositsa Georgieva <rositsa.georgieva@bsthc.example.bg>
Sent: Monday, 28 April 2036 16:12
To: Yana Pavlova <yana.pavlova@bsthc.example.bg>
Subject: RE: text for the people column

Hi Yana,
thanks for the lovely paragraph, it is fine for me. Please say that I will still come to the Forum in September, only as a guest this time! And please add that the handover file for Stoyan is in the shared folder.
Rositsa

> From: Yana Pavlova
> Sent: Monday, 28 April 2036 11:40
> Could you check the farewell text before we send the May newsletter?
> Y.

You receive this newsletter because you are a member or partner of the Black Sea Tourism & Hospitality Cluster. Co-funded by the Programme for Competitiveness and Innovation in Enterprises 2028–2034.
"""
m = EmailMessage()
m['From'] = 'Black Sea Tourism & Hospitality Cluster <news@bsthc.example.bg>'
m['To'] = 'members@bsthc.example.bg'
m['Subject'] = 'Newsletter No. 61 – People: new sustainability manager, farewell to Rositsa, new board member'
m['Date'] = 'Fri, 09 May 2036 09:15:00 +0300'
assert wd(2036,5,9)=='Friday' and wd(2036,4,28)=='Monday'
m.set_content(body)
open(path(F),'wb').write(bytes(m))
C='Black Sea Tourism & Hospitality Cluster'
gold(F,
 [P('Viktoria Todorova','Sustainability Manager',C), P('Kaloyan Dimitrov','trainee',C),
  P('Rositsa Georgieva','events manager',C), P('Stoyan Petkov','events manager',C),
  P('Elif Yilmaz-Hristova','General Manager','Sunrise Resort Pomorie EOOD'),
  P('Nikolay Angelov','deputy mayor of Nessebar',None),
  P('Dimitar Stanchev','Board chair',C), P('Mariana Ilieva','chair','Bulgarian Tourism Research Network'),
  P('Georgi Vasilev','Chef','Restaurant Morsko Oko'), P('Hristina Marinova','owner','Marinova Travel Ltd'),
  P('Petar Kolev','founder',None), P('Anna Kowalska','policy adviser','HOTREC'),
  P('Yana Pavlova','Cluster Manager',C)],
 [O(C), O('Bulgarian Association of Rural and Ecological Tourism','BARET'), O('Municipality of Burgas'),
  O('Burgas Free University'), O('Varna Municipality'), O('Sunrise Resort Pomorie EOOD'), O('Nessebar Bay Hotels AD'),
  O("Burgas Hoteliers' Association"), O('University "Prof. Dr Assen Zlatarov" Burgas'),
  O('Bulgarian Tourism Research Network'), O('Restaurant Morsko Oko'), O('Marinova Travel Ltd'),
  O('Bulgarian Association of Travel Agencies','BATA'), O('HOTREC')],
 [E('board meeting','2036-05-07',None,None,None), E('general assembly','2037',None,None,None),
  E('Black Sea Regional Cuisine Award','2036-04-26',None,'Constanța','Romania'),
  E('Booking platforms and the new EU rules','2036-05-14',None,None,None),
  E('Summer Skills Academy opening day','2036-06-04',None,'Burgas','Bulgaria'),
  E('Black Sea Tourism Forum','2036-09-24','2036-09-26','Burgas','Bulgaria')],
 ['2036-05','2036-05-02','2027','2036-06-01','2036-05-07','2037','2036-04-26','1951/2036','2024','2036-05-14','2036-06-04',
  '2036-09-24/2036-09-26','2036','2036-05-31','2035','2036-04-28','2028/2034','2036-05-09'],
 [], pub='2036-05-09')
