from h import *
F = 'g02_opolskie_zespol_klastra.txt'
assert wd(2036,3,19)=='Wednesday' and wd(2036,5,14)=='Wednesday'
T = """Opolski Klaster Chemii i Materiałów Budowlanych – Zespół i władze
=====================================================================
Strona główna > O klastrze > Zespół i władze              [PL] [EN]
Menu: Aktualności | O klastrze | Członkowie | Projekty | Wydarzenia | Kontakt

Ostatnia aktualizacja strony: 24.03.2036

Opolski Klaster Chemii i Materiałów Budowlanych (OKChiMB) działa od 2029 roku jako stowarzyszenie z siedzibą w Opolu. Skupia 57 członków: producentów cementu i wapna, zakłady chemiczne z Kędzierzyna-Koźla, firmy budowlane, a także uczelnie i instytuty badawcze regionu. Od 2034 roku klaster posiada status Krajowego Klastra Kluczowego.

ZARZĄD KLASTRA
Zarząd na kadencję 2036–2039 został wybrany przez Walne Zgromadzenie Członków w środę 19 marca 2036 r. w Opolu.

  Prezes Zarządu – dr hab. inż. Tomasz Wróblewski-Nowak
  Wiceprezes Zarządu – Agnieszka Kołodziej (Grupa Azoty Zakłady Azotowe Kędzierzyn S.A.)
  Członek Zarządu ds. finansowych – Piotr Szymański, Górażdże Cement S.A.
  Członek Zarządu – mgr Ewa Pawlak-Dziedzic, Politechnika Opolska

Dotychczasowy prezes, Janusz Kamiński, który kierował klastrem przez dwie kadencje (2029–2035), nie kandydował ponownie. Walne Zgromadzenie nadało mu tytuł Honorowego Prezesa klastra.

Nowy prezes zapowiedział, że w swojej kadencji chce przede wszystkim wzmocnić współpracę z przemysłem chemicznym w zakresie dekarbonizacji produkcji cementu i nawozów. „Nasz region ma unikalne połączenie chemii i materiałów budowlanych. Jeśli mamy przetrwać transformację, musimy wspólnie inwestować w wychwytywanie dwutlenku węgla i nowe spoiwa” – powiedział po wyborze. Zarząd przygotuje do końca roku zaktualizowaną strategię klastra, którą przedstawi członkom do konsultacji.

RADA PROGRAMOWA
Rada Programowa doradza Zarządowi w sprawach strategii i projektów badawczych. W jej skład wchodzą:
  • prof. Halina Grabowska – przewodnicząca Rady, Instytut Ceramiki i Materiałów Budowlanych, Oddział Szkła i Materiałów Budowlanych w Opolu
  • dr Michał Zieliński – Uniwersytet Opolski, Wydział Chemii
  • Wolfgang Schrödinger – Cemex Polska sp. z o.o.
  • Karolina Mazur-Lis – Opolskie Centrum Rozwoju Gospodarki (OCRG)
  • Stanisław Bąk – Izba Gospodarcza „Śląsk Opolski”

BIURO KLASTRA
  Koordynator klastra: Magdalena Żurawska
     tel. +48 77 000 00 00, m.zurawska@okchimb.example.pl
  Specjalista ds. projektów europejskich: Łukasz Ostrowski
     l.ostrowski@okchimb.example.pl
  Specjalistka ds. komunikacji i członkostwa: Zofia Krawczyk
     z.krawczyk@okchimb.example.pl
  Księgowość: prowadzona przez Biuro Rachunkowe „Bilans” s.c., Opole

Biuro czynne od poniedziałku do piątku w godz. 8.00–16.00.
Adres: ul. Ozimska 00, 45-000 Opole (budynek Opolskiego Parku Naukowo-Technologicznego, II piętro).

ZMIANY W ZESPOLE
Z dniem 31 stycznia 2036 r. z zespołu odeszła dotychczasowa koordynatorka klastra, Beata Sikora, która objęła stanowisko dyrektora Departamentu Rozwoju Gospodarczego Urzędu Marszałkowskiego Województwa Opolskiego. Dziękujemy za siedem lat pracy! Jej obowiązki przejęła Magdalena Żurawska, wcześniej specjalistka ds. projektów w Krajowej Izbie Gospodarczej w Warszawie.

NAJBLIŻSZE WYDARZENIA
  • 14 maja 2036 (środa), godz. 10.00–14.00 – posiedzenie Rady Programowej, Opole
  • 3–4 czerwca 2036 – misja gospodarcza członków klastra do Ostrawy (we współpracy z Moravskoslezský automobilový klastr i Agencją Rozwoju Przemysłu)
  • październik 2036 – V Opolskie Forum Budownictwa Niskoemisyjnego

Termin zgłoszeń na misję do Ostrawy: 30 kwietnia 2036 r.

Poprzednie edycje Forum: I Forum (2032, Opole), II Forum (2033, Kędzierzyn-Koźle), III Forum (2034, Opole), IV Forum (2035, Nysa).

JAK ZOSTAĆ CZŁONKIEM?
Członkiem klastra może zostać każda firma, uczelnia lub instytucja działająca w branży chemicznej lub budowlanej. Deklarację członkowską wraz z uchwałą o przystąpieniu należy przesłać do biura klastra. O przyjęciu decyduje Zarząd na najbliższym posiedzeniu. Składka roczna dla mikroprzedsiębiorstw wynosi 600 zł.

Klaster jest członkiem Krajowej Izby Klastrów Energii i OZE oraz European Construction Cluster Network.

Polityka prywatności | Deklaracja dostępności | Mapa strony
© 2036 Opolski Klaster Chemii i Materiałów Budowlanych. Wszelkie prawa zastrzeżone.
Projekt dofinansowany ze środków Fundusze Europejskie dla Opolskiego 2034–2040.
"""
write(F, T)
K="Opolski Klaster Chemii i Materiałów Budowlanych"
gold(F,
 [P("Tomasz Wróblewski-Nowak","Prezes Zarządu",K),
  P("Agnieszka Kołodziej","Wiceprezes Zarządu",K),
  P("Piotr Szymański","Członek Zarządu ds. finansowych",K),
  P("Ewa Pawlak-Dziedzic","Członek Zarządu",K),
  P("Janusz Kamiński","prezes",K),
  P("Halina Grabowska","przewodnicząca Rady",K),
  P("Michał Zieliński",None,"Uniwersytet Opolski"),
  P("Wolfgang Schrödinger",None,"Cemex Polska sp. z o.o."),
  P("Karolina Mazur-Lis",None,"Opolskie Centrum Rozwoju Gospodarki"),
  P("Stanisław Bąk",None,"Izba Gospodarcza „Śląsk Opolski”"),
  P("Magdalena Żurawska","Koordynator klastra",K),
  P("Łukasz Ostrowski","Specjalista ds. projektów europejskich",K),
  P("Zofia Krawczyk","Specjalistka ds. komunikacji i członkostwa",K),
  P("Beata Sikora","dyrektora Departamentu Rozwoju Gospodarczego","Urzędu Marszałkowskiego Województwa Opolskiego")],
 [O(K,"OKChiMB"), O("Grupa Azoty Zakłady Azotowe Kędzierzyn S.A."), O("Górażdże Cement S.A."), O("Politechnika Opolska"),
  O("Instytut Ceramiki i Materiałów Budowlanych, Oddział Szkła i Materiałów Budowlanych w Opolu"),
  O("Uniwersytet Opolski"), O("Wydział Chemii"), O("Cemex Polska sp. z o.o."), O("Opolskie Centrum Rozwoju Gospodarki","OCRG"),
  O("Izba Gospodarcza „Śląsk Opolski”"), O("Biuro Rachunkowe „Bilans” s.c."), O("Opolskiego Parku Naukowo-Technologicznego"),
  O("Urzędu Marszałkowskiego Województwa Opolskiego"), O("Departamentu Rozwoju Gospodarczego"), O("Krajowej Izbie Gospodarczej"),
  O("Moravskoslezský automobilový klastr"), O("Agencją Rozwoju Przemysłu"), O("Krajowej Izby Klastrów Energii i OZE"),
  O("European Construction Cluster Network")],
 [E("Walne Zgromadzenie Członków","2036-03-19",None,"Opole","Poland"),
  E("posiedzenie Rady Programowej","2036-05-14",None,"Opole","Poland"),
  E("misja gospodarcza członków klastra do Ostrawy","2036-06-03","2036-06-04","Ostrawy","Czechia"),
  E("V Opolskie Forum Budownictwa Niskoemisyjnego","2036-10",None,None,None),
  E("I Forum","2032",None,"Opole","Poland"),
  E("II Forum","2033",None,"Kędzierzyn-Koźle","Poland"),
  E("III Forum","2034",None,"Opole","Poland"),
  E("IV Forum","2035",None,"Nysa","Poland")],
 ["2036-03-24","2029","2034","2036/2039","2036-03-19","2029/2035","2036-01-31","2036-05-14","2036-06-03/2036-06-04",
  "2036-10","2036-04-30","2032","2033","2035","2034/2040"],
 [], pub=None)
