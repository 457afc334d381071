from h import *
F = 'g13_warmia_klaster_meblarski_o_nas.md'
assert wd(2040,3,5)=='Monday' and wd(2040,4,19)=='Thursday'
T = """[Strona główna](/) / [O nas](/o-nas) / Historia klastra

# O nas – Warmińsko-Mazurski Klaster Meblarski

*Aktualizacja: 5 marca 2040 r.* | [Pobierz prezentację PDF](/klaster.pdf) | [EN](/en/about)

Warmińsko-Mazurski Klaster Meblarski (WMKM) zrzesza producentów mebli, tartaki, dostawców okuć i tkanin, biura projektowe, szkoły zawodowe i uczelnie z województwa warmińsko-mazurskiego. Koordynatorem klastra jest Stowarzyszenie Producentów Mebli Warmii i Mazur z siedzibą w Olsztynie. Dziś klaster liczy 71 członków, którzy razem zatrudniają ponad 14 tysięcy osób.

## Historia

**2027** – Z inicjatywy sześciu firm z Olsztyna, Ostródy i Lubawy powstaje porozumienie o współpracy. Koordynuje je Henryk Kowalczyk, założyciel firmy Meble Kowalczyk Sp. z o.o.

**2029** – Klaster przyjmuje formę stowarzyszenia. Walne Zgromadzenie wybiera pierwszy Zarząd. Pierwsza prezes: Barbara Nowicka (Fabryka Mebli Ostróda S.A.).

**2031** – Uniwersytet Warmińsko-Mazurski w Olsztynie i klaster otwierają wspólne Laboratorium Badań Mebli. Kierownik laboratorium: dr inż. Tomasz Sadowski (Wydział Nauk Technicznych UWM).

**2033** – Ministerstwo Rozwoju i Technologii przyznaje klastrowi status Krajowego Klastra Kluczowego na lata 2033–2036.

**2034–2037** – Klaster realizuje projekt Interreg Południowy Bałtyk „FURN-CIRC” razem z Möbelcluster Schleswig-Holstein, szwedzkim klastrem Trä- och Möbelföretagen Småland oraz litewską Asociacija „Lietuvos baldai”.

**2036** – Zarząd zatrudnia pierwszą zawodową menedżerkę klastra, Agnieszkę Wiśniewską, wcześniej dyrektor ds. eksportu w firmie Szynaka-Meble Sp. z o.o.

**2038** – Klaster otrzymuje Złotą Etykietę ECEI (European Cluster Excellence Initiative). Gala wręczenia: Bruksela, listopad 2038.

**2039** – Walne Zgromadzenie 19 kwietnia 2039 r. wybiera nowy Zarząd na kadencję 2039–2043. Prezesem zostaje Paweł Zieliński (Meble Lubawa Design Sp. z o.o.).

## Zarząd (kadencja 2039–2043)

- **Paweł Zieliński** – Prezes Zarządu, Meble Lubawa Design Sp. z o.o.
- **Joanna Grabowska** – Wiceprezes Zarządu, Tartak Warmia S.A.
- **Krzysztof Dąbrowski** – Członek Zarządu, Okucia Mazury Sp. j.
- **Ewa Lewandowska** – Członek Zarządu, Zespół Szkół Drzewnych w Nowym Mieście Lubawskim
- **prof. dr hab. Marek Wójcik** – Członek Zarządu, Uniwersytet Warmińsko-Mazurski w Olsztynie

Komisja Rewizyjna: Adam Kamiński (przewodniczący), Małgorzata Pawlak, Robert Szymański.

## Biuro klastra

- **Agnieszka Wiśniewska** – menedżerka klastra
- **Michał Wróbel** – specjalista ds. projektów międzynarodowych
- **Katarzyna Jabłońska** – specjalistka ds. szkoleń i kadr
- **Oliwia Kozłowska** – komunikacja i media społecznościowe

## Nasi partnerzy

Samorząd Województwa Warmińsko-Mazurskiego, Warmińsko-Mazurska Agencja Rozwoju Regionalnego S.A. (WMARR), Ogólnopolska Izba Gospodarcza Drzewnictwa, Polska Agencja Inwestycji i Handlu (PAIH), Olsztyński Park Naukowo-Technologiczny.

## Co robimy

Organizujemy wspólne stoiska na targach w Kolonii, Mediolanie i Poznaniu, prowadzimy Akademię Tapicera dla młodzieży, wspieramy firmy w cyfryzacji i w raportowaniu śladu węglowego. Od 2037 roku wydajemy kwartalnik „Meble z Warmii”.

## Wnioski z 13 lat działalności

Na jubileusz klastra przygotowaliśmy krótkie podsumowanie. Najważniejsze wnioski:

1. Wspólne stoiska targowe przyniosły członkom więcej nowych klientów niż jakakolwiek inna usługa klastra.
2. Brak wykwalifikowanych tapicerów i stolarzy jest dziś główną barierą wzrostu branży w regionie.
3. Współpraca z uczelnią działa najlepiej, gdy firmy współfinansują konkretne badania, a nie ogólne programy.
4. Małe firmy potrzebują pomocy przy raportowaniu śladu węglowego, którego wymagają od nich duzi odbiorcy.

## Członkowie według branż

Producenci mebli tapicerowanych i skrzyniowych: 29 firm. Tartaki i producenci płyt: 9. Dostawcy okuć, pianek i tkanin: 14. Biura projektowe i agencje marketingowe: 8. Szkoły zawodowe, uczelnie i instytucje otoczenia biznesu: 11. Największym członkiem jest Fabryka Mebli Ostróda S.A., która zatrudnia 2 300 osób; najmniejszym – jednoosobowa pracownia projektowa z Lidzbarka Warmińskiego. Członkostwo jest otwarte dla każdej firmy z branży drzewno-meblarskiej z regionu, a składka roczna zależy od liczby pracowników.

## Najbliższe wydarzenie

Czwartek, 19 kwietnia 2040 r., godz. 11:00 – Walne Zgromadzenie Członków oraz jubileusz 13-lecia klastra, Centrum Konferencyjne UWM, Olsztyn. Po obradach: zwiedzanie Laboratorium Badań Mebli i kolacja jubileuszowa o godz. 19:00.

---
Warmińsko-Mazurski Klaster Meblarski · ul. Lubelska 0, 10-000 Olsztyn · NIP 000-000-00-00 · biuro@wmkm.example.pl · tel. 89 000 00 00
[Polityka prywatności](/rodo) · [Cookies](/cookies) · Udostępnij: [Facebook](#) [LinkedIn](#)
"""
write(F, T)
K='Warmińsko-Mazurski Klaster Meblarski'; U='Uniwersytet Warmińsko-Mazurski w Olsztynie'
gold(F,
 [P('Henryk Kowalczyk','założyciel','Meble Kowalczyk Sp. z o.o.'), P('Barbara Nowicka','prezes','Warmińsko-Mazurski Klaster Meblarski'),
  P('Tomasz Sadowski','Kierownik laboratorium','Laboratorium Badań Mebli'),
  P('Agnieszka Wiśniewska','menedżerka klastra',K), P('Paweł Zieliński','Prezes Zarządu','Warmińsko-Mazurski Klaster Meblarski'),
  P('Joanna Grabowska','Wiceprezes Zarządu','Warmińsko-Mazurski Klaster Meblarski'), P('Krzysztof Dąbrowski','Członek Zarządu','Warmińsko-Mazurski Klaster Meblarski'),
  P('Ewa Lewandowska','Członek Zarządu','Warmińsko-Mazurski Klaster Meblarski'),
  P('Marek Wójcik','Członek Zarządu',"Warmińsko-Mazurski Klaster Meblarski"), P('Adam Kamiński','przewodniczący',K),
  P('Małgorzata Pawlak',None,K), P('Robert Szymański',None,K),
  P('Michał Wróbel','specjalista ds. projektów międzynarodowych',K), P('Katarzyna Jabłońska','specjalistka ds. szkoleń i kadr',K),
  P('Oliwia Kozłowska','komunikacja i media społecznościowe',K)],
 [O(K,'WMKM'), O('Stowarzyszenie Producentów Mebli Warmii i Mazur'), O('Meble Kowalczyk Sp. z o.o.'),
  O('Fabryka Mebli Ostróda S.A.'), O(U,'UWM'), O('Laboratorium Badań Mebli'), O('Wydział Nauk Technicznych UWM'),
  O('Ministerstwo Rozwoju i Technologii'), O('Möbelcluster Schleswig-Holstein'), O('Trä- och Möbelföretagen Småland'),
  O('Asociacija „Lietuvos baldai”'), O('Szynaka-Meble Sp. z o.o.'), O('European Cluster Excellence Initiative','ECEI'),
  O('Meble Lubawa Design Sp. z o.o.'), O('Tartak Warmia S.A.'), O('Okucia Mazury Sp. j.'),
  O('Zespół Szkół Drzewnych w Nowym Mieście Lubawskim'), O('Samorząd Województwa Warmińsko-Mazurskiego'),
  O('Warmińsko-Mazurska Agencja Rozwoju Regionalnego S.A.','WMARR'), O('Ogólnopolska Izba Gospodarcza Drzewnictwa'),
  O('Polska Agencja Inwestycji i Handlu','PAIH'), O('Olsztyński Park Naukowo-Technologiczny')],
 [E('Gala wręczenia','2038-11',None,'Bruksela','Belgium'),
  E('Walne Zgromadzenie','2039-04-19',None,None,None),
  E('Walne Zgromadzenie Członków oraz jubileusz 13-lecia klastra','2040-04-19',None,'Olsztyn','Poland'),
  E('zwiedzanie Laboratorium Badań Mebli','2040-04-19',None,'Olsztyn','Poland'),
  E('kolacja jubileuszowa','2040-04-19',None,'Olsztyn','Poland')],
 ['2040-03-05','2027','2029','2031','2033','2033/2036','2034/2037','2036','2038','2038-11','2039','2039-04-19','2039/2043','2037','2040-04-19'],
 ['Wspólne stoiska targowe przyniosły członkom więcej nowych klientów niż jakakolwiek inna usługa klastra',
  'Brak wykwalifikowanych tapicerów i stolarzy jest dziś główną barierą wzrostu branży w regionie',
  'Współpraca z uczelnią działa najlepiej, gdy firmy współfinansują konkretne badania, a nie ogólne programy',
  'Małe firmy potrzebują pomocy przy raportowaniu śladu węglowego, którego wymagają od nich duzi odbiorcy'], pub='2040-03-05')
