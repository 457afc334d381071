from h import *
F = 'g13_bielsko_klaster_biuletyn.txt'
assert wd(2040,5,17)=='Thursday' and wd(2040,6,6)=='Wednesday' and wd(2040,6,21)=='Thursday' and wd(2040,4,25)=='Wednesday'
T = """BIULETYN KLASTRA | nr 3/2040 (maj)
Beskidzki Klaster Motoryzacyjny i Lotniczy
Bielsko-Biała, 10 maja 2040 r.

[Wersja do druku]   [Udostępnij]   [Archiwum biuletynów]

-------------------------------------------------------------
Szanowni Członkowie Klastra,

oddajemy w Państwa ręce majowy biuletyn. Znajdą w nim Państwo sprawozdanie z Walnego Zgromadzenia, zaproszenie na Forum Dostawców oraz informacje o nowych członkach. Zachęcamy do lektury!

Zespół Biura Klastra
-------------------------------------------------------------

1. WALNE ZGROMADZENIE CZŁONKÓW KLASTRA

W środę 25 kwietnia 2040 r. w Bielsku-Białej odbyło się Walne Zgromadzenie Członków Beskidzkiego Klastra Motoryzacyjnego i Lotniczego. W obradach wzięli udział przedstawiciele 41 z 53 podmiotów członkowskich.

Zgromadzenie otworzył prezes zarządu klastra, dr inż. Tadeusz Kowalczyk-Zając. Sprawozdanie z działalności za rok 2039 przedstawiła koordynatorka klastra, mgr Agnieszka Wróbel. Gościem obrad był Bartłomiej Sowa, wicemarszałek województwa śląskiego, który zapowiedział nabór na wsparcie klastrów w ramach programu regionalnego jesienią 2040 r.

Walne Zgromadzenie podjęło następujące uchwały:
- uchwała nr 1/2040 w sprawie zatwierdzenia sprawozdania finansowego za rok 2039,
- uchwała nr 2/2040 w sprawie udzielenia absolutorium członkom Zarządu,
- uchwała nr 3/2040 w sprawie przyjęcia Strategii Rozwoju Klastra na lata 2040–2045,
- uchwała nr 4/2040 w sprawie wyboru Rady Klastra na kadencję 2040–2043.

Skład Rady Klastra na kadencję 2040–2043:
- Ewa Michalska-Brandt (FCA Powertrain Poland Sp. z o.o.) – przewodnicząca Rady
- Piotr Szczepański (Avio Polska Sp. z o.o.)
- prof. Jan Gąsienica-Mróz (Akademia Techniczno-Humanistyczna w Bielsku-Białej)

W dyskusji członkowie zwracali uwagę na rosnące koszty energii oraz brak wykwalifikowanych pracowników. Zarząd zobowiązał się przygotować do końca roku wspólną ofertę zakupu energii dla firm członkowskich i rozszerzyć współpracę ze szkołami branżowymi z powiatu bielskiego i cieszyńskiego.

2. FORUM DOSTAWCÓW BRANŻY MOTORYZACYJNEJ – VIII EDYCJA

Forum to największe coroczne spotkanie dostawców z regionu beskidzkiego z producentami samochodów i samolotów. Zapraszamy na VIII Forum Dostawców Branży Motoryzacyjnej, które odbędzie się w czwartek 17 maja 2040 r. w Hotelu Vienna House Dębowiec w Bielsku-Białej.

Program:
09:00  Rejestracja uczestników
09:30  Otwarcie – dr inż. Tadeusz Kowalczyk-Zając, prezes zarządu
10:00  Wystąpienie: „Elektromobilność a łańcuch dostaw w Polsce” – Katarzyna Nowak-Lindgren, dyrektor ds. zakupów, Stellantis Gliwice
11:00  Panel dyskusyjny: „Jak przetrwać transformację?” – moderuje Michał Rzepka (Śląski Związek Pracodawców)
12:30  Lunch
13:30  Spotkania B2B z kupcami (wcześniej umówione)
16:00  Wizyta studyjna w zakładzie Avio Polska
17:30  Zakończenie

Poprzednie edycje forum odbyły się w latach 2032–2039, zawsze w Bielsku-Białej. W ubiegłorocznej edycji wzięło udział 260 osób.

Rejestracja do 11 maja 2040 r. przez formularz na stronie klastra.

3. MISJA GOSPODARCZA DO CZECH

W dniach 6–7 czerwca 2040 r. (środa–czwartek) organizujemy misję gospodarczą do Ostrawy i Zlína, Partnerzy misji: Moravskoslezský automobilový klastr, z.s. oraz Śląskie Centrum Przedsiębiorczości. Program obejmuje także spotkanie w regionalnej agencji rozwoju w Ostrawie. Uczestnicy odwiedzą Hyundai Motor Manufacturing Czech oraz Uniwersytet Tomasza Baty w Zlínie. Liczba miejsc ograniczona do 15 firm.

4. WNIOSKI Z WARSZTATÓW „KADRY DLA PRZEMYSŁU”

Warsztaty, które współorganizował Powiatowy Urząd Pracy w Bielsku-Białej, odbyły się 12 kwietnia 2040 r. i zakończyły się następującymi wnioskami:
1. Szkoły branżowe potrzebują nowoczesnego sprzętu od firm członkowskich.
2. Praktyki powinny trwać co najmniej trzy miesiące.
3. Klaster powinien prowadzić wspólną bazę ofert staży.

5. NOWI CZŁONKOWIE

Witamy w klastrze: Bestcast Odlewnia Sp. z o.o. (Czechowice-Dziedzice), Instytut Lotnictwa – Łukasiewicz (oddział w Bielsku-Białej) oraz firmę Aero-Tech Beskidy s.c.

6. KALENDARZ
17.05.2040 – VIII Forum Dostawców, Bielsko-Biała
06–07.06.2040 – misja gospodarcza do Czech (Ostrava, Zlín)
21.06.2040 – posiedzenie Rady Klastra (czwartek), Bielsko-Biała

-------------------------------------------------------------
Biuro Klastra: ul. Legionów 6, 43-300 Bielsko-Biała | biuro@bkmil.example.pl
Biuletyn wysyłamy członkom i partnerom klastra. Rezygnacja z subskrypcji: odpowiedz „STOP”.
"""
write(F, T)
K = "Beskidzki Klaster Motoryzacyjny i Lotniczy"
gold(F,
 [P("Tadeusz Kowalczyk-Zając", "prezes zarządu", K),
  P("Agnieszka Wróbel", "koordynatorka", K),
  P("Bartłomiej Sowa", "wicemarszałek województwa śląskiego", None),
  P("Ewa Michalska-Brandt", "przewodnicząca Rady", K),
  P("Piotr Szczepański", None, "Avio Polska Sp. z o.o."),
  P("Jan Gąsienica-Mróz", None, "Akademia Techniczno-Humanistyczna w Bielsku-Białej"),
  P("Katarzyna Nowak-Lindgren", "dyrektor ds. zakupów", "Stellantis Gliwice"),
  P("Michał Rzepka", None, "Śląski Związek Pracodawców")],
 [O(K), O("FCA Powertrain Poland Sp. z o.o."),
  O("Avio Polska Sp. z o.o."), O("Akademia Techniczno-Humanistyczna w Bielsku-Białej"), O("Stellantis Gliwice"),
  O("Śląski Związek Pracodawców"), O("Moravskoslezský automobilový klastr, z.s."), O("Śląskie Centrum Przedsiębiorczości"),
  O("Hyundai Motor Manufacturing Czech"), O("Uniwersytet Tomasza Baty w Zlínie"),
  O("Powiatowy Urząd Pracy w Bielsku-Białej"), O("Bestcast Odlewnia Sp. z o.o."), O("Instytut Lotnictwa – Łukasiewicz"),
  O("Aero-Tech Beskidy s.c.")],
 [E("Walne Zgromadzenie Członków Beskidzkiego Klastra Motoryzacyjnego i Lotniczego", "2040-04-25", None, "Bielsko-Biała", "Poland"),
  E("VIII Forum Dostawców Branży Motoryzacyjnej", "2040-05-17", None, "Bielsko-Biała", "Poland"),
  E("Spotkania B2B z kupcami", "2040-05-17", None, "Bielsko-Biała", "Poland"),
  E("Wizyta studyjna w zakładzie Avio Polska", "2040-05-17", None, None, None),
  E("misja gospodarcza do Czech", "2040-06-06", "2040-06-07", "Ostrava, Zlín", "Czechia"),
  E("Warsztaty", "2040-04-12", None, "Bielsko-Biała", "Poland"),
  E("posiedzenie Rady Klastra", "2040-06-21", None, "Bielsko-Biała", "Poland")],
 ["2040-05", "2040-05-10", "2040-04-25", "2039", "2040", "2040/2045", "2040/2043", "2040-05-17", "2032/2039",
  "2040-05-11", "2040-06-06/2040-06-07", "2040-04-12", "2040-06-21"],
 ["Szkoły branżowe potrzebują nowoczesnego sprzętu od firm członkowskich",
  "Praktyki powinny trwać co najmniej trzy miesiące",
  "Klaster powinien prowadzić wspólną bazę ofert staży",
  "uchwała nr 1/2040 w sprawie zatwierdzenia sprawozdania finansowego za rok 2039",
  "uchwała nr 2/2040 w sprawie udzielenia absolutorium członkom Zarządu",
  "uchwała nr 3/2040 w sprawie przyjęcia Strategii Rozwoju Klastra na lata 2040–2045",
  "uchwała nr 4/2040 w sprawie wyboru Rady Klastra na kadencję 2040–2043"],
 pub="2040-05-10")
