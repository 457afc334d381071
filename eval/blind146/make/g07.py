from h import *
F = 'g07_nowy_sacz_wiesci_z_klastra.txt'
assert wd(2036,10,8)=='Wednesday' and wd(2036,10,23)=='Thursday' and wd(2036,11,5)=='Wednesday'
T = """WIEŚCI Z KLASTRA – biuletyn członków Sądeckiego Klastra Turystyki i Wody Mineralnej
Nr 9 (październik 2036)
---------------------------------------------------------------
Wersja do druku | Archiwum biuletynów | Zmień ustawienia subskrypcji

Szanowni Państwo,
oddajemy w Państwa ręce jesienne wydanie biuletynu. Piszemy w nim o wyjeździe studyjnym do Karlowych Warów, o nowych członkach klastra, o konferencji w Krynicy-Zdroju oraz o terminach, których nie warto przegapić.

Z wyrazami szacunku
Marta Wójcik-Zawada
koordynatorka klastra

=== 1. Z prac Zarządu ===

Na posiedzeniu Zarządu w dniu 8 października 2036 r. w siedzibie klastra w Nowym Sączu przyjęto do klastra trzy nowe podmioty:
– Uzdrowisko Żegiestów-Zdrój Sp. z o.o.,
– Pensjonat „Pod Jaworzyną” Anna Hryniewicz,
– Państwowa Uczelnia Zawodowa im. prof. Stanisława Tarnowskiego w Tarnobrzegu (porozumienie o współpracy w zakresie praktyk studenckich).
Zarząd zatwierdził także plan działań na rok 2037 oraz powołał grupę roboczą ds. marki „Sądeckie Wody”. Przewodniczącym grupy został Krzysztof Mazur-Gąsienica, prezes spółki Muszyna Aqua S.A.

=== 2. Wyjazd studyjny do Czech ===

W dniach 29 września – 2 października 2036 r. dziewiętnastoosobowa grupa przedstawicieli członków klastra odwiedziła Karlowe Wary i Mariańskie Łaźnie. Gospodarzem wizyty była agencja CzechInvest, oddział w Karlowych Warach, oraz Karlovarský klastr lázeňství. Uczestnicy zwiedzili rozlewnię wód mineralnych Mattoni 1873 a.s. oraz Instytut Balneologii. Pan Tomáš Dvořák, dyrektor klastra czeskiego, zaprosił sądeckie firmy do wspólnego projektu w programie Interreg Europa Środkowa.

Wnioski z wyjazdu:
• wspólna marka regionu uzdrowiskowego przynosi więcej niż promocja pojedynczych obiektów
• czeskie uzdrowiska sprzedają pakiety zdrowotne bezpośrednio firmom jako świadczenie dla pracowników
• współpraca z uczelniami medycznymi zwiększa wiarygodność ofert leczniczych

=== 3. Konferencja „Woda, zdrowie, turystyka” ===

Już 23 października 2036 r. (czwartek) w Centrum Kongresowym w Krynicy-Zdroju odbędzie się V edycja konferencji „Woda, zdrowie, turystyka”.
Miejsce: Krynica-Zdrój, Centrum Kongresowe, ul. Ebersa 1. Program:
9:30 – rejestracja uczestników
10:00 – otwarcie: dr hab. Jerzy Pawlikowski, prezes Zarządu klastra
10:20 – wystąpienie: Ireneusz Kowalski, Marszałek Województwa Małopolskiego
11:00 – panel dyskusyjny „Uzdrowiska po pandemii zmian klimatu”
12:30 – obiad
13:30 – prezentacje firm członkowskich
15:00 – spotkania B2B z touroperatorami z Niemiec i Słowacji
19:00 – uroczysta kolacja w Starym Domu Zdrojowym
Partnerem konferencji jest Małopolska Organizacja Turystyczna. Zgłoszenia przyjmujemy do 16 października 2036 r.

=== 4. Wieści od członków ===

Gmina Uzdrowiskowa Muszyna otrzymała dofinansowanie na modernizację pijalni wód mineralnych. Prace potrwają od marca 2037 do czerwca 2038 r.

Spółka Beskid Wellness Sp. z o.o. z Piwnicznej-Zdroju zatrudniła nowego dyrektora ds. sprzedaży – został nim Łukasz de Lorm, wcześniej związany z siecią hoteli w Zakopanem.

Wyższa Szkoła Biznesu – National-Louis University w Nowym Sączu uruchamia studia podyplomowe „Zarządzanie obiektem uzdrowiskowym”. Zajęcia rozpoczną się w lutym 2037 r.

Fundacja Uzdrowiska Beskidu Sądeckiego opublikowała raport o ruchu kuracjuszy w sezonie letnim. Liczba gości z zagranicy wzrosła o 14 procent, przede wszystkim dzięki turystom ze Słowacji i z Węgier. Autorka raportu, Ewelina Stós-Kulig, zwraca uwagę, że goście zagraniczni zostają średnio o dwie noce dłużej niż krajowi i częściej korzystają z zabiegów płatnych w całości. Pełny raport jest dostępny dla członków klastra w strefie członkowskiej.

=== 5. Kalendarium ===

5 listopada 2036 r., godz. 10:00 – Walne Zebranie Członków klastra, Nowy Sącz, ul. Jagiellońska 14
listopad 2036 r. – webinarium „Fundusze Europejskie dla Małopolski 2035–2041 – nabory dla turystyki”
do 30 listopada 2036 r. – składanie deklaracji udziału w targach ITB Berlin 2037 (stoisko regionalne)

---------------------------------------------------------------
Sądecki Klaster Turystyki i Wody Mineralnej, ul. Jagiellońska 14, 33-300 Nowy Sącz
Koordynator klastra: Sądecka Agencja Rozwoju Regionalnego S.A. (SARR)
Biuletyn współfinansowany ze środków Województwa Małopolskiego.
Redakcja: Marta Wójcik-Zawada, biuro@klaster-sadecki.example.pl
Jeśli nie chcesz otrzymywać biuletynu, kliknij tutaj.
"""
write(F, T)
N="Sądecki Klaster Turystyki i Wody Mineralnej"
gold(F,
 [P("Marta Wójcik-Zawada","koordynatorka klastra",N),
  P("Anna Hryniewicz",None,"Pensjonat „Pod Jaworzyną”"),
  P("Krzysztof Mazur-Gąsienica","prezes","Muszyna Aqua S.A."),
  P("Tomáš Dvořák","dyrektor klastra czeskiego","Karlovarský klastr lázeňství"),
  P("Jerzy Pawlikowski","prezes Zarządu klastra",N),
  P("Ireneusz Kowalski","Marszałek","Województwa Małopolskiego"),
  P("Ewelina Stós-Kulig",None,"Fundacja Uzdrowiska Beskidu Sądeckiego"),
  P("Łukasz de Lorm","dyrektora ds. sprzedaży","Beskid Wellness Sp. z o.o.")],
 [O(N), O("Uzdrowisko Żegiestów-Zdrój Sp. z o.o."), O("Pensjonat „Pod Jaworzyną”"),
  O("Państwowa Uczelnia Zawodowa im. prof. Stanisława Tarnowskiego w Tarnobrzegu"), O("Muszyna Aqua S.A."),
  O("CzechInvest"), O("Karlovarský klastr lázeňství"), O("Mattoni 1873 a.s."), O("Instytut Balneologii"),
  O("Małopolska Organizacja Turystyczna"), O("Gmina Uzdrowiskowa Muszyna"), O("Beskid Wellness Sp. z o.o."),
  O("Wyższa Szkoła Biznesu – National-Louis University"), O("Fundacja Uzdrowiska Beskidu Sądeckiego"), O("Sądecka Agencja Rozwoju Regionalnego S.A.","SARR"),
  O("Województwa Małopolskiego")],
 [E("posiedzeniu Zarządu","2036-10-08",None,"Nowy Sącz","Poland"),
  E("Wyjazd studyjny do Czech","2036-09-29","2036-10-02","Karlowe Wary, Mariańskie Łaźnie","Czech Republic"),
  E("V edycja konferencji „Woda, zdrowie, turystyka”","2036-10-23",None,"Krynica-Zdrój","Poland"),
  E("spotkania B2B z touroperatorami z Niemiec i Słowacji","2036-10-23",None,"Krynica-Zdrój","Poland"),
  E("uroczysta kolacja","2036-10-23",None,"Krynica-Zdrój","Poland"),
  E("Walne Zebranie Członków klastra","2036-11-05",None,"Nowy Sącz","Poland"),
  E("webinarium „Fundusze Europejskie dla Małopolski 2035–2041 – nabory dla turystyki”","2036-11",None,None,None),
  E("ITB Berlin 2037","2037",None,"Berlin","Germany")],
 ["2036-10","2036-10-08","2037","2036-09-29/2036-10-02","2036-10-23","2036-10-16","2037-03/2038-06","2037-02",
  "2036-11-05","2036-11","2036-11-30"],
 ["wspólna marka regionu uzdrowiskowego przynosi więcej niż promocja pojedynczych obiektów",
  "czeskie uzdrowiska sprzedają pakiety zdrowotne bezpośrednio firmom jako świadczenie dla pracowników",
  "współpraca z uczelniami medycznymi zwiększa wiarygodność ofert leczniczych"],
 pub="2036-10")
