from mk import *
doc = 'lktt-aktualnosci-nowa-prezes-klastra.txt'
t = """Aktualności | Łódzki Klaster Tekstyliów Technicznych

Agnieszka Wiśniewska-Baran nową prezes zarządu Klastra

Opublikowano: 14.03.2035 | Autor: Redakcja ŁKTT

Abstract (EN): At its reporting and election general meeting on 12 March 2035 in Łódź, the Łódź Technical Textiles
Cluster (ŁKTT) elected Agnieszka Wiśniewska-Baran, CEO of Tkaniny Medyczne Baran Sp. z o.o., as president of the
management board for the 2035–2039 term. She succeeds Zbigniew Kołodziejczyk, who led the cluster for eight years
and became honorary president. The meeting also elected two vice-presidents and a new audit committee.

W dniu 12 marca 2035 r. w siedzibie Instytutu Włókiennictwa Politechniki Łódzkiej odbyło się Sprawozdawczo-Wyborcze
Walne Zgromadzenie Członków Łódzkiego Klastra Tekstyliów Technicznych (ŁKTT). W zgromadzeniu wzięli udział
przedstawiciele 47 z 58 firm i instytucji członkowskich.

Członkowie przyjęli sprawozdanie merytoryczne i finansowe za rok 2034 oraz udzielili absolutorium ustępującemu
zarządowi. Następnie wybrano nowe władze Klastra na kadencję 2035–2039.

Nowy skład zarządu:
– prezes zarządu: Agnieszka Wiśniewska-Baran (Tkaniny Medyczne Baran Sp. z o.o., Pabianice),
– wiceprezes zarządu: dr inż. Michał Pietrzak (Politechnika Łódzka, Instytut Włókiennictwa),
– wiceprezes zarządu: Joanna Sobczak-Lis (Lisotex S.A.),
– skarbnik: Beata Żurawska (Biuro Rachunkowe Żurawska s.c.) – ponownie.

Kandydaturę nowej prezes, producentki dzianin dla medycyny z Pabianic, zgłosił ustępujący prezes, Zbigniew
Kołodziejczyk, który kierował Klastrem od 2027 roku i nie ubiegał się o kolejną kadencję. Zgromadzenie nadało mu
tytuł prezesa honorowego.

Do Komisji Rewizyjnej weszli: Tadeusz Grabowski (przewodniczący), Ewelina Mrozek i Krzysztof Adamczyk.

„Chcę, żeby Klaster był miejscem, gdzie mała szwalnia i instytut badawczy rozmawiają jak równy z równym" –
powiedziała nowa prezes po wyborze. Jako priorytety wskazała recykling odpadów poprodukcyjnych, wspólne
certyfikacje wyrobów medycznych oraz udział w targach Techtextil (Frankfurt nad Menem) w maju 2035 r.

W zgromadzeniu uczestniczył również Wicemarszałek Andrzej Kaczmarek (Urząd Marszałkowski Województwa Łódzkiego), który zapowiedział
nabór do regionalnego programu wsparcia klastrów w drugim półroczu 2035 r.

Kolejne Walne Zgromadzenie odbędzie się w czerwcu 2036 r.

Biuro Klastra: ul. Piotrkowska 000, 90-000 Łódź · biuro@lktt.example · tel. +48 42 000 00 00
"""
write_text(doc, t)
people=[P('Agnieszka Wiśniewska-Baran','prezes zarządu','ŁKTT'),
 P('Zbigniew Kołodziejczyk','prezes','ŁKTT'),
 P('Michał Pietrzak','wiceprezes zarządu','ŁKTT'),
 P('Joanna Sobczak-Lis','wiceprezes zarządu','ŁKTT'),
 P('Beata Żurawska','skarbnik','ŁKTT'),
 P('Tadeusz Grabowski','przewodniczący','ŁKTT'),
 P('Ewelina Mrozek',None,'ŁKTT'),
 P('Krzysztof Adamczyk',None,'ŁKTT'),
 P('Andrzej Kaczmarek','Wicemarszałek','Urząd Marszałkowski Województwa Łódzkiego')]
orgs=[O('Łódzki Klaster Tekstyliów Technicznych','ŁKTT'),O('Tkaniny Medyczne Baran Sp. z o.o.'),O('Instytut Włókiennictwa'),O('Politechnika Łódzka'),
 O('Lisotex S.A.'),O('Biuro Rachunkowe Żurawska s.c.'),O('Urząd Marszałkowski Województwa Łódzkiego')]
events=[E('Sprawozdawczo-Wyborcze Walne Zgromadzenie Członków','2035-03-12',None,'Łódź','Poland'),
 E('Techtextil','2035-05',None,'Frankfurt','Germany'),
 E('Kolejne Walne Zgromadzenie','2036-06',None,None,None)]
dates=['2035-03-14','2035-03-12','2035/2039','2034','2027','2035-05','2035','2036-06']
gold(doc,'2035-03-14',people,orgs,events,dates,[])
