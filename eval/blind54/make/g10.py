from h import *
F = 'who-is-who_working-groups_emob-niederbayern.md'
T = '''# Who is who in our working groups

**E-Mobil Niederbayern e.V. (EMN) – Cluster for electric drives, batteries and charging in Lower Bavaria**

Home › Network › Working groups › Who is who  
*Status: 15 January 2035. The groups elect their chair, vice-chair and secretary for two years; the current terms run 2034–2036.*

Our six working groups (Arbeitskreise) are where members develop joint projects, prepare position papers and organise
site visits. Each group meets three to four times a year, usually at a member company, and is open to every employee of a
member organisation. The cluster office supports each group with a contact person. Coordination of all groups lies with
our head of working groups, Dr. Veronika Stadler-Huber (EMN office, Deggendorf), who reports to the managing director
Matthias Gruber.

## AK 1 – Battery cells and modules

- **Chair:** Stefan Aigner, Head of Cell Development, Vilstal Batteriesysteme GmbH, Landshut
- **Vice-chair:** Prof. Dr. Ludmila Novak, Technologiecampus Cham, Deggendorf Institute of Technology (DIT)
- **Secretary:** Kerstin Pöschl, quality engineer, Isar Energy Storage GmbH
- Office contact: Dr. Veronika Stadler-Huber

Next meeting: 12 March 2035, Vilstal, Landshut – topic: second-life modules.

## AK 2 – Power electronics and e-drives

- **Chair:** Florian Brunnhuber (Rottaler Antriebstechnik GmbH & Co. KG)
- **Vice-chair:** Dr.-Ing. Yusuf Kaya (Infineon? no – Kaya Power Solutions GmbH, Passau)
- **Secretary:** vacant since December 2034 – candidates please contact the office

The group prepares the cluster's contribution to the "Antriebswende Bayern" dialogue of the Bavarian Ministry of Economic
Affairs, Regional Development and Energy (StMWi).

## AK 3 – Charging infrastructure and grids

- **Chair:** Michaela Eichinger, managing director, Ladepunkt Ost GmbH
- **Vice-chair:** Hubert ZACHERL, Bayernwerk Netz? – no: Stadtwerke Straubing-Land, head of grid planning
- **Secretary:** Tobias Wimmer, Tobias Wimmer Elektrotechnik e.K.

## AK 4 – Commercial vehicles and agricultural machinery

- **Chair:** Johann Feichtinger, CTO, Feichtinger Landtechnik GmbH
- **Vice-chair:** Sandra Reisinger, Reisinger Logistik AG
- **Secretary:** Leonhard von Poschinger-Frauenau, project engineer, DIT
Guest member: Ing. Petr Vondráček, e-mobility cluster of the Plzeň region (Czech partner, non-voting)

## AK 5 – Skills and training

- **Chair:** Andrea Huber-Kagerer, head of training, IHK Niederbayern
- **Vice-chair:** Markus Lindinger, Berufsschule Dingolfing (vocational school)
- **Secretary:** Jana Moosmüller, EMN office (also office contact for AK 6)

## AK 6 – Circular economy and recycling

- **Chair:** Dr. Amelie Freiin von Aretin, Founder and CEO, ReCell Bavaria GmbH
- **Vice-chair:** Michael Lallinger, Lallinger Recycling GmbH
- **Secretary:** Dr. Sebastian Obermeier, research associate, Fraunhofer Research Institution for Materials Recycling and Resource Strategies IWKS

## Steering circle of the working groups

The six chairs form the steering circle together with the board member responsible for working groups, Christine Loibl
(vice-chair of the EMN board and plant manager at Dingolfing Kabelwerk GmbH). The steering circle meets twice a year; the
next meeting is on 6 May 2035 in Deggendorf. It prepares the annual Working Group Day, which this year takes place on
23 October 2035 at the Stadthallen Deggendorf, together with the Lower Bavarian Innovation Day of the Regierung von
Niederbayern.

## How to join a working group

Any employee of a member organisation can join one or more groups by writing to the office. New participants are invited
to a short online introduction with the secretary of the group before their first meeting. Minutes of all meetings are
published in the members' area within four weeks. Non-members may attend one meeting as guests to get to know the
cluster; a second visit requires membership. Students of the partner universities may take part in AK 5 free of charge.

## Changes since the last edition

- AK 3: Michaela Eichinger succeeds Robert Danzer, who chaired the group from 2030 to 2034 and moved to Munich.
- AK 6 is new; it was founded on 27 November 2034 after a merger of the former groups "Recycling" and "Materials".
- AK 2: the former secretary, Nina Bachhuber, left Rottaler Antriebstechnik in December 2034.

Contact for all working groups: arbeitskreise@e-mobil-niederbayern.example · Tel. +49 991 000 00 30

*E-Mobil Niederbayern e.V. · Ulrichsberger Straße 17 · 94469 Deggendorf · Imprint · Data protection*
'''
T = T.replace("Dr.-Ing. Yusuf Kaya (Infineon? no – Kaya Power Solutions GmbH, Passau)", "Dr.-Ing. Yusuf Kaya (Kaya Power Solutions GmbH, Passau)")
T = T.replace("Hubert ZACHERL, Bayernwerk Netz? – no: Stadtwerke Straubing-Land, head of grid planning", "Hubert ZACHERL, Stadtwerke Gäuboden GmbH, head of grid planning")
write(F, T)
EMN='E-Mobil Niederbayern e.V.'
gold(F, [
 P('Veronika Stadler-Huber','head of working groups',EMN),
 P('Matthias Gruber','managing director',EMN),
 P('Stefan Aigner','Head of Cell Development','Vilstal Batteriesysteme GmbH'),
 P('Ludmila Novak',None,'Deggendorf Institute of Technology'),
 P('Kerstin Pöschl','quality engineer','Isar Energy Storage GmbH'),
 P('Florian Brunnhuber',None,'Rottaler Antriebstechnik GmbH & Co. KG'),
 P('Yusuf Kaya',None,'Kaya Power Solutions GmbH'),
 P('Michaela Eichinger','managing director','Ladepunkt Ost GmbH'),
 P('Hubert ZACHERL','head of grid planning','Stadtwerke Gäuboden GmbH'),
 P('Tobias Wimmer',None,'Tobias Wimmer Elektrotechnik e.K.'),
 P('Johann Feichtinger','CTO','Feichtinger Landtechnik GmbH'),
 P('Sandra Reisinger',None,'Reisinger Logistik AG'),
 P('Leonhard von Poschinger-Frauenau','project engineer','DIT'),
 P('Petr Vondráček',None,None),
 P('Andrea Huber-Kagerer','head of training','IHK Niederbayern'),
 P('Markus Lindinger',None,'Berufsschule Dingolfing'),
 P('Jana Moosmüller',None,EMN),
 P('Amelie Freiin von Aretin','Founder and CEO','ReCell Bavaria GmbH'),
 P('Michael Lallinger',None,'Lallinger Recycling GmbH'),
 P('Sebastian Obermeier','research associate','Fraunhofer Research Institution for Materials Recycling and Resource Strategies IWKS'),
 P('Christine Loibl','board member responsible for working groups',EMN),
 P('Robert Danzer',None,EMN),
 P('Nina Bachhuber',None,'Rottaler Antriebstechnik GmbH & Co. KG'),
],[
 O(EMN,'EMN'), O('Vilstal Batteriesysteme GmbH'), O('Technologiecampus Cham'), O('Deggendorf Institute of Technology','DIT'),
 O('Isar Energy Storage GmbH'), O('Rottaler Antriebstechnik GmbH & Co. KG'), O('Kaya Power Solutions GmbH'),
 O('Bavarian Ministry of Economic Affairs, Regional Development and Energy','StMWi'), O('Ladepunkt Ost GmbH'),
 O('Stadtwerke Gäuboden GmbH'), O('Tobias Wimmer Elektrotechnik e.K.'), O('Feichtinger Landtechnik GmbH'), O('Reisinger Logistik AG'),
 O('IHK Niederbayern'), O('Berufsschule Dingolfing'), O('ReCell Bavaria GmbH'), O('Lallinger Recycling GmbH'),
 O('Fraunhofer Research Institution for Materials Recycling and Resource Strategies IWKS','IWKS'), O('Dingolfing Kabelwerk GmbH'),
 O('Regierung von Niederbayern'),
],[
 E('AK 1 meeting','2035-03-12','2035-03-12','Landshut','Germany'),
 E('steering circle meeting','2035-05-06','2035-05-06','Deggendorf','Germany'),
 E('Working Group Day','2035-10-23','2035-10-23','Deggendorf','Germany'),
 E('Lower Bavarian Innovation Day','2035-10-23','2035-10-23','Deggendorf','Germany'),
],['2035-01-15','2034/2036','2035-03-12','2034-12','2035-05-06','2035-10-23','2030/2034','2034-11-27'], pub=None)
