from h import *
F = 'g04_radom_warsztaty_automatyzacja_wnioski.md'
assert wd(2037,5,19)=='Tuesday' and wd(2037,5,20)=='Wednesday' and wd(2037,6,9)=='Tuesday' and wd(2037,6,30)=='Tuesday'
T = """[Strona główna](/) · [O klastrze](/o-klastrze) · [Członkowie](/czlonkowie) · [Projekty](/projekty) · [Aktualności](/aktualnosci) · [Kontakt](/kontakt)

# Wnioski z warsztatów „Automatyzacja i robotyzacja w małych zakładach obróbki metali”

*Opublikowano: 27.05.2037 · Autor: Biuro Klastra · Kategoria: Warsztaty*

Klaster Obróbki Metali Ziemi Radomskiej (KOMZR) zorganizował we wtorek i środę, **19–20 maja 2037 r.**, dwudniowe warsztaty dla firm członkowskich poświęcone automatyzacji produkcji. Spotkanie odbyło się w Centrum Transferu Technologii Uniwersytetu Radomskiego im. Kazimierza Pułaskiego przy ul. Malczewskiego. Wzięło w nim udział 38 osób z 21 firm, a także przedstawiciele Mazowieckiej Jednostki Wdrażania Programów Unijnych (MJWPU) i Radomskiej Agencji Rozwoju Przedsiębiorczości sp. z o.o.

Ankieta, na którą odpowiedziało 29 firm, pokazała, że tylko cztery z nich mają w zakładzie choć jedno stanowisko zrobotyzowane, a ponad połowa planuje taką inwestycję w ciągu trzech lat. Firmy pytały przede wszystkim o koszty, o czas wdrożenia i o to, kto będzie obsługiwał maszyny po odejściu integratora. Właśnie tym pytaniom poświęcono pierwszy dzień warsztatów, a drugi – finansowaniu i testowaniu rozwiązań.

Warsztaty były częścią przygotowań do aktualizacji strategii klastra na lata 2038–2042 i odpowiadały na wyniki ankiety przeprowadzonej wśród członków w marcu.

## Program

**Wtorek, 19 maja**

- 10:00 – Powitanie: Krzysztof Wójcik-Zalewski, prezes zarządu KOMZR
- 10:15 – „Cobot w zakładzie do 50 osób – od czego zacząć?” – dr hab. inż. Tomasz Ząbek, prof. URad, Wydział Mechaniczny
- 11:30 – Praca w grupach: bariery i potrzeby (moderacja: Marta Kępa-Nowicka, Fundacja Innowacji Mazowsze)
- 13:00 – Obiad
- 14:00 – Wizyta studyjna w zakładzie Metal-Tech Kozienice sp. j., który w 2036 r. uruchomił zrobotyzowane gniazdo spawalnicze
- 18:30 – Kolacja networkingowa

**Środa, 20 maja**

- 9:00 – Prezentacja Łukasiewicz – Instytutu Technologii Eksploatacji: testowanie rozwiązań przed zakupem
- 10:30 – Finansowanie automatyzacji w nowej perspektywie – Paweł Dziedzic, MJWPU
- 12:00 – Podsumowanie i wnioski

## Najważniejsze wnioski

Uczestnicy zgodzili się, że:

1. Główną barierą nie jest cena robota, lecz brak w firmach osób, które potrafią zaprogramować i utrzymać stanowisko zrobotyzowane.
2. Małe zakłady potrzebują możliwości przetestowania cobota na własnym detalu przed decyzją o zakupie.
3. Wspólne zakupy i wspólny serwis w ramach klastra mogą obniżyć koszty wdrożenia o jedną czwartą.
4. Procedury konkursowe są zbyt skomplikowane dla firm zatrudniających poniżej 20 osób.

## Rekomendacje dla zarządu klastra

- uruchomić we współpracy z Łukasiewicz – ITeE wspólne stanowisko testowe dla członków klastra,
- przygotować z Uniwersytetem Radomskim kurs programowania robotów dla pracowników firm członkowskich,
- wystąpić do Urzędu Marszałkowskiego Województwa Mazowieckiego o uproszczony instrument „bon na automatyzację”.

## Co dalej?

Wnioski zostaną omówione na posiedzeniu Zarządu klastra 9 czerwca 2037 r., a projekt zaktualizowanej strategii przedstawimy na Walnym Zgromadzeniu Członków we wtorek 30 czerwca 2037 r. w Radomiu. Uwagi do wniosków można przesyłać koordynatorce klastra, Agnieszce Śliwińskiej, do 5 czerwca.

> „Widzieliśmy w Kozienicach, że robot w małej firmie to nie science fiction. Teraz musimy zrobić to razem” – powiedział po wizycie Krzysztof Wójcik-Zalewski.

Uczestnicy docenili przede wszystkim wizytę w zakładzie i możliwość rozmowy z operatorami, którzy na co dzień pracują przy robocie. Kilka firm zgłosiło już chęć udziału w pilotażowym stanowisku testowym, a dwie zadeklarowały wspólny zakup oprogramowania do programowania offline.

Partnerzy warsztatów: Uniwersytet Radomski im. Kazimierza Pułaskiego, Łukasiewicz – Instytut Technologii Eksploatacji, Mazowiecka Jednostka Wdrażania Programów Unijnych.
Kontakt: Agnieszka Śliwińska, koordynatorka klastra, tel. 48 000 00 00.

Poprzednie warsztaty klastra: *Cyfrowy bliźniak w obróbce CNC* (Radom, listopad 2036), *Energia w zakładzie* (Skarżysko-Kamienna, luty 2037).

---

Klaster Obróbki Metali Ziemi Radomskiej · ul. Żeromskiego 00, 26-600 Radom · biuro@komzr.example.pl
Projekt współfinansowany ze środków Unii Europejskiej w ramach programu Fundusze Europejskie dla Mazowsza 2035–2041.
[Polityka prywatności](/rodo) · [Deklaracja dostępności](/dostepnosc) · Udostępnij: [Facebook](#) [LinkedIn](#)
"""
write(F, T)
K = "Klaster Obróbki Metali Ziemi Radomskiej"
gold(F,
 [P("Krzysztof Wójcik-Zalewski", "prezes zarządu", "KOMZR"),
  P("Tomasz Ząbek", None, "Wydział Mechaniczny"),
  P("Marta Kępa-Nowicka", None, "Fundacja Innowacji Mazowsze"),
  P("Paweł Dziedzic", None, "MJWPU"),
  P("Agnieszka Śliwińska", "koordynatorka klastra", K)],
 [O(K, "KOMZR"), O("Uniwersytet Radomski im. Kazimierza Pułaskiego", "URad"), O("Centrum Transferu Technologii"),
  O("Mazowiecka Jednostka Wdrażania Programów Unijnych", "MJWPU"), O("Radomskiej Agencji Rozwoju Przedsiębiorczości sp. z o.o."),
  O("Wydział Mechaniczny"), O("Fundacja Innowacji Mazowsze"), O("Metal-Tech Kozienice sp. j."),
  O("Łukasiewicz – Instytut Technologii Eksploatacji", "Łukasiewicz – ITeE"), O("Urzędu Marszałkowskiego Województwa Mazowieckiego")],
 [E("Automatyzacja i robotyzacja w małych zakładach obróbki metali", "2037-05-19", "2037-05-20", "Radom", "Poland"),
  E("Wizyta studyjna w zakładzie Metal-Tech Kozienice sp. j.", "2037-05-19", None, "Kozienice", "Poland"),
  E("Kolacja networkingowa", "2037-05-19", None, None, None),
  E("posiedzeniu Zarządu klastra", "2037-06-09", None, None, None),
  E("Walnym Zgromadzeniu Członków", "2037-06-30", None, "Radom", "Poland"),
  E("Cyfrowy bliźniak w obróbce CNC", "2036-11", None, "Radom", "Poland"),
  E("Energia w zakładzie", "2037-02", None, "Skarżysko-Kamienna", "Poland")],
 ["2037-05-27", "2037-05-19/2037-05-20", "2038/2042", "2037-03", "2037-05-19", "2037-05-20", "2036", "2037-06-09", "2037-06-30",
  "2037-06-05", "2036-11", "2037-02", "2035/2041"],
 ["Główną barierą nie jest cena robota, lecz brak w firmach osób, które potrafią zaprogramować i utrzymać stanowisko zrobotyzowane",
  "Małe zakłady potrzebują możliwości przetestowania cobota na własnym detalu przed decyzją o zakupie",
  "Wspólne zakupy i wspólny serwis w ramach klastra mogą obniżyć koszty wdrożenia o jedną czwartą",
  "Procedury konkursowe są zbyt skomplikowane dla firm zatrudniających poniżej 20 osób",
  "uruchomić we współpracy z Łukasiewicz – ITeE wspólne stanowisko testowe dla członków klastra",
  "przygotować z Uniwersytetem Radomskim kurs programowania robotów dla pracowników firm członkowskich",
  "wystąpić do Urzędu Marszałkowskiego Województwa Mazowieckiego o uproszczony instrument „bon na automatyzację”"],
 pub="2037-05-27")
