from h import *
F = 'MBC-newsletter_2035-06_new-members.md'
T = '''# Masurian Boatbuilding Cluster – Newsletter June 2035

**Issue 6/2035** · In this issue: New members · Boat Show Ostróda recap · Skills corner · Dates

---

## New members

Since our May issue the board has admitted eight new members, bringing the Masurian Boatbuilding Cluster (MBC) to 94
companies and institutions from Warmia-Masuria and neighbouring regions. A warm welcome to all of them! Each new member
names a contact person for the cluster; you will find them below. New members are introduced at the next members' meeting
on 3 July 2035 in Iława.

**Jachty Drwęca Sp. z o.o.** (Ostróda) – builder of sailing yachts from 6 to 9 metres, 42 employees, exporting mainly to
Germany and the Netherlands.
Contact person: Paweł Zalewski, sales director

**ElektroMaszt S.A.** (Elbląg) – electric drives and battery packs for inland boats; a spin-off of the former shipyard
supplier base in Elbląg.
Contact person: dr inż. Katarzyna Rutkowska-Lis, head of R&D

**Laminat-Tech s.c.** (Olsztyn) – composite moulds and repair services. The company is run by the brothers Tomasz and Adam
Krajewski.
Contact person: Tomasz Krajewski, co-owner

**Upholstery studio "Kajuta"** (Giżycko) – cushions, canopies and interiors for motor boats.
Contact person: Marzena Wilk, owner

**Uniwersytet Warmińsko-Mazurski w Olsztynie (UWM), Faculty of Technical Sciences** – joins as a research member with its
new composites laboratory.
Contact person: prof. dr hab. inż. Jerzy Domański, dean of the Faculty of Technical Sciences

**Masurian Marinas Association (MMA)** – the umbrella body of 31 marinas on the Great Masurian Lakes.
Contact person: Iwona Sadowska, secretary general. The association's president, Leszek Orłowski, will join the members'
meeting in July.

**NordLake Charter GmbH** (Schwerin, Germany) – a charter fleet operator with 60 boats built in Masuria; our first member from
Mecklenburg.
Contact person: Jens-Uwe Krüger, Geschäftsführer

**Fundacja Szkoła pod Żaglami Mazur** – a vocational foundation that trains young boatbuilders and sailing instructors.
Contact person: Agata Nowicka-Biel, programme coordinator (previously Agata Nowicka, project officer at the cluster office
from 2029 to 2032)

Members are reminded that the contact person can be changed at any time by writing to the cluster office.

---

## Boat Show Ostróda 2035 – a short recap

The fourth edition of the Boat Show Ostróda, held from 16 to 18 May 2035 on the lakeshore in Ostróda, drew 11,400 visitors
and 96 exhibitors, 38 of them cluster members. The joint stand of MBC, coordinated by our export manager Michał
Bartoszewicz, hosted 140 B2B meetings with dealers from Germany, Sweden, Czechia and Lithuania. The Marshal of the Warmian-
Masurian Voivodeship opened the show together with the cluster's president, Krzysztof Wasilewski (CEO, Wasilewski Yachts
S.A.). The next edition is planned for May 2036.

---

## Skills corner

Together with the Centrum Kształcenia Zawodowego in Ostróda and the Olsztyn employment office, the cluster will run a second
cohort of the "Laminator 2.0" course from September to December 2035. The first cohort, which ended in March 2035, placed nine of its eleven graduates in member companies. Twelve places are available; member companies can
nominate candidates by 31 July 2035. Course leader: Robert Kamiński, production manager at Delphia-Masuria? – no, at Żagiel
Boats Sp. z o.o.

---

## Dates

- 3 July 2035 – Members' meeting, Iława (venue: Hotel Kormoran)
- 28–31 August 2035 – Joint stand at the Hanseboot Ancora Boat Show in Neustadt in Holstein (Germany)
- 10 September 2035 – Webinar "EU funding for electric inland boats" with the Enterprise Europe Network Poland (online, 10:00)
- 8–13 September 2035 – Cannes Yachting Festival: cluster visit, registration by 15 August
- 21 November 2035 – General Assembly and election of the board 2035–2038, Olsztyn

---

*Masurian Boatbuilding Cluster · ul. Mickiewicza 12 · 14-100 Ostróda · Poland · newsletter@mbc.example*  
*Editor: Joanna Piątek, communication officer. To unsubscribe, reply with "unsubscribe".*
'''
T = T.replace("production manager at Delphia-Masuria? – no, at Żagiel\nBoats Sp. z o.o.", "production manager at Żagiel\nBoats Sp. z o.o.")
write(F, T)
MBC='Masurian Boatbuilding Cluster'
gold(F, [
 P('Paweł Zalewski','sales director','Jachty Drwęca Sp. z o.o.'),
 P('Katarzyna Rutkowska-Lis','head of R&D','ElektroMaszt S.A.'),
 P('Tomasz Krajewski','co-owner','Laminat-Tech s.c.'),
 P('Adam Krajewski',None,'Laminat-Tech s.c.'),
 P('Marzena Wilk','owner','Upholstery studio "Kajuta"'),
 P('Jerzy Domański','dean of the Faculty of Technical Sciences','Uniwersytet Warmińsko-Mazurski w Olsztynie'),
 P('Iwona Sadowska','secretary general','Masurian Marinas Association'),
 P('Leszek Orłowski','president','Masurian Marinas Association'),
 P('Jens-Uwe Krüger','Geschäftsführer','NordLake Charter GmbH'),
 P('Agata Nowicka-Biel','programme coordinator','Fundacja Szkoła pod Żaglami Mazur'),
 P('Michał Bartoszewicz','export manager',MBC),
 P('Krzysztof Wasilewski','president',MBC),
 P('Robert Kamiński','production manager','Żagiel Boats Sp. z o.o.'),
 P('Joanna Piątek','communication officer',MBC),
],[
 O(MBC,'MBC'), O('Jachty Drwęca Sp. z o.o.'), O('ElektroMaszt S.A.'), O('Laminat-Tech s.c.'), O('Upholstery studio "Kajuta"'),
 O('Uniwersytet Warmińsko-Mazurski w Olsztynie','UWM'), O('Faculty of Technical Sciences'), O('Masurian Marinas Association','MMA'),
 O('NordLake Charter GmbH'), O('Fundacja Szkoła pod Żaglami Mazur'), O('Wasilewski Yachts S.A.'), O('Centrum Kształcenia Zawodowego'),
 O('Żagiel Boats Sp. z o.o.'), O('Enterprise Europe Network Poland'),
],[
 E("members' meeting",'2035-07-03','2035-07-03','Iława','Poland'),
 E('Boat Show Ostróda 2035','2035-05-16','2035-05-18','Ostróda','Poland'),
 E('Boat Show Ostróda 2036','2036-05','2036-05',None,None),
 E('Laminator 2.0 course (second cohort)','2035-09','2035-12',None,None),
 E('Hanseboot Ancora Boat Show','2035-08-28','2035-08-31','Neustadt in Holstein','Germany'),
 E('Webinar "EU funding for electric inland boats"','2035-09-10','2035-09-10',None,None),
 E('Cannes Yachting Festival','2035-09-08','2035-09-13','Cannes','France'),
 E('General Assembly','2035-11-21','2035-11-21','Olsztyn','Poland'),
],['2035-06','2035-07-03','2029/2032','2035-05-16/2035-05-18','2036-05','2035-09/2035-12','2035-07-31','2035-08-28/2035-08-31','2035-09-10',
   '2035-09-08/2035-09-13','2035-08-15','2035-11-21','2035/2038','2035-05','2035-03','2035-07'], pub='2035-06')
