from h import *
F = 'g16_lower_austria_cluster_assembly_minutes.txt'
assert wd(2037,3,18)=='Wednesday' and wd(2037,3,2)=='Monday' and wd(2037,9,14)=='Monday' and wd(2037,11,19)=='Thursday'
T = """Cluster Network Lower Austria (Clusternetzwerk Niederösterreich) – registered association, ZVR 000000000
c/o ecoplus. The Business Agency of Lower Austria Ltd., Niederösterreichring 2, 3100 St. Pölten

Minutes of the Ordinary General Assembly 2037
Date: Wednesday 18 March 2037, 14:00–16:45
Venue: Haus der Wirtschaft, St. Pölten (hybrid meeting)
Minutes taken by: Verena Hofbauer-Stix, Managing Director of the association
Draft circulated: 2 March 2037 (agenda and annual accounts)

Present: 46 of 71 member organisations in person or online, 9 by proxy. The General Assembly has a quorum.

1. Opening
The President, Ing. Christoph Aigner-Wendt (Plastics Cluster partner Greiner Packaging GmbH), opened the meeting and welcomed Dr. Helmut Schaffer-Rainer, Managing Director of ecoplus, and Mag. Judith Lindner, head of the Department of Economy, Tourism and Technology of the Office of the Lower Austrian Provincial Government.

2. Report of the Board for 2036
Verena Hofbauer-Stix presented the activities of 2036. The five clusters of the network (Construction & Energy, Food, Mechatronics, Plastics and e-Health) ran 38 cooperation projects with 412 companies. Highlights were the Lower Austrian Cluster Day in Tulln on 12 November 2036, with 520 participants, and the delegation trip of the Mechatronics Cluster to the Hannover Messe in April 2036. The e-Health cluster, founded only in 2035, doubled its membership to 64 companies and launched its first joint project with the university hospitals of St. Pölten and Krems. Membership income rose by 6 per cent, while project income from the Province remained stable.

3. The new cluster programme 2037–2041
Dr. Schaffer-Rainer explained the new cluster programme of the Province of Lower Austria, which links the clusters more closely to the Lower Austrian Economic Strategy and its smart specialisation fields. From 2037, cluster projects will be selected in two calls a year by an advisory committee. Members asked whether small companies would still be able to join projects without paying a fee; Mag. Lindner confirmed that participation in the first project remains free.

The first call under the new programme opens on 1 April 2037. An information event for members will take place on Monday 14 September 2037 at the Technopol Wiener Neustadt.

4. Annual accounts 2036 and discharge of the Board
The auditors, Mag. Franz Eichberger and Barbara Novak-Rieder, found the accounts in order. The Assembly approved the accounts and discharged the Board unanimously.

5. Election of the Board for 2037–2040
The following were elected, each unanimously or with one abstention:
President: Ing. Christoph Aigner-Wendt (Greiner Packaging GmbH)
Vice-President: DI Dr. Sabine Krottendorfer (IMC Krems University of Applied Sciences)
Treasurer: Thomas Wöhrer (Raiffeisenlandesbank NÖ-Wien AG)
Board members: Mag. Aleksandar Petrović (Agrana Research & Innovation Center GmbH), Dr. Martina de Boer-Schwarz (FOTEC Forschungs- und Technologietransfer GmbH), Ing. Karl Zöchling (Zöchling Bau GmbH)
Auditors: Mag. Franz Eichberger, Barbara Novak-Rieder (re-elected)

6. Any other business
The next General Assembly will be held in March 2038. The next Board meeting will take place on Thursday 19 November 2037 in Tulln, on the eve of the Lower Austrian Cluster Day 2037 (20 November).

Resolutions
The General Assembly resolved:
1. To approve the minutes of the General Assembly of 19 March 2036
2. To approve the annual accounts 2036 and to discharge the Board
3. To elect the Board and the auditors for the term 2037–2040 as listed above
4. To keep the membership fee unchanged for 2037 and 2038

St. Pölten, 24 March 2037
Verena Hofbauer-Stix (minutes)          Ing. Christoph Aigner-Wendt (President)
"""
write(F, T)
C="Cluster Network Lower Austria"
gold(F,
 [P("Verena Hofbauer-Stix","Managing Director of the association",C),
  P("Christoph Aigner-Wendt","President",C),
  P("Helmut Schaffer-Rainer","Managing Director","ecoplus"),
  P("Judith Lindner","head of the Department of Economy, Tourism and Technology","Office of the Lower Austrian Provincial Government"),
  P("Franz Eichberger","auditor",C),
  P("Barbara Novak-Rieder","auditor",C),
  P("Sabine Krottendorfer","Vice-President",C),
  P("Thomas Wöhrer","Treasurer",C),
  P("Aleksandar Petrović","Board member",C),
  P("Martina de Boer-Schwarz","Board member",C),
  P("Karl Zöchling","Board member",C)],
 [O(C), O("ecoplus. The Business Agency of Lower Austria Ltd.","ecoplus"), O("Greiner Packaging GmbH"),
  O("Department of Economy, Tourism and Technology"), O("Office of the Lower Austrian Provincial Government"),
  O("Mechatronics Cluster"), O("Province of Lower Austria"), O("Technopol Wiener Neustadt"),
  O("IMC Krems University of Applied Sciences"), O("Raiffeisenlandesbank NÖ-Wien AG"),
  O("Agrana Research & Innovation Center GmbH"), O("FOTEC Forschungs- und Technologietransfer GmbH"), O("Zöchling Bau GmbH"),
  O("Plastics Cluster")],
 [E("Ordinary General Assembly 2037","2037-03-18",None,"St. Pölten","Austria"),
  E("Lower Austrian Cluster Day","2036-11-12",None,"Tulln","Austria"),
  E("delegation trip of the Mechatronics Cluster to the Hannover Messe","2036-04",None,"Hannover","Germany"),
  E("Hannover Messe","2036-04",None,"Hannover","Germany"),
  E("information event","2037-09-14",None,"Wiener Neustadt","Austria"),
  E("General Assembly","2038-03",None,None,None),
  E("Board meeting","2037-11-19",None,"Tulln","Austria"),
  E("Lower Austrian Cluster Day 2037","2037-11-20",None,"Tulln","Austria"),
  E("General Assembly","2036-03-19",None,None,None)],
 ["2037-03-18","2037-03-02","2036","2036-11-12","2036-04","2035","2037/2041","2037","2037-04-01","2037-09-14","2037/2040","2038-03","2037-11-19","2037-11-20","2036-03-19","2038","2037-03-24"],
 ["To approve the minutes of the General Assembly of 19 March 2036",
  "To approve the annual accounts 2036 and to discharge the Board",
  "To elect the Board and the auditors for the term 2037–2040 as listed above",
  "To keep the membership fee unchanged for 2037 and 2038"],
 pub="2037-03-24")
