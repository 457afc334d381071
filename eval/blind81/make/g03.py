from h import *
F = 'g03_opole_klaster_bony_na_innowacje.md'
assert wd(2034,4,3)=='Monday' and wd(2034,4,18)=='Tuesday' and wd(2034,5,31)=='Wednesday'
T = """[Strona główna](/) › [Dla członków](/czlonkowie) › [Nabory](/nabory) › Bony na innowacje 2034

# Nabór nr 1/2034: Bony na innowacje dla członków Opolskiego Klastra Budownictwa i Materiałów

*Opublikowano: 3 kwietnia 2034 r. | Aktualizacja: 5 kwietnia 2034 r. (dodano wzór umowy)*

Stowarzyszenie Opolski Klaster Budownictwa i Materiałów (OKBiM), koordynator klastra, ogłasza nabór wniosków o przyznanie bonów na innowacje dla mikro-, małych i średnich przedsiębiorstw będących członkami klastra. Nabór jest realizowany w ramach projektu „Materiały Niskoemisyjne Opolszczyzny”, dofinansowanego przez Samorząd Województwa Opolskiego ze środków programu regionalnego Fundusze Europejskie dla Opolskiego 2028–2034. Operatorem środków jest Opolskie Centrum Rozwoju Gospodarki (OCRG).

## 1. Cel naboru

Bon ma pomóc firmom w zakupie usług badawczych, testów i ekspertyz potrzebnych do opracowania lub ulepszenia produktu, technologii albo procesu, zwłaszcza w obszarach:

- cementy i spoiwa o obniżonym śladzie węglowym,
- recykling odpadów budowlanych i rozbiórkowych,
- prefabrykacja i druk 3D elementów betonowych,
- cyfrowe narzędzia do projektowania i kontroli jakości (BIM, czujniki).

## 2. Wysokość wsparcia

| Rodzaj bonu | Maks. wartość | Intensywność | Czas realizacji |
|---|---|---|---|
| Bon mały (ekspertyza, test) | 30 000 zł | do 90% | do 4 miesięcy |
| Bon duży (prace badawczo-rozwojowe) | 120 000 zł | do 80% | do 9 miesięcy |

Łączny budżet naboru wynosi 1 800 000 zł. Wsparcie jest udzielane jako pomoc *de minimis*.

## 3. Kto może złożyć wniosek

O bon mogą ubiegać się przedsiębiorcy, którzy łącznie spełniają następujące warunki:

1. są mikro-, małym lub średnim przedsiębiorstwem w rozumieniu prawa UE,
2. mają siedzibę lub oddział na terenie województwa opolskiego,
3. są członkami klastra co najmniej od 31 grudnia 2033 r. i mają opłacone składki,
4. nie otrzymali bonu w poprzednim naborze (nr 2/2033).

Usługę musi wykonać jednostka naukowa lub akredytowane laboratorium z listy wykonawców, m.in. Politechnika Opolska, Uniwersytet Opolski, Sieć Badawcza Łukasiewicz – Instytut Ceramiki i Materiałów Budowlanych (Oddział Szkła i Materiałów Budowlanych w Krakowie, Oddział Materiałów Ogniotrwałych w Gliwicach) oraz Instytut Techniki Budowlanej. Wykonawca nie może być powiązany kapitałowo lub osobowo z wnioskodawcą.

## 4. Harmonogram

- **18 kwietnia 2034 r. (wtorek), godz. 10:00–12:00** – spotkanie informacyjne online (MS Teams), link po rejestracji,
- **od 24 kwietnia 2034 r.** – przyjmowanie wniosków w generatorze,
- **31 maja 2034 r., godz. 15:00** – termin składania wniosków,
- **do 30 czerwca 2034 r.** – ocena i lista rankingowa,
- **do 14 lipca 2034 r.** – podpisanie umów,
- **15 grudnia 2034 r.** – ostateczny termin rozliczenia bonów.

Wnioski złożone po terminie nie będą rozpatrywane.

## 5. Ocena

Wnioski oceni komisja złożona z dwóch przedstawicieli koordynatora i trzech niezależnych ekspertów. Przewodniczącą komisji będzie dr hab. inż. Beata Kołodziej-Szymańska, prof. PO, z Wydziału Budownictwa i Architektury Politechniki Opolskiej. Kryteria: innowacyjność rozwiązania (0–30 pkt), wpływ na redukcję emisji (0–25 pkt), potencjał rynkowy (0–25 pkt), wykonalność i budżet (0–20 pkt). Minimalna liczba punktów to 60.

## 6. Jak złożyć wniosek

Wniosek składa się wyłącznie elektronicznie przez generator na stronie klastra. Do wniosku należy dołączyć ofertę wykonawcy, oświadczenie o pomocy *de minimis* i zaświadczenie o braku zaległości w ZUS i urzędzie skarbowym.

> „Bony to najprostszy sposób, żeby mała firma spróbowała współpracy z uczelnią. W ubiegłym roku 19 firm z klastra przetestowało dzięki nim nowe receptury zapraw i betonów” – mówi Tomasz Wieczorek-Gryc, prezes zarządu OKBiM i właściciel firmy Prefabet Krapkowice Sp. z o.o.

## 7. Kontakt

Pytania można kierować do biura klastra:

**mgr Katarzyna Wróbel-Nowacka**, koordynatorka naboru
tel. 77 000 41 20, bony@okbim.example.pl

**Paweł Ścigała**, specjalista ds. projektów (kwestie techniczne i lista wykonawców)
tel. 77 000 41 22

Biuro: ul. Ozimska 48a, 45-368 Opole, pon.–pt. 8:00–16:00.

### Do pobrania

- Regulamin naboru nr 1/2034 (PDF, 412 KB)
- Wzór wniosku (DOCX, 88 KB)
- Wzór umowy (PDF, 230 KB) – *dodano 5 kwietnia 2034 r.*
- Lista wykonawców (XLSX, 40 KB)

---
Udostępnij: [Facebook](#) · [LinkedIn](#) · [X](#) · [E-mail](#)

© 2034 Opolski Klaster Budownictwa i Materiałów · [Polityka prywatności](/rodo) · [Deklaracja dostępności](/dostepnosc)
"""
write(F, T)
gold(F,
 [P("Beata Kołodziej-Szymańska","Przewodniczącą komisji","Wydziału Budownictwa i Architektury Politechniki Opolskiej"),
  P("Tomasz Wieczorek-Gryc","prezes zarządu","OKBiM"),
  P("Katarzyna Wróbel-Nowacka","koordynatorka naboru","Opolski Klaster Budownictwa i Materiałów"),
  P("Paweł Ścigała","specjalista ds. projektów","Opolski Klaster Budownictwa i Materiałów")],
 [O("Stowarzyszenie Opolski Klaster Budownictwa i Materiałów","OKBiM"),
  O("Samorząd Województwa Opolskiego"), O("Opolskie Centrum Rozwoju Gospodarki","OCRG"),
  O("Politechnika Opolska"), O("Uniwersytet Opolski"),
  O("Sieć Badawcza Łukasiewicz – Instytut Ceramiki i Materiałów Budowlanych"),
  O("Oddział Szkła i Materiałów Budowlanych w Krakowie"), O("Oddział Materiałów Ogniotrwałych w Gliwicach"),
  O("Instytut Techniki Budowlanej"), O("Wydziału Budownictwa i Architektury Politechniki Opolskiej"),
  O("Prefabet Krapkowice Sp. z o.o."), O("ZUS")],
 [E("spotkanie informacyjne online","2034-04-18",None,None,None)],
 ["2034-04-03","2034-04-05","2028/2034","2033-12-31","2034-04-18","2034-04-24","2034-05-31","2034-06-30","2034-07-14","2034-12-15"],
 [], "2034-04-03")
