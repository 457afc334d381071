from h import *
F = 'g03_kassel_mobility_breakfast_calendar.txt'
for d,n in [((2039,1,20),'Thursday'),((2039,3,17),'Thursday'),((2039,5,12),'Thursday'),((2039,7,7),'Thursday'),((2039,9,22),'Thursday'),((2039,11,17),'Thursday'),((2039,12,8),'Thursday')]:
    assert wd(*d)==n, d
T = """MobilNetz Nordhessen e.V. | The mobility and logistics cluster of North Hesse

Menu
Cluster
Members
Working groups
Events
Projects
Press
Contact
Deutsch  English

Cookie notice: This website only uses technically necessary cookies and an anonymous visitor counter. Details in our privacy notice. [Close]

You are here: Home > Events > Series > Mobility Breakfast

Mobility Breakfast 2039 – all dates at a glance

Seven times a year, one of our member companies or institutes opens its doors at 8 o'clock in the morning. Over coffee and rolls, a host presents a project, a product or a problem, and then the 40 to 60 guests discuss it. The Mobility Breakfast is free for members of MobilNetz Nordhessen e.V.; guests from non-member companies pay EUR 25. Registration is required for each edition, as places are limited. Hosts who would like to present in 2040 can send a short proposal to the cluster office at any time.

Print calendar  |  Add all to Outlook (.ics)  |  Subscribe to the RSS feed

---

#1  Thursday, 20 January 2039, 08:00–10:00
Host: Hessische Landesbahn Werkstätten GmbH, Kassel-Wilhelmshöhe
Topic: Hydrogen trains on the Kurhessenbahn – two winters of operation
Speaker: Jörg Pfannkuch, Head of Fleet Maintenance
Status: took place (52 participants) – slides for members

#2  Thursday, 17 March 2039, 08:00–10:00
Host: University of Kassel, Department of Transport Planning and Traffic Systems
Topic: On-demand buses in rural districts: what the data say
Speaker: Prof. Dr. Meike Obernauer-Sander
Status: took place (61 participants) – slides for members

#3  Thursday, 12 May 2039, 08:00–10:00
Host: Logistikzentrum Lohfelden GmbH & Co. KG, Lohfelden
Topic: Electric trucks in the night shift – first results from the depot
Speaker: Derya Aksoy-Brandt, Managing Director
Status: took place (44 participants)

#4  Thursday, 7 July 2039, 08:00–10:00
Host: Fraunhofer Institute for Energy Economics and Energy System Technology (IEE), Kassel
Topic: Charging hubs for commercial fleets – grid limits and smart load management
Speaker: Dr. Tobias Wendehorst, Group Manager Electromobility
Status: took place (58 participants)

Summer break – no breakfast in August

#5  Thursday, 22 September 2039, 08:00–10:00
Host: Volkswerk Baunatal Komponenten GmbH, Baunatal
Topic: Remanufacturing of electric drive units
Speaker: Claudia Rettberg, Head of Circular Economy
Status: registration open – 14 places left
→ Register

#6  Thursday, 17 November 2039, 08:00–10:00
Host: NVV Nordhessischer VerkehrsVerbund, Kassel
Topic: One ticket for bus, train and bike sharing – the 2040 tariff reform
Speaker: to be confirmed
Status: registration opens on 1 October 2039

Special edition
#7  Thursday, 8 December 2039, 08:00–11:00
Mobility Breakfast meets Christmas: annual review of the cluster
Place: Kulturbahnhof Kassel, Hall 2
With the report of the board by chair Dr. Ingrid Lautenschläger and a look at the working programme 2040–2041
Status: registration opens on 1 October 2039

---

Archive
Mobility Breakfast 2038 (7 editions) ›
Mobility Breakfast 2037 (6 editions) ›
Mobility Breakfast 2036 (5 editions) ›

Further events of the cluster
• Working group Rail, next meeting 29 September 2039 (members only)
• North Hesse Logistics Day, 26 October 2039, Messe Kassel
• Study trip to the Port of Rotterdam, 16–18 November 2039 – fully booked

Your contact for the Mobility Breakfast
Katharina Vollmer-Eisele
Event Manager
MobilNetz Nordhessen e.V.
Kölnische Straße 48, 34117 Kassel
Phone +49 561 0000000
events@mobilnetz-nordhessen.example.de

The cluster is supported by the Hessian Ministry of Economics, Energy, Transport and Housing and the Region Nordhessen development company.

Imprint   Privacy   Accessibility   Newsletter   Top ↑
"""
write(F, T)
C = "MobilNetz Nordhessen e.V."
gold(F,
 [P("Jörg Pfannkuch","Head of Fleet Maintenance","Hessische Landesbahn Werkstätten GmbH"),
  P("Meike Obernauer-Sander",None,"University of Kassel"),
  P("Derya Aksoy-Brandt","Managing Director","Logistikzentrum Lohfelden GmbH & Co. KG"),
  P("Tobias Wendehorst","Group Manager Electromobility","Fraunhofer Institute for Energy Economics and Energy System Technology"),
  P("Claudia Rettberg","Head of Circular Economy","Volkswerk Baunatal Komponenten GmbH"),
  P("Ingrid Lautenschläger","chair",C),
  P("Katharina Vollmer-Eisele","Event Manager",C)],
 [O(C), O("Hessische Landesbahn Werkstätten GmbH"), O("University of Kassel"),
  O("Department of Transport Planning and Traffic Systems"), O("Logistikzentrum Lohfelden GmbH & Co. KG"),
  O("Fraunhofer Institute for Energy Economics and Energy System Technology","IEE"),
  O("Volkswerk Baunatal Komponenten GmbH"), O("NVV Nordhessischer VerkehrsVerbund","NVV"),
  O("Port of Rotterdam"),
  O("Hessian Ministry of Economics, Energy, Transport and Housing"), O("Region Nordhessen")],
 [E("Mobility Breakfast #1","2039-01-20",None,"Kassel","Germany"),
  E("Mobility Breakfast #2","2039-03-17",None,"Kassel","Germany"),
  E("Mobility Breakfast #3","2039-05-12",None,"Lohfelden","Germany"),
  E("Mobility Breakfast #4","2039-07-07",None,"Kassel","Germany"),
  E("Mobility Breakfast #5","2039-09-22",None,"Baunatal","Germany"),
  E("Mobility Breakfast #6","2039-11-17",None,"Kassel","Germany"),
  E("Mobility Breakfast meets Christmas","2039-12-08",None,"Kassel","Germany"),
  E("Working group Rail","2039-09-29"),
  E("North Hesse Logistics Day","2039-10-26",None,"Kassel","Germany"),
  E("Study trip to the Port of Rotterdam","2039-11-16","2039-11-18","Rotterdam","Netherlands")],
 ["2039-01-20","2039-03-17","2039-05-12","2039-07-07","2039-09-22","2039-11-17","2039-10-01","2039-12-08","2040/2041","2040","2039-10-26","2039-09-29","2039-11-16/2039-11-18","2039-08"],
 [], None)
