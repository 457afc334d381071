from w import W
rows=[("Lubuski Klaster Metalowy","Stowarzyszenie Lubuski Klaster Metalowy","Ryszard Kozłowski-Baran"),
("Zielonogórski Klaster Energii Odnawialnej","Park Naukowo-Technologiczny Uniwersytetu Zielonogórskiego Sp. z o.o.","Marta Zielińska"),
("Klaster Drzewno-Meblowy Ziemi Lubuskiej","Fundacja Rozwoju Przemysłu Drzewnego","Tadeusz Gajewski"),
("Lubuski Klaster Logistyczny „Odra–Spree”","Lubuska Izba Gospodarcza","Anna Schulze-Wiśniewska"),
("Klaster Turystyczny Łuk Mużakowa","Stowarzyszenie Łuk Mużakowa","Dariusz Nowak"),
("Lubuski Klaster Winiarski","Zielonogórskie Stowarzyszenie Winiarzy","Justyna de Vries-Malinowska"),
("Klaster ICT Lubuskie","Fundacja Technologii Cyfrowych Lubuskie","Michał Ostrowski"),
("Lubuski Klaster Motoryzacyjny","Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna S.A.","Paweł Rutkowski"),
("Klaster Medyczny Zachód","Centrum Medyczne Innowacji Sp. z o.o.","Ewa Kaczmarek-Holt")]
P=[("Agnieszka Wolska-Nowicka",None,"University of Zielona Góra"),("Iwona Pietrzak-Lange",None,"Cluster Policy Team")]+[(p,"Cluster manager",c) for c,o,p in rows]
O=[("Marshal's Office of the Lubuskie Voivodeship",None),("Department of Economy and Innovation",None),("Board of the Lubuskie Voivodeship",None),
("Regional Cluster Council",None),("University of Zielona Góra",None)]+[(c,None) for c,o,p in rows]+[(o,None) for c,o,p in rows]+[
("Klaster Budownictwa Pasywnego",None),("Lubuska Agencja Rozwoju Regionalnego Sp. z o.o.",None),("Klaster Rolno-Spożywczy Dolina Baryczy",None),
("Cluster Policy Team",None),("Ministry of Development and Technology",None)]
W("lubuskie-regional-key-clusters-list-2035","lubuskie-regional-key-clusters-list-2035.md",P,O,
[("information meeting for cluster coordinators","2035-04-24","2035-04-24","Zielona Góra","Poland")],
["2035-03-01","2035-03-05","2031","2021/2027","2035-02-27","2023","2027","2035","2039-02-28","2035-03-31","2034-12-31","2034","2035-04-14","2035-06-30","2035-04-24","2035-09","2035-10","2031-06-16"],pub="2035-03-05")
