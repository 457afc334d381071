from h import *
F = 'g12_pulawy_klaster_chemiczny_newsletter.md'
assert wd(2039,3,22)=='Tuesday' and wd(2039,3,23)=='Wednesday' and wd(2039,4,14)=='Thursday' and wd(2039,4,28)=='Thursday' and wd(2039,5,19)=='Thursday' and wd(2039,5,20)=='Friday' and wd(2039,3,9)=='Wednesday'
T = """# Newsletter Lubelskiego Klastra Chemii Zielonej – nr 1/2039

*Puławy, 30 marca 2039 r. · Do członków i partnerów klastra*

[Strona główna](/) | [O klastrze](/o-klastrze) | [Członkowie](/czlonkowie) | [Aktualności](/aktualnosci) | [Kontakt](/kontakt)

---

## Walne Zgromadzenie Członków wybrało nowy Zarząd

We wtorek 22 marca 2039 r. w Centrum Konferencyjnym Instytutu Nawożenia w Puławach odbyło się Walne Zgromadzenie Członków Stowarzyszenia „Lubelski Klaster Chemii Zielonej” (LKChZ). Udział wzięło 38 z 52 członków. Zgromadzenie przyjęło sprawozdanie z działalności za 2038 r., udzieliło absolutorium ustępującemu Zarządowi i wybrało władze na kadencję 2039–2042.

W skład nowego Zarządu weszli:

- **Prezes Zarządu** – dr inż. Agnieszka KOWALCZYK-ZIELIŃSKA (Grupa Azoty Zakłady Azotowe „Puławy” S.A.)
- **Wiceprezesi** – Tomasz Wróbel (Chemix Zamość Sp. z o.o.) oraz prof. dr hab. Marek Dziadosz (Uniwersytet Marii Curie-Skłodowskiej w Lublinie)
- **Skarbnik** – Beata Lis, Bank Spółdzielczy w Puławach
- **Sekretarz** – Krzysztof Nowosad (Puławski Park Naukowo-Technologiczny)

Dotychczasowy prezes, Zbigniew Sarzyński, po dwóch kadencjach (2033–2039) nie kandydował. Zgromadzenie nadało mu tytuł członka honorowego klastra.

## Wizyta studyjna w klastrze chemicznym w Saksonii-Anhalt

W dniach 23–24 marca 2039 r. dziewięcioosobowa delegacja klastra odwiedziła region Leuna i Halle (Niemcy). Gospodarzem była sieć Cluster Chemie/Kunststoffe Mitteldeutschland. W środę uczestnicy zwiedzili park chemiczny w Leunie i spotkali się z przedstawicielami Fraunhofer-Institut für Mikrostruktur von Werkstoffen und Systemen (IMWS), a w czwartek wzięli udział w warsztatach o recyklingu chemicznym tworzyw sztucznych w Halle.

Wnioski z wizyty, przedstawione Zarządowi:

1. wspólna infrastruktura badawcza w parku chemicznym obniża koszty wejścia dla małych firm i warto przenieść ten model do Puław
2. klaster powinien prowadzić jeden wspólny katalog usług laboratoryjnych swoich członków
3. współpraca z niemieckimi partnerami wymaga stałej osoby kontaktowej po stronie klastra

## Nabór do programu „Zielony Audyt” – termin 28 kwietnia

Klaster ogłasza nabór małych i średnich przedsiębiorstw z województwa lubelskiego do bezpłatnych audytów śladu węglowego. Program jest finansowany przez Samorząd Województwa Lubelskiego ze środków Fundusze Europejskie dla Lubelskiego 2021–2027, a audyty przeprowadzi Lubelska Fundacja Rozwoju. Zgłoszenia przyjmujemy do czwartku 28 kwietnia 2039 r. do godz. 15:00.

Spotkanie informacyjne odbędzie się w czwartek 14 kwietnia 2039 r. o godz. 11:00 w formule online. Prowadząca: Magdalena Ciechan, koordynatorka projektów w biurze klastra.

## Kalendarz

- **19–20 maja 2039** – Forum Chemii Zielonej, Zamość, Hotel Artis; w czwartek wieczorem uroczysta kolacja dla członków i gości, w piątek wizyta w zakładzie Chemix Zamość
- **2 czerwca 2039** – posiedzenie Zarządu, Puławy
- **wrzesień 2039** – misja gospodarcza na targi w Lyonie (szczegóły wkrótce)

Poprzednie edycje Forum Chemii Zielonej:

- 2038 – Puławy, 12–13 maja
- 2037 – Lublin, 18 maja
- 2036 – Puławy, 10 czerwca

## Z biura klastra

Od kwietnia biuro klastra pracuje w nowej siedzibie przy ul. Głębokiej, w budynku dawnej szkoły chemicznej. Mamy teraz salę na 40 osób, którą członkowie mogą bezpłatnie rezerwować na szkolenia i spotkania z klientami. Przypominamy też, że składki członkowskie za 2039 r. należy wpłacić do końca maja. Członkowie, którzy zalegają ze składką, nie mogą korzystać z usług klastra ani brać udziału w misjach gospodarczych. W razie pytań prosimy o kontakt z księgowością biura.

## Z życia członków

Firma Biochem Kraśnik uruchomiła linię do produkcji biodegradowalnych środków powierzchniowo czynnych. Centrum Innowacji i Transferu Technologii Politechniki Lubelskiej rozpoczęło współpracę z klastrem przy projektach wodorowych. Witamy też nowych członków: Eko-Nawozy Opole Lubelskie Sp. z o.o. oraz Gminę Puławy.

---

*Biuro Klastra: ul. Głęboka 9, 24-100 Puławy · tel. 81 000 00 00 · biuro@lkchz.example.pl*
*Dyrektor biura: Paweł Jabłoński*
*Jeśli nie chcesz otrzymywać newslettera, kliknij [tutaj](/wypisz).*
"""
write(F, T)
L = "Lubelski Klaster Chemii Zielonej"
gold(F,
 [P("Agnieszka KOWALCZYK-ZIELIŃSKA", "Prezes Zarządu", L),
  P("Tomasz Wróbel", "Wiceprezes", L),
  P("Marek Dziadosz", "Wiceprezes", L),
  P("Beata Lis", "Skarbnik", L),
  P("Krzysztof Nowosad", "Sekretarz", L),
  P("Zbigniew Sarzyński", "prezes", L),
  P("Magdalena Ciechan", "koordynatorka projektów", L),
  P("Paweł Jabłoński", "Dyrektor biura", L)],
 [O(L, "LKChZ"), O("Grupa Azoty Zakłady Azotowe „Puławy” S.A."), O("Chemix Zamość Sp. z o.o."),
  O("Uniwersytet Marii Curie-Skłodowskiej w Lublinie"), O("Bank Spółdzielczy w Puławach"),
  O("Puławski Park Naukowo-Technologiczny"), O("Cluster Chemie/Kunststoffe Mitteldeutschland"),
  O("Fraunhofer-Institut für Mikrostruktur von Werkstoffen und Systemen", "IMWS"), O("Samorząd Województwa Lubelskiego"),
  O("Lubelska Fundacja Rozwoju"), O("Biochem Kraśnik"), O("Centrum Innowacji i Transferu Technologii Politechniki Lubelskiej"),
  O("Politechniki Lubelskiej"), O("Eko-Nawozy Opole Lubelskie Sp. z o.o."), O("Gminę Puławy")],
 [E("Walne Zgromadzenie Członków", "2039-03-22", None, "Puławy", "Poland"),
  E("Wizyta studyjna w klastrze chemicznym w Saksonii-Anhalt", "2039-03-23", "2039-03-24", "Leuna, Halle", "Germany"),
  E("zwiedzili park chemiczny w Leunie", "2039-03-23", None, "Leuna", "Germany"),
  E("warsztatach o recyklingu chemicznym tworzyw sztucznych", "2039-03-24", None, "Halle", "Germany"),
  E("Spotkanie informacyjne", "2039-04-14", None, None, None),
  E("Forum Chemii Zielonej", "2039-05-19", "2039-05-20", "Zamość", "Poland"),
  E("uroczysta kolacja dla członków i gości", "2039-05-19", None, "Zamość", "Poland"),
  E("wizyta w zakładzie Chemix Zamość", "2039-05-20", None, "Zamość", "Poland"),
  E("posiedzenie Zarządu", "2039-06-02", None, "Puławy", "Poland"),
  E("misja gospodarcza na targi w Lyonie", "2039-09", None, "Lyonie", "France"),
  E("Forum Chemii Zielonej", "2038-05-12", "2038-05-13", "Puławy", "Poland"),
  E("Forum Chemii Zielonej", "2037-05-18", None, "Lublin", "Poland"),
  E("Forum Chemii Zielonej", "2036-06-10", None, "Puławy", "Poland")],
 ["2039-03-30", "2039-03-22", "2038", "2039/2042", "2033/2039", "2039-03-23/2039-03-24", "2021/2027", "2039-04-28",
  "2039-04-14", "2039-05-19/2039-05-20", "2039-06-02", "2039-09", "2038-05-12/2038-05-13", "2037-05-18", "2036-06-10", "2039-04", "2039-05", "2039"],
 ["wspólna infrastruktura badawcza w parku chemicznym obniża koszty wejścia dla małych firm i warto przenieść ten model do Puław",
  "klaster powinien prowadzić jeden wspólny katalog usług laboratoryjnych swoich członków",
  "współpraca z niemieckimi partnerami wymaga stałej osoby kontaktowej po stronie klastra"],
 pub="2039-03-30")
