import sys; sys.path.insert(0,'/work/wt/blind81/eval/blind81/make/second/tools'); from w import *
K='Stowarzyszenie Opolski Klaster Budownictwa i Materiałów'
W('g03_opole_klaster_bony_na_innowacje','.md','2034-04-03',[
P('Beata Kołodziej-Szymańska','Przewodniczącą komisji','Wydziału Budownictwa i Architektury Politechniki Opolskiej'),P('Tomasz Wieczorek-Gryc','prezes zarządu','OKBiM'),
P('Katarzyna Wróbel-Nowacka','koordynatorka naboru',K),P('Paweł Ścigała','specjalista ds. projektów',K)],
[O(K,'OKBiM'),O('Samorząd Województwa Opolskiego'),O('Opolskie Centrum Rozwoju Gospodarki','OCRG'),O('Politechnika Opolska'),O('Uniwersytet Opolski'),
O('Sieć Badawcza Łukasiewicz – Instytut Ceramiki i Materiałów Budowlanych'),O('Oddział Szkła i Materiałów Budowlanych w Krakowie'),O('Oddział Materiałów Ogniotrwałych w Gliwicach'),
O('Instytut Techniki Budowlanej'),O('Wydziału Budownictwa i Architektury Politechniki Opolskiej'),O('Prefabet Krapkowice Sp. z o.o.'),O('ZUS','ZUS')],
[E('spotkanie informacyjne online','2034-04-18','2034-04-18')],
['2034-04-03','2034-04-05','2028/2034','2033-12-31','2034-04-18','2034-04-24','2034-05-31','2034-06-30','2034-07-14','2034-12-15'])
A='AgroTech Klynge Midtjylland'
W('g04_viborg_agrotech_generalforsamling','.docx','2034-05-02',[
P('Line Haugaard Thomsen','Referent',A),P('Niels Erik Dahlgaard','dirigent','Dahlgaard & Vinther Advokatpartnerselskab'),P('Mette Kjærsgaard Holm','Formand',A),
P('Jakob Bruun-Lauridsen','sekretariatschef',A),P('Peter Hvidtfeldt',None,'Hvidtfeldt Planteavl I/S'),P('Ahmad Rahimi','Kasserer',A),P('Søren Østergaard Kirk','næstformand',A),
P('Anne-Sofie Bach Lindholm','Næstformand',A),P('Karin de Neergaard','Bestyrelsesmedlem','Aarhus Universitet, Institut for Agroøkologi'),P('Lars-Ole Juul Skovgaard','Bestyrelsesmedlem','Skovgaard Agri Robotics ApS'),
P('Birgitte Vestergaard Riis','Bestyrelsesmedlem','Mercantec'),P('Tobias Aagaard','Observatør','Viborg Kommune, Erhverv og Udvikling'),
P('Maja Frederiksen-Ruiz','suppleant','Frederiksen Frugt & Bær'),P('Kasper Ø. Thygesen','suppleant','Thygesen Landbrugsrådgivning ApS')],
[O(A),O('Region Midtjylland'),O('Dahlgaard & Vinther Advokatpartnerselskab'),O('Kjærsgaard Maskinfabrik A/S'),O('Aarhus Universitet'),O('Institut for Agroøkologi'),O('Viborg Kommune'),
O('Energi Viborg A/S'),O('Danske Klynger for Agro- og Fødevareteknologi'),O('Hvidtfeldt Planteavl I/S'),O('Nordvestjysk Foderstof amba'),O('Beierholm Statsautoriseret Revisionspartnerselskab'),
O('Viborg Gartneri ApS'),O('Skovgaard Agri Robotics ApS'),O('Mercantec'),O('Viborg Kommune, Erhverv og Udvikling'),O('Frederiksen Frugt & Bær'),O('Thygesen Landbrugsrådgivning ApS')],
[E('ordinær generalforsamling','2034-04-25','2034-04-25','Tjele','Denmark'),E('Høstmøde og teknologidag','2034-09-14','2034-09-14'),E('studieturen til Agritechnica','2034-11','2034-11','Hannover','Germany'),
E('Agritechnica','2034-11','2034-11','Hannover','Germany'),E('Næste ordinære generalforsamling','2035-04-24','2035-04-24')],
['2034-04-25','2033','2035','2034-03-28','2036','2034-09-14','2034-11','2034-06-01','2035-04-24','2034-05-02'],
['Årsregnskabet for 2033 blev godkendt','Kontingentet fastholdes uændret for 2035','Uddannelsesinstitutioner kan optages som fuldgyldige medlemmer med stemmeret',
'Lars-Ole Juul Skovgaard blev nyvalgt til bestyrelsen, og Beierholm blev genvalgt som revisor','Næste ordinære generalforsamling afholdes tirsdag den 24. april 2035'])
S='Shetland Marine and Seafood Cluster'; U='United Kingdom'
W('g05_shetland_marine_events_digest','.eml','2034-03-20',[
P('Freya Johnson-Leask','Events and Membership Officer',S),P('Ingrid Halcrow-Sandison',None,'UHI Shetland'),P('Magnus Isbister','Harbour Master','Lerwick Port Authority'),
P('Kirsteen McIntyre','Head of Energy Transition','Shetland Islands Council'),P('Jørgen Nyhus Ødegård',None,'NCE Maritime CleanTech'),P('Ross Jamieson','chair of our Skills Working Group',S),
P('Elspeth Gifford-Manson','former principal','NAFC Marine Centre'),P('Alistair Fraser-Goudie','chair',S),P('Hanna Mikkelsen','cluster manager',S)],
[O(S,'SMSC'),O('Vaila Seaweeds Ltd'),O('UHI Shetland'),O('Lerwick Port Authority'),O('Shetland Islands Council'),O('NCE Maritime CleanTech'),O('NAFC Marine Centre'),O('Skills Development Scotland'),
O('Enterprise Europe Network Scotland'),O('Seafood Scotland'),O('Goudie Fish Sales Ltd'),O('Bressay Boatbuilders Ltd'),O('Unst Ocean Energy CIC')],
[E('Seaweed Farming Open Day','2034-03-29','2034-03-29','Scalloway',U),E('Net Zero Harbours Workshop','2034-04-13','2034-04-13','Lerwick',U),E('Fish Processing Skills Roundtable','2034-04-26','2034-04-26'),
E('Scottish Seafood Exporters Matchmaking','2034-05-17','2034-05-18','Aberdeen',U),E('B2B meetings','2034-05-18','2034-05-18','Aberdeen',U),E("Annual Members' Gathering",'2034-06-07','2034-06-07','Lerwick',U),
E('summer dinner','2034-06-07','2034-06-07','Lerwick',U),E('Shetland Marine Innovation Awards','2034-06-07','2034-06-07','Lerwick',U),E('Seafood Expo Global','2034-04-25','2034-04-27','Barcelona','Spain')],
['2034-03-20','2034-03-06','2034-03-29','2034-04-13','2034-04-12','2034-04-26','2034-05-17/2034-05-18','2034-05-18','2034-04-20','2034-06-07','2034-05-17','2034-04-28','2034-04-02/2034-04-03','2034-05-04','2034-04-25/2034-04-27'])
