from h import *
F = 'press-release_new-managing-director_rail-cluster-pardubice.txt'
T = '''PRESS RELEASE

East Bohemian Rail Technology Cluster appoints Lenka Vavřičková as Managing Director

Pardubice, 12 January 2034 – The Board of the East Bohemian Rail Technology Cluster (Východočeský klastr kolejové
techniky, z.s., VKKT) has appointed Ing. Lenka Vavřičková, Ph.D. as the cluster's new Managing Director with effect
from 1 March 2034. She succeeds Mgr. Tomáš Dvořák, who has led the cluster since its founding in 2021 and will retire at
the end of February 2034 after thirteen years in the post.

Lenka Vavřičková (44) joins from the University of Pardubice, where she has been Vice-Dean for Cooperation with Industry
at the Jan Perner Transport Faculty since 2029. Before returning to academia she spent nine years at the rolling-stock
manufacturer Škoda Transportation a.s. in Plzeň, latest as Head of Bogie Engineering. She holds a doctorate in
transport means and infrastructure from the University of Pardubice and has coordinated two projects funded by the
Technology Agency of the Czech Republic (TA ČR).

The selection followed an open call published in September 2033. Seventeen candidates applied; the Board interviewed
five of them in November and made its decision unanimously at its meeting of 9 January 2034.

"Lenka combines a deep technical understanding of rail vehicles with a proven ability to bring companies and
researchers around one table," said Ing. Pavel Hruška, Chairman of the Board of VKKT and CEO of CZ LOKO Servis s.r.o.
"That is exactly what our 78 members need as the European rail market opens up and the high-speed line between Prague
and Brno moves from planning to construction. I would also like to thank Tomáš Dvořák for his extraordinary work.
He started with nine founding members in a borrowed office and leaves us a cluster that is respected in Prague and in
Brussels."

"I am honoured to take over a well-run organisation," said Lenka Vavřičková. "My priorities for the first year are
clear: help our small and medium-sized suppliers qualify for the new high-speed rail tenders, strengthen joint
training with the secondary technical schools in the region, and bring more of our members into European projects.
The cluster has a strong reputation, and I look forward to working with the team and the Board."

Tomáš Dvořák added: "After thirteen years it is the right moment to hand over. I know the cluster will be in very good
hands. I will stay available to Lenka during the transition and I will remain a member of the association in a
personal capacity."

Under Dvořák's leadership VKKT grew from nine to 78 members, obtained the Bronze Label of the European Cluster
Excellence Initiative (ECEI) in 2024 and the Silver Label in 2028, and became a partner in the Europe's Rail Joint
Undertaking's regional innovation network. The cluster also launched the annual Rail Business Day Pardubice, whose
thirteenth edition will take place on 16–17 April 2034.

The handover will be marked at the cluster's General Assembly on 26 March 2034 in the Pardubice Chateau.

Further changes in the team
The Board also confirmed Ing. Jiří Novotný as Deputy Managing Director and head of the cluster's technical programmes.
Bc. Kateřina Šťastná, until now project manager, becomes Head of Communication and Membership from 1 February 2034.

About the East Bohemian Rail Technology Cluster
The East Bohemian Rail Technology Cluster (VKKT) is an interest association of legal persons bringing together
manufacturers, suppliers and maintenance companies of rail vehicles and infrastructure, together with the University of
Pardubice, the Czech Technical University in Prague and the Pardubice Region. Its members employ around 21,000 people.
VKKT is a member of the National Cluster Association (NCA) of the Czech Republic.

Board of Directors 2032–2035
Ing. Pavel Hruška (Chairman), CZ LOKO Servis s.r.o.
Ing. Radka Bartošová, MBA (Vice-Chair), DT – Výhybkárna a strojírna, a.s.
doc. Ing. Martin Kříž, Ph.D., University of Pardubice
Ing. Zdeněk Pokorný, Pardubice Region, Department of Regional Development
Dipl.-Ing. Stefan Hoffmann-Richter, Stadler Rail Czech s.r.o.

Media contact
Kateřina Šťastná
East Bohemian Rail Technology Cluster
náměstí Republiky 2686, 530 02 Pardubice
+420 466 000 371 | stastna@vkkt.example

###
'''
write(F, T)
V = 'East Bohemian Rail Technology Cluster'
gold(F, [
 P('Lenka Vavřičková', 'Managing Director', V),
 P('Tomáš Dvořák', None, V),
 P('Pavel Hruška', 'Chairman of the Board of VKKT', V),
 P('Jiří Novotný', 'Deputy Managing Director', V),
 P('Kateřina Šťastná', 'Head of Communication and Membership', V),
 P('Radka Bartošová', 'Vice-Chair', V),
 P('Martin Kříž', None, 'University of Pardubice'),
 P('Zdeněk Pokorný', None, 'Pardubice Region'),
 P('Stefan Hoffmann-Richter', None, 'Stadler Rail Czech s.r.o.'),
],[
 O(V, 'VKKT'), O('University of Pardubice'), O('Jan Perner Transport Faculty'), O('Škoda Transportation a.s.'),
 O('Technology Agency of the Czech Republic', 'TA ČR'), O('CZ LOKO Servis s.r.o.'),
 O("Europe's Rail Joint Undertaking"),
 O('Czech Technical University in Prague'), O('Pardubice Region'), O('Department of Regional Development'), O('National Cluster Association', 'NCA'),
 O('DT – Výhybkárna a strojírna, a.s.'), O('Stadler Rail Czech s.r.o.'),
],[
 E('Rail Business Day Pardubice', '2034-04-16', '2034-04-17', 'Pardubice', 'Czech Republic'),
 E('General Assembly', '2034-03-26', '2034-03-26', 'Pardubice', 'Czech Republic'),
],['2034-01-12','2034-03-01','2021','2034-02','2029','2033-09','2033-11','2034-01-09','2024','2028','2034-04-16/2034-04-17','2034-03-26','2034-02-01','2032/2035'], pub='2034-01-12')
