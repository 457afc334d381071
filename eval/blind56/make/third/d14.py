from w import *
M="Latvijas Republikas Ekonomikas ministrija"
W("em-gov-lv_preses-relize_klasteru-programma-2034","em-gov-lv_preses-relize_klasteru-programma-2034.html","2034-03-06",
[P("Evita Kalniņa-Rudzīte","ekonomikas ministre",M),P("Juris Ziediņš","valsts sekretārs",M),P("Inese Vanaga-Krūze","departamenta direktore",M),
 P("Kārlis Balodis-Bērziņš","direktors","Latvijas Investīciju un attīstības aģentūra"),P("Ilze Bērziņa-Kalniņa","vadītāja","Kurzemes Jūras tehnoloģiju klasteris"),
 P("Andris Rozenbergs","valdes priekšsēdētājs","Latvijas Klasteru tīkla"),P("Sanda Liepiņa","Komunikācijas nodaļas vadītāja",M)],
[O(M),O("Latvijas Investīciju un attīstības aģentūra","LIAA"),O("Centrālo finanšu un līgumu aģentūru","CFLA"),O("Kurzemes Jūras tehnoloģiju klasteris"),
 O("Zemgales agrotehnoloģiju un pārtikas klasteris"),O("Latvijas Klasteru tīkla"),O("Ministru kabinets"),O("Inovācijas un tehnoloģiju departamenta")],
[E("informatīvais seminārs (Rīga)","2034-03-22","2034-03-22","Rīgā","Latvia"),E("reģionālais seminārs (Liepāja)","2034-03-28","2034-03-28","Liepājā","Latvia"),
 E("reģionālais seminārs (Jelgava)","2034-03-30","2034-03-30","Jelgavā","Latvia")],
["2034-03-06","2034-04-04/2034-05-15","2038-03-31","2034-03-22","2034-03-28","2034-03-30","2016/2023","2024/2030","2034-02-27","2034","2035"])
