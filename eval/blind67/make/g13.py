from h import *
F='kielce-forum-klastrow-2034-sprawozdanie.txt'
W=["Klastry powinny otrzymywać wieloletnie finansowanie z programu regionalnego, a nie tylko dotacje na pojedyncze projekty",
"Samorząd województwa powinien włączyć koordynatorów klastrów do prac nad aktualizacją inteligentnych specjalizacji regionu",
"Potrzebna jest wspólna oferta szkoleń z zakresu automatyzacji i cyfryzacji dla małych firm metalowych i budowlanych",
"Klastry z województwa świętokrzyskiego powinny wspólnie występować na targach zagranicznych pod jedną marką regionu",
"Uczelnie regionu powinny uruchomić studia podyplomowe dla menedżerów klastrów we współpracy z Krajową Izbą Klastrów"]
T=f'''Świętokrzyskie Centrum Innowacji i Transferu Technologii sp. z o.o.
ul. Ściegiennego 2, 25-033 Kielce

SPRAWOZDANIE Z IV ŚWIĘTOKRZYSKIEGO FORUM KLASTRÓW
Kielce, {wd(2034,5,16,'pl')} 16 maja 2034 r., Targi Kielce, hala C

Opracowanie: dr Agnieszka Wójcik-Baran, Dział Współpracy z Gospodarką
Data opracowania: 30 maja 2034 r.

1. Informacje ogólne

IV Świętokrzyskie Forum Klastrów odbyło się w dniu 16 maja 2034 r. w Kielcach, w ramach Międzynarodowych Targów Obróbki Metali STOM. Organizatorami Forum byli: Świętokrzyskie Centrum Innowacji i Transferu Technologii (ŚCITT), Urząd Marszałkowski Województwa Świętokrzyskiego oraz Politechnika Świętokrzyska. Partnerem merytorycznym była Krajowa Izba Klastrów. W wydarzeniu wzięło udział 186 osób, w tym przedstawiciele 14 klastrów z regionu oraz goście z Czech, Słowacji i Ukrainy.

Poprzednie edycje Forum odbyły się w latach 2028, 2030 i 2032. Tegoroczna edycja była poświęcona roli klastrów w transformacji przemysłu regionu, zwłaszcza branży metalowej, budowlanej i wapienniczej.

2. Przebieg Forum

Forum otworzyli: Marszałek Województwa Świętokrzyskiego Tomasz Żurawski-Gronek oraz prof. dr hab. inż. Ewa Kozłowska-Pietrzak, Prorektor ds. Nauki Politechniki Świętokrzyskiej. W wystąpieniu otwierającym Marszałek przypomniał, że w latach 2021–2027 województwo przeznaczyło na wsparcie klastrów ponad 40 mln zł, a nowa Regionalna Strategia Innowacji na lata 2035–2040 jest obecnie w przygotowaniu.

Wykład wprowadzający wygłosił dr Bartłomiej Nowicki, Prezes Zarządu Krajowej Izby Klastrów, który przedstawił wyniki ogólnopolskiego badania klastrów z 2033 roku. Z badania wynika, że tylko co trzeci klaster w Polsce ma stabilne źródła finansowania poza projektami.

Następnie odbył się panel dyskusyjny „Klastry a zielona transformacja przemysłu” . Paneliści:
– Marek Leśniak, koordynator, Klaster Budownictwa Ekologicznego (Ostrowiec Świętokrzyski),
– Joanna Stępień-Kmieć, dyrektor, Świętokrzysko-Podkarpacki Klaster Energetyczny,
– Ing. Pavel Novotný, Moravskoslezský automobilový klastr (Ostrawa, Czechy),
– Olha Hrycenko, Lwowski Klaster IT (Ukraina).
Moderator: redaktor Krzysztof Sobczyk (Radio Kielce).

Po przerwie obiadowej uczestnicy pracowali w trzech warsztatach tematycznych: (1) cyfryzacja produkcji w MŚP, (2) gospodarka obiegu zamkniętego w budownictwie, (3) współpraca klastrów z uczelniami. Warsztaty moderowali pracownicy ŚCITT i eksperci zewnętrzni, m.in. mgr Paweł Dudek z firmy doradczej InnoConsult Kraków.

Na zakończenie dnia wręczono nagrody „Świętokrzyski Klaster Roku 2034”. Nagrodę główną otrzymał Kielecki Klaster Metalowy „Metalplast”, którego koordynatorką jest Beata Ciosek.

3. Główne wnioski z dyskusji

Uczestnicy zgodnie podkreślali, że klastry w regionie są małe i zależne od środków zewnętrznych, ale dobrze znają potrzeby firm. Przedstawiciele firm zwracali uwagę na brak wykwalifikowanych pracowników, zwłaszcza operatorów maszyn CNC i spawaczy, oraz na rosnące koszty energii. Goście z zagranicy zaproponowali wspólne projekty w ramach programu Interreg Europa Środkowa.

W warsztacie poświęconym cyfryzacji uczestnicy wskazali, że małe firmy nie wiedzą, od czego zacząć, a oferta doradcza jest rozproszona między wiele instytucji. Zaproponowano, aby klastry pełniły rolę pierwszego punktu kontaktu i kierowały firmy do odpowiednich partnerów, w tym do Europejskiego Hubu Innowacji Cyfrowych działającego przy Politechnice Świętokrzyskiej. W warsztacie o gospodarce obiegu zamkniętego przedstawiono przykład zakładu wapienniczego z okolic Chęcin, który wykorzystuje odpady z produkcji jako surowiec dla firm budowlanych. Uczestnicy podkreślali jednak, że brakuje przepisów, które ułatwiałyby takie rozwiązania, oraz że firmy obawiają się kontroli.

W warsztacie o współpracy z uczelniami dyskutowano o praktykach studenckich i wspólnych laboratoriach. Przedstawiciele uczelni zwracali uwagę, że firmy zgłaszają się zbyt późno, gdy problem jest już pilny, a badania wymagają czasu. Przedsiębiorcy z kolei oczekiwali prostszych umów i szybszych decyzji. Kilku uczestników zaproponowało organizowanie co roku „dnia otwartych laboratoriów”, podczas którego firmy mogłyby poznać aparaturę i zespoły badawcze.

4. Wnioski i rekomendacje

Na podstawie dyskusji panelowej i warsztatów sformułowano następujące rekomendacje:

1) {W[0]}.
2) {W[1]}.
3) {W[2]}.
4) {W[3]}.
5) {W[4]}.

5. Dalsze działania

Sprawozdanie otrzymają: Zarząd Województwa Świętokrzyskiego oraz Rada Innowacji Województwa Świętokrzyskiego. ŚCITT zorganizuje spotkanie robocze koordynatorów klastrów w dniu {wd(2034,6,24,'pl')} 24 czerwca 2034 r. w Kielcach, na którym omówione zostaną sposoby wdrożenia rekomendacji. Kolejna, V edycja Forum planowana jest na maj 2036 r.

Uczestnicy ocenili Forum wysoko: w ankiecie ewaluacyjnej 87 proc. osób oceniło wydarzenie jako dobre lub bardzo dobre. Najwyżej oceniono warsztaty i możliwość nawiązania kontaktów, najniżej – zbyt krótki czas na pytania z sali. Organizatorzy zapowiedzieli, że w kolejnej edycji program zostanie skrócony, a więcej czasu poświęci się rozmowom przedstawicieli firm z koordynatorami klastrów. Rozważane jest także zaproszenie partnerów z regionów Słowacji i Węgier, z którymi województwo podpisało porozumienia o współpracy. Organizatorzy dziękują wszystkim prelegentom, moderatorom i uczestnikom, a także firmom, które udostępniły swoje stoiska na potrzeby spotkań biznesowych w trakcie targów. Materiały z Forum, w tym nagrania wystąpień i zdjęcia, zostaną udostępnione uczestnikom w ciągu dwóch tygodni.

Kontakt: dr Agnieszka Wójcik-Baran, tel. 41 343 00 00, e-mail: klastry@scitt.pl

Załączniki:
1. Program Forum
2. Lista uczestników
3. Prezentacje prelegentów (do pobrania na stronie www.scitt.pl)
'''
write(F,T)
S='Świętokrzyskie Centrum Innowacji i Transferu Technologii sp. z o.o.'
gold(F,[P('Agnieszka Wójcik-Baran',None,S),P('Tomasz Żurawski-Gronek','Marszałek Województwa Świętokrzyskiego',None),
P('Ewa Kozłowska-Pietrzak','Prorektor ds. Nauki','Politechnika Świętokrzyska'),P('Bartłomiej Nowicki','Prezes Zarządu','Krajowa Izba Klastrów'),
P('Marek Leśniak','koordynator','Klaster Budownictwa Ekologicznego'),P('Joanna Stępień-Kmieć','dyrektor','Świętokrzysko-Podkarpacki Klaster Energetyczny'),
P('Pavel Novotný',None,'Moravskoslezský automobilový klastr'),P('Olha Hrycenko',None,'Lwowski Klaster IT'),P('Krzysztof Sobczyk','redaktor','Radio Kielce'),
P('Paweł Dudek',None,'InnoConsult Kraków'),P('Beata Ciosek','koordynatorką','Kielecki Klaster Metalowy „Metalplast”')],
[O(S,'ŚCITT'),O('Urząd Marszałkowski Województwa Świętokrzyskiego'),O('Politechnika Świętokrzyska'),O('Krajowa Izba Klastrów'),O('Klaster Budownictwa Ekologicznego'),
O('Świętokrzysko-Podkarpacki Klaster Energetyczny'),O('Moravskoslezský automobilový klastr'),O('Lwowski Klaster IT'),O('Radio Kielce'),O('InnoConsult Kraków'),
O('Kielecki Klaster Metalowy „Metalplast”'),O('Zarząd Województwa Świętokrzyskiego'),O('Rada Innowacji Województwa Świętokrzyskiego'),O('Europejskiego Hubu Innowacji Cyfrowych'),O('Targi Kielce')],
[E('IV Świętokrzyskie Forum Klastrów','2034-05-16','2034-05-16','Kielce','Poland'),E('Międzynarodowych Targów Obróbki Metali STOM',None,None,'Kielce','Poland'),
E('Klastry a zielona transformacja przemysłu','2034-05-16','2034-05-16','Kielce','Poland'),E('Świętokrzyski Klaster Roku 2034','2034-05-16','2034-05-16','Kielce','Poland'),
E('spotkanie robocze koordynatorów klastrów','2034-06-24','2034-06-24','Kielce','Poland'),E('V edycja Forum','2036-05','2036-05',None,None)],
['2034-05-16','2034-05-30','2028','2030','2032','2021/2027','2035/2040','2033','2034-06-24','2036-05'],W,pub='2034-05-30')
