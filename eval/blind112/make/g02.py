from h import *
F = 'g02_lubuskie_uchwala_klastry.txt'
assert wd(2036,6,9)=='Monday' and wd(2036,6,30)=='Monday' and wd(2036,9,15)=='Monday'
T = """BIP – Biuletyn Informacji Publicznej Urzędu Marszałkowskiego Województwa Lubuskiego
Strona główna > Zarząd Województwa > Uchwały Zarządu > 2036 > czerwiec
Wersja do druku | Rejestr zmian | Pobierz PDF (212 KB)

UCHWAŁA NR 214/3318/36
ZARZĄDU WOJEWÓDZTWA LUBUSKIEGO
z dnia 9 czerwca 2036 r.

w sprawie przyznania dofinansowania na realizację programów rozwoju
Krajowych i Regionalnych Klastrów Kluczowych w ramach Regionalnej Strategii
Inteligentnych Specjalizacji Województwa Lubuskiego na lata 2034–2040

Na podstawie art. 41 ust. 1 ustawy o samorządzie województwa oraz uchwały
Sejmiku Województwa Lubuskiego w sprawie przyjęcia Regionalnej Strategii
Innowacji, Zarząd Województwa Lubuskiego uchwala, co następuje:

§ 1.
1. Przyznaje się dofinansowanie w łącznej kwocie 4 860 000 zł na realizację
programów rozwoju klastrów wyłonionych w konkursie nr RSI/KL/2036/01, którego
nabór trwał od 3 marca do 14 kwietnia 2036 r.
2. Wykaz klastrów i kwot dofinansowania stanowi załącznik do niniejszej uchwały.

§ 2.
1. Operatorem wsparcia jest Lubuska Agencja Rozwoju Regionalnego S.A. (LARR)
z siedzibą w Zielonej Górze.
2. Umowy o dofinansowanie zostaną zawarte do dnia 30 czerwca 2036 r.; okres
realizacji programów rozwoju obejmuje lata 2036–2038.

§ 3.
Wykonanie uchwały powierza się Dyrektorowi Departamentu Rozwoju Regionalnego
i Innowacji Urzędu Marszałkowskiego Województwa Lubuskiego.

§ 4.
Uchwała wchodzi w życie z dniem podjęcia.

Podpisy członków Zarządu:
Marszałek Województwa – Bożena Wierzbicka-Nowak
Wicemarszałek Województwa – Tomasz Kołodziejczyk
Członek Zarządu – Marek Szczepaniak
Członek Zarządu – Agnieszka Pawlak-Dudek

------------------------------------------------------------------------
Załącznik do Uchwały nr 214/3318/36 Zarządu Województwa Lubuskiego
z dnia 9 czerwca 2036 r.

Lp. | Wnioskodawca (koordynator klastra)                     | Specjalizacja           | Punkty | Kwota (zł)
1   | Lubuski Klaster Metalowy – Stowarzyszenie, Gorzów Wlkp.  | przemysł metalowy       | 87     | 1 120 000
2   | Zielonogórski Klaster Zielonej Energii sp. z o.o.         | energia odnawialna      | 84     | 980 000
3   | Klaster Drzewno-Meblarski Ziemi Lubuskiej, Nowa Sól       | meblarstwo              | 79     | 860 000
4   | Klaster Turystyki Zdrowotnej „Łagów”, Świebodzin          | zdrowa żywność i turystyka | 76  | 740 000
5   | Lubuski Klaster Motoryzacyjny, Żary                       | motoryzacja             | 71     | 620 000
6   | Klaster Odra-Bio, Kostrzyn nad Odrą                      | biogospodarka           | 68     | 540 000
    | RAZEM                                                    |                         |        | 4 860 000

Wnioski niedofinansowane (poniżej progu 60 pkt lub wyczerpanie alokacji): 3.

------------------------------------------------------------------------
UZASADNIENIE

Konkurs na wsparcie programów rozwoju klastrów ogłoszono uchwałą Zarządu
z dnia 24 lutego 2036 r. Wpłynęło dziewięć wniosków. Ocenę przeprowadziła
Komisja Oceny Projektów powołana przy LARR, której przewodniczyła
dr inż. Justyna Malinowska, kierownik Działu Innowacji LARR. W skład komisji
weszli również eksperci zewnętrzni: prof. Andrzej Rybicki (Uniwersytet
Zielonogórski) i Katarzyna Oleś (Lubuska Izba Przemysłowo-Handlowa).

Komisja oceniała zgodność programów z inteligentnymi specjalizacjami regionu,
potencjał umiędzynarodowienia oraz udział mikro-, małych i średnich
przedsiębiorstw. Po raz pierwszy premiowano współpracę z partnerami z
Brandenburgii – dwa wnioski przewidują wspólne działania z klastrem
Metall Brandenburg e.V. z Frankfurtu nad Odrą.

Najważniejsze wnioski z oceny (przedstawione Zarządowi na posiedzeniu
w dniu 9 czerwca 2036 r.):
– klastry lubuskie wciąż zbyt rzadko realizują wspólne projekty badawcze
  z uczelniami regionu;
– tylko dwa z dziewięciu wniosków zawierały mierzalne cele eksportowe;
– należy rozważyć stały nabór dla mniejszych klastrów w 2037 roku.

Pierwsze spotkanie koordynatorów dofinansowanych klastrów odbędzie się
15 września 2036 r. (poniedziałek) w siedzibie LARR przy ul. Chopina 14
w Zielonej Górze.

Sporządziła: Ewa Grabowska, główny specjalista, Departament Rozwoju
Regionalnego i Innowacji, tel. 68 000 00 00
Opublikowano w BIP: 12.06.2036 r. | Wytworzył: Departament Rozwoju Regionalnego i Innowacji
Liczba odwiedzin: 318

Wersja do druku | Powrót | Do góry
Urząd Marszałkowski Województwa Lubuskiego, ul. Podgórna 7, 65-057 Zielona Góra | Deklaracja dostępności
"""
write(F, T)
ZWL="Zarząd Województwa Lubuskiego"
gold(F,
 [P("Bożena Wierzbicka-Nowak","Marszałek Województwa",ZWL),
  P("Tomasz Kołodziejczyk","Wicemarszałek Województwa",ZWL),
  P("Marek Szczepaniak","Członek Zarządu",ZWL),
  P("Agnieszka Pawlak-Dudek","Członek Zarządu",ZWL),
  P("Justyna Malinowska","kierownik Działu Innowacji","LARR"),
  P("Andrzej Rybicki",None,"Uniwersytet Zielonogórski"),
  P("Katarzyna Oleś",None,"Lubuska Izba Przemysłowo-Handlowa"),
  P("Ewa Grabowska","główny specjalista","Departament Rozwoju Regionalnego i Innowacji")],
 [O("Urząd Marszałkowski Województwa Lubuskiego"), O(ZWL), O("Sejmiku Województwa Lubuskiego"),
  O("Lubuska Agencja Rozwoju Regionalnego S.A.","LARR"),
  O("Departament Rozwoju Regionalnego i Innowacji"),
  O("Lubuski Klaster Metalowy – Stowarzyszenie"), O("Zielonogórski Klaster Zielonej Energii sp. z o.o."),
  O("Klaster Drzewno-Meblarski Ziemi Lubuskiej"), O("Klaster Turystyki Zdrowotnej „Łagów”"),
  O("Lubuski Klaster Motoryzacyjny"), O("Klaster Odra-Bio"), O("Komisja Oceny Projektów"),
  O("Uniwersytet Zielonogórski"), O("Lubuska Izba Przemysłowo-Handlowa"), O("Metall Brandenburg e.V.")],
 [E("posiedzenie Zarządu","2036-06-09",None,None,"Poland"),
  E("Pierwsze spotkanie koordynatorów dofinansowanych klastrów","2036-09-15",None,"Zielona Góra","Poland")],
 ["2036-06-09","2034/2040","2036-03-03/2036-04-14","2036-06-30","2036/2038","2036-02-24","2037","2036-09-15","2036-06-12"],
 ["klastry lubuskie wciąż zbyt rzadko realizują wspólne projekty badawcze z uczelniami regionu",
  "tylko dwa z dziewięciu wniosków zawierały mierzalne cele eksportowe",
  "należy rozważyć stały nabór dla mniejszych klastrów w 2037 roku"],
 pub="2036-06-12")
