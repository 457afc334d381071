from h import *
F = 'g03_koszalin_dzien_kooperacji.txt'
assert wd(2036,10,16)=='Thursday' and wd(2036,10,15)=='Wednesday' and wd(2036,10,3)=='Friday'
T = """Klaster Przemysłu Drzewnego i Meblarskiego Pomorza Środkowego
Aktualności | Wydarzenia | Członkowie | Projekty | Kontakt | EN

Strona główna » Wydarzenia » VI Środkowopomorski Dzień Kooperacji

VI ŚRODKOWOPOMORSKI DZIEŃ KOOPERACJI – PROGRAM
Koszalin, czwartek 16 października 2036 r.
Miejsce: Centrum Biznesu i Innowacji Politechniki Koszalińskiej, ul. Śniadeckich, Koszalin

Opublikowano: 22.09.2036 | Autor: Biuro Klastra

Serdecznie zapraszamy firmy z branży drzewnej, meblarskiej i maszynowej na szóstą edycję Środkowopomorskiego Dnia Kooperacji. Wydarzenie organizuje Klaster Przemysłu Drzewnego i Meblarskiego Pomorza Środkowego wspólnie ze Słupską Specjalną Strefą Ekonomiczną i Koszalińską Agencją Rozwoju Regionalnego S.A. (KARR S.A.), przy wsparciu Urzędu Marszałkowskiego Województwa Zachodniopomorskiego. Partnerem spotkań B2B jest sieć Enterprise Europe Network.

W tym roku gośćmi specjalnymi będą przedstawiciele klastrów z Danii i Litwy: Møbelklyngen Salling z miejscowości Skive oraz Lietuvos baldų klasteris z Kowna.

Udział jest bezpłatny. Rejestracja na spotkania B2B do 3 października 2036 r. (piątek) przez platformę b2match.

Dlaczego warto wziąć udział?
- ponad 60 firm z Pomorza Środkowego, Danii i Litwy w jednym miejscu,
- wcześniej umówione rozmowy z dostawcami, podwykonawcami i odbiorcami,
- informacje o wymaganiach rynków skandynawskich i nowych przepisach UE dla producentów mebli,
- możliwość zaprezentowania własnej oferty kooperacyjnej na forum.

Współorganizator: Koszalińska Agencja Rozwoju Regionalnego S.A. – partner sieci Enterprise Europe Network w województwie zachodniopomorskim. Firmy, które nie mogą przyjechać, mogą umówić rozmowy online w godzinach 11:45–15:00.

PROGRAM

Środa, 15 października 2036 r. (dzień przed wydarzeniem)
17:00–19:00  Wizyta studyjna gości zagranicznych w fabryce mebli Szynaka-Meble Sp. z o.o. w Słupsku
19:30        Kolacja powitalna dla gości zagranicznych, Hotel Gromada, Koszalin

Czwartek, 16 października 2036 r.
08:30–09:15  Rejestracja uczestników, kawa powitalna

09:15–09:40  Otwarcie
             dr hab. inż. Magdalena Wiśniewska-Kruk, prof. PK, prorektor ds. współpracy z gospodarką, Politechnika Koszalińska
             Paweł Zieliński, prezes zarządu Klastra Przemysłu Drzewnego i Meblarskiego Pomorza Środkowego
             Agnieszka Dąbrowska-Lis, dyrektor Wydziału Gospodarki i Innowacji, Urząd Marszałkowski Województwa Zachodniopomorskiego

09:40–10:20  Wystąpienie wprowadzające: „Meble z Pomorza na rynku skandynawskim – szanse po 2035 roku”
             Lars Østergaard Nielsen, kierownik klastra Møbelklyngen Salling (Dania)

10:20–11:30  Panel dyskusyjny: Automatyzacja i brak rąk do pracy – jak sobie radzą małe zakłady?
             Prowadzenie: Marek Jaworski (KARR S.A.)
             Udział: Rūta Kazlauskienė (Lietuvos baldų klasteris), Wojciech Bąk (Zakład Stolarski BĄK, Bobolice), Joanna Pietrzak-Nowak (Słupska Specjalna Strefa Ekonomiczna)

11:30–11:45  Przerwa kawowa

11:45–15:00  Spotkania B2B (rozmowy po 25 minut, wg indywidualnych harmonogramów)
             równolegle:
11:45–13:00  Warsztat: Paszport produktu cyfrowego w branży meblarskiej – co muszą wiedzieć dostawcy?
             Prowadzenie: mgr inż. Tomasz Kowalewski, Instytut Technologii Drewna, Poznań

13:00–13:45  Lunch i strefa wystawców

14:00–15:00  Prezentacje ofert kooperacyjnych (po 5 minut na firmę)

15:00–15:30  Podsumowanie i zakończenie
             Paweł Zieliński i Katarzyna Malinowska, koordynatorka klastra

Piątek, 17 października 2036 r. (dla chętnych)
09:00–13:00  Wizyty w zakładach członków klastra: Bobolice i Polanów (transport autokarem z Koszalina)

POPRZEDNIE EDYCJE
I Dzień Kooperacji – 2031, Słupsk (46 firm)
II Dzień Kooperacji – 2032, Koszalin (58 firm)
III Dzień Kooperacji – 2033, Słupsk
IV Dzień Kooperacji – 2034, Koszalin (edycja online, 91 rozmów)
V Środkowopomorski Dzień Kooperacji – 24.10.2035, Słupsk (74 firmy, 212 rozmów B2B)

Informacje praktyczne
Parking: bezpłatny przy budynku CBI. Językiem spotkań B2B jest polski i angielski; dla gości z Litwy zapewniamy tłumacza. Organizator zastrzega sobie prawo do zmian w programie.

Kontakt:
Katarzyna Malinowska, koordynatorka klastra
tel. +48 94 000 00 00, e-mail: biuro@klaster-drewno.example.pl

Udostępnij: Facebook | LinkedIn | X | E-mail
« Poprzedni wpis: Posiedzenie Zarządu Klastra – 10.09.2036    Następny wpis: Targi Meble Polska 2037 »

© 2036 Klaster Przemysłu Drzewnego i Meblarskiego Pomorza Środkowego. Wszelkie prawa zastrzeżone. | Polityka prywatności | Deklaracja dostępności
"""
write(F, T)
K = "Klaster Przemysłu Drzewnego i Meblarskiego Pomorza Środkowego"
gold(F,
 [P("Magdalena Wiśniewska-Kruk","prorektor ds. współpracy z gospodarką","Politechnika Koszalińska"),
  P("Paweł Zieliński","prezes zarządu",K),
  P("Agnieszka Dąbrowska-Lis","dyrektor Wydziału Gospodarki i Innowacji","Urząd Marszałkowski Województwa Zachodniopomorskiego"),
  P("Lars Østergaard Nielsen","kierownik klastra","Møbelklyngen Salling"),
  P("Marek Jaworski",None,"KARR S.A."),
  P("Rūta Kazlauskienė",None,"Lietuvos baldų klasteris"),
  P("Wojciech Bąk",None,"Zakład Stolarski BĄK"),
  P("Joanna Pietrzak-Nowak",None,"Słupska Specjalna Strefa Ekonomiczna"),
  P("Tomasz Kowalewski",None,"Instytut Technologii Drewna"),
  P("Katarzyna Malinowska","koordynatorka klastra",K)],
 [O(K), O("Słupska Specjalna Strefa Ekonomiczna"), O("Koszalińska Agencja Rozwoju Regionalnego S.A.","KARR S.A."),
  O("Urząd Marszałkowski Województwa Zachodniopomorskiego"), O("Enterprise Europe Network"), O("Møbelklyngen Salling"),
  O("Lietuvos baldų klasteris"), O("Szynaka-Meble Sp. z o.o."), O("Politechnika Koszalińska"),
  O("Zakład Stolarski BĄK"), O("Instytut Technologii Drewna")],
 [E("VI Środkowopomorski Dzień Kooperacji","2036-10-16",None,"Koszalin","Poland"),
  E("Wizyta studyjna gości zagranicznych w fabryce mebli Szynaka-Meble Sp. z o.o.","2036-10-15",None,"Słupsk","Poland"),
  E("Kolacja powitalna","2036-10-15",None,"Koszalin","Poland"),
  E("Spotkania B2B","2036-10-16",None,"Koszalin","Poland"),
  E("Warsztat: Paszport produktu cyfrowego w branży meblarskiej – co muszą wiedzieć dostawcy?","2036-10-16",None,"Koszalin","Poland"),
  E("Wizyty w zakładach członków klastra","2036-10-17",None,"Bobolice, Polanów","Poland"),
  E("I Dzień Kooperacji","2031",None,"Słupsk","Poland"),
  E("II Dzień Kooperacji","2032",None,"Koszalin","Poland"),
  E("III Dzień Kooperacji","2033",None,"Słupsk","Poland"),
  E("IV Dzień Kooperacji","2034",None,"Koszalin","Poland"),
  E("V Środkowopomorski Dzień Kooperacji","2035-10-24",None,"Słupsk","Poland"),
  E("Posiedzenie Zarządu Klastra","2036-09-10",None,None,None),
  E("Targi Meble Polska 2037","2037",None,None,None)],
 ["2036-10-16","2036-09-22","2036-10-03","2036-10-15","2036-10-17","2035","2031","2032","2033","2034","2035-10-24","2036-09-10"],
 [], pub="2036-09-22")
