from h import *
F = 'PKM_AGM-2033_report.txt'
T = '''KUNSTSTOFFNETZ MÜNSTERLAND e.V. (PKM)
Plastics and Packaging Cluster Münsterland

REPORT OF THE ANNUAL GENERAL MEETING 2033
held on Wednesday, 11 May 2033, 15:00–18:40, at the Kreishaus Steinfurt, Tecklenburger Straße 10, Steinfurt

Published for members on 20 May 2033 | Prepared by the cluster office (Dr. Miriam Schulze-Eggert)

1. Opening and quorum

The chairman of the board, Hubertus zu Ahlen-Vennemann (managing partner, Vennemann Folientechnik GmbH & Co. KG),
opened the meeting at 15:05 and welcomed 71 member representatives, who held 84 votes including proxies. Out of 112
members, the quorum required by § 9 of the statutes was reached. Guests were Landrat Dr. Bernhard Kötter of the
Kreis Steinfurt, Anja Brüggemann of the Münsterland e.V. regional marketing association and, as speaker, Prof. Dr.
Nils Oberdiek, head of the Institute for Circular Plastics at FH Münster. The meeting elected Tobias Hölscher
(legal adviser, IHK Nord Westfalen) as chair of the elections and Miriam Schulze-Eggert as secretary of the meeting.

2. Report of the board and of the cluster office

The managing director of the cluster, Miriam Schulze-Eggert, presented the 2032 activity report. Membership grew by
nine companies to 112. The cluster ran 31 events with 1,460 participants, among them the third "Rezyklat-Forum
Münsterland" on 22–23 September 2032 in Rheine and a delegation to interpack in Düsseldorf in May 2032 with a joint
stand of eleven members. The project PACKLOOP (2031–2034) reached its midterm; the partners tested 14 mono-material
packaging designs with three retailers. The cluster office moved to the Technologiehof Münster in March 2032.

3. Financial statements 2032 and discharge

Treasurer Gisela Overkamp (Volksbank Emsdetten-Ochtrup eG) presented the accounts: income of EUR 684,000, of which
EUR 298,000 from member fees, and a surplus of EUR 12,400 carried forward. The auditors, Franz-Josef Lammers and
Katharina van Dyck, reported that they had checked the books on 18 April 2033 and found no objections. On their
proposal, the board was discharged unanimously, with the members of the board abstaining.

4. Elections

4.1 Board. The term of the board elected in 2030 ended. The following were elected for 2033–2036 (votes in brackets):
- Chair: Dr. Carolin Brinkhaus, CEO, Brinkhaus Verpackungen GmbH, Ochtrup (79 yes, 2 no, 3 abstentions)
- Deputy chair: Hendrik Terhorst, head of R&D, Polymerwerk Greven AG (81 yes)
- Treasurer: Gisela Overkamp, Volksbank Emsdetten-Ochtrup eG (re-elected, 83 yes)
- Members of the board: Ayşe Demirtaş (KreisLauf Recycling GmbH), Prof. Dr. Nils Oberdiek (FH Münster),
  Marc van den Bosch (Twentepack B.V., Enschede; first member from the Netherlands), Sabine Lütke-Wöstmann
  (Lütke Spritzguss GmbH)
Dr. Carolin Brinkhaus accepted the election and thanked the outgoing chairman.

4.2 Auditors. Franz-Josef Lammers (retired tax adviser) was re-elected; Andreas Hüging (Hüging Steuerberatung, Greven)
was elected as second auditor for two years, replacing Katharina van Dyck, who did not stand again.

5. Honorary members

On the proposal of the board, the meeting appointed two honorary members by acclamation:
- Hubertus zu Ahlen-Vennemann, chairman of the board 2021–2033 and co-founder of the network in 2012;
- Renate Sprenger-Elfers, who ran the cluster office as its first manager from 2012 to 2027.
The meeting also remembered Heinrich Wessels, founding treasurer, who died in January 2033.

5a. Questions from members

Under this item Ralf Többen (Többen Kunststofftechnik GmbH, Borken) asked whether the cluster would again organise a joint
stand at Fakuma in Friedrichshafen; the managing director replied that a joint stand for 8 to 10 members is planned for
14–18 October 2033 and that registrations are open until 30 June 2033. Dr. Elif Yıldırım, head of sustainability at Polymerwerk
Greven AG, asked for a working group on recycled content in food packaging (see resolution 3). Jochen Frie of the
Wirtschaftsförderung Kreis Coesfeld invited members to the regional job fair "Kunststoff-Karriere" on 9 September 2033 in
Dülmen, where the cluster will present its apprenticeship campaign with the Berufskolleg Steinfurt.

6. Budget and fees 2034

The budget for 2034 (EUR 702,000) was approved. Member fees remain unchanged for 2034.

7. Resolutions adopted

The meeting adopted the following resolutions:
- The board is instructed to prepare a cross-border membership category for Dutch and Lower Saxon companies by the end of 2033.
- The cluster will apply for the Bronze Label of the European Cluster Excellence Initiative again in 2034.
- A working group "Recycled content in food-contact packaging" is set up, chaired by Hendrik Terhorst.
- The membership fee for start-ups in their first three years is reduced by half from 1 January 2034.

8. Keynote and closing

Prof. Dr. Nils Oberdiek spoke on "Chemical and mechanical recycling: what the Münsterland can do by 2040". The new chair
closed the meeting at 18:40 and invited members to the summer barbecue at Brinkhaus Verpackungen on 6 July 2033 and to
the 4th Rezyklat-Forum Münsterland on 20–21 September 2033 in Coesfeld.

Next annual general meeting: spring 2034, Münster (date to follow).

Kunststoffnetz Münsterland e.V. · Mendelstraße 11 · 48149 Münster · Register of associations Münster VR 0000
'''
write(F, T)
PKM='Kunststoffnetz Münsterland e.V.'
gold(F, [
 P('Miriam Schulze-Eggert','managing director',PKM),
 P('Hubertus zu Ahlen-Vennemann','honorary member',PKM),
 P('Bernhard Kötter','Landrat','Kreis Steinfurt'),
 P('Anja Brüggemann',None,'Münsterland e.V.'),
 P('Nils Oberdiek','head of the Institute for Circular Plastics','FH Münster'),
 P('Tobias Hölscher','legal adviser','IHK Nord Westfalen'),
 P('Gisela Overkamp','Treasurer',PKM),
 P('Franz-Josef Lammers','auditor',PKM),
 P('Katharina van Dyck',None,PKM),
 P('Carolin Brinkhaus','Chair',PKM),
 P('Hendrik Terhorst','Deputy chair',PKM),
 P('Ayşe Demirtaş',None,'KreisLauf Recycling GmbH'),
 P('Marc van den Bosch',None,'Twentepack B.V.'),
 P('Sabine Lütke-Wöstmann',None,'Lütke Spritzguss GmbH'),
 P('Andreas Hüging','second auditor','Hüging Steuerberatung'),
 P('Renate Sprenger-Elfers','honorary member',PKM),
 P('Heinrich Wessels',None,PKM),
 P('Ralf Többen',None,'Többen Kunststofftechnik GmbH'),
 P('Elif Yıldırım','head of sustainability','Polymerwerk Greven AG'),
 P('Jochen Frie',None,'Wirtschaftsförderung Kreis Coesfeld'),
],[
 O(PKM,'PKM'), O('Vennemann Folientechnik GmbH & Co. KG'), O('Kreis Steinfurt'), O('Münsterland e.V.'),
 O('Institute for Circular Plastics'), O('FH Münster'), O('IHK Nord Westfalen'), O('Volksbank Emsdetten-Ochtrup eG'),
 O('Brinkhaus Verpackungen GmbH'), O('Polymerwerk Greven AG'), O('KreisLauf Recycling GmbH'), O('Twentepack B.V.'),
 O('Lütke Spritzguss GmbH'), O('Hüging Steuerberatung'), O('Többen Kunststofftechnik GmbH'), O('Wirtschaftsförderung Kreis Coesfeld'), O('Berufskolleg Steinfurt'),
],[
 E('ANNUAL GENERAL MEETING 2033','2033-05-11','2033-05-11','Steinfurt','Germany'),
 E('Rezyklat-Forum Münsterland','2032-09-22','2032-09-23','Rheine','Germany'),
 E('interpack','2032-05','2032-05','Düsseldorf','Germany'),
 E('Fakuma','2033-10-14','2033-10-18','Friedrichshafen','Germany'),
 E('Kunststoff-Karriere','2033-09-09','2033-09-09','Dülmen','Germany'),
 E('summer barbecue','2033-07-06','2033-07-06',None,None),
 E('4th Rezyklat-Forum Münsterland','2033-09-20','2033-09-21','Coesfeld','Germany'),
 E('Next annual general meeting','2034','2034','Münster','Germany'),
],['2033-05-11','2033-05-20','2032','2032-09-22/2032-09-23','2032-05','2031/2034','2032-03','2033-04-18','2030','2033/2036',
   '2021/2033','2012','2012/2027','2033-01','2034','2033','2034-01-01','2040','2033-07-06','2033-09-20/2033-09-21','2033-10-14/2033-10-18','2033-06-30','2033-09-09'],
 km=['The board is instructed to prepare a cross-border membership category for Dutch and Lower Saxon companies by the end of 2033',
     'The cluster will apply for the Bronze Label of the European Cluster Excellence Initiative again in 2034',
     'A working group "Recycled content in food-contact packaging" is set up, chaired by Hendrik Terhorst',
     'The membership fee for start-ups in their first three years is reduced by half from 1 January 2034'],
 pub='2033-05-20')
