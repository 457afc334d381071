from mk import *
F = 'nyheter-havbruksklyngen-trondheim-ocean-data-week.txt'
text(F, '''
Nyheter | Havbruksklyngen Midt

Publisert 3. mars 2033 av Ingrid Bjørnstad

Havbruksklyngen Midt henter Europas sjømatdata-miljø til Trondheim

Trondheim blir vertsby for «Ocean Data Week 2033» fra 9. til 11. juni. Konferansen samler rundt 250 deltakere fra oppdrettsnæringen, teknologileverandører og forskning. Arrangør er Havbruksklyngen Midt i samarbeid med NTNU og SINTEF Ocean.

– Vi har jobbet for å få dette arrangementet til Norge i tre år, sier daglig leder Eirik Solhaug i Havbruksklyngen Midt. – Nå kan medlemsbedriftene våre vise fram løsninger for fiskehelse, sensorer og digitale tvillinger til kunder fra hele Europa.

Programmet åpner med en sesjon på engelsk, «Data Sharing in Aquaculture: From Pilots to Practice», ledet av Dr. Fiona MacLeod fra Scottish Aquaculture Data Hub. Blant talerne er også Kjetil Ås, teknologidirektør i FjordSense AS, og Marta Gómez-Herrero, policy officer i DG MARE.

Andre dag er satt av til B2B-møter («Ocean Data Matchmaking») i samarbeid med Enterprise Europe Network Norge. Påmelding til møtene er åpen til 25. mai.

Dagen før konferansen, 8. juni, arrangerer klyngen et medlemsmøte for styret og medlemmene på Ocean Space Centre. Her skal styreleder Hanne Lie Vatne legge fram strategien for 2034–2037.

Havbruksklyngen Midt ble etablert i 2021 og har i dag 64 medlemmer. Klyngen fikk status som Arena Pro-klynge i 2030.

Les også: «Sensorfestival i Ålesund 14. april» · «Nytt styre valgt»

Kontakt: Ingrid Bjørnstad, kommunikasjonsrådgiver, ingrid@havbruksklyngen.example
Del: Facebook · LinkedIn · E-post
''')
gold(F, '2033-03-03',
 [P('Ingrid Bjørnstad', 'kommunikasjonsrådgiver', 'Havbruksklyngen Midt'), P('Eirik Solhaug', 'daglig leder', 'Havbruksklyngen Midt'),
  P('Fiona MacLeod', None, 'Scottish Aquaculture Data Hub'), P('Kjetil Ås', 'teknologidirektør', 'FjordSense AS'),
  P('Marta Gómez-Herrero', 'policy officer', 'DG MARE'), P('Hanne Lie Vatne', 'styreleder', 'Havbruksklyngen Midt')],
 [O('Havbruksklyngen Midt'), O('NTNU'), O('SINTEF Ocean'), O('Scottish Aquaculture Data Hub'), O('FjordSense AS'), O('DG MARE'),
  O('Enterprise Europe Network Norge')],
 [E('Ocean Data Week 2033', '2033-06-09', '2033-06-11', 'Trondheim', 'Norway'),
  E('Ocean Data Matchmaking', '2033-06-10', '2033-06-10', 'Trondheim', 'Norway'),
  E('medlemsmøte', '2033-06-08', '2033-06-08', 'Trondheim', 'Norway'),
  E('Sensorfestival i Ålesund', '2033-04-14', '2033-04-14', 'Ålesund', 'Norway')],
 ['2033-03-03', '2033-06-09/2033-06-11', '2033-05-25', '2033-06-08', '2034/2037', '2021', '2030', '2033-04-14'])
