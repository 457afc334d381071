from h import *
F = 'g14_kielce_klaster_wizyta_studyjna.txt'
assert wd(2036,9,8)=='Monday' and wd(2036,9,10)=='Wednesday' and wd(2036,10,23)=='Thursday'
T = """Przejdź do treści
Świętokrzyski Klaster Budowlany
Strona główna   O klastrze   Członkowie   Projekty   Aktualności   Wydarzenia   Kontakt   PL | EN
Szukaj…

Ta strona korzysta z plików cookies. Korzystając ze strony, wyrażasz zgodę na ich użycie zgodnie z ustawieniami przeglądarki. Więcej w polityce prywatności.  [Rozumiem]

Jesteś tutaj: Strona główna » Aktualności » Wizyta studyjna w Górnej Austrii

Wizyta studyjna w Górnej Austrii – prefabrykacja i budownictwo niskoemisyjne

Dodano: 16 września 2036 | Autor: Biuro Klastra | Kategoria: Wydarzenia, Współpraca międzynarodowa
Udostępnij: Facebook | LinkedIn | E-mail | Drukuj

[Zdjęcie: Uczestnicy wizyty w hali produkcyjnej w Linzu. Fot. Bartłomiej Wójcik]

W dniach 8–10 września 2036 r. dwudziestoosobowa delegacja Świętokrzyskiego Klastra Budowlanego wzięła udział w wizycie studyjnej w Górnej Austrii. Wyjazd zorganizowano we współpracy z Cluster Bau Oberösterreich oraz Świętokrzyskim Centrum Innowacji i Transferu Technologii (ŚCITT), w ramach projektu finansowanego z programu regionalnego Fundusze Europejskie dla Świętokrzyskiego 2028–2034.

W delegacji znaleźli się przedstawiciele 14 firm członkowskich – wykonawców, producentów materiałów i biur projektowych – a także Politechniki Świętokrzyskiej i Urzędu Marszałkowskiego Województwa Świętokrzyskiego. Grupę prowadził prezes zarządu klastra, Tomasz Gołębiowski.

Trasa: Kielce – Linz – Freistadt – Wels – Linz – Kielce

Organizatorzy i partnerzy wyjazdu:
• Świętokrzyski Klaster Budowlany (organizator)
• Cluster Bau Oberösterreich, Business Upper Austria (gospodarz)
• Świętokrzyskie Centrum Innowacji i Transferu Technologii (ŚCITT)
• Politechnika Świętokrzyska, Wydział Budownictwa i Architektury
• Urząd Marszałkowski Województwa Świętokrzyskiego
• Uniwersytet Johannesa Keplera w Linzu (warsztaty BIM)

Program wizyty

Poniedziałek, 8 września
Przyjazd do Linzu, spotkanie powitalne w siedzibie Business Upper Austria. Prezentację o systemie wsparcia klastrów w Górnej Austrii wygłosiła mgr Sabine Hofstätter-Reindl, kierownik Cluster Bau Oberösterreich. Wieczorem kolacja z austriackimi przedsiębiorcami.

Wtorek, 9 września
Wizyta w zakładzie prefabrykacji drewnianych modułów mieszkalnych firmy Holzmodul Mühlviertel GmbH w Freistadt, a po południu na budowie osiedla z betonu niskoemisyjnego w Wels. Zakład oprowadzał dyrektor techniczny, inż. Matthias Eibensteiner.

Środa, 10 września
Spotkania B2B z firmami z Górnej Austrii (28 spotkań) oraz warsztaty na Uniwersytecie Johannesa Keplera w Linzu na temat cyfrowego modelowania budynków (BIM). Powrót do Kielc.

Co przywieźliśmy

„Austriacy pokazali nam, że prefabrykacja to nie tylko szybkość, ale przede wszystkim jakość i mniej odpadów na budowie. Chcemy, żeby w ciągu dwóch lat w województwie powstała pierwsza linia do produkcji modułów drewnianych" – powiedział Tomasz Gołębiowski.

Dr hab. inż. Katarzyna Nowak-Pietrzyk, prof. PŚk, z Wydziału Budownictwa i Architektury Politechniki Świętokrzyskiej, podkreśliła, że uczelnia chce przygotować nowy kierunek studiów podyplomowych z prefabrykacji we współpracy z partnerami z Linzu.

Urząd Marszałkowski reprezentował Marek Szczepański, dyrektor Departamentu Inwestycji i Rozwoju, który zapowiedział, że tematyka budownictwa niskoemisyjnego znajdzie się w przeglądzie inteligentnych specjalizacji regionu w 2037 roku.

Podczas spotkań B2B firma Kielbet Sp. z o.o. uzgodniła z austriackim producentem wspólne testy nowej mieszanki betonu z dodatkiem popiołów, a biuro projektowe ArchiSkan z Sandomierza nawiązało współpracę z biurem z Wels.

Co dalej?

Rewizyta partnerów z Górnej Austrii planowana jest w dniach 22–23 października 2036 r. w Kielcach, w czasie Targów Budownictwa EXPO-BUD (organizator targów: Targi Kielce). W czwartek 23 października 2036 r. klaster zaprasza członków na seminarium „Prefabrykacja w praktyce" z udziałem gości z Austrii.

Zgłoszenia na seminarium przyjmuje biuro klastra do 15 października 2036 r.

Kontakt:
Agnieszka Ryba
Koordynator ds. projektów międzynarodowych
Świętokrzyski Klaster Budowlany
ul. Zagnańska 00, 25-000 Kielce
tel. 41 000 00 00, biuro@klasterbudowlany.example.pl

Tagi: wizyta studyjna, Austria, prefabrykacja, BIM, niskoemisyjne budownictwo

Zobacz także:
» Walne Zgromadzenie Członków Klastra – 12 czerwca 2036
» Nowi członkowie klastra w 2036 r.
» Szkolenie z BIM dla członków – zapisy

© 2036 Świętokrzyski Klaster Budowlany | Polityka prywatności | Deklaracja dostępności | Mapa strony
"""
write(F, T)
C = "Świętokrzyski Klaster Budowlany"
gold(F,
 [P("Bartłomiej Wójcik"), P("Tomasz Gołębiowski","prezes zarządu klastra",C),
  P("Sabine Hofstätter-Reindl","kierownik","Cluster Bau Oberösterreich"),
  P("Matthias Eibensteiner","dyrektor techniczny","Holzmodul Mühlviertel GmbH"),
  P("Katarzyna Nowak-Pietrzyk",None,"Politechnika Świętokrzyska"),
  P("Marek Szczepański","dyrektor Departamentu Inwestycji i Rozwoju","Urząd Marszałkowski Województwa Świętokrzyskiego"),
  P("Agnieszka Ryba","Koordynator ds. projektów międzynarodowych",C)],
 [O(C), O("Cluster Bau Oberösterreich"), O("Świętokrzyskie Centrum Innowacji i Transferu Technologii","ŚCITT"),
  O("Politechnika Świętokrzyska"), O("Urząd Marszałkowski Województwa Świętokrzyskiego"),
  O("Business Upper Austria"), O("Holzmodul Mühlviertel GmbH"), O("Uniwersytet Johannesa Keplera"),
  O("Wydział Budownictwa i Architektury"),
  O("Kielbet Sp. z o.o."), O("ArchiSkan"), O("Targi Kielce")],
 [E("Wizyta studyjna w Górnej Austrii","2036-09-08","2036-09-10","Linz, Freistadt, Wels","Austria"),
  E("spotkanie powitalne","2036-09-08",None,"Linz","Austria"),
  E("kolacja z austriackimi przedsiębiorcami","2036-09-08",None,None,"Austria"),
  E("Wizyta w zakładzie prefabrykacji","2036-09-09",None,"Freistadt","Austria"),
  E("wizyta na budowie osiedla z betonu niskoemisyjnego","2036-09-09",None,"Wels","Austria"),
  E("Spotkania B2B","2036-09-10",None,None,"Austria"),
  E("warsztaty","2036-09-10",None,"Linz","Austria"),
  E("Rewizyta partnerów z Górnej Austrii","2036-10-22","2036-10-23","Kielce","Poland"),
  E("Targów Budownictwa EXPO-BUD","2036-10-22","2036-10-23","Kielce","Poland"),
  E("Prefabrykacja w praktyce","2036-10-23",None,"Kielce","Poland"),
  E("Walne Zgromadzenie Członków Klastra","2036-06-12")],
 ["2036-09-16","2036-09-08/2036-09-10","2028/2034","2036-09-08","2036-09-09","2036-09-10","2037",
  "2036-10-22/2036-10-23","2036-10-23","2036-10-15","2036-06-12","2036"],
 [], "2036-09-16")
