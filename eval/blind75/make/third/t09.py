from mk import W
N=None
LK='Latgales Koka klasteris'; L='Latvia'
W('ludzas-biznesa-vestis-2034-04-pdf','ludzas-biznesa-vestis-2034-04-pdf.txt',N,
[('Inga Pauniņa','centra vadītāja','Ludzas novada uzņēmējdarbības atbalsta centrs'),('Aivars Stepiņš','valdes priekšsēdētājs',LK),
 ('Edgars Mekšs','priekšsēdētājs','Ludzas novada domes'),('Dace Kudiņa-Zvirbule','žurnāliste',N),('Kristīne Jaunzeme',N,'LIAA Eksporta atbalsta departaments'),
 ('Ole Martin Haugen',N,'Innovasjon Norge'),('Juris Kokins','inkubatora vadītājs','LIAA Ludzas biznesa inkubators'),
 ('Sandra Vaivode','asociētā profesore','Rēzeknes Tehnoloģiju akadēmijas'),('Andris Brokāns','direktors','Krāslavas Valsts ģimnāzijas'),
 ('Olga Ivanova','valdes locekle','SIA „Latgales Mēbeles”'),('Rita Leišavniece','koordinatori',LK),('Mārtiņš Zelčs',N,N),('Laila Rudzīte','redaktore',N)],
[('Ludzas novada uzņēmējdarbības atbalsta centrs',N),(LK,N),('LIAA',N),('Ludzas novada pašvaldības',N),('Ludzas novada domes',N),('SIA „Ludzas Koks”',N),
 ('Krāslavas novada Uzņēmējdarbības centrs',N),('LIAA Eksporta atbalsta departaments',N),('Innovasjon Norge',N),('Latgales plānošanas reģions',N),
 ('Enterprise Europe Network Latvija',N),('LIAA Ludzas biznesa inkubators',N),('Rēzeknes Tehnoloģiju akadēmijas',N),('Krāslavas Valsts ģimnāzijas',N),
 ('SIA „Latgales Mēbeles”',N),('SIA „Zaļā Skaida”',N),('Balvu amatu skola',N),('Briežu Kalts',N),('Altum',N)],
[('Latgales kokapstrādes klasteru forums','2034-04-20','2034-04-20','Ludzā',L),('uzņēmumu apmeklējums SIA „Ludzas Koks”','2034-04-20','2034-04-20',N,L),
 ('Seminārs „Eksports uz Ziemeļvalstīm: ko vajag zināt mazam ražotājam”','2034-04-27','2034-04-27','Krāslavā',L),
 ('Pierobežas uzņēmēju dienas un B2B tikšanās','2034-05-11','2034-05-12','Zilupē',L),('iepazīšanās vakariņas','2034-05-11','2034-05-11','Zilupē',L),
 ('Informatīvā diena par „Biznesa inkubatoru” jauno atbalsta kārtu','2034-05-16','2034-05-16',N,N),
 ('Latgales uzņēmēju dienas 2034','2034-06-09','2034-06-10','Daugavpilī',L),('kokapstrādes diena Krāslavā','2034-03-08','2034-03-08','Krāslavā',L),
 ('Nākamā tikšanās',N,N,'Preiļos',L),('Holz-Handwerk',N,N,'Nirnbergā','Germany')],
['2034-04','2033','2034-04-20','2034-04-14','2034-04-27','2034-05-11/2034-05-12','2034-05-02','2034-05-16','2034-06-09/2034-06-10','2034-05-05',
 '2034-03-08','2034-03','2034-04-30','2034-05-31'],
['uzņēmumiem kopā ar skolām jāpiedāvā prak- ses vietas jau no 10. klases','klasterim jāizveido kopīga darba sludinājumu vietne',
 'pašvaldībām jāpalīdz ar dzīvokļiem jaunajiem speciālistiem'])
