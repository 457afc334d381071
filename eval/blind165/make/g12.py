from h import *
F = 'g12_ostrowiec_klaster_metalowy_protokol.txt'
assert wd(2037,6,18)=='Thursday' and wd(2037,9,24)=='Thursday' and wd(2037,6,17)=='Wednesday'
T = """PROTOKÓŁ nr 2/2037
z Walnego Zgromadzenia Członków Świętokrzyskiego Klastra Metalowego „Stal i Innowacje”
odbytego w dniu 18 czerwca 2037 r. (czwartek) w Ostrowcu Świętokrzyskim

Miejsce: Centrum Kształcenia Zawodowego w Ostrowcu Świętokrzyskim, ul. Sienkiewicza 67
Godzina rozpoczęcia: 10:00, godzina zakończenia: 14:20

Obecni: 38 z 52 członków klastra (lista obecności stanowi załącznik nr 1 do protokołu).
Goście: Anna Grudzińska-Wójcik, dyrektor Departamentu Inwestycji i Rozwoju Urzędu Marszałkowskiego Województwa Świętokrzyskiego; Paweł Sowa, zastępca prezydenta miasta Ostrowca Świętokrzyskiego; dr hab. inż. Marek Olszewski, prof. PŚk, prorektor ds. współpracy z gospodarką Politechniki Świętokrzyskiej.

Porządek obrad:
1. Otwarcie zgromadzenia i wybór przewodniczącego obrad.
2. Sprawozdanie Zarządu z działalności klastra za rok 2036.
3. Sprawozdanie Komisji Rewizyjnej.
4. Prezentacja wyników badania „Potrzeby kompetencyjne przemysłu metalowego regionu 2037–2040”.
5. Wybory do Zarządu na kadencję 2037–2040.
6. Przyjęcie uchwał.
7. Wolne wnioski i zamknięcie obrad.

Ad 1. Zgromadzenie otworzył prezes Zarządu, Krzysztof Bąk. Na przewodniczącego obrad wybrano jednogłośnie Tadeusza Mroczka (Huta Ostrowiec Sp. z o.o.), na protokolantkę – Justynę Kaczmarczyk, koordynatorkę klastra. Stwierdzono prawomocność zgromadzenia.

Ad 2. Prezes Krzysztof Bąk przedstawił sprawozdanie za 2036 rok. Klaster przyjął sześciu nowych członków, zorganizował 14 szkoleń i wspólne stoisko na targach STOM w Kielcach (21–23 marca 2036). W ramach projektu współpracy z klastrem ze Styrii odbyła się wizyta studyjna w Grazu (12–14 października 2036). Członkowie klastra złożyli wspólnie trzy wnioski o dofinansowanie, z czego dwa zostały przyjęte. Przychody klastra ze składek wyniosły 62 400 zł, a wydatki na działania wspólne 58 900 zł; nadwyżkę przeznaczono na fundusz szkoleniowy.

Ad 3. Przewodnicząca Komisji Rewizyjnej, Elżbieta Rogala, poinformowała, że komisja nie stwierdziła nieprawidłowości i wnioskuje o udzielenie absolutorium członkom Zarządu.

Ad 4. Wyniki badania przedstawiła dr Agnieszka Pietrzyk z Wydziału Zarządzania i Modelowania Komputerowego Politechniki Świętokrzyskiej. Z badania wynika, że brakuje przede wszystkim spawaczy z uprawnieniami, operatorów obrabiarek CNC i automatyków; 62 proc. firm planuje robotyzację w ciągu trzech lat; współpraca z technikami i szkołami branżowymi jest dobrze oceniana, ale obejmuje zbyt mało uczniów. Dyrektor Anna Grudzińska-Wójcik zapowiedziała, że wyniki zostaną wykorzystane przy aktualizacji Regionalnej Strategii Innowacji Województwa Świętokrzyskiego.

Ad 5. W wyniku tajnego głosowania do Zarządu na kadencję 2037–2040 wybrano:
– prezes Zarządu: Krzysztof Bąk (Bąk Metal-Serwis Sp. z o.o.),
– wiceprezes Zarządu: Iwona Zawada-Kmiecik (Celsa Huta Ostrowiec),
– członek Zarządu: Grzegorz Lis (Zakład Mechaniczny „Kamienna” S.A.),
– członek Zarządu: Wiesław Pająk (Starachowickie Zakłady Kuźnicze).
Ustępujący członek Zarządu, Henryk Walas, otrzymał podziękowania za dwie kadencje pracy na rzecz klastra.

Ad 6. Zgromadzenie podjęło następujące uchwały:
Uchwała nr 1/2037 w sprawie zatwierdzenia sprawozdania Zarządu za rok 2036 – przyjęta jednogłośnie.
Uchwała nr 2/2037 w sprawie udzielenia absolutorium członkom Zarządu – przyjęta (35 głosów za, 3 wstrzymujące się).
Uchwała nr 3/2037 w sprawie wysokości składki członkowskiej na rok 2038 – składka pozostaje bez zmian (1 200 zł rocznie).
Uchwała nr 4/2037 w sprawie utworzenia Akademii Spawalniczej Klastra we współpracy z Centrum Kształcenia Zawodowego – przyjęta jednogłośnie.

Ad 7. W wolnych wnioskach Paweł Sowa zaproponował, aby kolejne spotkanie członków połączyć z dniem otwartym dla uczniów szkół branżowych. Wniosek przyjęto z aprobatą. Następne Walne Zgromadzenie odbędzie się w czwartek 24 września 2037 r. w Starachowicach.

Dzień wcześniej, w środę 17 czerwca 2037 r., członkowie klastra zwiedzili nową halę produkcyjną firmy Bąk Metal-Serwis w Kunowie; po wizycie odbyła się kolacja dla członków i gości.

Na tym protokół zakończono.

Przewodniczący obrad: Tadeusz Mroczek
Protokołowała: Justyna Kaczmarczyk, koordynatorka klastra
Załączniki: lista obecności, prezentacja wyników badania, teksty uchwał nr 1–4/2037
"""
write(F, T)
K="Świętokrzyskiego Klastra Metalowego „Stal i Innowacje”"; PS="Politechniki Świętokrzyskiej"
gold(F,
 [P("Anna Grudzińska-Wójcik","dyrektor Departamentu Inwestycji i Rozwoju","Urzędu Marszałkowskiego Województwa Świętokrzyskiego"),
  P("Paweł Sowa","zastępca prezydenta miasta Ostrowca Świętokrzyskiego",None),
  P("Marek Olszewski","prorektor ds. współpracy z gospodarką",PS),
  P("Krzysztof Bąk","prezes Zarządu",K),
  P("Tadeusz Mroczek","Przewodniczący obrad",None),
  P("Justyna Kaczmarczyk","koordynatorka klastra",K),
  P("Elżbieta Rogala","Przewodnicząca Komisji Rewizyjnej",K),
  P("Agnieszka Pietrzyk",None,"Wydziału Zarządzania i Modelowania Komputerowego"),
  P("Iwona Zawada-Kmiecik","wiceprezes Zarządu",K),
  P("Grzegorz Lis","członek Zarządu",K), P("Wiesław Pająk","członek Zarządu",K), P("Henryk Walas","Ustępujący członek Zarządu",K)],
 [O(K), O("Centrum Kształcenia Zawodowego"), O("Urzędu Marszałkowskiego Województwa Świętokrzyskiego"),
  O(PS,"PŚk"), O("Huta Ostrowiec Sp. z o.o."), O("Wydziału Zarządzania i Modelowania Komputerowego"),
  O("Bąk Metal-Serwis Sp. z o.o."), O("Celsa Huta Ostrowiec"), O("Zakład Mechaniczny „Kamienna” S.A."),
  O("Starachowickie Zakłady Kuźnicze")],
 [E("Walne Zgromadzenie Członków","2037-06-18",None,"Ostrowcu Świętokrzyskim","Poland"),
  E("targach STOM","2036-03-21","2036-03-23","Kielcach","Poland"),
  E("wizyta studyjna","2036-10-12","2036-10-14","Grazu","Austria"),
  E("Walne Zgromadzenie","2037-09-24",None,"Starachowicach","Poland"),
  E("zwiedzili nową halę produkcyjną firmy Bąk Metal-Serwis","2037-06-17",None,"Kunowie","Poland"),
  E("kolacja","2037-06-17",None,"Kunowie","Poland")],
 ["2037-06-18","2036","2037/2040","2036-03-21/2036-03-23","2036-10-12/2036-10-14","2038","2037-09-24","2037-06-17"],
 ["Uchwała nr 1/2037 w sprawie zatwierdzenia sprawozdania Zarządu za rok 2036 – przyjęta jednogłośnie",
  "Uchwała nr 2/2037 w sprawie udzielenia absolutorium członkom Zarządu – przyjęta (35 głosów za, 3 wstrzymujące się)",
  "Uchwała nr 3/2037 w sprawie wysokości składki członkowskiej na rok 2038 – składka pozostaje bez zmian (1 200 zł rocznie)",
  "Uchwała nr 4/2037 w sprawie utworzenia Akademii Spawalniczej Klastra we współpracy z Centrum Kształcenia Zawodowego – przyjęta jednogłośnie"],
 pub=None)
