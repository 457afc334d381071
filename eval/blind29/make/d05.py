from mk import *
F = 'CIRCPLAST-CE_minutes_3rd_consortium_meeting_Brno.txt'
text(F, '''
CIRCPLAST-CE — Interreg Central Europe
Minutes of the 3rd Consortium Meeting

Date: 24–25 April 2032
Venue: Brno, South Moravian Innovation Centre (JIC premises), room "Vlněna 2"
Chair: Ing. Pavla Horáková, project coordinator (Moravian Plastics Cluster, MPK)
Minutes: Lukas Brandstätter (Kunststoff-Cluster Steiermark, KCS)

Participants (partner / person):
PP1  Moravian Plastics Cluster (MPK) – Pavla Horáková, Jiří Dvořák
PP2  Kunststoff-Cluster Steiermark (KCS) – Lukas Brandstätter
PP3  Politecnico di Torino, DISAT – Prof. Enrico Valsecchi
PP4  Polimerni grozd Slovenije (PGS) – Nina Kovač
PP5  Wielkopolska Packaging Cluster (WPC) – Michał Zieliński (online)
PP6  Recyklo a.s. – Tomáš Procházka
Guest: Veronika Šťastná, Joint Secretariat of Interreg Central Europe (day 1 only)

1. Opening and approval of the agenda
The chair opened the meeting at 10:00. The agenda was approved without changes. The minutes of the 2nd consortium meeting (Graz, 16 November 2031) were approved.

2. Progress of work packages
WP1 (pilot recycling lines): the two pilots in Brno and Poznań are running since February 2032. Tomáš Procházka reported a sorting purity of 94 % in the Brno line.
WP2 (design for recycling guidelines): the draft was circulated on 2 April 2032. Comments to Prof. Valsecchi by 15 May.
WP3 (training): the first train-the-trainer workshop took place online on 9 March 2032 with 38 participants.

3. Financial reporting
Reporting period 3 closes on 30 June 2032. Partners submit their partner reports by 20 July 2032. Veronika Šťastná reminded the partners that staff costs on a flat rate must not be reported twice.

4. Communication
The mid-term event "Plastics Loop Forum" will take place in Ljubljana on 6 October 2032, hosted by PGS. Nina Kovač will circulate a save-the-date in June.

5. Decisions
- The consortium approves the revised WP2 timeline (final guidelines by 30 September 2032).
- KCS takes over the lead of the Graz study visit from PGS.
- The project will apply for a 3-month extension at the next monitoring committee.

6. Next meetings
- 4th consortium meeting: Ljubljana, 5 October 2032 (the day before the Plastics Loop Forum)
- Online steering call: 12 September 2032, 14:00–15:30 CET
- 5th consortium meeting: Turin, March 2033 (dates to be fixed by PP3)
- Study visit to recycling plants in Styria: Graz, 17–18 May 2033

The meeting closed on 25 April at 13:00 with a visit to the Recyklo sorting line in Brno-Slatina.

Brno, 2 May 2032 — approved by the coordinator
''')
gold(F, None,
 [P('Pavla Horáková', 'project coordinator', 'Moravian Plastics Cluster'), P('Lukas Brandstätter', None, 'Kunststoff-Cluster Steiermark'),
  P('Jiří Dvořák', None, 'Moravian Plastics Cluster'), P('Enrico Valsecchi', None, 'Politecnico di Torino'),
  P('Nina Kovač', None, 'Polimerni grozd Slovenije'), P('Michał Zieliński', None, 'Wielkopolska Packaging Cluster'),
  P('Tomáš Procházka', None, 'Recyklo a.s.'), P('Veronika Šťastná', None, 'Joint Secretariat of Interreg Central Europe')],
 [O('Moravian Plastics Cluster', 'MPK'), O('Kunststoff-Cluster Steiermark', 'KCS'), O('Politecnico di Torino'), O('DISAT'),
  O('Polimerni grozd Slovenije', 'PGS'), O('Wielkopolska Packaging Cluster', 'WPC'), O('Recyklo a.s.'),
  O('Joint Secretariat of Interreg Central Europe'), O('South Moravian Innovation Centre', 'JIC')],
 [E('3rd Consortium Meeting', '2032-04-24', '2032-04-25', 'Brno', 'Czechia'),
  E('2nd consortium meeting', '2031-11-16', '2031-11-16', 'Graz', 'Austria'),
  E('train-the-trainer workshop', '2032-03-09', '2032-03-09', None, None),
  E('Plastics Loop Forum', '2032-10-06', '2032-10-06', 'Ljubljana', 'Slovenia'),
  E('4th consortium meeting', '2032-10-05', '2032-10-05', 'Ljubljana', 'Slovenia'),
  E('Online steering call', '2032-09-12', '2032-09-12', None, None),
  E('5th consortium meeting', '2033-03', '2033-03', 'Turin', 'Italy'),
  E('Study visit to recycling plants in Styria', '2033-05-17', '2033-05-18', 'Graz', 'Austria')],
 ['2032-04-24/2032-04-25', '2031-11-16', '2032-02', '2032-04-02', '2032-05-15', '2032-03-09', '2032-06-30', '2032-07-20',
  '2032-10-06', '2032-06', '2032-09-30', '2032-10-05', '2032-09-12', '2033-03', '2033-05-17/2033-05-18', '2032-04-25', '2032-05-02'],
 ['The consortium approves the revised WP2 timeline (final guidelines by 30 September 2032)',
  'KCS takes over the lead of the Graz study visit from PGS',
  'The project will apply for a 3-month extension at the next monitoring committee'])
