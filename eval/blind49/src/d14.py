from g import save
T='''# Dairy Digital Bootcamp 2034 — training calendar

**Warmińsko-Mazurski Klaster Mleczarski (WMKM) · Olsztyn**
*Last updated: 19.02.2034*

The **Dairy Digital Bootcamp** is a ten-module training programme for production managers, quality staff and IT officers of dairy cooperatives and processing plants in Warmia and Masuria. It runs from February to June 2034, mixes online sessions with on-site days in member plants, and ends with a certificate issued jointly by WMKM and the University of Warmia and Mazury in Olsztyn (UWM). Participation is free for member companies thanks to co-financing from the regional programme Fundusze Europejskie dla Warmii i Mazur 2028–2034.

Bootcamp lead: **Agnieszka Żuławska**, training coordinator, WMKM
Academic lead: **dr hab. Marek Kołodziejczyk**, Faculty of Food Science, UWM

## Calendar

| # | Date | Module | Format | Trainer |
|---|------|--------|--------|---------|
| 1 | 6 Feb 2034 | Kick-off: data in the dairy value chain | On site — Olsztyn, UWM Kortowo campus | Agnieszka Żuławska; Marek Kołodziejczyk |
| 2 | 13 Feb 2034 | Sensors on milk reception and tanker logistics | Online | Piotr Rogalski, CTO, Lactosense Sp. z o.o. |
| 3 | 27 Feb 2034 | Visit: digital cheese line | On site — Mrągowo, SM Mazurskie Sery | Dorota Wilk-Mierzejewska, plant director |
| 4 | 12 Mar 2034 | Predictive maintenance for evaporators and dryers | Online | Jens Albrechtsen, senior engineer, NordDry A/S (Denmark) |
| 5 | 26 Mar 2034 | Traceability and the EU digital product passport | Online | Katarzyna Bielecka, legal expert, Polska Izba Mleka |
| 6 | 9 Apr 2034 | **CANCELLED** — Cyber-security in food plants (trainer unavailable; content moved to module 8) | — | — |
| 7 | 23 Apr 2034 | Energy monitoring and heat recovery | On site — Ełk, OSM Ełk-Mleko | Grzegorz Sadowski, energy manager |
| 8 | 7 May 2034 | Cyber-security and OT networks (extended session, 4 h) | Online | Aleksandra Nowak-Hinz, Cyberfarm Sp. z o.o. |
| 9 | 21 May 2034 | Dashboards for shift leaders: hands-on with open-source tools | On site — Olsztyn, Olsztyński Park Naukowo-Technologiczny | Tomasz Kuś, data analyst, WMKM |
| 10 | 4 Jun 2034 | Final pitches of improvement projects and certificates | On site — Olsztyn, UWM | jury (see below) |

All online modules run from 9:00 to 12:30 on Microsoft Teams; on-site days from 9:00 to 15:00 with lunch. Transport to Mrągowo and Ełk is organised by bus from the Olsztyn Główny railway station.

## Note on module 6

Module 6 on **9 April 2034** has been cancelled. The trainer from the national CSIRT had to withdraw at short notice. Its content is merged into module 8 on **7 May 2034**, which is extended to four hours. Participants who booked hotel rooms for 9 April can claim the costs until 30 April 2034.

## Final jury (4 June 2034)

- **Halina Borkowska**, president of the board, Warmińsko-Mazurski Klaster Mleczarski
- **Prof. Marek Kołodziejczyk**, UWM
- **Sławomir Jastrzębski**, director of the Department of Entrepreneurship, Urząd Marszałkowski Województwa Warmińsko-Mazurskiego
- **Eva Lindholm**, cluster manager of the Swedish partner cluster Mejeri Norr (guest juror)

## Requirements for the certificate

Attendance at eight of the nine modules held (module 6 does not count) and submission of an improvement project by 25 May 2034. Certificates will be handed over at the final session and at the WMKM General Assembly on 17 June 2034 in Ostróda.

## Next round

A second bootcamp for small farm dairies is planned for October–December 2034. Expressions of interest by 15 September 2034 to szkolenia@wmkm.example.

## Previous training of the cluster

- "Lean in the dairy plant", autumn 2032, 38 participants
- "Export documentation for Asian markets", 14–15 March 2033, Olsztyn
'''
save('dairy-digital-bootcamp-2034-calendar.md',T,None,
[('Agnieszka Żuławska','training coordinator','WMKM'),('Marek Kołodziejczyk',None,'UWM'),
 ('Piotr Rogalski','CTO','Lactosense Sp. z o.o.'),('Dorota Wilk-Mierzejewska','plant director','SM Mazurskie Sery'),
 ('Jens Albrechtsen','senior engineer','NordDry A/S'),('Katarzyna Bielecka','legal expert','Polska Izba Mleka'),
 ('Grzegorz Sadowski','energy manager','OSM Ełk-Mleko'),('Aleksandra Nowak-Hinz',None,'Cyberfarm Sp. z o.o.'),
 ('Tomasz Kuś','data analyst','WMKM'),('Halina Borkowska','president of the board','Warmińsko-Mazurski Klaster Mleczarski'),
 ('Sławomir Jastrzębski','director of the Department of Entrepreneurship','Urząd Marszałkowski Województwa Warmińsko-Mazurskiego'),
 ('Eva Lindholm','cluster manager','Mejeri Norr')],
[('Warmińsko-Mazurski Klaster Mleczarski','WMKM'),('University of Warmia and Mazury in Olsztyn','UWM'),('Faculty of Food Science',None),
 ('Lactosense Sp. z o.o.',None),('SM Mazurskie Sery',None),('NordDry A/S',None),('Polska Izba Mleka',None),('OSM Ełk-Mleko',None),
 ('Cyberfarm Sp. z o.o.',None),('Olsztyński Park Naukowo-Technologiczny',None),
 ('Urząd Marszałkowski Województwa Warmińsko-Mazurskiego',None),('Department of Entrepreneurship',None),('Mejeri Norr',None)],
[('Dairy Digital Bootcamp','2034-02-06','2034-06-04',None,None),
 ('Module 1: Kick-off: data in the dairy value chain','2034-02-06','2034-02-06','Olsztyn','Poland'),
 ('Module 2: Sensors on milk reception and tanker logistics','2034-02-13','2034-02-13',None,None),
 ('Module 3: Visit: digital cheese line','2034-02-27','2034-02-27','Mrągowo','Poland'),
 ('Module 4: Predictive maintenance for evaporators and dryers','2034-03-12','2034-03-12',None,None),
 ('Module 5: Traceability and the EU digital product passport','2034-03-26','2034-03-26',None,None),
 ('Module 7: Energy monitoring and heat recovery','2034-04-23','2034-04-23','Ełk','Poland'),
 ('Module 8: Cyber-security and OT networks','2034-05-07','2034-05-07',None,None),
 ('Module 9: Dashboards for shift leaders','2034-05-21','2034-05-21','Olsztyn','Poland'),
 ('Module 10: Final pitches of improvement projects and certificates','2034-06-04','2034-06-04','Olsztyn','Poland'),
 ('WMKM General Assembly','2034-06-17','2034-06-17','Ostróda','Poland'),
 ('second bootcamp for small farm dairies','2034-10','2034-12',None,None),
 ('Lean in the dairy plant','2032','2032',None,None),
 ('Export documentation for Asian markets','2033-03-14','2033-03-15','Olsztyn','Poland')],
['2034-02-19','2034-02/2034-06','2028/2034','2034-02-06','2034-02-13','2034-02-27','2034-03-12','2034-03-26','2034-04-09','2034-04-23',
 '2034-05-07','2034-05-21','2034-06-04','2034-04-30','2034-05-25','2034-06-17','2034-10/2034-12','2034-09-15','2032','2033-03-14/2033-03-15'],[])
