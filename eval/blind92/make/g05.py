from h import *
F = 'g05_klaipeda_maritime_members.md'
T = """# Member directory | Klaipėda Maritime Technology Cluster

[About](/about) · [Members](/members) · [Services](/services) · [Projects](/projects) · [News](/news) · [Join us](/join) · LT | **EN**

> Search members: [ all sectors ▾ ] [ all countries ▾ ] [ Search ]
> Showing 32 of 67 members · sorted A–Z · directory updated 14 January 2036

The Klaipėda Maritime Technology Cluster (KMTC) was founded in 2028 by nine shipyards and suppliers around the port of Klaipėda. Since 2033 it also accepts members from Latvia, Poland and the other Baltic Sea countries. Each entry gives the member's legal name, the country in brackets and the contact person registered with the cluster office.

## Shipbuilding and repair

- **Baltijos Laivų Statykla UAB** (Lithuania) – newbuilding of ferries and service vessels up to 120 m. Contact: Tomas Jankauskas, Commercial Director.
- **Vakarų Remonto Dokas AB** (Lithuania) – dry docking, hull repair, retrofits. Contact: Rūta Petrauskienė, Head of Sales.
- **Liepājas Kuģu Remonts SIA** (Latvia) – repair yard for fishing and naval vessels. Contact: Edgars Ozoliņš, Board Member.
- **Stocznia Północna Sp. z o.o.** (Poland) – steel hull blocks and outfitting. Contact: Katarzyna Wilk, Project Director.

## Equipment and systems

- **Marelektra UAB** (Lithuania) – electrical and automation systems for ships. Contact: Darius Kazlauskas, CEO.
- **HydroBalt OÜ** (Estonia) – hydraulic deck machinery. Contact: Kaido Tamm, Sales Manager.
- **NordPropulsion AB** (Sweden) – electric and hybrid propulsion packages. Contact: Linnea Berg, Key Account Manager.
- **Jūrų Vėjas UAB** (Lithuania) – HVAC and ventilation for vessels and offshore platforms. Contact: Aistė Vaitkutė.
- **Baltic Coatings GmbH** (Germany) – anti-fouling and protective coatings. Contact: Henrik Albers, Area Manager Baltics.

## Offshore wind and energy

- **Kuršių Offshore Services UAB** (Lithuania) – crew transfer vessels and port services for offshore wind. Contact: Mindaugas Stankus, Managing Director.
- **Ventus Marine A/S** (Denmark) – installation engineering for wind turbine foundations. Contact: Søren Kjær, Business Developer Baltics.
- **Klaipėdos Energija AB** (Lithuania) – heat and power utility, shore power. Contact: Vaida Noreikienė.

## Logistics and port services

- **Klaipėda State Seaport Authority** (Lithuania) – port authority. Contact: Laurynas Šimkus, Head of Innovation.
- **Smeltė Terminal Services UAB** (Lithuania) – container terminal. Contact: Gintarė Lukošienė.
- **Baltic Rail Cargo SIA** (Latvia) – rail and intermodal transport. Contact: Jānis Kalniņš, Director.

## Research, education and support

- **Klaipėda University** (Lithuania) – Faculty of Marine Technology and Natural Sciences. Contact: Prof. Vytautas Paulauskas, Dean.
- **Lithuanian Maritime Academy** (Lithuania) – training of ship officers and engineers. Contact: Dr Inga Bartusevičienė, Director.
- **Gdańsk University of Technology** (Poland) – Faculty of Ocean Engineering and Ship Technology. Contact: Dr Paweł Dymarski.
- **Klaipėda Science and Technology Park** (Lithuania) – incubator and test space. Contact: Jurgita Mačiulė, Head of Incubation.
- **Klaipėda Chamber of Commerce, Industry and Crafts** (Lithuania) – business association. Contact: Aušra Razauskienė.
- **Innovation Agency Lithuania** (Lithuania) – national agency, associate member. Contact: Simonas Gudas, Cluster Programme Officer.

## Digital and design

- **Seaform Design UAB** (Lithuania) – naval architecture and 3D design. Contact: Karolis Bružas, Chief Naval Architect.
- **Navidata SIA** (Latvia) – voyage data analytics. Contact: Līga Bērziņa.
- **OceanTwin Oy** (Finland) – digital twins for ports. Contact: Mikko Laine, CEO.

*Members without a public profile are not shown. Associate members are marked in the printed directory only.*

## Cluster office

Cluster Manager: **Eglė Juodytė** · egle.juodyte@kmtc.example.lt
Membership and events: **Paulius Rimkus** · +370 46 000 000
Chair of the Board: **Vilius Mockus** (Baltijos Laivų Statykla UAB)

## How to join

Companies, research bodies and public organisations working in maritime technology can apply for membership at any time. Full membership is open to organisations with a registered office or a branch in Lithuania; organisations from other countries join as international members with the same access to services but without voting rights at the general assembly. The application form, the statutes and the fee table can be downloaded from the members' area. The board decides on new members at each of its monthly meetings. The annual fee depends on the number of employees and ranges from EUR 400 for micro companies to EUR 4,000 for large enterprises; universities and public bodies pay a flat fee of EUR 1,000. New members are introduced at the next members' breakfast and in the newsletter, and their profile is added to this directory within two weeks. Members are asked to update their contact person once a year, and to tell the office when a company changes its legal form or name.

## Upcoming for members

- 10–11 March 2036: Baltic Shipbuilding Supplier Days, Klaipėda (B2B meetings on 11 March)
- 2 June 2036: general assembly and board elections
- 8–11 September 2036: joint stand at SMM Hamburg

[← previous page](/members?p=1) · page 2 of 3 · [next page →](/members?p=3)

---
© 2036 Klaipėda Maritime Technology Cluster, Naikupės g. 0, LT-93000 Klaipėda · [Privacy policy](/privacy) · [Cookie settings](/cookies)
"""
write(F, T)
K='Klaipėda Maritime Technology Cluster'
pp=[('Tomas Jankauskas','Commercial Director','Baltijos Laivų Statykla UAB'),('Rūta Petrauskienė','Head of Sales','Vakarų Remonto Dokas AB'),
('Edgars Ozoliņš','Board Member','Liepājas Kuģu Remonts SIA'),('Katarzyna Wilk','Project Director','Stocznia Północna Sp. z o.o.'),
('Darius Kazlauskas','CEO','Marelektra UAB'),('Kaido Tamm','Sales Manager','HydroBalt OÜ'),('Linnea Berg','Key Account Manager','NordPropulsion AB'),
('Aistė Vaitkutė',None,'Jūrų Vėjas UAB'),('Henrik Albers','Area Manager Baltics','Baltic Coatings GmbH'),
('Mindaugas Stankus','Managing Director','Kuršių Offshore Services UAB'),('Søren Kjær','Business Developer Baltics','Ventus Marine A/S'),
('Vaida Noreikienė',None,'Klaipėdos Energija AB'),('Laurynas Šimkus','Head of Innovation','Klaipėda State Seaport Authority'),
('Gintarė Lukošienė',None,'Smeltė Terminal Services UAB'),('Jānis Kalniņš','Director','Baltic Rail Cargo SIA'),
('Vytautas Paulauskas','Dean','Klaipėda University'),('Inga Bartusevičienė','Director','Lithuanian Maritime Academy'),
('Paweł Dymarski',None,'Gdańsk University of Technology'),('Jurgita Mačiulė','Head of Incubation','Klaipėda Science and Technology Park'),
('Aušra Razauskienė',None,'Klaipėda Chamber of Commerce, Industry and Crafts'),('Simonas Gudas','Cluster Programme Officer','Innovation Agency Lithuania'),
('Karolis Bružas','Chief Naval Architect','Seaform Design UAB'),('Līga Bērziņa',None,'Navidata SIA'),('Mikko Laine','CEO','OceanTwin Oy'),
('Eglė Juodytė','Cluster Manager',K),('Paulius Rimkus','Membership and events',K),('Vilius Mockus','Chair of the Board',K)]
orgs=[O(K,'KMTC')]+[O(o) for _,_,o in pp if o!=K]+[O('Faculty of Marine Technology and Natural Sciences'),O('Faculty of Ocean Engineering and Ship Technology')]
gold(F,[P(*x) for x in pp],orgs,
 [E('Baltic Shipbuilding Supplier Days','2036-03-10','2036-03-11','Klaipėda','Lithuania'),
  E('B2B meetings','2036-03-11',None,'Klaipėda','Lithuania'),
  E('general assembly','2036-06-02',None,None,None), E('SMM Hamburg','2036-09-08','2036-09-11','Hamburg','Germany')],
 ['2036-01-14','2028','2033','2036-03-10/2036-03-11','2036-03-11','2036-06-02','2036-09-08/2036-09-11'],
 [], pub='2036-01-14')
