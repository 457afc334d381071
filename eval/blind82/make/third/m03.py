from w import w
w('g03_podkarpackie_klaster_kompozytow_badanie','g03_podkarpackie_klaster_kompozytow_badanie.md','2035-04-12',
[('Małgorzata Wróbel-Szczepańska',None,'Politechnika Rzeszowska im. Ignacego Łukasiewicza'),('Krzysztof ZIELIŃSKI',None,'Podkarpackie Centrum Innowacji Sp. z o.o.'),
('Oksana Hrytsenko',None,'Uniwersytet Rzeszowski'),('Tomasz Duda-Kowalczyk','Prezes zarządu','Podkarpackiego Klastra Kompozytów'),('Annę Marię Pelc','dyrektor ds. rozwoju','Klastra Lotniczego „Dolina Wisłoka”'),
('Katarzyna Nowak-Hryniewicz',None,'Departamentu Rozwoju Regionalnego')],
[('Politechnika Rzeszowska im. Ignacego Łukasiewicza','PRz'),('Podkarpackie Centrum Innowacji Sp. z o.o.',None),('Uniwersytet Rzeszowski',None),('Urząd Marszałkowski Województwa Podkarpackiego',None),
('Departament Rozwoju Regionalnego',None),('Podkarpacki Klaster Kompozytów',None),('Klaster Lotniczy „Dolina Wisłoka”',None),('Bieszczadzki Klaster Turystyczny',None),
('Klaster Energii Odnawialnej „Sanowe Pogórze”',None),('Komitetowi Sterującemu RIS',None),('Agencją Rozwoju Przemysłu S.A.',None),('Polską Agencją Rozwoju Przedsiębiorczości','PARP'),
('European Cluster Collaboration Platform',None),('Samorządowi Województwa Podkarpackiego',None),('Zarządu Województwa Podkarpackiego',None)],
[('warsztat ekspercki','2035-01-29','2035-01-29','Rzeszowie','Poland'),('warsztat ekspercki 2','2035-02-05','2035-02-05','Krośnie','Poland'),
('posiedzenie Komitetu Sterującego RIS','2035-03-03','2035-03-03',None,None),('Podkarpackie Forum Klastrów','2035-06-16','2035-06-16','Jasionce','Poland')],
['2035-04-12','2034-10','2030/2036','2035-01-29','2035-02-05','2035-03-03','2031/2034','2032','2036','2035-05','2035-06-16','2021/2027'],
['Klastry, które','Firmy członkowskie','Współpraca z uczelniami','Tylko czterech','Finansowanie biur','Małe firmy','Wprowadzić','Uzależnić','Utworzyć','Wspierać','Włączyć'])
