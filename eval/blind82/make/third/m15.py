from w import w
w('g15_vojvodina_kongres_klastera_izvestaj','g15_vojvodina_kongres_klastera_izvestaj.html','2035-05-30',
[('Jelena Radovanović-Šimić','koordinatorka za komunikacije',None),('Nenad Božić-Lalić','pokrajinski sekretar za privredu i turizam',None),
('Marija Obradović Kecman','državna sekretarka','Ministarstva privrede'),('Stevan Kovačević','predsednik Upravnog odbora','Udruženja klastera Vojvodine'),
('Ildikó Szabó-Varga','direktorka','Mađarskog udruženja klastera'),('Tiago Moreira de Almeida',None,'Evropske komisije'),
('Gordana Šaranović-Ilić',None,'Instituta za prehrambene tehnologije u Novom Sadu'),('Aleksandar Đurić','direktor','Klastera IKT Vojvodina')],
[('Udruženje klastera Vojvodine',None),('Nacionalna asocijacija klastera Srbije',None),('Pokrajinskog sekretarijata za privredu i turizam',None),('Ministarstva privrede Republike Srbije',None),
('Novosadskog sajma',None),('Fakulteta tehničkih nauka Univerziteta u Novom Sadu',None),('Mađarskog udruženja klastera',None),('Evropske komisije',None),('Privredna komora Vojvodine',None),
('Enterprise Europe Network Srbija',None),('Klaster IKT Vojvodina',None),('Panonskom agroklasteru',None),('Instituta za prehrambene tehnologije u Novom Sadu','FINS'),('Razvojnoj agenciji Srbije','RAS')],
[('VIII kongres klastera Srbije','2035-05-22','2035-05-23','Novi Sad','Serbia'),('dodela nagrade „Klaster godine”','2035-05-23','2035-05-23','Novi Sad','Serbia'),
('IX kongres klastera Srbije','2037','2037','Nišu','Serbia'),('okrugli sto o finansiranju klastera','2035-09-12','2035-09-12','Subotici','Serbia')],
['2035-05-30','2035-05-22/2035-05-23','2035-06','2035','2037','2035-09-12','2035-09-01'],
['Klasteri su važan','Potrebno je','Nacionalna asocijacija','Saradnja klastera','Klasteri treba','Sledeći, IX'])
