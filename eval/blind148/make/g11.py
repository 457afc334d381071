from h import *
F = 'g11_pila_gielda_kooperacyjna_relacja.txt'
assert wd(2038,11,18)=='Thursday' and wd(2038,11,17)=='Wednesday' and wd(2038,11,25)=='Thursday' and wd(2039,1,14)=='Friday' and wd(2039,3,10)=='Thursday'
T = """Pilski Klaster Technologii Oświetleniowych
Strona główna > Aktualności > Wydarzenia

III Pilska Giełda Kooperacyjna Branży Oświetleniowej – relacja
Opublikowano: 25.11.2038 | Autor: Joanna Wróblewska-Kaczmarek | Kategoria: Wydarzenia, Współpraca międzynarodowa

W czwartek 18 listopada 2038 r. w Pile odbyła się III Pilska Giełda Kooperacyjna Branży Oświetleniowej. Gospodarzem wydarzenia była Państwowa Uczelnia Stanisława Staszica w Pile, która udostępniła halę sportową i sale wykładowe. Giełdę zorganizowali:
• Pilski Klaster Technologii Oświetleniowych (PKTO) – organizator główny,
• Wielkopolska Agencja Rozwoju Przedsiębiorczości sp. z o.o. (WARP),
• Poznański Park Naukowo-Technologiczny, w którym działa Punkt Kontaktowy Enterprise Europe Network.
Partnerem strategicznym była Izba Gospodarcza Północnej Wielkopolski.

W giełdzie wzięło udział 86 firm i instytucji z Polski, Niemiec, Czech, Litwy i Węgier. W ciągu jednego dnia odbyło się 214 spotkań biznesowych B2B. Dla porównania: I edycja (październik 2036) zgromadziła 41 firm, a II edycja, zorganizowana 16 listopada 2037 r., 63 firmy.

Dzień przed giełdą, w środę 17 listopada, odbyła się wizyta gości zagranicznych w zakładzie Signify Poland sp. z o.o. w Pile oraz w laboratorium fotometrycznym uczelni. Wieczorem odbyła się kolacja powitalna w Ratuszu, na którą gości zaprosił Prezydent Miasta Piły Tomasz Nowak-Dziubiński. Goście z Litwy i Węgier podkreślali, że właśnie takie nieformalne spotkania ułatwiają późniejsze rozmowy handlowe.

Program dnia giełdy
09:00 – rejestracja uczestników
09:30 – otwarcie: dr inż. Krzysztof Dębski, prezes zarządu PKTO; Agata Lewandowska, wicemarszałek Województwa Wielkopolskiego
10:00 – wykład wprowadzający „Oświetlenie w gospodarce obiegu zamkniętego” – prof. dr hab. inż. Halina Szczęsna-Wróbel, Politechnika Poznańska
10:45 – 15:30 – spotkania B2B (stoliki 1–40)
12:30 – lunch networkingowy
13:00 – 14:30 – warsztat „Jak uzyskać certyfikat EPREL i oznakowanie ekoprojektu”, prowadzący: Rafał Zieliński, Urząd Ochrony Konkurencji i Konsumentów
15:30 – podsumowanie i losowanie nagród dla uczestników

Z wypowiedzi uczestników:
„Przyjechaliśmy z trzema pytaniami technicznymi, a wyjeżdżamy z dwoma dostawcami soczewek” – mówi Ondřej Kratochvíl, dyrektor techniczny firmy LUMA-TECH s.r.o. z Ołomuńca.
„Dla nas jako małej firmy rodzinnej to najlepszy sposób, żeby pokazać się dużym odbiorcom” – dodaje Weronika Maćkowiak z firmy Maćkowiak Oprawy sp.j. z Chodzieży.

Wnioski z tegorocznej edycji
Zespół klastra przygotował krótkie podsumowanie na podstawie ankiet:
1. Uczestnicy oczekują dłuższych spotkań – 20 minut to za mało przy rozmowach technicznych
2. Warto rozszerzyć giełdę o firmy z branży budowlanej i architektów, którzy decydują o wyborze opraw
3. Spotkania z firmami z Niemiec przyniosły najwięcej konkretnych zapytań ofertowych
4. Zagraniczni goście chcą więcej wizyt w zakładach produkcyjnych w programie

Co dalej?
Kolejne wydarzenia klastra:
– 14 stycznia 2039 r. (piątek) – Walne Zgromadzenie Członków PKTO, Piła, siedziba klastra, godz. 11:00
– 10 marca 2039 r. – misja gospodarcza na targi Light + Building (Frankfurt nad Menem, 10–14.03.2039); zgłoszenia do 31 stycznia 2039 r.
– maj 2039 – seminarium „Oświetlenie drogowe w gminach” (współorganizator: Związek Gmin Wiejskich RP)

Dziękujemy wszystkim wystawcom, tłumaczom i wolontariuszom – studentom kierunku elektrotechnika, którzy przez cały dzień pomagali uczestnikom odnaleźć właściwe stoliki i pilnowali harmonogramu spotkań. Ankietę ewaluacyjną wypełniło 72 uczestników.

Zdjęcia z giełdy znajdą Państwo w galerii. Prezentacje są dostępne dla członków klastra w strefie członkowskiej.

Kontakt: Joanna Wróblewska-Kaczmarek, koordynator ds. współpracy międzynarodowej, PKTO, tel. 67 000 00 00, e-mail: j.wroblewska@pkto.example.pl

Projekt „Współpraca ponad granicami” jest współfinansowany ze środków Funduszy Europejskich dla Wielkopolski 2035–2041.

Udostępnij: Facebook | LinkedIn | E-mail
« Poprzedni wpis: Nowi członkowie klastra | Następny wpis: Życzenia świąteczne »
© Pilski Klaster Technologii Oświetleniowych | Polityka prywatności | Deklaracja dostępności
"""
write(F, T)
C = "Pilski Klaster Technologii Oświetleniowych"
gold(F,
 [P("Joanna Wróblewska-Kaczmarek","koordynator ds. współpracy międzynarodowej",C),
  P("Tomasz Nowak-Dziubiński","Prezydent Miasta Piły",None),
  P("Krzysztof Dębski","prezes zarządu",C),
  P("Agata Lewandowska","wicemarszałek Województwa Wielkopolskiego",None),
  P("Halina Szczęsna-Wróbel",None,"Politechnika Poznańska"),
  P("Rafał Zieliński",None,"Urząd Ochrony Konkurencji i Konsumentów"),
  P("Ondřej Kratochvíl","dyrektor techniczny","LUMA-TECH s.r.o."),
  P("Weronika Maćkowiak",None,"Maćkowiak Oprawy sp.j.")],
 [O(C,"PKTO"), O("Państwowa Uczelnia Stanisława Staszica w Pile"),
  O("Wielkopolska Agencja Rozwoju Przedsiębiorczości sp. z o.o.","WARP"),
  O("Enterprise Europe Network"), O("Poznański Park Naukowo-Technologiczny"),
  O("Izba Gospodarcza Północnej Wielkopolski"), O("Signify Poland sp. z o.o."),
  O("Politechnika Poznańska"), O("Urząd Ochrony Konkurencji i Konsumentów"), O("LUMA-TECH s.r.o."),
  O("Maćkowiak Oprawy sp.j."), O("Związek Gmin Wiejskich RP")],
 [E("III Pilska Giełda Kooperacyjna Branży Oświetleniowej","2038-11-18",None,"Piła","Poland"),
  E("I edycja","2036-10",None,None,None),
  E("II edycja","2037-11-16",None,None,None),
  E("wizyta gości zagranicznych w zakładzie Signify Poland sp. z o.o.","2038-11-17",None,"Piła","Poland"),
  E("kolacja powitalna","2038-11-17",None,"Piła","Poland"),
  E("spotkania B2B","2038-11-18",None,"Piła","Poland"),
  E("lunch networkingowy","2038-11-18",None,"Piła","Poland"),
  E("Walne Zgromadzenie Członków PKTO","2039-01-14",None,"Piła","Poland"),
  E("misja gospodarcza na targi Light + Building","2039-03-10",None,"Frankfurt nad Menem","Germany"),
  E("Light + Building","2039-03-10","2039-03-14","Frankfurt nad Menem","Germany"),
  E("seminarium „Oświetlenie drogowe w gminach”","2039-05",None,None,None)],
 ["2038-11-25","2038-11-18","2036-10","2037-11-16","2038-11-17","2039-01-14","2039-03-10","2039-03-10/2039-03-14","2039-01-31","2039-05","2035/2041"],
 ["Uczestnicy oczekują dłuższych spotkań – 20 minut to za mało przy rozmowach technicznych",
  "Warto rozszerzyć giełdę o firmy z branży budowlanej i architektów, którzy decydują o wyborze opraw",
  "Spotkania z firmami z Niemiec przyniosły najwięcej konkretnych zapytań ofertowych",
  "Zagraniczni goście chcą więcej wizyt w zakładach produkcyjnych w programie"], pub="2038-11-25")
