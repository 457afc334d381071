import sys; sys.path.insert(0,'/work/wt/blind81/eval/blind81/make/second/tools'); from w import *
C='Громадська спілка «Кластер харчових технологій «Поділля»'
W('g12_vinnytsia_podillia_food_cluster_komanda','.html','2035-04-02',[
P('Остап Мельничук',None,'Vinnytsia Photo Studio'),P('Оксана Ткачук-Бондар','Виконавча директорка',C),P('Андрій САВЧУК','Менеджер проєктів',C),
P('Ірина Левченко','Експертка з безпечності харчових продуктів',C),P('Денис Гнатюк','Менеджер з комунікацій',C),P('Віктор Миколайович Гончарук','Голова правління','ТОВ «Подільський сад»'),
P('Наталія Кравець','Заступниця голови','ПрАТ «Вінницький молочний завод»'),P('Сергій Олійник','Член правління','Вінницький національний аграрний університет'),
P('Юлія Шевчук-Ярош','Членкиня правління','ТОВ «Агромаш-Поділля»'),P('Роман Бондаренко','Член правління','ТОВ «Ягідний край»'),P('Людмилі Петрівні Дячук','почесною головою кластера',C),
P('Тарас Кушнір','заступник голови','Вінницької обласної військової адміністрації'),P('Маргарита Вовк','директорка','Вінницького обласного центру підтримки експорту'),
P('Jan-Willem van der Berg','старший радник','Netherlands Enterprise Agency')],
[O(C),O('Вінницький національний аграрний університет'),O('Вінницький національний технічний університет'),O('Європейської платформи співпраці кластерів'),O('Vinnytsia Photo Studio'),
O('ПрАТ «Вінницька кондитерська фабрика»'),O('Вінницькій обласній торгово-промисловій палаті'),O('Food Industry Cluster „Lietuvos maistas“'),O('ТОВ «Подільський сад»'),O('ПрАТ «Вінницький молочний завод»'),
O('ТОВ «Агромаш-Поділля»'),O('ТОВ «Ягідний край»'),O('Вінницької обласної військової адміністрації'),O('Вінницького обласного центру підтримки експорту'),O('Netherlands Enterprise Agency','RVO')],
[E('загальні збори учасників','2035-03-21','2035-03-21')],
['2029-05-14','2033','2035-03','2031','2035-03-21','2029/2035','2035-04-30','2035-05-15','2035-05','2035-04-02'])
B='Banatski agro-energetski klaster'; S='Serbia'
W('g13_zrenjanin_klaster_vesti_prekinuto','.html','2034-11-20',[
P('Dragan Stojanović','gradonačelnik'),P('Jelena Marković-Pavlov','pokrajinska sekretarka','Pokrajinskog sekretarijata za energetiku, građevinarstvo i saobraćaj'),P('Milan Janjić','predsednik Upravnog odbora',B),
P('Slobodan Popov-Radić',None,'Tehničkog fakulteta'),P('Katarine Ilić-Vuković','vlasnice porodičnog gazdinstva'),P('Tamara Kovačev','izvršna direktorka',B),P('Zoltán Farkas-Bíró','predsednik','Dél-alföldi Bioenergia Klaszter'),
P('Nenad Bošković',None,'Razvojnog fonda Vojvodine'),P('Ivana Lazić-Šarac',None,'EBRD'),P('Stefan Gruber',None,'Energieinstitut der Wirtschaft'),
P('Biljana Tomić',None,'Privredne komore Srbije – Regionalne privredne komore Srednjobanatskog upravnog okruga'),P('Aleksandar Mihajlović','novinar','Radio-televizije Vojvodine'),
P('Marija Đurić','inženjerka','Elektrodistribucije Srbije d.o.o., ogranak Zrenjanin'),P('Đorđe Nikolić','direktor proizvodnje','„Mlekara Banatska zora” a.d.'),P('Vladimir Stanković','osnivač','Solaris Agro Tech')],
[O(B,'BAEK'),O('Pokrajinskog sekretarijata za energetiku, građevinarstvo i saobraćaj'),O('Banat Biogas d.o.o.'),O('Tehničkim fakultetom „Mihajlo Pupin”'),O('Poljoprivrednim fakultetom Univerziteta u Novom Sadu'),
O('Dél-alföldi Bioenergia Klaszter'),O('Razvojnog fonda Vojvodine'),O('Evropske banke za obnovu i razvoj','EBRD'),O('Energieinstitut der Wirtschaft'),O('Privredne komore Srbije – Regionalne privredne komore Srednjobanatskog upravnog okruga'),
O('Radio-televizije Vojvodine'),O('Elektrodistribucije Srbije d.o.o.'),O('„Mlekara Banatska zora” a.d.'),O('Fabrika stočne hrane Perlez d.o.o.'),O('Opština Sečanj'),O('Solaris Agro Tech')],
[E('Drugi forum biogasa i agroenergije','2034-11-16','2034-11-17','Zrenjanin',S),E('potpisivanje sporazuma o saradnji','2034-11-17','2034-11-17','Zrenjanin',S),
E('Poseta farmi','2034-11-17','2034-11-17','Ečka',S),E('B2B susreti','2034-11-17','2034-11-17','Zrenjanin',S),E('Prvi zajednički sastanak radne grupe','2035-02-08','2035-02-08','Segedin','Hungary'),
E('Treći forum biogasa i agroenergije','2035-11','2035-11')],
['2034-11-20','2034-11-16/2034-11-17','2034-11-17','2035','2032','2035-01','2035-02-08','2035-11'])
M='Ministry of Economic Affairs, Tourism, Agriculture and Forestry of the State of Saxony-Anhalt'; D='Germany'
W('g14_saxony_anhalt_cluster_funding_news','.html','2035-03-06',[
P('Katharina Lehmann-Oberdorf','Minister',M),P('Jörg-Uwe Brennecke','managing director','Mahreg Automotive'),P('Aylin Demirtaş-Keller','cluster manager','HYPOS'),
P('Matthias von Hagen','Vice-President for Research and Transfer','Otto von Guericke University Magdeburg'),P('Thomas Wendland-Richter','State Secretary'),P('Kerstin Pfannenschmidt','Spokesperson',M)],
[O(M),O('HYPOS – Hydrogen Power Storage & Solutions East Germany e.V.','HYPOS'),O('Cluster Chemie/Kunststoffe Mitteldeutschland'),O('Mahreg Automotive – Automotive Cluster Saxony-Anhalt'),
O('Ernährungswirtschaft Sachsen-Anhalt'),O('Logistik-Netzwerk Sachsen-Anhalt'),O('MedTech Mitteldeutschland'),O('Halle Institute for Economic Research','IWH'),O('Otto von Guericke University Magdeburg'),
O('Investitionsbank Sachsen-Anhalt'),O('European Cluster Excellence Initiative','ECEI'),O('Photovoltaic and Battery Network Bitterfeld-Wolfen'),O('Holz-Netzwerk Harz'),O('European Commission'),
O('Directorate-General for Regional and Urban Policy','DG REGIO')],
[E('handover of the funding decisions','2035-03-06','2035-03-06','Magdeburg',D),E('Saxony-Anhalt Cluster Day','2035-06-05','2035-06-05','Magdeburg',D)],
['2035-03-06','2038','2035-04-01/2038-03-31','2037','2008','2028/2035','2034-12-12','2031/2034','2035-06-05','2035-05-22','2035-04-24','2035-01-30'])
