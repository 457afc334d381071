from h import *
F = 'g12_elblag_klaster_metalowy_walne.txt'
assert wd(2036,4,17)=='Thursday' and wd(2036,4,18)=='Friday' and wd(2036,5,22)=='Thursday'
T = """Elbląski Klaster Metalowy i Maszynowy
ul. Okólnik 5, 82-300 Elbląg | www.ekmim.example.pl
Aktualności | O klastrze | Członkowie | Wydarzenia | Kontakt

Walne Zgromadzenie i Forum Przemysłowe Elbląg 2036 za nami

Elbląg, 23 kwietnia 2036 r. | autor: Karolina Wiśniewska-Dąb, biuro klastra

W czwartek 17 kwietnia 2036 r. w Centrum Spotkań Europejskich „Światowid" odbyło się doroczne Walne Zgromadzenie Członków Elbląskiego Klastra Metalowego i Maszynowego (EKMiM), a w piątek 18 kwietnia – trzecia edycja Forum Przemysłowego Elbląg. W obu wydarzeniach wzięło udział łącznie ponad 180 osób z firm, uczelni i samorządów województwa warmińsko-mazurskiego.

Walne Zgromadzenie

Obrady otworzył prezes zarządu klastra, Tomasz Malinowski (Elmet Konstrukcje Sp. z o.o.). Członkowie przyjęli sprawozdanie z działalności za 2035 rok oraz sprawozdanie finansowe i udzielili absolutorium zarządowi. Koordynatorka klastra, Agnieszka Rutkowska, przedstawiła wyniki: w 2035 r. do klastra przystąpiło dziewięć firm, a liczba członków wzrosła do 67. Klaster zorganizował 14 szkoleń, dwie misje gospodarcze (do Kłajpedy i do Kilonii) oraz wizytę studyjną w Klastrze Obróbki Metali w Radomsku.

Walne Zgromadzenie wybrało nową Radę Klastra na kadencję 2036–2039. W jej skład weszli:
- Przewodniczący Rady: dr inż. Jerzy Kowalczyk (Uniwersytet Warmińsko-Mazurski w Olsztynie)
- Wiceprzewodnicząca Rady: Monika Zaręba (Zakłady Mechaniczne Pasłęk S.A.)
- Sekretarz Rady: Piotr Nowicki (Akademia Nauk Stosowanych w Elblągu)
- członek Rady: Halina Dudek (Dudek Spawalnictwo)
- członek Rady: Rafał Grabowski (Urząd Miasta Elbląg)

W dyskusji członkowie zwracali uwagę przede wszystkim na brak wykwalifikowanych spawaczy i operatorów maszyn CNC. Kilka firm zgłosiło gotowość przyjęcia uczniów na praktyki już od września, a przedstawiciel urzędu miasta zapowiedział, że Elbląg przygotuje program stypendialny dla uczniów szkół branżowych. Zarząd zobowiązał się przedstawić propozycję wspólnego programu praktyk na najbliższym posiedzeniu Rady Klastra.

Walne Zgromadzenie podjęło także uchwałę o przystąpieniu klastra do Krajowej Izby Klastrów Energii i Przemysłu.

Forum Przemysłowe Elbląg 2036

Drugiego dnia uczestników powitali Prezydent Miasta Elbląga Witold Sadowski-Bielak oraz Marszałek Województwa Warmińsko-Mazurskiego Gustaw Marek Brzozowski. Wykład wprowadzający pt. „Przemysł maszynowy po transformacji energetycznej – szanse dla firm z północno-wschodniej Polski" wygłosiła prof. dr hab. Ewa Lisowska z Politechniki Gdańskiej. Forum prowadziła dziennikarka Radia Olsztyn, Beata Ostrowska. Zdjęcia z obu dni można obejrzeć w galerii na stronie klastra.

Program forum:
09:00 Rejestracja uczestników
09:30 Otwarcie i wystąpienia gości
10:15 Wykład wprowadzający
11:15 Panel dyskusyjny „Kadry dla przemysłu – szkoła, uczelnia, zakład"
13:00 Obiad
14:00–17:00 Spotkania B2B z przedstawicielami klastrów z Litwy i Niemiec
14:00 Wizyta w zakładzie Elmet Konstrukcje (dla chętnych, zapisy w recepcji)
19:00 Kolacja networkingowa w restauracji „Mennica"

Podczas spotkań B2B odbyło się 84 rozmów. Do Elbląga przyjechali m.in. przedstawiciele Klaipėda Industrial Cluster oraz Maritimes Cluster Norddeutschland.

Wnioski z forum
Organizatorzy, podsumowując dyskusje, sformułowali następujące wnioski:
1. Firmy z regionu potrzebują wspólnego centrum badań i certyfikacji spawalniczej w Elblągu
2. Szkoły branżowe powinny prowadzić zajęcia praktyczne w zakładach członków klastra już od pierwszej klasy
3. Klaster powinien przygotować wspólną ofertę firm regionu dla morskiej energetyki wiatrowej na Bałtyku
4. Współpraca z klastrami z Litwy i Niemiec wymaga stałego partnera w każdym kraju, a nie jednorazowych misji

Poprzednie edycje Forum Przemysłowego Elbląg:
2034 – Elbląg, 24 kwietnia 2034 r.
2035 – Elbląg, 11 kwietnia 2035 r.

Najbliższe wydarzenia
22 maja 2036 r. – posiedzenie Rady Klastra (Elbląg)
czerwiec 2036 r. – misja gospodarcza na targi ONS w Stavanger

Zarząd klastra dziękuje partnerom: Warmińsko-Mazurskiej Agencji Rozwoju Regionalnego S.A. w Olsztynie, Elbląskiemu Parkowi Technologicznemu i Fundacji Elbląg.

Udostępnij: Facebook | LinkedIn | E-mail
© 2036 EKMiM. Wszelkie prawa zastrzeżone. Polityka prywatności
"""
write(F, T)
K="Elbląski Klaster Metalowy i Maszynowy"
gold(F,
 [P("Karolina Wiśniewska-Dąb","biuro klastra",K), P("Tomasz Malinowski","prezes zarządu klastra",K),
  P("Agnieszka Rutkowska","Koordynatorka klastra",K), P("Jerzy Kowalczyk","Przewodniczący Rady",K),
  P("Monika Zaręba","Wiceprzewodnicząca Rady",K), P("Piotr Nowicki","Sekretarz Rady",K),
  P("Halina Dudek","członek Rady",K), P("Rafał Grabowski","członek Rady",K),
  P("Witold Sadowski-Bielak","Prezydent Miasta Elbląga",None),
  P("Gustaw Marek Brzozowski","Marszałek Województwa Warmińsko-Mazurskiego",None),
  P("Ewa Lisowska",None,"Politechniki Gdańskiej"), P("Beata Ostrowska","dziennikarka","Radia Olsztyn")],
 [O(K,"EKMiM"), O("Elmet Konstrukcje Sp. z o.o."), O("Klastrze Obróbki Metali"), O("Uniwersytet Warmińsko-Mazurski w Olsztynie"),
  O("Zakłady Mechaniczne Pasłęk S.A."), O("Akademia Nauk Stosowanych w Elblągu"), O("Dudek Spawalnictwo"), O("Urząd Miasta Elbląg"),
  O("Krajowej Izby Klastrów Energii i Przemysłu"), O("Politechniki Gdańskiej"), O("Klaipėda Industrial Cluster"),
  O("Maritimes Cluster Norddeutschland"), O("Warmińsko-Mazurskiej Agencji Rozwoju Regionalnego S.A. w Olsztynie"),
  O("Elbląskiemu Parkowi Technologicznemu"), O("Fundacji Elbląg"), O("Radia Olsztyn")],
 [E("Walne Zgromadzenie Członków Elbląskiego Klastra Metalowego i Maszynowego","2036-04-17",None,"Elbląg","Poland"),
  E("Forum Przemysłowe Elbląg 2036","2036-04-18",None,"Elbląg","Poland"),
  E("Przemysł maszynowy po transformacji energetycznej – szanse dla firm z północno-wschodniej Polski","2036-04-18",None,"Elbląg","Poland"),
  E("Spotkania B2B z przedstawicielami klastrów z Litwy i Niemiec","2036-04-18",None,"Elbląg","Poland"),
  E("Wizyta w zakładzie Elmet Konstrukcje","2036-04-18",None,"Elbląg","Poland"),
  E("Kolacja networkingowa","2036-04-18",None,"Elbląg","Poland"),
  E("misje gospodarcze","2035",None,"Kłajpedy, Kilonii",None),
  E("wizyta studyjna w Klastrze Obróbki Metali","2035",None,"Radomsku","Poland"),
  E("Forum Przemysłowe Elbląg","2034-04-24",None,"Elbląg","Poland"),
  E("Forum Przemysłowe Elbląg","2035-04-11",None,"Elbląg","Poland"),
  E("posiedzenie Rady Klastra","2036-05-22",None,"Elbląg","Poland"),
  E("misja gospodarcza na targi ONS","2036-06",None,"Stavanger","Norway")],
 ["2036-04-23","2036-04-17","2036-04-18","2035","2036/2039","2034","2034-04-24","2035-04-11","2036-05-22","2036-06"],
 ["Firmy z regionu potrzebują wspólnego centrum badań i certyfikacji spawalniczej w Elblągu",
  "Szkoły branżowe powinny prowadzić zajęcia praktyczne w zakładach członków klastra już od pierwszej klasy",
  "Klaster powinien przygotować wspólną ofertę firm regionu dla morskiej energetyki wiatrowej na Bałtyku",
  "Współpraca z klastrami z Litwy i Niemiec wymaga stałego partnera w każdym kraju, a nie jednorazowych misji"],
 pub="2036-04-23")
