from common import *
doc = "zaproszenie-forum-meblarskie-2035.md"
text(doc, """
# Zaproszenie: Wielkopolskie Forum Meblarskie 2035

*Opublikowano: 3 marca 2035 r. · Autor: Biuro Klastra WKM*

Warciański Klaster Meblarski (WKM) serdecznie zaprasza firmy członkowskie, projektantów i partnerów naukowych na
**Wielkopolskie Forum Meblarskie 2035**, które odbędzie się **24 kwietnia 2035 r.** w Centrum Kongresowym Międzynarodowych
Targów Poznańskich w Poznaniu. Forum jest organizowane we współpracy z Uniwersytetem Przyrodniczym w Poznaniu oraz
Wielkopolską Agencją Rozwoju Przedsiębiorczości (WARP).

Tegoroczna edycja poświęcona jest meblom projektowanym do demontażu i ponownego użycia. Część sesji odbędzie się w
języku angielskim – tytuły podajemy w wersji oryginalnej.

Nowe unijne przepisy dotyczące ekoprojektu oraz rosnące wymagania klientów instytucjonalnych sprawiają, że producenci
mebli muszą już dziś planować naprawę, wymianę elementów i recykling swoich wyrobów. Podczas forum pokażemy przykłady
firm, które wprowadziły takie rozwiązania, oraz porozmawiamy o kosztach i korzyściach. Forum to także okazja do
spotkań z projektantami, dostawcami materiałów i kupcami z zagranicy.

## Program

**9:00 – Rejestracja i kawa powitalna**

**9:30 – Otwarcie**
Tomasz Wielgosz, prezes zarządu WKM
Agnieszka Kołodziej-Brandt, dyrektor Departamentu Gospodarki, Urząd Marszałkowski Województwa Wielkopolskiego

**10:00 – Keynote: "Design for Disassembly – Lessons from the Nordic Furniture Industry"**
Henrik Søndergaard, Head of Sustainability, Nordmøbel A/S (Dania)

**11:00 – Panel: "Digital Product Passport for Furniture: Ready or Not?"**
Moderacja: dr inż. Marta Górecka-Zając, Uniwersytet Przyrodniczy w Poznaniu
Uczestnicy: Piotr Nowicki (Stolarnia Warta Sp. z o.o.), Joanna Szymańska (Drewnolit S.A.), Paweł Lis (WARP)

**12:30 – Lunch i networking**

**13:30 – Sesje równoległe**
- Sala A: "Upholstery Without Glue: Mechanical Joints in Practice"
- Sala B: "Refurbishment Business Models for Office Furniture"

**15:00 – Spotkania B2B z kupcami z Niemiec i Holandii**
organizowane przez Enterprise Europe Network przy WARP

**16:30 – Zakończenie**

## Informacje praktyczne

- Udział dla członków klastra jest bezpłatny; pozostali uczestnicy: 250 zł netto.
- Rejestracja do **10 kwietnia 2035 r.** przez formularz na stronie klastra.
- Zgłoszenia na spotkania B2B przyjmujemy do 14.04.2035.

Dzień wcześniej, 23 kwietnia, zapraszamy chętnych na wizytę studyjną w zakładzie Drewnolit S.A. w Swarzędzu (liczba miejsc
ograniczona do 25 osób).

Forum jest częścią kampanii „Tydzień Gospodarki Obiegu Zamkniętego", która potrwa od 22 do 26 kwietnia 2035 r.

Zapraszamy również na kolejne wydarzenie klastra: **Walne Zgromadzenie Członków WKM**, 12 czerwca 2035 r., Poznań.

**Kontakt:** Katarzyna Bąk, koordynatorka projektów, biuro@wkm.example, tel. +48 61 000 00 00

Udostępnij: Facebook · LinkedIn · X
""")
gold(doc, "2035-03-03",
 [P("Tomasz Wielgosz","prezes zarządu","WKM"),
  P("Agnieszka Kołodziej-Brandt","dyrektor Departamentu Gospodarki","Urząd Marszałkowski Województwa Wielkopolskiego"),
  P("Henrik Søndergaard","Head of Sustainability","Nordmøbel A/S"),
  P("Marta Górecka-Zając",None,"Uniwersytet Przyrodniczy w Poznaniu"),
  P("Piotr Nowicki",None,"Stolarnia Warta Sp. z o.o."), P("Joanna Szymańska",None,"Drewnolit S.A."), P("Paweł Lis",None,"WARP"),
  P("Katarzyna Bąk","koordynatorka projektów","WKM")],
 [O("Warciański Klaster Meblarski","WKM"), O("Uniwersytet Przyrodniczy w Poznaniu"),
  O("Wielkopolską Agencją Rozwoju Przedsiębiorczości","WARP"), O("Urząd Marszałkowski Województwa Wielkopolskiego"),
  O("Nordmøbel A/S"), O("Stolarnia Warta Sp. z o.o."), O("Drewnolit S.A."), O("Enterprise Europe Network")],
 [E("Wielkopolskie Forum Meblarskie 2035","2035-04-24","2035-04-24","Poznań","Poland"),
  E("wizytę studyjną w zakładzie Drewnolit S.A.","2035-04-23","2035-04-23","Swarzędz","Poland"),
  E("Tydzień Gospodarki Obiegu Zamkniętego","2035-04-22","2035-04-26",None,None),
  E("Walne Zgromadzenie Członków WKM","2035-06-12","2035-06-12","Poznań","Poland")],
 ["2035-03-03","2035-04-24","2035-04-10","2035-04-14","2035-04-23","2035-04-22/2035-04-26","2035-06-12"], [])
