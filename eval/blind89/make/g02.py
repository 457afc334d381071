from h import *
F = 'g02_podlaskie_forum_drzewne_edycje.md'
assert wd(2037,9,24)=='Thursday' and wd(2037,9,25)=='Friday' and wd(2036,9,18)=='Thursday' and wd(2035,10,4)=='Thursday'
T = """[Strona główna](/) › [Wydarzenia](/wydarzenia) › Forum Drzewne Podlasia

# Forum Drzewne Podlasia – wszystkie edycje

*Opublikowano: 12 maja 2037 · Autor: Biuro Klastra · Kategoria: Wydarzenia*

Forum Drzewne Podlasia to coroczne spotkanie firm z branży meblarskiej, tartacznej i budownictwa drewnianego z województwa podlaskiego i krajów sąsiednich. Organizatorem jest Podlaski Klaster Drzewny we współpracy z Politechniką Białostocką oraz Podlaską Fundacją Rozwoju Regionalnego (PFRR). Forum łączy część konferencyjną, giełdę kooperacyjną i wizyty w zakładach członków klastra.

## Najbliższa edycja: VIII Forum – 24–25 września 2037, Hajnówka

**Miejsce:** Hajnowski Dom Kultury, ul. Marszałka J. Piłsudskiego 10, Hajnówka
**Temat przewodni:** Drewno w budownictwie wielorodzinnym

Wstępny program:

- **czwartek, 24 września 2037**
  - 9:30 rejestracja uczestników, kawa
  - 10:00 otwarcie – Marek Ostrowski, prezes zarządu Podlaskiego Klastra Drzewnego
  - 10:20 wykład wprowadzający: dr hab. inż. Joanna Wierzbicka, prof. PB, Wydział Budownictwa i Nauk o Środowisku Politechniki Białostockiej
  - 11:30 panel: Prefabrykacja w małych zakładach
  - 13:00 obiad
  - 14:00 giełda kooperacyjna B2B (spotkania 20-minutowe)
  - 19:00 kolacja forum w restauracji Carska, Białowieża
- **piątek, 25 września 2037**
  - 9:00 wizyty studyjne w zakładach: Stolbud Hajnówka sp. z o.o. oraz Tartak Puszcza sp.j.
  - 13:00 zakończenie

Zgłoszenia do giełdy kooperacyjnej przyjmujemy do 4 września 2037. Opłata: 350 zł netto dla członków klastra, 590 zł netto dla pozostałych.

### Dojazd i noclegi

Hajnówka leży około 65 km na południowy wschód od Białegostoku. W dniu rozpoczęcia Forum z dworca PKS w Białymstoku odjedzie bezpłatny autobus dla uczestników (wyjazd o 8:00). Dla gości z dalszych regionów zarezerwowaliśmy pulę pokoi w hotelu Żubrówka w Białowieży oraz w pensjonatach w Hajnówce; przy rezerwacji prosimy podać hasło „Forum Drzewne”. Pula pokoi jest utrzymywana do końca sierpnia.

## Poprzednie edycje

| Edycja | Data | Miejsce | Temat | Uczestnicy |
|---|---|---|---|---|
| VII | 18 września 2036 | Białystok | Cyfryzacja tartaków | 212 |
| VI | 4 października 2035 | Augustów | Meble na eksport | 187 |
| V | 27–28 września 2034 | Bielsk Podlaski | Kadry dla przemysłu drzewnego | 164 |
| IV | 2033 | Łomża | Energia z biomasy | 150 |
| III | 2032 | Suwałki | Gospodarka obiegu zamkniętego | 120 |
| I–II | 2030–2031 | Białystok | – | – |

### VII Forum (2036) w skrócie

Siódma edycja odbyła się w Białymstoku w hali Podlaskiego Parku Naukowo-Technologicznego. Gościem specjalnym była Kristiina Lepik z estońskiego klastra Estonian Woodhouse Association, która przedstawiła doświadczenia z budową szkół z drewna klejonego krzyżowo. Podczas giełdy odbyło się 96 spotkań B2B. Nagrodę „Podlaski Stolarz Roku” odebrał Andrzej Kuźmicz z firmy Meblotex Kuźmicz.

Najważniejsze wnioski z VII Forum:

1. Małe tartaki potrzebują wspólnej platformy do sprzedaży drewna konstrukcyjnego.
2. Szkoły zawodowe w regionie powinny otworzyć klasy o profilu cieśla-monter.
3. Klaster powinien przygotować wspólny katalog wyrobów na targi zagraniczne.

### VI Forum (2035)

Forum w Augustowie poświęcone było eksportowi mebli na rynki skandynawskie. Wystąpił m.in. Lars Holmgren z duńskiej organizacji Danish Furniture Makers' Association. Zdjęcia: Piotr Sawicki.

## Kontakt

Koordynatorka Forum: **Anna Jaroszewicz**, specjalistka ds. wydarzeń
Podlaski Klaster Drzewny, ul. Kleeberga 20, 15-691 Białystok
forum@klasterdrzewny.example.pl · tel. +48 85 000 00 00

Partnerzy: Politechnika Białostocka · Podlaska Fundacja Rozwoju Regionalnego · Urząd Marszałkowski Województwa Podlaskiego · Enterprise Europe Network przy PFRR

Udostępnij: Facebook · LinkedIn · e-mail

---
© 2037 Podlaski Klaster Drzewny · [Polityka prywatności](/polityka) · Ta strona używa plików cookies.
"""
write(F, T)
K='Podlaski Klaster Drzewny'
gold(F,
 [P("Marek Ostrowski","prezes zarządu",K),
  P("Joanna Wierzbicka",None,"Politechnika Białostocka"),
  P("Kristiina Lepik",None,"Estonian Woodhouse Association"),
  P("Andrzej Kuźmicz",None,"Meblotex Kuźmicz"),
  P("Lars Holmgren",None,"Danish Furniture Makers' Association"),
  P("Piotr Sawicki",None,None),
  P("Anna Jaroszewicz","Koordynatorka Forum",K)],
 [O(K), O("Politechnika Białostocka"), O("Podlaska Fundacja Rozwoju Regionalnego","PFRR"),
  O("Wydział Budownictwa i Nauk o Środowisku"), O("Stolbud Hajnówka sp. z o.o."), O("Tartak Puszcza sp.j."),
  O("Podlaskiego Parku Naukowo-Technologicznego"), O("Estonian Woodhouse Association"), O("Meblotex Kuźmicz"),
  O("Danish Furniture Makers' Association"), O("Urząd Marszałkowski Województwa Podlaskiego"),
  O("Enterprise Europe Network"), O("Żubrówka")],
 [E("VIII Forum Drzewne Podlasia","2037-09-24","2037-09-25","Hajnówka","Poland"),
  E("giełda kooperacyjna B2B","2037-09-24",None,"Hajnówka","Poland"),
  E("kolacja forum","2037-09-24",None,"Białowieża","Poland"),
  E("wizyty studyjne w zakładach","2037-09-25",None,"Hajnówka","Poland"),
  E("VII Forum Drzewne Podlasia","2036-09-18",None,"Białystok","Poland"),
  E("VI Forum Drzewne Podlasia","2035-10-04",None,"Augustów","Poland"),
  E("V Forum Drzewne Podlasia","2034-09-27","2034-09-28","Bielsk Podlaski","Poland"),
  E("IV Forum Drzewne Podlasia","2033",None,"Łomża","Poland"),
  E("III Forum Drzewne Podlasia","2032",None,"Suwałki","Poland"),
  E("I Forum Drzewne Podlasia","2030",None,"Białystok","Poland"),
  E("II Forum Drzewne Podlasia","2031",None,"Białystok","Poland")],
 ["2037-05-12","2037-08","2037-09-24/2037-09-25","2037-09-24","2037-09-25","2037-09-04","2036-09-18","2035-10-04",
  "2034-09-27/2034-09-28","2033","2032","2030/2031","2036","2035"],
 ["Małe tartaki potrzebują wspólnej platformy do sprzedaży drewna konstrukcyjnego",
  "Szkoły zawodowe w regionie powinny otworzyć klasy o profilu cieśla-monter",
  "Klaster powinien przygotować wspólny katalog wyrobów na targi zagraniczne"], "2037-05-12")
