from h import *
F = 'SavonKasvu_henkilosto_staff-directory_2036-pdf.txt'
T = '''Kallavesi Elinvoima Oy – Kallavesi Business Agency Ltd      STAFF DIRECTORY / HENKILÖSTÖ               1 (3)
Updated 2 February 2036

Kallavesi Elinvoima Oy is the regional development agency of the municipalities of North Savo. We serve start-ups, growing
companies and investors and run the regional cluster programme "Savo Smart Industries 2034–2038". Our offices are
at Microkatu 1, Kuopio, and in the Iisalmi Innovation House. E-mail addresses follow the pattern
firstname.lastname@kallavesielinvoima.example.

MANAGEMENT / JOHTO
HEISKANEN Mikko              toimitusjohtaja / Managing Director                 +358 40 000 1001
RYYNÄNEN Paula               varatoimitusjohtaja / Deputy Managing Director,     +358 40 000 1002
                             also head of the Cluster Unit
KORHONEN-VAUHKONEN Elina     executive assistant                                 +358 40 000 1003

Board of directors (hallitus): chair Jouni Pelkonen (Kuopion kaupunki), vice-chair Merja Tuovinen (Iisalmen
kaupunki), members Ari Karvinen (Savonia University of Applied Sciences), Kirsi Räsänen (University of Eastern
Finland) and Toni Kärkkäinen (Pohjois-Savon Yrittäjät ry).

BUSINESS SERVICES / YRITYSPALVELUT
Start-ups and growth                                    Investments and location
HYVÄRINEN Antti, unit manager                           MIETTINEN Sanna, investment director
+358 40 000 2001                                        +358 40 000 3001
LAITINEN Noora, business adviser                        DE FREITAS Rui, international investor relations
(start-ups, Kuopio)                                     (Portuguese, Spanish, English)
PARTANEN Jussi, business adviser (Iisalmi,              SAVOLAINEN Ville, location services, land and
Upper Savo municipalities)                              premises
+358 40 000 2003                                        +358 40 000 3003

Kallavesi Elinvoima Oy – PDF generated 02.02.2036 10:14                                                   1

----------------------------------------------------------------------------------------------------------------
Kallavesi Elinvoima Oy – Kallavesi Business Agency Ltd      STAFF DIRECTORY / HENKILÖSTÖ               2 (3)

CLUSTER UNIT / KLUSTERIYKSIKKÖ
Head of unit: RYYNÄNEN Paula (see Management)

Health technology cluster "KuoHealth"
  OKSANEN Tiina, cluster manager                                                 +358 40 000 4001
  Dr. NGUYEN Minh Chau, project manager, clinical testbeds (on parental leave until 31.5.2036;
    substitute: TIIHONEN Matti)                                                   +358 40 000 4002
Water and environment cluster "Savo Water"
  PITKÄNEN Lauri, cluster manager                                                +358 40 000 4011
  van der LINDEN Sophie, EU projects coordinator (Interreg Europe project WATERLINKS, 2035–2038)
                                                                                 +358 40 000 4012
Machinery and wood cluster "SavoTech"
  RUOTSALAINEN Heikki, cluster manager (until 30.4.2036, retiring)              +358 40 000 4021
  KOKKONEN Emmi, cluster manager from 1.5.2036, currently development manager  +358 40 000 4022

COMMUNICATIONS AND EVENTS / VIESTINTÄ JA TAPAHTUMAT
  RÄTY Johanna, head of communications                                           +358 40 000 5001
  MUSTONEN Aleksi, events coordinator – KuoHealth Summit, Savo Startup Day         +358 40 000 5002

FINANCE AND ADMINISTRATION / TALOUS JA HALLINTO
  TOIVANEN Marja, finance manager                                                +358 40 000 6001
  HUTTUNEN Pekka, project controller (EU-funded projects)                        +358 40 000 6002
  Data protection officer: external, Lakiasiaintoimisto Vainikainen Oy

Kallavesi Elinvoima Oy – PDF generated 02.02.2036 10:14                                                   2

----------------------------------------------------------------------------------------------------------------
Kallavesi Elinvoima Oy – Kallavesi Business Agency Ltd      STAFF DIRECTORY / HENKILÖSTÖ               3 (3)

UPCOMING EVENTS / TULEVIA TAPAHTUMIA
- Savo Startup Day 2036, 12.3.2036, Kuopio, Musiikkikeskus
- KuoHealth Summit 2036, 22.–23.4.2036, Kuopio
- Savo Water Forum, 9 June 2036, Iisalmi (with the Finnish Environment Institute SYKE)
- Farewell coffee for Heikki Ruotsalainen, 28.4.2036, Microkatu 1, 14:00

HOW WE WORK / NÄIN TOIMIMME
Every company contacting the agency gets one named adviser, who brings in colleagues from other units as needed. The
cluster managers work closely with the business advisers: a start-up in health technology will usually meet both Noora
Laitinen and Tiina Oksanen in its first month. Services are free of charge for companies located in the member
municipalities. Investors and companies relocating to North Savo are served in Finnish, Swedish, English, Portuguese
and Spanish. Appointments can be booked online or through the switchboard; walk-in hours are on Tuesdays from 9 to 11.

CHANGES SINCE THE PREVIOUS VERSION (15.11.2035)
- New: Sophie van der Linden (from 1.1.2036), Matti Tiihonen (substitute, from 1.12.2035)
- Left: Kalle Jääskeläinen, business adviser, moved to Business Finland on 31.12.2035
- Emmi Kokkonen will succeed Heikki Ruotsalainen as manager of the SavoTech cluster.

Switchboard +358 17 000 0000 | info@kallavesielinvoima.example | Business ID 0000000-0
Kallavesi Elinvoima Oy – PDF generated 02.02.2036 10:14                                                   3
'''
write(F, T)
SK='Kallavesi Elinvoima Oy'
gold(F, [
 P('HEISKANEN Mikko','toimitusjohtaja / Managing Director',SK),
 P('RYYNÄNEN Paula','varatoimitusjohtaja / Deputy Managing Director',SK),
 P('KORHONEN-VAUHKONEN Elina','executive assistant',SK),
 P('Jouni Pelkonen','chair',SK),
 P('Merja Tuovinen','vice-chair',SK),
 P('Ari Karvinen',None,'Savonia University of Applied Sciences'),
 P('Kirsi Räsänen',None,'University of Eastern Finland'),
 P('Toni Kärkkäinen',None,'Pohjois-Savon Yrittäjät ry'),
 P('HYVÄRINEN Antti','unit manager',SK),
 P('MIETTINEN Sanna','investment director',SK),
 P('LAITINEN Noora','business adviser',SK),
 P('DE FREITAS Rui','international investor relations',SK),
 P('PARTANEN Jussi','business adviser',SK),
 P('SAVOLAINEN Ville','location services',SK),
 P('OKSANEN Tiina','cluster manager','KuoHealth'),
 P('NGUYEN Minh Chau','project manager, clinical testbeds','KuoHealth'),
 P('TIIHONEN Matti','substitute','KuoHealth'),
 P('PITKÄNEN Lauri','cluster manager','Savo Water'),
 P('van der LINDEN Sophie','EU projects coordinator','Savo Water'),
 P('RUOTSALAINEN Heikki','cluster manager','SavoTech'),
 P('KOKKONEN Emmi','development manager','SavoTech'),
 P('RÄTY Johanna','head of communications',SK),
 P('MUSTONEN Aleksi','events coordinator',SK),
 P('TOIVANEN Marja','finance manager',SK),
 P('HUTTUNEN Pekka','project controller',SK),
 P('Kalle Jääskeläinen',None,'Business Finland'),
],[
 O(SK,'Kallavesi Business Agency Ltd'), O('Cluster Unit'), O('KuoHealth'), O('Savo Water'), O('SavoTech'), O('Kuopion kaupunki'), O('Iisalmen kaupunki'),
 O('Savonia University of Applied Sciences'), O('University of Eastern Finland'), O('Pohjois-Savon Yrittäjät ry'),
 O('Lakiasiaintoimisto Vainikainen Oy'), O('Finnish Environment Institute','SYKE'), O('Business Finland'),
],[
 E('Savo Startup Day 2036','2036-03-12','2036-03-12','Kuopio','Finland'),
 E('KuoHealth Summit 2036','2036-04-22','2036-04-23','Kuopio','Finland'),
 E('Savo Water Forum','2036-06-09','2036-06-09','Iisalmi','Finland'),
 E('Farewell coffee for Heikki Ruotsalainen','2036-04-28','2036-04-28','Kuopio','Finland'),
],['2036-02-02','2034/2038','2036-05-31','2035/2038','2036-04-30','2036-05-01','2036-03-12','2036-04-22/2036-04-23','2036-06-09','2036-04-28',
   '2035-11-15','2036-01-01','2035-12-01','2035-12-31'])
