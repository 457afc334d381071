from h import *
F = 'g05_swietokrzyski_klaster_protokol_wz.txt'
assert wd(2037,5,21)=='Thursday' and wd(2037,6,4)=='Thursday'
T = """PROTOKÓŁ nr 1/2037
z Walnego Zebrania Członków Stowarzyszenia „Świętokrzyski Klaster Metalowo-Odlewniczy"
odbytego w dniu 21 maja 2037 r. (czwartek) w Starachowicach, w sali konferencyjnej Starachowickiej Specjalnej Strefy Ekonomicznej, ul. Radomska 29

Początek obrad: godz. 11:00. Zakończenie: godz. 14:40.

1. Otwarcie zebrania i wybór przewodniczącego
Zebranie otworzył Prezes Zarządu, pan Zbigniew KOWALCZYK (Odlewnia Żeliwa Kamienna Sp. z o.o.). Na przewodniczącą zebrania wybrano jednogłośnie panią Annę Nowak-Zielińską (Kancelaria Radców Prawnych Nowak-Zielińska i Wspólnicy, Kielce), a na protokolanta pana Łukasza Wójcika, specjalistę ds. członkowskich w biurze Klastra.
Przewodnicząca stwierdziła, że na 61 członków obecnych jest 43 członków osobiście lub przez pełnomocników, zebranie zostało zwołane prawidłowo i jest zdolne do podejmowania uchwał.

2. Przyjęcie porządku obrad
Porządek obrad przyjęto bez zmian.

3. Sprawozdanie Zarządu za rok 2036
Prezes Zbigniew Kowalczyk przedstawił sprawozdanie z działalności. W 2036 r. do Klastra przystąpiło siedmiu nowych członków, m.in. Politechnika Świętokrzyska, Huta Ostrowiec Serwis S.A. oraz Centrum Kształcenia Zawodowego w Skarżysku-Kamiennej. Klaster zrealizował projekt „Odlewnia 5.0" wspólnie z Sieć Badawcza Łukasiewicz – Krakowski Instytut Technologiczny oraz zorganizował Świętokrzyskie Forum Odlewnicze w Kielcach (14–15 października 2036 r.). Prezes poinformował, że po dwóch kadencjach nie będzie ubiegał się o ponowny wybór.

4. Sprawozdanie Komisji Rewizyjnej
Przewodniczący Komisji Rewizyjnej, pan Marek Sobczyk (Biuro Rachunkowe Sobczyk, Ostrowiec Świętokrzyski), odczytał sprawozdanie i wniósł o udzielenie absolutorium członkom Zarządu.

5. Wybory Zarządu na kadencję 2037–2041
Zgłoszono pięciu kandydatów na pięć miejsc. W głosowaniu tajnym wybrano:
– dr inż. Katarzyna Mazur-Lis (Politechnika Świętokrzyska) – 41 głosów,
– Tomasz Zając (Zakłady Mechaniczne Skarżysko S.A.) – 40 głosów,
– Piotr Gołąb (Huta Ostrowiec Serwis S.A.) – 39 głosów,
– Magdalena Krawczyk (Metal-Form Końskie Sp. z o.o.) – 38 głosów,
– Robert Dudek (Odlewnia Precyzyjna Dudek, Suchedniów) – 36 głosów.
Po przerwie nowy Zarząd ukonstytuował się następująco: Prezes Zarządu – Katarzyna Mazur-Lis; Wiceprezes Zarządu – Tomasz Zając; Skarbnik – Magdalena Krawczyk; Członkowie Zarządu – Piotr Gołąb i Robert Dudek.

6. Wybory Komisji Rewizyjnej
Do Komisji Rewizyjnej wybrano ponownie Marka Sobczyka oraz dwie nowe osoby:
– członek Komisji Rewizyjnej: Joanna Kwiatkowska (Urząd Miasta Starachowice),
– członek Komisji Rewizyjnej: Ewa Stępień (Świętokrzyska Izba Rzemiosła i Przedsiębiorczości).
Komisja wybrała ponownie Marka Sobczyka na swojego przewodniczącego.

7. Sprawy bieżące
Dyrektor biura Klastra, pani Agnieszka Banaś, przedstawiła plan działań na 2037 r., w tym udział w targach Metal w Kielcach oraz wyjazd studyjny do klastra odlewniczego w Ostrawie (Ostrava, Republika Czeska) w dniach 29–30 września 2037 r. W dyskusji pan Henryk Michalski (Zakłady Mechaniczne Skarżysko S.A.) zwrócił uwagę na brak spawaczy i operatorów maszyn CNC w regionie i zaproponował, aby Klaster wspólnie ze szkołami branżowymi przygotował program staży wakacyjnych. Pani Beata Orłowska z Urzędu Marszałkowskiego Województwa Świętokrzyskiego poinformowała, że nabór wniosków na wsparcie powiązań kooperacyjnych ruszy jesienią, a klastry o statusie Krajowego Klastra Kluczowego otrzymają dodatkowe punkty. Członkowie poprosili Zarząd o przygotowanie wniosku o ten status do końca roku.
Pan Wiesław Kubicki, członek założyciel, podziękował ustępującemu Prezesowi za dwie kadencje pracy i wręczył mu pamiątkowy odlew herbu Starachowic.

PODJĘTE UCHWAŁY
Uchwała nr 1/2037 – w sprawie zatwierdzenia sprawozdania Zarządu i sprawozdania finansowego za rok 2036
Uchwała nr 2/2037 – w sprawie udzielenia absolutorium członkom Zarządu
Uchwała nr 3/2037 – w sprawie wyboru Zarządu na kadencję 2037–2041
Uchwała nr 4/2037 – w sprawie wyboru Komisji Rewizyjnej
Uchwała nr 5/2037 – w sprawie podwyższenia składki członkowskiej do 1 800 zł rocznie od 1 stycznia 2038 r.

8. Zamknięcie zebrania
Następne posiedzenie Zarządu wyznaczono na 4 czerwca 2037 r. (czwartek) w Kielcach. Na tym zebranie zakończono.

Przewodnicząca zebrania: Anna Nowak-Zielińska
Protokolant: Łukasz Wójcik
Starachowice, 21.05.2037
"""
write(F, T)
K="Świętokrzyski Klaster Metalowo-Odlewniczy"
gold(F,
 [P("Zbigniew KOWALCZYK","Prezes Zarządu",K), P("Anna Nowak-Zielińska","przewodniczącą zebrania",None),
  P("Łukasz Wójcik","specjalistę ds. członkowskich",K), P("Marek Sobczyk","Przewodniczący Komisji Rewizyjnej",K),
  P("Katarzyna Mazur-Lis","Prezes Zarządu",K), P("Tomasz Zając","Wiceprezes Zarządu",K), P("Piotr Gołąb","Członkowie Zarządu",K),
  P("Magdalena Krawczyk","Skarbnik",K), P("Robert Dudek","Członkowie Zarządu",K),
  P("Joanna Kwiatkowska","członek Komisji Rewizyjnej",K), P("Ewa Stępień","członek Komisji Rewizyjnej",K), P("Henryk Michalski",None,"Zakłady Mechaniczne Skarżysko S.A."), P("Beata Orłowska",None,"Urzędu Marszałkowskiego Województwa Świętokrzyskiego"),
  P("Agnieszka Banaś","Dyrektor biura Klastra",K), P("Wiesław Kubicki","członek założyciel",K)],
 [O(K), O("Urzędu Marszałkowskiego Województwa Świętokrzyskiego"),
  O("Odlewnia Żeliwa Kamienna Sp. z o.o."), O("Kancelaria Radców Prawnych Nowak-Zielińska i Wspólnicy"),
  O("Politechnika Świętokrzyska"), O("Huta Ostrowiec Serwis S.A."), O("Centrum Kształcenia Zawodowego w Skarżysku-Kamiennej"),
  O("Sieć Badawcza Łukasiewicz – Krakowski Instytut Technologiczny"), O("Biuro Rachunkowe Sobczyk"),
  O("Zakłady Mechaniczne Skarżysko S.A."), O("Metal-Form Końskie Sp. z o.o."), O("Odlewnia Precyzyjna Dudek"),
  O("Urząd Miasta Starachowice"), O("Świętokrzyska Izba Rzemiosła i Przedsiębiorczości")],
 [E("Walne Zebranie Członków","2037-05-21",None,"Starachowice","Poland"),
  E("Świętokrzyskie Forum Odlewnicze","2036-10-14","2036-10-15","Kielce","Poland"),
  E("targi Metal",None,None,"Kielce","Poland"),
  E("wyjazd studyjny do klastra odlewniczego w Ostrawie","2037-09-29","2037-09-30","Ostrava","Czechia"),
  E("posiedzenie Zarządu","2037-06-04",None,"Kielce","Poland")],
 ["2037-05-21","2036","2036-10-14/2036-10-15","2037/2041","2037","2037-09-29/2037-09-30","2038-01-01","2037-06-04"],
 ["Uchwała nr 1/2037 – w sprawie zatwierdzenia sprawozdania Zarządu i sprawozdania finansowego za rok 2036",
  "Uchwała nr 2/2037 – w sprawie udzielenia absolutorium członkom Zarządu",
  "Uchwała nr 3/2037 – w sprawie wyboru Zarządu na kadencję 2037–2041",
  "Uchwała nr 4/2037 – w sprawie wyboru Komisji Rewizyjnej",
  "Uchwała nr 5/2037 – w sprawie podwyższenia składki członkowskiej do 1 800 zł rocznie od 1 stycznia 2038 r"],
 pub="2037-05-21")
