from h import *
F = 'g13_ostroleka_klaster_meblowy_wydarzenia.txt'
assert wd(2037,3,10)=='Tuesday' and wd(2037,3,24)=='Tuesday' and wd(2037,4,16)=='Thursday' and wd(2037,4,17)=='Friday'
assert wd(2037,5,19)=='Tuesday' and wd(2037,6,3)=='Wednesday'
T = """Kurpiowski Klaster Meblowy – Aktualności i kalendarz wydarzeń
Strona główna » O klastrze » Członkowie » Wydarzenia » Kontakt

Ostrołęka, 2 marca 2037 r.

ZAPRASZAMY NA WIOSENNE WYDARZENIA KLASTRA

Szanowni Państwo,
przedstawiamy kalendarz wydarzeń Kurpiowskiego Klastra Meblowego (KKM) na wiosnę 2037 roku. Udział w spotkaniach dla członków klastra jest bezpłatny. Zgłoszenia przyjmuje biuro klastra do tygodnia przed każdym wydarzeniem.

1. Szkolenie „Paszport cyfrowy produktu w branży meblarskiej"
wtorek, 10 marca 2037 r., godz. 9:00–15:00, Ostrołęka, siedziba Ostrołęckiej Izby Gospodarczej
Prowadzący: dr inż. Michał Kaczyński, Sieć Badawcza Łukasiewicz – Poznański Instytut Technologiczny.

2. Posiedzenie Zarządu Klastra
wtorek, 24 marca 2037 r., godz. 16:00, biuro klastra
Porządek obrad: przyjęcie sprawozdania za 2036 rok, przygotowanie Walnego Zgromadzenia, sprawy członkowskie.

3. VI Forum Meblarskie Północnego Mazowsza
16–17 kwietnia 2037 r. (czwartek–piątek), Ostrołęka, Centrum Kultury i Sztuki oraz zakłady członków klastra

Program ramowy:
czwartek, 16 kwietnia
10:00 – otwarcie: Łukasz Kurzyna, prezydent Miasta Ostrołęki, oraz Marta Żebrowska-Gadomska, prezes Zarządu Kurpiowskiego Klastra Meblowego
10:30 – wykład „Meble z Kurpiów na rynku skandynawskim" – Henrik Dahlgren, IKEA of Sweden
12:00 – panel dyskusyjny: brak pracowników w stolarniach – co robią szkoły?
14:30 – spotkania B2B z odbiorcami z Niemiec, Szwecji i Litwy
19:00 – kolacja forumowa w Kurpiowskim Dworku w Nowej Wsi
piątek, 17 kwietnia
9:00 – wizyty studyjne w zakładach: Meble Kurpie Sp. z o.o. (Kadzidło) oraz Stolarnia Gawrych s.c. (Myszyniec)
13:00 – zakończenie forum

Partnerzy forum: Mazowiecka Jednostka Wdrażania Programów Unijnych, Ogólnopolska Izba Gospodarcza Producentów Mebli, Politechnika Warszawska – Filia w Płocku.

4. Walne Zgromadzenie Członków Klastra
wtorek, 19 maja 2037 r., godz. 11:00, Ostrołęka, sala konferencyjna Hotelu Aviator
W porządku obrad m.in. wybory uzupełniające do Zarządu (dotychczasowy wiceprezes Zbigniew Dąbrowski złożył rezygnację z funkcji) oraz przyjęcie planu działań na lata 2037–2039.

5. Misja gospodarcza na targi w Kolonii
Wyjazd grupy członków klastra na targi interzum w Kolonii planowany jest na 2–5 czerwca 2037 r. Na stoisku Mazowsza będzie obecny pan Jakub Olszewski, koordynator ds. eksportu KKM. Dzień branżowy dla polskich firm: środa, 3 czerwca 2037 r.

POPRZEDNIE EDYCJE FORUM MEBLARSKIEGO PÓŁNOCNEGO MAZOWSZA
I Forum – Ostrołęka, 22 kwietnia 2032 r.
II Forum – Ostrołęka, 14 kwietnia 2033 r.
III Forum – Przasnysz, 10–11 kwietnia 2034 r.
IV Forum – Ostrołęka, 16–17 kwietnia 2035 r.
V Forum – Kadzidło, 23–24 kwietnia 2036 r.

Z ŻYCIA KLASTRA
W lutym do klastra dołączyły trzy nowe firmy: Tapicernia Sokołowski z Łomży, Bort-Meble Sp. z o.o. z Różana oraz pracownia projektowa Studio Kurpie Design z Ostrołęki. Klaster liczy obecnie 38 członków, w tym 31 przedsiębiorstw, dwie szkoły branżowe, Urząd Miasta Ostrołęki i Starostwo Powiatowe w Ostrołęce.

W styczniu zakończyliśmy badanie potrzeb szkoleniowych. Ankietę wypełniło 27 firm członkowskich. Największym problemem pozostaje brak tapicerów i operatorów maszyn CNC; co druga firma deklaruje, że w ciągu dwóch lat zatrudni co najmniej pięć nowych osób. Wyniki badania posłużą do przygotowania wspólnego programu praktyk z Zespołem Szkół Zawodowych nr 2 w Ostrołęce, który zostanie przedstawiony podczas Forum.

Pani Ewa Nowicka-Prus, wieloletnia koordynatorka klastra, przeszła 1 lutego 2037 r. do Agencji Rozwoju Przemysłu S.A. Jej obowiązki przejęła pani Katarzyna Brzozowska, dotychczasowa specjalistka ds. projektów. Dziękujemy Pani Ewie za jedenaście lat pracy dla klastra.

KONTAKT
Biuro Kurpiowskiego Klastra Meblowego
ul. Gorbatowa 15, 07-410 Ostrołęka
Katarzyna Brzozowska – koordynatorka klastra
tel. 29 000 00 00, e-mail: biuro@kkm.example.pl

Udostępnij: Facebook | LinkedIn | Drukuj
Projekt współfinansowany ze środków Samorządu Województwa Mazowieckiego.
"""
write(F, T)
C="Kurpiowski Klaster Meblowy"
gold(F,
 [P("Michał Kaczyński",None,"Sieć Badawcza Łukasiewicz – Poznański Instytut Technologiczny"),
  P("Łukasz Kurzyna","prezydent Miasta Ostrołęki",None),
  P("Marta Żebrowska-Gadomska","prezes Zarządu",C),
  P("Henrik Dahlgren",None,"IKEA of Sweden"),
  P("Zbigniew Dąbrowski","wiceprezes",C),
  P("Jakub Olszewski","koordynator ds. eksportu","KKM"),
  P("Ewa Nowicka-Prus","koordynatorka klastra",C),
  P("Katarzyna Brzozowska","koordynatorka klastra",C)],
 [O(C,"KKM"), O("Ostrołęckiej Izby Gospodarczej"), O("Sieć Badawcza Łukasiewicz – Poznański Instytut Technologiczny"),
  O("IKEA of Sweden"), O("Meble Kurpie Sp. z o.o."), O("Stolarnia Gawrych s.c."),
  O("Mazowiecka Jednostka Wdrażania Programów Unijnych"), O("Ogólnopolska Izba Gospodarcza Producentów Mebli"),
  O("Politechnika Warszawska – Filia w Płocku"), O("Tapicernia Sokołowski"), O("Bort-Meble Sp. z o.o."),
  O("Studio Kurpie Design"), O("Urząd Miasta Ostrołęki"), O("Zespołem Szkół Zawodowych nr 2 w Ostrołęce"), O("Starostwo Powiatowe w Ostrołęce"),
  O("Agencji Rozwoju Przemysłu S.A."), O("Samorządu Województwa Mazowieckiego")],
 [E("Szkolenie „Paszport cyfrowy produktu w branży meblarskiej\"","2037-03-10",None,"Ostrołęka","Poland"),
  E("Posiedzenie Zarządu Klastra","2037-03-24",None,"Ostrołęka","Poland"),
  E("VI Forum Meblarskie Północnego Mazowsza","2037-04-16","2037-04-17","Ostrołęka","Poland"),
  E("spotkania B2B","2037-04-16",None,"Ostrołęka","Poland"),
  E("kolacja forumowa","2037-04-16",None,"Nowej Wsi","Poland"),
  E("wizyty studyjne","2037-04-17",None,"Kadzidło, Myszyniec","Poland"),
  E("Walne Zgromadzenie Członków Klastra","2037-05-19",None,"Ostrołęka","Poland"),
  E("Misja gospodarcza na targi w Kolonii","2037-06-02","2037-06-05","Kolonii","Germany"),
  E("interzum","2037-06-02","2037-06-05","Kolonii","Germany"),
  E("Dzień branżowy dla polskich firm","2037-06-03",None,"Kolonii","Germany"),
  E("I Forum","2032-04-22",None,"Ostrołęka","Poland"),
  E("II Forum","2033-04-14",None,"Ostrołęka","Poland"),
  E("III Forum","2034-04-10","2034-04-11","Przasnysz","Poland"),
  E("IV Forum","2035-04-16","2035-04-17","Ostrołęka","Poland"),
  E("V Forum","2036-04-23","2036-04-24","Kadzidło","Poland")],
 ["2037-03-02","2037","2037-03-10","2037-03-24","2036","2037-04-16/2037-04-17","2037-04-16","2037-04-17","2037-05-19",
  "2037/2039","2037-06-02/2037-06-05","2037-06-03","2032-04-22","2033-04-14","2034-04-10/2034-04-11","2035-04-16/2035-04-17",
  "2036-04-23/2036-04-24","2037-02","2037-02-01","2037-01"],
 [], pub="2037-03-02")
