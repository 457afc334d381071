from h import *
F = 'aktualnosci_konferencja-KSWJ-Ostroda-2034.txt'
T = '''
Aktualności › Wydarzenia

„Łodzie z Mazur dla Europy” – za nami V Konferencja Klastra Szkutniczego Wielkich Jezior

Opublikowano: 14.10.2034 | Autor: Redakcja KSWJ | Czas czytania: 4 min

Ponad 220 uczestników, 18 prelegentów z sześciu krajów i 46 spotkań B2B – tak w liczbach wyglądała tegoroczna, piąta edycja konferencji Klastra Szkutniczego Wielkich Jezior (KSWJ), która odbyła się w dniach 9–10 października 2034 r. w Ostródzie. Tematem przewodnim były „Łodzie z Mazur dla Europy: elektryfikacja, kompozyty i rynki eksportowe”.

Konferencję otworzyli prezes zarządu klastra Wojciech Zabłocki, właściciel stoczni Zabłocki Yachts Sp. z o.o. z Giżycka, oraz wicemarszałek województwa warmińsko-mazurskiego Ewa Sokołowska-Bartnik. – Województwo warmińsko-mazurskie buduje co roku kilka tysięcy jachtów i łodzi motorowych, a większość z nich trafia na eksport. Naszym zadaniem jest, by za dziesięć lat były to przede wszystkim łodzie elektryczne i w pełni nadające się do recyklingu – mówił Wojciech Zabłocki.

Pierwszy dzień: elektryfikacja i kompozyty

Wykład otwierający wygłosił dr hab. inż. Marek Lipiński, prof. UWM, z Wydziału Nauk Technicznych Uniwersytetu Warmińsko-Mazurskiego w Olsztynie, który przedstawił wyniki badań nad kadłubami z kompozytów lnianych. W panelu „Napęd elektryczny na śródlądziu” udział wzięli: Agnieszka Rutkowska, dyrektor ds. rozwoju w firmie Volta Marine Drives Sp. z o.o. (Olsztyn), Henrik Aaltonen z fińskiej firmy Saimaa E-Boats Oy, Thomas Brückner z Bundesverband Wassersportwirtschaft oraz kpt. Jerzy Mróz, komendant Mazurskiego Ochotniczego Pogotowia Ratunkowego. Dyskusję moderowała Katarzyna Wiśniewska-Dąb, menedżerka klastra.

Po południu uczestnicy mogli zwiedzić hale produkcyjne dwóch stoczni członkowskich w Ostródzie: Drwęca Boats S.A. i Jachty Pojezierze Sp. z o.o.

Drugi dzień: rynki i finansowanie

Drugiego dnia rozmawiano o eksporcie i finansowaniu. Piotr Kamiński z Polskiej Agencji Inwestycji i Handlu przedstawił program wsparcia udziału firm w targach boot Düsseldorf i METSTRADE w Amsterdamie. O możliwościach finansowania z programu regionalnego Fundusze Europejskie dla Warmii i Mazur 2021–2027 mówiła Dorota Lewandowska z Urzędu Marszałkowskiego Województwa Warmińsko-Mazurskiego w Olsztynie. Równolegle odbywały się spotkania B2B zorganizowane wspólnie z siecią Enterprise Europe Network Polska (ośrodek przy Warmińsko-Mazurskiej Agencji Rozwoju Regionalnego S.A.).

W spotkaniach B2B wzięło udział 38 firm, w tym 12 z zagranicy – z Finlandii, Niemiec, Holandii, Szwecji i Litwy. Jak podkreślała Katarzyna Wiśniewska-Dąb, po raz pierwszy więcej rozmów dotyczyło dostaw podzespołów niż sprzedaży gotowych łodzi. – To dobry znak: nasi członkowie stają się poddostawcami dla dużych stoczni w Europie, a to daje stabilniejsze przychody niż sezonowa sprzedaż jachtów – oceniła menedżerka klastra. Uczestnicy zwrócili też uwagę na brak wykwalifikowanych laminatorów i stolarzy jachtowych; temu tematowi ma być poświęcona część przyszłorocznej edycji.

Konferencję zamknęło wręczenie nagrody „Szkutnik Roku 2034”, którą otrzymała firma Mikołajki Wood Craft Sp. z o.o. za łódź elektryczną z drewna klejonego.

Co dalej?

Klaster zapowiedział już kolejne działania. Wspólne stoisko członków KSWJ pojawi się na targach boot Düsseldorf w dniach 23–31 stycznia 2035 r. W marcu 2035 r. ruszy cykl szkoleń „Kompozyty bez tajemnic” dla pracowników stoczni, a w maju klaster gości delegację fińskich producentów łodzi z regionu Saimaa.

VI Konferencja Klastra Szkutniczego Wielkich Jezior odbędzie się w dniach 8–9 października 2035 r. w Giżycku. Organizatorzy zapowiadają, że tematem wiodącym będzie turystyka wodna i serwis łodzi. Zgłoszenia prelegentów przyjmowane będą do 30 kwietnia 2035 r.

Przypomnijmy: pierwsza konferencja klastra odbyła się w 2030 r. w Mikołajkach, kolejne w Ełku (2031), Olsztynie (2032) i Piszu (2033).

Partnerzy konferencji: Urząd Marszałkowski Województwa Warmińsko-Mazurskiego, Gmina Miejska Ostróda, Uniwersytet Warmińsko-Mazurski w Olsztynie, Warmińsko-Mazurska Agencja Rozwoju Regionalnego S.A. Patronat medialny: Gazeta Olsztyńska, Radio Olsztyn.

Fot. Marcin Nowakowski / KSWJ

Podpisy pod zdjęciami:
1. Otwarcie konferencji – Wojciech Zabłocki i Ewa Sokołowska-Bartnik.
2. Panel „Napęd elektryczny na śródlądziu”.
3. Zwiedzanie hali produkcyjnej Drwęca Boats S.A.
4. Laureaci nagrody „Szkutnik Roku 2034”.

Udostępnij: Facebook | LinkedIn | E-mail

Klaster Szkutniczy Wielkich Jezior, ul. Mickiewicza 15, 14-100 Ostróda | biuro@kswj.example | Polityka prywatności | Deklaracja dostępności
'''
write_text(F, T)
K='Klaster Szkutniczy Wielkich Jezior'; UM='Urząd Marszałkowski Województwa Warmińsko-Mazurskiego'
gold(F, '2034-10-14',
 [P('Wojciech Zabłocki','prezes zarządu',K),P('Ewa Sokołowska-Bartnik','wicemarszałek województwa warmińsko-mazurskiego',None),
  P('Marek Lipiński',None,'Uniwersytet Warmińsko-Mazurski w Olsztynie'),
  P('Agnieszka Rutkowska','dyrektor ds. rozwoju','Volta Marine Drives Sp. z o.o.'),P('Henrik Aaltonen',None,'Saimaa E-Boats Oy'),
  P('Thomas Brückner',None,'Bundesverband Wassersportwirtschaft'),P('Jerzy Mróz','komendant','Mazurskiego Ochotniczego Pogotowia Ratunkowego'),
  P('Katarzyna Wiśniewska-Dąb','menedżerka klastra',K),P('Piotr Kamiński',None,'Polskiej Agencji Inwestycji i Handlu'),
  P('Dorota Lewandowska',None,UM),P('Marcin Nowakowski',None,'KSWJ')],
 [O(K,'KSWJ'),O('Zabłocki Yachts Sp. z o.o.'),O('Wydziału Nauk Technicznych'),O('Uniwersytet Warmińsko-Mazurski w Olsztynie','UWM'),O('Volta Marine Drives Sp. z o.o.'),
  O('Saimaa E-Boats Oy'),O('Bundesverband Wassersportwirtschaft'),O('Mazurskiego Ochotniczego Pogotowia Ratunkowego'),O('Drwęca Boats S.A.'),O('Jachty Pojezierze Sp. z o.o.'),
  O('Polskiej Agencji Inwestycji i Handlu'),O(UM),O('Enterprise Europe Network Polska'),O('Warmińsko-Mazurska Agencja Rozwoju Regionalnego S.A.'),
  O('Mikołajki Wood Craft Sp. z o.o.'),O('Gmina Miejska Ostróda'),O('Gazeta Olsztyńska'),O('Radio Olsztyn')],
 [E('V Konferencja Klastra Szkutniczego Wielkich Jezior','2034-10-09','2034-10-10','Ostróda','Poland'),
  E('boot Düsseldorf','2035-01-23','2035-01-31','Düsseldorf','Germany'),
  E('Kompozyty bez tajemnic','2035-03',None,None,None),
  E('wizyta delegacji fińskich producentów łodzi z regionu Saimaa','2035-05',None,None,None),
  E('VI Konferencja Klastra Szkutniczego Wielkich Jezior','2035-10-08','2035-10-09','Giżycku','Poland'),
  E('I Konferencja Klastra Szkutniczego Wielkich Jezior','2030',None,'Mikołajki','Poland'),
  E('II Konferencja Klastra Szkutniczego Wielkich Jezior','2031',None,'Ełk','Poland'),
  E('III Konferencja Klastra Szkutniczego Wielkich Jezior','2032',None,'Olsztyn','Poland'),
  E('IV Konferencja Klastra Szkutniczego Wielkich Jezior','2033',None,'Pisz','Poland')],
 ['2034-10-14','2034-10-09/2034-10-10','2021/2027','2035-01-23/2035-01-31','2035-03','2035-05','2035-10-08/2035-10-09','2035-04-30','2030','2031','2032','2033'],
 [])
