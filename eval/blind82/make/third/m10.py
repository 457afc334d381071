from w import w
L='Latgales Kokapstrādes un mēbeļu klasteris'
w('g10_latgale_kokapstrades_klasteris_jaunumi','g10_latgale_kokapstrades_klasteris_jaunumi.eml','2034-11-27',
[('Jānis Vilcāns','valdes priekšsēdētājs','SIA "Latgales Mēbele"'),('Inese Ruskule-Zariņa','priekšsēdētāja vietniece','Rēzeknes valstspilsētas domes'),
('Anita Pudāne','direktore','Latvijas Investīciju un attīstības aģentūras'),('Aleksandrs Kuzmins','valdes loceklis','AS "Daugavpils Koks"'),
('Rūta Jankauskienė','vadītāja','Lietuvas mēbeļu klastera'),('Olga Ivanova-Bērziņa','valdes locekle','SIA "Preiļu Galdnieks"'),('Laura Stepiņa-Grīnberga','Klastera koordinatore',L)],
[('Biedrība "Latgales Kokapstrādes un mēbeļu klasteris"',None),('SIA "Latgales Mēbele"',None),('Rēzeknes valstspilsētas domes',None),('Latvijas Investīciju un attīstības aģentūras','LIAA'),
('Eksporta veicināšanas departamenta',None),('Rēzeknes Tehnoloģiju akadēmijas',None),('AS "Daugavpils Koks"',None),('Lietuvas mēbeļu klastera',None),('SIA "Ludzas Koka Logi"',None),
('SIA "Dizains Krāslava"',None),('Rēzeknes tehnikums',None),('Kauņas Tehnoloģiju universitāte',None),('SIA "Preiļu Galdnieks"',None),('Daugavpils Universitātē',None)],
[('biedru forums','2034-11-16','2034-11-16','Rēzekne','Latvia'),('valdes sēde','2034-11-20','2034-11-20',None,None),
('seminārs "Koksnes izcelsmes dati un ES prasības"','2035-01-15','2035-01-15','Daugavpils','Latvia'),('Stockholm Furniture Fair','2035-02-04','2035-02-08','Stokholma','Sweden'),
('klastera biedru kopsapulce','2035-03-12','2035-03-12','Rēzekne','Latvia')],
['2034-11-27','2034-11-16','2035','2034-11','2034-11-20','2035-09/2037-08','2034-12','2034-12-23/2035-01-02','2035-01','2035-01-15','2035-02-04/2035-02-08','2035-03-12','2034-10-27','2034-11-10'],
['Klasteris 2035','Biedriem','Sadarbība ar','Latgales uzņēmumiem'])
