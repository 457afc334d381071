from h import *
F = 'g09_kielce_klaster_czlonkowie.md'
assert wd(2035,11,5)=='Monday' and wd(2035,12,6)=='Thursday'
T = """# Członkowie klastra

**Świętokrzyski Klaster Budownictwa i Metali (ŚKBiM)** · [Strona główna](/) · [O klastrze](/o-klastrze) · **Członkowie** · [Projekty](/projekty) · [Wydarzenia](/wydarzenia) · [Kontakt](/kontakt) · [EN](/en)

---

## Aktualności: pięciu nowych członków

*Kielce, 8 listopada 2035 r. · autor: Bartosz Wróblewski, specjalista ds. komunikacji*

Posiedzenie Zarządu odbyło się w poniedziałek 5 listopada 2035 r. w Kielcach; przyjęto na nim do klastra pięć nowych podmiotów. Tym samym Świętokrzyski Klaster Budownictwa i Metali liczy obecnie 63 członków: 48 przedsiębiorstw, 6 jednostek naukowych i szkół, 5 instytucji otoczenia biznesu i 4 jednostki samorządu terytorialnego.

Nowi członkowie to:
- **Kielecka Fabryka Pomp „Białogon” S.A.** – producent pomp przemysłowych z ponad stuletnią tradycją;
- **Ostrowiec Steel Components sp. z o.o.** z Ostrowca Świętokrzyskiego – obróbka i spawanie konstrukcji stalowych;
- **Pracownia Architektoniczna Nowak-Zielińska** ze Skarżyska-Kamiennej;
- **Centrum Kształcenia Zawodowego w Starachowicach**;
- **Gmina Morawica**.

„Cieszy nas, że dołączają do nas nie tylko firmy, ale też szkoły zawodowe. Bez nich nie rozwiążemy problemu braku spawaczy i monterów” – powiedziała prezes Zarządu klastra **Joanna Dąbrowska-Król**, właścicielka firmy DK Konstrukcje sp. z o.o.

## Władze klastra

Zarząd Stowarzyszenia (kadencja 2034–2038):
- Joanna Dąbrowska-Król – Prezes Zarządu (DK Konstrukcje sp. z o.o.)
- dr hab. inż. Marek Szczepański, prof. PŚk – Wiceprezes Zarządu (Politechnika Świętokrzyska)
- Krzysztof Zając – Skarbnik (Kieleckie Centrum Materiałów Budowlanych S.A.)
- Agnieszka Łuczak-Mazur – Członek Zarządu (Świętokrzyska Izba Rzemiosła i Przedsiębiorczości)

Biuro klastra:
- Koordynator klastra: **Tadeusz Kowalik**
- Projekty międzynarodowe: **Olena Hryhorenko** (wcześniej Lwowski Klaster Budowlany, Ukraina)

Biuro pomaga członkom w przygotowaniu wniosków o dofinansowanie, organizuje szkolenia i wspólne stoiska targowe oraz prowadzi bazę ofert kooperacyjnych. Składka członkowska zależy od wielkości firmy i wynosi od 600 do 3000 zł rocznie.

## Wnioski z ankiety wśród członków

W październiku 2035 r. klaster przeprowadził ankietę, na którą odpowiedziało 41 członków. Najważniejsze wnioski:
1. Członkowie oczekują przede wszystkim wspólnych szkoleń dla pracowników produkcji, a dopiero w drugiej kolejności misji zagranicznych
2. Co trzecia firma planuje w ciągu dwóch lat inwestycję w automatyzację spawania
3. Współpraca z Politechniką Świętokrzyską jest oceniana wysoko, ale firmy chcą krótszych ścieżek zawierania umów

## Lista członków (wybór)

| Członek | Miejscowość | Branża |
|---|---|---|
| DK Konstrukcje sp. z o.o. | Kielce | konstrukcje stalowe |
| Kieleckie Centrum Materiałów Budowlanych S.A. | Kielce | materiały budowlane |
| Cemex Polska – Zakład Cementownia Małogoszcz | Małogoszcz | cement |
| Nordkalk Wapno Bukowa sp. z o.o. | Bukowa | wapno |
| Zakłady Metalowe „Mesko-Serwis” sp. z o.o. | Skarżysko-Kamienna | obróbka metali |
| Politechnika Świętokrzyska | Kielce | uczelnia |
| Uniwersytet Jana Kochanowskiego w Kielcach | Kielce | uczelnia |
| Targi Kielce S.A. | Kielce | targi |
| Kielecki Park Technologiczny | Kielce | instytucja otoczenia biznesu |
| Gmina Kielce | Kielce | samorząd |

Pełna lista dostępna po zalogowaniu do strefy członka.

## Najbliższe wydarzenia

- 6 grudnia 2035 r. (czwartek), godz. 10:00 – Walne Zebranie Członków, Kielecki Park Technologiczny
- 23–26 kwietnia 2036 r. – Targi Budownictwa BUDMA, Poznań (wspólne stoisko klastra)
- maj 2036 r. – wizyta studyjna w klastrze Bauforum Leipzig (Lipsk, Niemcy)

Chcesz dołączyć? Deklaracje członkowskie przyjmujemy do 30 listopada 2035 r. – Zarząd rozpatrzy je na najbliższym posiedzeniu.

---
Stowarzyszenie Świętokrzyski Klaster Budownictwa i Metali · ul. Olszewskiego 6, 25-663 Kielce · KRS 0000000000 · biuro@skbim.example.pl
Strona korzysta z plików cookies. [Polityka prywatności](/rodo)
"""
write(F, T)
S="Świętokrzyski Klaster Budownictwa i Metali"
gold(F,
 [P("Bartosz Wróblewski","specjalista ds. komunikacji",S),
  P("Joanna Dąbrowska-Król","Prezes Zarządu",S),
  P("Marek Szczepański","Wiceprezes Zarządu",S),
  P("Krzysztof Zając","Skarbnik",S),
  P("Agnieszka Łuczak-Mazur","Członek Zarządu",S),
  P("Tadeusz Kowalik","Koordynator klastra",S),
  P("Olena Hryhorenko","Projekty międzynarodowe",S)],
 [O("Stowarzyszenie Świętokrzyski Klaster Budownictwa i Metali","ŚKBiM"), O("Kielecka Fabryka Pomp „Białogon” S.A."),
  O("Ostrowiec Steel Components sp. z o.o."), O("Pracownia Architektoniczna Nowak-Zielińska"),
  O("Centrum Kształcenia Zawodowego w Starachowicach"), O("Gmina Morawica"), O("DK Konstrukcje sp. z o.o."),
  O("Politechnika Świętokrzyska", "PŚk"), O("Kieleckie Centrum Materiałów Budowlanych S.A."),
  O("Świętokrzyska Izba Rzemiosła i Przedsiębiorczości"), O("Lwowski Klaster Budowlany"), O("Bauforum Leipzig"),
  O("Cemex Polska – Zakład Cementownia Małogoszcz"), O("Nordkalk Wapno Bukowa sp. z o.o."), O("Zakłady Metalowe „Mesko-Serwis” sp. z o.o."),
  O("Uniwersytet Jana Kochanowskiego w Kielcach"), O("Targi Kielce S.A."), O("Kielecki Park Technologiczny"), O("Gmina Kielce")],
 [E("Posiedzenie Zarządu","2035-11-05",None,"Kielce","Poland"),
  E("Walne Zebranie Członków","2035-12-06",None,"Kielce","Poland"),
  E("Targi Budownictwa BUDMA","2036-04-23","2036-04-26","Poznań","Poland"),
  E("wizyta studyjna w klastrze Bauforum Leipzig","2036-05",None,"Lipsk","Germany")],
 ["2035-11-08","2035-11-05","2034/2038","2035-10","2035-12-06","2036-04-23/2036-04-26","2036-05","2035-11-30"],
 ["Członkowie oczekują przede wszystkim wspólnych szkoleń dla pracowników produkcji, a dopiero w drugiej kolejności misji zagranicznych",
  "Co trzecia firma planuje w ciągu dwóch lat inwestycję w automatyzację spawania",
  "Współpraca z Politechniką Świętokrzyską jest oceniana wysoko, ale firmy chcą krótszych ścieżek zawierania umów"],
 pub="2035-11-08")
