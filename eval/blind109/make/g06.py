from h import *
F = 'g06_lubelski_klaster_newsletter.txt'
assert wd(2040,3,14)=='Wednesday' and wd(2040,4,19)=='Thursday' and wd(2040,2,22)=='Wednesday'
T = """Newsletter Lubelskiego Klastra Ekoenergetycznego | nr 2/2040 (luty)
Lublin, 28 lutego 2040 r.

Zobacz wersję online | Przekaż znajomemu

SŁOWO PREZESA

Szanowni Państwo,
rok 2039 zamknęliśmy z 71 członkami i pierwszym wspólnym projektem magazynowania energii w gminie Świdnik. Przed
nami trudniejsze zadanie: przekonanie banków, że spółdzielnie energetyczne to bezpieczni kredytobiorcy. Dlatego w
marcu zapraszamy na debatę z udziałem przedstawicieli sektora finansowego. Liczę na Państwa obecność i pytania.

Chciałbym też podziękować wszystkim firmom, które w styczniu wzięły udział w konsultacjach regionalnej strategii
energetycznej. Zebraliśmy 43 uwagi, z których większość dotyczyła przyłączy do sieci oraz szkoleń dla instalatorów.
Przekazaliśmy je Zarządowi Województwa i będziemy informować o dalszych krokach w kolejnych wydaniach newslettera.

Z wyrazami szacunku
dr inż. Bartłomiej Wróblewski-Kania
Prezes Zarządu Stowarzyszenia Lubelski Klaster Ekoenergetyczny

NOWI CZŁONKOWIE

Zarząd przyjął w poczet członków:
– Solaris Agro Sp. z o.o. (Zamość),
– Biogazownia Krasnystaw S.A. (Krasnystaw),
– Spółdzielnię Energetyczną „Wschód” (Biała Podlaska),
– Politechnikę Lubelską – Wydział Mechaniczny.

Jubileusz: firma PV-Montaż Sobczak s.c. z Puław obchodzi 25-lecie działalności. Firmę założyli w 2015 roku
bracia Adam Sobczak i Paweł Sobczak; dziś zatrudnia 58 osób i zamontowała ponad 4 tysiące instalacji fotowoltaicznych
na dachach domów, szkół i gospodarstw rolnych w powiatach puławskim, ryckim i lubartowskim.

Inwestycja: Biogazownia Krasnystaw S.A. uruchomi w maju 2040 r. instalację biometanu o wartości 38 mln zł.

LUDZIE

Od 1 marca 2040 r. funkcję dyrektora biura klastra obejmuje Agnieszka Zielińska-Mróz. Dotychczasowy dyrektor, Tomasz
Kowalczyk, przechodzi do Urzędu Marszałkowskiego Województwa Lubelskiego, gdzie pokieruje Departamentem Gospodarki i
Innowacji. Do Rady Klastra dołączyła prof. Ewa Jaworska z Uniwersytetu Przyrodniczego w Lublinie.

KALENDARZ

14 marca 2040 (środa), godz. 10:00–14:00
Debata „Finansowanie spółdzielni energetycznych”, Lubelski Park Naukowo-Technologiczny, ul. Dobrzańskiego 3, Lublin
Zgłoszenia do 9 marca

19 kwietnia 2040 (czwartek), godz. 9:00–15:30
Forum Energetyki Rozproszonej, Zamość
Współorganizator: Zamojska Izba Gospodarcza

20–22 maja 2040
Targi ENEX, Kielce – wspólne stoisko klastra

RELACJA

W środę 22 lutego 2040 r. w Chełmie odbyło się spotkanie sieciujące członków klastra. Wzięło w nim udział 47 osób z
29 firm; podpisano dwa listy intencyjne o współpracy przy farmach agrowoltaicznych. Gospodarzem spotkania był
Chełmski Park Przemysłowy, który zaprezentował wolne tereny inwestycyjne o powierzchni 36 hektarów.

Z BRUKSELI

Komisja Europejska opublikowała nowy przewodnik dla klastrów w obszarze transformacji energetycznej. Jak informuje
Marta Nowicka z Biura Regionalnego Województwa Lubelskiego w Brukseli, klastry energii będą mogły ubiegać się o
wsparcie w ramach partnerstw strategicznych od 2041 r.

BADANIE

Wspólnie z Lubelską Fundacją Rozwoju przeprowadziliśmy ankietę wśród 84 gmin regionu. Najważniejsze wnioski:
• 62% gmin planuje własną instalację OZE do 2043 r.
• główną barierą są przyłącza do sieci dystrybucyjnej
• tylko 11 gmin ma pełnoetatowego energetyka gminnego

Pełny raport z badania (PDF, 36 stron) jest dostępny dla członków w strefie partnera. Wyniki zostaną omówione
podczas Forum Energetyki Rozproszonej w Zamościu, gdzie przedstawimy też rekomendacje dla samorządów powiatowych.

OGŁOSZENIA

Biuro klastra zatrudni specjalistę ds. projektów UE (umowa o pracę, pełny etat). CV do 15 marca 2040 r.
Szczegóły oferty i klauzula informacyjna RODO na stronie internetowej klastra w zakładce „Kariera”.

„Dzięki klastrowi znaleźliśmy partnera do biometanu w ciągu dwóch miesięcy.” – Katarzyna Lis, członkini zarządu,
Biogazownia Krasnystaw S.A.

----
Partnerzy klastra: Lubelska Fundacja Rozwoju · Politechnika Lubelska · Uniwersytet Przyrodniczy w Lublinie ·
Zamojska Izba Gospodarcza · Lubelski Park Naukowo-Technologiczny
Stowarzyszenie Lubelski Klaster Ekoenergetyczny, ul. Narutowicza 00, 20-000 Lublin
KRS 0000000000 | NIP 000-000-00-00 | biuro@lke.example.pl
Jeśli nie chcesz otrzymywać newslettera, kliknij tutaj: wypisz się.
"""
write(F, T)
LK="Stowarzyszenie Lubelski Klaster Ekoenergetyczny"
gold(F,
 [P("Bartłomiej Wróblewski-Kania","Prezes Zarządu",LK),
  P("Agnieszka Zielińska-Mróz","dyrektora biura klastra","Stowarzyszenie Lubelski Klaster Ekoenergetyczny"),
  P("Tomasz Kowalczyk","dyrektor","Stowarzyszenie Lubelski Klaster Ekoenergetyczny"),
  P("Adam Sobczak",None,"PV-Montaż Sobczak s.c."), P("Paweł Sobczak",None,"PV-Montaż Sobczak s.c."),
  P("Ewa Jaworska",None,"Uniwersytet Przyrodniczy w Lublinie"),
  P("Marta Nowicka",None,"Biura Regionalnego Województwa Lubelskiego w Brukseli"),
  P("Katarzyna Lis","członkini zarządu","Biogazownia Krasnystaw S.A.")],
 [O("Stowarzyszenie Lubelski Klaster Ekoenergetyczny"), O("Solaris Agro Sp. z o.o."), O("Biogazownia Krasnystaw S.A."),
  O("Spółdzielnię Energetyczną „Wschód”"), O("Politechnika Lubelska"), O("Wydział Mechaniczny"),
  O("PV-Montaż Sobczak s.c."), O("Urzędu Marszałkowskiego Województwa Lubelskiego"),
  O("Departamentem Gospodarki i Innowacji"), O("Uniwersytet Przyrodniczy w Lublinie"),
 O("Lubelski Park Naukowo-Technologiczny"), O("Zamojska Izba Gospodarcza"), O("Chełmski Park Przemysłowy"), O("Zarządowi Województwa"), O("Komisja Europejska"),
  O("Biura Regionalnego Województwa Lubelskiego w Brukseli"), O("Lubelska Fundacja Rozwoju")],
 [E("Debata „Finansowanie spółdzielni energetycznych”","2040-03-14",None,"Lublin","Poland"),
  E("Forum Energetyki Rozproszonej","2040-04-19",None,"Zamość","Poland"),
  E("Targi ENEX","2040-05-20","2040-05-22","Kielce","Poland"),
  E("spotkanie sieciujące członków klastra","2040-02-22",None,"Chełmie","Poland")],
 ["2040-02","2040-02-28","2039","2040-01","2040-03","2015","2040-05","2040-03-01","2040-03-14","2040-03-09","2040-04-19",
  "2040-05-20/2040-05-22","2040-02-22","2041","2043","2040-03-15"],
 ["62% gmin planuje własną instalację OZE do 2043 r",
  "główną barierą są przyłącza do sieci dystrybucyjnej",
  "tylko 11 gmin ma pełnoetatowego energetyka gminnego"], "2040-02-28")
