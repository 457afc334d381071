from mk import *
doc = 'farewell-note-szabo-ildiko-retires.txt'
t = """WPAC Newsletter | June 2031 | Inside the cluster

Thank you, Ildikó! After 19 years, our cluster manager retires

Győr, 16 June 2031 – When Ildikó Szabó-Kertész walked into a borrowed office of the Széchenyi István University in
the spring of 2012, the West Pannon Automotive Cluster (WPAC) had eleven members, a fax machine and no budget for
events. At the end of this month she retires as cluster manager of an association with 146 members, a staff of
nine and a testing network that reaches from Győr to Bratislava.

A career in the region's industry

Ildikó started her working life in 1989 as a production planner at the Győr wagon works. From 1996 to 2004 she
was purchasing manager at Rábaflex Kft., a supplier of rubber seals, and from 2004 to 2011 head of the supplier
development office of the Győr-Moson-Sopron County Chamber of Commerce and Industry. In 2012 the founding members
of WPAC asked her to set up the cluster office; she was appointed cluster manager on 1 March 2012.

Under her leadership WPAC obtained the Accredited Innovation Cluster title in 2015, received the ECEI Gold label in
2023 and launched the cross-border supplier programme with the Slovak automotive association in 2027. Members
remember her above all for the Supplier Days, which she ran personally every November from 2013 to 2030.

"Ildikó taught us that a cluster is a service, not an institution," said Gábor Fehérvári, president of WPAC and
managing director of Kisalföld Präzision Kft. "She answered every member's phone call herself, even when we had
a hundred and forty members."

Her successor

The Board has appointed Dr. Bence Lakatos as the new cluster manager from 1 July 2031. Bence, 41, has been head of
projects at WPAC since 2024. Before joining the cluster he worked as a research fellow at the Vehicle Industry
Research Centre of Széchenyi István University and as a quality engineer at Tatabánya Axle Systems Zrt. His former
position will be taken over by Réka Molnár-Varga, currently project coordinator.

Farewell reception

Members and partners are invited to a farewell reception for Ildikó on Thursday, 26 June 2031 at 17:00 in the
Rába Quelle conference hall in Győr. Please register with Anikó Tóth (office@wpac.example) by 20 June.

What next? "Grandchildren, the garden, and maybe a little mentoring for young women engineers," Ildikó says. She
will remain an honorary member of the cluster.

WPAC – West Pannon Automotive Cluster Association · Győr, Hungary
"""
write_text(doc, t)
people=[P('Ildikó Szabó-Kertész','cluster manager','WPAC'),
 P('Gábor Fehérvári','president','WPAC'),
 P('Bence Lakatos','cluster manager','WPAC'),
 P('Réka Molnár-Varga','project coordinator','WPAC'),
 P('Anikó Tóth',None,'WPAC')]
orgs=[O('West Pannon Automotive Cluster Association','WPAC'),O('Széchenyi István University'),O('Rábaflex Kft.'),
 O('Győr-Moson-Sopron County Chamber of Commerce and Industry'),O('Kisalföld Präzision Kft.'),
 O('Vehicle Industry Research Centre'),O('Tatabánya Axle Systems Zrt.')]
events=[ E('Farewell reception','2031-06-26',None,'Győr','Hungary')]
dates=['2031-06','2031-06-16','2012','1989','1996/2004','2004/2011','2012-03-01','2015','2023','2027','2013/2030','2031-07-01','2024','2031-06-26','2031-06-20']
gold(doc,'2031-06-16',people,orgs,events,dates,[])
